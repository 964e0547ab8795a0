// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "export/importjob.h"

#include <QCoreApplication>
#include <QFile>
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
    m_thread = QThread::create([this, databasePath, fileName] {
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
        const auto kind = ForeignImport::detect(data);
        if (!kind) {
            report(false, tr("Nothing was imported from %1: %2").arg(fileName, kind.error()), {});
            return;
        }
        const auto parsed = ForeignImport::read(data, *kind);
        if (!parsed) {
            report(false, tr("Nothing was imported from %1: %2").arg(fileName, parsed.error()), {});
            return;
        }
        auto database = Database::open(databasePath); // this thread's own connection
        if (!database) {
            report(false, database.error().message, {});
            return;
        }
        ConversationStore store(**database);
        QList<ConversationStore::Import> fresh;
        QStringList skipped;
        for (const ConversationStore::Import &item : *parsed) {
            const auto existing = store.findImported(item);
            if (!existing) {
                report(false, existing.error().message, {});
                return;
            }
            if (existing->has_value()) {
                skipped << item.conversation.title;
            } else {
                fresh.append(item);
            }
        }
        const auto ids = store.importConversations(fresh);
        if (!ids) {
            report(false, tr("Nothing was imported: %1").arg(ids.error().message), {});
            return;
        }
        QString summary = tr("Imported %n conversation(s).", nullptr, int(ids->size()));
        if (!skipped.isEmpty()) {
            summary
                += u' ' + tr("Skipped %n already there: %1.", nullptr, int(skipped.size())).arg(skipped.join(u", "_s));
        }
        report(true, summary, *ids);
    });
    m_thread->start();
}

} // namespace Quorum
