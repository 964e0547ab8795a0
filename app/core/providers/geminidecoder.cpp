// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/geminidecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "providers/errorclassifier.h"
#include "providers/jsonusage.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
StreamError geminiError(const QJsonObject &error)
{
    const QString status = error.value("status"_L1).toString();
    const int code = error.value("code"_L1).toInt();
    QString reason;
    for (const QJsonValue &detail : error.value("details"_L1).toArray()) {
        if (const QString r = detail.toObject().value("reason"_L1).toString(); !r.isEmpty()) {
            reason = r;
        }
    }
    StreamError result = ErrorClassifier::fromHttp(
        code > 0 ? code : 500, error.value("message"_L1).toString(), reason == "API_KEY_INVALID"_L1 ? reason : status);
    return result;
}
} // namespace

GeminiDecoder::GeminiDecoder()
{
    parser().setKeepForeignLines(true);
}

void GeminiDecoder::handleEvent(const QString &, const QJsonObject &response, QList<StreamEvent> &events)
{
    handleResponse(response, events);
}

void GeminiDecoder::afterEvents(QList<StreamEvent> &events)
{
    handleForeignLines(events);
}

void GeminiDecoder::handleForeignLines(QList<StreamEvent> &events)
{
    // A mid-stream failure may come as raw, pretty-printed JSON: collect lines until the
    // braces balance, then read it as an error (google-genai does the same).
    const QList<QByteArray> lines = parser().takeForeignLines();
    for (const QByteArray &line : lines) {
        if (isDone()) {
            return;
        }
        m_rawJson += line;
        m_rawJson += '\n';
        for (const char c : line) {
            m_rawDepth += c == '{' ? 1 : (c == '}' ? -1 : 0);
        }
        if (m_rawDepth <= 0) {
            QJsonObject object;
            const QByteArray json = std::exchange(m_rawJson, {});
            m_rawDepth = 0;
            if (!parseObject(json, object, events)) {
                return;
            }
            if (object.contains("error"_L1)) {
                fail(events, geminiError(object.value("error"_L1).toObject()));
            } else {
                handleResponse(object, events);
            }
        }
    }
}

void GeminiDecoder::handleResponse(const QJsonObject &response, QList<StreamEvent> &events)
{
    if (const QJsonValue error = response.value("error"_L1); error.isObject()) {
        fail(events, geminiError(error.toObject()));
        return;
    }
    if (const QString model = response.value("modelVersion"_L1).toString(); !model.isEmpty() && model != m_model) {
        m_model = model;
        events.append(StreamEvent::servedBy(model));
    }
    const QJsonArray candidates = response.value("candidates"_L1).toArray();
    if (!candidates.isEmpty()) {
        const QJsonObject candidate = candidates.first().toObject();
        for (const QJsonValue &partValue : candidate.value("content"_L1).toObject().value("parts"_L1).toArray()) {
            const QJsonObject part = partValue.toObject();
            if (const QJsonObject function = part.value("functionCall"_L1).toObject(); !function.isEmpty()) {
                // A call comes whole in one part, with the signature it must be echoed with.
                ++m_calls;
                ToolCall call;
                call.id = function.value("id"_L1).toString();
                if (call.id.isEmpty()) {
                    call.id = ToolCall::generatedId(m_calls);
                }
                call.name = function.value("name"_L1).toString();
                call.arguments = QString::fromUtf8(
                    QJsonDocument(function.value("args"_L1).toObject()).toJson(QJsonDocument::Compact));
                call.signature = part.value("thoughtSignature"_L1).toString();
                if (!call.name.isEmpty()) {
                    events.append(StreamEvent::toolCallMade(call));
                }
                continue;
            }
            const QString text = part.value("text"_L1).toString();
            if (text.isEmpty()) {
                continue;
            }
            events.append(
                part.value("thought"_L1).toBool() ? StreamEvent::reasoningDelta(text) : StreamEvent::textDelta(text));
        }
        if (const QString reason = candidate.value("finishReason"_L1).toString();
            !reason.isEmpty() && reason != "FINISH_REASON_UNSPECIFIED"_L1) {
            m_finish = FinishReason::fromProvider(reason);
        }
    }
    if (const QString blocked = response.value("promptFeedback"_L1).toObject().value("blockReason"_L1).toString();
        !blocked.isEmpty()) {
        m_finish = FinishReason {FinishReason::Kind::Filtered, blocked};
    }
    if (const QJsonValue usage = response.value("usageMetadata"_L1); usage.isObject()) {
        events.append(StreamEvent::usageUpdate(JsonUsage::fromGemini(usage.toObject())));
    }
}

void GeminiDecoder::decodeEnd(QList<StreamEvent> &events)
{
    handleForeignLines(events);
    if (!isDone() && !m_rawJson.trimmed().isEmpty()) {
        QJsonObject object;
        if (parseObject(std::exchange(m_rawJson, {}), object, events) && object.contains("error"_L1)) {
            fail(events, geminiError(object.value("error"_L1).toObject()));
        }
    }
    // Gemini has no end marker: the body ends after the chunk with the finish reason.
    if (m_finish) {
        complete(events, *m_finish);
    }
}

} // namespace Quorum
