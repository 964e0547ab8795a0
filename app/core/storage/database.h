// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include "storage/storageerror.h"

struct sqlite3;

namespace Quorum
{

class DatabaseChanges;

/*!
 * One connection to Quorum's SQLite file, for the thread that opens it.
 *
 * Opening probes an existing file read-only first: a file that is not SQLite, or that a
 * newer Quorum wrote, is reported and never modified. Then the connection gets WAL,
 * foreign keys, a 5 s busy timeout and synchronous=FULL (docs/reliability.md: commits that
 * record user intent are durable; the streaming checkpoint writer lowers it for its own
 * transactions), all read back. Forward-only migrations (resources/schema/NNNN_*.sql, by
 * PRAGMA user_version) run one transaction each; before migrating an existing file a
 * consistent copy is taken with VACUUM INTO.
 *
 * Qt's QSQLITE driver on Debian links the system libsqlite3, which Quorum links too: one
 * SQLite in the process (docs/reliability.md). Its handle is used where Qt has no API (running
 * a whole migration script, the backup API).
 */
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Mode { ReadWrite, ReadOnly };

    struct Migration {
        int version = 0;
        QString name;
        QByteArray sql;
    };

    //! The migrations shipped in the resources (:/schema/NNNN_name.sql), in order.
    static QList<Migration> builtInMigrations();
    //! The schema version this build writes.
    static int latestVersion();

    [[nodiscard]] static std::expected<std::unique_ptr<Database>, StorageError> open(
        const QString &path, Mode mode = Mode::ReadWrite, const QList<Migration> &migrations = builtInMigrations());
    ~Database();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    int schemaVersion() const;
    QString sqliteVersion() const;
    //! The backup taken before this open migrated the file, empty if none was needed.
    QString preMigrationBackup() const { return m_backup; }

    //! What was changed through this connection, and elsewhere (DatabaseChanges).
    DatabaseChanges &changes() const { return *m_changes; }

    //! Runs a PRAGMA and returns its first value as text (for diagnostics and tests).
    QString pragma(const QString &name) const;
    /*!
     * Moves a database file that cannot be used (damaged, not SQLite) out of the way with its
     * -wal and -shm files, to PATH.damaged-YYYYMMDD-HHMMSS: kept, never deleted. Only on the
     * user's explicit request (quorum restore, the start-up dialog). Returns the new name.
     */
    [[nodiscard]] static std::expected<QString, StorageError> setAside(
        const QString &path, const QDateTime &now = QDateTime::currentDateTimeUtc());

    //! PRAGMA quick_check: ok, or the problems SQLite found.
    [[nodiscard]] std::expected<void, StorageError> quickCheck() const;
    /*!
     * A StorageError from SQLite's extended result code and message. \a systemErrno (from
     * sqlite3_system_errno) tells an I/O error on a full or read-only disk from others.
     */
    static StorageError errorFrom(int sqliteCode, const QString &message, const QString &path, int systemErrno = 0);
    //! The StorageError for a failed query on this connection.
    StorageError errorOf(const QSqlError &error) const;

private:
    Database(QString path, QString connectionName, Mode mode);
    [[nodiscard]] std::expected<void, StorageError> configure();
    [[nodiscard]] std::expected<void, StorageError> migrate(const QList<Migration> &migrations);
    sqlite3 *handle() const;

    QString m_path;
    QString m_connectionName;
    QString m_backup;
    Mode m_mode;
    std::unique_ptr<DatabaseChanges> m_changes;
};

} // namespace Quorum
