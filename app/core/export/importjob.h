// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QList>
#include <QObject>

#include "export/foreignimport.h"

class QThread;

namespace Quorum
{

/*!
 * An import running on a worker thread with a database connection of its own: the file is
 * read and checked whole first, conversations already there are skipped, and the rest is
 * stored in one transaction (all or nothing). finished() arrives on the starting thread
 * with a summary for people (what was imported, what was skipped and why).
 */
class ImportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJob)

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    //! Who examines a ChatGPT export's files beside it (AttachmentReader::read; without one
    //! they are not attached). Before start().
    void setExaminer(ForeignImport::Examiner examine) { m_examine = std::move(examine); }
    void start(const QString &databasePath, const QString &fileName);
    bool isRunning() const;

Q_SIGNALS:
    void finished(bool ok, const QString &summary, const QList<qint64> &imported);

private:
    QThread *m_thread = nullptr;
    ForeignImport::Examiner m_examine;
};

} // namespace Quorum
