// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/generationparameters.h"

#include <array>
#include <cmath>
#include <limits>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr auto systemKey = "system"_L1;
constexpr auto temperatureKey = "temperature"_L1;
constexpr auto topPKey = "top_p"_L1;
constexpr auto maxTokensKey = "max_tokens"_L1;
constexpr auto effortKey = "reasoning_effort"_L1;
constexpr auto budgetKey = "reasoning_budget"_L1;
constexpr auto schemaKey = "output_schema"_L1;

constexpr std::array effortNames {
    std::pair {ReasoningEffort::None, "none"_L1},
    std::pair {ReasoningEffort::Minimal, "minimal"_L1},
    std::pair {ReasoningEffort::Low, "low"_L1},
    std::pair {ReasoningEffort::Medium, "medium"_L1},
    std::pair {ReasoningEffort::High, "high"_L1},
};

//! A whole number from 1 to INT_MAX (1e3 is one; 2.5 and 0 are not).
std::optional<int> positiveInt(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (d < 1 || d > std::numeric_limits<int>::max() || d != std::floor(d)) {
        return std::nullopt;
    }
    return static_cast<int>(d);
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}
} // namespace

QString reasoningEffortName(ReasoningEffort effort)
{
    for (const auto &[e, name] : effortNames) {
        if (e == effort) {
            return name;
        }
    }
    return {};
}

std::optional<ReasoningEffort> reasoningEffortFromName(const QString &name)
{
    for (const auto &[e, n] : effortNames) {
        if (name.compare(n, Qt::CaseInsensitive) == 0) {
            return e;
        }
    }
    return std::nullopt;
}

QStringList GenerationParameters::keys()
{
    return {systemKey, temperatureKey, topPKey, maxTokensKey, effortKey, budgetKey, schemaKey};
}

std::expected<GenerationParameters, QString> GenerationParameters::fromJson(const QJsonObject &json)
{
    GenerationParameters p;
    if (const QJsonValue v = json.value(systemKey); !v.isUndefined()) {
        if (!v.isString()) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::GenerationParameters", "\"system\" must be text"));
        }
        p.system = v.toString();
    }
    if (const QJsonValue v = json.value(temperatureKey); !v.isUndefined()) {
        if (!v.isDouble()) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::GenerationParameters", "\"temperature\" must be a number"));
        }
        p.temperature = v.toDouble();
    }
    if (const QJsonValue v = json.value(topPKey); !v.isUndefined()) {
        if (!v.isDouble()) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::GenerationParameters", "\"top_p\" must be a number"));
        }
        p.topP = v.toDouble();
    }
    if (const QJsonValue v = json.value(maxTokensKey); !v.isUndefined()) {
        p.maxTokens = positiveInt(v);
        if (!p.maxTokens) {
            return std::unexpected(QCoreApplication::translate(
                "Quorum::GenerationParameters", "\"max_tokens\" must be a whole number above 0"));
        }
    }
    if (const QJsonValue v = json.value(effortKey); !v.isUndefined()) {
        p.effort = reasoningEffortFromName(v.toString());
        if (!p.effort || !v.isString()) {
            return std::unexpected(QCoreApplication::translate(
                "Quorum::GenerationParameters", "\"reasoning_effort\" must be none, minimal, low, medium or high"));
        }
    }
    if (const QJsonValue v = json.value(budgetKey); !v.isUndefined()) {
        if (v.isDouble() && v.toDouble() == 0) {
            p.reasoningBudget = 0;
        } else {
            p.reasoningBudget = positiveInt(v);
            if (!p.reasoningBudget) {
                return std::unexpected(QCoreApplication::translate(
                    "Quorum::GenerationParameters", "\"reasoning_budget\" must be a whole number of tokens"));
            }
        }
    }
    if (const QJsonValue v = json.value(schemaKey); !v.isUndefined()) {
        if (!v.isObject()) {
            return std::unexpected(QCoreApplication::translate(
                "Quorum::GenerationParameters", "\"output_schema\" must be a JSON Schema object"));
        }
        p.outputSchema = v.toObject();
    }
    return p;
}

void GenerationParameters::writeTo(QJsonObject &json) const
{
    if (system) {
        json.insert(systemKey, *system);
    }
    if (temperature) {
        json.insert(temperatureKey, *temperature);
    }
    if (topP) {
        json.insert(topPKey, *topP);
    }
    if (maxTokens) {
        json.insert(maxTokensKey, *maxTokens);
    }
    if (effort) {
        json.insert(effortKey, reasoningEffortName(*effort));
    }
    if (reasoningBudget) {
        json.insert(budgetKey, *reasoningBudget);
    }
    if (outputSchema) {
        json.insert(schemaKey, *outputSchema);
    }
}

GenerationParameters GenerationParameters::overriddenBy(const GenerationParameters &other) const
{
    GenerationParameters p = *this;
    const auto take = [](auto &mine, const auto &theirs) {
        if (theirs) {
            mine = theirs;
        }
    };
    take(p.system, other.system);
    take(p.temperature, other.temperature);
    take(p.topP, other.topP);
    take(p.maxTokens, other.maxTokens);
    take(p.effort, other.effort);
    take(p.reasoningBudget, other.reasoningBudget);
    take(p.outputSchema, other.outputSchema);
    return p;
}

QStringList GenerationParameters::problems() const
{
    QStringList problems;
    if (temperature && !(*temperature >= 0 && *temperature <= 2)) {
        problems << QCoreApplication::translate("Quorum::GenerationParameters", "The temperature must be from 0 to 2.");
    }
    if (topP && !(*topP > 0 && *topP <= 1)) {
        problems << QCoreApplication::translate("Quorum::GenerationParameters", "top_p must be above 0 and at most 1.");
    }
    if (maxTokens && *maxTokens < 1) {
        problems << QCoreApplication::translate(
            "Quorum::GenerationParameters", "The maximum of output tokens must be at least 1.");
    }
    if (reasoningBudget && *reasoningBudget < 0) {
        problems << QCoreApplication::translate(
            "Quorum::GenerationParameters", "The reasoning budget cannot be negative.");
    }
    if (effort && reasoningBudget) {
        problems << QCoreApplication::translate(
            "Quorum::GenerationParameters", "Set a reasoning effort or a reasoning budget, not both.");
    }
    if (outputSchema) {
        // The least a schema of an answer has: an object whose "type" (or a combinator) says
        // what the answer is. Anything more is for the provider and the schema check to judge.
        static const QStringList shapes {u"type"_s, u"$ref"_s, u"anyOf"_s, u"oneOf"_s, u"allOf"_s, u"enum"_s};
        const bool hasShape
            = std::ranges::any_of(shapes, [this](const QString &k) { return outputSchema->contains(k); });
        const QJsonValue type = outputSchema->value("type"_L1);
        if (!hasShape || (!type.isUndefined() && !type.isString() && !type.isArray())) {
            problems << QCoreApplication::translate("Quorum::GenerationParameters",
                "The output schema is not a JSON Schema: it needs a \"type\" (or anyOf, oneOf, allOf, "
                "enum, $ref).");
        }
    }
    return problems;
}

QString GenerationParameters::summary() const
{
    QStringList parts;
    if (system) {
        parts << QCoreApplication::translate("Quorum::GenerationParameters", "system");
    }
    if (temperature) {
        parts << u"t "_s + number(*temperature);
    }
    if (topP) {
        parts << u"top_p "_s + number(*topP);
    }
    if (maxTokens) {
        parts << QCoreApplication::translate("Quorum::GenerationParameters", "≤%1 tok").arg(*maxTokens);
    }
    if (effort) {
        parts << QCoreApplication::translate("Quorum::GenerationParameters", "effort %1")
                     .arg(reasoningEffortName(*effort));
    }
    if (reasoningBudget) {
        parts << QCoreApplication::translate("Quorum::GenerationParameters", "think %1 tok").arg(*reasoningBudget);
    }
    if (outputSchema) {
        parts << QCoreApplication::translate("Quorum::GenerationParameters", "JSON schema");
    }
    return parts.join(u" · "_s);
}

int GenerationParameters::budgetForEffort(ReasoningEffort effort)
{
    switch (effort) {
    case ReasoningEffort::None:
        return 0;
    case ReasoningEffort::Minimal:
        return 1024; // Anthropic's least budget
    case ReasoningEffort::Low:
        return 2048;
    case ReasoningEffort::Medium:
        return 8192;
    case ReasoningEffort::High:
        return 24576; // Gemini 2.5 Flash's most
    }
    return 0;
}

std::optional<int> GenerationParameters::budgetTokens(std::optional<ReasoningEffort> effort, std::optional<int> budget)
{
    if (budget) {
        return budget;
    }
    if (effort) {
        return budgetForEffort(*effort);
    }
    return std::nullopt;
}

} // namespace Quorum
