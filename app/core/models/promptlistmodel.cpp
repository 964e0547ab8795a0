// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "models/promptlistmodel.h"

#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/promptstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

PromptListModel::PromptListModel(Database *database, QObject *parent)
    : KeyedListModel(parent)
    , m_database(database)
{
    if (m_database) {
        connect(&m_database->changes(), &DatabaseChanges::promptsChanged, this, &PromptListModel::reload);
        connect(&m_database->changes(), &DatabaseChanges::changedElsewhere, this, &PromptListModel::reload);
    }
    reload();
}

PromptListModel::~PromptListModel() = default;

void PromptListModel::reload()
{
    QList<LibraryPrompt> fresh;
    m_problem.clear();
    if (m_database) {
        if (const auto loaded = PromptStore(*m_database).prompts()) {
            fresh = *loaded;
        } else {
            m_problem = loaded.error().message;
        }
    }
    replaceRows(fresh);
}

int PromptListModel::rowOfName(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name.compare(name, Qt::CaseInsensitive) == 0) {
            return row;
        }
    }
    return -1;
}

QVariant PromptListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const LibraryPrompt &prompt = m_rows.at(index.row());
    const bool persona = prompt.kind == LibraryPrompt::Kind::Persona;
    switch (role) {
    case Qt::DisplayRole:
        return persona ? tr("%1 · persona · v%2").arg(prompt.name).arg(prompt.version)
                       : tr("%1 · v%2").arg(prompt.name).arg(prompt.version);
    case Qt::ToolTipRole:
        return prompt.text.left(400);
    case NameRole:
        return prompt.name;
    case KindRole:
        return static_cast<int>(prompt.kind);
    case VersionRole:
        return prompt.version;
    case VariablesRole:
        return prompt.variables();
    default:
        return {};
    }
}

} // namespace Quorum
