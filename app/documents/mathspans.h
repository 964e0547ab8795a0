// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Quorum
{

//! One formula found in Markdown: where its delimiters start and end, and its TeX.
struct MathSpan {
    qsizetype start = 0;  //!< the opening delimiter
    qsizetype length = 0; //!< delimiters included
    QString tex;          //!< between the delimiters, trimmed
    bool display = false; //!< $$...$$ or \[...\] (else $...$ or \(...\))
};

/*!
 * The formulas in a model's Markdown, by Pandoc's rules for tex_math_dollars and
 * tex_math_single_backslash (the ones markdown-it-texmath follows too), so that dollars in
 * prose about money stay dollars:
 *
 * - `$...$` is inline math when the opening `$` has a non-space character right after it,
 *   the closing `$` a non-space character right before it and no digit right after it
 *   ("$20,000 and $30,000" is no math; "$5/$10" neither);
 * - `$$...$$` and `\[...\]` are display math, `\(...\)` inline math; the delimiters may
 *   stand apart from the formula by spaces and line breaks, but no blank line ends up inside;
 * - nothing in a code span or a fenced code block is math, and `\$` is a dollar.
 */
QList<MathSpan> findMath(QStringView markdown);

//! \a tex between its delimiters, as Quorum writes a formula back ("$x^2$", "$$\sum_i i$$").
QString delimitedTex(const QString &tex, bool display);

//! Markdown with its formulas taken out (mathPlaceholder) for a Markdown parser to pass on.
struct ProtectedMath {
    QString markdown;
    QList<MathSpan> spans;
};

//! The private-use characters around a placeholder's index ("\uE000" "3" "\uE001").
inline constexpr char16_t mathPlaceholderOpen = 0xE000;
inline constexpr char16_t mathPlaceholderClose = 0xE001;
QString mathPlaceholder(qsizetype index);

/*!
 * \a markdown with each formula replaced by its placeholder (which every Markdown parser
 * leaves as text). The private-use characters the placeholders are made of are replaced in
 * the rest of the text by U+FFFD, so an answer cannot forge one.
 */
ProtectedMath protectMath(const QString &markdown);

//! The index of the placeholder starting at \a at in \a text (and its length), or -1.
qsizetype mathPlaceholderAt(QStringView text, qsizetype at, qsizetype *length);

} // namespace Quorum
