// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Quorum
{

/*!
 * Incremental reader of newline-delimited JSON (Ollama's /api/chat stream): splits bytes,
 * arriving in chunks split anywhere, into complete non-empty lines (a trailing CR is
 * dropped). Lines longer than the cap stop the reader.
 */
class NdjsonReader final
{
public:
    static constexpr qsizetype defaultMaxLineBytes = 16 * 1024 * 1024;

    explicit NdjsonReader(qsizetype maxLineBytes = defaultMaxLineBytes);

    //! Appends the lines \a chunk completes to \a lines; false once a line exceeded the cap.
    bool feed(QByteArrayView chunk, QList<QByteArray> &lines);
    //! The unfinished last line, if the stream ended without a newline.
    QByteArray takeRemainder();
    bool overflowed() const { return m_overflow; }

private:
    QByteArray m_line;
    qsizetype m_maxLineBytes;
    bool m_overflow = false;
};

} // namespace Quorum
