// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "storage/storageerror.h"

class QWidget;

namespace Quorum
{

class Database;

/*!
 * Opens the window's database at start-up, and when it cannot, asks the user what to do
 * instead of doing anything behind their back (docs/reliability.md):
 *  - damaged or not SQLite: restore the newest backup, or start with a new file (the old
 *    one is kept, renamed), or quit;
 *  - written by a newer Quorum: quit (the file stays as it is);
 *  - read-only, full, busy or another I/O error: try again, continue without saving, or quit.
 * On success it marks answers a crash left streaming as interrupted (the daily backup is
 * BackgroundBackup's, taken once the window is up).
 */
class DatabaseOpener final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::DatabaseOpener)

public:
    //! \a dataDir holds quorum.db and backups/.
    explicit DatabaseOpener(QString dataDir);

    struct Result {
        std::unique_ptr<Database> database; //!< null: the user chose to go on without saving
        QString notice;                     //!< what the window should keep saying (e.g. not saving)
    };
    //! The database, or nothing when the user chose to quit.
    std::optional<Result> open(QWidget *parent);

private:
    enum class Choice { Restore, StartNew, Retry, WithoutSaving, Quit };
    Choice ask(QWidget *parent, const StorageError &error, const QString &newestBackup);
    std::unique_ptr<Database> opened(std::unique_ptr<Database> database);
    void warn(QWidget *parent, const QString &text);

    QString m_dataDir;
    QString m_path;
};

} // namespace Quorum
