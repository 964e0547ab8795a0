// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The MCP client against the project's own MCP server (tests/mcpserver), a real process on
// the stdio transport: the lifecycle and revision negotiation, tools listed in pages and
// again when they change, calls with progress and cancellation, the environment a server
// gets, and every fault a server can have: it does not start, exits at once, never answers
// initialize, crashes mid-call, never answers a call, floods its output, answers 9 MB or a
// malformed message. Each ends in a message, never a hang, and the client goes on where it can.
#include <algorithm>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include "buildpaths.h"
#include "expectedtext.h"
#include "mcptesting.h"
#include "tools/mcpclient.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
McpServerConfig server(const QStringList &arguments = {})
{
    McpServerConfig config;
    config.name = u"test"_s;
    config.command = Quorum::Testing::buildPath(QUORUM_TEST_MCP);
    config.arguments = arguments;
    config.callTimeout = std::chrono::seconds(2);
    return config;
}

using Testing::startAndWait;

std::expected<McpCallResult, QString> call(McpClient &client, const QString &tool, const QJsonObject &arguments = {})
{
    return Testing::callAndWait(client, tool, arguments);
}
} // namespace

class TestMcpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<McpCallResult>(); }

    void startsListsAndCalls()
    {
        McpClient client(server({u"--page-size"_s, u"5"_s})); // 12 tools in pages of 5
        QVERIFY2(startAndWait(client), qPrintable(client.problem()));
        QCOMPARE(client.protocolVersion(), u"2025-11-25"_s);
        QCOMPARE(client.serverName(), u"quorum-test-mcp"_s);
        QCOMPARE(client.tools().size(), 12);
        QCOMPARE(client.tools().first().name, u"echo"_s);
        QCOMPARE(client.tools().first().inputSchema.value("type"_L1).toString(), u"object"_s);

        auto echoed = call(client, u"echo"_s, {{"text"_L1, u"héllo 日本"_s}});
        QVERIFY2(echoed, qPrintable(Testing::errorText(echoed)));
        QCOMPARE(echoed->text, u"héllo 日本"_s);
        QVERIFY(!echoed->isError && echoed->bytes > 0);
        QCOMPARE(call(client, u"add"_s, {{"a"_L1, 2}, {"b"_L1, 3}})->text, u"5"_s);
        // A tool that failed is a result the model is told about, not a failed call.
        const auto failed = call(client, u"fail"_s);
        QVERIFY(failed && failed->isError);
        QCOMPARE(failed->text, u"the tool could not reach its database"_s);
        // An unknown tool: the server's JSON-RPC error, said.
        const auto unknown = call(client, u"nope"_s);
        QVERIFY(!unknown);
        QVERIFY2(
            unknown.error().contains(u"Unknown tool: nope (JSON-RPC error -32602)"_s), qPrintable(unknown.error()));
    }

    void revisionsAreNegotiated()
    {
        McpClient older(server({u"--protocol"_s, u"2024-11-05"_s}));
        QVERIFY2(startAndWait(older), qPrintable(older.problem()));
        QCOMPARE(older.protocolVersion(), u"2024-11-05"_s);
        McpClient unknown(server({u"--protocol"_s, u"1999-01-01"_s}));
        QVERIFY(!startAndWait(unknown));
        QCOMPARE(unknown.state(), McpClient::State::Failed);
        QVERIFY2(unknown.problem().startsWith(u"the server speaks MCP revision “1999-01-01”, which Quorum does not"_s),
            qPrintable(unknown.problem()));
    }

    void aServerGetsOnlyItsOwnEnvironment()
    {
        qputenv("OPENAI_API_KEY", "sk-must-not-leak");
        McpServerConfig config = server();
        config.environment.insert(u"TEST_TOKEN"_s, u"configured"_s);
        McpClient client(config);
        QVERIFY2(startAndWait(client), qPrintable(client.problem()));
        QCOMPARE(call(client, u"env"_s, {{"name"_L1, u"OPENAI_API_KEY"_s}})->text, u"(unset)"_s);
        QCOMPARE(call(client, u"env"_s, {{"name"_L1, u"TEST_TOKEN"_s}})->text, u"configured"_s);
        QVERIFY(call(client, u"env"_s, {{"name"_L1, u"PATH"_s}})->text != "(unset)"_L1);
        qunsetenv("OPENAI_API_KEY");
    }

    void progressCancellationAndListChanges()
    {
        McpClient client(server());
        QVERIFY(startAndWait(client));
        QSignalSpy progress(&client, &McpClient::callProgress);
        const auto slow = call(client, u"slow"_s, {{"seconds"_L1, 0.5}});
        QVERIFY2(slow, qPrintable(Testing::errorText(slow)));
        QCOMPARE(slow->text, u"done"_s);
        QVERIFY(progress.size() >= 3);
        QCOMPARE(progress.first().at(3).toString(), u"step 1"_s);

        QSignalSpy finished(&client, &McpClient::callFinished);
        QSignalSpy failed(&client, &McpClient::callFailed);
        const qint64 id = client.callTool(u"slow"_s, {{"seconds"_L1, 1}});
        QTRY_VERIFY(!progress.isEmpty());
        client.cancel(id);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toString(), u"cancelled"_s);
        QTest::qWait(1300); // the server stopped working on it: no late answer
        QCOMPARE(finished.size(), 0);

        QSignalSpy changed(&client, &McpClient::toolsChanged);
        QCOMPARE(call(client, u"add_tool"_s)->text, u"added"_s);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(client.tools().last().name, u"late"_s);
        QCOMPARE(client.tools().size(), 13);
    }

    void serversThatDoNotStart()
    {
        McpServerConfig missing = server();
        missing.command = u"/nonexistent/mcp-server"_s;
        McpClient absent(missing);
        QVERIFY(!startAndWait(absent));
        QVERIFY2(absent.problem().startsWith(u"“/nonexistent/mcp-server” could not be started"_s),
            qPrintable(absent.problem()));

        McpClient exits(server({u"--exit-at-start"_s}));
        QVERIFY(!startAndWait(exits));
        QCOMPARE(exits.problem(), u"the server exited (code 2): quorum-test-mcp: cannot open its database"_s);

        McpClient silent(server({u"--no-initialize"_s}));
        silent.setRequestTimeout(std::chrono::milliseconds(500));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!startAndWait(silent));
        QCOMPARE(silent.problem(), u"the server did not answer in 0.5 s"_s);
        QVERIFY(timer.elapsed() < 5000);
    }

    void faultsDuringCalls()
    {
        McpClient client(server());
        QVERIFY(startAndWait(client));
        // Never answers: the call's timeout (2 s here), then the server is told it is cancelled.
        QElapsedTimer timer;
        timer.start();
        const auto never = call(client, u"never"_s);
        QVERIFY(!never);
        QCOMPARE(never.error(), u"the server did not answer in 2 s"_s);
        QVERIFY(timer.elapsed() >= 1900 && timer.elapsed() < 6000);
        // Lines that are not JSON: read past, the answer still comes (5 MB of them: a call
        // timeout of its own, as a sanitizer build reads them several times slower).
        McpServerConfig patient = server();
        patient.callTimeout = std::chrono::seconds(60);
        McpClient flooding(patient);
        QVERIFY(startAndWait(flooding));
        const auto flooded = call(flooding, u"flood"_s, {{"lines"_L1, 100000}});
        QVERIFY2(flooded, qPrintable(Testing::errorText(flooded)));
        QCOMPARE(flooded->text, u"flooded"_s);
        // A malformed response fails its call with the reason.
        const auto malformed = call(client, u"malformed"_s);
        QVERIFY(!malformed);
        QVERIFY2(malformed.error().startsWith(u"the server answered with a malformed message"_s),
            qPrintable(malformed.error()));
        // 9 MB is over the limit: that call fails; the client goes on.
        // (On the patient client: writing and reading 9 MB once took over 2 s on a loaded machine.)
        const auto big = call(flooding, u"big"_s, {{"megabytes"_L1, 9}});
        QVERIFY(!big);
        QCOMPARE(big.error(), u"the server sent a message over 8 MB (a tool result too large?)"_s);
        const auto fits = call(flooding, u"big"_s, {{"megabytes"_L1, 1}});
        QVERIFY2(fits, qPrintable(Testing::errorText(fits)));
        QCOMPARE(fits->text.size(), 1024 * 1024);
        QCOMPARE(call(client, u"echo"_s, {{"text"_L1, u"still here"_s}})->text, u"still here"_s);
        // Crashes mid-call: the call fails with the server's last words; the client has failed.
        const auto crashed = call(client, u"crash"_s);
        QVERIFY(!crashed);
        QCOMPARE(crashed.error(), u"the server exited (code 3): quorum-test-mcp: crashing as asked"_s);
        QCOMPARE(client.state(), McpClient::State::Failed);
        const auto after = call(client, u"echo"_s, {{"text"_L1, u"x"_s}});
        QVERIFY(!after);
        QCOMPARE(after.error(), crashed.error());
        // Started again, it works again.
        QVERIFY(startAndWait(client));
        QCOMPARE(call(client, u"echo"_s, {{"text"_L1, u"back"_s}})->text, u"back"_s);
    }
};

QTEST_GUILESS_MAIN(TestMcpClient)
#include "test_mcpclient.moc"
