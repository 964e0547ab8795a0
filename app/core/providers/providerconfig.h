// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include "providers/provideraccount.h"

class QFileSystemWatcher;

namespace Quorum
{

/*!
 * The provider accounts of one data directory, kept in `providers.json` there (no keys:
 * only the names of the environment variables that hold them). Written atomically with
 * QSaveFile. The built-in Ollama account ("ollama") is always present unless the user
 * defines their own account of that id.
 *
 * The window watches the file (watch()): an account added or changed by `quorum providers`
 * while the window runs is read again and changed() says so. A file that does not read
 * (half edited by hand) keeps the accounts as they were and problem() says why.
 */
class ProviderConfig final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderConfig)

public:
    explicit ProviderConfig(QString dataDir, QObject *parent = nullptr);
    ~ProviderConfig() override;

    //! Reads the file; a missing file is an empty configuration, a broken one an error (and
    //! the accounts stay as they were).
    [[nodiscard]] std::expected<void, QString> load();
    //! Writes the file; changed() follows.
    [[nodiscard]] std::expected<void, QString> save();
    //! Reads the file again whenever another process changes it.
    void watch();

    //! The user's accounts plus the built-in Ollama account.
    QList<ProviderAccount> accounts() const;
    std::optional<ProviderAccount> find(const QString &id) const;
    //! Adds or replaces the account with the same id.
    void upsert(const ProviderAccount &account);
    bool remove(const QString &id);
    //! True for the built-in Ollama account while the user has not defined their own "ollama".
    bool isBuiltIn(const QString &id) const;
    QString fileName() const;

Q_SIGNALS:
    //! The accounts changed: saved here, or read again after another process wrote them.
    void changed();
    //! The file changed but could not be read; the accounts are as they were.
    void problem(const QString &message);

private:
    [[nodiscard]] std::expected<QList<ProviderAccount>, QString> parse(const QByteArray &data) const;
    void reread();

    QString m_dataDir;
    QList<ProviderAccount> m_accounts;
    QByteArray m_lastRead; //!< the file as last read or written: a change is a different content
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_settle; //!< a burst of file events is read once
};

} // namespace Quorum
