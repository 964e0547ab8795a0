// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Proxies per provider and globally: parsing, which proxy a request gets, and the real
// thing end to end: quorum talks to a provider on a host that does not exist through an
// HTTP proxy on 127.0.0.1 (a small recording proxy in this test answers for it).
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "buildpaths.h"
#include "clirunner.h"
#include "providers/provideraccount.h"
#include "providers/proxysetting.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
//! Answers plain requests with an Ollama model list, refuses tunnels, records the request lines.
class RecordingProxy final : public QTcpServer
{
public:
    QStringList requestLines;
    QByteArray lastHeaders;
    QByteArray lastBody;

    RecordingProxy()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                    if (headEnd < 0) {
                        return;
                    }
                    const QByteArray head = buffer->left(headEnd);
                    const QRegularExpressionMatch length
                        = QRegularExpression(u"(?i)\r\ncontent-length: *(\\d+)"_s).match(QString::fromLatin1(head));
                    const QByteArray body = buffer->mid(headEnd + 4);
                    if (length.hasMatch() && body.size() < length.captured(1).toLongLong()) {
                        return; // the rest of a POST's body is on its way
                    }
                    const QString line = QString::fromLatin1(buffer->left(buffer->indexOf("\r\n")));
                    requestLines << line;
                    lastHeaders = head;
                    lastBody = body;
                    if (line.startsWith(u"CONNECT "_s)) { // https: a tunnel this proxy does not make
                        socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    } else if (line.startsWith(u"POST "_s)) { // Ollama's streamed chat, ended by closing
                        socket->write(
                            "HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nConnection: close\r\n\r\n"
                            R"({"model":"via-proxy","message":{"role":"assistant","content":"Hello "},"done":false})"
                            "\n"
                            R"({"model":"via-proxy","message":{"role":"assistant","content":"through the proxy."},"done":false})"
                            "\n"
                            R"({"model":"via-proxy","message":{"role":"assistant","content":""},"done":true,)"
                            R"("done_reason":"stop","prompt_eval_count":7,"eval_count":4})"
                            "\n");
                    } else { // Ollama's model list
                        const QByteArray body = R"({"models":[{"name":"via-proxy","model":"via-proxy","size":1}]})";
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    }
                    socket->disconnectFromHost();
                    delete buffer;
                });
            }
        });
    }
};
} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Result = Testing::CliResult;

    Result run(const QStringList &arguments)
    {
        Quorum::Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.path());
        cli.environment.insert(u"LANGUAGE"_s, u"en"_s);
        cli.environment.insert(u"P_KEY"_s, u"k"_s);
        for (const auto name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "no_proxy"}) {
            cli.environment.remove(QString::fromLatin1(name));
        }
        return cli.run(arguments, {}, 20000);
    }

private Q_SLOTS:
    void parsing()
    {
        QCOMPARE(ProxySetting::parse(QString())->mode, ProxySetting::Mode::Inherit);
        QCOMPARE(ProxySetting::parse(u"system"_s)->mode, ProxySetting::Mode::System);
        QCOMPARE(ProxySetting::parse(u"none"_s)->mode, ProxySetting::Mode::None);
        const auto socks = ProxySetting::parse(u"socks5://10.0.0.1:1080"_s);
        QVERIFY(socks);
        QCOMPARE(socks->proxy.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(socks->proxy.hostName(), u"10.0.0.1"_s);
        QCOMPARE(socks->proxy.port(), 1080);
        QCOMPARE(socks->toString(), u"socks5://10.0.0.1:1080"_s);
        QCOMPARE(ProxySetting::parse(u"http://proxy.corp:3128"_s)->proxy.type(), QNetworkProxy::HttpProxy);
        QVERIFY(!ProxySetting::parse(u"ftp://x:1"_s));
        QVERIFY(!ProxySetting::parse(u"http://noport"_s));
        const auto secret = ProxySetting::parse(u"http://user:pass@proxy:3128"_s); // would sit in a plain file
        QVERIFY(!secret);
        QVERIFY(secret.error().contains(u"password"_s));
    }

    void eachRequestGetsItsAccountsProxy()
    {
        const ProxySetting corp = *ProxySetting::parse(u"http://proxy.corp:3128"_s);
        const ProxySetting socks = *ProxySetting::parse(u"socks5://127.0.0.1:1080"_s);
        ProviderProxyFactory factory({{QUrl(u"https://api.openai.com/v1"_s), corp},
                                         {QUrl(u"https://gateway.example/team-a"_s), socks},
                                         {QUrl(u"https://gateway.example/team-b"_s), ProxySetting {}}},
            *ProxySetting::parse(u"none"_s));
        const auto proxyFor
            = [&](const QString &url) { return factory.queryProxy(QNetworkProxyQuery(QUrl(url))).first(); };
        QCOMPARE(proxyFor(u"https://api.openai.com/v1/chat/completions"_s).hostName(), u"proxy.corp"_s);
        QCOMPARE(proxyFor(u"https://gateway.example/team-a/v1/messages"_s).type(), QNetworkProxy::Socks5Proxy);
        // Same host, an account without its own proxy: the global one (none).
        QCOMPARE(proxyFor(u"https://gateway.example/team-b/v1/messages"_s).type(), QNetworkProxy::NoProxy);
        QCOMPARE(proxyFor(u"https://api.anthropic.com/v1/messages"_s).type(), QNetworkProxy::NoProxy);
        // A different port is a different server.
        QCOMPARE(proxyFor(u"https://api.openai.com:8443/v1/models"_s).type(), QNetworkProxy::NoProxy);
    }

    void globalDefaultsYieldToTheAccountsOwn()
    {
        ProviderAccount account = ProviderAccount::builtInOllama();
        account.extraHeaders = {{"X-Team", "red"}};
        applyNetworkDefaults(account, 90, u"x-team: blue\nX-Cost-Centre: 42\nbroken line"_s);
        QCOMPARE(account.timeoutSeconds, 90);
        const QList<QPair<QByteArray, QByteArray>> expected {{"X-Cost-Centre", "42"}, {"X-Team", "red"}};
        QCOMPARE(account.extraHeaders, expected);
        account.timeoutSeconds = 600; // its own
        applyNetworkDefaults(account, 90, {});
        QCOMPARE(account.timeoutSeconds, 600);
    }

    void theCliGoesThroughTheProxies()
    {
        RecordingProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        const QString proxyUrl = u"http://127.0.0.1:%1"_s.arg(proxy.serverPort());
        // The provider's host does not exist: only a proxy can reach it. (An Ollama server:
        // a key is never sent over plain HTTP to another machine, so no key here.)
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"corp"_s,
                         u"--kind"_s,
                         u"ollama"_s,
                         u"--base-url"_s,
                         u"http://llm.corp.invalid:11434"_s,
                         u"--proxy"_s,
                         proxyUrl,
                         u"--timeout"_s,
                         u"300"_s})
                     .exitCode,
            0);
        { // headers for every provider (Settings -> Network)
            QSettings settings(QDir(m_dir.path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
            settings.setValue(u"network/headers"_s, u"X-Team: blue\nX-Cost-Centre: 42"_s);
        }
        const Result models = run({u"models"_s, u"corp"_s});
        QCOMPARE(models.exitCode, 0);
        QVERIFY2(models.out.contains(u"via-proxy"_s), qPrintable(models.out + models.err));
        QCOMPARE(proxy.requestLines.size(), 1);
        QCOMPARE(proxy.requestLines.first(), u"GET http://llm.corp.invalid:11434/api/tags HTTP/1.1"_s);
        QVERIFY2(proxy.lastHeaders.toLower().contains("\r\nx-team: blue")
                && proxy.lastHeaders.toLower().contains("\r\nx-cost-centre: 42"),
            proxy.lastHeaders.constData());
        // The answer's stream goes the same way (read on the network thread, with libcurl).
        const Result asked = run({u"ask"_s, u"--target"_s, u"corp/via-proxy"_s, u"--json"_s, u"Hello?"_s});
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.out + asked.err));
        QVERIFY2(asked.out.contains(u"Hello through the proxy."_s), qPrintable(asked.out));
        QCOMPARE(proxy.requestLines.size(), 2);
        QCOMPARE(proxy.requestLines.last(), u"POST http://llm.corp.invalid:11434/api/chat HTTP/1.1"_s);
        QVERIFY2(proxy.lastHeaders.toLower().contains("\r\nx-team: blue"), proxy.lastHeaders.constData());
        QVERIFY2(proxy.lastBody.contains("\"Hello?\""), proxy.lastBody.constData());
        const QString listed = run({u"providers"_s, u"list"_s, u"--json"_s}).out;
        QVERIFY2(listed.contains(u"\"proxy\":\"%1\""_s.arg(proxyUrl)) && listed.contains(u"\"timeout_seconds\":300"_s),
            qPrintable(listed));

        // An https account without its own proxy takes the global one (Settings -> Network):
        // the proxy is asked for a tunnel to it.
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"other"_s,
                         u"--kind"_s,
                         u"openai"_s,
                         u"--base-url"_s,
                         u"https://api.corp.invalid/v1"_s,
                         u"--api-key-env"_s,
                         u"P_KEY"_s,
                         u"--tag"_s,
                         u"eu"_s,
                         u"--tag"_s,
                         u"no-training"_s})
                     .exitCode,
            0);
        // Tags for routing rules, in the list (an account on another machine is not "local").
        const QString tagged = run({u"providers"_s, u"list"_s, u"--json"_s}).out;
        QVERIFY2(tagged.contains(u"\"tags\":[\"eu\",\"no-training\"]"_s), qPrintable(tagged));
        QCOMPARE(
            run({u"providers"_s, u"add"_s, u"t"_s, u"--kind"_s, u"ollama"_s, u"--tag"_s, u"two words"_s}).exitCode, 2);
        {
            QSettings settings(QDir(m_dir.path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
            settings.setValue(u"network/proxy"_s, proxyUrl);
        }
        const Result tunnelled = run({u"models"_s, u"other"_s});
        QCOMPARE(tunnelled.exitCode, 1); // this proxy makes no tunnels
        QCOMPARE(proxy.requestLines.last(), u"CONNECT api.corp.invalid:443 HTTP/1.1"_s);
        QVERIFY2(!tunnelled.err.isEmpty(), "no message for the failed request");

        QCOMPARE(run({u"providers"_s, u"add"_s, u"bad"_s, u"--kind"_s, u"openai"_s, u"--proxy"_s, u"gopher://x:1"_s})
                     .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "test_proxy.moc"
