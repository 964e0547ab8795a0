// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "providers/provideraccount.h"

namespace Quorum
{

/*!
 * The provider accounts of one data directory, kept in `providers.json` there (no keys:
 * only the names of the environment variables that hold them). Written atomically with
 * QSaveFile. The built-in Ollama account ("ollama") is always present unless the user
 * defines their own account of that id. Moves into the SQLite database with issue #4.
 */
class ProviderConfig final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ProviderConfig)

public:
    explicit ProviderConfig(QString dataDir);

    //! Reads the file; a missing file is an empty configuration, a broken one an error.
    std::expected<void, QString> load();
    std::expected<void, QString> save() const;

    //! The user's accounts plus the built-in Ollama account.
    QList<ProviderAccount> accounts() const;
    std::optional<ProviderAccount> find(const QString &id) const;
    //! Adds or replaces the account with the same id.
    void upsert(const ProviderAccount &account);
    bool remove(const QString &id);
    //! True for the built-in Ollama account while the user has not defined their own "ollama".
    bool isBuiltIn(const QString &id) const;
    QString fileName() const;

private:
    QString m_dataDir;
    QList<ProviderAccount> m_accounts;
};

} // namespace Quorum
