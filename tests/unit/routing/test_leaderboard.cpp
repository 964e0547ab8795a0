// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The personal leaderboard and rule suggestions, from a vote history seeded in a real
// database file.
#include <QTemporaryDir>
#include <QTest>

#include "routing/leaderboard.h"
#include "routing/router.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/experimentstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
const QString codePrompt = u"Why does this fail?\n```cpp\nint main() { return x; }\n```"_s;
const QString plainPrompt = u"What should I cook tonight?"_s;
const QString russianPrompt = u"Что приготовить сегодня на ужин?"_s;
} // namespace

class TestLeaderboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_conversation = 0;

    struct Answer {
        Answer(QString target,
            qint64 costNanos,
            qint64 outputTokens = 100,
            qint64 ttftMs = 200,
            qint64 durationMs = 2200, // 100 tokens in 2 s after the first: 50 tok/s
            ResponseStatus status = ResponseStatus::Done,
            QString rule = {})
            : target(std::move(target))
            , costNanos(costNanos)
            , outputTokens(outputTokens)
            , ttftMs(ttftMs)
            , durationMs(durationMs)
            , status(status)
            , rule(std::move(rule))
        {
        }
        QString target;
        qint64 costNanos;
        qint64 outputTokens;
        qint64 ttftMs;
        qint64 durationMs;
        ResponseStatus status;
        QString rule;
    };

    //! One turn answered by \a answers; the answer at \a picked (-1: none) is voted best.
    void turn(const QString &prompt, const QList<Answer> &answers, int picked)
    {
        ConversationStore store(*m_db);
        QList<NewResponse> targets;
        for (const Answer &a : answers) {
            AnswerParameters parameters;
            if (!a.rule.isEmpty()) {
                parameters.rule = a.rule;
            }
            targets.append({a.target.section(u'/', 0, 0), a.target.section(u'/', 1), parameters});
        }
        const auto added = store.addTurn(m_conversation, prompt, targets);
        QVERIFY(added);
        for (int i = 0; i < answers.size(); ++i) {
            ResponseRecord r = added->responses.at(i);
            r.status = answers.at(i).status;
            r.text = u"answer"_s;
            r.costNanos = answers.at(i).costNanos;
            r.outputTokens = answers.at(i).outputTokens;
            r.ttftMs = answers.at(i).ttftMs;
            r.durationMs = answers.at(i).durationMs;
            QVERIFY(store.finishResponse(r));
        }
        if (picked >= 0) {
            QVERIFY(store.pickBestAnswer(added->id, added->responses.at(picked).id));
        }
    }

private Q_SLOTS:
    // Judges' scores and peer ranks are their own columns, apart from the votes; a model
    // only judged (never voted on) still has its row.
    void judgesFeedTheirOwnColumns()
    {
        ConversationStore store(*m_db);
        const auto added = store.addTurn(
            m_conversation, plainPrompt, {{u"oa"_s, u"m1"_s, {}}, {u"an"_s, u"m2"_s, {}}, {u"ge"_s, u"m3"_s, {}}});
        QVERIFY(added);
        for (ResponseRecord r : added->responses) {
            r.status = ResponseStatus::Done;
            r.text = u"an answer"_s;
            QVERIFY(store.finishResponse(r));
        }
        const auto id = [&](int i) { return added->responses.at(i).id; };
        const auto judge = [&](const QString &model, JudgeParameters p, Judgement j) {
            AnswerParameters parameters;
            parameters.judge = p;
            auto stored = store.addResponse(added->id, {u"oa"_s, model, parameters, ResponseKind::Judge});
            QVERIFY(stored);
            ResponseRecord done = *stored;
            done.status = ResponseStatus::Done;
            done.judgement = j;
            QVERIFY(store.finishResponse(done));
        };
        JudgeParameters table;
        table.mode = u"table"_s;
        table.sources = {{u"A"_s, id(0)}, {u"B"_s, id(1)}, {u"C"_s, id(2)}};
        Judgement scores;
        scores.scores = {{u"A"_s, u"x"_s, 8, {}}, {u"A"_s, u"y"_s, 6, {}}, {u"B"_s, u"x"_s, 3, {}}};
        judge(u"judge"_s, table, scores);
        // Three peer ballots: m2 first in both that rank it.
        for (int ranker = 0; ranker < 3; ++ranker) {
            JudgeParameters rank;
            rank.mode = u"rank"_s;
            rank.rankerOf = id(ranker);
            for (int other = 0; other < 3; ++other) {
                if (other != ranker) {
                    rank.sources.append({QString(QChar(u'A' + static_cast<char16_t>(rank.sources.size()))), id(other)});
                }
            }
            Judgement ballot;
            // m1 and m3 put m2 first; m2 itself puts m1 first.
            ballot.ranking = ranker == 2 ? QStringList {u"B"_s, u"A"_s} : QStringList {u"A"_s, u"B"_s};
            judge(u"m%1"_s.arg(ranker + 1), rank, ballot);
        }
        const auto judgedTurns = store.judgedTurns();
        QVERIFY(judgedTurns);
        QCOMPARE(judgedTurns->size(), 1);
        QCOMPARE(judgedTurns->constFirst().judgements.size(), 4);
        const Leaderboard board(store.votedTurns().value_or(QList<TurnRecord> {}), *judgedTurns);
        QCOMPARE(board.judged(), 1);
        const QList<LeaderboardRow> rows = board.rows(Leaderboard::By::Model);
        const auto row = [&rows](const QString &target) {
            return *std::ranges::find_if(rows, [&target](const LeaderboardRow &r) { return r.target == target; });
        };
        QCOMPARE(row(u"oa/m1"_s).judgeScore, std::optional<double>(7.0)); // (8 + 6) / 2
        QCOMPARE(row(u"oa/m1"_s).scored, 1);
        QCOMPARE(row(u"an/m2"_s).judgeScore, std::optional<double>(3.0));
        QVERIFY(!row(u"ge/m3"_s).judgeScore);
        // Ballots: m1 saw (m2, m3) -> m2 first; m2 saw (m1, m3) -> m1 first; m3 saw (m1, m2) -> m2 first.
        QCOMPARE(row(u"an/m2"_s).peerPoints, std::optional<double>(1.0));
        QCOMPARE(row(u"ge/m3"_s).peerPoints, std::optional<double>(0.0));
        QCOMPARE(row(u"an/m2"_s).ranked, 1);
        QCOMPARE(row(u"an/m2"_s).compared, 0); // never voted on: the votes are apart
    }

    // Experiments are a source of their own: the checked cells per model, in every
    // grouping but by rule (no rule sends them), from the cells stored in the database.
    void experimentsFeedTheirOwnColumn()
    {
        ConversationStore store(*m_db);
        ExperimentStore experiments(*m_db);
        const auto experiment = experiments.save(u"e"_s, "{}");
        QVERIFY(experiment);
        const auto run = experiments.startRun(experiment->id, "{}", std::nullopt, std::nullopt);
        QVERIFY(run);
        const auto conversation = store.createConversation(u"e: case 1"_s, {}, run->id);
        QVERIFY(conversation);
        const auto added = store.addTurn(*conversation,
            u"Why does this not build?\n```rust\nfn main() { let x; }\n```"_s,
            {{u"oa"_s, u"m1"_s, {}}, {u"oa"_s, u"m1"_s, {}}, {u"an"_s, u"m2"_s, {}}, {u"an"_s, u"m2"_s, {}}});
        QVERIFY(added);
        const QList<std::optional<bool>> verdicts {true, false, false, std::nullopt};
        for (int i = 0; i < 4; ++i) {
            ExperimentCell cell;
            cell.key = {0, i / 2, i % 2};
            cell.status = ExperimentCell::Status::Done;
            cell.responseId = added->responses.at(i).id;
            cell.passed = verdicts.at(i);
            QVERIFY(experiments.saveCell(run->id, cell));
        }
        const auto outcomes = experiments.outcomes();
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 3); // the cell without checks is not counted
        const Leaderboard board({}, {}, *outcomes);
        QCOMPARE(board.tested(), 3);
        const QList<LeaderboardRow> rows = board.rows(Leaderboard::By::Model);
        QCOMPARE(rows.size(), 2);
        const auto row = [&rows](const QString &target) {
            return *std::ranges::find_if(rows, [&target](const LeaderboardRow &r) { return r.target == target; });
        };
        QCOMPARE(row(u"oa/m1"_s).tested, 2);
        QCOMPARE(row(u"oa/m1"_s).testPassRate(), std::optional<double>(0.5));
        QCOMPARE(row(u"an/m2"_s).testPassRate(), std::optional<double>(0.0));
        QCOMPARE(row(u"an/m2"_s).compared, 0); // apart from the votes
        QCOMPARE(board.rows(Leaderboard::By::Category).constFirst().group, u"code"_s);
        QVERIFY(board.rows(Leaderboard::By::Rule).isEmpty());
    }

    void init()
    {
        QFile::remove(m_dir.filePath(u"quorum.db"_s));
        auto db = Database::open(m_dir.filePath(u"quorum.db"_s));
        QVERIFY(db);
        m_db = std::move(*db);
        m_conversation = *ConversationStore(*m_db).createConversation(u"Votes"_s);
        // Code: mini wins 14 of 18 against claude, at a third of its cost.
        for (int i = 0; i < 18; ++i) {
            turn(codePrompt,
                {{u"oa/gpt-4.1-mini"_s, 100, 100, 200, 2200, ResponseStatus::Done, u"Compare code"_s},
                    {u"an/claude-sonnet-4-5"_s, 300, 100, 400, 4400, ResponseStatus::Done, u"Compare code"_s}},
                i < 14 ? 0 : 1);
        }
        // General prompts: claude wins 5 of 6 (general has no condition: no suggestion).
        for (int i = 0; i < 6; ++i) {
            turn(plainPrompt, {{u"oa/gpt-4.1-mini"_s, 100}, {u"an/claude-sonnet-4-5"_s, 300}}, i < 5 ? 1 : 0);
        }
        // Russian: 3 votes only, below the threshold.
        for (int i = 0; i < 3; ++i) {
            turn(russianPrompt, {{u"oa/gpt-4.1-mini"_s, 100}, {u"ge/gemini-2.5-flash"_s, 50}}, 1);
        }
        // Not votes: one answer only; two answers and no pick; a failed answer beside a pick.
        turn(codePrompt, {{u"oa/gpt-4.1-mini"_s, 100}}, 0);
        turn(codePrompt, {{u"oa/gpt-4.1-mini"_s, 100}, {u"an/claude-sonnet-4-5"_s, 300}}, -1);
        turn(codePrompt,
            {{u"oa/gpt-4.1-mini"_s, 100}, {u"an/claude-sonnet-4-5"_s, 0, 0, 0, 0, ResponseStatus::Error}},
            0);
    }

    void cleanup() { m_db.reset(); }

    void categories()
    {
        QCOMPARE(Leaderboard::categoryOf(codePrompt), u"code"_s);
        QCOMPARE(Leaderboard::categoryOf(plainPrompt), u"general"_s);
        QCOMPARE(Leaderboard::categoryOf(russianPrompt), u"cyrillic"_s);
        QCOMPARE(Leaderboard::categoryOf(QString(9000, u'a') + u" words"_s), u"long"_s);
    }

    void rowsPerModelCategoryAndRule()
    {
        const auto voted = ConversationStore(*m_db).votedTurns();
        QVERIFY(voted);
        QCOMPARE(voted->size(), 18 + 6 + 3); // the three non-votes are left out
        const Leaderboard board(*voted);
        QCOMPARE(board.votes(), 27);

        const QList<LeaderboardRow> models = board.rows(Leaderboard::By::Model);
        QCOMPARE(models.size(), 3);
        const LeaderboardRow &mini = models.at(1);
        QCOMPARE(mini.target, u"oa/gpt-4.1-mini"_s);
        QCOMPARE(mini.compared, 27);
        QCOMPARE(mini.wins, 14 + 1);
        QCOMPARE(mini.costPerAnswerNanos, std::optional<qint64>(100));
        QCOMPARE(mini.tokensPerSecond, std::optional<double>(50.0));
        QCOMPARE(mini.medianFirstTokenMs, std::optional<qint64>(200));
        QCOMPARE(models.at(0).target, u"ge/gemini-2.5-flash"_s); // 3 of 3

        const QList<LeaderboardRow> categories = board.rows(Leaderboard::By::Category);
        const auto find = [&](const QList<LeaderboardRow> &rows, const QString &group, const QString &target) {
            for (const LeaderboardRow &row : rows) {
                if (row.group == group && row.target == target) {
                    return row;
                }
            }
            return LeaderboardRow {};
        };
        const LeaderboardRow code = find(categories, u"code"_s, u"oa/gpt-4.1-mini"_s);
        QCOMPARE(code.compared, 18);
        QCOMPARE(code.wins, 14);
        QCOMPARE(find(categories, u"general"_s, u"an/claude-sonnet-4-5"_s).wins, 5);
        QCOMPARE(find(categories, u"cyrillic"_s, u"ge/gemini-2.5-flash"_s).wins, 3);

        const QList<LeaderboardRow> rules = board.rows(Leaderboard::By::Rule);
        QCOMPARE(find(rules, u"Compare code"_s, u"an/claude-sonnet-4-5"_s).wins, 4);
        QCOMPARE(find(rules, u"(chosen by hand)"_s, u"an/claude-sonnet-4-5"_s).compared, 6);
    }

    void suggestionsFromVotes()
    {
        const Leaderboard board(*ConversationStore(*m_db).votedTurns());
        const QList<RuleSuggestion> suggestions = board.suggestions();
        QCOMPARE(suggestions.size(), 1); // code; general has no condition, cyrillic too few votes
        const RuleSuggestion &s = suggestions.first();
        QCOMPARE(s.winner, u"oa/gpt-4.1-mini"_s);
        QCOMPARE(s.rival, u"an/claude-sonnet-4-5"_s);
        QCOMPARE(s.wins, 14);
        QCOMPARE(s.compared, 18);
        QCOMPARE(s.text,
            u"In your code prompts, gpt-4.1-mini won 14 of 18 votes at 33 % of claude-sonnet-4-5’s cost: "
            "route code prompts to gpt-4.1-mini?"_s);
        // The rule it adds routes code there, and nothing else.
        const Router router({s.rule});
        RouteContext context;
        context.selection = {*ChatTarget::parse(u"an/claude-sonnet-4-5"_s)};
        context.prompt = codePrompt;
        QCOMPARE(router.decide(context).targets.first().label(), u"oa/gpt-4.1-mini"_s);
        context.prompt = plainPrompt;
        QCOMPARE(router.decide(context).targets.first().label(), u"an/claude-sonnet-4-5"_s);
        // Once added, it is not suggested again; with a lower threshold cyrillic appears.
        QVERIFY(board.suggestions({s.rule}).isEmpty());
        const QList<RuleSuggestion> more = board.suggestions({s.rule}, 3);
        QCOMPARE(more.size(), 1);
        QCOMPARE(more.first().category, u"cyrillic"_s);
        QCOMPARE(more.first().rule.conditions.first().toSpec(), u"script:cyrillic"_s);
        QVERIFY2(more.first().text.contains(u"3 of 3 votes at 50 % of gpt-4.1-mini’s cost"_s),
            qPrintable(more.first().text));
    }
};

QTEST_GUILESS_MAIN(TestLeaderboard)
#include "test_leaderboard.moc"
