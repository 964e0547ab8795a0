// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "exchange/exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

ExportDialog::ExportDialog(Database *database, qint64 currentConversation, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_current(currentConversation)
    , m_job(new ExportJob(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));
    m_format = new QComboBox(this);
    m_format->setObjectName(u"exportFormat"_s);
    m_format->setAccessibleName(tr("Export format"));
    m_format->addItem(tr("Markdown — to read and share"), static_cast<int>(ExportJob::Format::Markdown));
    m_format->addItem(tr("JSON — everything, to import again"), static_cast<int>(ExportJob::Format::Json));
    m_format->addItem(tr("HTML — one page, answers side by side"), static_cast<int>(ExportJob::Format::Html));
    m_format->addItem(tr("PDF — the same layout, to print"), static_cast<int>(ExportJob::Format::Pdf));
    m_format->addItem(tr("CSV — the cost of every answer"), static_cast<int>(ExportJob::Format::Csv));
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(u"exportPageSize"_s);
    m_pageSize->setAccessibleName(tr("Paper size"));
    m_pageSize->addItem(tr("A4"), static_cast<int>(ExportJob::PageSize::A4));
    m_pageSize->addItem(tr("Letter"), static_cast<int>(ExportJob::PageSize::Letter));
    m_pageSize->setCurrentIndex(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePathSuffix);
    m_thisOne = new QRadioButton(tr("This conversation"), this);
    m_thisOne->setObjectName(u"exportThisOne"_s);
    m_all = new QRadioButton(tr("All conversations"), this);
    m_all->setObjectName(u"exportAll"_s);
    m_selected = new QRadioButton(this);
    m_selected->setObjectName(u"exportSelected"_s);
    m_selected->hide();
    m_thisOne->setEnabled(currentConversation > 0);
    (currentConversation > 0 ? m_thisOne : m_all)->setChecked(true);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"exportPath"_s);
    m_path->setAccessibleName(tr("File to write"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(u"quorum-export.md"_s));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the file to write"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Export To"), m_path->text());
        if (!chosen.isEmpty()) {
            m_path->setText(chosen);
        }
    });
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_thisOne);
    scope->addWidget(m_selected);
    scope->addWidget(m_all);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(u"exportResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"exportCancelButton"_s);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_job->isRunning()) {
            m_job->cancel();
        } else {
            reject();
        }
    });
    connect(m_job, &ExportJob::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_job, &ExportJob::finished, this, [this](bool ok, const QString &message) {
        setRunning(false);
        m_result->setText(message);
        if (ok) {
            m_cancelButton->setText(tr("Close"));
        }
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Paper:"), m_pageSize);
    form->addRow(tr("Conversations:"), scope);
    auto *pathLabel = new QLabel(tr("&Save to:"), this); // a row holding a layout gets no buddy by itself
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updatePathSuffix();
    resize(560, 280);
}

void ExportDialog::setFormat(ExportJob::Format format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void ExportDialog::setPageSize(ExportJob::PageSize size)
{
    m_pageSize->setCurrentIndex(m_pageSize->findData(static_cast<int>(size)));
}

void ExportDialog::setAllConversations(bool all)
{
    (all ? m_all : m_thisOne)->setChecked(true);
}

void ExportDialog::setSelection(const QList<qint64> &ids)
{
    m_selection = ids;
    m_selected->setText(tr("The %n selected conversation(s)", nullptr, int(ids.size())));
    // One conversation that is not the open one (its menu's Export…) is a selection too.
    const bool offered = ids.size() > 1 || (ids.size() == 1 && ids.first() != m_current);
    m_selected->setVisible(offered);
    if (offered) {
        m_selected->setChecked(true);
    } else if (m_selected->isChecked()) {
        (m_thisOne->isEnabled() ? m_thisOne : m_all)->setChecked(true);
    }
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::resultText() const
{
    return m_result->text();
}

void ExportDialog::updatePathSuffix()
{
    // The file name follows the format unless the user typed a name of their own kind.
    const auto format = static_cast<ExportJob::Format>(m_format->currentData().toInt());
    const QFileInfo info(m_path->text());
    const QString suffix = info.suffix();
    if (suffix.isEmpty() || ExportJob::formatFromName(suffix.toLower())) {
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + ExportJob::suffix(format)));
    }
    m_pageSize->setEnabled(format == ExportJob::Format::Pdf);
}

void ExportDialog::setRunning(bool running)
{
    m_exportButton->setEnabled(!running);
    m_format->setEnabled(!running);
    m_pageSize->setEnabled(!running && m_format->currentData().toInt() == static_cast<int>(ExportJob::Format::Pdf));
    m_path->setEnabled(!running);
    m_progress->setVisible(running);
    m_cancelButton->setText(running ? tr("Cancel Export") : tr("Cancel"));
}

void ExportDialog::startExport()
{
    if (!m_database || m_job->isRunning()) {
        return;
    }
    QList<qint64> ids;
    if (m_selected->isChecked()) {
        ids = m_selection;
    } else if (m_thisOne->isChecked() && m_current > 0) {
        ids = {m_current};
    } else {
        const auto all = ConversationStore(*m_database).conversationIds();
        if (!all) {
            m_result->setText(all.error().message);
            return;
        }
        ids = *all;
    }
    if (ids.isEmpty()) {
        m_result->setText(tr("There is nothing to export yet."));
        return;
    }
    m_result->setText(tr("Exporting…"));
    m_progress->setRange(0, 0); // busy until the first count arrives (in turns)
    m_progress->setValue(0);
    setRunning(true);
    m_job->start(m_database->path(),
        ids,
        static_cast<ExportJob::Format>(m_format->currentData().toInt()),
        m_path->text(),
        static_cast<ExportJob::PageSize>(m_pageSize->currentData().toInt()));
}

} // namespace Quorum
