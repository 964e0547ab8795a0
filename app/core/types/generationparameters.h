// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Quorum
{

//! How hard a reasoning model thinks before it answers (docs/providers.md §13).
enum class ReasoningEffort { None, Minimal, Low, Medium, High };

//! "none", "minimal", "low", "medium", "high": the names on the wire, in files and the CLI.
QString reasoningEffortName(ReasoningEffort effort);
std::optional<ReasoningEffort> reasoningEffortFromName(const QString &name);

/*!
 * What a target is asked with besides the prompt: a named *variant* holds one of these
 * (docs/experiments.md). Every field is optional: what is not set is left to the provider's
 * default. The same keys are used in the variants table, experiment files and the stored
 * parameters of an answer:
 *
 *     {"system": "...", "temperature": 0.2, "top_p": 0.9, "max_tokens": 512,
 *      "reasoning_effort": "high", "reasoning_budget": 8192, "output_schema": {...}}
 *
 * Each protocol maps them to its own fields (docs/providers.md §13), and says before anything
 * is sent what a model does not take (ProtocolAdapter::unsupported).
 */
struct GenerationParameters {
    std::optional<QString> system; //!< replaces the conversation's system prompt
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> maxTokens; //!< output tokens, reasoning included where the provider counts it so
    std::optional<ReasoningEffort> effort;
    std::optional<int> reasoningBudget;      //!< thinking tokens, for the protocols that take a budget
    std::optional<QJsonObject> outputSchema; //!< a JSON Schema the answer must follow

    bool isEmpty() const { return *this == GenerationParameters {}; }

    //! The keys above, in the order they are written.
    static QStringList keys();
    /*!
     * Reads the keys it knows from \a json. Strict: a known key with a wrong value is an
     * error that names the key and what it takes; unknown keys are ignored (the caller may
     * compare with keys()).
     */
    [[nodiscard]] static std::expected<GenerationParameters, QString> fromJson(const QJsonObject &json);
    //! Writes the fields that are set into \a json (the others are left as they are).
    void writeTo(QJsonObject &json) const;
    QJsonObject toJson() const
    {
        QJsonObject json;
        writeTo(json);
        return json;
    }
    //! \a other's fields where it sets them, this one's otherwise.
    GenerationParameters overriddenBy(const GenerationParameters &other) const;

    //! Values no provider takes (a temperature of 5, a budget of 0, a schema that is not an
    //! object with a type), each as one sentence; empty when they are all in range.
    QStringList problems() const;
    //! Short, for a chip or a column: "system · t 0.2 · top_p 0.9 · ≤512 tok · effort high".
    QString summary() const;

    /*!
     * The thinking budget the protocols that take a budget are sent (Anthropic, Gemini 2.5,
     * Bedrock's Claude): the budget when one is set, else the effort's (docs/providers.md
     * §13.2), else none. "none" is 0.
     */
    std::optional<int> budgetTokens() const { return budgetTokens(effort, reasoningBudget); }
    static std::optional<int> budgetTokens(std::optional<ReasoningEffort> effort, std::optional<int> budget);
    //! The budget an effort stands for where a protocol takes only budgets.
    static int budgetForEffort(ReasoningEffort effort);

    friend bool operator==(const GenerationParameters &, const GenerationParameters &) = default;
};

} // namespace Quorum
