// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/openaichatdecoder.h"

#include <QJsonArray>

#include "providers/errorclassifier.h"
#include "providers/jsonusage.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

OpenAiChatDecoder::OpenAiChatDecoder() = default;

bool OpenAiChatDecoder::handleRaw(const SseEvent &event, QList<StreamEvent> &events)
{
    if (event.data != "[DONE]") {
        return false;
    }
    complete(events, m_finish.value_or(FinishReason::fromProvider(u"stop"_s)));
    return true;
}

void OpenAiChatDecoder::handleEvent(const QString &, const QJsonObject &chunk, QList<StreamEvent> &events)
{
    if (const QJsonValue error = chunk.value("error"_L1); error.isObject() || error.isString()) {
        // A failure after the 200: OpenAI's server_error, OpenRouter's upstream error.
        const QJsonObject object = error.toObject();
        const QString message = error.isString() ? error.toString() : object.value("message"_L1).toString();
        QString code = object.value("type"_L1).toString();
        if (code.isEmpty() || code == "error"_L1) {
            code = object.value("code"_L1).isString() ? object.value("code"_L1).toString() : QString();
        }
        StreamError streamError
            = StreamError::make(ErrorClassifier::kindForCode(code).value_or(StreamError::Kind::Server), message);
        if (object.value("code"_L1).isDouble()) {
            streamError.httpStatus = object.value("code"_L1).toInt();
            if (!ErrorClassifier::kindForCode(code)) {
                streamError.kind = ErrorClassifier::kindForStatus(streamError.httpStatus);
            }
        }
        streamError.providerCode = code;
        fail(events, streamError);
        return;
    }
    if (const QString model = chunk.value("model"_L1).toString(); !model.isEmpty() && model != m_model) {
        m_model = model;
        events.append(StreamEvent::servedBy(model));
    }
    const QJsonArray choices = chunk.value("choices"_L1).toArray();
    for (const QJsonValue &value : choices) {
        const QJsonObject choice = value.toObject();
        if (choice.value("index"_L1).toInt(0) != 0) {
            continue; // Quorum asks for one choice; ignore any other
        }
        const QJsonObject delta = choice.value("delta"_L1).toObject();
        for (const auto key : {"reasoning_content"_L1, "reasoning"_L1}) {
            if (const QString reasoning = delta.value(key).toString(); !reasoning.isEmpty()) {
                events.append(StreamEvent::reasoningDelta(reasoning));
            }
        }
        const QJsonValue content = delta.value("content"_L1);
        if (content.isString()) {
            if (const QString text = content.toString(); !text.isEmpty()) {
                events.append(StreamEvent::textDelta(text));
            }
        } else if (content.isArray()) {
            // Mistral reasoning models: [{"type":"thinking","thinking":[{"type":"text",...}]},{"type":"text",...}]
            for (const QJsonValue &part : content.toArray()) {
                const QJsonObject object = part.toObject();
                const QString type = object.value("type"_L1).toString();
                if (type == "text"_L1) {
                    if (const QString text = object.value("text"_L1).toString(); !text.isEmpty()) {
                        events.append(StreamEvent::textDelta(text));
                    }
                } else if (type == "thinking"_L1) {
                    for (const QJsonValue &inner : object.value("thinking"_L1).toArray()) {
                        if (const QString text = inner.toObject().value("text"_L1).toString(); !text.isEmpty()) {
                            events.append(StreamEvent::reasoningDelta(text));
                        }
                    }
                }
            }
        }
        if (const QString refusal = delta.value("refusal"_L1).toString(); !refusal.isEmpty()) {
            events.append(StreamEvent::textDelta(refusal));
        }
        if (const QString reason = choice.value("finish_reason"_L1).toString(); !reason.isEmpty()) {
            m_finish = FinishReason::fromProvider(reason);
            if (m_finish->kind == FinishReason::Kind::Error) {
                fail(events,
                    StreamError::make(
                        StreamError::Kind::Server, choice.value("error"_L1).toObject().value("message"_L1).toString()));
                return;
            }
        }
    }
    if (const QJsonValue usage = chunk.value("usage"_L1); usage.isObject()) {
        events.append(StreamEvent::usageUpdate(JsonUsage::fromOpenAiChat(usage.toObject())));
    }
}

void OpenAiChatDecoder::decodeEnd(QList<StreamEvent> &events)
{
    if (m_finish) {
        complete(events, *m_finish);
    }
}

} // namespace Quorum
