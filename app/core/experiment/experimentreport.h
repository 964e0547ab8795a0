// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "experiment/experimentfile.h"
#include "experiment/experimentsummary.h"
#include "types/experimentrun.h"

namespace Quorum
{

/*!
 * A run as data and as documents (docs/experiments.md, "Reports"): one JSON object per cell
 * and a summary (what `quorum experiment run --json` prints, one per line), the whole run as
 * one JSON document, CSV with a row per cell, and a self-contained HTML report (the grid, the
 * checks, the costs; no script, no remote resource).
 */
class ExperimentReport final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ExperimentReport)

public:
    ExperimentReport(Experiment experiment, ExperimentRunRecord run, QList<ExperimentCell> cells);

    //! {"type": "cell", "case": 1, "variant": ..., "status": ..., "passed": ..., "checks": [...], ...}
    QJsonObject cellJson(const ExperimentCell &cell) const;
    //! {"type": "summary", "run": ..., "passed": ..., "variants": [...], "changes": [...]}; \a
    //! changes compare with the run before (ExperimentSummary::changes).
    QJsonObject summaryJson(const QList<CellChange> &changes = {}) const;
    //! {"quorum_experiment_run": 1, "experiment": {the file}, "run": ..., "cells": [...], "summary": ...}
    QByteArray json(const QList<CellChange> &changes = {}) const;
    //! One row per cell, the case's variables first; RFC 4180.
    QString csv() const;
    //! The grid as an HTML page: rows are cases, columns variants, each cell's repeats in it.
    QString html(const QList<CellChange> &changes = {}) const;

    const ExperimentSummary &summary() const { return m_summary; }
    /*!
     * Compares with run \a runId (its figures \a before): the summary's "changes" are said to
     * be since that run, and each variant of the same name gets its figures there ("before").
     */
    void setBaseline(qint64 runId, const ExperimentSummary &before);
    qint64 baselineRun() const { return m_baselineRun; }
    //! The baseline's figures of the variant named \a name (null: none, or no baseline).
    const VariantSummary *baselineOf(const QString &name) const;
    //! "passed 67% → 100%, p50 1.2 s → 0.9 s, cost $0.012 → $0.010": one variant in two runs.
    static QString versus(const VariantSummary &before, const VariantSummary &now);
    //! A column's name as shown: its name, or its target.
    QString variantName(int index) const;
    //! "case 3" (its CSV line or its number in the file).
    QString caseName(int index) const;

    //! "12/15 (80%)", "–" when no answer had checks.
    static QString passRateText(const VariantSummary &summary);
    //! "2 flaky cases, answers 93% alike, ±40 ms", "–" with one repeat.
    static QString acrossRepeatsText(const VariantSummary &summary);
    //! "850 ms", "1.2 s", "–" for unknown.
    static QString duration(std::optional<qint64> ms);

    static constexpr int formatVersion = 1;

private:
    Experiment m_experiment;
    ExperimentRunRecord m_run;
    QList<ExperimentCell> m_cells;
    ExperimentSummary m_summary;
    qint64 m_baselineRun = 0;
    ExperimentSummary m_baseline;
};

} // namespace Quorum
