// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "export/importjob.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include "export/foreignimport.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_thread->wait(); // an import is one transaction: it is let finish, never cut
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::start(const QString &databasePath, const QString &fileName)
{
    if (isRunning()) {
        return;
    }
    delete m_thread;
    m_thread = QThread::create([this, databasePath, fileName, examine = m_examine] {
        const auto report = [this](bool ok, const QString &summary, const QList<qint64> &ids) {
            QMetaObject::invokeMethod(
                this, [this, ok, summary, ids] { Q_EMIT finished(ok, summary, ids); }, Qt::QueuedConnection);
        };
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            report(false, tr("Cannot read %1: %2").arg(fileName, file.errorString()), {});
            return;
        }
        const QByteArray data = file.readAll();
        const auto parsed = ForeignImport::read(data, std::nullopt, {QFileInfo(fileName).absolutePath(), examine});
        if (!parsed) {
            report(false, tr("Nothing was imported from %1: %2").arg(fileName, parsed.error()), {});
            return;
        }
        auto database = Database::open(databasePath); // this thread's own connection
        if (!database) {
            report(false, database.error().message, {});
            return;
        }
        const auto outcome = ConversationStore(**database).importNew(*parsed);
        if (!outcome) {
            report(false, tr("Nothing was imported: %1").arg(outcome.error().message), {});
            return;
        }
        QStringList skipped;
        for (const auto &[title, existing] : outcome->skipped) {
            skipped << title;
        }
        QString summary = tr("Imported %n conversation(s).", nullptr, int(outcome->imported.size()));
        if (!skipped.isEmpty()) {
            summary
                += u' ' + tr("Skipped %n already there: %1.", nullptr, int(skipped.size())).arg(skipped.join(u", "_s));
        }
        report(true, summary, outcome->imported);
    });
    m_thread->start();
}

} // namespace Quorum
