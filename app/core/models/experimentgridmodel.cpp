// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "models/experimentgridmodel.h"

#include <algorithm>

#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

ExperimentGridModel::ExperimentGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

qsizetype ExperimentGridModel::slot(const CellKey &key) const
{
    if (key.caseIndex < 0 || key.caseIndex >= m_experiment.cases.size() || key.variantIndex < 0
        || key.variantIndex >= m_experiment.variants.size() || key.repeat < 0 || key.repeat >= m_experiment.repeat) {
        return -1;
    }
    return (qsizetype(key.caseIndex) * m_experiment.variants.size() + key.variantIndex) * m_experiment.repeat
        + key.repeat;
}

void ExperimentGridModel::reset(const Experiment &experiment, const QList<ExperimentCell> &cells)
{
    beginResetModel();
    m_experiment = experiment;
    const auto count = static_cast<qsizetype>(experiment.cellCount());
    m_cells = QList<ExperimentCell>(count);
    m_known = QList<bool>(count, false);
    for (int c = 0; c < experiment.cases.size(); ++c) {
        for (int v = 0; v < experiment.variants.size(); ++v) {
            for (int r = 0; r < experiment.repeat; ++r) {
                m_cells[slot({c, v, r})].key = {c, v, r};
            }
        }
    }
    for (const ExperimentCell &cell : cells) {
        if (const qsizetype at = slot(cell.key); at >= 0) {
            m_cells[at] = cell;
            m_known[at] = true;
        }
    }
    endResetModel();
}

void ExperimentGridModel::update(const ExperimentCell &cell)
{
    const qsizetype at = slot(cell.key);
    if (at < 0) {
        return;
    }
    ExperimentCell merged = cell;
    if (merged.conversationId == 0) {
        merged.conversationId = m_cells.at(at).conversationId;
    }
    m_cells[at] = merged;
    m_known[at] = true;
    const QModelIndex changed = index(cell.key.caseIndex, cell.key.variantIndex);
    Q_EMIT dataChanged(changed, changed);
}

void ExperimentGridModel::setRunning(const CellKey &key)
{
    const qsizetype at = slot(key);
    if (at < 0) {
        return;
    }
    m_cells[at].status = ExperimentCell::Status::Running;
    m_known[at] = true;
    const QModelIndex changed = index(key.caseIndex, key.variantIndex);
    Q_EMIT dataChanged(changed, changed);
}

QList<ExperimentCell> ExperimentGridModel::cells() const
{
    QList<ExperimentCell> list;
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        if (m_known.at(i)) {
            list.append(m_cells.at(i));
        }
    }
    return list;
}

const ExperimentCell &ExperimentGridModel::cell(const CellKey &key) const
{
    static const ExperimentCell none;
    const qsizetype at = slot(key);
    return at < 0 ? none : m_cells.at(at);
}

ExperimentGridModel::Verdict ExperimentGridModel::verdictOf(const ExperimentCell &cell)
{
    switch (cell.status) {
    case ExperimentCell::Status::Running:
        return Verdict::Running;
    case ExperimentCell::Status::Done:
        return !cell.passed ? Verdict::Answered : *cell.passed ? Verdict::Passed : Verdict::Failed;
    case ExperimentCell::Status::Error:
        return Verdict::Error;
    case ExperimentCell::Status::Refused:
        return Verdict::Refused;
    case ExperimentCell::Status::Skipped:
        return Verdict::Skipped;
    }
    return Verdict::Pending;
}

int ExperimentGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_experiment.cases.size());
}

int ExperimentGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_experiment.variants.size());
}

QVariant ExperimentGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount()) {
        return {};
    }
    QList<int> verdicts;
    int passed = 0;
    int checked = 0;
    qint64 msSum = 0;
    int timed = 0;
    qint64 cost = 0;
    qint64 conversation = 0;
    QStringList details;
    for (int r = 0; r < m_experiment.repeat; ++r) {
        const qsizetype at = slot({index.row(), index.column(), r});
        const ExperimentCell &cell = m_cells.at(at);
        const Verdict verdict = m_known.at(at) ? verdictOf(cell) : Verdict::Pending;
        verdicts.append(static_cast<int>(verdict));
        if (cell.passed) {
            ++checked;
            passed += *cell.passed ? 1 : 0;
        }
        if (cell.status == ExperimentCell::Status::Done && cell.durationMs) {
            msSum += *cell.durationMs;
            ++timed;
        }
        cost += cell.costNanos.value_or(0) + cell.judgeCostNanos.value_or(0);
        if (cell.conversationId > 0) {
            conversation = cell.conversationId;
        }
        if (role == Qt::ToolTipRole && m_known.at(at)) {
            QString line = tr("#%1: %2").arg(r + 1).arg(ExperimentCell::statusName(cell.status));
            for (const CheckOutcome &check : cell.checks) {
                line += u"\n  "_s + (check.passed ? u"✓ "_s : u"✗ "_s) + check.type + u": "_s + check.detail;
            }
            if (!cell.message.isEmpty()) {
                line += u"\n  "_s + cell.message;
            }
            details << line;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList parts;
        // One repeat: its mark says pass or fail; several: how many of them passed.
        if (checked > 0 && m_experiment.repeat > 1) {
            parts << tr("%1/%2 passed").arg(passed).arg(checked);
        }
        if (timed > 0) {
            const qint64 mean = msSum / timed;
            parts << (mean < 1000 ? tr("%1 ms").arg(mean) : tr("%1 s").arg(double(mean) / 1000.0, 0, 'f', 1));
        }
        if (cost > 0) {
            parts << formatCost(cost);
        }
        return parts.join(u" · "_s);
    }
    case Qt::ToolTipRole:
        return details.join(u'\n');
    case VerdictsRole:
        return QVariant::fromValue(verdicts);
    case ConversationRole:
        return conversation;
    case PassedRole:
        return passed;
    case CheckedRole:
        return checked;
    case MeanMsRole:
        return timed > 0 ? QVariant(msSum / timed) : QVariant();
    case CostNanosRole:
        return cost;
    default:
        return {};
    }
}

QVariant ExperimentGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_experiment.variants.size()) {
            return {};
        }
        const ExperimentVariant &variant = m_experiment.variants.at(section);
        const QString name = variant.name.isEmpty() ? variant.target.label() : variant.name;
        return role == Qt::ToolTipRole ? variant.target.label() + u'\n' + variant.target.parameters.summary() : name;
    }
    if (section < 0 || section >= m_experiment.cases.size()) {
        return {};
    }
    QStringList values;
    const ExperimentCase &row = m_experiment.cases.at(section);
    QStringList names = row.variables.keys();
    std::ranges::sort(names);
    for (const QString &name : std::as_const(names)) {
        values << (role == Qt::ToolTipRole ? name + u" = "_s + row.variables.value(name) : row.variables.value(name));
    }
    const QString text = values.join(role == Qt::ToolTipRole ? u"\n"_s : u", "_s);
    if (role == Qt::ToolTipRole) {
        return text;
    }
    return tr("%1. %2").arg(section + 1).arg(text.size() > 40 ? text.left(39) + u'…' : text);
}

} // namespace Quorum
