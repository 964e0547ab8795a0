// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/bedrockdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "providers/bedrockconverse.h"
#include "providers/errorclassifier.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

void BedrockDecoder::decode(QByteArrayView bytes, QList<StreamEvent> &events)
{
    if (!m_stream) {
        m_body.append(bytes); // ChatStream's size cap bounds it
        return;
    }
    const QList<EventStreamMessage> messages = m_frames.feed(bytes);
    for (const EventStreamMessage &message : messages) {
        if (isDone()) {
            return;
        }
        handle(message, events);
    }
    if (m_frames.isDamaged() && !isDone()) {
        fail(events, StreamError::make(StreamError::Kind::Protocol, m_frames.error()));
    }
}

void BedrockDecoder::handle(const EventStreamMessage &message, QList<StreamEvent> &events)
{
    const QString messageType = message.header(":message-type");
    if (messageType == "exception"_L1) {
        const QString code = message.header(":exception-type");
        QJsonObject payload;
        if (!parseObject(message.payload, payload, events)) {
            return;
        }
        StreamError error = StreamError::make(ErrorClassifier::kindForCode(code).value_or(StreamError::Kind::Server),
            payload.value("message"_L1).toString());
        error.providerCode = code;
        fail(events, error);
        return;
    }
    if (messageType == "error"_L1) {
        const QString code = message.header(":error-code");
        StreamError error = StreamError::make(
            ErrorClassifier::kindForCode(code).value_or(StreamError::Kind::Server), message.header(":error-message"));
        error.providerCode = code;
        fail(events, error);
        return;
    }
    const QString type = message.header(":event-type");
    QJsonObject payload;
    if (!parseObject(message.payload, payload, events)) {
        return;
    }
    if (type == "contentBlockDelta"_L1) {
        const QJsonObject delta = payload.value("delta"_L1).toObject();
        if (const QString text = delta.value("text"_L1).toString(); !text.isEmpty()) {
            events.append(StreamEvent::textDelta(text));
        } else if (const QJsonObject reasoning = delta.value("reasoningContent"_L1).toObject(); !reasoning.isEmpty()) {
            const int index = payload.value("contentBlockIndex"_L1).toInt(-1);
            QJsonObject &kept = m_reasoning[index];
            if (const QString thought = reasoning.value("text"_L1).toString(); !thought.isEmpty()) {
                events.append(StreamEvent::reasoningDelta(thought));
                kept.insert("text"_L1, QString(kept.value("text"_L1).toString() + thought));
            }
            if (const QString signature = reasoning.value("signature"_L1).toString(); !signature.isEmpty()) {
                kept.insert("signature"_L1, QString(kept.value("signature"_L1).toString() + signature));
            }
            if (const QString redacted = reasoning.value("redactedContent"_L1).toString(); !redacted.isEmpty()) {
                kept.insert("redactedContent"_L1, QString(kept.value("redactedContent"_L1).toString() + redacted));
            }
        } else if (const QJsonValue toolUse = delta.value("toolUse"_L1); toolUse.isObject()) {
            const int index = payload.value("contentBlockIndex"_L1).toInt(-1);
            if (m_calls.has(index)) {
                m_calls.appendArguments(index, toolUse.toObject().value("input"_L1).toString());
            }
        }
    } else if (type == "contentBlockStart"_L1) {
        if (const QJsonObject toolUse = payload.value("start"_L1).toObject().value("toolUse"_L1).toObject();
            !toolUse.isEmpty()) {
            m_calls.begin(payload.value("contentBlockIndex"_L1).toInt(-1),
                toolUse.value("toolUseId"_L1).toString(),
                toolUse.value("name"_L1).toString());
        }
    } else if (type == "contentBlockStop"_L1) {
        const int index = payload.value("contentBlockIndex"_L1).toInt(-1);
        if (const QJsonObject reasoning = m_reasoning.take(index); !reasoning.isEmpty()) {
            // Converse's shape for it in a request: reasoningText {text, signature}, or redactedContent.
            const QJsonObject content = reasoning.contains("redactedContent"_L1)
                ? QJsonObject {{"redactedContent"_L1, reasoning.value("redactedContent"_L1)}}
                : QJsonObject {{"reasoningText"_L1, reasoning}};
            events.append(StreamEvent::echo(QString::fromUtf8(
                QJsonDocument(QJsonObject {{"reasoningContent"_L1, content}}).toJson(QJsonDocument::Compact))));
        }
        m_calls.take(index, events);
    } else if (type == "messageStop"_L1) {
        m_calls.takeAll(events);
        m_finish = FinishReason::fromProvider(payload.value("stopReason"_L1).toString(u"end_turn"_s));
    } else if (type == "metadata"_L1) {
        reportUsageAndTrace(payload, events);
        if (m_finish) {
            complete(events, *m_finish);
        }
    }
    // messageStart, contentBlockStart/Stop and event types added later carry nothing for us.
}

void BedrockDecoder::reportUsageAndTrace(const QJsonObject &object, QList<StreamEvent> &events)
{
    const QJsonObject usage = object.value("usage"_L1).toObject();
    if (!usage.isEmpty()) {
        Usage u;
        const qint64 cacheRead = usage.value("cacheReadInputTokens"_L1).toInteger();
        const qint64 cacheWrite = usage.value("cacheWriteInputTokens"_L1).toInteger();
        // inputTokens excludes cache reads and writes (as Anthropic's input_tokens does).
        u.input = usage.value("inputTokens"_L1).toInteger() + cacheRead + cacheWrite;
        u.cachedInput = cacheRead;
        u.cacheWrite = cacheWrite;
        u.output = usage.value("outputTokens"_L1).toInteger();
        events.append(StreamEvent::usageUpdate(u));
    }
    // A prompt router answers with one of its models: the trace names it.
    if (const QString invoked
        = object.value("trace"_L1).toObject().value("promptRouter"_L1).toObject().value("invokedModelId"_L1).toString();
        !invoked.isEmpty()) {
        events.append(StreamEvent::servedBy(BedrockConverse::modelIdFromArn(invoked)));
    }
}

void BedrockDecoder::decodeConverse(QList<StreamEvent> &events)
{
    // {"output":{"message":{"role":"assistant","content":[{"reasoningContent":{"reasoningText":
    //  {"text":…}}},{"text":…}]}},"stopReason":"end_turn","usage":{…},"metrics":{…},"trace":{…}}
    QJsonObject root;
    if (!parseObject(m_body, root, events)) {
        return;
    }
    const QJsonValue content = root.value("output"_L1).toObject().value("message"_L1).toObject().value("content"_L1);
    if (!content.isArray()) {
        fail(events,
            StreamError::make(StreamError::Kind::Protocol,
                QCoreApplication::translate("Quorum::StreamDecoder", "The Converse response has no output.message.")));
        return;
    }
    for (const QJsonValue &value : content.toArray()) {
        const QJsonObject block = value.toObject();
        if (const QString text = block.value("text"_L1).toString(); !text.isEmpty()) {
            events.append(StreamEvent::textDelta(text));
        } else if (const QString thought = block.value("reasoningContent"_L1)
                       .toObject()
                       .value("reasoningText"_L1)
                       .toObject()
                       .value("text"_L1)
                       .toString();
            !thought.isEmpty()) {
            events.append(StreamEvent::reasoningDelta(thought));
        } else if (const QJsonObject toolUse = block.value("toolUse"_L1).toObject(); !toolUse.isEmpty()) {
            const int index = m_calls.lastIndex() + 1;
            m_calls.begin(index, toolUse.value("toolUseId"_L1).toString(), toolUse.value("name"_L1).toString());
            m_calls.appendArguments(index,
                QString::fromUtf8(QJsonDocument(toolUse.value("input"_L1).toObject()).toJson(QJsonDocument::Compact)));
            m_calls.take(index, events);
        }
    }
    reportUsageAndTrace(root, events);
    complete(events, FinishReason::fromProvider(root.value("stopReason"_L1).toString(u"end_turn"_s)));
}

void BedrockDecoder::decodeEnd(QList<StreamEvent> &events)
{
    if (!m_stream) {
        decodeConverse(events);
        return;
    }
    // messageStop seen, metadata not: the answer is whole, only its usage is unknown.
    if (m_finish && !m_frames.hasPartialMessage()) {
        complete(events, *m_finish);
    }
    // Otherwise the base class reports a stream cut short.
}

} // namespace Quorum
