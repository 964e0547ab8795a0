// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace Quorum
{

/*!
 * The daily backup of the window's database, taken on a thread of its own a little after
 * the window is up: a backup of a 100 MB database took ~300 ms, which held back the first
 * paint once a day. It reads through its own connection (Backups::backupFileIfDue), so the
 * window goes on writing meanwhile. Waits for the copy when destroyed (at quit).
 */
class BackgroundBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundBackup)

public:
    //! \a dataDir holds quorum.db and backups/.
    explicit BackgroundBackup(QString dataDir, QObject *parent = nullptr);
    ~BackgroundBackup() override;

    //! Takes the backup, if one is due, after \a delayMs.
    void start(int delayMs);

Q_SIGNALS:
    //! The backup is done (\a file empty: none was due), or failed with \a error.
    void finished(const QString &file, const QString &error);

private:
    void run();

    QString m_dataDir;
    QThread *m_thread = nullptr;
};

} // namespace Quorum
