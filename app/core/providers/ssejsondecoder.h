// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "providers/sseparser.h"
#include "providers/streamdecoder.h"

namespace Quorum
{

/*!
 * The part every server-sent-events protocol shares: frame the bytes into events (an
 * oversized one stops the stream), parse each event's data as a JSON object (a malformed
 * one fails the stream, saying what was wrong) and hand it on with its type (the `event:`
 * name, or the data's "type" field). Subclasses read the objects.
 */
class SseJsonDecoder : public StreamDecoder
{
protected:
    SseJsonDecoder();

    void decode(QByteArrayView bytes, QList<StreamEvent> &events) final;

    //! One event's data, parsed.
    virtual void handleEvent(const QString &type, const QJsonObject &data, QList<StreamEvent> &events) = 0;
    //! Sees each event before its data is parsed; returns true when it consumed it ([DONE]).
    virtual bool handleRaw(const SseEvent &event, QList<StreamEvent> &events);
    //! Runs after the events of each piece of input (Gemini reads raw JSON lines here).
    virtual void afterEvents(QList<StreamEvent> &events);

    SseParser &parser() { return m_parser; }

private:
    SseParser m_parser;
    QList<SseEvent> m_pending;
};

} // namespace Quorum
