// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "routing/sensitive.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
using Kind = SensitiveMatch::Kind;

struct Detector {
    Kind kind;
    QRegularExpression pattern;
    bool (*valid)(QStringView) = nullptr;
};

QString digitsOf(QStringView text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    return digits;
}

bool validCard(QStringView text)
{
    const QString digits = digitsOf(text);
    return digits.size() >= 13 && digits.size() <= 19 && SensitiveScanner::luhnValid(digits);
}

bool validPhone(QStringView text)
{
    const qsizetype digits = digitsOf(text).size();
    return digits >= 9 && digits <= 15;
}

bool validIban(QStringView text)
{
    return SensitiveScanner::ibanValid(text);
}

// Checked first: a validated card or IBAN wins over a phone number on the same digits.
const QList<Detector> &detectors()
{
    static const QList<Detector> list {
        {Kind::AwsAccessKey, QRegularExpression(u"\\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\\b"_s)},
        {Kind::ApiKey,
            QRegularExpression(u"\\b(?:sk-(?:proj-|ant-(?:api\\d{2}-)?|or-v1-)?[A-Za-z0-9_-]{20,}"
                               "|AIza[0-9A-Za-z_-]{35}|gh[pousr]_[A-Za-z0-9]{36,}|xox[abprs]-[A-Za-z0-9-]{10,}"
                               "|glpat-[A-Za-z0-9_-]{20,}|hf_[A-Za-z0-9]{30,})"_s)},
        {Kind::Email,
            QRegularExpression(u"\\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}\\b"_s)},
        {Kind::Iban,
            QRegularExpression(u"\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b"_s),
            validIban},
        {Kind::CardNumber, QRegularExpression(u"(?<![\\d-])\\d(?:[ -]?\\d){12,18}(?![\\d-])"_s), validCard},
        {Kind::Phone,
            QRegularExpression(
                u"(?<![\\w+])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,5}(?:[ .-]\\d{2,5}){1,4}(?![\\w])"
                "|(?<![\\w+])\\+\\d{9,15}(?!\\w)"_s),
            validPhone},
    };
    return list;
}
} // namespace

QString SensitiveMatch::kindName(Kind kind)
{
    return sensitiveKindName(kind);
}

bool SensitiveScanner::luhnValid(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        if (!digits[i].isDigit()) {
            return false;
        }
        int d = digits[i].digitValue();
        if (twice) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        twice = !twice;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

bool SensitiveScanner::ibanValid(QStringView iban)
{
    // ISO 13616: move the first four characters to the end, letters to 10..35, mod 97 == 1.
    QString compact;
    for (const QChar c : iban) {
        if (!c.isSpace()) {
            compact.append(c.toUpper());
        }
    }
    if (compact.size() < 15 || compact.size() > 34) {
        return false;
    }
    const QString rearranged = compact.sliced(4) + compact.first(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        int value;
        if (c.isDigit()) {
            value = c.digitValue();
            remainder = (remainder * 10 + value) % 97;
        } else if (c >= u'A' && c <= u'Z') {
            value = c.unicode() - u'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

QList<SensitiveMatch> SensitiveScanner::scan(const QString &text, const QList<QRegularExpression> &custom)
{
    return scan(text, {}, custom);
}

QList<SensitiveMatch> SensitiveScanner::scan(
    const QString &text, const QList<Kind> &kinds, const QList<QRegularExpression> &custom)
{
    QList<SensitiveMatch> found;
    const auto overlaps = [&found](qsizetype start, qsizetype length) {
        return std::ranges::any_of(
            found, [&](const SensitiveMatch &m) { return start < m.start + m.length && m.start < start + length; });
    };
    const auto collect = [&](Kind kind, const QRegularExpression &pattern, bool (*valid)(QStringView)) {
        if (!kinds.isEmpty() && !kinds.contains(kind)) {
            return;
        }
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0 || overlaps(m.capturedStart(), m.capturedLength())) {
                continue;
            }
            if (valid && !valid(m.capturedView())) {
                continue;
            }
            found.append({kind, m.capturedStart(), m.capturedLength(), m.captured()});
        }
    };
    for (const Detector &detector : detectors()) {
        collect(detector.kind, detector.pattern, detector.valid);
    }
    for (const QRegularExpression &pattern : custom) {
        if (pattern.isValid()) {
            collect(Kind::Custom, pattern, nullptr);
        }
    }
    std::ranges::sort(found, {}, &SensitiveMatch::start);
    return found;
}

Redaction Redaction::apply(const QString &text, const QList<SensitiveMatch> &matches)
{
    Redaction redaction;
    QHash<QString, QString> byOriginal;
    QHash<Kind, int> counters;
    qsizetype at = 0;
    for (const SensitiveMatch &match : matches) {
        if (match.start < at) {
            continue; // overlapping matches are not expected; keep the first
        }
        redaction.text += QStringView(text).sliced(at, match.start - at);
        QString placeholder = byOriginal.value(match.text);
        if (placeholder.isEmpty()) {
            const int n = ++counters[match.kind];
            placeholder = u"[%1_%2]"_s.arg(SensitiveMatch::kindName(match.kind).toUpper().replace(u'-', u'_')).arg(n);
            byOriginal.insert(match.text, placeholder);
            redaction.placeholders.append({placeholder, match.text});
        }
        redaction.text += placeholder;
        at = match.start + match.length;
    }
    redaction.text += QStringView(text).sliced(at);
    return redaction;
}

QString Redaction::restore(const QString &answer) const
{
    QString restored = answer;
    for (const auto &[placeholder, original] : placeholders) {
        restored.replace(placeholder, original);
    }
    return restored;
}

namespace
{
//! How many characters at the end of \a text may be the start of a placeholder.
qsizetype possiblePlaceholderTail(const QString &text)
{
    // Placeholders are short ("[CUSTOM_12]"): an open bracket further back than this is text.
    constexpr qsizetype longestPlaceholder = 24;
    const qsizetype open = text.lastIndexOf(u'[');
    if (open >= 0 && text.indexOf(u']', open) < 0 && text.size() - open < longestPlaceholder) {
        return text.size() - open;
    }
    return 0;
}
} // namespace

QString Redaction::restoreGrowing(const QString &answer) const
{
    if (isEmpty()) {
        return answer;
    }
    return restore(answer.first(answer.size() - possiblePlaceholderTail(answer)));
}

QString RedactionStream::push(const QString &piece)
{
    if (m_redaction.isEmpty()) {
        return piece;
    }
    m_pending += piece;
    const qsizetype keep = possiblePlaceholderTail(m_pending);
    const QString ready = m_redaction.restore(m_pending.first(m_pending.size() - keep));
    m_pending.remove(0, m_pending.size() - keep);
    return ready;
}

QString RedactionStream::finish()
{
    const QString rest = m_redaction.restore(m_pending);
    m_pending.clear();
    return rest;
}

} // namespace Quorum
