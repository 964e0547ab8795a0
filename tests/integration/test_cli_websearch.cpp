// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Web search (docs/tools.md, "Web search"), the real executable against the fake server in
// this process, which serves SearXNG, Brave and Tavily as they answer (and refuse), with a
// real Secret Service (the test runs under with-secret-service.sh): each service set up and
// searched, its key in the keychain and never in a file, each refusal said; shared search
// made once and given to three models of three protocols, the same results for each, listed
// as a step of each answer; a model that searches with the tool; and the rules over both: a
// result's card number redacted before a model sees it, a query the rules keep from the
// service never sent.
#include <QDir>
#include <QFile>
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

class TestCliWebSearch : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    Testing::CliResult run(const QStringList &arguments, const QByteArray &input = {})
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir->path());
        cli.environment.insert(u"FAKE_KEY"_s, u"test-key"_s);
        return cli.run(arguments, input, 60000);
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

    QByteArray mcpFile() const
    {
        QFile file(QDir(m_dir->path()).filePath(u"mcp.json"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setSearchKey(u"search-key"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server.clearRequests();
        m_server.setSearxngJson(true);
        const QString root = u"http://127.0.0.1:%1"_s.arg(m_server.port());
        const QList<QStringList> accounts {
            {u"oa"_s, u"openai"_s, root + u"/v1"_s}, {u"an"_s, u"anthropic"_s, root}, {u"ge"_s, u"gemini"_s, root}};
        for (const QStringList &a : accounts) {
            const Testing::CliResult r = run({u"providers"_s,
                u"add"_s,
                a.at(0),
                u"--kind"_s,
                a.at(1),
                u"--base-url"_s,
                a.at(2),
                u"--api-key-env"_s,
                u"FAKE_KEY"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }

    void eachServiceIsSetUpAndSearched()
    {
        Testing::CliResult r = run({u"websearch"_s, u"show"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"No web search is set up (quorum websearch set)."_s);
        r = run({u"websearch"_s, u"run"_s, u"anything"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no web search service is set up"_s), qPrintable(r.err));

        // SearXNG: an instance's address, no key.
        r = run({u"websearch"_s, u"set"_s, u"searxng"_s, u"--url"_s, m_server.searchUrl(u"searxng"_s).toString()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({u"websearch"_s, u"run"_s, u"--json"_s, u"qt widgets & more"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject found = QJsonDocument::fromJson(r.outBytes).object();
        QCOMPARE(found.value("service"_L1).toString(), u"searxng"_s);
        QJsonArray results = found.value("results"_L1).toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value("title"_L1).toString(), u"Result 1 for qt widgets & more"_s);
        QCOMPARE(m_server.searches().constLast().path, QByteArray("/searxng/search"));
        // An instance that serves no JSON: said, with what to change.
        m_server.setSearxngJson(false);
        r = run({u"websearch"_s, u"run"_s, u"qt"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"the SearXNG instance does not serve JSON (HTTP 403)"_s), qPrintable(r.err));

        // Brave: its key from standard input to the keychain; snippets are read as text.
        r = run({u"websearch"_s, u"set"_s, u"brave"_s, u"--url"_s, m_server.searchUrl(u"brave"_s).toString()},
            "search-key\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(mcpFile().contains("\"brave\""));
        QVERIFY(!mcpFile().contains("search-key")); // the keychain's
        r = run({u"websearch"_s, u"show"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(r.outBytes).object().value("key"_L1).toString(), u"set"_s);
        r = run({u"websearch"_s, u"run"_s, u"--json"_s, u"kde"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject first = QJsonDocument::fromJson(r.outBytes)["results"_L1].toArray().at(0).toObject();
        QCOMPARE(first.value("title"_L1).toString(), u"Result 1 for kde"_s);
        QCOMPARE(first.value("snippet"_L1).toString(), u"Snippet 1 about kde. It's relevant & short."_s);
        QCOMPARE(m_server.searches().constLast().headers.value("x-subscription-token"), QByteArray("search-key"));
        r = run({u"websearch"_s, u"run"_s, u"over quota"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(
                u"Brave Search says too many searches for now (HTTP 429) (Request rate limit exceeded for plan.)"_s),
            qPrintable(r.err));

        // Tavily: a wrong key is said as Tavily says it; the right one searches.
        r = run({u"websearch"_s, u"set"_s, u"tavily"_s, u"--url"_s, m_server.searchUrl(u"tavily"_s).toString()},
            "wrong-key\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({u"websearch"_s, u"run"_s, u"qt"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Tavily refused the API key (HTTP 401) (Unauthorized: missing or invalid API key.)"_s),
            qPrintable(r.err));
        r = run({u"websearch"_s,
                    u"set"_s,
                    u"tavily"_s,
                    u"--url"_s,
                    m_server.searchUrl(u"tavily"_s).toString(),
                    u"--results"_s,
                    u"2"_s},
            "search-key\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({u"websearch"_s, u"run"_s, u"qt"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Web search results for “qt”:\n\n[1] Result 1 for qt\nhttps://example.org/1/qt\n"_s),
            qPrintable(r.out));
        QVERIFY(!r.out.contains(u"[3]"_s)); // two results asked for
        QCOMPARE(m_server.searches().constLast().json.value("max_results"_L1).toInt(), 2);
        r = run({u"websearch"_s, u"run"_s, u"quota"_s});
        QVERIFY2(r.err.contains(u"Tavily says the plan's searches are spent (HTTP 432)"_s), qPrintable(r.err));

        // Off: no service, no key.
        QCOMPARE(run({u"websearch"_s, u"off"_s}).exitCode, 0);
        QVERIFY(!mcpFile().contains("tavily"));
        QCOMPARE(run({u"websearch"_s, u"set"_s, u"searxng"_s}).exitCode, 2); // no --url
        QCOMPARE(run({u"websearch"_s, u"set"_s, u"bing"_s}).exitCode, 2);
        QCOMPARE(run({u"mcp"_s, u"add"_s, u"web"_s, u"--"_s, u"true"_s}).exitCode, 2); // the built-in's name
    }

    void sharedSearchGivesEveryModelTheSameResults()
    {
        QCOMPARE(run({u"websearch"_s, u"set"_s, u"searxng"_s, u"--url"_s, m_server.searchUrl(u"searxng"_s).toString()})
                     .exitCode,
            0);
        const QString prompt = u"What is new in Qt 6.8?"_s;
        Testing::CliResult r = run({u"ask"_s,
            u"--json"_s,
            u"--search"_s,
            u"shared"_s,
            u"--target"_s,
            u"oa/m-oa"_s,
            u"--target"_s,
            u"an/m-an"_s,
            u"--target"_s,
            u"ge/m-ge"_s,
            prompt});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server.searches().size(), 1); // once, for all three
        QCOMPARE(m_server.chatRequests().size(), 3);
        for (const Fake::RecordedRequest &request : m_server.chatRequests()) {
            // Each model was given the same results, before the prompt.
            const QString body = QString::fromUtf8(request.body);
            QVERIFY2(body.contains(u"[1] Result 1 for What is new in Qt 6.8?"_s), qPrintable(body.left(600)));
            QVERIFY(body.contains(u"https://example.org/3/"_s));
            QVERIFY(body.indexOf(u"[3] Result 3"_s) < body.lastIndexOf(prompt));
        }
        const QList<QJsonObject> results = lines(r);
        QCOMPARE(results.size(), 3);
        QString sameResult;
        for (const QJsonObject &result : results) {
            QCOMPARE(result.value("status"_L1).toString(), u"ok"_s);
            const QJsonArray steps = result.value("tool_steps"_L1).toArray();
            QCOMPARE(steps.size(), 1);
            const QJsonObject step = steps.at(0).toObject();
            QCOMPARE(step.value("server"_L1).toString(), u"web"_s);
            QCOMPARE(step.value("tool"_L1).toString(), u"search"_s);
            QCOMPARE(step.value("outcome"_L1).toString(), u"ran"_s);
            QCOMPARE(step.value("round"_L1).toInt(), 0);
            QVERIFY2(step.value("note"_L1).toString().startsWith(u"Searched once"_s),
                qPrintable(step.value("note"_L1).toString()));
            if (sameResult.isEmpty()) {
                sameResult = step.value("result"_L1).toString();
            }
            QCOMPARE(step.value("result"_L1).toString(), sameResult);
        }
        QVERIFY(sameResult.contains(u"https://example.org/1/"_s)); // the sources, listed with each answer
        // The conversation keeps its toolset: a follow-up searches again, once.
        const qint64 conversation = results.first().value("conversation_id"_L1).toInteger();
        r = run({u"ask"_s,
            u"--json"_s,
            u"--conversation"_s,
            QString::number(conversation),
            u"--target"_s,
            u"oa/m-oa"_s,
            u"And in 6.9?"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server.searches().size(), 2);
    }

    void aModelSearchesWithTheTool()
    {
        QCOMPARE(run({u"websearch"_s, u"set"_s, u"searxng"_s, u"--url"_s, m_server.searchUrl(u"searxng"_s).toString()})
                     .exitCode,
            0);
        Fake::Script calling;
        calling.callTool = u"search"_s;
        calling.callArguments = u"{\"query\":\"qt 6.8 release\"}"_s;
        m_server.enqueueFor(u"m-an"_s, calling);
        m_server.enqueueFor(u"m-an"_s, calling);
        Testing::CliResult r = run({u"ask"_s,
            u"--json"_s,
            u"--search"_s,
            u"tool"_s,
            u"--allow-tool"_s,
            u"web__search"_s,
            u"--target"_s,
            u"an/m-an"_s,
            u"When did Qt 6.8 come out?"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject result = lines(r).value(0);
        const QJsonObject step = result.value("tool_steps"_L1).toArray().at(0).toObject();
        QCOMPARE(step.value("name"_L1).toString(), u"web__search"_s);
        QCOMPARE(step.value("outcome"_L1).toString(), u"ran"_s);
        QVERIFY2(step.value("result"_L1).toString().startsWith(u"Web search results for “qt 6.8 release”:"_s),
            qPrintable(step.value("result"_L1).toString()));
        QCOMPARE(m_server.searches().size(), 1);
        // The tool was offered with its schema.
        const QJsonArray offered = m_server.chatRequests().constFirst().json.value("tools"_L1).toArray();
        QCOMPARE(offered.size(), 1);
        QCOMPARE(offered.at(0).toObject().value("name"_L1).toString(), u"web__search"_s);
        QVERIFY(offered.at(0).toObject().value("input_schema"_L1).toObject().contains("required"_L1));
    }

    void searchesAreUnderTheRules()
    {
        QCOMPARE(run({u"websearch"_s, u"set"_s, u"searxng"_s, u"--url"_s, m_server.searchUrl(u"searxng"_s).toString()})
                     .exitCode,
            0);
        QCOMPARE(
            run({u"rules"_s, u"add"_s, u"Hide cards"_s, u"--if"_s, u"sensitive:card"_s, u"--redact"_s}).exitCode, 0);
        // A result that holds a card number: each model is given it redacted.
        Testing::CliResult r = run({u"ask"_s,
            u"--json"_s,
            u"--search"_s,
            u"shared"_s,
            u"--target"_s,
            u"oa/m-oa"_s,
            u"--target"_s,
            u"ge/m-ge"_s,
            u"What does the customer portal offer?"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server.searches().size(), 1);
        for (const Fake::RecordedRequest &request : m_server.chatRequests()) {
            QVERIFY2(request.body.contains("Result 1 for What does the customer portal offer?"),
                request.body.left(400).constData());
            QVERIFY2(!request.body.contains("4111 1111 1111 1111"), request.body.left(800).constData());
        }
        for (const QJsonObject &result : lines(r)) {
            const QJsonObject step = result.value("tool_steps"_L1).toArray().at(0).toObject();
            QVERIFY2(
                step.value("note"_L1).toString().contains(u"redacted"_s), qPrintable(step.value("note"_L1).toString()));
        }
        // A prompt only local accounts may receive goes to a local model, not to the search
        // service (untagged); a service tagged local may have it.
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"lo"_s,
                         u"--kind"_s,
                         u"openai"_s,
                         u"--base-url"_s,
                         u"http://127.0.0.1:%1/v1"_s.arg(m_server.port()),
                         u"--api-key-env"_s,
                         u"FAKE_KEY"_s,
                         u"--tag"_s,
                         u"local"_s})
                     .exitCode,
            0);
        QCOMPARE(
            run({u"rules"_s, u"add"_s, u"Local mail"_s, u"--if"_s, u"sensitive:email"_s, u"--restrict"_s, u"local"_s})
                .exitCode,
            0);
        m_server.clearRequests();
        const qsizetype searchesBefore = m_server.searches().size();
        const QStringList ask {u"ask"_s,
            u"--json"_s,
            u"--search"_s,
            u"shared"_s,
            u"--target"_s,
            u"lo/m-lo"_s,
            u"Write to jane.roe@example.com about the portal"_s};
        r = run(ask);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server.searches().size(), searchesBefore);
        QCOMPARE(m_server.chatRequests().size(), 1);
        QJsonObject step = lines(r).value(0).value("tool_steps"_L1).toArray().at(0).toObject();
        QCOMPARE(step.value("outcome"_L1).toString(), u"denied"_s);
        QVERIFY2(step.value("note"_L1).toString().contains(u"only accounts tagged “local” may receive it"_s),
            qPrintable(step.value("note"_L1).toString()));
        QVERIFY2(lines(r)
                     .value(0)
                     .value("tool_problems"_L1)
                     .toArray()
                     .at(0)
                     .toString()
                     .startsWith(u"The shared web search was not made"_s),
            r.outBytes.constData());
        QCOMPARE(run({u"websearch"_s,
                         u"set"_s,
                         u"searxng"_s,
                         u"--url"_s,
                         m_server.searchUrl(u"searxng"_s).toString(),
                         u"--tag"_s,
                         u"local"_s})
                     .exitCode,
            0);
        r = run(ask);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(m_server.searches().size(), searchesBefore + 1);
        step = lines(r).value(0).value("tool_steps"_L1).toArray().at(0).toObject();
        QCOMPARE(step.value("outcome"_L1).toString(), u"ran"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliWebSearch)
#include "test_cli_websearch.moc"
