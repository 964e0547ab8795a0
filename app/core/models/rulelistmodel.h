// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QStringList>

#include "models/keyedlistmodel.h"
#include "storage/rulestore.h"

namespace Quorum
{

class Database;

/*!
 * The routing rules in the order they are tried: what Settings → Routing lists. Each row
 * shows the rule's name and what it does, and a check box that turns it on or off (written
 * at once); moving a row (a drag) moves the rule. Whatever changes the rules (this list, the
 * rule form, `quorum rules` in another process) shows here by itself. A write that fails is
 * said through problem() and the row stays as stored.
 */
class RuleListModel final : public KeyedListModel<StoredRule, qint64>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)

public:
    enum Role { IdRole = Qt::UserRole, RuleRole };

    //! \a database may be null: no rules (Quorum runs without saving).
    explicit RuleListModel(Database *database, QObject *parent = nullptr);
    ~RuleListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool moveRows(const QModelIndex &sourceParent,
        int sourceRow,
        int count,
        const QModelIndex &destinationParent,
        int destinationChild) override;

    //! Stored rows that could not be read (a damaged rule), one line each.
    QStringList problems() const { return m_problems; }
    //! Reads the rules again (the store says when; another process's change too).
    void reload();

Q_SIGNALS:
    void problem(const QString &message);
    //! The rules were read again: their problems may have changed.
    void reloaded();

protected:
    qint64 keyOf(const StoredRule &row) const override { return row.id; }

private:
    Database *m_database = nullptr;
    QStringList m_problems;
};

} // namespace Quorum
