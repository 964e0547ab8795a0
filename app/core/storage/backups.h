// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "storage/storageerror.h"

struct sqlite3;

namespace Quorum
{

class Database;

/*!
 * Consistent copies of the database made with SQLite's online backup API (never by
 * copying files: docs/reliability.md), kept in a directory as quorum-YYYYMMDD-HHMMSS.db, the
 * newest `keep` of them. A copy is written under a temporary name and renamed when
 * complete. Restoring copies a checked backup into the live database, again through the
 * backup API, after backing up what is there now.
 */
class Backups final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Backups)

public:
    static constexpr int defaultKeep = 7;

    explicit Backups(QString directory, int keep = defaultKeep);

    //! Backs \a database up now; returns the new file.
    [[nodiscard]] std::expected<QString, StorageError> backup(
        const Database &database, const QDateTime &now = QDateTime::currentDateTimeUtc());
    //! Backs up unless there is a backup from today (UTC); returns the new file, or an
    //! empty string when none was due.
    [[nodiscard]] std::expected<QString, StorageError> backupIfDue(
        const Database &database, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /*!
     * Backs up the database file \a databaseFile through a read-only connection of its own,
     * unless there is a backup from today (UTC): for a thread other than the one that writes.
     * The copy is taken in one step under one read transaction (WAL: writers go on), so
     * writes meanwhile do not restart it. Returns the new file, or an empty string.
     */
    [[nodiscard]] std::expected<QString, StorageError> backupFileIfDue(
        const QString &databaseFile, const QDateTime &now = QDateTime::currentDateTimeUtc());
    //! Replaces the contents of \a database with \a file, after checking the file and backing
    //! up the current contents.
    [[nodiscard]] std::expected<void, StorageError> restore(const Database &database, const QString &file);
    /*!
     * For a database file that does not open (damaged, not SQLite): checks \a file, sets the
     * file at \a path aside (Database::setAside; \a setAsideTo receives its new name), and
     * puts the backup in its place. Returns the restored database, migrated to this version.
     */
    [[nodiscard]] std::expected<std::unique_ptr<Database>, StorageError> restoreOver(
        const QString &path, const QString &file, QString *setAsideTo = nullptr);
    //! The backups, newest first.
    QStringList list() const;

private:
    bool isDue(const QDateTime &now) const;
    //! Copies the open connection \a source into a new backup (\a pagesPerStep: -1, all at once).
    [[nodiscard]] std::expected<QString, StorageError> backupFrom(
        ::sqlite3 *source, const QDateTime &now, int pagesPerStep);
    void prune();

    QString m_directory;
    int m_keep;
};

} // namespace Quorum
