// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Tool calls over the real Qt network stack against the fake provider server, for every
// protocol (docs/tools.md): the tools offered, the calls streamed back (arguments in pieces
// where the protocol streams them), and the next request with the calls and their results,
// which the fake server checks pair up as each service does.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "fakeaccounts.h"
#include "providers/chatstream.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using namespace std::chrono_literals;
using Fake::Protocol;
using Fake::Script;

Q_DECLARE_METATYPE(Quorum::Fake::Protocol)

namespace
{
const QString weatherArguments = u"{\"city\":\"Zürich\",\"units\":\"metric\"}"_s;

ToolDefinition weatherTool()
{
    return {u"weather__now"_s,
        u"The weather now in a city."_s,
        QJsonObject {{"type"_L1, "object"_L1},
            {"properties"_L1,
                QJsonObject {{"city"_L1, QJsonObject {{"type"_L1, "string"_L1}}},
                    {"units"_L1, QJsonObject {{"type"_L1, "string"_L1}}}}},
            {"required"_L1, QJsonArray {u"city"_s}}}};
}

ToolDefinition clockTool()
{
    return {u"clock__now"_s, u"The time."_s, QJsonObject {{"type"_L1, "object"_L1}}};
}

//! Gemini and Ollama send arguments as an object, which Quorum writes out again.
QJsonObject parsed(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}
} // namespace

class TestToolCalls : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QNetworkAccessManager m_network;

    std::unique_ptr<ChatStream> run(Protocol protocol, const ChatRequest &request)
    {
        StreamOptions options;
        options.retryBaseDelay = 20ms;
        options.maxRetries = 0;
        auto stream
            = std::make_unique<ChatStream>(&m_network, Testing::fakeAccount(m_server, protocol), request, options);
        QEventLoop loop;
        connect(stream.get(), &ChatStream::finished, &loop, &QEventLoop::quit);
        connect(stream.get(), &ChatStream::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        stream->start();
        loop.exec();
        return stream;
    }

    static ChatRequest question()
    {
        ChatRequest r;
        r.model = u"fake-model"_s;
        r.messages = {{ChatMessage::Role::User, u"Weather in Zürich, and the time?"_s}};
        r.tools = {weatherTool(), clockTool()};
        return r;
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
    void init() { m_server.clearRequests(); }

    void callsAndResultsRoundTrip_data() { addProtocolRows(); }
    void callsAndResultsRoundTrip()
    {
        QFETCH(Protocol, protocol);
        Script calling;
        calling.deltas = {u"Let me"_s, u" look."_s};
        calling.toolCalls = {{u"weather__now"_s, weatherArguments, {}, 4, u"c2lnbmF0dXJl"_s}, {u"clock__now"_s}};
        m_server.enqueue(calling);

        // 1. The tools are offered; the answer's text and both calls come back whole.
        const auto first = run(protocol, question());
        QVERIFY2(first->status() == ChatStream::Status::Finished, qPrintable(first->error().providerMessage));
        QCOMPARE(first->text(), u"Let me look."_s);
        const QList<ToolCall> calls = first->toolCalls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls.at(0).name, u"weather__now"_s);
        QCOMPARE(parsed(calls.at(0).arguments), parsed(weatherArguments));
        QCOMPARE(calls.at(1).name, u"clock__now"_s);
        QCOMPARE(parsed(calls.at(1).arguments), QJsonObject());
        QVERIFY(!calls.at(0).id.isEmpty() && calls.at(0).id != calls.at(1).id);
        const bool idsFromProvider = protocol != Protocol::Gemini && protocol != Protocol::Ollama;
        QCOMPARE(ToolCall::isGeneratedId(calls.at(0).id), !idsFromProvider);
        QCOMPARE(calls.at(0).signature, protocol == Protocol::Gemini ? u"c2lnbmF0dXJl"_s : QString());
        QCOMPARE(first->finishReason().kind, FinishReason::Kind::Tool);
        const QJsonObject offered = m_server.chatRequests().constLast().json;
        const QByteArray sent = QJsonDocument(offered).toJson(QJsonDocument::Compact);
        QVERIFY2(
            sent.contains("weather__now") && sent.contains("clock__now") && sent.contains("\"required\":[\"city\"]"),
            sent.constData());

        // 2. The calls and their results go back; the service takes them (the fake server
        // answers 400 with the service's own message when they do not pair up).
        ChatRequest next = question();
        ChatMessage answer {ChatMessage::Role::Assistant, first->text()};
        answer.toolCalls = calls;
        ChatMessage results {ChatMessage::Role::Tool, {}};
        results.toolResults = {{calls.at(0).id, calls.at(0).name, u"4 °C, light rain"_s, false},
            {calls.at(1).id, calls.at(1).name, u"the clock server is down"_s, true}};
        next.messages << answer << results;
        Script done;
        done.deltas = {u"It is 4 °C."_s};
        m_server.enqueue(done);
        const auto second = run(protocol, next);
        QVERIFY2(second->status() == ChatStream::Status::Finished, qPrintable(second->error().providerMessage));
        QCOMPARE(second->text(), u"It is 4 °C."_s);
        QCOMPARE(second->finishReason().kind, FinishReason::Kind::Stop);
        const QByteArray body = m_server.chatRequests().constLast().body;
        QVERIFY2(body.contains(u"4 °C, light rain"_s.toUtf8()) && body.contains("the clock server is down"),
            body.constData());
        if (idsFromProvider) {
            QVERIFY(body.contains(calls.at(0).id.toUtf8()));
        } else {
            QVERIFY(!body.contains("quorum-call-")); // Quorum's own ids are never sent
        }
        if (protocol == Protocol::Gemini) {
            QVERIFY(body.contains("\"thoughtSignature\":\"c2lnbmF0dXJl\""));
        }
    }

    void signedThinkingGoesBackWithTheCalls_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::newRow("anthropic") << Protocol::Anthropic;
        QTest::newRow("bedrock") << Protocol::Bedrock;
    }
    void signedThinkingGoesBackWithTheCalls()
    {
        // Claude thinking with tools: the next request must start the answer's message with
        // its signed thinking, or the service answers 400 (the fake server checks it too).
        QFETCH(Protocol, protocol);
        Script calling;
        calling.reasoning = {u"I need "_s, u"the weather."_s};
        calling.deltas.clear();
        calling.toolCalls = {{u"weather__now"_s, weatherArguments}};
        m_server.enqueue(calling);
        ChatRequest request = question();
        request.model = protocol == Protocol::Bedrock ? u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s
                                                      : u"claude-sonnet-4-5"_s;
        request.reasoningBudget = 2048;
        const auto first = run(protocol, request);
        QVERIFY2(first->status() == ChatStream::Status::Finished, qPrintable(first->error().providerMessage));
        QCOMPARE(first->reasoning(), u"I need the weather."_s);
        const QList<ToolCall> calls = first->toolCalls();
        QCOMPARE(calls.size(), 1);

        ChatMessage answer {ChatMessage::Role::Assistant, first->text()};
        answer.toolCalls = calls;
        ChatMessage results {ChatMessage::Role::Tool, {}};
        results.toolResults = {{calls.at(0).id, calls.at(0).name, u"4 °C"_s, false}};
        // Without the thinking block: refused, as the service refuses it.
        request.messages << answer << results;
        m_server.enqueue(Script {});
        const auto refused = run(protocol, request);
        QCOMPARE(refused->status(), ChatStream::Status::Failed);
        QCOMPARE(refused->error().httpStatus, 400);
        // With it (what the loop sends): taken.
        request.messages[1].echo = first->echo();
        QCOMPARE(request.messages.at(1).echo.size(), 1);
        m_server.enqueue(Script {});
        const auto taken = run(protocol, request);
        QVERIFY2(taken->status() == ChatStream::Status::Finished, qPrintable(taken->error().providerMessage));
    }

    void resultsThatDoNotPairUpAreRefused_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<QString>("says");
        QTest::newRow("openai") << Protocol::OpenAiChat << u"did not have response messages: call_1"_s;
        QTest::newRow("anthropic") << Protocol::Anthropic << u"`tool_use` ids were found without `tool_result`"_s;
        QTest::newRow("bedrock") << Protocol::Bedrock << u"Expected toolResult blocks"_s;
        QTest::newRow("gemini") << Protocol::Gemini << u"number of function response parts"_s;
        QTest::newRow("responses") << Protocol::OpenAiResponses << u"No tool call found"_s;
    }
    void resultsThatDoNotPairUpAreRefused()
    {
        // The fake server is as strict as the services: a result missing is a 400 the user
        // reads (this proves the check above can fail).
        QFETCH(Protocol, protocol);
        QFETCH(QString, says);
        ChatRequest r = question();
        ChatMessage answer {ChatMessage::Role::Assistant, {}};
        answer.toolCalls
            = {{u"call_1"_s, u"weather__now"_s, weatherArguments, {}}, {u"call_2"_s, u"clock__now"_s, u"{}"_s, {}}};
        ChatMessage results {ChatMessage::Role::Tool, {}};
        results.toolResults
            = {{protocol == Protocol::OpenAiResponses ? u"call_9"_s : u"call_2"_s, u"clock__now"_s, u"12:00"_s, false}};
        r.messages << answer << results;
        if (protocol == Protocol::OpenAiChat || protocol == Protocol::Anthropic || protocol == Protocol::Bedrock) {
            r.messages << ChatMessage {ChatMessage::Role::User, u"and?"_s};
        }
        m_server.enqueue(Script {});
        const auto stream = run(protocol, r);
        QCOMPARE(stream->status(), ChatStream::Status::Failed);
        QCOMPARE(stream->error().httpStatus, 400);
        QVERIFY2(stream->error().providerMessage.contains(says), qPrintable(stream->error().providerMessage));
    }
};

QTEST_GUILESS_MAIN(TestToolCalls)
#include "test_toolcalls.moc"
