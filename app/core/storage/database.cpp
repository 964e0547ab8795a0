// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/database.h"

#include <cerrno>

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include "storage/databasechanges.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"quorum-db-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

enum class Access { ReadWrite, ReadOnly, Probe };

// Opens a QSQLITE connection; the caller removes it with QSqlDatabase::removeDatabase.
// A probe opens the file immutable: SQLite then creates no -wal or -shm file beside it.
QSqlDatabase openConnection(const QString &name, const QString &path, Access access)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    switch (access) {
    case Access::ReadWrite:
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        break;
    case Access::ReadOnly:
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s);
        break;
    case Access::Probe:
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?mode=ro&immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s);
        break;
    }
    db.open();
    return db;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(v.constData());
}
} // namespace

StorageError Database::errorFrom(int sqliteCode, const QString &message, const QString &path, int systemErrno)
{
    StorageError error;
    int primary = sqliteCode & 0xff;
    if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) {
        // SQLite reports a full disk while growing the WAL index (-shm) or syncing as an
        // I/O error; the operating system's errno says what really happened.
        if (systemErrno == ENOSPC || systemErrno == EDQUOT) {
            primary = SQLITE_FULL;
        } else if (systemErrno == EROFS || systemErrno == EACCES || systemErrno == EPERM) {
            primary = SQLITE_READONLY;
        }
    }
    switch (primary) {
    case SQLITE_NOTADB:
        error.kind = StorageError::Kind::NotADatabase;
        error.message = tr("%1 is not a Quorum database (not an SQLite file, or its header is damaged). "
                           "Quorum has not changed it.")
                            .arg(path);
        return error;
    case SQLITE_CORRUPT:
        error.kind = StorageError::Kind::Corrupt;
        error.message = tr("The database %1 is damaged (%2). Quorum has not changed it.").arg(path, message);
        return error;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        error.kind = StorageError::Kind::ReadOnly;
        error.message = tr("Cannot write the database %1 (%2).").arg(path, message);
        return error;
    case SQLITE_FULL:
        error.kind = StorageError::Kind::Full;
        error.message = tr("The disk holding %1 is full.").arg(path);
        return error;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        error.kind = StorageError::Kind::Busy;
        error.message = tr("The database %1 is busy in another process.").arg(path);
        return error;
    default:
        break;
    }
    error.kind = StorageError::Kind::Io;
    error.message = tr("Database error in %1: %2").arg(path, message);
    return error;
}

StorageError Database::errorOf(const QSqlError &error) const
{
    sqlite3 *h = handle();
    return errorFrom(error.nativeErrorCode().toInt(), error.text(), m_path, h ? sqlite3_system_errno(h) : 0);
}

std::expected<QString, StorageError> Database::setAside(const QString &path, const QDateTime &now)
{
    const QString target = path + u".damaged-"_s + now.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
    if (QFileInfo::exists(target)) {
        return std::unexpected(
            StorageError {StorageError::Kind::Io, tr("%1 exists already; try again in a second.").arg(target)});
    }
    // The log and index first: a main file without its log is what the user would least
    // want to be left with if a rename failed half-way.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, QString()}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            return std::unexpected(StorageError {
                StorageError::Kind::ReadOnly, tr("Cannot move %1 to %2.").arg(path + suffix, target + suffix)});
        }
    }
    return target;
}

QList<Database::Migration> Database::builtInMigrations()
{
    static const QRegularExpression pattern(u"^(\\d{4})_(\\w+)\\.sql$"_s);
    QList<Migration> migrations;
    const QStringList files = QDir(u":/schema"_s).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            continue;
        }
        QFile in(u":/schema/"_s + file);
        if (in.open(QIODevice::ReadOnly)) {
            migrations.append({match.captured(1).toInt(), match.captured(2), in.readAll()});
        }
    }
    return migrations;
}

int Database::latestVersion()
{
    const QList<Migration> migrations = builtInMigrations();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

Database::Database(QString path, QString connectionName, Mode mode)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_mode(mode)
    , m_changes(std::make_unique<DatabaseChanges>(*this))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::expected<std::unique_ptr<Database>, StorageError> Database::open(
    const QString &path, Mode mode, const QList<Migration> &migrations)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0) {
        // Probe read-only: nothing is written to a file Quorum may not understand. Immutable
        // (no -shm or -wal created beside a stranger's file) only when there is no write-ahead
        // log: with one, the main file alone may be mid-checkpoint (a crash, a full disk) and
        // only main file + log are the database, so the probe reads both.
        const QString probeName = newConnectionName();
        std::optional<StorageError> problem;
        {
            const bool hasLog = QFileInfo(path + u"-wal"_s).size() > 0;
            QSqlDatabase probe = openConnection(probeName, path, hasLog ? Access::ReadOnly : Access::Probe);
            QSqlQuery query(probe);
            if (!probe.isOpen() || !query.exec(u"PRAGMA user_version"_s) || !query.next()) {
                sqlite3 *h = probe.isOpen() ? handleOf(probe) : nullptr;
                const int code = h ? sqlite3_extended_errcode(h) : SQLITE_CANTOPEN;
                const QString text
                    = query.lastError().text().isEmpty() ? probe.lastError().text() : query.lastError().text();
                problem = errorFrom(code, text, path, h ? sqlite3_system_errno(h) : 0);
            } else if (const int version = query.value(0).toInt(); version > latest) {
                problem = StorageError {StorageError::Kind::NewerSchema,
                    tr("%1 was written by a newer version of Quorum (schema %2; this version "
                       "knows up to %3). Quorum has not changed it; please update Quorum.")
                        .arg(path)
                        .arg(version)
                        .arg(latest)};
            }
            probe.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (problem) {
            return std::unexpected(*problem);
        }
    } else if (mode == Mode::ReadOnly) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("There is no database at %1.").arg(path)});
    } else if (!QDir().mkpath(info.absolutePath())) {
        return std::unexpected(StorageError {
            StorageError::Kind::ReadOnly, tr("Cannot create the directory %1.").arg(info.absolutePath())});
    }

    std::unique_ptr<Database> database(new Database(path, newConnectionName(), mode));
    QSqlDatabase db = openConnection(
        database->m_connectionName, path, mode == Mode::ReadOnly ? Access::ReadOnly : Access::ReadWrite);
    if (!db.isOpen()) {
        return std::unexpected(errorFrom(SQLITE_CANTOPEN, db.lastError().text(), path));
    }
    if (mode == Mode::ReadOnly && !QFileInfo::exists(path + u"-wal"_s)
        && sqlite3_exec(handleOf(db), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr)
            == SQLITE_CANTOPEN) {
        // A WAL database on read-only media, closed cleanly (no -wal file): SQLite cannot
        // create the -shm index there and reads it only as immutable, which is safe as
        // nothing can write to it (https://www.sqlite.org/wal.html#readonly).
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(database->m_connectionName);
        db = openConnection(database->m_connectionName, path, Access::Probe);
        if (!db.isOpen()) {
            return std::unexpected(errorFrom(SQLITE_CANTOPEN, db.lastError().text(), path));
        }
    }
    if (auto configured = database->configure(); !configured) {
        return std::unexpected(configured.error());
    }
    // Again with the write-ahead log applied: the probe reads the main file only.
    if (const int version = database->schemaVersion(); version > latest) {
        return std::unexpected(StorageError {StorageError::Kind::NewerSchema,
            tr("%1 was written by a newer version of Quorum (schema %2; this "
               "version knows up to %3). Quorum has not changed it; please update "
               "Quorum.")
                .arg(path)
                .arg(version)
                .arg(latest)});
    }
    if (mode == Mode::ReadWrite) {
        if (auto migrated = database->migrate(migrations); !migrated) {
            return std::unexpected(migrated.error());
        }
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    return handleOf(connection());
}

QString Database::pragma(const QString &name) const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA "_s + name) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

int Database::schemaVersion() const
{
    return pragma(u"user_version"_s).toInt();
}

QString Database::sqliteVersion() const
{
    QSqlQuery query(connection());
    return query.exec(u"SELECT sqlite_version()"_s) && query.next() ? query.value(0).toString() : QString();
}

std::expected<void, StorageError> Database::configure()
{
    sqlite3 *h = handle();
    if (!h) {
        return std::unexpected(StorageError {StorageError::Kind::Io, tr("The SQLite driver gave no handle.")});
    }
    const auto exec = [&](const char *sql) -> std::expected<void, StorageError> {
        char *message = nullptr;
        const int rc = sqlite3_exec(h, sql, nullptr, nullptr, &message);
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(h));
        sqlite3_free(message);
        if (rc != SQLITE_OK) {
            return std::unexpected(errorFrom(sqlite3_extended_errcode(h), text, m_path, sqlite3_system_errno(h)));
        }
        return {};
    };
    if (auto r = exec("PRAGMA foreign_keys = ON"); !r) {
        return r;
    }
    if (m_mode == Mode::ReadWrite) {
        if (auto r = exec("PRAGMA journal_mode = WAL"); !r) {
            return r;
        }
        if (auto r = exec("PRAGMA synchronous = FULL"); !r) {
            return r;
        }
        if (pragma(u"journal_mode"_s) != "wal"_L1) {
            return std::unexpected(StorageError {StorageError::Kind::Io,
                tr("%1 cannot use write-ahead logging (is it on a network file "
                   "system?).")
                    .arg(m_path)});
        }
    }
    if (pragma(u"foreign_keys"_s) != "1"_L1) {
        return std::unexpected(StorageError {StorageError::Kind::Io, tr("SQLite refused to enforce foreign keys.")});
    }
    return {};
}

std::expected<void, StorageError> Database::migrate(const QList<Migration> &migrations)
{
    sqlite3 *h = handle();
    const int current = schemaVersion();
    const bool pending = std::ranges::any_of(migrations, [&](const Migration &m) { return m.version > current; });
    if (!pending) {
        return {};
    }
    if (current > 0) {
        // A consistent copy before changing the schema of a file with data.
        m_backup = m_path + u".before-schema-%1.bak"_s.arg(migrations.constLast().version);
        QFile::remove(m_backup);
        QSqlQuery query(connection());
        query.prepare(u"VACUUM INTO ?"_s);
        query.addBindValue(m_backup);
        if (!query.exec()) {
            return std::unexpected(StorageError {StorageError::Kind::Migration,
                tr("Could not back up %1 before updating it: %2").arg(m_path, query.lastError().text())});
        }
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= current) {
            continue;
        }
        // One transaction per step; its last statement records the version.
        const QByteArray script = "BEGIN IMMEDIATE;\n" + migration.sql
            + "\nPRAGMA user_version = " + QByteArray::number(migration.version) + ";\nCOMMIT;";
        char *message = nullptr;
        const int rc = sqlite3_exec(h, script.constData(), nullptr, nullptr, &message);
        if (rc != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(h));
            const int code = sqlite3_extended_errcode(h);
            const int systemErrno = sqlite3_system_errno(h);
            sqlite3_free(message);
            sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
            StorageError error = errorFrom(code, text, m_path, systemErrno);
            if (error.kind == StorageError::Kind::Io) {
                error.kind = StorageError::Kind::Migration;
                error.message = tr("Updating %1 to schema %2 (%3) failed: %4. The file is unchanged.")
                                    .arg(m_path)
                                    .arg(migration.version)
                                    .arg(migration.name, text);
            }
            return std::unexpected(error);
        }
    }
    return {};
}

std::expected<void, StorageError> Database::quickCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        return std::unexpected(errorOf(query.lastError()));
    }
    QStringList problems;
    while (query.next()) {
        problems << query.value(0).toString();
    }
    if (problems == QStringList {u"ok"_s}) {
        return {};
    }
    return std::unexpected(StorageError {
        StorageError::Kind::Corrupt, tr("The database %1 is damaged: %2").arg(m_path, problems.join("; "_L1))});
}

} // namespace Quorum
