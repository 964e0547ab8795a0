// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "compare/judgemodesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "judge/judgeprompt.h"
#include "storage/judgestore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr int NameRole = Qt::UserRole;
constexpr int BuiltInRole = Qt::UserRole + 1;
} // namespace

JudgeModesDialog::JudgeModesDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(u"judgeModesDialog"_s);
    setWindowTitle(tr("Judge Modes"));
    m_list = new QListWidget(this);
    m_list->setObjectName(u"judgeModeList"_s);
    m_list->setAccessibleName(tr("Judge modes"));
    m_list->setMinimumWidth(180);
    connect(m_list, &QListWidget::currentRowChanged, this, &JudgeModesDialog::showSelected);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"judgeModeName"_s);
    m_name->setAccessibleName(tr("Mode name"));
    m_name->setPlaceholderText(tr("e.g. security-review"));
    m_base = new QComboBox(this);
    m_base->setObjectName(u"judgeModeBase"_s);
    m_base->setAccessibleName(tr("What the judge returns"));
    m_base->addItem(tr("One fused answer (fuse)"), judgeModeName(JudgeMode::Fuse));
    m_base->addItem(tr("A checklist of points (checklist)"), judgeModeName(JudgeMode::Checklist));
    m_base->addItem(tr("Scores per criterion (table)"), judgeModeName(JudgeMode::Table));
    m_base->addItem(tr("A ranking by each answering model (rank)"), judgeModeName(JudgeMode::Rank));
    m_instructions = new QPlainTextEdit(this);
    m_instructions->setObjectName(u"judgeModeInstructions"_s);
    m_instructions->setAccessibleName(tr("Instructions to the judge"));
    m_instructions->setTabChangesFocus(true);
    m_version = new QLabel(this);
    m_version->setObjectName(u"judgeModeVersion"_s);
    auto *replyNote = new QLabel(tr("Quorum adds what the reply must look like (the map of claims as JSON) to every "
                                    "mode, and sends the answers labelled A, B, C: never the models' names."),
        this);
    replyNote->setWordWrap(true);
    replyNote->setEnabled(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"judgeModeProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Returns:"), m_base);
    form->addRow(tr("&Instructions:"), m_instructions);
    form->addRow(QString(), m_version);
    form->addRow(QString(), replyNote);

    m_new = new QPushButton(tr("&New Mode from This One"), this);
    m_new->setObjectName(u"newJudgeModeButton"_s);
    connect(m_new, &QPushButton::clicked, this, &JudgeModesDialog::startNew);
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(u"saveJudgeModeButton"_s);
    connect(m_save, &QPushButton::clicked, this, &JudgeModesDialog::save);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeJudgeModeButton"_s);
    connect(m_remove, &QPushButton::clicked, this, &JudgeModesDialog::remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_new, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *editor = new QVBoxLayout;
    editor->addLayout(form, 1);
    editor->addWidget(m_problem);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(editor, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(760, 520);
    reload({});
}

JudgeModesDialog::~JudgeModesDialog() = default;

QString JudgeModesDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void JudgeModesDialog::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool JudgeModesDialog::select(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(NameRole).toString() == name) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void JudgeModesDialog::reload(const QString &selectName)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const JudgeMode mode : allJudgeModes) {
        auto *item = new QListWidgetItem(tr("%1 (built-in)").arg(judgeModeName(mode)), m_list);
        item->setData(NameRole, judgeModeName(mode));
        item->setData(BuiltInRole, true);
    }
    const auto custom = JudgeStore(m_database).customModes();
    if (!custom) {
        setProblem(custom.error().message);
    } else {
        for (const CustomJudgeMode &mode : *custom) {
            auto *item = new QListWidgetItem(mode.name, m_list);
            item->setData(NameRole, mode.name);
            item->setData(BuiltInRole, false);
        }
    }
    if (selectName.isEmpty() || !select(selectName)) {
        m_list->setCurrentRow(0);
    }
    showSelected();
}

void JudgeModesDialog::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    setProblem({});
    const QString name = item->data(NameRole).toString();
    const bool builtIn = item->data(BuiltInRole).toBool();
    m_name->setReadOnly(builtIn);
    m_base->setEnabled(!builtIn);
    m_instructions->setReadOnly(builtIn);
    m_save->setEnabled(!builtIn);
    m_remove->setEnabled(!builtIn);
    if (builtIn) {
        const JudgeTemplate t = JudgeTemplate::builtIn(*judgeModeFromName(name));
        m_name->setText(name);
        m_base->setCurrentIndex(m_base->findData(name));
        m_instructions->setPlainText(t.instructions);
        m_version->setText(tr("Built-in, version %1: read-only. Make a mode of your own from it.").arg(t.version));
        return;
    }
    const auto mode = JudgeStore(m_database).customMode(name);
    if (!mode || !mode->has_value()) {
        setProblem(mode ? tr("The mode '%1' is gone.").arg(name) : mode.error().message);
        return;
    }
    m_name->setText((*mode)->name);
    m_base->setCurrentIndex(m_base->findData(judgeModeName((*mode)->base)));
    m_instructions->setPlainText((*mode)->instructions);
    m_version->setText(tr("Version %1: saving changed instructions makes version %2.")
            .arg((*mode)->version)
            .arg((*mode)->version + 1));
}

void JudgeModesDialog::startNew()
{
    // The selected mode's instructions are the start: most custom modes are a built-in one
    // with a paragraph changed.
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_name->setReadOnly(false);
    m_name->clear();
    m_base->setEnabled(true);
    m_instructions->setReadOnly(false);
    m_save->setEnabled(true);
    m_remove->setEnabled(false);
    m_version->setText(tr("A new mode: version 1 once saved."));
    setProblem({});
    m_name->setFocus();
}

void JudgeModesDialog::save()
{
    CustomJudgeMode mode;
    mode.name = m_name->text().trimmed();
    mode.base = judgeModeFromName(m_base->currentData().toString()).value_or(JudgeMode::Fuse);
    mode.instructions = m_instructions->toPlainText().trimmed();
    if (mode.name.isEmpty()) {
        setProblem(tr("Give the mode a name."));
        m_name->setFocus();
        return;
    }
    if (judgeModeFromName(mode.name)) {
        setProblem(tr("'%1' is a built-in mode's name: choose another.").arg(mode.name));
        m_name->setFocus();
        return;
    }
    if (mode.instructions.isEmpty()) {
        setProblem(tr("Write what the judge should do."));
        m_instructions->setFocus();
        return;
    }
    const auto saved = JudgeStore(m_database).saveCustomMode(mode);
    if (!saved) {
        setProblem(saved.error().message); // the text stays in the editor
        return;
    }
    reload(saved->name);
}

void JudgeModesDialog::remove()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(BuiltInRole).toBool()) {
        return;
    }
    const QString name = item->data(NameRole).toString();
    if (QMessageBox::question(
            this, tr("Remove Judge Mode"), tr("Remove the mode '%1'? Syntheses made with it stay stored.").arg(name))
        != QMessageBox::Yes) {
        return;
    }
    if (const auto removed = JudgeStore(m_database).removeCustomMode(name); !removed) {
        setProblem(removed.error().message);
        return;
    }
    reload({});
}

} // namespace Quorum
