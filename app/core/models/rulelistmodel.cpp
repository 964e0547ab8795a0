// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "models/rulelistmodel.h"

#include "storage/database.h"
#include "storage/databasechanges.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

RuleListModel::RuleListModel(Database *database, QObject *parent)
    : KeyedListModel(parent)
    , m_database(database)
{
    if (m_database) {
        connect(&m_database->changes(), &DatabaseChanges::rulesChanged, this, &RuleListModel::reload);
        connect(&m_database->changes(), &DatabaseChanges::changedElsewhere, this, &RuleListModel::reload);
    }
    reload();
}

RuleListModel::~RuleListModel() = default;

void RuleListModel::reload()
{
    QList<StoredRule> fresh;
    m_problems.clear();
    if (!m_database) {
        m_problems << tr("Rules are kept in the database, and Quorum runs without one now.");
    } else if (const auto loaded = RuleStore(*m_database).list()) {
        fresh = loaded->rules;
        m_problems = loaded->problems;
    } else {
        m_problems << loaded.error().message;
    }
    replaceRows(fresh);
    Q_EMIT reloaded();
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const StoredRule &stored = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return u"%1\n    %2"_s.arg(stored.rule.name, stored.rule.action.summary());
    case Qt::AccessibleTextRole:
        return u"%1: %2"_s.arg(stored.rule.name, stored.rule.action.summary());
    case Qt::CheckStateRole:
        return stored.rule.enabled ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return stored.rule.enabled ? tr("On: untick to turn it off") : tr("Off: tick to turn it on");
    case IdRole:
        return stored.id;
    default:
        return {};
    }
}

bool RuleListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_database) {
        return false;
    }
    StoredRule stored = m_rows.at(index.row());
    stored.rule.enabled = value.value<Qt::CheckState>() == Qt::Checked;
    if (stored.rule.enabled == m_rows.at(index.row()).rule.enabled) {
        return true;
    }
    // The row follows through the store's change signal.
    if (auto saved = RuleStore(*m_database).update(stored.id, stored.rule); !saved) {
        Q_EMIT problem(saved.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags RuleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled; // between rows: where a dragged rule goes
    }
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled
        | Qt::ItemNeverHasChildren;
}

bool RuleListModel::moveRows(const QModelIndex &sourceParent,
    int sourceRow,
    int count,
    const QModelIndex &destinationParent,
    int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || !m_database || sourceRow < 0
        || sourceRow >= m_rows.size() || destinationChild < 0 || destinationChild > m_rows.size()) {
        return false;
    }
    // destinationChild is where it goes before the move; the store wants where it ends.
    const int position = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (position == sourceRow) {
        return true;
    }
    if (auto moved = RuleStore(*m_database).move(m_rows.at(sourceRow).id, position); !moved) {
        Q_EMIT problem(moved.error().message);
        return false;
    }
    return true; // moved on screen by reload(), from the store's change signal
}

} // namespace Quorum
