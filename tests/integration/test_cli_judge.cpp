// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// `quorum ask --judge` and `quorum judge`, the real binary against the fake provider: the
// synthesis printed after the answers, the {"synthesis": ...} JSON contract (mode, target,
// text, claims with the answers' targets, scores, ranks, usage, cost_usd), a stored turn
// judged again in another mode, peer ranking, and the usage errors.
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

namespace
{
Fake::Script says(const QString &text)
{
    Fake::Script s;
    s.deltas.clear();
    for (qsizetype i = 0; i < text.size(); i += 11) {
        s.deltas.append(text.mid(i, 11));
    }
    return s;
}

const QString map
    = uR"json({"synthesis": "Boil for 9 minutes [A]; some say 7 [B].", "claims": [{"claim": "Boil the egg for 9 minutes", "answers": [{"answer": "A", "stance": "states", "quote": "9 minutes"}, {"answer": "B", "stance": "contradicts", "quote": "7 minutes"}]}, {"claim": "Cool it in cold water", "answers": [{"answer": "A", "stance": "states", "quote": "cold water"}, {"answer": "B", "stance": "states", "quote": "ice bath"}]}], "scores": [], "ranking": []})json"_s;
} // namespace

class TestCliJudge : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QTemporaryDir m_dir;

    Testing::CliResult run(const QStringList &arguments) const
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.path());
        cli.environment.insert(u"FAKE_KEY"_s, u"test-key"_s);
        return cli.run(arguments);
    }

    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty()) {
                lines.append(QJsonDocument::fromJson(line).object());
            }
        }
        return lines;
    }

    void answersAndJudge(const QString &judge)
    {
        m_server.enqueueFor(u"m1"_s, says(u"Boil it for 9 minutes, then cold water."_s));
        m_server.enqueueFor(u"m2"_s, says(u"7 minutes, then an ice bath."_s));
        m_server.enqueueFor(u"judge"_s, says(judge));
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
    }

    void askWithAJudgePrintsTheSynthesisAfterTheAnswers()
    {
        answersAndJudge(map);
        const Testing::CliResult r = run({u"ask"_s,
            u"--target"_s,
            u"fxo/m1"_s,
            u"--target"_s,
            u"fxo/m2"_s,
            u"--judge"_s,
            u"fxo/judge"_s,
            u"How long do I boil an egg?"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const qsizetype answers = r.out.indexOf(u"[fxo/m2] 7 minutes"_s);
        const qsizetype synthesis = r.out.indexOf(u"Boil for 9 minutes [A]; some say 7 [B]."_s);
        QVERIFY2(answers >= 0 && synthesis > answers, qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1. ≠ Boil the egg for 9 minutes (stated by A fxo/m1; contradicted by B fxo/m2)"_s),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(u"2. = Cool it in cold water (stated by A fxo/m1, B fxo/m2)"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"Judge fxo/judge (fuse):"_s), qPrintable(r.err));
    }

    void askJsonAddsASynthesisObject()
    {
        answersAndJudge(map);
        const Testing::CliResult r = run({u"ask"_s,
            u"--json"_s,
            u"--target"_s,
            u"fxo/m1"_s,
            u"--target"_s,
            u"fxo/m2"_s,
            u"--judge"_s,
            u"fxo/judge"_s,
            u"--mode"_s,
            u"fuse"_s,
            u"How long do I boil an egg?"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QList<QJsonObject> lines = jsonLines(r.outBytes);
        QVERIFY2(lines.size() == 3, r.outBytes.constData()); // two answers, then the synthesis
        QVERIFY(lines.at(0).contains(u"target"_s));
        const QJsonObject s = lines.at(2).value(u"synthesis"_s).toObject();
        QCOMPARE(s.value(u"mode"_s).toString(), u"fuse"_s);
        QCOMPARE(s.value(u"target"_s).toString(), u"fxo/judge"_s);
        QCOMPARE(s.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(s.value(u"text"_s).toString(), u"Boil for 9 minutes [A]; some say 7 [B]."_s);
        QVERIFY(s.value(u"problem"_s).isNull());
        const QJsonArray claims = s.value(u"claims"_s).toArray();
        QCOMPARE(claims.size(), 2);
        QCOMPARE(claims.at(0)[u"kind"_s].toString(), u"contradiction"_s);
        const QJsonObject stance = claims.at(0)[u"answers"_s].toArray().at(1).toObject();
        QCOMPARE(stance.value(u"target"_s).toString(), u"fxo/m2"_s);
        QCOMPARE(stance.value(u"stance"_s).toString(), u"contradicts"_s);
        QCOMPARE(stance.value(u"quote"_s).toString(), u"7 minutes"_s);
        QCOMPARE(stance.value(u"response_id"_s).toInteger(), lines.at(1).value(u"response_id"_s).toInteger());
        QVERIFY(
            s.contains(u"scores"_s) && s.contains(u"ranks"_s) && s.contains(u"usage"_s) && s.contains(u"cost_usd"_s));
        QCOMPARE(s.value(u"usage"_s).toObject().value(u"output"_s).toInt() > 0, true);
        QCOMPARE(s.value(u"conversation_id"_s).toInteger(), lines.at(0).value(u"conversation_id"_s).toInteger());
        QCOMPARE(s.value(u"answers"_s).toArray().at(0)[u"target"_s].toString(), u"fxo/m1"_s);
    }

    void judgeAStoredTurnInAnotherMode()
    {
        const Testing::CliResult history = run({u"history"_s, u"--json"_s});
        const QString conversation
            = QString::number(QJsonDocument::fromJson(history.outBytes).array().first()[u"id"_s].toInteger());
        m_server.enqueueFor(u"judge"_s,
            says(
                uR"json({"synthesis": "A is right.", "claims": [], "scores": [{"answer": "A", "criterion": "safety", "score": 8, "reason": "cooled"}, {"answer": "B", "criterion": "safety", "score": 5, "reason": "short"}], "ranking": []})json"_s));
        const Testing::CliResult r = run({u"judge"_s,
            conversation,
            u"--judge"_s,
            u"fxo/judge"_s,
            u"--mode"_s,
            u"table"_s,
            u"--criterion"_s,
            u"safety"_s,
            u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = jsonLines(r.outBytes).constFirst().value(u"synthesis"_s).toObject();
        QCOMPARE(s.value(u"mode"_s).toString(), u"table"_s);
        const QJsonArray scores = s.value(u"scores"_s).toArray();
        QCOMPARE(scores.size(), 2);
        QCOMPARE(scores.at(1)[u"target"_s].toString(), u"fxo/m2"_s);
        QCOMPARE(scores.at(1)[u"score"_s].toDouble(), 5.0);
        QCOMPARE(scores.at(1)[u"criterion"_s].toString(), u"safety"_s);

        // Plain output: the table.
        m_server.enqueueFor(u"judge"_s,
            says(
                uR"json({"synthesis": "A.", "claims": [], "scores": [{"answer": "B", "criterion": "safety", "score": 5, "reason": "short"}], "ranking": []})json"_s));
        const Testing::CliResult plain
            = run({u"judge"_s, conversation, u"--judge"_s, u"fxo/judge"_s, u"--mode"_s, u"table"_s});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QVERIFY2(plain.out.contains(u"B fxo/m2 · safety: 5 — short"_s), qPrintable(plain.out + plain.err));
    }

    void peerRankingNeedsThreeAnswers()
    {
        const Testing::CliResult history = run({u"history"_s, u"--json"_s});
        const QString conversation
            = QString::number(QJsonDocument::fromJson(history.outBytes).array().first()[u"id"_s].toInteger());
        const Testing::CliResult r = run({u"judge"_s, conversation, u"--mode"_s, u"rank"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"A peer ranking needs at least three finished answers; this turn has 2."_s),
            qPrintable(r.err));
    }

    void peersRankFromTheCommandLine()
    {
        m_server.enqueueFor(u"m1"_s, says(u"One."_s));
        m_server.enqueueFor(u"m2"_s, says(u"Two."_s));
        m_server.enqueueFor(u"m3"_s, says(u"Three."_s));
        // Each ranks the other two (A, B of its own): m2 comes out first.
        m_server.enqueueFor(
            u"m1"_s, says(uR"json({"synthesis": "", "claims": [], "scores": [], "ranking": ["A", "B"]})json"_s));
        m_server.enqueueFor(
            u"m2"_s, says(uR"json({"synthesis": "", "claims": [], "scores": [], "ranking": ["B", "A"]})json"_s));
        m_server.enqueueFor(
            u"m3"_s, says(uR"json({"synthesis": "", "claims": [], "scores": [], "ranking": ["B", "A"]})json"_s));
        const Testing::CliResult r = run({u"ask"_s,
            u"--json"_s,
            u"--target"_s,
            u"fxo/m1"_s,
            u"--target"_s,
            u"fxo/m2"_s,
            u"--target"_s,
            u"fxo/m3"_s,
            u"--mode"_s,
            u"rank"_s,
            u"Count to three"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = jsonLines(r.outBytes).constLast().value(u"synthesis"_s).toObject();
        QCOMPARE(s.value(u"mode"_s).toString(), u"rank"_s);
        QVERIFY(s.value(u"target"_s).isNull());
        QCOMPARE(s.value(u"judges"_s).toArray().size(), 3);
        const QJsonArray ranks = s.value(u"ranks"_s).toArray();
        QCOMPARE(ranks.size(), 3);
        QCOMPARE(ranks.at(0)[u"target"_s].toString(), u"fxo/m2"_s);
        QCOMPARE(ranks.at(0)[u"rank"_s].toInt(), 1);
        QCOMPARE(ranks.at(0)[u"points"_s].toDouble(), 1.0);
    }

    // Exports carry the synthesis: HTML marks the quotes in the answers and lists the map,
    // Markdown writes the synthesis and its claims.
    void exportsIncludeTheSynthesis()
    {
        const Testing::CliResult history = run({u"history"_s, u"--json"_s});
        const QJsonArray conversations = QJsonDocument::fromJson(history.outBytes).array();
        const QString first = QString::number(conversations.last()[u"id"_s].toInteger()); // the fused one
        const Testing::CliResult html = run({u"export"_s, first, u"--format"_s, u"html"_s});
        QVERIFY2(html.exitCode == 0, qPrintable(html.err));
        QVERIFY2(html.out.contains(u"<mark class=\"contradict\">9 minutes</mark>"_s), qPrintable(html.out.right(3000)));
        QVERIFY(html.out.contains(u"<mark class=\"agree\">cold water</mark>"_s));
        QVERIFY(html.out.contains(u"<mark class=\"contradict\">7 minutes</mark>"_s));
        QVERIFY(html.out.contains(u"<section class=\"synthesis\">"_s));
        QVERIFY(html.out.contains(u"<span class=\"swatch contradict\"></span>Boil the egg for 9 minutes"_s));
        const Testing::CliResult md = run({u"export"_s, first, u"--format"_s, u"md"_s});
        QVERIFY2(md.out.contains(u"### Synthesis (fuse) by judge · fxo"_s), qPrintable(md.out));
        QVERIFY(md.out.contains(u"- ≠ Boil the egg for 9 minutes (stated by m1; contradicted by m2)"_s));
        // show --json: the judge's answer with what was read from it.
        const Testing::CliResult show = run({u"show"_s, u"--json"_s, first});
        const QJsonObject turn = QJsonDocument::fromJson(show.outBytes).object()[u"turns"_s].toArray().at(0).toObject();
        QCOMPARE(turn[u"syntheses"_s].toArray().size(), 1);
        QCOMPARE(turn[u"syntheses"_s].toArray().at(0)[u"judgement"_s][u"claims"_s].toArray().size(), 2);
    }

    void usageErrors()
    {
        QCOMPARE(run({u"judge"_s, u"1"_s}).exitCode, 2); // fuse needs --judge
        QCOMPARE(run({u"judge"_s, u"x"_s, u"--judge"_s, u"fxo/j"_s}).exitCode, 2);
        QCOMPARE(run({u"judge"_s, u"1"_s, u"--judge"_s, u"nojudge"_s}).exitCode, 2);
        QCOMPARE(run({u"ask"_s, u"--target"_s, u"fxo/m1"_s, u"--mode"_s, u"fuse"_s, u"x"_s}).exitCode, 2);
        const Testing::CliResult missing = run({u"judge"_s, u"999"_s, u"--judge"_s, u"fxo/j"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(u"no conversation 999"_s));
        QVERIFY(
            run({u"--help"_s}).out.contains(u"judge        let a judge model fuse, score or rank a turn's answers"_s));
    }

    //! Two answers and a checklist of three points: the conversation's ID.
    QString askForAChecklist()
    {
        const QString checklist = uR"json({"synthesis": "- Boil 7 to 9 minutes\n- Cool it\n- Peel it", "claims": [
            {"claim": "Boil the egg for 9 minutes", "answers": [{"answer": "A", "stance": "states", "quote": "9 minutes"}, {"answer": "B", "stance": "contradicts", "quote": "7 minutes"}]},
            {"claim": "Cool it in cold water", "answers": [{"answer": "A", "stance": "states", "quote": "cold water"}, {"answer": "B", "stance": "states", "quote": "ice bath"}]},
            {"claim": "Peel it under running water", "answers": [{"answer": "A", "stance": "states", "quote": "then"}]}
            ], "scores": [], "ranking": []})json"_s;
        answersAndJudge(checklist);
        const Testing::CliResult r = run({u"ask"_s,
            u"--target"_s,
            u"fxo/m1"_s,
            u"--target"_s,
            u"fxo/m2"_s,
            u"--judge"_s,
            u"fxo/judge"_s,
            u"--mode"_s,
            u"checklist"_s,
            u"--json"_s,
            u"How do I boil an egg?"_s});
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        return QString::number(jsonLines(r.outBytes).constFirst().value(u"conversation_id"_s).toInteger());
    }

    // Beam's guided merge from the command line: the checklist's points are numbered, and
    // --points fuses the chosen ones only, by the judge's next request.
    void checklistPointsAreFusedByNumber()
    {
        const QString conversation = askForAChecklist();
        QVERIFY(!conversation.isEmpty());
        m_server.clearRequests();
        m_server.enqueueFor(u"judge"_s,
            says(
                uR"json({"synthesis": "Boil 9 minutes [A]; peel under water [A].", "claims": [], "scores": [], "ranking": []})json"_s));
        const Testing::CliResult r
            = run({u"judge"_s, conversation, u"--judge"_s, u"fxo/judge"_s, u"--points"_s, u"1,3"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = jsonLines(r.outBytes).constFirst().value(u"synthesis"_s).toObject();
        QCOMPARE(s.value(u"mode"_s).toString(), u"fuse"_s);
        QCOMPARE(s.value(u"text"_s).toString(), u"Boil 9 minutes [A]; peel under water [A]."_s);
        QCOMPARE(m_server.requestsFor(u"judge"_s).size(), 1);
        const QString asked = QString::fromUtf8(m_server.requestsFor(u"judge"_s).constFirst().body);
        QVERIFY2(asked.contains(u"Build the answer from these points only"_s), qPrintable(asked.left(300)));
        QVERIFY(asked.contains(u"Boil the egg for 9 minutes"_s) && asked.contains(u"Peel it under running water"_s));
        QVERIFY(!asked.contains(u"- Cool it in cold water"_s));

        // A number the checklist does not have, or points with another mode: said, nothing sent.
        m_server.clearRequests();
        const Testing::CliResult beyond
            = run({u"judge"_s, conversation, u"--judge"_s, u"fxo/judge"_s, u"--points"_s, u"2,9"_s});
        QCOMPARE(beyond.exitCode, 1);
        QVERIFY2(beyond.err.contains(u"the checklist has 3 points; there is no point 9"_s), qPrintable(beyond.err));
        QCOMPARE(run({u"judge"_s,
                         conversation,
                         u"--judge"_s,
                         u"fxo/judge"_s,
                         u"--mode"_s,
                         u"table"_s,
                         u"--points"_s,
                         u"1"_s})
                     .exitCode,
            2);
        QCOMPARE(run({u"judge"_s, conversation, u"--judge"_s, u"fxo/judge"_s, u"--points"_s, u"one"_s}).exitCode, 2);
        QVERIFY(m_server.requestsFor(u"judge"_s).isEmpty());
    }

    // quorum search finds a synthesis by its words, labelled as one, never its JSON.
    void searchFindsSyntheses()
    {
        const Testing::CliResult r = run({u"search"_s, u"some say 7"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray hits = QJsonDocument::fromJson(r.outBytes).array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.at(0)[u"kind"_s].toString(), u"synthesis"_s);
        QCOMPARE(hits.at(0)[u"target"_s].toString(), u"fxo/judge"_s);
        QVERIFY2(!hits.at(0)[u"snippet"_s].toString().contains(u"\"synthesis\""_s),
            qPrintable(hits.at(0)[u"snippet"_s].toString()));
        const Testing::CliResult plain = run({u"search"_s, u"some say 7"_s});
        QVERIFY2(plain.out.contains(u"synthesis by fxo/judge: Boil for 9 minutes [A]; «some say 7» [B]."_s),
            qPrintable(plain.out));
        QVERIFY(QJsonDocument::fromJson(run({u"search"_s, u"stance"_s, u"--json"_s}).outBytes).array().isEmpty());
    }

    // Custom judge modes: written, versioned, shown, used by name, removed.
    void judgeModesAreWrittenShownAndUsed()
    {
        const Testing::CliResult listed = run({u"judge"_s, u"modes"_s, u"--json"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QCOMPARE(QJsonDocument::fromJson(listed.outBytes).object().value(u"modes"_s).toArray().size(), 4);
        const Testing::CliResult builtIn = run({u"judge"_s, u"modes"_s, u"show"_s, u"fuse"_s});
        QVERIFY2(builtIn.out.startsWith(u"# fuse: built-in, version 1"_s), qPrintable(builtIn.out));
        QVERIFY(builtIn.out.contains(u"Several assistants answered the same question."_s));

        const QString file = m_dir.filePath(u"terse.md"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Fuse the answers into two sentences at most.\n");
        out.close();
        Testing::CliResult added
            = run({u"judge"_s, u"modes"_s, u"add"_s, u"terse"_s, u"--base"_s, u"fuse"_s, u"--file"_s, file});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(added.err.contains(u"is at version 1"_s), qPrintable(added.err));
        added = run({u"judge"_s,
            u"modes"_s,
            u"add"_s,
            u"terse"_s,
            u"--base"_s,
            u"fuse"_s,
            u"--instructions"_s,
            u"Fuse the answers into one sentence."_s});
        QVERIFY2(added.err.contains(u"is at version 2"_s), qPrintable(added.err));
        const Testing::CliResult shown = run({u"judge"_s, u"modes"_s, u"show"_s, u"terse"_s});
        QVERIFY2(shown.out.startsWith(u"# terse: based on fuse, version 2\n\nFuse the answers into one sentence."_s),
            qPrintable(shown.out));
        QCOMPARE(run({u"judge"_s, u"modes"_s, u"add"_s, u"rank"_s, u"--instructions"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(run({u"judge"_s, u"modes"_s, u"add"_s, u"x"_s}).exitCode, 2); // no instructions
        QVERIFY(run({u"judge"_s, u"modes"_s}).out.contains(u"based on fuse, version 2"_s));

        const QString conversation = askForAChecklist();
        m_server.clearRequests();
        m_server.enqueueFor(
            u"judge"_s, says(uR"json({"synthesis": "Boil it.", "claims": [], "scores": [], "ranking": []})json"_s));
        const Testing::CliResult used
            = run({u"judge"_s, conversation, u"--judge"_s, u"fxo/judge"_s, u"--mode"_s, u"terse"_s, u"--json"_s});
        QVERIFY2(used.exitCode == 0, qPrintable(used.err));
        const QJsonObject s = jsonLines(used.outBytes).constFirst().value(u"synthesis"_s).toObject();
        QCOMPARE(s.value(u"custom"_s).toString(), u"terse"_s);
        QCOMPARE(s.value(u"template_version"_s).toInt(), 2);
        QVERIFY(QString::fromUtf8(m_server.requestsFor(u"judge"_s).constFirst().body)
                .contains(u"Fuse the answers into one sentence."_s));

        QCOMPARE(run({u"judge"_s, u"modes"_s, u"remove"_s, u"terse"_s}).exitCode, 0);
        QCOMPARE(run({u"judge"_s, u"modes"_s, u"remove"_s, u"terse"_s}).exitCode, 1);
        const Testing::CliResult gone
            = run({u"judge"_s, conversation, u"--judge"_s, u"fxo/judge"_s, u"--mode"_s, u"terse"_s});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains(u"There is no judge mode named 'terse'."_s), qPrintable(gone.err));
    }
};

QTEST_GUILESS_MAIN(TestCliJudge)
#include "test_cli_judge.moc"
