// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Bedrock ConverseStream bodies built frame by frame here (the payloads as Bedrock writes
// them, padding key "p" and all), fed whole and split at every byte: text, reasoning, the
// stop reason, usage after messageStop, the model a prompt router chose, in-stream
// exceptions, damaged frames and streams cut short.
#include <QTest>

#include "providers/bedrockdecoder.h"
#include "providers/eventstream.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
QByteArray frame(const QByteArray &type, const QByteArray &payload)
{
    return EventStreamDecoder::encodeEvent(type, payload);
}

QByteArray exception(const QByteArray &type, const QByteArray &payload)
{
    return EventStreamDecoder::encodeException(type, payload);
}

const QByteArray answer = frame("messageStart", "{\"p\":\"abcdef\",\"role\":\"assistant\"}")
    + frame("contentBlockDelta",
        "{\"contentBlockIndex\":0,\"delta\":{\"reasoningContent\":{\"text\":\"Think.\"}},\"p\":\"abc\"}")
    + frame("contentBlockStop", "{\"contentBlockIndex\":0,\"p\":\"ab\"}")
    + frame("contentBlockDelta", "{\"contentBlockIndex\":1,\"delta\":{\"text\":\"Hel\"},\"p\":\"abcdefghij\"}")
    + frame("contentBlockDelta", "{\"contentBlockIndex\":1,\"delta\":{\"text\":\"lo, 世界\"},\"p\":\"a\"}")
    + frame("contentBlockStop", "{\"contentBlockIndex\":1,\"p\":\"abcd\"}")
    + frame("messageStop", "{\"p\":\"abc\",\"stopReason\":\"max_tokens\"}");
const QByteArray metadata = frame("metadata",
    "{\"metrics\":{\"latencyMs\":812},\"p\":\"abcdefg\",\"trace\":{\"promptRouter\":{\"invokedModelId\":"
    "\"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0\"}},"
    "\"usage\":{\"cacheReadInputTokens\":100,\"inputTokens\":20,\"outputTokens\":7,\"totalTokens\":127}}");

struct Outcome {
    QString text;
    QString reasoning;
    QList<StreamEvent> events;
    const StreamEvent *last() const { return events.isEmpty() ? nullptr : &events.constLast(); }
};

Outcome run(const QByteArray &body, qsizetype chunk, bool stream = true)
{
    BedrockDecoder decoder(stream);
    Outcome outcome;
    for (qsizetype at = 0; at < body.size(); at += chunk) {
        decoder.feed(QByteArrayView(body).sliced(at, std::min(chunk, body.size() - at)), outcome.events);
    }
    decoder.finish(outcome.events);
    for (const StreamEvent &e : std::as_const(outcome.events)) {
        if (e.type == StreamEvent::Type::Text) {
            outcome.text += e.text;
        } else if (e.type == StreamEvent::Type::Reasoning) {
            outcome.reasoning += e.text;
        }
    }
    return outcome;
}
} // namespace

class TestBedrockDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeAnswerAtEverySplit()
    {
        const QByteArray body = answer + metadata;
        for (const qsizetype chunk : {body.size(), qsizetype(1), qsizetype(7), qsizetype(64)}) {
            const Outcome o = run(body, chunk);
            QCOMPARE(o.text, u"Hello, 世界"_s);
            QCOMPARE(o.reasoning, u"Think."_s);
            QVERIFY(o.last() && o.last()->type == StreamEvent::Type::Finished);
            QCOMPARE(o.last()->finish.raw, u"max_tokens"_s);
            const auto usage = std::ranges::find(o.events, StreamEvent::Type::Usage, &StreamEvent::type);
            QVERIFY(usage != o.events.end());
            QCOMPARE(usage->usage.input, 120); // inputTokens excludes the 100 read from the cache
            QCOMPARE(usage->usage.cachedInput, 100);
            QCOMPARE(usage->usage.output, 7);
            const auto served = std::ranges::find(o.events, StreamEvent::Type::Model, &StreamEvent::type);
            QVERIFY(served != o.events.end());
            QCOMPARE(served->text, u"us.anthropic.claude-3-5-haiku-20241022-v1:0"_s); // the ARN made short
        }
    }

    void endsWellWithoutMetadata()
    {
        const Outcome o = run(answer, 5);
        QVERIFY(o.last() && o.last()->type == StreamEvent::Type::Finished);
        QCOMPARE(o.text, u"Hello, 世界"_s);
    }

    void exceptionsEndTheStream_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<int>("kind");
        QTest::newRow("throttling") << "throttlingException"_ba << int(StreamError::Kind::RateLimited);
        QTest::newRow("model stream") << "modelStreamErrorException"_ba << int(StreamError::Kind::Server);
        QTest::newRow("validation") << "validationException"_ba << int(StreamError::Kind::BadRequest);
        QTest::newRow("unavailable") << "serviceUnavailableException"_ba << int(StreamError::Kind::Overloaded);
    }

    void exceptionsEndTheStream()
    {
        QFETCH(QByteArray, type);
        QFETCH(int, kind);
        const QByteArray body = frame("messageStart", "{\"role\":\"assistant\"}")
            + frame("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Par\"}}")
            + exception(type, "{\"message\":\"Too many tokens, please wait before trying again.\"}")
            + frame("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"IGNORED\"}}");
        const Outcome o = run(body, 3);
        QCOMPARE(o.text, u"Par"_s); // what came before stays; nothing after counts
        QVERIFY(o.last() && o.last()->type == StreamEvent::Type::Failed);
        QCOMPARE(int(o.last()->error.kind), kind);
        QCOMPARE(o.last()->error.providerCode, QString::fromLatin1(type));
        QCOMPARE(o.last()->error.providerMessage, u"Too many tokens, please wait before trying again."_s);
    }

    void damagedOrCutStreams()
    {
        QByteArray damaged = answer + metadata;
        damaged[damaged.size() - 20] = char(damaged.at(damaged.size() - 20) ^ 0x20); // inside the last frame
        Outcome o = run(damaged, 11);
        QVERIFY(o.last() && o.last()->type == StreamEvent::Type::Failed);
        QCOMPARE(o.last()->error.kind, StreamError::Kind::Protocol);
        QVERIFY2(o.last()->error.providerMessage.contains(u"bad message checksum"_s),
            qPrintable(o.last()->error.providerMessage));

        const QByteArray body = answer + metadata;
        o = run(body.left(body.size() / 2), 9); // the connection dropped mid-answer
        QVERIFY(o.last() && o.last()->type == StreamEvent::Type::Failed);
        QCOMPARE(o.last()->error.kind, StreamError::Kind::Protocol);
        QVERIFY(!o.text.isEmpty() || !o.reasoning.isEmpty());
    }

    void converseResponseWithoutStreaming()
    {
        // Converse (not streamed): the same answer in one JSON body, whichever way it arrives.
        const QByteArray body = "{\"metrics\":{\"latencyMs\":812},\"output\":{\"message\":{\"content\":["
                                "{\"reasoningContent\":{\"reasoningText\":{\"signature\":\"x\",\"text\":\"Think.\"}}},"
                                "{\"text\":\"Hello, 世界\"}],\"role\":\"assistant\"}},\"stopReason\":\"max_tokens\","
                                "\"trace\":{\"promptRouter\":{\"invokedModelId\":\"arn:aws:bedrock:us-east-1:1:"
                                "inference-profile/us.amazon.nova-lite-v1:0\"}},"
                                "\"usage\":{\"cacheWriteInputTokens\":5,\"inputTokens\":20,\"outputTokens\":7,"
                                "\"totalTokens\":32}}"_ba;
        for (const qsizetype chunk : {body.size(), qsizetype(1), qsizetype(13)}) {
            const Outcome o = run(body, chunk, false);
            QCOMPARE(o.text, u"Hello, 世界"_s);
            QCOMPARE(o.reasoning, u"Think."_s);
            QCOMPARE(o.last()->type, StreamEvent::Type::Finished);
            QCOMPARE(o.last()->finish.name(), u"length"_s);
            const auto usage = std::ranges::find(o.events, StreamEvent::Type::Usage, &StreamEvent::type);
            QCOMPARE(usage->usage.input, 25);
            QCOMPARE(usage->usage.cacheWrite, 5);
            QCOMPARE(usage->usage.output, 7);
            const auto served = std::ranges::find(o.events, StreamEvent::Type::Model, &StreamEvent::type);
            QCOMPARE(served->text, u"us.amazon.nova-lite-v1:0"_s);
        }
        const Outcome cut = run(body.left(60), 60, false);
        QCOMPARE(cut.last()->type, StreamEvent::Type::Failed);
        QCOMPARE(cut.last()->error.kind, StreamError::Kind::Protocol);
        const Outcome empty = run("{\"stopReason\":\"end_turn\"}"_ba, 100, false);
        QVERIFY2(empty.last()->error.providerMessage.contains(u"no output.message"_s),
            qPrintable(empty.last()->error.providerMessage));
    }

    void toolUseInPieces()
    {
        // ConverseStream: a text block, then a toolUse block whose input comes in pieces
        // (docs/tools.md), then stopReason tool_use; the call is whole at contentBlockStop.
        const QByteArray body = frame("messageStart", "{\"p\":\"ab\",\"role\":\"assistant\"}")
            + frame("contentBlockDelta", "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"Checking.\"},\"p\":\"a\"}")
            + frame("contentBlockStop", "{\"contentBlockIndex\":0,\"p\":\"abc\"}")
            + frame("contentBlockStart",
                "{\"contentBlockIndex\":1,\"p\":\"abcd\",\"start\":{\"toolUse\":{\"name\":\"weather__now\","
                "\"toolUseId\":\"tooluse_Q1\"}}}")
            + frame("contentBlockDelta",
                "{\"contentBlockIndex\":1,\"delta\":{\"toolUse\":{\"input\":\"{\\\"city\\\": \"}},\"p\":\"a\"}")
            + frame("contentBlockDelta",
                "{\"contentBlockIndex\":1,\"delta\":{\"toolUse\":{\"input\":\"\\\"Baku\\\"}\"}},\"p\":\"ab\"}")
            + frame("contentBlockStop", "{\"contentBlockIndex\":1,\"p\":\"abcdef\"}")
            + frame("messageStop", "{\"p\":\"abc\",\"stopReason\":\"tool_use\"}") + metadata;
        for (const qsizetype chunk : {body.size(), qsizetype(1), qsizetype(7)}) {
            const Outcome o = run(body, chunk);
            QCOMPARE(o.text, u"Checking."_s);
            const auto call = std::ranges::find(o.events, StreamEvent::Type::Tool, &StreamEvent::type);
            QVERIFY(call != o.events.end());
            QCOMPARE(call->toolCall.id, u"tooluse_Q1"_s);
            QCOMPARE(call->toolCall.name, u"weather__now"_s);
            QCOMPARE(call->toolCall.arguments, u"{\"city\": \"Baku\"}"_s);
            QCOMPARE(std::ranges::count(o.events, StreamEvent::Type::Tool, &StreamEvent::type), 1);
            QCOMPARE(o.last()->finish.name(), u"tool"_s);
        }
        // Converse (not streamed): the toolUse block whole, its input an object.
        const QByteArray converse = "{\"output\":{\"message\":{\"content\":[{\"text\":\"On it.\"},"
                                    "{\"toolUse\":{\"input\":{\"city\":\"Baku\"},\"name\":\"weather__now\","
                                    "\"toolUseId\":\"tooluse_Q2\"}}],\"role\":\"assistant\"}},"
                                    "\"stopReason\":\"tool_use\",\"usage\":{\"inputTokens\":3,\"outputTokens\":4}}"_ba;
        const Outcome whole = run(converse, converse.size(), false);
        const auto call = std::ranges::find(whole.events, StreamEvent::Type::Tool, &StreamEvent::type);
        QVERIFY(call != whole.events.end());
        QCOMPARE(call->toolCall.id, u"tooluse_Q2"_s);
        QCOMPARE(call->toolCall.arguments, u"{\"city\":\"Baku\"}"_s);
        QCOMPARE(whole.last()->finish.name(), u"tool"_s);
    }
};

QTEST_GUILESS_MAIN(TestBedrockDecoder)
#include "test_bedrockdecoder.moc"
