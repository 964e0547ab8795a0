// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "startup/backgroundbackup.h"

#include <QDir>
#include <QThread>
#include <QTimer>

#include "storage/backups.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

BackgroundBackup::BackgroundBackup(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
}

BackgroundBackup::~BackgroundBackup()
{
    if (m_thread) {
        m_thread->wait(); // a copy cut short would only leave a .partial file, but finish it
        delete m_thread;
    }
}

void BackgroundBackup::start(int delayMs)
{
    QTimer::singleShot(delayMs, this, &BackgroundBackup::run);
}

void BackgroundBackup::run()
{
    if (m_thread) {
        return;
    }
    const QDir dir(m_dataDir);
    m_thread = QThread::create([this, backups = dir.filePath(u"backups"_s), file = dir.filePath(u"quorum.db"_s)] {
        auto done = Backups(backups).backupFileIfDue(file);
        const QString path = done ? *done : QString();
        const QString error = done ? QString() : done.error().message;
        if (!error.isEmpty()) {
            qWarning("%s", qUtf8Printable(error)); // never in the user's way: logged only
        }
        QMetaObject::invokeMethod(this, [this, path, error] { Q_EMIT finished(path, error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"quorum-backup"_s);
    m_thread->start(QThread::LowPriority);
}

} // namespace Quorum
