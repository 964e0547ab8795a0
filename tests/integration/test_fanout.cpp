// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include "chat/fanout.h"
#include "fakeaccounts.h"
#include "providers/modellister.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using namespace std::chrono_literals;
using Fake::Protocol;
using Fake::Script;

Q_DECLARE_METATYPE(Quorum::Fake::Protocol)

class TestFanOut : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QNetworkAccessManager m_network;

    static FanOutJob job(const ProviderAccount &account, const QString &model)
    {
        ChatRequest request;
        request.model = model;
        request.messages = {{ChatMessage::Role::User, u"Compare."_s}};
        return {account, request, {}};
    }

    static Script answer(const QStringList &deltas, int delayMs = 5)
    {
        Script s;
        s.deltas = deltas;
        s.delayMs = delayMs;
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void fourProvidersOneFailingOneStalling()
    {
        // Distinct answers per model, interleaved on the wire, must never mix.
        m_server.enqueueFor(u"gpt"_s, answer({u"Open"_s, u"AI "_s, u"says"_s, u" one."_s}));
        Script refused;
        refused.status = 401;
        m_server.enqueueFor(u"claude"_s, refused);
        Script stall = answer({u"Gem"_s, u"ini"_s, u" never"_s, u" ends"_s});
        stall.stallAfter = 2;
        m_server.enqueueFor(u"gemini"_s, stall);
        m_server.enqueueFor(u"llama"_s, answer({u"Llama"_s, u" says"_s, u" two."_s}));

        StreamOptions options;
        options.idleTimeout = 600ms;
        FanOut fanOut(&m_network, options);
        QSignalSpy ended(&fanOut, &FanOut::targetEnded);
        QSignalSpy allEnded(&fanOut, &FanOut::allEnded);
        QHash<int, QString> streamed;
        connect(&fanOut, &FanOut::textDelta, this, [&](int i, const QString &t) { streamed[i] += t; });
        fanOut.start({job(Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"oa"_s), u"gpt"_s),
            job(Testing::fakeAccount(m_server, Protocol::Anthropic, u"an"_s), u"claude"_s),
            job(Testing::fakeAccount(m_server, Protocol::Gemini, u"ge"_s), u"gemini"_s),
            job(Testing::fakeAccount(m_server, Protocol::Ollama, u"ol"_s), u"llama"_s)});
        QVERIFY(fanOut.isRunning());
        QVERIFY(allEnded.wait(10000));
        QCOMPARE(allEnded.size(), 1);
        QCOMPARE(ended.size(), 4);

        QCOMPARE(fanOut.stream(0)->status(), ChatStream::Status::Finished);
        QCOMPARE(fanOut.stream(0)->text(), u"OpenAI says one."_s);
        QCOMPARE(streamed[0], u"OpenAI says one."_s);
        QCOMPARE(fanOut.stream(1)->error().kind, StreamError::Kind::Auth);
        QVERIFY(fanOut.stream(1)->text().isEmpty());
        QCOMPARE(fanOut.stream(2)->error().kind, StreamError::Kind::Timeout);
        QCOMPARE(fanOut.stream(2)->text(), u"Gemini"_s);
        QCOMPARE(fanOut.stream(3)->status(), ChatStream::Status::Finished);
        QCOMPARE(fanOut.stream(3)->text(), u"Llama says two."_s);
        QCOMPARE(fanOut.job(3).label(), u"ol/llama"_s);
        QVERIFY(!fanOut.isRunning());
        // The failure ended first: it did not wait for, or disturb, the others.
        QCOMPARE(ended.first().first().toInt(), 1);
    }

    // A fallback chain: overloaded, then a timeout, then an answer; one target throughout.
    void fallbackChainMovesOnBeforeTheFirstToken()
    {
        Script overloaded;
        overloaded.status = 529;
        m_server.enqueueFor(u"first"_s, overloaded);
        Script hangs;
        hangs.stallBeforeHeaders = true;
        m_server.enqueueFor(u"second"_s, hangs);
        m_server.enqueueFor(u"third"_s, answer({u"Third"_s, u" answers."_s}));
        const ProviderAccount an = Testing::fakeAccount(m_server, Protocol::Anthropic, u"an"_s);
        const ProviderAccount oa = Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"oa"_s);
        FanOutJob chain = job(an, u"first"_s);
        chain.fallbacks = {job(oa, u"second"_s), job(oa, u"third"_s)};

        StreamOptions options;
        options.responseTimeout = 500ms;
        FanOut fanOut(&m_network, options);
        QSignalSpy fellBack(&fanOut, &FanOut::fellBack);
        QSignalSpy ended(&fanOut, &FanOut::targetEnded);
        QSignalSpy allEnded(&fanOut, &FanOut::allEnded);
        const auto before = m_server.requests().size();
        fanOut.start({chain});
        QVERIFY(allEnded.wait(10000));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(fellBack.size(), 2);
        QCOMPARE(fellBack.at(0).at(1).toString(), u"an/first"_s);
        QCOMPARE(fellBack.at(0).at(2).value<StreamError>().kind, StreamError::Kind::Overloaded);
        QCOMPARE(fellBack.at(1).at(1).toString(), u"oa/second"_s);
        QCOMPARE(fellBack.at(1).at(2).value<StreamError>().kind, StreamError::Kind::Timeout);
        QCOMPARE(fanOut.job(0).label(), u"oa/third"_s);
        QCOMPARE(fanOut.stream(0)->text(), u"Third answers."_s);
        QCOMPARE(m_server.requests().size() - before, 3); // no retries inside a chain
    }

    // Text already shown is never thrown away: an error after the first token ends the answer.
    void noFallbackAfterTheFirstTokenOrOnCancel()
    {
        Script breaks = answer({u"Half"_s, u" an"_s, u" answer"_s});
        breaks.midStreamErrorAfter = 2;
        m_server.enqueueFor(u"breaks"_s, breaks);
        const ProviderAccount oa = Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"oa"_s);
        FanOutJob chain = job(oa, u"breaks"_s);
        chain.fallbacks = {job(oa, u"unused"_s)};
        FanOut fanOut(&m_network);
        QSignalSpy fellBack(&fanOut, &FanOut::fellBack);
        QSignalSpy allEnded(&fanOut, &FanOut::allEnded);
        fanOut.start({chain});
        QVERIFY(allEnded.wait(10000));
        QCOMPARE(fellBack.size(), 0);
        QCOMPARE(fanOut.stream(0)->status(), ChatStream::Status::Failed);
        QCOMPARE(fanOut.stream(0)->text(), u"Half an"_s);

        Script slow = answer({u"slow"_s}, 2000);
        m_server.enqueueFor(u"slow"_s, slow);
        FanOutJob cancelled = job(oa, u"slow"_s);
        cancelled.fallbacks = {job(oa, u"unused"_s)};
        FanOut second(&m_network);
        QSignalSpy secondFellBack(&second, &FanOut::fellBack);
        QSignalSpy secondEnded(&second, &FanOut::allEnded);
        second.start({cancelled});
        second.cancel(0); // may end at once, synchronously
        QTRY_COMPARE_WITH_TIMEOUT(secondEnded.size(), 1, 10000);
        QCOMPARE(secondFellBack.size(), 0);
        QCOMPARE(second.stream(0)->status(), ChatStream::Status::Cancelled);
    }

    void localAccountQueues()
    {
        const ProviderAccount ollama = Testing::fakeAccount(m_server, Protocol::Ollama, u"local"_s);
        QCOMPARE(ollama.effectiveMaxConcurrent(), 1);
        const ProviderAccount cloud = Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"cloud"_s);
        for (const QString &model : {u"l1"_s, u"l2"_s, u"l3"_s}) {
            m_server.enqueueFor(model, answer({model, u" done"_s}, 60));
        }
        m_server.enqueueFor(u"c1"_s, answer({u"c1"_s, u" done"_s}, 60));

        FanOut fanOut(&m_network);
        QSignalSpy queued(&fanOut, &FanOut::queued);
        QSignalSpy started(&fanOut, &FanOut::started);
        QSignalSpy allEnded(&fanOut, &FanOut::allEnded);
        QList<int> order;
        int runningLocal = 0;
        int mostLocal = 0;
        const auto isLocal = [](int i) { return i != 2; };
        connect(&fanOut, &FanOut::started, this, [&](int i) {
            runningLocal += isLocal(i) ? 1 : 0;
            mostLocal = qMax(mostLocal, runningLocal);
        });
        connect(&fanOut, &FanOut::targetEnded, this, [&](int i) {
            order << i;
            runningLocal -= isLocal(i) ? 1 : 0;
        });
        fanOut.start({job(ollama, u"l1"_s), job(ollama, u"l2"_s), job(cloud, u"c1"_s), job(ollama, u"l3"_s)});
        QCOMPARE(queued.size(), 2); // l2 and l3 wait; the cloud target does not
        QVERIFY(fanOut.isQueued(1));
        QVERIFY(!fanOut.isQueued(2));
        QVERIFY(fanOut.isQueued(3));
        QVERIFY(allEnded.wait(10000));
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(fanOut.stream(i)->status(), ChatStream::Status::Finished);
        }
        QCOMPARE(fanOut.stream(1)->text(), u"l2 done"_s);
        // The local ones ran one after another, in order, while the cloud one ran beside them.
        QCOMPARE(mostLocal, 1);
        QVERIFY(order.indexOf(0) < order.indexOf(1));
        QVERIFY(order.indexOf(1) < order.indexOf(3));
        QCOMPARE(started.size(), 4);
    }

    void atMostSixAtOnceToOnePlainHttpHost()
    {
        // Eight models of two accounts on one plain-HTTP server: Qt would open 6 connections
        // and hold 2 requests back unseen (their response timeouts running); FanOut queues
        // them itself and says so.
        ProviderAccount first = Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"one"_s);
        ProviderAccount second = Testing::fakeAccount(m_server, Protocol::Mistral, u"two"_s);
        first.maxConcurrent = 0;
        second.maxConcurrent = 0;
        QList<FanOutJob> jobs;
        for (int i = 0; i < 8; ++i) {
            const QString model = u"m%1"_s.arg(i);
            m_server.enqueueFor(model, answer({u"a"_s, u"b"_s, u"c"_s}, 60));
            jobs.append(job(i % 2 ? second : first, model));
        }
        m_server.resetMaxOpenConnections();
        FanOut fanOut(&m_network);
        QSignalSpy queued(&fanOut, &FanOut::queued);
        QSignalSpy allEnded(&fanOut, &FanOut::allEnded);
        fanOut.start(jobs);
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.at(0).at(0).toInt(), 6);
        QVERIFY(fanOut.isQueued(7));
        QVERIFY(allEnded.wait(10000));
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(fanOut.stream(i)->status(), ChatStream::Status::Finished);
        }
        QVERIFY2(m_server.maxOpenConnections() <= FanOut::connectionsPerHttpHost,
            qPrintable(QString::number(m_server.maxOpenConnections())));
    }

    void cancelOneLeavesTheOthers()
    {
        Script stall = answer({u"a"_s, u"b"_s});
        stall.stallAfter = 1;
        m_server.enqueueFor(u"stuck"_s, stall);
        m_server.enqueueFor(u"fine"_s, answer({u"fine"_s, u" answer"_s}, 80));
        FanOut fanOut(&m_network);
        QSignalSpy text(&fanOut, &FanOut::textDelta);
        QSignalSpy allEnded(&fanOut, &FanOut::allEnded);
        fanOut.start({job(Testing::fakeAccount(m_server, Protocol::Anthropic, u"a"_s), u"stuck"_s),
            job(Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"b"_s), u"fine"_s)});
        QTRY_VERIFY(fanOut.stream(0)->text() == u"a"_s);
        fanOut.cancel(0);
        QCOMPARE(fanOut.stream(0)->status(), ChatStream::Status::Cancelled);
        QVERIFY(fanOut.stream(1)->isActive());
        QVERIFY(allEnded.wait(5000));
        QCOMPARE(fanOut.stream(1)->text(), u"fine answer"_s);
    }

    void cancelAllIncludingQueued()
    {
        const ProviderAccount ollama = Testing::fakeAccount(m_server, Protocol::Ollama, u"local"_s);
        Script stall = answer({u"x"_s});
        stall.stallAfter = 0;
        m_server.enqueueFor(u"q1"_s, stall);
        FanOut fanOut(&m_network);
        QSignalSpy allEnded(&fanOut, &FanOut::allEnded);
        QSignalSpy started(&fanOut, &FanOut::started);
        fanOut.start({job(ollama, u"q1"_s), job(ollama, u"q2"_s)});
        QVERIFY(fanOut.isQueued(1));
        fanOut.cancelAll();
        QCOMPARE(allEnded.size(), 1);
        // q1's slot was freed by its cancellation; q2 must not have been launched into it
        // (its request would already be on the network thread's way out).
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().first().toInt(), 0);
        QCOMPARE(fanOut.stream(0)->status(), ChatStream::Status::Cancelled);
        QCOMPARE(fanOut.stream(1)->status(), ChatStream::Status::Cancelled);
        QTest::qWait(50);
        for (const Fake::RecordedRequest &r : m_server.requests()) {
            QVERIFY(r.model != u"q2"_s); // the queued target was never sent
        }
    }

    void retryOne()
    {
        Script refused;
        refused.status = 404;
        m_server.enqueueFor(u"flaky"_s, refused);
        m_server.enqueueFor(u"flaky"_s, answer({u"second"_s, u" time"_s}));
        FanOut fanOut(&m_network);
        QSignalSpy allEnded(&fanOut, &FanOut::allEnded);
        fanOut.start({job(Testing::fakeAccount(m_server, Protocol::Gemini, u"g"_s), u"flaky"_s)});
        QVERIFY(allEnded.wait(5000));
        QCOMPARE(fanOut.stream(0)->error().kind, StreamError::Kind::NotFound);
        fanOut.retry(0);
        QVERIFY(fanOut.isRunning());
        QVERIFY(allEnded.wait(5000));
        QCOMPARE(fanOut.stream(0)->text(), u"second time"_s);
    }

    void modelLists_data()
    {
        QTest::addColumn<Protocol>("protocol");
        for (const Protocol p : Testing::allProtocols()) {
            QTest::newRow(qPrintable(Fake::protocolName(p))) << p;
        }
    }
    void modelLists()
    {
        QFETCH(Protocol, protocol);
        m_server.setModels({u"zeta"_s, u"alpha"_s});
        ModelLister lister(&m_network, Testing::fakeAccount(m_server, protocol));
        QSignalSpy finished(&lister, &ModelLister::finished);
        lister.start();
        QVERIFY(finished.wait(5000));
        const auto models = finished.first().first().value<QList<ModelInfo>>();
        QStringList ids;
        for (const ModelInfo &m : models) {
            ids << m.id;
        }
        if (protocol == Protocol::Bedrock) {
            // Foundation models (not the profile-only one, not the embedding model), both pages of
            // inference profiles, and the prompt router; signed GETs to the control plane.
            QCOMPARE(ids,
                (QStringList {u"alpha"_s,
                    u"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1"_s,
                    u"eu.amazon.nova-pro-v1:0"_s,
                    u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s,
                    u"zeta"_s}));
            return;
        }
        QCOMPARE(ids, (QStringList {u"alpha"_s, u"zeta"_s})); // sorted; Gemini's embedding model left out
    }

    void modelListNeverSendsAKeyOverPlainHttp()
    {
        ProviderAccount account = Testing::fakeAccount(m_server, Protocol::OpenAiChat);
        account.baseUrl = QUrl(u"http://api.example.invalid/v1"_s);
        ModelLister lister(&m_network, account);
        QSignalSpy failed(&lister, &ModelLister::failed);
        lister.start();
        QCOMPARE(failed.size(), 1); // at once, before anything is sent
        const auto error = failed.first().first().value<StreamError>();
        QCOMPARE(error.kind, StreamError::Kind::Config);
        QVERIFY2(error.message.contains(u"plain HTTP"_s), qPrintable(error.message));
    }

    void modelListWithAWrongKeyShowsTheProvidersMessage_data() { modelLists_data(); }
    void modelListWithAWrongKeyShowsTheProvidersMessage()
    {
        QFETCH(Protocol, protocol);
        m_server.setRequiredKey(u"right"_s);
        ModelLister lister(&m_network, Testing::fakeAccount(m_server, protocol, u"acct"_s, u"wrong"_s));
        QSignalSpy failed(&lister, &ModelLister::failed);
        lister.start();
        QVERIFY(failed.wait(5000));
        m_server.setRequiredKey({});
        const auto error = failed.first().first().value<StreamError>();
        QCOMPARE(error.kind, StreamError::Kind::Auth);
        QVERIFY(error.message.startsWith(u"The key for acct was refused."_s));
        QVERIFY2(!error.providerMessage.isEmpty(), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestFanOut)
#include "test_fanout.moc"
