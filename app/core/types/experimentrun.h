// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace Quorum
{

//! Which cell of an experiment's grid: its row (case), its column (variant) and its repeat.
struct CellKey {
    int caseIndex = 0;
    int variantIndex = 0;
    int repeat = 0;

    friend auto operator<=>(const CellKey &, const CellKey &) = default;
    friend bool operator==(const CellKey &, const CellKey &) = default;
};

inline size_t qHash(const CellKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.caseIndex, key.variantIndex, key.repeat);
}

//! What one check said about one answer.
struct CheckOutcome {
    QString type; //!< the check's type name ("contains", "judge", ...)
    bool passed = false;
    QString detail;

    friend bool operator==(const CheckOutcome &, const CheckOutcome &) = default;
};

/*!
 * One cell of a run as stored (experiment_cells), with what its answer (a stored response)
 * holds. Running: asked and not ended; Done: answered (its checks may still have failed);
 * Error: the provider failed (asked again when the run is resumed); Refused: a rule, a
 * variant or a parameter kept it from being sent; Skipped: the run's cost limit was reached.
 */
struct ExperimentCell {
    enum class Status { Running, Done, Error, Refused, Skipped };

    CellKey key;
    Status status = Status::Running;
    std::optional<qint64> responseId;
    qint64 conversationId = 0;
    std::optional<bool> passed; //!< every check passed; empty until they ran
    QList<CheckOutcome> checks;
    QString message; //!< why it failed, was refused or skipped
    std::optional<qint64> judgeCostNanos;
    QList<qint64> judgeResponseIds;
    qint64 updatedAt = 0;
    // From its answer:
    QString text;
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> ttftMs;
    std::optional<qint64> durationMs;
    std::optional<qint64> costNanos;

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
    //! What the cell cost with its judges (nullopt: unknown).
    std::optional<qint64> totalCostNanos() const;

    friend bool operator==(const ExperimentCell &, const ExperimentCell &) = default;
};

//! One checked cell of an experiment, for the leaderboard's experiment source.
struct ExperimentOutcome {
    QString target; //!< "account/model"
    QString prompt; //!< the case's prompt as sent (its category)
    bool passed = false;
};

//! An experiment as stored: its name and its definition (the experiment file's JSON).
struct ExperimentRecord {
    qint64 id = 0;
    QString name;
    QByteArray definition;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

//! One run of an experiment.
struct ExperimentRunRecord {
    enum class Status { Running, Stopped, Done };

    qint64 id = 0;
    qint64 experimentId = 0;
    QString experimentName;
    QByteArray definition; //!< the experiment as this run asks it
    Status status = Status::Running;
    std::optional<qint64> maxCostNanos;
    std::optional<qint64> estimateNanos;
    qint64 startedAt = 0;
    std::optional<qint64> endedAt;
    qint64 heartbeatAt = 0;

    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
};

} // namespace Quorum
