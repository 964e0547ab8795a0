// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/ssejsondecoder.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

SseJsonDecoder::SseJsonDecoder() = default;

bool SseJsonDecoder::handleRaw(const SseEvent &, QList<StreamEvent> &)
{
    return false;
}

void SseJsonDecoder::afterEvents(QList<StreamEvent> &) { }

void SseJsonDecoder::decode(QByteArrayView bytes, QList<StreamEvent> &events)
{
    m_pending.clear();
    if (!m_parser.feed(bytes, m_pending)) {
        fail(events, StreamError::make(StreamError::Kind::TooLarge));
        return;
    }
    for (const SseEvent &event : std::as_const(m_pending)) {
        if (isDone()) {
            return;
        }
        if (handleRaw(event, events)) {
            continue;
        }
        QJsonObject data;
        if (!parseObject(event.data, data, events)) {
            return;
        }
        const QString type = event.event.isEmpty() ? data.value("type"_L1).toString() : QString::fromUtf8(event.event);
        handleEvent(type, data, events);
    }
    if (!isDone()) {
        afterEvents(events);
    }
}

} // namespace Quorum
