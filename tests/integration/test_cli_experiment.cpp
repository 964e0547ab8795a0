// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// `quorum experiment run|list|show|export`, the real binary against the fake provider: a file
// of 3 variants x 5 cases x 3 repeats gives the right pass counts and costs and exits 1 when
// a check fails; a run killed with SIGKILL halfway is resumed by running the file again
// without asking a done cell twice; a cost limit is kept; a parameter a model does not take
// and a provider's 400 fail their cells only; a broken CSV runs nothing.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "clirunner.h"
#include "expectedtext.h"
#include "fakeproviderserver.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
//! The cases: the echo models answer with the prompt, "Capital of COUNTRY: CAPITAL", one
//! output token per word. The third is 8 words long, over the max-tokens check of 6.
const QString cases = uR"([
  {"vars": {"country": "France", "capital": "Paris"}},
  {"vars": {"country": "Japan", "capital": "Tokyo"}},
  {"vars": {"country": "Democratic Republic of the Congo", "capital": "Kinshasa"}},
  {"vars": {"country": "Peru", "capital": "Lima"}},
  {"vars": {"country": "Kenya", "capital": "Nairobi"}}])"_s;

//! Words in a case's prompt: the output tokens the echo models report for it.
const QList<int> promptWords {4, 4, 8, 4, 4};

QString experimentFile(const QString &name, const QString &plain, const QString &persona, int repeat)
{
    return uR"({"quorum_experiment": 1, "name": "%1",
 "prompt": "Capital of {{country}}: {{capital}}",
 "variants": [
   {"name": "plain", "target": "fxo/%2"},
   {"name": "persona", "target": "fxo/%3", "parameters": {"system": "You are a geographer.", "max_tokens": 64}},
   {"name": "fixed", "target": "fxo/fixed"}],
 "cases": %4,
 "checks": [{"type": "contains", "value": "{{capital}}"}, {"type": "max-tokens", "value": 6}],
 "repeat": %5})"_s.arg(name, plain, persona, cases)
        .arg(repeat);
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            lines.append(QJsonDocument::fromJson(line).object());
        }
    }
    return lines;
}

//! What an answer of \a outputTokens costs at $1 input and $2 output per million tokens
//! (the fake server reports 12 input tokens), in nano-dollars.
qint64 nanos(int outputTokens)
{
    return (12 * 1 + qint64(outputTokens) * 2) * 1'000;
}
} // namespace

class TestCliExperiment : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QTemporaryDir m_dir;

    Testing::CliRunner cli() const
    {
        Testing::CliRunner runner(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.filePath(u"data"_s));
        runner.environment.insert(u"FAKE_KEY"_s, u"test-key"_s);
        return runner;
    }

    Testing::CliResult run(const QStringList &arguments, int timeoutMs = 60000) const
    {
        return cli().run(arguments, {}, timeoutMs);
    }

    QString write(const QString &name, const QString &text) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
            return {};
        }
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_dir.isValid());
        const Testing::CliResult added = run({u"providers"_s,
            u"add"_s,
            u"fxo"_s,
            u"--kind"_s,
            u"openai"_s,
            u"--base-url"_s,
            u"http://127.0.0.1:%1/v1"_s.arg(m_server.port()),
            u"--api-key-env"_s,
            u"FAKE_KEY"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        for (const QString &model : {u"echo-a"_s,
                 u"echo-b"_s,
                 u"fixed"_s,
                 u"echo-slow+delay=40"_s,
                 u"o3"_s,
                 u"fake+status=400"_s,
                 u"judge"_s}) {
            const Testing::CliResult priced
                = run({u"prices"_s, u"set"_s, u"fxo/"_s + model, u"--input"_s, u"1"_s, u"--output"_s, u"2"_s});
            QVERIFY2(priced.exitCode == 0, qPrintable(priced.err));
        }
    }

    void init() { m_server.clearRequests(); }

    void passCountsAndCostsOfThreeVariantsFiveCasesThreeRepeats()
    {
        const QString path = write(u"capitals.json"_s, experimentFile(u"Capitals"_s, u"echo-a"_s, u"echo-b"_s, 3));
        const Testing::CliResult r = run({u"experiment"_s, u"run"_s, path, u"--json"_s});
        QCOMPARE(r.exitCode, 1); // the "fixed" column fails its checks
        QVERIFY2(r.err.contains(u"Run 1 of Capitals: 45 cells (3 variants × 5 cases × 3 repeats), at most $"_s),
            qPrintable(r.err));
        const QList<QJsonObject> lines = jsonLines(r.outBytes);
        QCOMPARE(lines.size(), 46);
        QCOMPARE(m_server.chatRequests().size(), 45);

        // Each cell: its verdict and its cost, as the fake server's usage and the prices say.
        QHash<QString, int> passed;
        qint64 total = 0;
        QSet<QString> seen;
        for (const QJsonObject &cell : lines.mid(0, 45)) {
            QCOMPARE(cell.value(u"type"_s).toString(), u"cell"_s);
            QCOMPARE(cell.value(u"status"_s).toString(), u"done"_s);
            const int row = cell.value(u"case"_s).toInt();
            const QString variant = cell.value(u"variant"_s).toString();
            seen.insert(u"%1/%2/%3"_s.arg(row).arg(variant).arg(cell.value(u"repeat"_s).toInt()));
            const bool fixed = variant == "fixed"_L1;
            const int tokens = fixed ? 4 : promptWords.at(row - 1); // "Hello from the fake server."
            QCOMPARE(cell.value(u"output_tokens"_s).toInt(), tokens);
            const bool expected = !fixed && tokens <= 6;
            QCOMPARE(cell.value(u"passed"_s).toBool(), expected);
            QCOMPARE(cell.value(u"checks"_s).toArray().size(), 2);
            QCOMPARE(qRound64(cell.value(u"cost_usd"_s).toDouble() * 1e9), nanos(tokens));
            QVERIFY(cell.value(u"conversation_id"_s).toInteger() > 0);
            passed[variant] += cell.value(u"passed"_s).toBool() ? 1 : 0;
            total += nanos(tokens);
        }
        QCOMPARE(seen.size(), 45); // every cell once
        QCOMPARE(passed.value(u"plain"_s), 12);
        QCOMPARE(passed.value(u"persona"_s), 12);
        QCOMPARE(passed.value(u"fixed"_s), 0);

        const QJsonObject summary = lines.last();
        QCOMPARE(summary.value(u"type"_s).toString(), u"summary"_s);
        QCOMPARE(summary.value(u"passed"_s).toInt(), 24);
        QCOMPARE(summary.value(u"failed"_s).toInt(), 21);
        QCOMPARE(summary.value(u"succeeded"_s).toBool(), false);
        QCOMPARE(qRound64(summary.value(u"cost_usd"_s).toDouble() * 1e9), total);
        QVERIFY(summary.value(u"worst_case_usd"_s).toDouble() >= summary.value(u"cost_usd"_s).toDouble());
        const QJsonArray variants = summary.value(u"variants"_s).toArray();
        QCOMPARE(variants.size(), 3);
        QCOMPARE(variants.at(0)[u"pass_rate"_s].toDouble(), 0.8);
        QCOMPARE(variants.at(2)[u"pass_rate"_s].toDouble(), 0.0);
        QCOMPARE(variants.at(0)[u"repeat_similarity"_s].toDouble(), 1.0); // an echo says the same each time
        QCOMPARE(variants.at(0)[u"flaky_cases"_s].toInt(), 0);
        QVERIFY(variants.at(0)[u"p95_ms"_s].toInteger() >= variants.at(0)[u"p50_ms"_s].toInteger());

        // The persona's parameters went on the wire; the plain column has none.
        const auto persona = m_server.requestsFor(u"echo-b"_s);
        QCOMPARE(persona.size(), 15);
        const QJsonArray messages = persona.first().json.value(u"messages"_s).toArray();
        QCOMPARE(messages.first()[u"role"_s].toString(), u"system"_s);
        QCOMPARE(messages.first()[u"content"_s].toString(), u"You are a geographer."_s);
        QVERIFY(persona.first().json.contains(u"max_tokens"_s)
            || persona.first().json.contains(u"max_completion_tokens"_s));
        QCOMPARE(m_server.requestsFor(u"echo-a"_s).first().json.value(u"messages"_s).toArray().size(), 1);

        // The answers are stored like any, but not listed with the conversations.
        const Testing::CliResult history = run({u"history"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(history.outBytes).array().size(), 0);
        const Testing::CliResult search = run({u"search"_s, u"Kinshasa"_s});
        QVERIFY2(search.out.contains(u"Kinshasa"_s), qPrintable(search.out + search.err));

        // list, show, export.
        const Testing::CliResult list = run({u"experiment"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject listed
            = QJsonDocument::fromJson(list.outBytes)[u"experiments"_s].toArray().first().toObject();
        QCOMPARE(listed.value(u"name"_s).toString(), u"Capitals"_s);
        QCOMPARE(listed.value(u"latest"_s).toObject().value(u"passed"_s).toInt(), 24);
        const Testing::CliResult shown = run({u"experiment"_s, u"show"_s, u"Capitals"_s});
        QVERIFY2(shown.out.contains(u"case 3 · plain · #1  FAIL"_s), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(u"failed: 8 output tokens (at most 6)"_s), qPrintable(shown.out));
        const Testing::CliResult csv = run({u"experiment"_s, u"export"_s, u"Capitals"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.count(u"\r\n"_s), 46);
        QVERIFY(csv.out.startsWith(u"case,capital,country,variant,target,repeat,status,passed"_s));
        const QString html = m_dir.filePath(u"report.html"_s);
        QCOMPARE(
            run({u"experiment"_s, u"export"_s, u"Capitals"_s, u"--format"_s, u"html"_s, u"-o"_s, html}).exitCode, 0);
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(report.readAll());
        QVERIFY(page.contains(u"<th>persona</th>"_s) && page.contains(u"12/15 (80%)"_s));
        QVERIFY(!page.contains(u"<script"_s) && !page.contains(u"http://"_s) && !page.contains(u"https://"_s));
        const Testing::CliResult json = run({u"experiment"_s, u"export"_s, u"Capitals"_s, u"--format"_s, u"json"_s});
        const QJsonObject exported = QJsonDocument::fromJson(json.outBytes).object();
        QCOMPARE(exported.value(u"quorum_experiment_run"_s).toInt(), 1);
        QCOMPARE(exported.value(u"cells"_s).toArray().size(), 45);
        QCOMPARE(exported.value(u"experiment"_s).toObject().value(u"name"_s).toString(), u"Capitals"_s);
    }

    void exitsZeroWhenEveryCheckPasses()
    {
        const QString path = write(u"green.json"_s,
            uR"({"quorum_experiment": 1, "name": "Green", "prompt": "Capital of {{country}}: {{capital}}",
                 "variants": [{"target": "fxo/echo-a"}], "cases": %1,
                 "checks": [{"type": "contains", "value": "{{capital}}"}]})"_s.arg(cases));
        const Testing::CliResult r = run({u"experiment"_s, u"run"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"5 passed, 0 failed"_s), qPrintable(r.out));
        // A run that is done is not resumed: running the file again asks everything again,
        // and says what changed since (nothing).
        const Testing::CliResult again = run({u"experiment"_s, u"run"_s, path});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(u"Run "_s) && !again.err.contains(u"Going on"_s), qPrintable(again.err));
        QCOMPARE(m_server.chatRequests().size(), 10);
    }

    void resumesAfterSigkillWithoutAskingDoneCellsAgain()
    {
        const QString path
            = write(u"slow.json"_s, experimentFile(u"Slow"_s, u"echo-slow+delay=40"_s, u"echo-slow+delay=40"_s, 3));
        Testing::CliRunner runner = cli();
        QProcess process;
        process.setProcessEnvironment(runner.environment);
        process.start(Quorum::Testing::buildPath(QUORUM_BINARY),
            {u"experiment"_s, u"run"_s, path, u"--json"_s, u"--concurrency"_s, u"2"_s});
        int printed = 0;
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += process.readAllStandardOutput(), printed = static_cast<int>(out.count('\n')), printed >= 12),
            30000);
        process.kill(); // SIGKILL: nothing is cleaned up
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QVERIFY2(printed < 45, "the run ended before it could be killed");

        // What the killed run had stored as done is what the resumed one does not ask again.
        const Testing::CliResult before = run({u"experiment"_s, u"show"_s, u"Slow"_s, u"--json"_s});
        QCOMPARE(before.exitCode, 0);
        int doneAtKill = 0;
        int answeredAtKill = 0; // killed after the answer was stored, before its cell was: checked, not asked
        {
            auto db = Database::open(m_dir.filePath(u"data/quorum.db"_s), Database::Mode::ReadOnly);
            QVERIFY2(db, qPrintable(Testing::errorText(db)));
            const ConversationStore store(**db);
            for (const QJsonValue &cell : QJsonDocument::fromJson(before.outBytes)[u"cells"_s].toArray()) {
                if (cell[u"status"_s].toString() == "done"_L1) {
                    ++doneAtKill;
                } else if (const qint64 id = cell[u"response_id"_s].toInteger(); id > 0) {
                    const auto stored = store.response(id);
                    answeredAtKill += stored && *stored && (*stored)->status == ResponseStatus::Done ? 1 : 0;
                }
            }
        }
        QVERIFY(doneAtKill >= printed && doneAtKill < 45);
        QTest::qWait(300); // the fake server finishes writing to the dead connections
        m_server.clearRequests();

        const Testing::CliResult resumed = run({u"experiment"_s, u"run"_s, path, u"--json"_s});
        QCOMPARE(resumed.exitCode, 1);
        QVERIFY2(resumed.err.contains(u"Going on with run "_s), qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(u"%1 of 45 cells are done"_s.arg(doneAtKill)), qPrintable(resumed.err));
        // A cell whose answer was stored just before the kill, but not yet marked done, is
        // checked from its stored answer, not asked again (ExperimentRunner::startCell): one
        // request fewer than "cells to ask" (seen in CI under ASan, where that window is
        // wider). Anything else is said in full (a QVERIFY2 message is cut at 1,000 characters).
        if (m_server.chatRequests().size() != 45 - doneAtKill - answeredAtKill) {
            qWarning("resumed run's stderr: %s", qPrintable(resumed.err));
            for (const QByteArray &line : resumed.outBytes.split('\n')) {
                qWarning("resumed run's line: %s", line.constData());
            }
            for (const Fake::RecordedRequest &request : m_server.chatRequests()) {
                qWarning("request: %s %s", qPrintable(request.model), request.body.constData());
            }
        }
        QVERIFY2(m_server.chatRequests().size() == 45 - doneAtKill - answeredAtKill,
            qPrintable(u"%1 requests for %2 cells to ask; %3 printed before the kill\n%4\n%5"_s
                    .arg(m_server.chatRequests().size())
                    .arg(45 - doneAtKill)
                    .arg(printed)
                    .arg(resumed.err, QString::fromUtf8(resumed.outBytes))));
        const QJsonObject summary = jsonLines(resumed.outBytes).last();
        QCOMPARE(summary.value(u"passed"_s).toInt(), 24);
        QCOMPARE(summary.value(u"failed"_s).toInt(), 21);
        QCOMPARE(summary.value(u"pending"_s).toInt(), 0);
        QCOMPARE(jsonLines(resumed.outBytes).size(), 45 - doneAtKill + 1);
    }

    void aCostLimitIsKept()
    {
        // At most 16 output tokens: each cell may cost ~40 micro-dollars, and costs 20-28.
        const QString path = write(u"limited.json"_s,
            uR"({"quorum_experiment": 1, "name": "Limited", "prompt": "Capital of {{country}}: {{capital}}",
                 "variants": [{"target": "fxo/echo-a", "parameters": {"max_tokens": 16}}], "cases": %1,
                 "repeat": 3, "checks": [{"type": "contains", "value": "{{capital}}"}]})"_s.arg(cases));
        const Testing::CliResult r = run({u"experiment"_s, u"run"_s, path, u"--json"_s, u"--max-cost"_s, u"0.0002"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject summary = jsonLines(r.outBytes).last();
        QVERIFY2(summary.value(u"cost_usd"_s).toDouble() <= 0.0002, r.outBytes.constData());
        const int skipped = summary.value(u"skipped"_s).toInt();
        QVERIFY(skipped > 0);
        QCOMPARE(summary.value(u"passed"_s).toInt() + skipped, 15);
        QCOMPARE(m_server.chatRequests().size(), 15 - skipped);
        QVERIFY(r.outBytes.contains("the run's limit of $0.0002"));
    }

    void aParameterNotTakenAndA400FailOnlyTheirCells()
    {
        const QString path
            = write(u"faults.json"_s, uR"({"quorum_experiment": 1, "name": "Faults", "prompt": "Hi {{who}}",
                 "variants": [{"name": "good", "target": "fxo/echo-a"},
                              {"name": "warm-o3", "target": "fxo/o3", "parameters": {"temperature": 0.2}},
                              {"name": "rejected", "target": "fxo/fake+status=400"}],
                 "cases": [{"vars": {"who": "there"}}]})"_s);
        const Testing::CliResult r = run({u"experiment"_s, u"run"_s, path, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"warm-o3 cannot be sent:"_s), qPrintable(r.err));
        const QList<QJsonObject> lines = jsonLines(r.outBytes);
        QVERIFY2(lines.size() == 4, r.outBytes.constData());
        QHash<QString, QJsonObject> byVariant;
        for (const QJsonObject &cell : lines.mid(0, 3)) {
            byVariant.insert(cell.value(u"variant"_s).toString(), cell);
        }
        QCOMPARE(byVariant.value(u"good"_s).value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(byVariant.value(u"warm-o3"_s).value(u"status"_s).toString(), u"refused"_s);
        QVERIFY2(byVariant.value(u"warm-o3"_s).value(u"message"_s).toString().contains(u"temperature"_s),
            qPrintable(byVariant.value(u"warm-o3"_s).value(u"message"_s).toString()));
        QCOMPARE(byVariant.value(u"rejected"_s).value(u"status"_s).toString(), u"error"_s);
        QVERIFY(!byVariant.value(u"rejected"_s).value(u"message"_s).toString().isEmpty());
        // A request refused with an HTTP error is not billed: $0, not an estimate of the prompt.
        QCOMPARE(byVariant.value(u"rejected"_s).value(u"cost_usd"_s).toDouble(-1), 0.0);
        QCOMPARE(byVariant.value(u"good"_s).value(u"cost_usd"_s).toDouble(), 0.000012 + 0.000002 * 2);
        QCOMPARE(m_server.requestsFor(u"o3"_s).size(), 0); // said before sending, not found in a 400
        QCOMPARE(m_server.requestsFor(u"echo-a"_s).size(), 1);
        const QJsonObject summary = lines.last();
        QCOMPARE(summary.value(u"refused"_s).toInt(), 1);
        QCOMPARE(summary.value(u"errors"_s).toInt(), 1);
    }

    void aJudgeGradesAgainstARubricAndItsCostIsShown()
    {
        // One account answers one cell at a time (--concurrency 1): the judges' replies are
        // taken in the order of the cases.
        const auto judged = [](int score) {
            Fake::Script script;
            script.deltas = {uR"({"synthesis": "", "claims": [], "scores": [{"answer": "A", "criterion": "polite", )"_s,
                uR"("score": %1, "reason": "tone"}], "ranking": []})"_s.arg(score)};
            return script;
        };
        m_server.enqueueFor(u"judge"_s, judged(8));
        m_server.enqueueFor(u"judge"_s, judged(4));
        const QString path
            = write(u"judged.json"_s, uR"({"quorum_experiment": 1, "name": "Judged", "prompt": "Greet {{who}}",
                 "variants": [{"target": "fxo/echo-a"}], "judge": "fxo/judge",
                 "cases": [{"vars": {"who": "Ada"}}, {"vars": {"who": "Bob"}}],
                 "checks": [{"type": "judge", "value": "Is it polite to {{who}}?", "threshold": 0.7}]})"_s);
        const Testing::CliResult r = run({u"experiment"_s, u"run"_s, path, u"--json"_s, u"--concurrency"_s, u"1"_s});
        QCOMPARE(r.exitCode, 1);
        const QList<QJsonObject> lines = jsonLines(r.outBytes);
        QVERIFY2(lines.size() == 3, r.outBytes.constData());
        QCOMPARE(lines.at(0).value(u"passed"_s).toBool(), true);
        QCOMPARE(lines.at(1).value(u"passed"_s).toBool(), false);
        const QJsonObject check = lines.at(1).value(u"checks"_s).toArray().first().toObject();
        QCOMPARE(check.value(u"type"_s).toString(), u"judge"_s);
        QVERIFY2(check.value(u"detail"_s).toString().startsWith(u"scored 4.0/10 (7.0 needed)"_s),
            qPrintable(check.value(u"detail"_s).toString()));
        // The judge read the rubric (its variables filled) and the answer; what it cost is shown.
        const auto asked = m_server.requestsFor(u"judge"_s);
        QCOMPARE(asked.size(), 2);
        const QByteArray body = asked.at(1).body;
        QVERIFY(body.contains("Is it polite to Bob?") && body.contains("Greet Bob"));
        const double judgeCost = lines.at(0).value(u"judge_cost_usd"_s).toDouble();
        QVERIFY(judgeCost > 0);
        const QJsonObject summary = lines.last();
        QCOMPARE(qRound64(summary.value(u"judge_cost_usd"_s).toDouble() * 1e9),
            qRound64((judgeCost + lines.at(1).value(u"judge_cost_usd"_s).toDouble()) * 1e9));
        QCOMPARE(qRound64(summary.value(u"cost_usd"_s).toDouble() * 1e9),
            qRound64((lines.at(0).value(u"cost_usd"_s).toDouble() + lines.at(1).value(u"cost_usd"_s).toDouble()
                         + summary.value(u"judge_cost_usd"_s).toDouble())
                * 1e9));
    }

    // Two chosen runs compared: show --run A --against B says each variant's figures in both
    // and the cells that changed, as JSON and for people; a run that is not there is said.
    void twoChosenRunsAreCompared()
    {
        const QString path = write(u"twice.json"_s,
            uR"({"quorum_experiment": 1, "name": "Twice", "prompt": "Capital of {{country}}: {{capital}}",
                 "variants": [{"name": "a", "target": "fxo/echo-a"}], "cases": %1,
                 "checks": [{"type": "contains", "value": "{{capital}}"}]})"_s.arg(cases));
        QCOMPARE(run({u"experiment"_s, u"run"_s, path}).exitCode, 0);
        QCOMPARE(run({u"experiment"_s, u"run"_s, path}).exitCode, 0);
        const QJsonObject listed
            = QJsonDocument::fromJson(run({u"experiment"_s, u"list"_s, u"--json"_s}).outBytes).object();
        qint64 latest = 0;
        for (const QJsonValue &e : listed.value(u"experiments"_s).toArray()) {
            if (e.toObject().value(u"name"_s).toString() == u"Twice"_s) {
                latest = e.toObject().value(u"latest"_s).toObject().value(u"run"_s).toInteger();
            }
        }
        QVERIFY(latest > 1);
        // Compared with its newer run, the older one: the same pass rate, the figures of both.
        Testing::CliResult r = run({u"experiment"_s,
            u"show"_s,
            u"Twice"_s,
            u"--run"_s,
            QString::number(latest - 1),
            u"--against"_s,
            QString::number(latest),
            u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject summary = QJsonDocument::fromJson(r.outBytes).object().value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"run"_s).toInteger(), latest - 1);
        QCOMPARE(summary.value(u"changes_since_run"_s).toInteger(), latest);
        const QJsonObject before
            = summary.value(u"variants"_s).toArray().at(0).toObject().value(u"before"_s).toObject();
        QCOMPARE(before.value(u"pass_rate"_s).toDouble(), 1.0);
        QCOMPARE(before.value(u"passed"_s).toInt(), 5);
        r = run({u"experiment"_s, u"show"_s, u"Twice"_s, u"--against"_s, QString::number(latest - 1)});
        QVERIFY2(r.out.contains(u"Since run %1:\n  a: passed 100% → 100%, p50 "_s.arg(latest - 1)), qPrintable(r.out));
        r = run({u"experiment"_s, u"show"_s, u"Twice"_s, u"--against"_s, u"9999"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no other run 9999"_s), qPrintable(r.err));
        QCOMPARE(run({u"experiment"_s, u"show"_s, u"Twice"_s, u"--against"_s, QString::number(latest)}).exitCode, 1);
        // The HTML report says the same comparison.
        r = run({u"experiment"_s,
            u"export"_s,
            u"Twice"_s,
            u"--format"_s,
            u"html"_s,
            u"--against"_s,
            QString::number(latest - 1)});
        QVERIFY2(r.out.contains(u"<h2>Since run %1</h2>"_s.arg(latest - 1)), qPrintable(r.out.left(400)));
    }

    void aBrokenCsvRunsNothing()
    {
        write(u"rows.csv"_s, u"country,capital\nFrance,Paris\n\"Peru,Lima\nChile,Santiago\n"_s);
        const QString path
            = write(u"csv.json"_s, uR"({"quorum_experiment": 1, "name": "Csv", "prompt": "Capital of {{country}}",
                 "variants": [{"target": "fxo/echo-a"}], "cases_csv": "rows.csv"})"_s);
        const Testing::CliResult r = run({u"experiment"_s, u"run"_s, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"line 3"_s), qPrintable(r.err));
        QCOMPARE(m_server.chatRequests().size(), 0);
        const Testing::CliResult usage = run({u"experiment"_s, u"run"_s, path, u"--max-cost"_s, u"lots"_s});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliExperiment)
#include "test_cli_experiment.moc"
