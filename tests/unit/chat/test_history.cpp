// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Which earlier answers each target is given with a follow-up, and which turns make up
// the current branch after an edit.
#include <QTest>

#include "chat/history.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
ResponseRecord answer(qint64 id,
    const QString &provider,
    const QString &model,
    const QString &text,
    ResponseStatus status = ResponseStatus::Done,
    int vote = 0)
{
    ResponseRecord r;
    r.id = id;
    r.providerId = provider;
    r.model = model;
    r.text = text;
    r.status = status;
    r.vote = vote;
    return r;
}

TurnRecord turn(
    qint64 id, std::optional<qint64> parent, int position, const QString &prompt, QList<ResponseRecord> responses)
{
    TurnRecord t;
    t.id = id;
    t.parentId = parent;
    t.position = position;
    t.prompt = prompt;
    t.responses = std::move(responses);
    return t;
}

QStringList texts(const History &history)
{
    QStringList out;
    for (const ChatMessage &m : history.messages) {
        out << (m.role == ChatMessage::Role::User ? u"U:"_s : u"A:"_s) + m.content;
    }
    return out;
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A turn's synthesis: what the Synthesis policy continues from, or a picked one for any.
    void followUpsContinueFromTheSynthesis()
    {
        TurnRecord t = turn(1,
            std::nullopt,
            0,
            u"Q"_s,
            {answer(10, u"a"_s, u"m"_s, u"A says"_s), answer(11, u"b"_s, u"n"_s, u"B says"_s)});
        ResponseRecord judge = answer(12, u"j"_s, u"judge"_s, u"{\"synthesis\": \"Fused\"}"_s);
        judge.kind = ResponseKind::Judge;
        JudgeParameters p;
        p.mode = u"fuse"_s;
        judge.parameters.judge = p;
        Judgement read;
        read.text = u"Fused"_s;
        judge.judgement = read;
        t.judgements.append(judge);
        const ChatTarget a {u"a"_s, u"m"_s, {}, {}, {}};
        QCOMPARE(texts(historyFor({t}, a, FollowUpPolicy::OwnThread)), (QStringList {u"U:Q"_s, u"A:A says"_s}));
        // The synthesis as read, never the judge's JSON.
        const History synthesis = historyFor({t}, a, FollowUpPolicy::Synthesis);
        QCOMPARE(texts(synthesis), (QStringList {u"U:Q"_s, u"A:Fused"_s}));
        QCOMPARE(synthesis.responseIds, QList<qint64> {12});
        // A peer ranking's ballot is no synthesis; a turn without one falls back to the pick.
        t.judgements[0].parameters.judge->rankerOf = 10;
        QCOMPARE(texts(historyFor({t}, a, FollowUpPolicy::Synthesis)), (QStringList {u"U:Q"_s, u"A:A says"_s}));
        // Picked, a synthesis is what the picked-answer policy continues from.
        t.judgements[0].parameters.judge->rankerOf.reset();
        t.judgements[0].vote = 1;
        QCOMPARE(historyFor({t}, a, FollowUpPolicy::PickedAnswer).responseIds, QList<qint64> {12});
        QCOMPARE(followUpPolicyFromName(u"synthesis"_s), std::optional(FollowUpPolicy::Synthesis));
        QCOMPARE(followUpPolicyName(FollowUpPolicy::Synthesis), u"synthesis"_s);
    }

    void targetsParseAndKeepTheirParameters()
    {
        const auto target = ChatTarget::parse(u"openrouter/openai/gpt-4o"_s);
        QVERIFY(target);
        QCOMPARE(target->accountId, u"openrouter"_s);
        QCOMPARE(target->model, u"openai/gpt-4o"_s);
        QVERIFY(!ChatTarget::parse(u"noslash"_s));
        QVERIFY(!ChatTarget::parse(u"/model"_s));
        QVERIFY(!ChatTarget::parse(u"account/"_s));
        ChatTarget t = *target;
        t.parameters.temperature = 0.3;
        t.parameters.maxTokens = 100;
        ResponseRecord r = answer(1, t.accountId, t.model, {});
        r.parameters.generation.temperature = 0.3;
        r.parameters.generation.maxTokens = 100;
        QCOMPARE(ChatTarget::fromResponse(r), t);
    }

    void eachTargetKeepsItsOwnThreadByDefault()
    {
        const QList<TurnRecord> turns {
            turn(1,
                {},
                0,
                u"Q1"_s,
                {answer(11, u"a"_s, u"m"_s, u"A1"_s), answer(12, u"b"_s, u"m"_s, u"B1"_s, ResponseStatus::Done, 1)}),
            turn(2, 1, 1, u"Q2"_s, {answer(21, u"a"_s, u"m"_s, u"A2"_s), answer(22, u"b"_s, u"m"_s, u"B2"_s)}),
        };
        const ChatTarget a {u"a"_s, u"m"_s, {}, {}, {}};
        const ChatTarget b {u"b"_s, u"m"_s, {}, {}, {}};
        QCOMPARE(texts(historyFor(turns, a, FollowUpPolicy::OwnThread)),
            (QStringList {u"U:Q1"_s, u"A:A1"_s, u"U:Q2"_s, u"A:A2"_s}));
        QCOMPARE(historyFor(turns, a, FollowUpPolicy::OwnThread).responseIds, (QList<qint64> {11, 21}));
        QCOMPARE(texts(historyFor(turns, b, FollowUpPolicy::OwnThread)),
            (QStringList {u"U:Q1"_s, u"A:B1"_s, u"U:Q2"_s, u"A:B2"_s}));
        // Picked answers: turn 1's pick (B1) for everyone; turn 2 has none, so each its own.
        QCOMPARE(texts(historyFor(turns, a, FollowUpPolicy::PickedAnswer)),
            (QStringList {u"U:Q1"_s, u"A:B1"_s, u"U:Q2"_s, u"A:A2"_s}));
        // A new target: the picked, or else the first, answers.
        const ChatTarget c {u"c"_s, u"new"_s, {}, {}, {}};
        QCOMPARE(historyFor(turns, c, FollowUpPolicy::OwnThread).responseIds, (QList<qint64> {12, 21}));
    }

    void failedAnswersAndEmptyTurnsAreLeftOut()
    {
        const QList<TurnRecord> turns {
            turn(1,
                {},
                0,
                u"Q1"_s,
                {answer(11, u"a"_s, u"m"_s, u"partial"_s, ResponseStatus::Error), answer(12, u"b"_s, u"m"_s, u"B1"_s)}),
            turn(2, 1, 1, u"Q2"_s, {answer(21, u"a"_s, u"m"_s, u"cut"_s, ResponseStatus::Cancelled)}),
        };
        const ChatTarget a {u"a"_s, u"m"_s, {}, {}, {}};
        // Its own answer failed: it gets the one that completed; turn 2 has none: left out.
        QCOMPARE(texts(historyFor(turns, a, FollowUpPolicy::OwnThread)), (QStringList {u"U:Q1"_s, u"A:B1"_s}));
    }

    void theCurrentBranchFollowsTheNewestTurnsParents()
    {
        // 1 -> 2 -> 3, then turn 2's prompt edited: 4 (parent 1), then 5 after it.
        const QList<TurnRecord> turns {
            turn(1, {}, 0, u"Q1"_s, {}),
            turn(2, 1, 1, u"Q2"_s, {}),
            turn(3, 2, 2, u"Q3"_s, {}),
            turn(4, 1, 3, u"Q2 edited"_s, {}),
            turn(5, 4, 4, u"Q5"_s, {}),
        };
        QList<qint64> ids;
        for (const TurnRecord &t : currentBranch(turns)) {
            ids << t.id;
        }
        QCOMPARE(ids, (QList<qint64> {1, 4, 5}));
        // Editing the first prompt starts a second root.
        QList<TurnRecord> more = turns;
        more.append(turn(6, {}, 5, u"Q1 edited"_s, {}));
        QCOMPARE(currentBranch(more).size(), 1);
        // Without recorded parents (an import): all turns, in order.
        const QList<TurnRecord> linear {turn(1, {}, 0, u"a"_s, {}), turn(2, {}, 1, u"b"_s, {})};
        QCOMPARE(currentBranch(linear).size(), 2);
        // A damaged parent cycle cannot loop forever.
        const QList<TurnRecord> cycle {turn(1, 2, 0, u"a"_s, {}), turn(2, 1, 1, u"b"_s, {})};
        QCOMPARE(currentBranch(cycle).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "test_history.moc"
