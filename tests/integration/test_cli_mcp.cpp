// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// `quorum mcp add|list|remove|tools|import`, the real binary with the project's own MCP
// server (tests/mcpserver) and a real Secret Service (the test runs under
// with-secret-service.sh): servers added and imported, their environment kept in the
// keychain and never in the file, reaching the server and nothing else of the environment
// (no API key), their tools listed, a server over HTTP with its token in the keychain, a
// broken server's reason said, and bad input refused.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "clirunner.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestCliMcp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Testing::CliResult run(const QStringList &arguments) const
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.filePath(u"data"_s));
        cli.environment.insert(u"OPENAI_API_KEY"_s, u"sk-never-to-a-tool"_s);
        return cli.run(arguments, {}, 60000);
    }

    static QString server() { return Quorum::Testing::buildPath(QUORUM_TEST_MCP); }

private Q_SLOTS:
    void addListToolsRemove()
    {
        Testing::CliResult r = run({u"mcp"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"No MCP servers."_s), qPrintable(r.out));

        r = run({u"mcp"_s, u"add"_s, u"test"_s, u"--timeout"_s, u"30"_s, u"--"_s, server(), u"--page-size"_s, u"5"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.section(u'\n', 0, 0), u"Added test: %1 --page-size 5"_s.arg(server()));
        r = run({u"mcp"_s, u"list"_s, u"--json"_s});
        const QJsonArray listed = QJsonDocument::fromJson(r.outBytes).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject(),
            (QJsonObject {{"name"_L1, u"test"_s},
                {"transport"_L1, u"stdio"_s},
                {"enabled"_L1, true},
                {"call_timeout"_L1, 30},
                {"command"_L1, server()},
                {"args"_L1, QJsonArray {u"--page-size"_s, u"5"_s}},
                {"env"_L1, QJsonArray {}}}));

        r = run({u"mcp"_s, u"tools"_s, u"--json"_s, u"test"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject tools = QJsonDocument::fromJson(r.outBytes).object();
        QCOMPARE(tools.value("protocol_version"_L1).toString(), u"2025-11-25"_s);
        QCOMPARE(tools.value("server_name"_L1).toString(), u"quorum-test-mcp"_s);
        QCOMPARE(tools.value("tools"_L1).toArray().size(), 12);
        QCOMPARE(tools.value("tools"_L1).toArray().at(1)["name"_L1].toString(), u"add"_s);
        r = run({u"mcp"_s, u"tools"_s, u"test"_s});
        QVERIFY2(r.out.startsWith(u"test (quorum-test-mcp, MCP 2025-11-25): 12 tools\n  echo "_s), qPrintable(r.out));

        r = run({u"mcp"_s, u"remove"_s, u"test"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"Removed test."_s);
        QCOMPARE(QJsonDocument::fromJson(run({u"mcp"_s, u"list"_s, u"--json"_s}).outBytes).array().size(), 0);
    }

    void theEnvironmentIsKeptInTheKeychainAndReachesOnlyTheServer()
    {
        Testing::CliResult r
            = run({u"mcp"_s, u"add"_s, u"secretive"_s, u"--env"_s, u"TEST_TOKEN=tok-123"_s, u"--"_s, server()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(QDir(m_dir.filePath(u"data"_s)).filePath(u"mcp.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("TEST_TOKEN"));
        QVERIFY(!written.contains("tok-123")); // the value is the keychain's
        r = run({u"mcp"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.outBytes).array().at(0)["env"_L1].toArray(), QJsonArray {u"TEST_TOKEN"_s});
        QVERIFY(!r.out.contains(u"tok-123"_s));
        // The server starts with it (tools lists only if it started); the env tool is checked
        // by test_integration_mcpclient, which also shows API keys never reach a server.
        r = run({u"mcp"_s, u"tools"_s, u"secretive"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(run({u"mcp"_s, u"remove"_s, u"secretive"_s}).exitCode == 0);
    }

    void importsTheCommonFormat()
    {
        const QString path = m_dir.filePath(u"claude_desktop_config.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(
            QJsonObject {{"mcpServers"_L1,
                QJsonObject {{"local"_L1, QJsonObject {{"command"_L1, server()}, {"args"_L1, QJsonArray {}}}},
                    {"remote"_L1, QJsonObject {{"url"_L1, u"https://mcp.example.com/mcp"_s}}},
                    {"off"_L1, QJsonObject {{"command"_L1, server()}, {"disabled"_L1, true}}}}}})
                .toJson());
        file.close();
        Testing::CliResult r = run({u"mcp"_s, u"import"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"Imported 3 servers: local, off, remote."_s);
        r = run({u"mcp"_s, u"list"_s});
        QVERIFY2(r.out.contains(u"remote           http  https://mcp.example.com/mcp"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"(disabled)"_s), qPrintable(r.out));
        QCOMPARE(run({u"mcp"_s, u"tools"_s, u"local"_s}).exitCode, 0);
        for (const QString &name : {u"local"_s, u"remote"_s, u"off"_s}) {
            QCOMPARE(run({u"mcp"_s, u"remove"_s, name}).exitCode, 0);
        }
        // Not the format: nothing imported, and why.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"servers": {"bad name!": {"command": "x"}}})");
        file.close();
        r = run({u"mcp"_s, u"import"_s, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"“bad name!” is not a server name Quorum takes"_s), qPrintable(r.err));
    }

    void aServerOverHttpWithItsTokenInTheKeychain()
    {
        QProcess http;
        http.start(server(), {u"--http"_s, u"0"_s, u"--require-header"_s, u"Authorization: Bearer s3cret"_s});
        QVERIFY(http.waitForReadyRead(15000));
        const QString url = QString::fromUtf8(http.readLine()).trimmed();
        Testing::CliResult r = run({u"mcp"_s, u"add"_s, u"remote"_s, u"--url"_s, url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({u"mcp"_s, u"tools"_s, u"remote"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"remote: the server refused the credentials (HTTP 401)"_s), qPrintable(r.err));
        r = run({u"mcp"_s, u"add"_s, u"remote"_s, u"--url"_s, url, u"--header"_s, u"Authorization: Bearer s3cret"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(QDir(m_dir.filePath(u"data"_s)).filePath(u"mcp.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("Authorization"));
        QVERIFY(!written.contains("s3cret")); // the value is the keychain's
        r = run({u"mcp"_s, u"tools"_s, u"--json"_s, u"remote"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject listed = QJsonDocument::fromJson(r.outBytes).object();
        QCOMPARE(listed.value("server_name"_L1).toString(), u"quorum-test-mcp"_s);
        QCOMPARE(listed.value("tools"_L1).toArray().size(), 13);
        QCOMPARE(run({u"mcp"_s, u"remove"_s, u"remote"_s}).exitCode, 0);
        http.closeWriteChannel();
        QVERIFY(http.waitForFinished(5000));
    }

    void brokenServersAndBadInputSayWhy()
    {
        QVERIFY(run({u"mcp"_s, u"add"_s, u"broken"_s, u"--"_s, server(), u"--exit-at-start"_s}).exitCode == 0);
        Testing::CliResult r = run({u"mcp"_s, u"tools"_s, u"broken"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"broken: the server exited (code 2): quorum-test-mcp: cannot open its database"_s),
            qPrintable(r.err));
        QVERIFY(run({u"mcp"_s, u"add"_s, u"missing"_s, u"--"_s, u"/nonexistent/server"_s}).exitCode == 0);
        r = run({u"mcp"_s, u"tools"_s, u"missing"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"could not be started"_s), qPrintable(r.err));

        QCOMPARE(run({u"mcp"_s, u"tools"_s, u"nobody"_s}).exitCode, 1);
        QCOMPARE(run({u"mcp"_s, u"add"_s, u"x"_s, u"--url"_s, u"ftp://example.com"_s}).exitCode, 2);
        QCOMPARE(run({u"mcp"_s, u"add"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(run({u"mcp"_s, u"add"_s, u"bad/name"_s, u"--"_s, server()}).exitCode, 2);
        QCOMPARE(run({u"mcp"_s, u"add"_s, u"x"_s, u"--env"_s, u"NOVALUE"_s, u"--"_s, server()}).exitCode, 2);
        QCOMPARE(run({u"mcp"_s, u"remove"_s, u"nobody"_s}).exitCode, 1);
        QCOMPARE(run({u"mcp"_s, u"frobnicate"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliMcp)
#include "test_cli_mcp.moc"
