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
    if (type == "response.created"_L1) {
        if (const QString model = data.value("response"_L1).toObject().value("model"_L1).toString(); !model.isEmpty()) {
            events.append(StreamEvent::servedBy(model));
        }
        return;
    }
    if (type == "response.completed"_L1 || type == "response.incomplete"_L1) {
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
