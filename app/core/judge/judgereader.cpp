// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "judge/judgereader.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

// Written by hand: QJsonDocument is strict (one trailing comma and the whole map is lost),
// and no packaged library repairs the JSON that language models write. What is repaired is
// small and bounded: a fence or prose around the object, trailing commas, an object cut off
// at the end (the judge ran out of tokens). Everything else is QJsonDocument's.

namespace Quorum
{

namespace
{
constexpr qsizetype maxClaims = 200;
constexpr qsizetype maxScores = 400;
constexpr qsizetype maxQuote = 2000;
constexpr qsizetype maxText = 2'000'000;
constexpr int maxRepairs = 24;

QString tr(const char *text)
{
    return QCoreApplication::translate("Quorum::JudgeReader", text);
}

//! The first JSON object in \a text from \a from: [begin, end), closed or cut off at the end.
struct Span {
    qsizetype begin = -1;
    qsizetype end = -1;
    bool closed = false;
};

Span firstObject(QStringView text, qsizetype from)
{
    const qsizetype start = text.indexOf(u'{', from);
    if (start < 0) {
        return {};
    }
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == u'\\') {
                escaped = true;
            } else if (c == u'"') {
                inString = false;
            }
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u'}' || c == u']') {
            if (--depth == 0) {
                return {start, i + 1, true};
            }
        }
    }
    return {start, text.size(), false};
}

void dropTrailingComma(QString &out)
{
    qsizetype i = out.size() - 1;
    while (i >= 0 && out.at(i).isSpace()) {
        --i;
    }
    if (i >= 0 && out.at(i) == u',') {
        out.remove(i, 1);
    }
}

//! \a json with commas before closing brackets removed and, when it was cut off, its open
//! string and brackets closed.
QString repaired(QStringView json)
{
    QString out;
    out.reserve(json.size() + 16);
    QList<QChar> open;
    bool inString = false;
    bool escaped = false;
    for (const QChar c : json) {
        if (inString) {
            out.append(c);
            if (escaped) {
                escaped = false;
            } else if (c == u'\\') {
                escaped = true;
            } else if (c == u'"') {
                inString = false;
            }
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{') {
            open.append(u'}');
        } else if (c == u'[') {
            open.append(u']');
        } else if (c == u'}' || c == u']') {
            dropTrailingComma(out);
            if (!open.isEmpty()) {
                open.removeLast();
            }
        }
        out.append(c);
    }
    if (inString) {
        if (escaped) {
            out.chop(1);
        }
        out.append(u'"');
    }
    while (!out.isEmpty() && (out.back().isSpace() || out.back() == u':')) {
        if (out.back() == u':') {
            out.append(u"null"_s);
            break;
        }
        out.chop(1);
    }
    while (!open.isEmpty()) {
        dropTrailingComma(out);
        out.append(open.takeLast());
    }
    return out;
}

//! Positions of the commas outside strings, the places an object cut off can be cut back to.
QList<qsizetype> commas(QStringView json)
{
    QList<qsizetype> at;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json.at(i);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == u'\\') {
                escaped = true;
            } else if (c == u'"') {
                inString = false;
            }
        } else if (c == u'"') {
            inString = true;
        } else if (c == u',') {
            at.append(i);
        }
    }
    return at;
}

std::optional<QJsonObject> parseObject(QStringView json, bool closed, QString *error)
{
    QJsonParseError parseError {};
    QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        return document.object();
    }
    *error = parseError.errorString();
    document = QJsonDocument::fromJson(repaired(json).toUtf8(), &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        return document.object();
    }
    if (closed) {
        return std::nullopt;
    }
    // Cut off in the middle of a key or a value: back to the last complete element.
    const QList<qsizetype> at = commas(json);
    for (qsizetype i = at.size() - 1, tries = 0; i >= 0 && tries < maxRepairs; --i, ++tries) {
        document = QJsonDocument::fromJson(repaired(json.first(at.at(i))).toUtf8(), &parseError);
        if (parseError.error == QJsonParseError::NoError && document.isObject()) {
            return document.object();
        }
    }
    return std::nullopt;
}

QJsonValue firstOf(const QJsonObject &o, std::initializer_list<QLatin1StringView> keys)
{
    for (const auto key : keys) {
        if (o.contains(key)) {
            return o.value(key);
        }
    }
    // Keys in other cases ("Synthesis", "CLAIMS").
    for (auto it = o.begin(); it != o.end(); ++it) {
        for (const auto key : keys) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
                return it.value();
            }
        }
    }
    return {};
}

QString labelOf(const QJsonValue &value, const QStringList &labels)
{
    static const QRegularExpression decoration(
        uR"re(^(answer|response|assistant|model)\s*|[\[\]()"'.:#\s])re"_s, QRegularExpression::CaseInsensitiveOption);
    QString label = value.isDouble() ? QString::number(value.toInt()) : value.toString();
    label = label.trimmed();
    for (int i = 0; i < 3 && decoration.match(label).hasMatch(); ++i) {
        label.remove(decoration);
    }
    label = label.toUpper();
    return labels.contains(label) ? label : QString();
}

std::optional<Stance> stanceOf(const QJsonValue &value)
{
    const QString word = value.toString().trimmed().toLower();
    if (const auto exact = stanceFromName(word)) {
        return exact;
    }
    static const QStringList states {u"state"_s,
        u"stated"_s,
        u"agrees"_s,
        u"agree"_s,
        u"supports"_s,
        u"support"_s,
        u"yes"_s,
        u"present"_s,
        u"makes"_s,
        u"mentions"_s,
        u"true"_s,
        u"agreement"_s};
    static const QStringList contradicts {u"contradict"_s,
        u"contradicted"_s,
        u"disagrees"_s,
        u"disagree"_s,
        u"conflicts"_s,
        u"refutes"_s,
        u"denies"_s,
        u"opposes"_s,
        u"no"_s,
        u"false"_s,
        u"contradiction"_s};
    static const QStringList omits {u"omit"_s,
        u"omitted"_s,
        u"silent"_s,
        u"absent"_s,
        u"missing"_s,
        u"none"_s,
        u"n/a"_s,
        u"unaddressed"_s,
        u"not mentioned"_s,
        u"unknown"_s};
    if (states.contains(word)) {
        return Stance::States;
    }
    if (contradicts.contains(word)) {
        return Stance::Contradicts;
    }
    if (omits.contains(word)) {
        return Stance::Omits;
    }
    return std::nullopt;
}

QString bounded(const QString &text, qsizetype max)
{
    return text.size() > max ? text.first(max) : text;
}

void addStance(Claim &claim, const QString &label, Stance stance, const QString &quote)
{
    if (label.isEmpty()
        || std::ranges::any_of(claim.stances, [&label](const ClaimStance &s) { return s.answer == label; })) {
        return; // an unknown label, or a second stance for the same answer: the first counts
    }
    claim.stances.append({label, stance, bounded(quote.trimmed(), maxQuote)});
}

std::optional<Claim> claimOf(const QJsonValue &value, const QStringList &labels)
{
    Claim claim;
    if (value.isString()) {
        claim.text = value.toString().trimmed();
        return claim.text.isEmpty() ? std::nullopt : std::optional(claim);
    }
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    claim.text
        = bounded(firstOf(o, {"claim"_L1, "text"_L1, "point"_L1, "statement"_L1}).toString().trimmed(), maxQuote);
    if (claim.text.isEmpty()) {
        return std::nullopt;
    }
    const QJsonValue answers = firstOf(o, {"answers"_L1, "stances"_L1, "positions"_L1, "by_answer"_L1});
    if (answers.isArray()) {
        for (const QJsonValue &a : answers.toArray()) {
            const QJsonObject ao = a.toObject();
            const auto stance = stanceOf(firstOf(ao, {"stance"_L1, "status"_L1, "position"_L1, "verdict"_L1}));
            if (stance) {
                addStance(claim,
                    labelOf(firstOf(ao, {"answer"_L1, "label"_L1, "id"_L1, "response"_L1}), labels),
                    *stance,
                    firstOf(ao, {"quote"_L1, "span"_L1, "evidence"_L1, "excerpt"_L1}).toString());
            }
        }
    } else if (answers.isObject()) {
        const QJsonObject map = answers.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString label = labelOf(it.key(), labels);
            if (it.value().isString()) {
                if (const auto stance = stanceOf(it.value())) {
                    addStance(claim, label, *stance, {});
                }
            } else {
                const QJsonObject ao = it.value().toObject();
                if (const auto stance = stanceOf(firstOf(ao, {"stance"_L1, "status"_L1, "position"_L1}))) {
                    addStance(claim, label, *stance, firstOf(ao, {"quote"_L1, "span"_L1, "evidence"_L1}).toString());
                }
            }
        }
    }
    // Or lists per stance: {"claim": ..., "states": ["A", "B"], "contradicts": ["C"]}.
    for (const Stance stance : {Stance::States, Stance::Contradicts, Stance::Omits}) {
        for (const QJsonValue &label : o.value(stanceName(stance)).toArray()) {
            addStance(claim, labelOf(label, labels), stance, {});
        }
    }
    return claim;
}

std::optional<double> scoreOf(const QJsonValue &value)
{
    double score = 0;
    if (value.isDouble()) {
        score = value.toDouble();
    } else {
        static const QRegularExpression number(uR"(^\s*(\d+(?:\.\d+)?)\s*(?:/\s*10)?\s*$)"_s);
        const auto match = number.match(value.toString());
        if (!match.hasMatch()) {
            return std::nullopt;
        }
        score = match.captured(1).toDouble();
    }
    if (!std::isfinite(score)) {
        return std::nullopt;
    }
    return std::clamp(score, 0.0, 10.0);
}

void readScores(const QJsonValue &value, const QStringList &labels, Judgement &j)
{
    for (const QJsonValue &s : value.toArray()) {
        if (j.scores.size() >= maxScores) {
            break;
        }
        const QJsonObject o = s.toObject();
        const QString label = labelOf(firstOf(o, {"answer"_L1, "label"_L1, "id"_L1}), labels);
        const auto score = scoreOf(firstOf(o, {"score"_L1, "points"_L1, "rating"_L1}));
        if (label.isEmpty() || !score) {
            continue;
        }
        j.scores.append({label,
            bounded(firstOf(o, {"criterion"_L1, "criteria"_L1, "aspect"_L1}).toString().trimmed(), 200),
            *score,
            bounded(firstOf(o, {"reason"_L1, "why"_L1, "justification"_L1}).toString().trimmed(), maxQuote)});
    }
}

void readRanking(const QJsonValue &value, const QStringList &labels, Judgement &j)
{
    for (const QJsonValue &r : value.toArray()) {
        const QString label = labelOf(r.isObject() ? firstOf(r.toObject(), {"answer"_L1, "label"_L1}) : r, labels);
        if (!label.isEmpty() && !j.ranking.contains(label)) {
            j.ranking.append(label);
        }
    }
}

QString decodeJsonString(QStringView text, qsizetype from)
{
    QString out;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            break;
        }
        if (c != u'\\') {
            out.append(c);
            continue;
        }
        if (i + 1 >= text.size()) {
            break; // the escape has not arrived yet
        }
        const QChar e = text.at(++i);
        switch (e.unicode()) {
        case 'n':
            out.append(u'\n');
            break;
        case 't':
            out.append(u'\t');
            break;
        case 'r':
            break;
        case 'b':
        case 'f':
            break;
        case 'u': {
            if (i + 4 >= text.size()) {
                return out;
            }
            bool ok = false;
            const ushort code = text.sliced(i + 1, 4).toUShort(&ok, 16);
            if (ok) {
                out.append(QChar(code));
            }
            i += 4;
            break;
        }
        default:
            out.append(e); // \" \\ \/
        }
    }
    return out;
}
} // namespace

Judgement readJudgement(const QString &raw, const QStringList &labels)
{
    Judgement j;
    const QStringView text = QStringView(raw).first(std::min(raw.size(), maxText));
    const Span span = firstObject(text, 0);
    if (span.begin < 0) {
        j.text = raw.trimmed();
        j.problem = tr("The judge did not answer with the map it was asked for; its answer is shown as it came.");
        return j;
    }
    QString error;
    const auto object = parseObject(text.sliced(span.begin, span.end - span.begin), span.closed, &error);
    if (!object) {
        const QString soFar = synthesisSoFar(raw);
        j.text = soFar.isEmpty() ? raw.trimmed() : soFar;
        j.problem = tr("The judge's map could not be read (%1); its answer is shown as it came.").arg(error);
        return j;
    }
    const QJsonValue synthesis = firstOf(
        *object, {"synthesis"_L1, "text"_L1, "fused_answer"_L1, "fused"_L1, "answer"_L1, "summary"_L1, "markdown"_L1});
    j.text = synthesis.isString() ? synthesis.toString() : QString();
    if (j.text.trimmed().isEmpty()) {
        // The prose around the JSON, without the fence markers.
        static const QRegularExpression fence(uR"(```[a-zA-Z]*)"_s);
        QString prose = (text.first(span.begin).toString() + text.sliced(span.end).toString());
        j.text = prose.remove(fence).trimmed();
    }
    for (const QJsonValue &c : firstOf(*object, {"claims"_L1, "points"_L1, "map"_L1}).toArray()) {
        if (j.claims.size() >= maxClaims) {
            break;
        }
        if (auto claim = claimOf(c, labels)) {
            j.claims.append(*claim);
        }
    }
    readScores(firstOf(*object, {"scores"_L1, "table"_L1, "ratings"_L1}), labels, j);
    readRanking(firstOf(*object, {"ranking"_L1, "ranks"_L1, "order"_L1}), labels, j);
    if (j.text.isEmpty() && j.claims.isEmpty() && j.scores.isEmpty() && j.ranking.isEmpty()) {
        j.text = raw.trimmed();
        j.problem = tr("The judge's answer holds none of what it was asked for; it is shown as it came.");
    }
    return j;
}

QString synthesisSoFar(const QString &partial)
{
    const QStringView text(partial);
    qsizetype start = 0;
    while (start < text.size() && text.at(start).isSpace()) {
        ++start;
    }
    QStringView rest = text.sliced(start);
    if (rest.startsWith(u"```")) {
        const qsizetype line = rest.indexOf(u'\n');
        if (line < 0) {
            return {}; // the fence's first line has not arrived yet
        }
        rest = rest.sliced(line + 1);
        qsizetype i = 0;
        while (i < rest.size() && rest.at(i).isSpace()) {
            ++i;
        }
        rest = rest.sliced(i);
    }
    if (!rest.startsWith(u'{')) {
        // Prose, perhaps with the JSON in a fence after it: the prose.
        const qsizetype fence = text.indexOf(u"```json", 0, Qt::CaseInsensitive);
        return (fence >= 0 ? text.first(fence) : text).toString().trimmed();
    }
    static const QRegularExpression key(uR"re("(synthesis|text|fused_answer|fused|summary)"\s*:\s*")re"_s);
    const auto match = key.matchView(rest);
    if (!match.hasMatch()) {
        return {};
    }
    return decodeJsonString(rest, match.capturedEnd());
}

} // namespace Quorum
