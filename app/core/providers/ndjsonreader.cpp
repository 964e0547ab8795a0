// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/ndjsonreader.h"

#include <cstring>

namespace Quorum
{

NdjsonReader::NdjsonReader(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{
}

bool NdjsonReader::feed(QByteArrayView chunk, QList<QByteArray> &lines)
{
    if (m_overflow) {
        return false;
    }
    const char *p = chunk.data();
    const char *const end = p + chunk.size();
    while (p < end) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p)));
        const char *stop = nl ? nl : end;
        if (m_line.size() + (stop - p) > m_maxLineBytes) {
            m_overflow = true;
            m_line.clear();
            return false;
        }
        m_line.append(p, stop - p);
        if (!nl) {
            break;
        }
        if (m_line.endsWith('\r')) {
            m_line.chop(1);
        }
        if (!m_line.isEmpty()) {
            lines.append(std::move(m_line));
        }
        m_line = QByteArray();
        p = nl + 1;
    }
    return true;
}

QByteArray NdjsonReader::takeRemainder()
{
    QByteArray rest = std::exchange(m_line, {});
    if (rest.endsWith('\r')) {
        rest.chop(1);
    }
    return rest.trimmed().isEmpty() ? QByteArray() : rest;
}

} // namespace Quorum
