// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/openairesponsesdecoder.h"

#include "providers/errorclassifier.h"
#include "providers/jsonusage.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

OpenAiResponsesDecoder::OpenAiResponsesDecoder() = default;

void OpenAiResponsesDecoder::handleEvent(const QString &type, const QJsonObject &data, QList<StreamEvent> &events)
{
    if (type == "response.output_text.delta"_L1 || type == "response.refusal.delta"_L1) {
        if (const QString text = data.value("delta"_L1).toString(); !text.isEmpty()) {
            events.append(StreamEvent::textDelta(text));
        }
        return;
    }
    if (type == "response.reasoning_summary_text.delta"_L1 || type == "response.reasoning_text.delta"_L1) {
        const QString text = data.value("delta"_L1).toString();
        if (text.isEmpty()) {
            return;
        }
        const QString key = data.value("item_id"_L1).toString() + u'/'
            + QString::number(data.value("summary_index"_L1).toInt(data.value("content_index"_L1).toInt()));
        if (!m_reasoningKey.isEmpty() && key != m_reasoningKey) {
            events.append(StreamEvent::reasoningDelta(u"\n\n"_s));
        }
        m_reasoningKey = key;
        events.append(StreamEvent::reasoningDelta(text));
        return;
    }
    if (type == "response.output_item.added"_L1 || type == "response.output_item.done"_L1) {
        const QJsonObject item = data.value("item"_L1).toObject();
        if (item.value("type"_L1).toString() != "function_call"_L1) {
            return;
        }
        const int index = data.value("output_index"_L1).toInt(-1);
        m_calls.begin(index, item.value("call_id"_L1).toString(), item.value("name"_L1).toString());
        if (type == "response.output_item.done"_L1) {
            if (const QString arguments = item.value("arguments"_L1).toString(); !arguments.isEmpty()) {
                m_calls.setArguments(index, arguments); // whole here: it wins over the pieces
            }
            m_calls.take(index, events);
        }
        return;
    }
    if (type == "response.function_call_arguments.delta"_L1) {
        if (const int index = data.value("output_index"_L1).toInt(-1); m_calls.has(index)) {
            m_calls.appendArguments(index, data.value("delta"_L1).toString());
        }
        return;
    }
    if (type == "response.created"_L1) {
        if (const QString model = data.value("response"_L1).toObject().value("model"_L1).toString(); !model.isEmpty()) {
            events.append(StreamEvent::servedBy(model));
        }
        return;
    }
    if (type == "response.completed"_L1 || type == "response.incomplete"_L1) {
        m_calls.takeAll(events); // an item that was never done
        const QJsonObject response = data.value("response"_L1).toObject();
        if (const QJsonValue usage = response.value("usage"_L1); usage.isObject()) {
            events.append(StreamEvent::usageUpdate(JsonUsage::fromOpenAiResponses(usage.toObject())));
        }
        if (type == "response.completed"_L1) {
            complete(events, FinishReason::fromProvider(u"completed"_s));
        } else {
            const QString reason = response.value("incomplete_details"_L1).toObject().value("reason"_L1).toString();
            complete(events, FinishReason::fromProvider(reason.isEmpty() ? u"max_output_tokens"_s : reason));
        }
        return;
    }
    if (type == "response.failed"_L1 || type == "error"_L1) {
        const QJsonObject error
            = type == "error"_L1 ? data : data.value("response"_L1).toObject().value("error"_L1).toObject();
        const QString code = error.value("code"_L1).toString();
        StreamError streamError
            = StreamError::make(ErrorClassifier::kindForCode(code).value_or(StreamError::Kind::Server),
                error.value("message"_L1).toString());
        streamError.providerCode = code;
        fail(events, streamError);
        return;
    }
    if (type == "response.cancelled"_L1) {
        fail(events, StreamError::make(StreamError::Kind::Cancelled));
    }
}

void OpenAiResponsesDecoder::decodeEnd(QList<StreamEvent> &) { }

} // namespace Quorum
