// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/ollamadecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Quorum
{

OllamaDecoder::OllamaDecoder() = default;

void OllamaDecoder::decode(QByteArrayView bytes, QList<StreamEvent> &events)
{
    m_lines.clear();
    if (!m_reader.feed(bytes, m_lines)) {
        fail(events, StreamError::make(StreamError::Kind::TooLarge));
        return;
    }
    for (const QByteArray &line : std::as_const(m_lines)) {
        if (isDone()) {
            return;
        }
        handleLine(line, events);
    }
}

void OllamaDecoder::handleLine(const QByteArray &line, QList<StreamEvent> &events)
{
    QJsonObject object;
    if (!parseObject(line, object, events)) {
        return;
    }
    if (const QJsonValue error = object.value("error"_L1); !error.isUndefined()) {
        fail(events, StreamError::make(StreamError::Kind::Server, error.toString()));
        return;
    }
    if (const QString model = object.value("model"_L1).toString(); !model.isEmpty() && model != m_model) {
        m_model = model;
        events.append(StreamEvent::servedBy(model));
    }
    const QJsonObject message = object.value("message"_L1).toObject();
    if (const QString thinking = message.value("thinking"_L1).toString(); !thinking.isEmpty()) {
        events.append(StreamEvent::reasoningDelta(thinking));
    }
    if (const QString content = message.value("content"_L1).toString(); !content.isEmpty()) {
        events.append(StreamEvent::textDelta(content));
    }
    for (const QJsonValue &value : message.value("tool_calls"_L1).toArray()) {
        // Ollama sends each call whole, its arguments an object (newer versions give an id).
        ++m_calls;
        const QJsonObject call = value.toObject();
        const QJsonObject function = call.value("function"_L1).toObject();
        ToolCall made;
        made.id = call.value("id"_L1).toString();
        if (made.id.isEmpty()) {
            made.id = ToolCall::generatedId(m_calls);
        }
        made.name = function.value("name"_L1).toString();
        const QJsonValue arguments = function.value("arguments"_L1);
        made.arguments = arguments.isString()
            ? arguments.toString()
            : QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact));
        if (!made.name.isEmpty()) {
            events.append(StreamEvent::toolCallMade(made));
        }
    }
    if (object.value("done"_L1).toBool()) {
        Usage usage;
        usage.input = qMax<qint64>(0, object.value("prompt_eval_count"_L1).toInteger(0));
        usage.output = qMax<qint64>(0, object.value("eval_count"_L1).toInteger(0));
        events.append(StreamEvent::usageUpdate(usage));
        complete(events, FinishReason::fromProvider(object.value("done_reason"_L1).toString(u"stop"_s)));
    }
}

void OllamaDecoder::decodeEnd(QList<StreamEvent> &events)
{
    if (const QByteArray rest = m_reader.takeRemainder(); !rest.isEmpty()) {
        handleLine(rest, events);
    }
}

} // namespace Quorum
