// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// `quorum ask --tools ... --allow-tool ...` (docs/tools.md, "On the command line"), the real
// executable with the project's own MCP server and the fake provider server in this process:
// four models of four protocols call the same tool, the steps are in --json, the toolset is
// kept with the conversation, a call nobody allowed is denied without a terminal, and the
// rules keep a tool from an account that lacks their tag.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "clirunner.h"
#include "fakeproviderserver.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestCliTools : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    Testing::CliResult run(const QStringList &arguments)
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir->path());
        cli.environment.insert(u"FAKE_KEY"_s, u"test-key"_s);
        return cli.run(arguments, {}, 60000);
    }

    static QList<QJsonObject> lines(const Testing::CliResult &r)
    {
        QList<QJsonObject> objects;
        for (const QByteArray &line : r.outBytes.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                objects << QJsonDocument::fromJson(line).object();
            }
        }
        return objects;
    }

    void script(const QString &model, int rounds = 1)
    {
        Fake::Script calling;
        calling.callTool = u"echo"_s;
        for (int i = 0; i <= rounds; ++i) {
            m_server.enqueueFor(model, calling);
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString root = u"http://127.0.0.1:%1"_s.arg(m_server.port());
        const QList<QStringList> accounts {{u"oa"_s, u"openai"_s, root + u"/v1"_s},
            {u"an"_s, u"anthropic"_s, root},
            {u"ge"_s, u"gemini"_s, root},
            {u"ol"_s, u"ollama"_s, root}};
        for (const QStringList &a : accounts) {
            QStringList arguments {u"providers"_s, u"add"_s, a.at(0), u"--kind"_s, a.at(1), u"--base-url"_s, a.at(2)};
            if (a.at(1) != "ollama"_L1) {
                arguments << u"--api-key-env"_s << u"FAKE_KEY"_s;
            } else {
                arguments << u"--tag"_s << u"onprem"_s;
            }
            const Testing::CliResult r = run(arguments);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const Testing::CliResult added
            = run({u"mcp"_s, u"add"_s, u"test"_s, u"--"_s, Quorum::Testing::buildPath(QUORUM_TEST_MCP)});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void fourModelsCallTheSameToolAndTheStepsAreInTheJson()
    {
        const QStringList targets {u"oa/m-oa"_s, u"an/m-an"_s, u"ge/m-ge"_s, u"ol/m-ol"_s};
        QStringList arguments {u"ask"_s, u"--json"_s, u"--tools"_s, u"test"_s, u"--allow-tool"_s, u"test__echo"_s};
        for (const QString &target : targets) {
            script(target.section(u'/', 1));
            arguments << u"--target"_s << target;
        }
        arguments << u"Use the echo tool."_s;
        const Testing::CliResult r = run(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QJsonObject> results = lines(r);
        QCOMPARE(results.size(), 4);
        qint64 conversation = 0;
        for (const QJsonObject &result : results) {
            QCOMPARE(result.value("status"_L1).toString(), u"ok"_s);
            QCOMPARE(result.value("text"_L1).toString(),
                u"Let me use test__echo.\n\nThe tool said: hello from the model."_s);
            const QJsonArray steps = result.value("tool_steps"_L1).toArray();
            QCOMPARE(steps.size(), 1);
            const QJsonObject step = steps.at(0).toObject();
            QCOMPARE(step.value("name"_L1).toString(), u"test__echo"_s);
            QCOMPARE(step.value("server"_L1).toString(), u"test"_s);
            QCOMPARE(step.value("tool"_L1).toString(), u"echo"_s);
            QCOMPARE(step.value("outcome"_L1).toString(), u"ran"_s);
            QCOMPARE(step.value("result"_L1).toString(), u"hello from the model"_s);
            QCOMPARE(QJsonDocument::fromJson(step.value("arguments"_L1).toString().toUtf8()).object(),
                (QJsonObject {{"text"_L1, u"hello from the model"_s}}));
            QCOMPARE(step.value("round"_L1).toInt(), 1);
            QVERIFY(step.value("duration_ms"_L1).toInteger() >= 0);
            QCOMPARE(result.value("usage"_L1).toObject().value("input"_L1).toInt(), 24); // two requests
            conversation = result.value("conversation_id"_L1).toInteger();
        }

        // The steps are stored: the conversation's JSON export has them, and they are found by search.
        const Testing::CliResult exported = run({u"export"_s, QString::number(conversation), u"--format"_s, u"json"_s});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.out.contains(u"\"tool_steps\""_s) && exported.out.contains(u"hello from the model"_s),
            qPrintable(exported.out.left(400)));

        // The toolset is kept with the conversation: a follow-up without --tools offers them again.
        script(u"m-oa"_s);
        const Testing::CliResult next = run({u"ask"_s,
            u"--json"_s,
            u"--conversation"_s,
            QString::number(conversation),
            u"--allow-tool"_s,
            u"test__*"_s,
            u"--target"_s,
            u"oa/m-oa"_s,
            u"Again."_s});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QCOMPARE(lines(next).constFirst().value("tool_steps"_L1).toArray().size(), 1);
    }

    void aCallNobodyAllowedIsDeniedWithoutATerminal()
    {
        script(u"m-an"_s);
        const Testing::CliResult r
            = run({u"ask"_s, u"--json"_s, u"--tools"_s, u"test"_s, u"--target"_s, u"an/m-an"_s, u"Use it."_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Denied test__echo: there is no terminal to ask on"_s), qPrintable(r.err));
        const QJsonObject step = lines(r).constFirst().value("tool_steps"_L1).toArray().at(0).toObject();
        QCOMPARE(step.value("outcome"_L1).toString(), u"denied"_s);
        QCOMPARE(lines(r).constFirst().value("text"_L1).toString(),
            u"Let me use test__echo.\n\nThe tool said: The user did not allow this call.."_s);
        // Without --json: the step is said on stderr.
        script(u"m-an"_s);
        const Testing::CliResult plain = run({u"ask"_s,
            u"--tools"_s,
            u"test"_s,
            u"--allow-tool"_s,
            u"echo"_s,
            u"--target"_s,
            u"an/m-an"_s,
            u"Use it."_s});
        QVERIFY2(plain.err.contains(u"test__echo: ran ("_s), qPrintable(plain.err));
    }

    void aToolsOnlyRuleKeepsTheToolFromAnAccountWithoutTheTag()
    {
        // Only accounts tagged "onprem" get the test server's tools: Ollama (tagged) does, OpenAI
        // not. (Every account here is "local": the fake server is on this machine.)
        const Testing::CliResult rule = run({u"rules"_s,
            u"add"_s,
            u"Test tools stay local"_s,
            u"--if"_s,
            u"uses-tool:test"_s,
            u"--tools-only"_s,
            u"onprem"_s});
        QVERIFY2(rule.exitCode == 0, qPrintable(rule.err + rule.out));
        script(u"m-oa"_s, 0);
        script(u"m-ol"_s);
        const Testing::CliResult r = run({u"ask"_s,
            u"--json"_s,
            u"--tools"_s,
            u"test"_s,
            u"--allow-tool"_s,
            u"test__*"_s,
            u"--target"_s,
            u"oa/m-oa"_s,
            u"--target"_s,
            u"ol/m-ol"_s,
            u"Use it."_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QJsonObject &result : lines(r)) {
            const bool local = result.value("target"_L1).toString().startsWith(u"ol/"_s);
            QCOMPARE(result.value("tool_steps"_L1).toArray().size(), local ? 1 : 0);
            QCOMPARE(result.value("text"_L1).toString(),
                local ? u"Let me use test__echo.\n\nThe tool said: hello from the model."_s
                      : u"I have no tool named echo."_s);
        }
    }

    void badToolOptionsAreRefused()
    {
        Testing::CliResult r = run({u"ask"_s, u"--tools"_s, u"nosuch"_s, u"--target"_s, u"oa/m"_s, u"Hi"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"no MCP server 'nosuch'"_s), qPrintable(r.err));
        r = run({u"ask"_s, u"--max-tool-rounds"_s, u"0"_s, u"--target"_s, u"oa/m"_s, u"Hi"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--max-tool-rounds"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTools)
#include "test_cli_tools.moc"
