// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "experiment/experimentfile.h"
#include "types/experimentrun.h"

namespace Quorum
{

/*!
 * An experiment's grid as an item model: a row per case, a column per variant; each item is
 * the cell's repeats (docs/experiments.md, "Runs"). One value per cell, no widget: a grid of
 * 10,000 cells scrolls as one of 10. The view draws the verdicts (VerdictsRole); the text
 * roles say the same for people and screen readers.
 */
class ExperimentGridModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    //! One repeat's state as the grid shows it.
    enum class Verdict { Pending, Running, Passed, Failed, Answered, Error, Refused, Skipped };
    Q_ENUM(Verdict)

    enum Role {
        VerdictsRole = Qt::UserRole + 1, //!< QList<int>: a Verdict per repeat
        ConversationRole,                //!< the case's conversation (0: none yet)
        PassedRole,                      //!< repeats that passed
        CheckedRole,                     //!< repeats whose checks ran
        MeanMsRole,                      //!< the answered repeats' mean time (null: none)
        CostNanosRole,                   //!< what the repeats cost, judges included
    };

    explicit ExperimentGridModel(QObject *parent = nullptr);

    //! The grid of \a experiment with \a cells stored so far (the others are pending).
    void reset(const Experiment &experiment, const QList<ExperimentCell> &cells = {});
    //! A cell started or ended.
    void update(const ExperimentCell &cell);
    void setRunning(const CellKey &key);

    const Experiment &experiment() const { return m_experiment; }
    //! Every cell known (not pending), in grid order.
    QList<ExperimentCell> cells() const;
    const ExperimentCell &cell(const CellKey &key) const;
    static Verdict verdictOf(const ExperimentCell &cell);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qsizetype slot(const CellKey &key) const;

    Experiment m_experiment;
    //! Every cell of the grid by (case, variant, repeat); Pending where none is stored.
    QList<ExperimentCell> m_cells;
    QList<bool> m_known;
};

} // namespace Quorum
