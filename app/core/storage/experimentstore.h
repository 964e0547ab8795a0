// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "storage/storageerror.h"
#include "types/experimentrun.h"

namespace Quorum
{

class Database;

/*!
 * Experiments, their runs and the cells of each run (docs/experiments.md, "Storage"). A
 * cell's answer is an ordinary stored answer; cells() reads its text and figures with it.
 * Changes are said by DatabaseChanges::experimentsChanged.
 */
class ExperimentStore final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ExperimentStore)

public:
    explicit ExperimentStore(const Database &database);

    //! Adds the experiment \a name, or replaces its definition.
    [[nodiscard]] std::expected<ExperimentRecord, StorageError> save(const QString &name, const QByteArray &definition);
    //! Every experiment, by name.
    [[nodiscard]] std::expected<QList<ExperimentRecord>, StorageError> experiments() const;
    //! NotFound when there is none of that name.
    [[nodiscard]] std::expected<ExperimentRecord, StorageError> experiment(const QString &name) const;
    //! Removes the experiment with its runs and their answers.
    [[nodiscard]] std::expected<void, StorageError> remove(const QString &name);

    //! A new run of experiment \a experimentId, running from now.
    [[nodiscard]] std::expected<ExperimentRunRecord, StorageError> startRun(qint64 experimentId,
        const QByteArray &definition,
        std::optional<qint64> maxCostNanos,
        std::optional<qint64> estimateNanos);
    //! The runs of an experiment, newest first.
    [[nodiscard]] std::expected<QList<ExperimentRunRecord>, StorageError> runs(qint64 experimentId) const;
    //! NotFound when there is no such run.
    [[nodiscard]] std::expected<ExperimentRunRecord, StorageError> run(qint64 runId) const;
    //! Says the run is alive (a running run whose heartbeat stopped was killed).
    [[nodiscard]] std::expected<void, StorageError> heartbeat(qint64 runId);
    //! Running again (resumed), stopped, or done (with its end time).
    [[nodiscard]] std::expected<void, StorageError> setRunStatus(qint64 runId, ExperimentRunRecord::Status status);
    [[nodiscard]] std::expected<void, StorageError> removeRun(qint64 runId);

    //! Every stored cell of a run with its answer's text and figures, in grid order.
    [[nodiscard]] std::expected<QList<ExperimentCell>, StorageError> cells(qint64 runId) const;
    //! Stores \a cell (a new one, or what became of it), durably.
    [[nodiscard]] std::expected<void, StorageError> saveCell(qint64 runId, const ExperimentCell &cell);
    //! Every answered cell whose checks ran, of every run, with its model and prompt.
    [[nodiscard]] std::expected<QList<ExperimentOutcome>, StorageError> outcomes() const;
    //! The conversation and turn that hold case \a caseIndex of run \a runId (nullopt: none yet).
    [[nodiscard]] std::expected<std::optional<std::pair<qint64, qint64>>, StorageError> caseTurn(
        qint64 runId, int caseIndex) const;

private:
    const Database &m_database;
};

} // namespace Quorum
