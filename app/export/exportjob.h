// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <atomic>
#include <expected>
#include <functional>
#include <optional>

#include <QObject>

class QIODevice;
class QThread;

namespace Quorum
{

class ConversationStore;

/*!
 * An export running on a worker thread with a read-only database connection of its own
 * (the window stays responsive; a 10,000-turn export takes seconds), writing through
 * QSaveFile: the file appears whole when it ends, and a cancel or an error leaves no file
 * (and an earlier file of that name as it was). progress() and finished() arrive on the
 * thread that started it.
 */
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    enum class Format { Markdown, Json, Csv };
    static std::optional<Format> formatFromName(const QString &name); //!< md, json, csv
    static QString suffix(Format format);
    //! Writes \a ids in \a format to \a out (what `quorum export` and the job both do).
    static std::expected<void, QString> write(const ConversationStore &store,
        const QList<qint64> &ids,
        Format format,
        QIODevice &out,
        const std::function<bool(int done, int total)> &progress = {});

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    void start(const QString &databasePath, const QList<qint64> &ids, Format format, const QString &path);
    void cancel() { m_cancel = true; }
    bool isRunning() const;

Q_SIGNALS:
    void progress(int done, int total);
    //! \a message says what was written, or why nothing was.
    void finished(bool ok, const QString &message);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
};

} // namespace Quorum
