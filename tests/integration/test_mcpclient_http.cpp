// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The MCP client on Streamable HTTP against the project's own MCP server (tests/mcpserver
// with --http), a real process on 127.0.0.1 spoken to through the real Qt network stack:
// the session (its id required after initialize, the revision header, the end with DELETE, a
// session the server forgets), answers as event streams and as JSON bodies, progress,
// cancellation, tool list changes on the GET stream, credentials in headers, and the faults:
// nobody listening, a refused credential, a call never answered, a message over the limit,
// a malformed message, messages that are not JSON-RPC, a server that dies mid-call.
#include <algorithm>

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "buildpaths.h"
#include "expectedtext.h"
#include "mcptesting.h"
#include "tools/mcpclient.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
//! quorum-test-mcp serving Streamable HTTP on a free port of 127.0.0.1, for one test.
class HttpServer
{
public:
    explicit HttpServer(const QStringList &arguments = {})
    {
        m_process.start(Quorum::Testing::buildPath(QUORUM_TEST_MCP), QStringList {u"--http"_s, u"0"_s} + arguments);
        if (m_process.waitForReadyRead(15000)) {
            m_url = QUrl(QString::fromUtf8(m_process.readLine()).trimmed());
        }
    }
    ~HttpServer()
    {
        m_process.closeWriteChannel(); // its end, as on stdio
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
    Q_DISABLE_COPY_MOVE(HttpServer)

    QUrl url() const { return m_url; }
    //! What it printed after its URL (one line per session ended).
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_log;
    }

    McpServerConfig config() const
    {
        McpServerConfig config;
        config.name = u"remote"_s;
        config.transport = McpServerConfig::Transport::Http;
        config.url = m_url;
        config.callTimeout = std::chrono::seconds(2);
        return config;
    }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_log;
};

using Testing::startAndWait;

std::expected<McpCallResult, QString> call(McpClient &client, const QString &tool, const QJsonObject &arguments = {})
{
    return Testing::callAndWait(client, tool, arguments);
}
} // namespace

class TestMcpClientHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<McpCallResult>(); }

    void sessionsOnEventStreams()
    {
        HttpServer server({u"--page-size"_s, u"5"_s});
        QVERIFY(server.url().isValid());
        McpClient client(server.config());
        QVERIFY2(startAndWait(client), qPrintable(client.problem()));
        QCOMPARE(client.protocolVersion(), u"2025-11-25"_s);
        QCOMPARE(client.serverName(), u"quorum-test-mcp"_s);
        QCOMPARE(client.tools().size(), 13); // twelve, and end_session, in pages of five
        // The server refuses any request without the session id or the revision header
        // (400): these answers prove the client sends both.
        const auto echoed = call(client, u"echo"_s, {{"text"_L1, u"héllo 日本"_s}});
        QVERIFY2(echoed, qPrintable(Testing::errorText(echoed)));
        QCOMPARE(echoed->text, u"héllo 日本"_s);
        QCOMPARE(call(client, u"add"_s, {{"a"_L1, 2}, {"b"_L1, 3}})->text, u"5"_s);
        const auto failed = call(client, u"fail"_s);
        QVERIFY(failed && failed->isError);
        const auto unknown = call(client, u"nope"_s);
        QVERIFY(!unknown);
        QVERIFY2(
            unknown.error().contains(u"Unknown tool: nope (JSON-RPC error -32602)"_s), qPrintable(unknown.error()));
        // Calls side by side, each on its own stream.
        QSignalSpy finished(&client, &McpClient::callFinished);
        for (int i = 0; i < 4; ++i) {
            client.callTool(u"echo"_s, {{"text"_L1, QString::number(i)}});
        }
        QTRY_COMPARE(finished.size(), 4);
        // The end: a DELETE with the session id.
        client.stop();
        QTRY_VERIFY2(server.log().contains(u"session ended session-1"_s), qPrintable(server.log()));
    }

    void jsonAnswersAndOlderRevisions()
    {
        HttpServer server({u"--json-response"_s, u"--protocol"_s, u"2025-03-26"_s, u"--no-get"_s});
        McpServerConfig config = server.config();
        config.callTimeout = std::chrono::seconds(60); // 9 MB below may take a while
        McpClient client(config);
        QVERIFY2(startAndWait(client), qPrintable(client.problem()));
        QCOMPARE(client.protocolVersion(), u"2025-03-26"_s);
        QCOMPARE(call(client, u"echo"_s, {{"text"_L1, u"json"_s}})->text, u"json"_s);
        const auto slow = call(client, u"slow"_s, {{"seconds"_L1, 0.3}});
        QVERIFY2(slow, qPrintable(Testing::errorText(slow)));
        QCOMPARE(slow->text, u"done"_s);
        const auto big = call(client, u"big"_s, {{"megabytes"_L1, 9}});
        QVERIFY(!big);
        QCOMPARE(big.error(), u"the server sent a message over 8 MB (a tool result too large?)"_s);
        QCOMPARE(call(client, u"echo"_s, {{"text"_L1, u"after"_s}})->text, u"after"_s);
    }

    void progressCancellationAndListChanges()
    {
        HttpServer server;
        McpClient client(server.config());
        QVERIFY(startAndWait(client));
        QSignalSpy progress(&client, &McpClient::callProgress);
        const auto slow = call(client, u"slow"_s, {{"seconds"_L1, 0.5}});
        QVERIFY2(slow, qPrintable(Testing::errorText(slow)));
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.first().at(3).toString(), u"step 1"_s);

        QSignalSpy finished(&client, &McpClient::callFinished);
        QSignalSpy failed(&client, &McpClient::callFailed);
        const qint64 id = client.callTool(u"slow"_s, {{"seconds"_L1, 1}});
        QTRY_VERIFY(progress.size() > 5);
        client.cancel(id);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toString(), u"cancelled"_s);
        QTest::qWait(1300);
        QCOMPARE(finished.size(), 0);

        // The list change comes on the GET stream, not on the call's.
        QSignalSpy changed(&client, &McpClient::toolsChanged);
        QCOMPARE(call(client, u"add_tool"_s)->text, u"added"_s);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(client.tools().last().name, u"late"_s);
    }

    void credentialsInHeaders()
    {
        HttpServer server({u"--require-header"_s, u"Authorization: Bearer right"_s});
        McpServerConfig config = server.config();
        McpClient without(config);
        QVERIFY(!startAndWait(without));
        QCOMPARE(without.problem(), u"the server refused the credentials (HTTP 401): check the server's headers"_s);
        config.headers.insert(u"Authorization"_s, u"Bearer right"_s);
        McpClient with(config);
        QVERIFY2(startAndWait(with), qPrintable(with.problem()));
        QCOMPARE(call(with, u"echo"_s, {{"text"_L1, u"in"_s}})->text, u"in"_s);
    }

    void aSessionTheServerForgets()
    {
        HttpServer server;
        McpClient client(server.config());
        QVERIFY(startAndWait(client));
        QCOMPARE(call(client, u"end_session"_s)->text, u"ended"_s);
        const auto after = call(client, u"echo"_s, {{"text"_L1, u"x"_s}});
        QVERIFY(!after);
        QCOMPARE(after.error(), u"the server ended the session (HTTP 404)"_s);
        QCOMPARE(client.state(), McpClient::State::Failed);
        // Started again: a new session.
        QVERIFY2(startAndWait(client), qPrintable(client.problem()));
        QCOMPARE(call(client, u"echo"_s, {{"text"_L1, u"new session"_s}})->text, u"new session"_s);
    }

    void faults()
    {
        // Nobody listening: a port just closed.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        McpServerConfig nowhere;
        nowhere.name = u"nowhere"_s;
        nowhere.transport = McpServerConfig::Transport::Http;
        nowhere.url = QUrl(u"http://127.0.0.1:%1/mcp"_s.arg(port));
        McpClient absent(nowhere);
        QVERIFY(!startAndWait(absent));
        QVERIFY2(absent.problem().startsWith(u"the server could not be reached: "_s), qPrintable(absent.problem()));
        nowhere.url = QUrl(u"ftp://127.0.0.1/mcp"_s);
        McpClient wrong(nowhere);
        QVERIFY(!startAndWait(wrong));
        QCOMPARE(wrong.problem(), u"“ftp://127.0.0.1/mcp” is not an http or https URL"_s);

        HttpServer server;
        McpClient client(server.config());
        QVERIFY(startAndWait(client));
        QElapsedTimer timer;
        timer.start();
        const auto never = call(client, u"never"_s);
        QVERIFY(!never);
        QCOMPARE(never.error(), u"the server did not answer in 2 s"_s);
        QVERIFY(timer.elapsed() >= 1900 && timer.elapsed() < 6000);
        // Events that are not JSON-RPC messages: read past, the answer still comes.
        const auto flooded = call(client, u"flood"_s, {{"lines"_L1, 2000}});
        QVERIFY2(flooded, qPrintable(Testing::errorText(flooded)));
        QCOMPARE(flooded->text, u"flooded"_s);
        const auto malformed = call(client, u"malformed"_s);
        QVERIFY(!malformed);
        QVERIFY2(malformed.error().startsWith(u"the server answered with a malformed message"_s),
            qPrintable(malformed.error()));
        // A client with time to spare: 9 MB may take over 2 s on a loaded machine.
        McpServerConfig patient = server.config();
        patient.callTimeout = std::chrono::seconds(60);
        McpClient roomy(patient);
        QVERIFY(startAndWait(roomy));
        const auto big = call(roomy, u"big"_s, {{"megabytes"_L1, 9}});
        QVERIFY(!big);
        QCOMPARE(big.error(), u"the server sent a message over 8 MB (a tool result too large?)"_s);
        const auto fits = call(roomy, u"big"_s, {{"megabytes"_L1, 1}});
        QVERIFY2(fits, qPrintable(Testing::errorText(fits)));
        QCOMPARE(fits->text.size(), 1024 * 1024);
        // The server dies mid-call: the stream ends unanswered; then nobody is there.
        const auto crashed = call(client, u"crash"_s);
        QVERIFY(!crashed);
        QVERIFY2(crashed.error() == u"the server ended the stream without answering"_s
                || crashed.error().startsWith(u"the server could not be reached: "_s),
            qPrintable(crashed.error()));
        const auto after = call(client, u"echo"_s, {{"text"_L1, u"x"_s}});
        QVERIFY(!after);
        QVERIFY2(after.error().startsWith(u"the server could not be reached: "_s), qPrintable(after.error()));
    }
};

QTEST_GUILESS_MAIN(TestMcpClientHttp)
#include "test_mcpclient_http.moc"
