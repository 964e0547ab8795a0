// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Judges through the engine, as the window and `quorum judge` use them: against the fake
// provider server over the real network stack, stored in the real SQLite file. Every mode
// with a scripted judge, what the judge is sent (labels, no model names, the schema), the
// map read and stored, ballots aggregated, an unreadable or failed judge kept, and
// governance: a restricted turn's judge request never reaches an account outside it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "appfixture.h"
#include "chat/dispatcher.h"
#include "enginesteps.h"
#include "fakeaccounts.h"
#include "fakeproviderserver.h"
#include "providers/providerconfig.h"
#include "storage/conversationstore.h"
#include "storage/judgestore.h"
#include "storage/rulestore.h"
#include "types/records.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;
using Fake::Script;
using Testing::answer;
using Testing::ask;
using Testing::sendAndWait;
using Testing::target;

namespace
{
//! A judge's JSON, streamed in small pieces as a model would.
Script judgeSays(const QString &json)
{
    Script s;
    s.deltas.clear();
    for (qsizetype i = 0; i < json.size(); i += 17) {
        s.deltas.append(json.mid(i, 17));
    }
    return s;
}

const QString fuseMap
    = uR"json({"synthesis": "Sort with std::ranges::sort [A, B]; it is O(n log n) [A, B], not quadratic [C].",
"claims": [
 {"claim": "std::ranges::sort runs in O(n log n)", "answers": [{"answer": "A", "stance": "states", "quote": "O(n log n)"}, {"answer": "B", "stance": "states", "quote": "n log n comparisons"}, {"answer": "C", "stance": "contradicts", "quote": "quadratic time"}]},
 {"claim": "Use a projection for members", "answers": [{"answer": "B", "stance": "states", "quote": "a projection"}, {"answer": "A", "stance": "omits", "quote": ""}, {"answer": "C", "stance": "omits", "quote": ""}]}
], "scores": [], "ranking": []})json"_s;
} // namespace

class TestJudgeEngine : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    //! Three answers to one prompt: oa/m1 (A), an/m2 (B), ge/m3 (C).
    TurnRecord threeAnswers(Dispatcher &engine)
    {
        m_server.enqueueFor(u"m1"_s, answer({u"Use std::ranges::sort: O(n log n)."_s}));
        m_server.enqueueFor(u"m2"_s, answer({u"std::ranges::sort does n log n comparisons; use a projection."_s}));
        m_server.enqueueFor(u"m3"_s, answer({u"Sorting takes quadratic time."_s}));
        return sendAndWait(
            engine, ask(u"How do I sort a vector?"_s, {target(u"oa/m1"_s), target(u"an/m2"_s), target(u"ge/m3"_s)}));
    }

    //! Asks for \a request and waits until the judges ended; their stored records.
    QList<ResponseRecord> judgeAndWait(Dispatcher &engine, const JudgeRequest &request)
    {
        QSignalSpy added(&engine, &Dispatcher::judgesAdded);
        QSignalSpy failed(&engine, &Dispatcher::failed);
        QSignalSpy idle(&engine.session(), &ChatSession::idle);
        engine.judge(request);
        if (added.isEmpty() && !added.wait(5000)) {
            return {};
        }
        if (idle.isEmpty()) {
            idle.wait(10000);
        }
        return lastTurn(engine).judgements;
    }

    TurnRecord lastTurn(Dispatcher &engine)
    {
        const auto turns = ConversationStore(*m_app->database()).turns(engine.session().conversationId());
        return turns && !turns->isEmpty() ? turns->constLast() : TurnRecord {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TurnRecord>();
        qRegisterMetaType<SendFailure>();
        qRegisterMetaType<QList<ResponseRecord>>();
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_server.clearRequests();
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
        for (const auto &[id, protocol] : {std::pair {u"oa"_s, Protocol::OpenAiChat},
                 std::pair {u"an"_s, Protocol::Anthropic},
                 std::pair {u"ge"_s, Protocol::Gemini},
                 std::pair {u"ol"_s, Protocol::Ollama}}) {
            QVERIFY(m_app->addAccount(Testing::fakeAccount(m_server, protocol, id)));
        }
    }

    void fuseReadsAndStoresTheMap()
    {
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        const TurnRecord turn = threeAnswers(engine);
        QCOMPARE(turn.responses.size(), 3);
        m_server.enqueueFor(u"judge"_s, judgeSays(fuseMap));
        JudgeRequest request;
        request.judge = target(u"oa/judge"_s);
        const QList<ResponseRecord> judges = judgeAndWait(engine, request);
        QCOMPARE(judges.size(), 1);
        const ResponseRecord &judge = judges.constFirst();
        QCOMPARE(judge.kind, ResponseKind::Judge);
        QCOMPARE(judge.status, ResponseStatus::Done);
        QCOMPARE(judge.text, fuseMap); // the judge's answer as it came, never rewritten
        QVERIFY(judge.judgement);
        QVERIFY2(judge.judgement->isReadable(), qPrintable(judge.judgement->problem));
        QVERIFY(judge.judgement->text.startsWith(u"Sort with std::ranges::sort [A, B]"_s));
        QCOMPARE(judge.judgement->claims.size(), 2);
        QCOMPARE(judge.judgement->claims.at(0).kind(), Claim::Kind::Contradiction);
        // The labels stand for the answers in the order they were given.
        QCOMPARE(judgeSource(judge, u"A"_s), turn.responses.at(0).id);
        QCOMPARE(judgeSource(judge, u"C"_s), turn.responses.at(2).id);
        QCOMPARE(judge.parameters.judge->mode, u"fuse"_s);
        QCOMPARE(judge.parameters.judge->templateVersion, 1);
        // The models' answers are untouched, and still three.
        const TurnRecord after = lastTurn(engine);
        QCOMPARE(after.responses.size(), 3);
        QCOMPARE(after.responses.at(2).text, u"Sorting takes quadratic time."_s);

        // What the judge was sent: the labelled answers, no model names, the schema natively.
        const QList<Fake::RecordedRequest> sent = m_server.requestsFor(u"judge"_s);
        QCOMPARE(sent.size(), 1);
        const QJsonObject body = sent.constFirst().json;
        const QString user = body.value(u"messages"_s).toArray().last().toObject().value(u"content"_s).toString();
        QVERIFY2(user.contains(u"Answer A:\n```\nUse std::ranges::sort: O(n log n).\n```"_s), qPrintable(user));
        QVERIFY(user.contains(u"Answer C:"_s));
        for (const QString &name : {u"m1"_s, u"m2"_s, u"m3"_s, u"oa"_s, u"an/"_s, u"ge/"_s}) {
            QVERIFY2(!user.contains(name), qPrintable(name));
        }
        QCOMPARE(body.value(u"response_format"_s).toObject().value(u"type"_s).toString(), u"json_schema"_s);
        QCOMPARE(body.value(u"response_format"_s).toObject().value(u"json_schema"_s).toObject().value(u"strict"_s),
            QJsonValue(true));
        const QString system = body.value(u"messages"_s).toArray().first().toObject().value(u"content"_s).toString();
        QVERIFY(system.startsWith(u"Several assistants answered the same question."_s));

        // Reopened, the synthesis and its map come back with the turn.
        ChatSession &session = engine.session();
        QVERIFY(session.open(session.conversationId()));
        const auto branch = session.branch();
        QVERIFY(branch);
        QCOMPARE(branch->constLast().judgements.size(), 1);
        QCOMPARE(branch->constLast().latestSynthesis()->judgement->claims.size(), 2);
    }

    void tableScoresEveryAnswer()
    {
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        const TurnRecord turn = threeAnswers(engine);
        m_server.enqueueFor(u"judge"_s, judgeSays(uR"json({"synthesis": "B is best.", "claims": [], "scores": [
                {"answer": "A", "criterion": "speed", "score": 6, "reason": "fine"},
                {"answer": "B", "criterion": "speed", "score": 9, "reason": "projection"},
                {"answer": "C", "criterion": "speed", "score": 1, "reason": "wrong"}], "ranking": []})json"_s));
        JudgeRequest request;
        request.mode = JudgeMode::Table;
        request.criteria = {u"speed"_s};
        request.judge = target(u"an/judge"_s);
        const QList<ResponseRecord> judges = judgeAndWait(engine, request);
        QCOMPARE(judges.size(), 1);
        QCOMPARE(judges.at(0).judgement->scores.size(), 3);
        QCOMPARE(judgeScore(judges, turn.responses.at(1).id), std::optional<double>(9));
        QCOMPARE(judges.at(0).parameters.judge->criteria, QStringList {u"speed"_s});
        // Anthropic has no native schema: the shape is in the system prompt.
        const QJsonObject body = m_server.requestsFor(u"judge"_s).constFirst().json;
        QVERIFY(body.value(u"system"_s).toString().contains(u"on each of these criteria: speed."_s));
        QVERIFY(!body.contains(u"response_format"_s));
    }

    void checklistAndAFuseOfTheTickedPoints()
    {
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        threeAnswers(engine);
        m_server.enqueueFor(u"judge"_s, judgeSays(fuseMap));
        JudgeRequest checklist;
        checklist.mode = JudgeMode::Checklist;
        checklist.judge = target(u"ol/judge"_s);
        const QList<ResponseRecord> first = judgeAndWait(engine, checklist);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0).parameters.judge->mode, u"checklist"_s);
        // Ollama constrains the output with the schema as its format.
        QCOMPARE(
            m_server.requestsFor(u"judge"_s).constLast().json.value(u"format"_s).toObject().value(u"type"_s).toString(),
            u"object"_s);
        // The user ticks one point and asks for a fused answer of it.
        m_server.enqueueFor(u"judge"_s,
            judgeSays(
                uR"json({"synthesis": "Use a projection [B].", "claims": [], "scores": [], "ranking": []})json"_s));
        JudgeRequest fuse;
        fuse.judge = target(u"ol/judge"_s);
        fuse.points = {first.at(0).judgement->claims.at(1).text};
        const QList<ResponseRecord> both = judgeAndWait(engine, fuse);
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(1).parameters.judge->points, QStringList {u"Use a projection for members"_s});
        const QString user = m_server.requestsFor(u"judge"_s)
                                 .constLast()
                                 .json.value(u"messages"_s)
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(u"content"_s)
                                 .toString();
        QVERIFY2(user.contains(u"Build the answer from these points only:\n- Use a projection for members"_s),
            qPrintable(user));
        QCOMPARE(lastTurn(engine).latestSynthesis()->id, both.at(1).id);
    }

    void peersRankEachOtherAnonymously()
    {
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        const TurnRecord turn = threeAnswers(engine);
        // Each answering model ranks the other two, as A and B of its own.
        m_server.enqueueFor(
            u"m1"_s, judgeSays(uR"json({"synthesis": "", "claims": [], "scores": [], "ranking": ["A", "B"]})json"_s));
        m_server.enqueueFor(
            u"m2"_s, judgeSays(uR"json({"synthesis": "", "claims": [], "scores": [], "ranking": ["A", "B"]})json"_s));
        m_server.enqueueFor(
            u"m3"_s, judgeSays(uR"json({"synthesis": "", "claims": [], "scores": [], "ranking": ["B", "A"]})json"_s));
        JudgeRequest request;
        request.mode = JudgeMode::Rank;
        const QList<ResponseRecord> ballots = judgeAndWait(engine, request);
        QCOMPARE(ballots.size(), 3);
        for (const ResponseRecord &ballot : ballots) {
            QVERIFY(ballot.parameters.judge->rankerOf);
            // Never its own answer among those it ranks.
            for (const JudgeSource &source : ballot.parameters.judge->sources) {
                QVERIFY(source.responseId != *ballot.parameters.judge->rankerOf);
            }
        }
        // m1 saw (m2, m3) and put m2 first; m2 saw (m1, m3): m1 first; m3 saw (m1, m2): m2 first.
        const QList<RankedAnswer> ranks = peerRanking(ballots);
        QCOMPARE(ranks.size(), 3);
        QCOMPARE(ranks.at(0).responseId, turn.responses.at(1).id);
        QCOMPARE(ranks.at(0).points, 1.0);
        QCOMPARE(ranks.at(2).responseId, turn.responses.at(2).id);
        // No ranker was told whose answers it read: no account, no other model is named.
        const QStringList models {u"m1"_s, u"m2"_s, u"m3"_s};
        for (const QString &model : models) {
            const QString sent = QString::fromUtf8(m_server.requestsFor(model).constLast().body);
            QVERIFY(sent.contains(u"Rank all of the answers"_s));
            for (const QString &other : models) {
                QVERIFY2(other == model || !sent.contains(other), qPrintable(other));
            }
            for (const QString &account : {u"oa/"_s, u"an/"_s, u"ge/"_s}) {
                QVERIFY(!sent.contains(account));
            }
        }
    }

    void anUnreadableJudgeIsKeptAsText()
    {
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        threeAnswers(engine);
        m_server.enqueueFor(u"judge"_s, answer({u"I would rather not "_s, u"judge these."_s}));
        JudgeRequest request;
        request.judge = target(u"oa/judge"_s);
        const QList<ResponseRecord> judges = judgeAndWait(engine, request);
        QCOMPARE(judges.size(), 1);
        QCOMPARE(judges.at(0).status, ResponseStatus::Done);
        QVERIFY(!judges.at(0).judgement->isReadable());
        QCOMPARE(judges.at(0).judgement->text, u"I would rather not judge these."_s);
        QCOMPARE(judges.at(0).text, u"I would rather not judge these."_s);
    }

    void aFailingJudgeLeavesTheAnswersAlone()
    {
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        threeAnswers(engine);
        const TurnRecord before = lastTurn(engine);
        Script refused;
        refused.status = 400;
        m_server.enqueueFor(u"judge"_s, refused);
        JudgeRequest request;
        request.judge = target(u"oa/judge"_s);
        const QList<ResponseRecord> judges = judgeAndWait(engine, request);
        QCOMPARE(judges.size(), 1);
        QCOMPARE(judges.at(0).status, ResponseStatus::Error);
        QVERIFY(!judges.at(0).judgement);
        QVERIFY(!judges.at(0).errorMessage.isEmpty());
        const TurnRecord after = lastTurn(engine);
        QCOMPARE(after.responses.size(), 3);
        QCOMPARE(after.responses, before.responses);
    }

    void needsTwoFinishedAnswers()
    {
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        Script broken;
        broken.status = 401; // not retried
        m_server.enqueueFor(u"m1"_s, answer({u"Only one."_s}));
        m_server.enqueueFor(u"m2"_s, broken);
        sendAndWait(engine, ask(u"Hello"_s, {target(u"oa/m1"_s), target(u"an/m2"_s)}));
        JudgeRequest request;
        request.judge = target(u"oa/judge"_s);
        const JudgePlan plan = engine.planJudge(request);
        QVERIFY(plan.refused);
        QCOMPARE(plan.refused->message, u"A synthesis needs at least two finished answers; this turn has 1."_s);
        request.mode = JudgeMode::Rank;
        QVERIFY(engine.planJudge(request).refused->message.startsWith(u"A peer ranking needs at least three"_s));
        QVERIFY(m_server.requestsFor(u"judge"_s).isEmpty());
    }

    void theEstimateIsExactOnInput()
    {
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        threeAnswers(engine);
        JudgeRequest request;
        request.judge = target(u"oa/judge"_s);
        const JudgePlan plan = engine.planJudge(request);
        QVERIFY(!plan.refused);
        QCOMPARE(plan.jobs.size(), 1);
        const ChatRequest &sent = plan.jobs.at(0).build.request;
        qint64 characters = sent.system.size();
        for (const ChatMessage &m : sent.messages) {
            characters += m.content.size();
        }
        QCOMPARE(plan.inputTokens, (characters + 3) / 4);
    }

    // A turn kept to EU accounts: its judge must be one too, and nothing reaches another.
    void aRestrictedTurnsJudgeNeverLeavesTheRestriction()
    {
        ProviderConfig &accounts = m_app->providers();
        ProviderAccount oa = *accounts.find(u"oa"_s);
        oa.tags = {u"eu"_s};
        accounts.upsert(oa);
        ProviderAccount ge = *accounts.find(u"ge"_s);
        ge.tags = {u"eu"_s};
        accounts.upsert(ge);
        QVERIFY(accounts.save());
        Rule rule;
        rule.name = u"Patients stay in the EU"_s;
        rule.conditions = {*Condition::parse(u"any-keyword:patient"_s)};
        rule.action.type = Action::Type::Restrict;
        rule.action.tag = u"eu"_s;
        QVERIFY(RuleStore(*m_app->database()).add(rule));

        Dispatcher engine(m_app->services(), Dispatcher::Governance::FollowRules);
        m_server.enqueueFor(u"m1"_s, answer({u"Dose by weight."_s}));
        m_server.enqueueFor(u"m3"_s, answer({u"Dose by age."_s}));
        const TurnRecord turn = sendAndWait(
            engine, ask(u"Dosage for my patient?"_s, {target(u"oa/m1"_s), target(u"an/m2"_s), target(u"ge/m3"_s)}));
        QCOMPARE(turn.responses.size(), 2); // an/m2 was left out by the rule
        QCOMPARE(turn.responses.at(0).parameters.requiredTags, std::optional<QStringList>(QStringList {u"eu"_s}));

        const int before = static_cast<int>(m_server.requests().size());
        JudgeRequest request;
        request.judge = target(u"an/judge"_s);
        QSignalSpy failed(&engine, &Dispatcher::failed);
        engine.judge(request);
        QCOMPARE(failed.size(), 1);
        const QString why = failed.first().first().value<SendFailure>().message;
        QVERIFY2(why.contains(u"tagged eu"_s) && why.contains(u"an/judge"_s), qPrintable(why));
        QTest::qWait(200);
        QCOMPARE(static_cast<int>(m_server.requests().size()), before); // nothing left the machine
        QVERIFY(lastTurn(engine).judgements.isEmpty());

        // A judge on an EU account is asked, and carries the restriction on.
        m_server.enqueueFor(u"judge"_s,
            judgeSays(uR"json({"synthesis": "Both differ.", "claims": [], "scores": [], "ranking": []})json"_s));
        request.judge = target(u"ge/judge"_s);
        const QList<ResponseRecord> judges = judgeAndWait(engine, request);
        QCOMPARE(judges.size(), 1);
        QCOMPARE(judges.at(0).parameters.requiredTags, std::optional<QStringList>(QStringList {u"eu"_s}));
        QCOMPARE(judges.at(0).status, ResponseStatus::Done);
    }

    void customModesAreVersionedTemplates()
    {
        JudgeStore store(*m_app->database());
        const auto saved
            = store.saveCustomMode({u"Terse"_s, JudgeMode::Fuse, u"Fuse the answers in one line."_s, 1, 0});
        QVERIFY(saved);
        QCOMPARE(saved->version, 1);
        const auto again
            = store.saveCustomMode({u"Terse"_s, JudgeMode::Fuse, u"Fuse the answers in one short line."_s, 1, 0});
        QCOMPARE(again->version, 2);
        QCOMPARE(
            store.saveCustomMode({u" "_s, JudgeMode::Fuse, u"x"_s, 1, 0}).error().kind, StorageError::Kind::Invalid);

        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        threeAnswers(engine);
        m_server.enqueueFor(u"judge"_s,
            judgeSays(uR"json({"synthesis": "One line.", "claims": [], "scores": [], "ranking": []})json"_s));
        JudgeRequest request;
        request.custom = u"Terse"_s;
        request.judge = target(u"oa/judge"_s);
        const QList<ResponseRecord> judges = judgeAndWait(engine, request);
        QCOMPARE(judges.size(), 1);
        QCOMPARE(judges.at(0).parameters.judge->custom, u"Terse"_s);
        QCOMPARE(judges.at(0).parameters.judge->templateVersion, 2);
        const QString system = m_server.requestsFor(u"judge"_s)
                                   .constLast()
                                   .json.value(u"messages"_s)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"content"_s)
                                   .toString();
        QVERIFY(system.startsWith(u"Fuse the answers in one short line."_s));
        QVERIFY(system.contains(u"Reply with one JSON object"_s)); // the reply's shape is always added
        request.custom = u"Missing"_s;
        QCOMPARE(engine.planJudge(request).refused->message, u"There is no judge mode named 'Missing'."_s);
    }
};

QTEST_GUILESS_MAIN(TestJudgeEngine)
#include "test_judge_engine.moc"
