// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>
#include <utility>

#include <QList>
#include <QString>

namespace Quorum
{

/*!
 * Finds a judge's quotes in one answer's text. A judge copies from the Markdown it was
 * given, and the pane shows that Markdown rendered (no `**`, code fences gone, paragraphs
 * as separators); judges also re-wrap lines and change case. The text is normalised once
 * (Markdown emphasis and code marks dropped, runs of white space and layout characters as
 * one space, case folded) with a map back to the original positions, so each quote costs
 * one search: exact first, then normalised.
 */
class QuoteIndex final
{
public:
    using Span = std::pair<qsizetype, qsizetype>; //!< [start, end) in the text given

    explicit QuoteIndex(const QString &text);

    //! Where \a quote first occurs at or after \a from (nullopt: not found, or too short).
    std::optional<Span> locate(const QString &quote, qsizetype from = 0) const;

    //! \a text normalised as the index normalises it (for tests).
    static QString normalised(const QString &text);

private:
    QString m_text;
    QString m_normal;
    QList<qsizetype> m_positions; //!< m_normal[i] came from m_text[m_positions[i]]
};

} // namespace Quorum
