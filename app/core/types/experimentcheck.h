// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QJsonObject>
#include <QString>

namespace Quorum
{

/*!
 * One check of an experiment's answers (docs/experiments.md, "Checks"), as written in an
 * experiment file: {"type": "contains", "value": "Paris"}. `{{variables}}` in its text are
 * filled from the case before it is checked.
 */
struct ExperimentCheck {
    enum class Type {
        Contains,    //!< "contains": the answer holds `value` (case-sensitive)
        NotContains, //!< "not-contains"
        Regex,       //!< "regex": `value` matches somewhere in the answer
        Equals,      //!< "equals": the answer, trimmed, is `value`
        Json,        //!< "json": the answer is JSON (a code fence around it is allowed)
        JsonSchema,  //!< "json-schema": the answer is JSON that follows `schema`
        MaxTokens,   //!< "max-tokens": at most `value` output tokens
        MaxMs,       //!< "max-ms": at most `value` milliseconds from sending to the end
        MaxCost,     //!< "max-cost": at most `value` US dollars
        Similar,     //!< "similar": ROUGE-L F1 with `value` (the reference) at least `threshold`
        Judge,       //!< "judge": a judge model grades the answer against `value` (the rubric)
    };
    Type type = Type::Contains;
    QString value;          //!< the text, pattern, reference or rubric
    double number = 0;      //!< max-tokens, max-ms, max-cost
    double threshold = 0.5; //!< similar: the least ROUGE-L F1; judge: the least score (0-1)
    QJsonObject schema;     //!< json-schema
    QString judge;          //!< judge: "account/model" (else the experiment's judge)

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    //! Reads one check; the error names what is wrong ("regex: bad pattern ...").
    [[nodiscard]] static std::expected<ExperimentCheck, QString> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const ExperimentCheck &, const ExperimentCheck &) = default;
};

} // namespace Quorum
