// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The `quorum rules|route` contract and `quorum ask --auto`, through the real executable,
// against the fake provider server running in this process.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "clirunner.h"
#include "fakeproviderserver.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Script;

namespace
{
using Result = Testing::CliResult;
} // namespace

class TestCliRules : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    Result run(const QStringList &arguments, const QString &dataDir = {})
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), dataDir.isEmpty() ? m_dir->path() : dataDir);
        cli.environment.insert(u"FAKE_KEY"_s, u"test-key"_s);
        return cli.run(arguments);
    }

    QJsonObject routeJson(const QStringList &arguments)
    {
        const Result r = run(QStringList {u"route"_s, u"--json"_s} + arguments);
        if (r.exitCode != 0) {
            qWarning() << r.err;
        }
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    QJsonArray rulesJson()
    {
        return QJsonDocument::fromJson(run({u"rules"_s, u"list"_s, u"--json"_s}).out.toUtf8())
            .object()
            .value("rules"_L1)
            .toArray();
    }

    static QStringList names(const QJsonArray &rules)
    {
        QStringList result;
        for (const QJsonValue &rule : rules) {
            result << rule.toObject().value("name"_L1).toString();
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString root = u"http://127.0.0.1:%1"_s.arg(m_server.port());
        // Two accounts on this machine (the fake server), one tagged eu, and a cloud account
        // that is never contacted (.invalid never resolves).
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"an"_s,
                         u"--kind"_s,
                         u"anthropic"_s,
                         u"--base-url"_s,
                         root,
                         u"--api-key-env"_s,
                         u"FAKE_KEY"_s,
                         u"--tag"_s,
                         u"eu"_s})
                     .exitCode,
            0);
        QCOMPARE(run({u"providers"_s, u"add"_s, u"oa"_s, u"--kind"_s, u"openai"_s, u"--base-url"_s, root + u"/v1"_s})
                     .exitCode,
            0);
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"cloud"_s,
                         u"--kind"_s,
                         u"openai"_s,
                         u"--base-url"_s,
                         u"https://api.cloud.invalid/v1"_s,
                         u"--api-key-env"_s,
                         u"FAKE_KEY"_s})
                     .exitCode,
            0);
        m_server.clearRequests();
    }

    void addListMoveDisableRemove()
    {
        Result r = run({u"rules"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"No rules"_s));
        QCOMPARE(
            run({u"rules"_s, u"add"_s, u"Code"_s, u"--if"_s, u"has-code"_s, u"--send"_s, u"an/claude"_s}).exitCode, 0);
        QCOMPARE(run({u"rules"_s,
                         u"add"_s,
                         u"Long"_s,
                         u"--if"_s,
                         u"tokens-above:2000"_s,
                         u"--cheapest"_s,
                         u"oa/a"_s,
                         u"--cheapest"_s,
                         u"an/b"_s})
                     .exitCode,
            0);
        QCOMPARE(run({u"rules"_s,
                         u"add"_s,
                         u"Weekend"_s,
                         u"--if"_s,
                         u"weekday:sat,sun"_s,
                         u"--fallback"_s,
                         u"an/x"_s,
                         u"--fallback"_s,
                         u"oa/y"_s,
                         u"--position"_s,
                         u"1"_s})
                     .exitCode,
            0);
        QCOMPARE(names(rulesJson()), (QStringList {u"Weekend"_s, u"Code"_s, u"Long"_s}));
        const QJsonObject weekend = rulesJson().at(0).toObject();
        QCOMPARE(weekend.value("position"_L1).toInt(), 1);
        QCOMPARE(
            weekend.value("conditions"_L1).toArray().at(0).toObject().value("days"_L1).toArray(), (QJsonArray {6, 7}));
        QCOMPARE(
            weekend.value("action"_L1).toObject().value("targets"_L1).toArray(), (QJsonArray {u"an/x"_s, u"oa/y"_s}));

        // Names are unique; a condition that does not parse is a usage error naming it.
        r = run({u"rules"_s, u"add"_s, u"code"_s, u"--send"_s, u"an/claude"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"already"_s), qPrintable(r.err));
        r = run({u"rules"_s, u"add"_s, u"Bad"_s, u"--if"_s, u"regex:(unclosed"_s, u"--send"_s, u"an/claude"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"bad regular expression"_s), qPrintable(r.err));
        r = run({u"rules"_s, u"add"_s, u"Two"_s, u"--send"_s, u"an/claude"_s, u"--redact"_s});
        QCOMPARE(r.exitCode, 2);
        // An unknown account is allowed (accounts come and go) but warned about.
        r = run({u"rules"_s, u"add"_s, u"Ghost"_s, u"--send"_s, u"nobody/model"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"no provider account 'nobody'"_s), qPrintable(r.err));

        QCOMPARE(run({u"rules"_s, u"move"_s, u"Long"_s, u"1"_s}).exitCode, 0);
        QCOMPARE(run({u"rules"_s, u"disable"_s, u"#2"_s}).exitCode, 0); // Weekend
        QCOMPARE(run({u"rules"_s, u"remove"_s, u"Ghost"_s}).exitCode, 0);
        const QJsonArray rules = rulesJson();
        QCOMPARE(names(rules), (QStringList {u"Long"_s, u"Weekend"_s, u"Code"_s}));
        QCOMPARE(rules.at(1).toObject().value("enabled"_L1).toBool(), false);
        r = run({u"rules"_s, u"list"_s});
        QVERIFY2(r.out.contains(u"2. Weekend"_s) && r.out.contains(u"(off)"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"if has-code → send to an/claude"_s));
        QCOMPARE(run({u"rules"_s, u"remove"_s, u"Nothing"_s}).exitCode, 1);
    }

    void exportImportRoundTrip()
    {
        // Every condition and action type, written as JSON.
        const QString all = QString::fromUtf8(QJsonDocument(
            QJsonObject {{"name"_L1, u"Everything"_s},
                {"enabled"_L1, true},
                {"conditions"_L1,
                    QJsonArray {QJsonObject {{"type"_L1, u"regex"_s}, {"pattern"_L1, u"^(translate|übersetze)\\b"_s}},
                        QJsonObject {
                            {"type"_L1, u"any-keyword"_s}, {"words"_L1, QJsonArray {u"invoice"_s, u"contract"_s}}},
                        QJsonObject {{"type"_L1, u"all-keywords"_s},
                            {"words"_L1, QJsonArray {u"sql"_s, u"postgres"_s}},
                            {"negate"_L1, true}},
                        QJsonObject {{"type"_L1, u"tokens-above"_s}, {"number"_L1, 10}},
                        QJsonObject {{"type"_L1, u"tokens-below"_s}, {"number"_L1, 5000}},
                        QJsonObject {{"type"_L1, u"has-code"_s}},
                        QJsonObject {{"type"_L1, u"script"_s}, {"words"_L1, QJsonArray {u"cyrillic"_s}}},
                        QJsonObject {{"type"_L1, u"conversation-tag"_s}, {"words"_L1, QJsonArray {u"work"_s}}},
                        QJsonObject {{"type"_L1, u"time-of-day"_s}, {"from"_L1, u"22:00"_s}, {"to"_L1, u"06:00"_s}},
                        QJsonObject {{"type"_L1, u"weekday"_s}, {"days"_L1, QJsonArray {1, 2, 3}}},
                        QJsonObject {{"type"_L1, u"budget-above"_s}, {"number"_L1, 80}},
                        QJsonObject {{"type"_L1, u"sensitive"_s},
                            {"kinds"_L1, QJsonArray {u"email"_s, u"iban"_s}},
                            {"words"_L1, QJsonArray {u"ACME-\\d+"_s}}}}},
                {"action"_L1,
                    QJsonObject {{"type"_L1, u"cheapest"_s}, {"targets"_L1, QJsonArray {u"oa/a"_s, u"an/b"_s}}}}})
                .toJson(QJsonDocument::Compact));
        QCOMPARE(run({u"rules"_s, u"add"_s, u"--json"_s, all}).exitCode, 0);
        QCOMPARE(
            run({u"rules"_s, u"add"_s, u"EU only"_s, u"--if"_s, u"sensitive"_s, u"--restrict"_s, u"eu"_s}).exitCode, 0);
        QCOMPARE(run({u"rules"_s, u"add"_s, u"Hide"_s, u"--if"_s, u"sensitive:email"_s, u"--redact"_s}).exitCode, 0);
        QCOMPARE(
            run({u"rules"_s, u"add"_s, u"Stop"_s, u"--if"_s, u"sensitive:aws-key"_s, u"--block"_s, u"No AWS keys."_s})
                .exitCode,
            0);
        QCOMPARE(run({u"rules"_s,
                         u"add"_s,
                         u"Chain"_s,
                         u"--fallback"_s,
                         u"an/a"_s,
                         u"--fallback"_s,
                         u"oa/b"_s,
                         u"--disabled"_s})
                     .exitCode,
            0);
        const QString file = m_dir->filePath(u"rules.json"_s);
        const Result exported = run({u"rules"_s, u"export"_s, u"-o"_s, file});
        QCOMPARE(exported.exitCode, 0);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray first = written.readAll();
        const QJsonObject root = QJsonDocument::fromJson(first).object();
        QCOMPARE(root.value("format"_L1).toString(), u"quorum-rules"_s);
        QCOMPARE(root.value("version"_L1).toInt(), 1);
        QCOMPARE(root.value("rules"_L1).toArray().size(), 5);

        QTemporaryDir other;
        QCOMPARE(run({u"rules"_s, u"import"_s, file}, other.path()).exitCode, 0);
        const Result again = run({u"rules"_s, u"export"_s}, other.path());
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.toUtf8(), first); // byte for byte

        // --append adds after the rules there are; names stay unique.
        const Result clash = run({u"rules"_s, u"import"_s, u"--append"_s, file}, other.path());
        QCOMPARE(clash.exitCode, 1);
        QVERIFY2(clash.err.contains(u"“Everything” twice"_s), qPrintable(clash.err));
        QCOMPARE(run({u"rules"_s, u"remove"_s, u"#1"_s}, other.path()).exitCode, 0);
        QCOMPARE(run({u"rules"_s, u"remove"_s, u"#1"_s}, other.path()).exitCode, 0);
        QCOMPARE(run({u"rules"_s, u"remove"_s, u"#1"_s}, other.path()).exitCode, 0);
        QCOMPARE(run({u"rules"_s, u"remove"_s, u"#1"_s}, other.path()).exitCode, 0);
        QCOMPARE(run({u"rules"_s, u"add"_s, u"Mine"_s, u"--send"_s, u"an/x"_s}, other.path()).exitCode, 0);
        QCOMPARE(run({u"rules"_s, u"remove"_s, u"Chain"_s}, other.path()).exitCode, 0);
        QCOMPARE(run({u"rules"_s, u"import"_s, u"--append"_s, file}, other.path()).exitCode, 0);
        QCOMPARE(names(QJsonDocument::fromJson(run({u"rules"_s, u"list"_s, u"--json"_s}, other.path()).out.toUtf8())
                         .object()
                         .value("rules"_L1)
                         .toArray()),
            (QStringList {u"Mine"_s, u"Everything"_s, u"EU only"_s, u"Hide"_s, u"Stop"_s, u"Chain"_s}));
    }

    void importRejectsBadFilesWithoutChangingAnything()
    {
        QCOMPARE(run({u"rules"_s, u"add"_s, u"Keep"_s, u"--send"_s, u"an/claude"_s}).exitCode, 0);
        const QString file = m_dir->filePath(u"bad.json"_s);
        const auto write = [&](const QByteArray &data) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(data);
        };
        write("{\"format\":\"quorum-rules\",\"version\":1,\"rules\":[\n"
              "  {\"name\":\"Fine\",\"conditions\":[],\"action\":{\"type\":\"send\",\"targets\":[\"an/x\"]}},\n"
              "  {\"name\":\"Broken\",\"conditions\":[{\"type\":\"regex\",\"pattern\":\"[a-\"}],"
              "\"action\":{\"type\":\"send\",\"targets\":[\"an/x\"]}}]}");
        Result r = run({u"rules"_s, u"import"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"rule 2: Broken: bad regular expression"_s), qPrintable(r.err));
        write("{\"format\":\"quorum-rules\",\n\"rules\": [ {\"name\": }\n]}");
        r = run({u"rules"_s, u"import"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"line 2, column 22"_s), qPrintable(r.err));
        write("{\"rules\":[]}");
        r = run({u"rules"_s, u"import"_s, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not a Quorum rules file"_s), qPrintable(r.err));
        QCOMPARE(names(rulesJson()), QStringList {u"Keep"_s});
    }

    void routeJsonContract()
    {
        QCOMPARE(
            run({u"rules"_s, u"add"_s, u"Hide mail"_s, u"--if"_s, u"sensitive:email"_s, u"--redact"_s}).exitCode, 0);
        QCOMPARE(run({u"rules"_s,
                         u"add"_s,
                         u"Code"_s,
                         u"--if"_s,
                         u"has-code"_s,
                         u"--send"_s,
                         u"an/claude"_s,
                         u"--send"_s,
                         u"oa/gpt"_s})
                     .exitCode,
            0);
        QJsonObject d = routeJson({u"--target"_s, u"oa/mini"_s, u"Fix this:\n```cpp\nint main() {}\n```"_s});
        QCOMPARE(d.value("rule"_L1).toString(), u"Code"_s);
        QCOMPARE(d.value("action"_L1).toString(), u"send"_s);
        QCOMPARE(d.value("targets"_L1).toArray(), (QJsonArray {u"an/claude"_s, u"oa/gpt"_s}));
        QCOMPARE(d.value("blocked"_L1).toBool(), false);
        QCOMPARE(d.value("redacted_prompt"_L1).toString(), u"Fix this:\n```cpp\nint main() {}\n```"_s);
        const QJsonArray reasons = d.value("reasons"_L1).toArray();
        QCOMPARE(reasons.size(), 2);
        QVERIFY(reasons.at(0).toString().contains(u"Hide mail"_s));
        QVERIFY(reasons.at(1).toString().contains(u"matched"_s));

        d = routeJson({u"--target"_s, u"oa/mini"_s, u"Write to anna@example.org please"_s});
        QCOMPARE(d.value("rule"_L1).toString(), u"default"_s);
        QCOMPARE(d.value("targets"_L1).toArray(), QJsonArray {u"oa/mini"_s});
        QCOMPARE(d.value("redacted_prompt"_L1).toString(), u"Write to [EMAIL_1] please"_s);
        QCOMPARE(d.value("governed_by"_L1).toArray(), QJsonArray {u"Hide mail"_s});

        const Result text = run({u"route"_s, u"--explain"_s, u"--target"_s, u"oa/mini"_s, u"hello"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(
            text.out.contains(u"Rule: default"_s) && text.out.contains(u"Targets: oa/mini"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"“Code” did not match: no code"_s));
    }

    void onlyLocalHoldsForAManualSelection()
    {
        QCOMPARE(
            run({u"rules"_s, u"add"_s, u"Secrets stay here"_s, u"--if"_s, u"sensitive"_s, u"--restrict"_s, u"local"_s})
                .exitCode,
            0);
        const QString secret = u"My card is 4111 1111 1111 1111, what is wrong?"_s;
        // Routing: the cloud model the user chose is taken out; only it chosen: blocked.
        QJsonObject d = routeJson({u"--target"_s, u"cloud/gpt-4.1"_s, u"--target"_s, u"oa/local"_s, secret});
        QCOMPARE(d.value("targets"_L1).toArray(), QJsonArray {u"oa/local"_s});
        QCOMPARE(d.value("excluded"_L1).toArray(), QJsonArray {u"cloud/gpt-4.1"_s});
        d = routeJson({u"--target"_s, u"cloud/gpt-4.1"_s, secret});
        QCOMPARE(d.value("blocked"_L1).toBool(), true);
        QCOMPARE(d.value("action"_L1).toString(), u"block"_s);

        // Asking without --auto: the rule holds all the same, and says so.
        Result r = run({u"ask"_s, u"--target"_s, u"cloud/gpt-4.1"_s, secret});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"only accounts tagged “local”"_s), qPrintable(r.err));
        r = run({u"ask"_s, u"--json"_s, u"--target"_s, u"cloud/gpt-4.1"_s, u"--target"_s, u"oa/local"_s, secret});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"Not sent to cloud/gpt-4.1"_s), qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines.first().toUtf8()).object().value("target"_L1).toString(), u"oa/local"_s);
        QCOMPARE(m_server.requests().size(), 1);
        // Without sensitive data the cloud is fine (it is only routed, never reached here).
        QCOMPARE(routeJson({u"--target"_s, u"cloud/gpt-4.1"_s, u"hello"_s}).value("targets"_L1).toArray(),
            QJsonArray {u"cloud/gpt-4.1"_s});
    }

    void askAutoFallsBackOnOverload()
    {
        QCOMPARE(run({u"rules"_s,
                         u"add"_s,
                         u"Cheap default"_s,
                         u"--fallback"_s,
                         u"an/claude-haiku"_s,
                         u"--fallback"_s,
                         u"oa/gpt-4.1-mini"_s})
                     .exitCode,
            0);
        Script overloaded;
        overloaded.status = 529;
        m_server.enqueueFor(u"claude-haiku"_s, overloaded);
        Script answer;
        answer.deltas = QStringList {u"Answered"_s, u" by the second."_s};
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer);

        Result r = run({u"ask"_s, u"--auto"_s, u"--json"_s, u"What is 2+2?"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1); // one answer: the chain is one target
        const QJsonObject result = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        QCOMPARE(result.value("target"_L1).toString(), u"oa/gpt-4.1-mini"_s);
        QCOMPARE(result.value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(result.value("text"_L1).toString(), u"Answered by the second."_s);
        QCOMPARE(result.value("rule"_L1).toString(), u"Cheap default"_s);
        const QJsonObject failed = result.value("fallback_from"_L1).toArray().at(0).toObject();
        QCOMPARE(failed.value("target"_L1).toString(), u"an/claude-haiku"_s);
        QCOMPARE(failed.value("error"_L1).toString(), u"overloaded"_s);
        // Two requests: no retry of the overloaded one (the next target is the retry).
        QCOMPARE(m_server.requests().size(), 2);

        // Stored under the target that answered, with who failed first.
        const qint64 conversation = result.value("conversation_id"_L1).toInteger();
        const QJsonObject shown
            = QJsonDocument::fromJson(run({u"show"_s, u"--json"_s, QString::number(conversation)}).out.toUtf8())
                  .object();
        const QJsonObject stored
            = shown.value("turns"_L1).toArray().at(0).toObject().value("responses"_L1).toArray().at(0).toObject();
        QCOMPARE(stored.value("target"_L1).toString(), u"oa/gpt-4.1-mini"_s);
        QCOMPARE(stored.value("status"_L1).toString(), u"ok"_s);

        // Plain output says what happened.
        m_server.enqueueFor(u"claude-haiku"_s, overloaded);
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer);
        r = run({u"ask"_s, u"--auto"_s, u"--no-store"_s, u"Again?"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"Auto: “Cheap default”: an/claude-haiku → oa/gpt-4.1-mini"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"[an/claude-haiku] an is overloaded."_s)
                && r.err.contains(u"→ answered by oa/gpt-4.1-mini (rule “Cheap default”)"_s),
            qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"Answered by the second."_s);
    }

    void askRedactsAndRestores()
    {
        QCOMPARE(
            run({u"rules"_s, u"add"_s, u"Hide mail"_s, u"--if"_s, u"sensitive:email"_s, u"--redact"_s}).exitCode, 0);
        // The model repeats the placeholder, split across pieces.
        Script echo;
        echo.deltas = QStringList {u"I will write to [EM"_s, u"AIL_1"_s, u"] today."_s};
        m_server.enqueueFor(u"m"_s, echo);
        const Result r = run({u"ask"_s, u"--target"_s, u"oa/m"_s, u"Write to anna@example.org"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"I will write to anna@example.org today."_s);
        QVERIFY2(r.err.contains(u"[EMAIL_1]"_s), qPrintable(r.err));
        QCOMPARE(m_server.requests().size(), 1);
        const QByteArray sent = m_server.requests().at(0).body;
        QVERIFY(!sent.contains("anna@example.org"));
        QVERIFY(sent.contains("Write to [EMAIL_1]"));
    }

    // A conversation's tags reach the rules: set with --tag, kept, seen by the next ask.
    void conversationTagsRoute()
    {
        QCOMPARE(run({u"rules"_s,
                         u"add"_s,
                         u"Client work"_s,
                         u"--if"_s,
                         u"conversation-tag:client"_s,
                         u"--send"_s,
                         u"an/claude-sonnet-4-5"_s})
                     .exitCode,
            0);
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, Script {});
        Result r = run({u"ask"_s,
            u"--auto"_s,
            u"--json"_s,
            u"--tag"_s,
            u"client"_s,
            u"--target"_s,
            u"oa/mini"_s,
            u"Draft the offer."_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject first = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(first.value("target"_L1).toString(), u"an/claude-sonnet-4-5"_s);
        QCOMPARE(first.value("rule"_L1).toString(), u"Client work"_s);
        const QString conversation = QString::number(first.value("conversation_id"_L1).toInteger());
        QCOMPARE(routeJson({u"--conversation"_s, conversation, u"--target"_s, u"oa/mini"_s, u"And the next?"_s})
                     .value("rule"_L1)
                     .toString(),
            u"Client work"_s);
        QCOMPARE(
            routeJson({u"--target"_s, u"oa/mini"_s, u"And the next?"_s}).value("rule"_L1).toString(), u"default"_s);
    }

    void blockedPromptIsNotSent()
    {
        QCOMPARE(run({u"rules"_s,
                         u"add"_s,
                         u"No AWS"_s,
                         u"--if"_s,
                         u"sensitive:aws-key"_s,
                         u"--block"_s,
                         u"AWS keys never leave this machine."_s})
                     .exitCode,
            0);
        const Result r = run({u"ask"_s, u"--auto"_s, u"--target"_s, u"oa/m"_s, u"key AKIAIOSFODNN7EXAMPLE ok?"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"AWS keys never leave this machine."_s), qPrintable(r.err));
        QCOMPARE(m_server.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRules)
#include "test_cli_rules.moc"
