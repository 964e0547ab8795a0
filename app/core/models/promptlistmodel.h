// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "models/keyedlistmodel.h"
#include "types/libraryprompt.h"

namespace Quorum
{

class Database;

/*!
 * The prompt library at each item's latest version, by name: what the library window lists
 * and the composer's Library menu offers. Whatever changes the library (the window,
 * `quorum prompts` in another process) shows here by itself.
 */
class PromptListModel final : public KeyedListModel<LibraryPrompt, qint64>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptListModel)

public:
    enum Role { NameRole = Qt::UserRole, KindRole, VersionRole, VariablesRole };

    //! \a database may be null: an empty library (Quorum runs without saving).
    explicit PromptListModel(Database *database, QObject *parent = nullptr);
    ~PromptListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    //! The row of the item named \a name (case-insensitive), -1 when there is none.
    int rowOfName(const QString &name) const;
    //! Why the library could not be read (empty: it was).
    QString problem() const { return m_problem; }
    void reload();

protected:
    qint64 keyOf(const LibraryPrompt &row) const override { return row.id; }

private:
    Database *m_database = nullptr;
    QString m_problem;
};

} // namespace Quorum
