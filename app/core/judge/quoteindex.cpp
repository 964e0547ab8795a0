// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "judge/quoteindex.h"

#include <algorithm>

namespace Quorum
{

namespace
{
bool isMarkup(QChar c)
{
    return c == u'*' || c == u'_' || c == u'`' || c == u'#' || c == u'>' || c == u'~' || c == u'|';
}

//! White space, and what a QTextDocument puts between blocks, frames and cells.
bool isGap(QChar c)
{
    return c.isSpace() || c == QChar::ParagraphSeparator || c == QChar::LineSeparator || c == QChar(0xFDD0)
        || c == QChar(0xFDD1) || c == QChar::ObjectReplacementCharacter || c == QChar::Nbsp;
}

void normalise(const QString &text, QString &out, QList<qsizetype> *positions)
{
    out.reserve(text.size());
    if (positions) {
        positions->reserve(text.size());
    }
    bool gap = true; // no leading space
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isMarkup(c)) {
            continue;
        }
        if (isGap(c)) {
            if (!gap) {
                out.append(u' ');
                if (positions) {
                    positions->append(i);
                }
                gap = true;
            }
            continue;
        }
        gap = false;
        if (c.isHighSurrogate() || c.isLowSurrogate()) {
            out.append(c);
        } else {
            out.append(c.toCaseFolded());
        }
        if (positions) {
            positions->append(i);
        }
    }
    if (!out.isEmpty() && out.back() == u' ') {
        out.chop(1);
        if (positions) {
            positions->removeLast();
        }
    }
}
} // namespace

QuoteIndex::QuoteIndex(const QString &text)
    : m_text(text)
{
    normalise(m_text, m_normal, &m_positions);
}

QString QuoteIndex::normalised(const QString &text)
{
    QString out;
    normalise(text, out, nullptr);
    return out;
}

std::optional<QuoteIndex::Span> QuoteIndex::locate(const QString &quote, qsizetype from) const
{
    const QString trimmed = quote.trimmed();
    if (trimmed.size() < 2) {
        return std::nullopt;
    }
    if (const qsizetype at = m_text.indexOf(trimmed, from); at >= 0) {
        return Span {at, at + trimmed.size()};
    }
    const QString needle = normalised(trimmed);
    if (needle.size() < 2) {
        return std::nullopt;
    }
    // The first normalised position at or after `from`.
    const auto start = std::lower_bound(m_positions.cbegin(), m_positions.cend(), from);
    const qsizetype at = m_normal.indexOf(needle, start - m_positions.cbegin());
    if (at < 0) {
        return std::nullopt;
    }
    return Span {m_positions.at(at), m_positions.at(at + needle.size() - 1) + 1};
}

} // namespace Quorum
