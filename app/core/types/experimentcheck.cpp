// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/experimentcheck.h"

#include <array>

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
using Type = ExperimentCheck::Type;
constexpr std::array typeNames {
    std::pair {Type::Contains, "contains"_L1},
    std::pair {Type::NotContains, "not-contains"_L1},
    std::pair {Type::Regex, "regex"_L1},
    std::pair {Type::Equals, "equals"_L1},
    std::pair {Type::Json, "json"_L1},
    std::pair {Type::JsonSchema, "json-schema"_L1},
    std::pair {Type::MaxTokens, "max-tokens"_L1},
    std::pair {Type::MaxMs, "max-ms"_L1},
    std::pair {Type::MaxCost, "max-cost"_L1},
    std::pair {Type::Similar, "similar"_L1},
    std::pair {Type::Judge, "judge"_L1},
};
} // namespace

QString ExperimentCheck::typeName(Type type)
{
    for (const auto &[t, name] : typeNames) {
        if (t == type) {
            return name;
        }
    }
    return {};
}

std::optional<ExperimentCheck::Type> ExperimentCheck::typeFromName(const QString &name)
{
    for (const auto &[t, n] : typeNames) {
        if (name == n) {
            return t;
        }
    }
    return std::nullopt;
}

std::expected<ExperimentCheck, QString> ExperimentCheck::fromJson(const QJsonObject &json)
{
    ExperimentCheck check;
    const QString name = json.value("type"_L1).toString();
    const auto type = typeFromName(name);
    if (!type) {
        QStringList known;
        for (const auto &[t, n] : typeNames) {
            known << n;
        }
        return std::unexpected(QCoreApplication::translate("Quorum::ExperimentCheck", "unknown check type '%1' (%2)")
                .arg(name, known.join(u", "_s)));
    }
    check.type = *type;
    const QJsonValue value = json.value("value"_L1);
    switch (check.type) {
    case Type::Contains:
    case Type::NotContains:
    case Type::Regex:
    case Type::Equals:
    case Type::Similar:
    case Type::Judge:
        if (!value.isString() || value.toString().isEmpty()) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::ExperimentCheck", "%1: \"value\" must be text").arg(name));
        }
        check.value = value.toString();
        break;
    case Type::MaxTokens:
    case Type::MaxMs:
    case Type::MaxCost:
        if (!value.isDouble() || value.toDouble() < 0) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::ExperimentCheck", "%1: \"value\" must be a number, 0 or more")
                    .arg(name));
        }
        check.number = value.toDouble();
        break;
    case Type::Json:
        break;
    case Type::JsonSchema:
        if (!json.value("schema"_L1).isObject()) {
            return std::unexpected(QCoreApplication::translate(
                "Quorum::ExperimentCheck", "json-schema: \"schema\" must be a JSON Schema object"));
        }
        check.schema = json.value("schema"_L1).toObject();
        break;
    }
    if (check.type == Type::Regex) {
        // {{variables}} are filled in before matching; the pattern must be valid as written.
        const QRegularExpression pattern(check.value);
        if (!pattern.isValid()) {
            return std::unexpected(QCoreApplication::translate("Quorum::ExperimentCheck", "regex: %1 in '%2'")
                    .arg(pattern.errorString(), check.value));
        }
    }
    if (const QJsonValue threshold = json.value("threshold"_L1); !threshold.isUndefined()) {
        if (!threshold.isDouble() || threshold.toDouble() < 0 || threshold.toDouble() > 1) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::ExperimentCheck", "%1: \"threshold\" must be a number from 0 to 1")
                    .arg(name));
        }
        if (check.type == Type::Similar || check.type == Type::Judge) { // the others have none
            check.threshold = threshold.toDouble();
        }
    }
    check.judge = json.value("judge"_L1).toString();
    return check;
}

QJsonObject ExperimentCheck::toJson() const
{
    QJsonObject json {{"type"_L1, typeName(type)}};
    switch (type) {
    case Type::MaxTokens:
    case Type::MaxMs:
    case Type::MaxCost:
        json.insert("value"_L1, number);
        break;
    case Type::Json:
        break;
    case Type::JsonSchema:
        json.insert("schema"_L1, schema);
        break;
    default:
        json.insert("value"_L1, value);
        break;
    }
    if (type == Type::Similar || type == Type::Judge) {
        json.insert("threshold"_L1, threshold);
    }
    if (!judge.isEmpty()) {
        json.insert("judge"_L1, judge);
    }
    return json;
}

} // namespace Quorum
