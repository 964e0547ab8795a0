// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include "types/experimentcheck.h"

namespace Quorum
{

//! What a check looks at: one answer of an experiment's cell.
struct CheckFacts {
    QString text;
    std::optional<qint64> outputTokens;
    std::optional<qint64> durationMs;
    std::optional<qint64> costNanos;
};

//! A check's verdict, with what it saw ("ROUGE-L 0.42 < 0.60").
struct CheckResult {
    bool passed = false;
    QString detail;

    friend bool operator==(const CheckResult &, const CheckResult &) = default;
};

/*!
 * The checks an experiment runs on an answer without a model (docs/experiments.md, "Checks").
 * A judge's grade needs a model and is asked by the runner; runCheck() refuses it.
 */
class Checks final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Checks)

public:
    //! \a check on \a facts; its {{variables}} must have been filled already (fill()).
    static CheckResult run(const ExperimentCheck &check, const CheckFacts &facts);

    /*!
     * \a text with each {{name}} replaced by \a variables' value (spaces inside the braces are
     * allowed). Names without a value are added to \a missing and left as they are.
     */
    static QString fill(const QString &text, const QHash<QString, QString> &variables, QStringList *missing = nullptr);
    //! \a check with its text filled from \a variables.
    static ExperimentCheck fill(
        const ExperimentCheck &check, const QHash<QString, QString> &variables, QStringList *missing = nullptr);

    /*!
     * ROUGE-L F1 of \a candidate against \a reference: the longest common subsequence of their
     * words (lower-cased, letters and digits), as precision and recall, harmonic mean; 0 to 1.
     * Chosen over token F1 because it rewards the same words in the same order.
     */
    static double rougeL(const QString &candidate, const QString &reference);

    //! The answer read as JSON: the whole text, or the inside of one ```json fence; nullopt if not JSON.
    static std::optional<QJsonValue> answerJson(const QString &text);
    /*!
     * Where \a value breaks \a schema, one line each with its JSON path; empty when it follows
     * it. The subset answers are checked with: type (and lists of types), enum, const,
     * properties, required, additionalProperties (false or a schema), items, minItems,
     * maxItems, minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum,
     * exclusiveMaximum, anyOf, oneOf, allOf, not. Written here because no library Quorum
     * depends on validates JSON Schema (Qt has none; Debian's C++ validators pull in
     * nlohmann-json or RapidJSON for one check); $ref is not followed and says so.
     */
    static QStringList schemaViolations(
        const QJsonValue &value, const QJsonObject &schema, const QString &path = QStringLiteral("$"));
};

} // namespace Quorum
