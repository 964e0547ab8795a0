// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/sseparser.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
// The first CR or LF in [begin, end), or end: two memchr passes beat a byte loop by far.
const char *findLineEnd(const char *begin, const char *end)
{
    const auto length = static_cast<size_t>(end - begin);
    const auto *lf = static_cast<const char *>(std::memchr(begin, '\n', length));
    const char *limit = lf ? lf : end;
    const auto *cr = static_cast<const char *>(std::memchr(begin, '\r', static_cast<size_t>(limit - begin)));
    return cr ? cr : limit;
}
} // namespace

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes)
{
}

bool SseParser::appendToLine(QByteArrayView bytes)
{
    if (m_line.size() + bytes.size() > m_maxEventBytes) {
        m_overflow = true;
        m_line.clear();
        m_data.clear();
        return false;
    }
    m_line.append(bytes);
    return true;
}

bool SseParser::feed(QByteArrayView chunk, QList<SseEvent> &events)
{
    if (m_overflow) {
        return false;
    }
    const char *p = chunk.data();
    const char *const end = p + chunk.size();
    if (m_skipLeadingLf && p < end) {
        if (*p == '\n') {
            ++p;
        }
        m_skipLeadingLf = false;
    }
    while (p < end) {
        const char *eol = findLineEnd(p, end);
        if (eol == end) {
            return appendToLine(QByteArrayView(p, end));
        }
        if (m_line.isEmpty()) {
            processLine(QByteArrayView(p, eol), events);
        } else {
            if (!appendToLine(QByteArrayView(p, eol))) {
                return false;
            }
            processLine(m_line, events);
            m_line.clear();
        }
        if (m_overflow) {
            return false;
        }
        if (*eol == '\r') {
            if (eol + 1 == end) {
                m_skipLeadingLf = true; // a LF may follow in the next chunk
                p = end;
                break;
            }
            if (eol[1] == '\n') {
                ++eol;
            }
        }
        p = eol + 1;
    }
    return true;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &events)
{
    if (m_atStart) {
        m_atStart = false;
        if (line.startsWith("\xEF\xBB\xBF"_ba)) {
            line = line.sliced(3);
        }
    }
    if (line.isEmpty()) {
        if (m_hasData) {
            if (m_data.endsWith('\n')) {
                m_data.chop(1);
            }
            events.append(SseEvent {std::move(m_event), std::move(m_data)});
        }
        m_event.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.front() == ':') {
        return; // comment, e.g. OpenRouter's ": OPENROUTER PROCESSING"
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' ')) {
        value = value.sliced(1);
    }
    if (field == "data") {
        if (m_data.size() + value.size() + 1 > m_maxEventBytes) {
            m_overflow = true;
            m_data.clear();
            return;
        }
        m_data.append(value);
        m_data.append('\n');
        m_hasData = true;
    } else if (field == "event") {
        m_event = value.toByteArray();
    } else if (field == "id" || field == "retry") {
        // No provider Quorum talks to uses reconnection; ignored as the spec allows.
    } else if (m_keepForeignLines && m_foreignLines.size() < 10000) {
        m_foreignLines.append(line.toByteArray());
    }
}

QList<QByteArray> SseParser::takeForeignLines()
{
    return std::exchange(m_foreignLines, {});
}

bool SseParser::hasPartialEvent() const
{
    return m_hasData || !m_line.isEmpty();
}

} // namespace Quorum
