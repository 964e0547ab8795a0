// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "documents/exportjob.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QThread>

#include "documents/documentexport.h"
#include "export/quorumjson.h"
#include "export/textexport.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

std::optional<ExportJob::PageSize> ExportJob::pageSizeFromName(const QString &name)
{
    if (name.compare("a4"_L1, Qt::CaseInsensitive) == 0) {
        return PageSize::A4;
    }
    if (name.compare("letter"_L1, Qt::CaseInsensitive) == 0) {
        return PageSize::Letter;
    }
    return std::nullopt;
}

std::optional<ExportJob::Format> ExportJob::formatFromName(const QString &name)
{
    if (name == "md"_L1) {
        return Format::Markdown;
    }
    if (name == "json"_L1) {
        return Format::Json;
    }
    if (name == "csv"_L1) {
        return Format::Csv;
    }
    if (name == "html"_L1) {
        return Format::Html;
    }
    if (name == "pdf"_L1) {
        return Format::Pdf;
    }
    return std::nullopt;
}

QString ExportJob::suffix(Format format)
{
    switch (format) {
    case Format::Markdown:
        return u"md"_s;
    case Format::Json:
        return u"json"_s;
    case Format::Csv:
        return u"csv"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Pdf:
        return u"pdf"_s;
    }
    return {};
}

std::expected<void, QString> ExportJob::write(const ConversationStore &store,
    const QList<qint64> &ids,
    Format format,
    QIODevice &out,
    const Progress &progress,
    PageSize pageSize)
{
    switch (format) {
    case Format::Json:
        return QuorumJson::write(store, ids, out, progress);
    case Format::Markdown:
        return TextExport::writeMarkdown(store, ids, out, progress);
    case Format::Csv:
        return TextExport::writeCsv(store, ids, out, progress);
    case Format::Html:
    case Format::Pdf:
        return DocumentExport::write(store, ids, format, pageSize, out, progress);
    }
    return std::unexpected(QString());
}

std::expected<void, ExportJob::FileError> ExportJob::writeFile(const ConversationStore &store,
    const QList<qint64> &ids,
    Format format,
    const QString &path,
    const Progress &progress,
    PageSize pageSize)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return std::unexpected(FileError {false, file.errorString()});
    }
    if (auto written = write(store, ids, format, file, progress, pageSize); !written) {
        file.cancelWriting();
        return std::unexpected(FileError {true, written.error()});
    }
    if (!file.commit()) {
        return std::unexpected(FileError {true, file.errorString()});
    }
    return {};
}

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ExportJob::isRunning() const
{
    return m_active;
}

void ExportJob::start(
    const QString &databasePath, const QList<qint64> &ids, Format format, const QString &path, PageSize pageSize)
{
    if (m_active) {
        return;
    }
    if (m_thread) {
        // finished() has been delivered; the thread may still be returning from its last line.
        m_thread->wait();
        delete m_thread;
    }
    m_active = true;
    m_cancel = false;
    // The job outlives its thread (the destructor joins it), and events posted to a deleted
    // job are dropped: `this` is safe to post to from the worker.
    m_thread = QThread::create([this, databasePath, ids, format, path, pageSize] {
        const auto report = [this](bool ok, const QString &message) {
            QMetaObject::invokeMethod(
                this,
                [this, ok, message] {
                    m_active = false; // before the signal: a slot may start the next export
                    Q_EMIT finished(ok, message);
                },
                Qt::QueuedConnection);
        };
        // A connection of this thread's own: SQLite connections do not cross threads.
        auto database = Database::open(databasePath, Database::Mode::ReadOnly);
        if (!database) {
            report(false, database.error().message);
            return;
        }
        const ConversationStore store(**database);
        const auto written = writeFile(
            store,
            ids,
            format,
            path,
            [this](int done, int total) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
                return !m_cancel.load();
            },
            pageSize);
        if (!written) {
            report(false,
                !written.error().opened ? QCoreApplication::translate("Quorum::ExportJob", "Cannot write %1: %2")
                                              .arg(path, written.error().message)
                    : m_cancel ? QCoreApplication::translate("Quorum::ExportJob", "Cancelled: nothing was written.")
                               : QCoreApplication::translate("Quorum::ExportJob", "Nothing was written: %1")
                                     .arg(written.error().message));
            return;
        }
        report(true,
            QCoreApplication::translate(
                "Quorum::ExportJob", "Exported %n conversation(s) to %1.", nullptr, int(ids.size()))
                .arg(path));
    });
    m_thread->start();
}

} // namespace Quorum
