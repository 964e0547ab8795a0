// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/anthropicdecoder.h"

#include <QJsonDocument>

#include "providers/errorclassifier.h"
#include "providers/jsonusage.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

AnthropicDecoder::AnthropicDecoder() = default;

void AnthropicDecoder::handleEvent(const QString &type, const QJsonObject &data, QList<StreamEvent> &events)
{
    if (type == "content_block_delta"_L1) {
        const QJsonObject delta = data.value("delta"_L1).toObject();
        const QString deltaType = delta.value("type"_L1).toString();
        if (deltaType == "text_delta"_L1) {
            if (const QString text = delta.value("text"_L1).toString(); !text.isEmpty()) {
                events.append(StreamEvent::textDelta(text));
            }
        } else if (deltaType == "thinking_delta"_L1) {
            if (const QString text = delta.value("thinking"_L1).toString(); !text.isEmpty()) {
                events.append(StreamEvent::reasoningDelta(text));
                if (data.value("index"_L1).toInt(-2) == m_thinkingIndex) {
                    m_thinking.insert("thinking"_L1, QString(m_thinking.value("thinking"_L1).toString() + text));
                }
            }
        } else if (deltaType == "signature_delta"_L1) {
            if (data.value("index"_L1).toInt(-2) == m_thinkingIndex) {
                m_thinking.insert("signature"_L1,
                    QString(m_thinking.value("signature"_L1).toString() + delta.value("signature"_L1).toString()));
            }
        } else if (deltaType == "input_json_delta"_L1) {
            const int index = data.value("index"_L1).toInt(-1);
            if (m_calls.has(index)) {
                m_calls.appendArguments(index, delta.value("partial_json"_L1).toString());
            }
        }
    } else if (type == "content_block_start"_L1) {
        const QJsonObject block = data.value("content_block"_L1).toObject();
        const QString blockType = block.value("type"_L1).toString();
        if (blockType == "thinking"_L1 || blockType == "redacted_thinking"_L1) {
            // Kept as it comes (docs/tools.md): a request with tool results must send it back.
            m_thinkingIndex = data.value("index"_L1).toInt(-1);
            m_thinking = block;
        } else if (blockType == "tool_use"_L1) {
            const int index = data.value("index"_L1).toInt(-1);
            m_calls.begin(index, block.value("id"_L1).toString(), block.value("name"_L1).toString());
            // A block whose input came whole (not streamed) and not empty.
            if (const QJsonObject input = block.value("input"_L1).toObject(); !input.isEmpty()) {
                m_calls.appendArguments(index, QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact)));
            }
        }
    } else if (type == "content_block_stop"_L1) {
        const int index = data.value("index"_L1).toInt(-1);
        if (index == m_thinkingIndex && !m_thinking.isEmpty()) {
            events.append(StreamEvent::echo(
                QString::fromUtf8(QJsonDocument(std::exchange(m_thinking, {})).toJson(QJsonDocument::Compact))));
            m_thinkingIndex = -1;
        }
        m_calls.take(index, events);
    } else if (type == "message_start"_L1) {
        const QJsonObject message = data.value("message"_L1).toObject();
        if (const QString model = message.value("model"_L1).toString(); !model.isEmpty()) {
            events.append(StreamEvent::servedBy(model));
        }
        m_usage = JsonUsage::fromAnthropic(message.value("usage"_L1).toObject(), Usage {});
        events.append(StreamEvent::usageUpdate(m_usage));
    } else if (type == "message_delta"_L1) {
        if (const QString reason = data.value("delta"_L1).toObject().value("stop_reason"_L1).toString();
            !reason.isEmpty()) {
            m_finish = FinishReason::fromProvider(reason);
        }
        if (const QJsonValue usage = data.value("usage"_L1); usage.isObject()) {
            m_usage = JsonUsage::fromAnthropic(usage.toObject(), m_usage);
            events.append(StreamEvent::usageUpdate(m_usage));
        }
    } else if (type == "message_stop"_L1) {
        m_calls.takeAll(events); // a block that was never stopped
        complete(events, m_finish.value_or(FinishReason::fromProvider(u"end_turn"_s)));
    } else if (type == "error"_L1) {
        const QJsonObject error = data.value("error"_L1).toObject();
        const QString code = error.value("type"_L1).toString();
        StreamError streamError
            = StreamError::make(ErrorClassifier::kindForCode(code).value_or(StreamError::Kind::Server),
                error.value("message"_L1).toString());
        streamError.providerCode = code;
        fail(events, streamError);
    }
    // ping, content_block_start/stop and event types added later carry nothing for us.
}

void AnthropicDecoder::decodeEnd(QList<StreamEvent> &)
{
    // Without message_stop the answer is incomplete: the base class reports it.
}

} // namespace Quorum
