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
    enum class Format { Markdown, Json, Csv, Html, Pdf };
    enum class PageSize { Automatic, A4, Letter }; //!< a PDF's; automatic: Letter in the US locale, else A4
    using Progress = std::function<bool(int done, int total)>;

    static std::optional<Format> formatFromName(const QString &name);     //!< md, json, csv, html, pdf
    static std::optional<PageSize> pageSizeFromName(const QString &name); //!< a4, letter
    static QString suffix(Format format);
    //! Writes \a ids in \a format to \a out (what `quorum export` and the job both do).
    [[nodiscard]] static std::expected<void, QString> write(const ConversationStore &store,
        const QList<qint64> &ids,
        Format format,
        QIODevice &out,
        const Progress &progress = {},
        PageSize pageSize = PageSize::Automatic);

    //! Why writeFile() wrote nothing: the file could not be opened, or the export failed.
    struct FileError {
        bool opened = false;
        QString message;
    };
    /*!
     * write() into \a path whole or not at all (QSaveFile, no direct-write fallback): an
     * error, a cancel or a crash leaves no half file, and an earlier file of that name as it was.
     */
    [[nodiscard]] static std::expected<void, FileError> writeFile(const ConversationStore &store,
        const QList<qint64> &ids,
        Format format,
        const QString &path,
        const Progress &progress = {},
        PageSize pageSize = PageSize::Automatic);

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    void start(const QString &databasePath,
        const QList<qint64> &ids,
        Format format,
        const QString &path,
        PageSize pageSize = PageSize::Automatic);
    void cancel() { m_cancel = true; }
    //! From start() until finished() is delivered: another export may start right after.
    bool isRunning() const;

Q_SIGNALS:
    //! In turns read (a single long conversation moves the bar too).
    void progress(int done, int total);
    //! \a message says what was written, or why nothing was.
    void finished(bool ok, const QString &message);

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel = false;
    bool m_active = false; //!< from start() until finished() is delivered (on the owner's thread)
};

} // namespace Quorum
