// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "experiment/experimentfile.h"
#include "types/experimentrun.h"

namespace Quorum
{

//! The figures of one column (variant) of a run (docs/experiments.md, "Runs").
struct VariantSummary {
    QString name;
    int cells = 0;    //!< the column's cells (cases × repeats)
    int answered = 0; //!< cells whose answer arrived (Done)
    int checked = 0;  //!< answered cells that had checks
    int passed = 0;   //!< checked cells whose every check passed
    int failed = 0;   //!< checked cells with a failed check
    int errors = 0;
    int refused = 0;
    int skipped = 0;
    int pending = 0; //!< not asked yet, or still running

    //! Latency over the answered cells: from sending to the last token, and to the first.
    std::optional<qint64> meanMs;
    std::optional<qint64> p50Ms;
    std::optional<qint64> p95Ms;
    std::optional<qint64> meanFirstTokenMs;
    qint64 costNanos = 0;      //!< answers and judges, as far as known
    qint64 judgeCostNanos = 0; //!< of which the judges
    int unknownCosts = 0;      //!< answered cells whose cost is unknown (not counted as 0)

    // Variance across repeats (only with two repeats or more):
    //! Cases whose repeats disagree (one passed, another failed).
    int flakyCases = 0;
    //! The mean ROUGE-L F1 between two repeats of one case (1: they said the same words).
    std::optional<double> repeatSimilarity;
    //! The mean, over cases, of the standard deviation of their repeats' latency.
    std::optional<qint64> latencyStdevMs;

    std::optional<double> passRate() const
    {
        return checked > 0 ? std::optional<double>(double(passed) / checked) : std::nullopt;
    }
};

//! A cell of this run whose verdict differs from the run before (over its repeats).
struct CellChange {
    int caseIndex = 0;
    int variantIndex = 0;
    int passedBefore = 0; //!< repeats that passed in the earlier run
    int passedNow = 0;
    int repeats = 0;

    bool better() const { return passedNow > passedBefore; }
};

/*!
 * A run's figures: one VariantSummary per column, and the totals. The run succeeded (exit 0
 * on the command line) when every cell was answered and no check failed.
 */
struct ExperimentSummary {
    QList<VariantSummary> variants;
    int cells = 0;
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int refused = 0;
    int skipped = 0;
    int pending = 0;
    qint64 costNanos = 0;
    qint64 judgeCostNanos = 0;
    int unknownCosts = 0;

    bool succeeded() const { return failed == 0 && errors == 0 && refused == 0 && skipped == 0 && pending == 0; }

    //! The summary of \a cells (those stored of a run; missing ones are pending) of \a experiment.
    static ExperimentSummary of(const Experiment &experiment, const QList<ExperimentCell> &cells);
    /*!
     * What got better or worse from \a before to \a after (runs of the same experiment): each
     * (case, variant) whose number of passing repeats changed, in grid order. Cells outside
     * either grid are left out.
     */
    static QList<CellChange> changes(const QList<ExperimentCell> &before, const QList<ExperimentCell> &after);
};

} // namespace Quorum
