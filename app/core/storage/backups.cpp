// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/backups.h"

#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QTimeZone>

#include "storage/database.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr auto namePrefix = "quorum-"_L1;
constexpr auto nameFormat = "yyyyMMdd-HHmmss"_L1;

sqlite3 *handleOf(const Database &database)
{
    const QVariant v = database.connection().driver()->handle();
    return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData())
                                                                 : nullptr;
}

// Copies all of `from` into `to` with the online backup API (both open connections).
int copyDatabase(sqlite3 *from, sqlite3 *to, int pagesPerStep = 256)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        return sqlite3_errcode(to);
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}
} // namespace

Backups::Backups(QString directory, int keep)
    : m_directory(std::move(directory))
    , m_keep(keep)
{
}

QStringList Backups::list() const
{
    QStringList files = QDir(m_directory).entryList({namePrefix + u"*.db"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &file : files) {
        file = QDir(m_directory).filePath(file);
    }
    return files;
}

std::expected<QString, StorageError> Backups::backup(const Database &database, const QDateTime &now)
{
    return backupFrom(handleOf(database), now, 256);
}

std::expected<QString, StorageError> Backups::backupFrom(sqlite3 *source, const QDateTime &now, int pagesPerStep)
{
    if (!QDir().mkpath(m_directory)) {
        return std::unexpected(
            StorageError {StorageError::Kind::ReadOnly, tr("Cannot create the backup directory %1.").arg(m_directory)});
    }
    const QString target = QDir(m_directory).filePath(namePrefix + now.toUTC().toString(nameFormat) + u".db"_s);
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(
        QFile::encodeName(partial).constData(), &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        rc = copyDatabase(source, destination, pagesPerStep);
    }
    const QString message = QString::fromUtf8(destination ? sqlite3_errmsg(destination) : "out of memory");
    const int systemErrno = destination ? sqlite3_system_errno(destination) : 0;
    sqlite3_close_v2(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        StorageError error = Database::errorFrom(rc, message, partial, systemErrno);
        error.message = tr("The backup failed: %1").arg(error.message);
        return std::unexpected(error);
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return std::unexpected(StorageError {StorageError::Kind::Io, tr("Cannot write the backup %1.").arg(target)});
    }
    prune();
    return target;
}

bool Backups::isDue(const QDateTime &now) const
{
    const QStringList existing = list();
    if (!existing.isEmpty()) {
        const QString name = QFileInfo(existing.first()).completeBaseName().sliced(namePrefix.size());
        QDateTime newest = QDateTime::fromString(name, nameFormat);
        newest.setTimeZone(QTimeZone::UTC);
        // Once per calendar day (UTC): a backup from today is enough.
        if (newest.isValid() && newest.date() == now.toUTC().date()) {
            return false;
        }
    }
    return true;
}

std::expected<QString, StorageError> Backups::backupIfDue(const Database &database, const QDateTime &now)
{
    return isDue(now) ? backup(database, now) : QString();
}

std::expected<QString, StorageError> Backups::backupFileIfDue(const QString &databaseFile, const QDateTime &now)
{
    if (!isDue(now)) {
        return QString();
    }
    sqlite3 *source = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(databaseFile).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QString::fromUtf8(source ? sqlite3_errmsg(source) : "out of memory");
        sqlite3_close_v2(source);
        StorageError error = Database::errorFrom(rc, message, databaseFile, 0);
        error.message = tr("The backup failed: %1").arg(error.message);
        return std::unexpected(error);
    }
    sqlite3_busy_timeout(source, 5000);
    auto result = backupFrom(source, now, -1);
    sqlite3_close_v2(source);
    return result;
}

namespace
{
std::expected<std::unique_ptr<Database>, StorageError> checkedBackup(const QString &file)
{
    auto source = Database::open(file, Database::Mode::ReadOnly);
    if (!source) {
        return std::unexpected(source.error());
    }
    if (auto check = (*source)->quickCheck(); !check) {
        return std::unexpected(check.error());
    }
    if ((*source)->schemaVersion() == 0) {
        return std::unexpected(StorageError {StorageError::Kind::NotADatabase,
            QCoreApplication::translate("Quorum::Backups", "%1 is an SQLite file but no Quorum backup.").arg(file)});
    }
    return source;
}
} // namespace

std::expected<std::unique_ptr<Database>, StorageError> Backups::restoreOver(
    const QString &path, const QString &file, QString *setAsideTo)
{
    auto source = checkedBackup(file);
    if (!source) {
        return std::unexpected(source.error());
    }
    const auto aside = Database::setAside(path);
    if (!aside) {
        return std::unexpected(aside.error());
    }
    if (setAsideTo) {
        *setAsideTo = *aside;
    }
    {
        // A new file, whose every page the backup API then replaces with the backup's.
        auto fresh = Database::open(path);
        if (!fresh) {
            return std::unexpected(fresh.error());
        }
        const int rc = copyDatabase(handleOf(**source), handleOf(**fresh));
        if (rc != SQLITE_OK) {
            return std::unexpected(Database::errorFrom(
                rc, QString::fromUtf8(sqlite3_errstr(rc)), path, sqlite3_system_errno(handleOf(**fresh))));
        }
    }
    return Database::open(path); // migrates a backup from an older version
}

std::expected<void, StorageError> Backups::restore(const Database &database, const QString &file)
{
    auto source = checkedBackup(file);
    if (!source) {
        return std::unexpected(source.error());
    }
    if (auto before = backup(database); !before) {
        return std::unexpected(before.error());
    }
    const int rc = copyDatabase(handleOf(**source), handleOf(database));
    if (rc != SQLITE_OK) {
        return std::unexpected(Database::errorFrom(
            rc, QString::fromUtf8(sqlite3_errstr(rc)), database.path(), sqlite3_system_errno(handleOf(database))));
    }
    return {};
}

void Backups::prune()
{
    const QStringList files = list();
    for (qsizetype i = m_keep; i < files.size(); ++i) {
        QFile::remove(files.at(i));
    }
}

} // namespace Quorum
