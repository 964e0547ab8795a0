// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "experiment/checks.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "types/libraryprompt.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QStringList words(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    QStringList out;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
        out << it.next().captured();
    }
    return out;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

QString jsonText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == "null"_L1) {
        return value.isNull();
    }
    if (type == "boolean"_L1) {
        return value.isBool();
    }
    if (type == "object"_L1) {
        return value.isObject();
    }
    if (type == "array"_L1) {
        return value.isArray();
    }
    if (type == "string"_L1) {
        return value.isString();
    }
    if (type == "number"_L1) {
        return value.isDouble();
    }
    if (type == "integer"_L1) {
        return value.isDouble() && value.toDouble() == std::floor(value.toDouble());
    }
    return false;
}
} // namespace

QString Checks::fill(const QString &text, const QHash<QString, QString> &variables, QStringList *missing)
{
    return PromptTemplate::fill(text, variables, missing);
}

ExperimentCheck Checks::fill(
    const ExperimentCheck &check, const QHash<QString, QString> &variables, QStringList *missing)
{
    ExperimentCheck filled = check;
    filled.value = fill(check.value, variables, missing);
    return filled;
}

double Checks::rougeL(const QString &candidate, const QString &reference)
{
    const QStringList a = words(candidate);
    const QStringList b = words(reference);
    if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() && b.isEmpty() ? 1.0 : 0.0;
    }
    // The longest common subsequence, one row at a time (O(|a|·|b|) time, O(|b|) memory).
    std::vector<int> row(static_cast<size_t>(b.size()) + 1, 0);
    for (const QString &word : a) {
        int diagonal = 0;
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[static_cast<size_t>(j)];
            row[static_cast<size_t>(j)]
                = word == b.at(j - 1) ? diagonal + 1 : std::max(up, row[static_cast<size_t>(j - 1)]);
            diagonal = up;
        }
    }
    const double lcs = row.back();
    if (lcs == 0) {
        return 0;
    }
    const double precision = lcs / static_cast<double>(a.size());
    const double recall = lcs / static_cast<double>(b.size());
    return 2 * precision * recall / (precision + recall);
}

std::optional<QJsonValue> Checks::answerJson(const QString &text)
{
    QString body = text.trimmed();
    static const QRegularExpression fence(
        u"^```[\\w-]*\\s*\\n(.*)\\n```$"_s, QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = fence.match(body); m.hasMatch()) {
        body = m.captured(1);
    }
    QJsonParseError error;
    // Wrapped, so that a bare number, string or null reads too.
    const QJsonDocument document = QJsonDocument::fromJson(u"["_s.append(body).append(u']').toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
        return std::nullopt;
    }
    return document.array().at(0);
}

QStringList Checks::schemaViolations(const QJsonValue &value, const QJsonObject &schema, const QString &path)
{
    QStringList out;
    const auto says = [&out, &path](const QString &what) { out << path + u": "_s + what; };
    if (schema.contains("$ref"_L1)) {
        says(tr("the schema uses $ref, which this check does not follow"));
        return out;
    }
    if (const QJsonValue type = schema.value("type"_L1); !type.isUndefined()) {
        QStringList types;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray()) {
                types << t.toString();
            }
        } else {
            types << type.toString();
        }
        if (std::ranges::none_of(types, [&value](const QString &t) { return hasType(value, t); })) {
            says(tr("is %1, not %2").arg(jsonText(value).left(40), types.join(u" or "_s)));
            return out; // the rest would only repeat it
        }
    }
    if (const QJsonValue options = schema.value("enum"_L1); options.isArray() && !options.toArray().contains(value)) {
        says(tr("%1 is not one of %2").arg(jsonText(value).left(40), jsonText(options).left(80)));
    }
    if (schema.contains("const"_L1) && schema.value("const"_L1) != value) {
        says(tr("is not %1").arg(jsonText(schema.value("const"_L1)).left(40)));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (const QJsonValue &name : schema.value("required"_L1).toArray()) {
            if (!object.contains(name.toString())) {
                says(tr("lacks \"%1\"").arg(name.toString()));
            }
        }
        const QJsonValue additional = schema.value("additionalProperties"_L1);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = path + u'.' + it.key();
            if (properties.contains(it.key())) {
                out << schemaViolations(it.value(), properties.value(it.key()).toObject(), at);
            } else if (additional.isBool() && !additional.toBool()) {
                says(tr("has \"%1\", which the schema does not allow").arg(it.key()));
            } else if (additional.isObject()) {
                out << schemaViolations(it.value(), additional.toObject(), at);
            }
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (const QJsonValue items = schema.value("items"_L1); items.isObject()) {
            for (qsizetype i = 0; i < array.size(); ++i) {
                out << schemaViolations(array.at(i), items.toObject(), path + u'[' + QString::number(i) + u']');
            }
        }
        if (schema.contains("minItems"_L1) && array.size() < schema.value("minItems"_L1).toInteger()) {
            says(tr("has %1 items, fewer than %2").arg(array.size()).arg(schema.value("minItems"_L1).toInteger()));
        }
        if (schema.contains("maxItems"_L1) && array.size() > schema.value("maxItems"_L1).toInteger()) {
            says(tr("has %1 items, more than %2").arg(array.size()).arg(schema.value("maxItems"_L1).toInteger()));
        }
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (schema.contains("minLength"_L1) && text.size() < schema.value("minLength"_L1).toInteger()) {
            says(tr("is shorter than %1 characters").arg(schema.value("minLength"_L1).toInteger()));
        }
        if (schema.contains("maxLength"_L1) && text.size() > schema.value("maxLength"_L1).toInteger()) {
            says(tr("is longer than %1 characters").arg(schema.value("maxLength"_L1).toInteger()));
        }
        if (const QString pattern = schema.value("pattern"_L1).toString(); !pattern.isEmpty()) {
            const QRegularExpression re(pattern);
            if (!re.isValid() || !re.match(text).hasMatch()) {
                says(tr("does not match %1").arg(pattern));
            }
        }
    }
    if (value.isDouble()) {
        const double n = value.toDouble();
        const auto bound = [&](QLatin1StringView key, auto fails, const QString &what) {
            if (schema.value(key).isDouble() && fails(n, schema.value(key).toDouble())) {
                says(what.arg(number(n), number(schema.value(key).toDouble())));
            }
        };
        bound("minimum"_L1, [](double a, double b) { return a < b; }, tr("%1 is below %2"));
        bound("maximum"_L1, [](double a, double b) { return a > b; }, tr("%1 is above %2"));
        bound("exclusiveMinimum"_L1, [](double a, double b) { return a <= b; }, tr("%1 is not above %2"));
        bound("exclusiveMaximum"_L1, [](double a, double b) { return a >= b; }, tr("%1 is not below %2"));
    }
    const auto passes
        = [&value, &path](const QJsonValue &sub) { return schemaViolations(value, sub.toObject(), path).isEmpty(); };
    if (const QJsonArray all = schema.value("allOf"_L1).toArray(); !all.isEmpty()) {
        for (const QJsonValue &sub : all) {
            out << schemaViolations(value, sub.toObject(), path);
        }
    }
    if (const QJsonArray any = schema.value("anyOf"_L1).toArray();
        !any.isEmpty() && std::ranges::none_of(any, passes)) {
        says(tr("matches none of anyOf"));
    }
    if (const QJsonArray one = schema.value("oneOf"_L1).toArray(); !one.isEmpty()) {
        if (const auto matching = std::ranges::count_if(one, passes); matching != 1) {
            says(tr("matches %1 of oneOf, not exactly one").arg(matching));
        }
    }
    if (schema.value("not"_L1).isObject() && passes(schema.value("not"_L1))) {
        says(tr("matches what \"not\" forbids"));
    }
    return out;
}

CheckResult Checks::run(const ExperimentCheck &check, const CheckFacts &facts)
{
    using Type = ExperimentCheck::Type;
    const auto at = [](bool passed, const QString &detail) { return CheckResult {passed, detail}; };
    switch (check.type) {
    case Type::Contains:
        return at(facts.text.contains(check.value), tr("contains \"%1\"").arg(check.value));
    case Type::NotContains:
        return at(!facts.text.contains(check.value), tr("does not contain \"%1\"").arg(check.value));
    case Type::Regex: {
        const QRegularExpression pattern(check.value);
        if (!pattern.isValid()) {
            return at(false, tr("bad pattern: %1").arg(pattern.errorString()));
        }
        return at(pattern.match(facts.text).hasMatch(), tr("matches /%1/").arg(check.value));
    }
    case Type::Equals:
        return at(facts.text.trimmed() == check.value.trimmed(), tr("equals \"%1\"").arg(check.value.left(60)));
    case Type::Json:
        return at(answerJson(facts.text).has_value(), tr("is JSON"));
    case Type::JsonSchema: {
        const auto json = answerJson(facts.text);
        if (!json) {
            return at(false, tr("is not JSON"));
        }
        const QStringList violations = schemaViolations(*json, check.schema);
        return at(violations.isEmpty(), violations.isEmpty() ? tr("follows the schema") : violations.join(u"; "_s));
    }
    case Type::MaxTokens:
        if (!facts.outputTokens) {
            return at(false, tr("the output tokens are unknown"));
        }
        return at(static_cast<double>(*facts.outputTokens) <= check.number,
            tr("%1 output tokens (at most %2)").arg(*facts.outputTokens).arg(number(check.number)));
    case Type::MaxMs:
        if (!facts.durationMs) {
            return at(false, tr("the time is unknown"));
        }
        return at(static_cast<double>(*facts.durationMs) <= check.number,
            tr("%1 ms (at most %2)").arg(*facts.durationMs).arg(number(check.number)));
    case Type::MaxCost: {
        if (!facts.costNanos) {
            return at(false, tr("the cost is unknown (no price)"));
        }
        // Compared in whole nano-dollars, as stored: $0.0000075 is at most $0.0000075.
        const qint64 limit = nanosFromUsd(check.number);
        return at(*facts.costNanos <= limit,
            tr("$%1 (at most $%2)").arg(formatUsdNanos(*facts.costNanos), formatUsdNanos(limit)));
    }
    case Type::Similar: {
        const double score = rougeL(facts.text, check.value);
        return at(score >= check.threshold,
            tr("ROUGE-L %1 (at least %2)")
                .arg(QString::number(score, 'f', 2), QString::number(check.threshold, 'f', 2)));
    }
    case Type::Judge:
        return at(false, tr("a judge's grade is asked of a model, not checked here"));
    }
    return at(false, QString());
}

} // namespace Quorum
