// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The engine without any widget: Dispatcher and ChatSession against the fake provider server
// over the real network stack, recording into the real SQLite file. What the window and
// `quorum ask` rely on: send, fall back, retry, cancel, the follow-up policies, governance
// (asked or followed), keys, and what is stored.
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include "appfixture.h"
#include "chat/dispatcher.h"
#include "enginesteps.h"
#include "expectedtext.h"
#include "fakeaccounts.h"
#include "fakeproviderserver.h"
#include "storage/conversationstore.h"
#include "storage/rulestore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;
using Fake::Script;
using Testing::answer;
using Testing::ask;
using Testing::sendAndWait;
using Testing::target;

class TestDispatcher : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    //! Sends \a request and waits until every answer ended; the stored turn.
    QList<TurnRecord> stored(qint64 conversationId)
    {
        return ConversationStore(*m_app->database()).turns(conversationId).value_or(QList<TurnRecord> {});
    }

    QList<Fake::RecordedRequest> chatRequests() const { return m_server.chatRequests(); }

    void addRule(const QString &name,
        const QStringList &conditions,
        Action::Type type,
        const QString &tagOrMessage,
        const QStringList &targets = {})
    {
        Rule rule;
        rule.name = name;
        for (const QString &spec : conditions) {
            rule.conditions.append(*Condition::parse(spec));
        }
        rule.action.type = type;
        rule.action.tag = type == Action::Type::Restrict ? tagOrMessage : QString();
        rule.action.message = type == Action::Type::Block ? tagOrMessage : QString();
        for (const QString &t : targets) {
            rule.action.targets.append(target(t));
        }
        QVERIFY(RuleStore(*m_app->database()).add(rule));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TurnRecord>();
        qRegisterMetaType<SendFailure>();
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_server.clearRequests();
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
        for (const auto &[id, protocol] : {std::pair {u"oa"_s, Protocol::OpenAiChat},
                 std::pair {u"an"_s, Protocol::Anthropic},
                 std::pair {u"ge"_s, Protocol::Gemini}}) {
            QVERIFY(m_app->addAccount(Testing::fakeAccount(m_server, protocol, id)));
        }
    }

    void sendStoresFirstThenStreamsEveryTarget()
    {
        m_server.enqueueFor(u"m1"_s, answer({u"One"_s, u" answer."_s}));
        m_server.enqueueFor(u"m2"_s, answer({u"Another."_s}));
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        QSignalSpy started(&engine.session(), &ChatSession::answerStarted);
        const TurnRecord turn
            = sendAndWait(engine, ask(u"Compare, please"_s, {target(u"oa/m1"_s), target(u"an/m2"_s)}));
        QCOMPARE(turn.responses.size(), 2);
        QCOMPARE(started.size(), 2);
        const qint64 conversation = engine.session().conversationId();
        QVERIFY(conversation > 0);
        const auto title = ConversationStore(*m_app->database()).conversation(conversation);
        QCOMPARE(title->value().title, u"Compare, please"_s);
        const QList<TurnRecord> turns = stored(conversation);
        QCOMPARE(turns.size(), 1);
        QCOMPARE(turns.at(0).responses.at(0).text, u"One answer."_s);
        QCOMPARE(turns.at(0).responses.at(0).status, ResponseStatus::Done);
        QCOMPARE(turns.at(0).responses.at(1).text, u"Another."_s);
        // What each answer was asked with, typed: no history yet, the policy that chose it.
        const AnswerParameters &p = turns.at(0).responses.at(0).parameters;
        QCOMPARE(p.history, std::optional<QList<qint64>>(QList<qint64> {}));
        QCOMPARE(p.followUp, std::optional<FollowUpPolicy>(FollowUpPolicy::OwnThread));
        QVERIFY(!p.rule); // chosen by hand, not by a rule
        QVERIFY(engine.session().isSaved());
    }

    // A key kept only for this session (no keychain) is found, and sent.
    void keysComeFromTheSessionStoreToo()
    {
        ProviderAccount account = Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"sess"_s, QString());
        account.apiKeyEnv = u"QUORUM_TEST_NO_SUCH_VARIABLE"_s;
        m_app->providers().upsert(account);
        QVERIFY(m_app->providers().save());
        QVERIFY(m_app->sessionKeys().writeBlocking(u"sess"_s, u"session-only-key"_s));
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        sendAndWait(engine, ask(u"Hi"_s, {target(u"sess/m"_s)}));
        QCOMPARE(chatRequests().constLast().headers.value("authorization"), QByteArray("Bearer session-only-key"));
        // A missing key ends that answer with what to do, not a request without a key.
        QVERIFY(m_app->sessionKeys().removeBlocking(u"sess"_s));
        m_server.clearRequests();
        const TurnRecord turn = sendAndWait(engine, ask(u"Again"_s, {target(u"sess/m"_s)}));
        const ResponseRecord failed = stored(turn.conversationId).constLast().responses.at(0);
        QCOMPARE(failed.status, ResponseStatus::Error);
        QVERIFY2(failed.errorMessage.contains(u"No API key for sess"_s), qPrintable(failed.errorMessage));
        QVERIFY(chatRequests().isEmpty());
    }

    void aFallbackChainMovesOnAndIsRecorded()
    {
        addRule(u"Cheap"_s, {}, Action::Type::Fallback, {}, {u"an/busy"_s, u"oa/spare"_s});
        Script overloaded;
        overloaded.status = 529;
        m_server.enqueueFor(u"busy"_s, overloaded);
        m_server.enqueueFor(u"spare"_s, answer({u"Spare answer."_s}));
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        const TurnRecord turn = sendAndWait(engine, ask(u"2+2?"_s, {target(u"ge/g"_s)}, true));
        QCOMPARE(turn.responses.size(), 1); // a chain is one answer
        const ResponseRecord record = stored(turn.conversationId).at(0).responses.at(0);
        QCOMPARE(record.providerId, u"oa"_s);
        QCOMPARE(record.model, u"spare"_s);
        QCOMPARE(record.text, u"Spare answer."_s);
        QCOMPARE(record.parameters.rule, std::optional<QString>(u"Cheap"_s));
        QVERIFY(record.parameters.fallbackFrom && record.parameters.fallbackFrom->size() == 1);
        QCOMPARE(record.parameters.fallbackFrom->at(0).target, u"an/busy"_s);
        QCOMPARE(record.parameters.fallbackFrom->at(0).httpStatus, std::optional<int>(529));
    }

    void aServerErrorBeforeTheFirstTokenIsRetried()
    {
        Script unavailable;
        unavailable.status = 503;
        unavailable.headers = {{"retry-after-ms", "10"}};
        m_server.enqueueFor(u"flaky"_s, unavailable);
        m_server.enqueueFor(u"flaky"_s, answer({u"Second time lucky."_s}));
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        QSignalSpy retrying(&engine.session(), &ChatSession::answerRetrying);
        const TurnRecord turn = sendAndWait(engine, ask(u"Hi"_s, {target(u"oa/flaky"_s)}));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(stored(turn.conversationId).at(0).responses.at(0).text, u"Second time lucky."_s);
    }

    void stopKeepsTheTextThatArrived()
    {
        Script stall;
        stall.stallAfter = 1;
        m_server.enqueueFor(u"slow"_s, stall);
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        QSignalSpy sent(&engine, &Dispatcher::sent);
        QSignalSpy grew(&engine.session(), &ChatSession::answerGrew);
        QSignalSpy idle(&engine.session(), &ChatSession::idle);
        engine.send(ask(u"Tell me a long story"_s, {target(u"an/slow"_s)}));
        QVERIFY(grew.wait(5000));
        engine.session().stopAll();
        QVERIFY(idle.wait(5000));
        const ResponseRecord record = stored(engine.session().conversationId()).at(0).responses.at(0);
        QCOMPARE(record.status, ResponseStatus::Cancelled);
        QCOMPARE(record.text, u"Hello"_s);
    }

    // The two follow-up policies, on the wire: each model its own thread, or everyone the
    // answer the user picked.
    void followUpsCarryTheHistoryThePolicySays_data()
    {
        QTest::addColumn<FollowUpPolicy>("policy");
        QTest::addColumn<QString>("firstGets");
        QTest::addColumn<QString>("secondGets");
        QTest::newRow("own thread") << FollowUpPolicy::OwnThread << u"A1"_s << u"B1"_s;
        QTest::newRow("picked answer") << FollowUpPolicy::PickedAnswer << u"B1"_s << u"B1"_s;
    }

    void followUpsCarryTheHistoryThePolicySays()
    {
        QFETCH(FollowUpPolicy, policy);
        QFETCH(QString, firstGets);
        QFETCH(QString, secondGets);
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        engine.session().setFollowUpPolicy(policy);
        const QList<ChatTarget> both {target(u"oa/a"_s), target(u"an/b"_s)};
        m_server.enqueueFor(u"a"_s, answer({u"A1"_s}));
        m_server.enqueueFor(u"b"_s, answer({u"B1"_s}));
        const TurnRecord first = sendAndWait(engine, ask(u"Q1"_s, both));
        QVERIFY(engine.session().pickBest(first.id, first.responses.at(1).id)); // B's answer
        m_server.clearRequests();
        m_server.enqueueFor(u"a"_s, answer({u"A2"_s}));
        m_server.enqueueFor(u"b"_s, answer({u"B2"_s}));
        const TurnRecord second = sendAndWait(engine, ask(u"Q2"_s, both));
        const auto history = [&](const QString &model) {
            for (const Fake::RecordedRequest &r : chatRequests()) {
                if (r.model == model) {
                    return r.json.value("messages"_L1).toArray();
                }
            }
            return QJsonArray {};
        };
        QCOMPARE(history(u"a"_s).at(1).toObject().value("content"_L1).toString(), firstGets);
        QCOMPARE(history(u"b"_s).at(1).toObject().value("content"_L1).toString(), secondGets);
        // Recorded with each answer: which answers were its history, by which policy.
        const ResponseRecord stored0 = stored(second.conversationId).at(1).responses.at(0);
        const qint64 expectedId = firstGets == u"A1"_s ? first.responses.at(0).id : first.responses.at(1).id;
        QCOMPARE(stored0.parameters.history, std::optional<QList<qint64>>({expectedId}));
        QCOMPARE(stored0.parameters.followUp, std::optional<FollowUpPolicy>(policy));
        QCOMPARE(stored(second.conversationId).at(1).parentId, std::optional<qint64>(first.id));
    }

    // The window asks before a governance rule changes what the user chose.
    void governanceAsksAndRecordsTheAnswer()
    {
        ProviderAccount eu = *m_app->providers().find(u"an"_s);
        eu.tags = {u"eu"_s};
        m_app->providers().upsert(eu);
        QVERIFY(m_app->providers().save());
        addRule(u"EU only"_s, {u"any-keyword:client"_s}, Action::Type::Restrict, u"eu"_s);
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        QSignalSpy asked(&engine, &Dispatcher::confirmationNeeded);
        QSignalSpy sent(&engine, &Dispatcher::sent);
        const SendRequest request = ask(u"About our client"_s, {target(u"oa/x"_s), target(u"an/y"_s)});
        engine.send(request);
        QCOMPARE(asked.size(), 1);
        QVERIFY(engine.isAwaitingConfirmation());
        QVERIFY(sent.isEmpty() && chatRequests().isEmpty()); // nothing yet
        QCOMPARE(asked.first().first().value<RouteDecision>().excluded, QStringList {u"oa/x"_s});

        // As the rules say: only the EU account.
        QSignalSpy idle(&engine.session(), &ChatSession::idle);
        engine.confirm(false);
        QVERIFY(idle.wait(5000));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().first().value<TurnRecord>().responses.size(), 1);
        QCOMPARE(chatRequests().size(), 1);
        QCOMPARE(chatRequests().at(0).model, u"y"_s);

        // Past the rules: both, and the answers say so.
        engine.send(request);
        QCOMPARE(asked.size(), 2);
        engine.confirm(true);
        QVERIFY(idle.wait(5000));
        const TurnRecord overridden = sent.at(1).first().value<TurnRecord>();
        QCOMPARE(overridden.responses.size(), 2);
        const ResponseRecord record = stored(overridden.conversationId).at(1).responses.at(0);
        QCOMPARE(record.parameters.overrode, std::optional<QStringList>({u"EU only"_s}));
    }

    // A script follows the rules without being asked.
    void aScriptFollowsTheRules()
    {
        ProviderAccount eu = *m_app->providers().find(u"an"_s);
        eu.tags = {u"eu"_s};
        m_app->providers().upsert(eu);
        QVERIFY(m_app->providers().save());
        addRule(u"EU only"_s, {u"any-keyword:client"_s}, Action::Type::Restrict, u"eu"_s);
        addRule(u"No HR"_s, {u"any-keyword:salary"_s}, Action::Type::Block, u"HR matters stay here"_s);
        Dispatcher engine(m_app->services(), Dispatcher::Governance::FollowRules);
        QSignalSpy asked(&engine, &Dispatcher::confirmationNeeded);
        const TurnRecord turn = sendAndWait(engine, ask(u"About our client"_s, {target(u"oa/x"_s), target(u"an/y"_s)}));
        QVERIFY(asked.isEmpty());
        QCOMPARE(turn.responses.size(), 1);
        QCOMPARE(turn.responses.at(0).providerId, u"an"_s);

        QSignalSpy failed(&engine, &Dispatcher::failed);
        engine.send(ask(u"My salary"_s, {target(u"an/y"_s)}));
        QCOMPARE(failed.size(), 1);
        const SendFailure failure = failed.first().first().value<SendFailure>();
        QCOMPARE(failure.kind, SendFailure::Kind::Blocked);
        QCOMPARE(failure.message, u"HR matters stay here"_s);
        QCOMPARE(stored(engine.session().conversationId()).size(), 1); // nothing stored
    }

    void anUnknownAccountSendsNothing()
    {
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        QSignalSpy failed(&engine, &Dispatcher::failed);
        engine.send(ask(u"Hi"_s, {target(u"nobody/m"_s)}));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<SendFailure>().kind, SendFailure::Kind::UnknownAccount);
        QCOMPARE(engine.session().conversationId(), 0);
        QVERIFY(chatRequests().isEmpty());
    }

    // An account added by another process (quorum providers add) is usable at once.
    void anAccountAddedElsewhereIsUsable()
    {
        m_app->providers().watch();
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        QSignalSpy changed(&m_app->providers(), &ProviderConfig::changed);
        ProviderConfig elsewhere(m_app->dataDir());
        QVERIFY(elsewhere.load());
        ProviderAccount added = Testing::fakeAccount(m_server, Protocol::Gemini, u"added"_s);
        added.apiKeyEnv = u"QUORUM_TEST_ADDED_KEY"_s; // keys never go into providers.json
        qputenv("QUORUM_TEST_ADDED_KEY", "test-key");
        elsewhere.upsert(added);
        QVERIFY(elsewhere.save());
        QVERIFY(changed.wait(5000));
        m_server.enqueueFor(u"new-model"_s, answer({u"From the new account."_s}));
        const TurnRecord turn = sendAndWait(engine, ask(u"Hello?"_s, {target(u"added/new-model"_s)}));
        QCOMPARE(stored(turn.conversationId).at(0).responses.at(0).text, u"From the new account."_s);
    }

    // Without a database the conversation lives in memory, with the same behaviour.
    void withoutADatabaseNothingIsStored()
    {
        Testing::AppFixture memory(false);
        QVERIFY(memory.addAccount(Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"oa"_s)));
        Dispatcher engine(memory.services(), Dispatcher::Governance::Ask);
        m_server.enqueueFor(u"m"_s, answer({u"In memory."_s}));
        const TurnRecord turn = sendAndWait(engine, ask(u"Hi"_s, {target(u"oa/m"_s)}));
        QCOMPARE(turn.responses.size(), 1);
        const auto branch = engine.session().branch();
        QVERIFY(branch);
        QCOMPARE(branch->at(0).responses.at(0).text, u"In memory."_s);
        QVERIFY(!QFile::exists(memory.dataDir() + u"/quorum.db"_s));
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "test_dispatcher.moc"
