// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// ChatStream over the real Qt network stack against the fake provider server, for every
// protocol: answers, chunking, UTF-8, reasoning, usage, and every fault of issue #3.
#include <thread>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include "fakeaccounts.h"
#include "providers/chatstream.h"
#include "providers/streamdecoder.h"
#include "providers/streamtransport.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using namespace std::chrono_literals;
using Fake::Protocol;
using Fake::Script;

Q_DECLARE_METATYPE(Quorum::Fake::Protocol)

//! The fake server on a thread of its own, so it goes on writing while the test's thread is busy.
class ServerOnItsThread
{
public:
    ServerOnItsThread()
        : m_server(new Fake::FakeProviderServer)
    {
        m_thread.start();
        m_server->moveToThread(&m_thread);
        QMetaObject::invokeMethod(m_server, [this] { m_listening = m_server->listen(); }, Qt::BlockingQueuedConnection);
    }
    ~ServerOnItsThread()
    {
        QMetaObject::invokeMethod(m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(ServerOnItsThread)

    bool listening() const { return m_listening; }
    Fake::FakeProviderServer *server() const { return m_server; }

private:
    QThread m_thread;
    Fake::FakeProviderServer *m_server;
    bool m_listening = false;
};

class TestChatStream : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QNetworkAccessManager m_network;

    static ChatRequest request(const QString &model = u"fake-model"_s)
    {
        ChatRequest r;
        r.model = model;
        r.messages = {{ChatMessage::Role::User, u"Hello?"_s}};
        return r;
    }

    static StreamOptions fastOptions()
    {
        StreamOptions o;
        o.retryBaseDelay = 20ms;
        o.retryMaxDelay = 100ms;
        o.responseTimeout = 5s;
        o.idleTimeout = 5s;
        return o;
    }

    //! Runs a stream to its end (finished or failed) and returns it.
    std::unique_ptr<ChatStream> run(
        Protocol protocol, StreamOptions options = fastOptions(), const QString &model = u"fake-model"_s)
    {
        auto stream = std::make_unique<ChatStream>(
            &m_network, Testing::fakeAccount(m_server, protocol), request(model), options);
        QSignalSpy finished(stream.get(), &ChatStream::finished);
        QSignalSpy failed(stream.get(), &ChatStream::failed);
        stream->start();
        // A real event loop (QTest::qWaitFor sleeps 10 ms between rounds, which would pace the
        // in-process server's writes).
        if (finished.isEmpty() && failed.isEmpty()) {
            QEventLoop loop;
            connect(stream.get(), &ChatStream::finished, &loop, &QEventLoop::quit);
            connect(stream.get(), &ChatStream::failed, &loop, &QEventLoop::quit);
            QTimer::singleShot(15000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (finished.isEmpty() && failed.isEmpty()) {
            qWarning("the stream did not end");
            return nullptr;
        }
        // Exactly one of them, exactly once; nothing more arrives afterwards.
        QTest::qWait(30);
        if (finished.size() + failed.size() != 1) {
            qWarning("finished %lld times, failed %lld times", qlonglong(finished.size()), qlonglong(failed.size()));
            return nullptr;
        }
        return stream;
    }

    static void addProtocolRows()
    {
        QTest::addColumn<Protocol>("protocol");
        for (const Protocol p : Testing::allProtocols()) {
            QTest::newRow(qPrintable(Fake::protocolName(p))) << p;
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void plainAnswer_data() { addProtocolRows(); }
    void plainAnswer()
    {
        QFETCH(Protocol, protocol);
        const auto stream = run(protocol);
        QVERIFY(stream);
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(stream->text(), u"Hello from the fake server."_s);
        QCOMPARE(stream->finishReason().name(), u"stop"_s);
        QVERIFY(stream->usage());
        QCOMPARE(stream->usage()->input, 12);
        QCOMPARE(stream->usage()->output, 4);
        QVERIFY(stream->timeToFirstTokenMs());
        QVERIFY(*stream->timeToFirstTokenMs() <= stream->durationMs());
        QCOMPARE(stream->attempts(), 1);
        // Bedrock's stream names no model (only a prompt router's trace does).
        QCOMPARE(stream->servedModel(), protocol == Protocol::Bedrock ? QString() : u"fake-model"_s);
        const Fake::RecordedRequest sent = m_server.requests().constLast();
        QCOMPARE(sent.protocol, protocol);
        QCOMPARE(sent.model, u"fake-model"_s);
        if (protocol == Protocol::Mistral) {
            QVERIFY(!sent.json.contains("stream_options"_L1)); // Mistral rejects it with a 422
        }
    }

    void smallChunksAndSplitCharacters_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<int>("delay");
        for (const Protocol p : Testing::allProtocols()) {
            QTest::newRow(qPrintable(Fake::protocolName(p) + u" 1-byte"_s)) << p << 1 << 0;
            QTest::newRow(qPrintable(Fake::protocolName(p) + u" 5-byte slow"_s)) << p << 5 << 1;
        }
    }
    void smallChunksAndSplitCharacters()
    {
        QFETCH(Protocol, protocol);
        QFETCH(int, chunk);
        QFETCH(int, delay);
        Script script;
        script.deltas = {u"Grüße"_s, u", 你好"_s, u" — 🎉"_s, u"\n```cpp\nint x;\n```"_s};
        script.chunkSize = chunk;
        script.delayMs = delay;
        m_server.enqueue(script);
        const auto stream = run(protocol);
        QVERIFY(stream);
        QCOMPARE(stream->error().message, QString());
        QCOMPARE(stream->text(), u"Grüße, 你好 — 🎉\n```cpp\nint x;\n```"_s);
    }

    void reasoningAndUsage_data() { addProtocolRows(); }
    void reasoningAndUsage()
    {
        QFETCH(Protocol, protocol);
        Script script;
        script.reasoning = {u"Think"_s, u" twice"_s};
        script.deltas = {u"42"_s};
        script.usage.input = 1000;
        script.usage.output = 50;
        script.usage.cached = 400;
        script.usage.reasoning = 30;
        script.usage.cost = 0.0123;
        m_server.enqueue(script);
        const auto stream = run(protocol);
        QVERIFY(stream);
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(stream->text(), u"42"_s);
        QCOMPARE(stream->reasoning(), u"Think twice"_s);
        const Usage usage = *stream->usage();
        QCOMPARE(usage.input, 1000);
        QCOMPARE(usage.output, 50);
        switch (protocol) {
        case Protocol::Ollama:
            QCOMPARE(usage.cachedInput, 0); // Ollama reports no cache
            break;
        case Protocol::Mistral:
            QCOMPARE(usage.cachedInput, 0); // nor does Mistral's finish chunk here
            break;
        default:
            QCOMPARE(usage.cachedInput, 400);
        }
        if (protocol == Protocol::OpenRouter) {
            QCOMPARE(usage.providerCostUsd, 0.0123);
        } else {
            QVERIFY(!usage.providerCostUsd);
        }
    }

    void refusedKey_data() { addProtocolRows(); }
    void refusedKey()
    {
        QFETCH(Protocol, protocol);
        m_server.setRequiredKey(u"the-right-key"_s);
        const auto stream = run(protocol);
        m_server.setRequiredKey({});
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::Auth);
        QCOMPARE(stream->attempts(), 1); // never retried
        QVERIFY2(stream->error().message.startsWith(u"The key for fake was refused."_s),
            qPrintable(stream->error().message));
        QVERIFY(!stream->error().providerMessage.isEmpty()); // the provider's own words
        QVERIFY(!stream->error().message.contains(u"test-key"_s));
    }

    void unknownModel_data() { addProtocolRows(); }
    void unknownModel()
    {
        QFETCH(Protocol, protocol);
        Script script;
        script.status = 404;
        m_server.enqueue(script);
        const auto stream = run(protocol, fastOptions(), u"gpt-99"_s);
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::NotFound);
        QVERIFY2(stream->error().message.contains(u"gpt-99"_s), qPrintable(stream->error().message));
        QCOMPARE(stream->error().httpStatus, 404);
    }

    void retriesBeforeTheFirstToken_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<int>("status");
        for (const Protocol p : Testing::allProtocols()) {
            for (const int status : {429, 503, 529}) {
                QTest::newRow(qPrintable(Fake::protocolName(p) + u' ' + QString::number(status))) << p << status;
            }
        }
    }
    void retriesBeforeTheFirstToken()
    {
        QFETCH(Protocol, protocol);
        QFETCH(int, status);
        Script busy;
        busy.status = status;
        busy.headers = {{"Retry-After"_ba, "0.05"_ba}};
        if (protocol == Protocol::Gemini && status == 429) {
            busy.errorBody
                = R"({"error":{"code":429,"message":"Quota","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"0.05s"}]}})"_ba;
        }
        m_server.enqueue(busy);
        m_server.enqueue(busy);
        m_server.enqueue(Script {});
        auto stream = std::make_unique<ChatStream>(
            &m_network, Testing::fakeAccount(m_server, protocol), request(), fastOptions());
        QSignalSpy retrying(stream.get(), &ChatStream::retrying);
        QSignalSpy finished(stream.get(), &ChatStream::finished);
        QElapsedTimer clock;
        clock.start();
        stream->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(stream->text(), u"Hello from the fake server."_s);
        QCOMPARE(stream->attempts(), 3);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(0).at(1).toLongLong(), 50); // Retry-After honoured
        QVERIFY(clock.elapsed() >= 90);                  // two 50 ms waits; coarse timers may fire 5 % early
    }

    void givesUpAfterTheLastRetry()
    {
        Script busy;
        busy.status = 529;
        for (int i = 0; i < 3; ++i) {
            m_server.enqueue(busy);
        }
        const auto stream = run(Protocol::Anthropic);
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::Overloaded);
        QCOMPARE(stream->attempts(), 3); // 1 + 2 retries
        QCOMPARE(stream->error().httpStatus, 529);
    }

    void longRetryAfterIsNotWaitedFor()
    {
        Script limited;
        limited.status = 429;
        limited.headers = {{"Retry-After"_ba, "600"_ba}};
        m_server.enqueue(limited);
        const auto stream = run(Protocol::OpenAiChat);
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::RateLimited);
        QCOMPARE(stream->attempts(), 1);
        QVERIFY2(stream->error().message.contains(u"600"_s), qPrintable(stream->error().message));
    }

    void errorAfterTheFirstTokenKeepsTheText_data() { addProtocolRows(); }
    void errorAfterTheFirstTokenKeepsTheText()
    {
        QFETCH(Protocol, protocol);
        Script script;
        script.deltas = {u"one"_s, u" two"_s, u" three"_s};
        script.midStreamErrorAfter = 2;
        m_server.enqueue(script);
        const auto stream = run(protocol);
        QVERIFY(stream);
        QCOMPARE(stream->status(), ChatStream::Status::Failed);
        QCOMPARE(stream->text(), u"one two"_s);
        QCOMPARE(stream->attempts(), 1); // never retried once text was shown
        const auto kind = stream->error().kind;
        QVERIFY2(kind == StreamError::Kind::Server || kind == StreamError::Kind::Overloaded,
            qPrintable(stream->error().message));
    }

    void stallAfterTextTimesOut_data() { addProtocolRows(); }
    void stallAfterTextTimesOut()
    {
        QFETCH(Protocol, protocol);
        Script script;
        script.stallAfter = 2;
        m_server.enqueue(script);
        StreamOptions options = fastOptions();
        options.idleTimeout = 300ms;
        QElapsedTimer clock;
        clock.start();
        const auto stream = run(protocol, options);
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::Timeout);
        QCOMPARE(stream->text(), u"Hello from"_s);
        QVERIFY2(stream->error().message.contains(u"No data for 0.3 s"_s), qPrintable(stream->error().message));
        QVERIFY(clock.elapsed() < 3000);
        QTRY_COMPARE(m_server.openConnections(), 0); // the request was aborted
    }

    void noResponseTimesOutAndRetries()
    {
        Script silent;
        silent.stallBeforeHeaders = true;
        m_server.enqueue(silent);
        m_server.enqueue(silent);
        StreamOptions options = fastOptions();
        options.responseTimeout = 200ms;
        options.maxRetries = 1;
        const auto stream = run(Protocol::Gemini, options);
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::Timeout);
        QCOMPARE(stream->attempts(), 2);
        QVERIFY(stream->error().message.contains(u"No response within 0.2 s"_s));
    }

    void pingsDoNotCountAsContent()
    {
        // Keep-alives arrive, but no text: the content timeout fires.
        Script script;
        script.keepAliveComments = 3;
        script.delayMs = 150;
        script.deltas = {u"late"_s};
        m_server.enqueue(script);
        StreamOptions options = fastOptions();
        options.contentTimeout = 250ms;
        options.maxRetries = 0;
        const auto stream = run(Protocol::OpenRouter, options);
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::Timeout);
        QVERIFY(stream->error().message.contains(u"No new text"_s));
    }

    void droppedConnection_data() { addProtocolRows(); }
    void droppedConnection()
    {
        QFETCH(Protocol, protocol);
        Script script;
        script.dropAfter = 1;
        m_server.enqueue(script);
        const auto stream = run(protocol);
        QVERIFY(stream);
        QCOMPARE(stream->status(), ChatStream::Status::Failed);
        QCOMPARE(stream->text(), u"Hello"_s);
        const auto kind = stream->error().kind;
        QVERIFY2(kind == StreamError::Kind::Network || kind == StreamError::Kind::Protocol,
            qPrintable(stream->error().message));
    }

    void streamWithoutItsEnd_data() { addProtocolRows(); }
    void streamWithoutItsEnd()
    {
        QFETCH(Protocol, protocol);
        Script script;
        script.truncateAfter = 2;
        m_server.enqueue(script);
        const auto stream = run(protocol);
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::Protocol);
        QCOMPARE(stream->text(), u"Hello from"_s);
        QVERIFY(stream->error().message.contains(u"ended before the answer was complete"_s));
    }

    void garbage_data() { addProtocolRows(); }
    void garbage()
    {
        QFETCH(Protocol, protocol);
        Script script;
        script.garbage
            = protocol == Protocol::Ollama ? "{\"model\": nonsense\n"_ba : "data: {\"model\": nonsense\x01\xff\n\n"_ba;
        script.garbageAfter = 1;
        m_server.enqueue(script);
        const auto stream = run(protocol);
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::Protocol);
        QCOMPARE(stream->text(), u"Hello"_s);
        // Bedrock's binary framing notices the damage before any JSON is read.
        QVERIFY2(stream->error().message.contains(
                     protocol == Protocol::Bedrock ? u"event stream is damaged"_s : u"malformed JSON"_s),
            qPrintable(stream->error().message));
    }

    void oversizedResponseIsStopped()
    {
        Script script;
        script.deltas = QStringList(200, u"0123456789"_s);
        script.delayMs = 1; // arrives in pieces: the first ones are shown, then the cap stops it
        m_server.enqueue(script);
        StreamOptions options = fastOptions();
        options.maxResponseBytes = 4096;
        const auto stream = run(Protocol::Anthropic, options);
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::TooLarge);
        QVERIFY(stream->text().size() < 4096);
        QVERIFY(!stream->text().isEmpty());
    }

    void cancelStopsAtOnce_data() { addProtocolRows(); }
    void cancelStopsAtOnce()
    {
        QFETCH(Protocol, protocol);
        Script script;
        script.stallAfter = 1;
        m_server.enqueue(script);
        ChatStream stream(&m_network, Testing::fakeAccount(m_server, protocol), request(), fastOptions());
        QSignalSpy text(&stream, &ChatStream::textDelta);
        QSignalSpy failed(&stream, &ChatStream::failed);
        stream.start();
        QVERIFY(text.wait(5000));
        QElapsedTimer clock;
        clock.start();
        stream.cancel();
        QCOMPARE(failed.size(), 1); // synchronously
        QVERIFY(clock.elapsed() < 200);
        QCOMPARE(stream.status(), ChatStream::Status::Cancelled);
        QCOMPARE(stream.error().kindName(), u"cancelled"_s);
        QCOMPARE(stream.text(), u"Hello"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 2000);
        stream.cancel(); // harmless twice
        QCOMPARE(failed.size(), 1);
    }

    void cancelWhileWaitingToRetry()
    {
        Script busy;
        busy.status = 503;
        busy.headers = {{"Retry-After"_ba, "30"_ba}};
        m_server.enqueue(busy);
        ChatStream stream(&m_network, Testing::fakeAccount(m_server, Protocol::OpenAiChat), request(), fastOptions());
        QSignalSpy retrying(&stream, &ChatStream::retrying);
        stream.start();
        QVERIFY(retrying.wait(5000));
        QCOMPARE(stream.status(), ChatStream::Status::Retrying);
        stream.cancel();
        QCOMPARE(stream.status(), ChatStream::Status::Cancelled);
        const int before = m_server.chatRequestCount();
        QTest::qWait(100);
        QCOMPARE(m_server.chatRequestCount(), before);
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        ProviderAccount account = Testing::fakeAccount(m_server, Protocol::OpenAiChat);
        account.baseUrl = QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port));
        ChatStream stream(&m_network, account, request(), fastOptions());
        QSignalSpy failed(&stream, &ChatStream::failed);
        stream.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(stream.error().kind, StreamError::Kind::Network);
        QCOMPARE(stream.attempts(), 3);
        QVERIFY2(stream.error().message.startsWith(u"Could not reach fake."_s), qPrintable(stream.error().message));
    }

    void sameOriginRedirectIsFollowed()
    {
        // A gateway that moved its endpoint on the same host: followed, the POST kept whole.
        Script moved;
        moved.status = 307;
        moved.errorBody = "moved";
        moved.headers = {{"Location"_ba, "/v1/chat/completions?moved=1"_ba}};
        m_server.enqueue(moved);
        m_server.enqueue(Script {});
        m_server.clearRequests();
        const auto stream = run(Protocol::OpenAiChat);
        QVERIFY(stream);
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(stream->text(), u"Hello from the fake server."_s);
        QCOMPARE(stream->httpStatus(), 200);
        const QList<Fake::RecordedRequest> requests = m_server.chatRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.last().method, "POST"_ba);
        QCOMPARE(requests.last().query, "moved=1"_ba);
        QCOMPARE(requests.last().body, requests.first().body);
        QCOMPARE(requests.last().headers.value("authorization"_ba), requests.first().headers.value("authorization"_ba));
    }

    void crossOriginRedirectIsRefused()
    {
        // Another host (localhost is not 127.0.0.1 to a browser's origin rules either): the
        // key would go with it, so it is not followed, and not retried.
        Script moved;
        moved.status = 308;
        moved.errorBody = "moved";
        moved.headers = {{"Location"_ba,
            "http://localhost:%1/v1/chat/completions"_ba.replace("%1", QByteArray::number(m_server.port()))}};
        m_server.enqueue(moved);
        m_server.clearRequests();
        const auto stream = run(Protocol::OpenAiChat);
        QVERIFY(stream);
        QCOMPARE(stream->status(), ChatStream::Status::Failed);
        QCOMPARE(stream->error().kind, StreamError::Kind::BadRequest);
        QVERIFY2(stream->error().message.contains(u"http://localhost:"_s)
                && stream->error().message.contains(u"sends keys only to the address configured"_s),
            qPrintable(stream->error().message));
        QCOMPARE(m_server.chatRequests().size(), 1);
    }

    void configurationProblemsFailBeforeSending()
    {
        const int before = m_server.chatRequestCount();
        ProviderAccount noKey = Testing::fakeAccount(m_server, Protocol::Anthropic, u"ant"_s, QString());
        ChatStream a(&m_network, noKey, request());
        a.start();
        QCOMPARE(a.status(), ChatStream::Status::Failed);
        QCOMPARE(a.error().kind, StreamError::Kind::Config);
        QVERIFY(a.error().message.contains(u"ANTHROPIC_API_KEY"_s));

        ProviderAccount plainHttp = Testing::fakeAccount(m_server, Protocol::OpenAiChat);
        plainHttp.baseUrl = QUrl(u"http://api.example.invalid/v1"_s);
        ChatStream b(&m_network, plainHttp, request());
        b.start();
        QCOMPARE(b.error().kind, StreamError::Kind::Config);
        QVERIFY(b.error().message.contains(u"plain HTTP"_s));
        QCOMPARE(m_server.chatRequestCount(), before);
    }

    void totalTimeoutIsNotRetried()
    {
        Script slow;
        slow.deltas = QStringList(50, u"x"_s);
        slow.delayMs = 20;
        m_server.enqueue(slow);
        StreamOptions options = fastOptions();
        options.totalTimeout = 300ms;
        const auto stream = run(Protocol::Ollama, options);
        QVERIFY(stream);
        QCOMPARE(stream->error().kind, StreamError::Kind::Timeout);
        QCOMPARE(stream->attempts(), 1);
        QVERIFY(!stream->text().isEmpty());
    }

    void decodesOnTheNetworkThread()
    {
        // The transport itself, with a decoder that notes the thread it runs on.
        class RecordingDecoder final : public StreamDecoder
        {
        public:
            explicit RecordingDecoder(QSet<QThread *> *threads)
                : m_threads(threads)
            {
            }

        protected:
            void decode(QByteArrayView bytes, QList<StreamEvent> &events) override
            {
                m_threads->insert(QThread::currentThread());
                events.append(StreamEvent::textDelta(QString::fromUtf8(bytes)));
            }
            void decodeEnd(QList<StreamEvent> &events) override
            {
                m_threads->insert(QThread::currentThread());
                complete(events, FinishReason::fromProvider(u"stop"_s));
            }

        private:
            QSet<QThread *> *m_threads;
        };

        QSet<QThread *> decodedOn; // written on the network thread, read after the end
        QSet<QThread *> notifiedOn;
        StreamTransport *transport = StreamTransport::of(&m_network);
        QCOMPARE(StreamTransport::of(&m_network), transport); // one per manager
        QNetworkRequest request(m_server.baseUrl(Protocol::Ollama).resolved(QUrl(u"/api/chat"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QObject receiver;
        std::shared_ptr<StreamTransfer> transfer;
        QString text;
        bool ended = false;
        transfer = transport->start(request,
            R"({"model":"fake-model","messages":[{"role":"user","content":"Hi"}]})"_ba,
            std::make_unique<RecordingDecoder>(&decodedOn),
            {},
            &receiver,
            [&] {
                notifiedOn.insert(QThread::currentThread());
                TransferUpdate update = transfer->take();
                QCOMPARE(update.httpStatus, 200);
                for (const StreamEvent &event : std::as_const(update.events)) {
                    if (event.type == StreamEvent::Type::Text) {
                        text += event.text;
                    }
                }
                ended = ended || update.ended;
            });
        QTRY_VERIFY(ended);
        QVERIFY(transport->networkThread());
        QCOMPARE(transport->networkThread()->objectName(), u"quorum-network"_s);
        QCOMPARE(decodedOn, QSet<QThread *> {transport->networkThread()});
        QCOMPARE(notifiedOn, QSet<QThread *> {QThread::currentThread()});
        // The raw body, as the decoder saw it.
        QVERIFY2(text.contains(u"Hello"_s) && text.contains(u"the fake"_s), qPrintable(text));
    }

    void aBusyReceiverGetsTheAnswerCoalesced()
    {
        ServerOnItsThread threaded; // it writes while this thread is busy
        QVERIFY(threaded.listening());
        Fake::FakeProviderServer *server = threaded.server();

        const QString model = u"fake+deltas=5000"_s;
        ChatStream stream(
            &m_network, Testing::fakeAccount(*server, Protocol::OpenAiChat), request(model), fastOptions());
        int deltas = 0;
        connect(&stream, &ChatStream::textDelta, this, [&] { ++deltas; });
        stream.start();
        // Busy for 600 ms: the network thread reads and decodes the whole answer meanwhile
        // (5,000 events, ~700 KB on the wire), and this thread gets it as one piece of text.
        QThread::msleep(600);
        QTRY_COMPARE_WITH_TIMEOUT(stream.status(), ChatStream::Status::Finished, 10000);
        QCOMPARE(stream.text(), Fake::FakeProviderServer::scriptFromModelName(model).deltas.join(QString()));
        QVERIFY2(deltas <= 2, qPrintable(u"%1 text deltas"_s.arg(deltas)));
        QVERIFY(stream.usage());
    }

    // A receiver that keeps up is not woken for every piece of news of a server that sends
    // without pause: at most about once per StreamTransfer::minimumWake; the end at once.
    void aReceiverThatKeepsUpIsWokenAtAPace()
    {
        QObject receiver;
        int wakes = 0;
        int texts = 0;
        bool ended = false;
        std::shared_ptr<StreamTransfer> transfer;
        transfer = std::make_shared<StreamTransfer>(&receiver, [&] {
            ++wakes;
            const TransferUpdate update = transfer->take();
            texts += int(update.events.size());
            ended = ended || update.ended;
        });
        constexpr int pieces = 200000;
        QElapsedTimer clock;
        clock.start();
        std::thread network([&] { // as the network thread publishes a fast server's deltas
            for (int i = 0; i < pieces; ++i) {
                StreamEvent text;
                text.type = StreamEvent::Type::Text;
                text.text = u"x"_s;
                transfer->publish([&](TransferUpdate &update) { update.events.append(text); });
            }
            transfer->publish([](TransferUpdate &update) { update.ended = true; }, StreamTransfer::Wake::Now);
        });
        QTRY_VERIFY_WITH_TIMEOUT(ended, 20000);
        network.join();
        const qint64 elapsedMs = clock.elapsed();
        qInfo() << wakes << "wake-ups in" << elapsedMs << "ms";
        QVERIFY2(wakes > 1, "the news came in one piece: this test measures nothing");
        // A nudge right after a held publish can wake at most once per minimumWake too.
        QVERIFY2(wakes <= elapsedMs + 2, qPrintable(u"%1 wake-ups in %2 ms"_s.arg(wakes).arg(elapsedMs)));
        QCOMPARE(texts, pieces); // nothing lost
        // News held back right after a take is not lost: the worker's nudge wakes the receiver.
        transfer->take();
        const int before = wakes;
        QVERIFY(transfer->publish([](TransferUpdate &update) { update.bodyBytes = 1; }));
        QCOMPARE(wakes, before);
        transfer->nudge();
        QTRY_COMPARE(wakes, before + 1);
    }

    // A server that sends faster than the answer is decoded waits: what Qt reads ahead of the
    // decoder stays within the read buffer (it was the whole body: 16 MB in one read of a
    // 30 MB answer), so memory does not grow with the answer.
    void whatIsReadAheadIsBounded()
    {
        class SlowDecoder final : public StreamDecoder
        {
        protected:
            void decode(QByteArrayView bytes, QList<StreamEvent> &events) override
            {
                if (!m_slept) {
                    m_slept = true;
                    QThread::msleep(500); // the network thread is busy; the server goes on
                }
                m_bytes += bytes.size();
                events.append(StreamEvent::textDelta(QString::number(bytes.size()) + u' '));
            }
            void decodeEnd(QList<StreamEvent> &events) override
            {
                complete(events, FinishReason::fromProvider(u"stop"_s));
            }

        private:
            bool m_slept = false;
            qint64 m_bytes = 0;
        };

        ServerOnItsThread threaded;
        QVERIFY(threaded.listening());
        Fake::FakeProviderServer *server = threaded.server();

        StreamTransport *transport = StreamTransport::of(&m_network);
        QNetworkRequest request(QUrl(server->baseUrl(Protocol::OpenAiChat).toString() + u"/chat/completions"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        StreamTransport::Limits limits;
        QObject receiver;
        std::shared_ptr<StreamTransfer> transfer;
        TransferUpdate last;
        transfer = transport->start(request,
            R"({"model":"fake+deltas=20000","stream":true,"messages":[{"role":"user","content":"go"}]})"_ba,
            std::make_unique<SlowDecoder>(),
            limits,
            &receiver,
            [&] {
                TransferUpdate update = transfer->take();
                last.httpStatus = update.httpStatus;
                last.bodyBytes = update.bodyBytes;
                last.largestRead = update.largestRead;
                last.ended = last.ended || update.ended;
            });
        QTRY_VERIFY_WITH_TIMEOUT(last.ended, 20000);
        QCOMPARE(last.httpStatus, 200);
        QVERIFY2(last.bodyBytes > 2 * 1024 * 1024, qPrintable(QString::number(last.bodyBytes))); // ~3 MB sent
        QVERIFY2(last.largestRead <= 2 * limits.readBufferBytes,
            qPrintable(u"a read of %1 bytes, the buffer is %2"_s.arg(last.largestRead).arg(limits.readBufferBytes)));
    }
};

QTEST_GUILESS_MAIN(TestChatStream)
#include "test_chatstream.moc"
