// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Quorum
{

//! One dispatched server-sent event: its `event:` name (empty for unnamed) and `data:`.
struct SseEvent {
    QByteArray event;
    QByteArray data;

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

/*!
 * Incremental parser for server-sent events (WHATWG event-stream format), fed with the
 * bytes of a response as they arrive, split anywhere.
 *
 * Lines end with LF, CRLF or CR (a CRLF split across two chunks counts once); a leading
 * UTF-8 BOM is dropped; `data:` lines accumulate (joined by LF); `event:` names the event;
 * comments (`:`), `id:` and `retry:` are ignored. Bytes are never decoded here, so a
 * multi-byte character split across chunks arrives whole in the event's data. Only newly
 * arrived bytes are scanned (memchr), never the whole buffer again.
 *
 * Written by hand: Qt has no SSE parser, and the provider SDKs' parsers are in Python.
 */
class SseParser final
{
public:
    static constexpr qsizetype defaultMaxEventBytes = 16 * 1024 * 1024;

    explicit SseParser(qsizetype maxEventBytes = defaultMaxEventBytes);

    /*!
     * Parses \a chunk and appends every event it completes to \a events. Returns false once
     * an event or line grew beyond the cap; the parser then ignores further input.
     */
    bool feed(QByteArrayView chunk, QList<SseEvent> &events);

    //! Lines that are no SSE field (neither data, event, id, retry nor a comment), kept when
    //! enabled: Gemini may send a mid-stream error as raw JSON lines.
    void setKeepForeignLines(bool keep) { m_keepForeignLines = keep; }
    QList<QByteArray> takeForeignLines();

    //! True when an event was begun but not dispatched (the stream stopped mid-event).
    bool hasPartialEvent() const;
    bool overflowed() const { return m_overflow; }

private:
    void processLine(QByteArrayView line, QList<SseEvent> &events);
    bool appendToLine(QByteArrayView bytes);

    QByteArray m_line;  // an unfinished line from earlier chunks
    QByteArray m_data;  // data of the event being built
    QByteArray m_event; // name of the event being built
    QList<QByteArray> m_foreignLines;
    qsizetype m_maxEventBytes;
    bool m_skipLeadingLf = false; // the last chunk ended in CR: a LF first in the next one ends nothing
    bool m_atStart = true;        // no line seen yet: a BOM may lead
    bool m_hasData = false;
    bool m_keepForeignLines = false;
    bool m_overflow = false;
};

} // namespace Quorum
