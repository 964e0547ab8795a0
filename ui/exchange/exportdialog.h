// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QDialog>

#include "documents/exportjob.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Quorum
{

class Database;

/*!
 * File -> Export: format (Markdown, JSON, CSV), scope (this conversation or all), where to;
 * the export runs on a worker thread (ExportJob) with a progress bar and Cancel, and the
 * dialog says what was written — or that nothing was, and why.
 */
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Database *database, qint64 currentConversation, QWidget *parent = nullptr);

    void setFormat(ExportJob::Format format);
    void setPageSize(ExportJob::PageSize size);
    void setAllConversations(bool all);
    /*!
     * The conversations chosen in the list: with two or more (or one that is not the open
     * one), "The N selected conversations" is offered and chosen.
     */
    void setSelection(const QList<qint64> &ids);
    void setPath(const QString &path);
    //! Starts the export (what the Export button does).
    void startExport();
    QString resultText() const;
    ExportJob *job() const { return m_job; }

private:
    void updatePathSuffix();
    void setRunning(bool running);

    Database *m_database;
    qint64 m_current;
    ExportJob *m_job = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_pageSize = nullptr;
    QRadioButton *m_thisOne = nullptr;
    QRadioButton *m_all = nullptr;
    QRadioButton *m_selected = nullptr;
    QList<qint64> m_selection;
    QLineEdit *m_path = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace Quorum
