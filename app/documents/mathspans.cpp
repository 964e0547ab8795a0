// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "documents/mathspans.h"

using namespace Qt::Literals::StringLiterals;

namespace Quorum
{

namespace
{

// A hand-written scanner: no Markdown library Quorum uses (md4c through Qt, cmark-gfm) knows
// TeX math, and the rules are Pandoc's, which only a scanner of its own can follow exactly.

//! Whether the line after the line break at \a newline is blank (or the text ends there).
bool blankLineAfter(QStringView text, qsizetype newline)
{
    for (qsizetype i = newline + 1; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            return true;
        }
        if (!text[i].isSpace()) {
            return false;
        }
    }
    return true;
}

//! Where \a close starts at or after \a from, skipping backslash pairs, within the paragraph.
qsizetype findClosing(QStringView text, qsizetype from, QStringView close)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text.sliced(i).startsWith(close)) {
            return i;
        }
        if (text[i] == u'\\') {
            ++i;
        } else if (text[i] == u'\n' && blankLineAfter(text, i)) {
            return -1;
        }
    }
    return -1;
}

//! Where the inline formula opened by the `$` at \a open closes (Pandoc's rules), or -1.
qsizetype closingDollar(QStringView text, qsizetype open)
{
    if (open + 1 >= text.size() || text[open + 1].isSpace()) {
        return -1;
    }
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\') {
            ++i;
        } else if (c == u'\n' && blankLineAfter(text, i)) {
            return -1;
        } else if (c == u'$' && i > open + 1 && !text[i - 1].isSpace()
            && (i + 1 >= text.size() || !text[i + 1].isDigit())) {
            return i;
        }
    }
    return -1;
}

//! The end of the line holding \a at (its line break, or the text's end).
qsizetype lineEnd(QStringView text, qsizetype at)
{
    const qsizetype end = text.indexOf(u'\n', at);
    return end < 0 ? text.size() : end;
}

//! A fence at the start of the line from \a at: its character and length (0: none).
std::pair<QChar, qsizetype> fenceAt(QStringView text, qsizetype at)
{
    qsizetype i = at;
    while (i < text.size() && i - at < 4 && text[i] == u' ') {
        ++i;
    }
    if (i - at >= 4 || i >= text.size() || (text[i] != u'`' && text[i] != u'~')) {
        return {QChar(), 0};
    }
    const QChar marker = text[i];
    qsizetype run = 0;
    while (i + run < text.size() && text[i + run] == marker) {
        ++run;
    }
    if (run < 3) {
        return {QChar(), 0};
    }
    // A backtick fence's info string has no backtick (else it is a code span).
    if (marker == u'`' && text.sliced(i + run, lineEnd(text, i) - i - run).contains(u'`')) {
        return {QChar(), 0};
    }
    return {marker, run};
}

} // namespace

QList<MathSpan> findMath(QStringView text)
{
    QList<MathSpan> spans;
    const auto add = [&](qsizetype start, qsizetype contentFrom, qsizetype contentTo, qsizetype end, bool display) {
        const QString tex = text.sliced(contentFrom, contentTo - contentFrom).trimmed().toString();
        if (tex.isEmpty()) {
            return false;
        }
        spans.append({start, end - start, tex, display});
        return true;
    };

    QChar fence;
    qsizetype fenceLength = 0;
    bool lineStart = true;
    qsizetype i = 0;
    while (i < text.size()) {
        if (lineStart) {
            lineStart = false;
            const auto [marker, run] = fenceAt(text, i);
            const qsizetype end = lineEnd(text, i);
            if (fenceLength == 0 && run > 0) {
                fence = marker;
                fenceLength = run;
            } else if (fenceLength > 0 && marker == fence && run >= fenceLength) {
                fenceLength = 0;
            } else if (fenceLength == 0) {
                continue; // a line of prose: scanned below
            }
            i = end + 1; // a fence line, or a line of code
            lineStart = true;
            continue;
        }
        const QChar c = text[i];
        if (c == u'\n') {
            lineStart = true;
            ++i;
        } else if (c == u'\\') {
            if (i + 1 < text.size() && (text[i + 1] == u'(' || text[i + 1] == u'[')) {
                const bool display = text[i + 1] == u'[';
                const qsizetype close = findClosing(text, i + 2, display ? u"\\]" : u"\\)");
                if (close >= 0 && add(i, i + 2, close, close + 2, display)) {
                    i = close + 2;
                    continue;
                }
            }
            i += (i + 1 < text.size() && text[i + 1] != u'\n') ? 2 : 1;
        } else if (c == u'`') {
            qsizetype run = 0;
            while (i + run < text.size() && text[i + run] == u'`') {
                ++run;
            }
            // A code span ends at the next run of exactly as many backticks.
            qsizetype j = i + run;
            qsizetype end = -1;
            while (j < text.size()) {
                if (text[j] == u'`') {
                    qsizetype other = 0;
                    while (j + other < text.size() && text[j + other] == u'`') {
                        ++other;
                    }
                    if (other == run) {
                        end = j + other;
                        break;
                    }
                    j += other;
                } else if (text[j] == u'\n' && blankLineAfter(text, j)) {
                    break;
                } else {
                    ++j;
                }
            }
            i = end >= 0 ? end : i + run;
        } else if (c == u'$') {
            if (i + 1 < text.size() && text[i + 1] == u'$') {
                const qsizetype close = findClosing(text, i + 2, u"$$");
                if (close >= 0 && add(i, i + 2, close, close + 2, true)) {
                    i = close + 2;
                } else {
                    i += 2;
                }
                continue;
            }
            const qsizetype close = closingDollar(text, i);
            if (close >= 0 && add(i, i + 1, close, close + 1, false)) {
                i = close + 1;
            } else {
                ++i;
            }
        } else {
            ++i;
        }
    }
    return spans;
}

QString delimitedTex(const QString &tex, bool display)
{
    return display ? u"$$"_s + tex + u"$$"_s : u"$"_s + tex + u"$"_s;
}

QString mathPlaceholder(qsizetype index)
{
    return QChar(mathPlaceholderOpen) + QString::number(index) + QChar(mathPlaceholderClose);
}

ProtectedMath protectMath(const QString &markdown)
{
    ProtectedMath result;
    result.spans = findMath(markdown);
    const auto copy = [&](qsizetype from, qsizetype to) {
        QStringView part = QStringView(markdown).sliced(from, to - from);
        const qsizetype at = result.markdown.size();
        result.markdown += part;
        for (qsizetype i = at; i < result.markdown.size(); ++i) {
            if (result.markdown[i] == QChar(mathPlaceholderOpen) || result.markdown[i] == QChar(mathPlaceholderClose)) {
                result.markdown[i] = QChar::ReplacementCharacter;
            }
        }
    };
    result.markdown.reserve(markdown.size());
    qsizetype from = 0;
    for (qsizetype index = 0; index < result.spans.size(); ++index) {
        const MathSpan &span = result.spans[index];
        copy(from, span.start);
        result.markdown += mathPlaceholder(index);
        from = span.start + span.length;
    }
    copy(from, markdown.size());
    return result;
}

qsizetype mathPlaceholderAt(QStringView text, qsizetype at, qsizetype *length)
{
    if (at >= text.size() || text[at] != QChar(mathPlaceholderOpen)) {
        return -1;
    }
    qsizetype i = at + 1;
    qsizetype index = 0;
    while (i < text.size() && text[i].isDigit() && i - at < 10) {
        index = index * 10 + text[i].digitValue();
        ++i;
    }
    if (i == at + 1 || i >= text.size() || text[i] != QChar(mathPlaceholderClose)) {
        return -1;
    }
    if (length) {
        *length = i + 1 - at;
    }
    return index;
}

} // namespace Quorum
