// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "library/promptlibrarydialog.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QVBoxLayout>

#include "models/promptlistmodel.h"
#include "storage/database.h"
#include "storage/promptstore.h"
#include "theme/theme.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

PromptLibraryDialog::PromptLibraryDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(u"promptLibraryDialog"_s);
    setWindowTitle(tr("Prompt Library"));
    m_model = new PromptListModel(database, this);
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(u"filter"_s);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setAccessibleName(tr("Filter the library"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_filtered, &QSortFilterProxyModel::setFilterFixedString);
    leftLayout->addWidget(m_filter);
    m_list = new QListView(left);
    m_list->setObjectName(u"promptList"_s);
    m_list->setAccessibleName(tr("Saved prompts and personas"));
    m_list->setModel(m_filtered);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    leftLayout->addWidget(m_list, 1);
    m_newButton = new QPushButton(tr("&New"), left);
    m_newButton->setObjectName(u"newButton"_s);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        if (mayDiscard()) {
            startNew();
        }
    });
    leftLayout->addWidget(m_newButton);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(right);
    m_name->setObjectName(u"name"_s);
    m_name->setMaxLength(80);
    form->addRow(tr("N&ame:"), m_name);
    m_kind = new QComboBox(right);
    m_kind->setObjectName(u"kind"_s);
    m_kind->addItem(tr("Prompt (the text sent)"), static_cast<int>(LibraryPrompt::Kind::Prompt));
    m_kind->addItem(tr("Persona (a system prompt)"), static_cast<int>(LibraryPrompt::Kind::Persona));
    form->addRow(tr("&Kind:"), m_kind);
    m_version = new QComboBox(right);
    m_version->setObjectName(u"version"_s);
    form->addRow(tr("&Version:"), m_version);
    rightLayout->addLayout(form);
    auto *textLabel = new QLabel(tr("&Text ({{name}} is a variable, filled in when used):"), right);
    rightLayout->addWidget(textLabel);
    m_text = new QPlainTextEdit(right);
    m_text->setObjectName(u"text"_s);
    m_text->setTabChangesFocus(true);
    textLabel->setBuddy(m_text);
    rightLayout->addWidget(m_text, 1);
    m_variables = new QLabel(right);
    m_variables->setObjectName(u"variables"_s);
    m_variables->setWordWrap(true);
    m_variables->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_variables);
    m_status = new QLabel(right);
    m_status->setObjectName(u"status"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_deleteButton = new QPushButton(tr("&Delete…"), right);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    m_saveButton = new QPushButton(tr("&Save"), right);
    m_saveButton->setObjectName(u"saveButton"_s);
    buttons->addWidget(m_saveButton);
    m_useButton = new QPushButton(tr("&Use"), right);
    m_useButton->setObjectName(u"useButton"_s);
    m_useButton->setDefault(true);
    buttons->addWidget(m_useButton);
    rightLayout->addLayout(buttons);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 480});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(close);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_loading || !current.isValid()) {
            return;
        }
        const QString name = current.data(PromptListModel::NameRole).toString();
        if (m_shown && m_shown->name == name) {
            return;
        }
        if (!mayDiscard()) {
            // Back to the item being edited, without asking again.
            m_loading = true;
            const int row = m_shown ? m_model->rowOfName(m_shown->name) : -1;
            m_list->setCurrentIndex(row >= 0 ? m_filtered->mapFromSource(m_model->index(row)) : QModelIndex());
            m_loading = false;
            return;
        }
        select(name);
    });
    connect(m_version, &QComboBox::activated, this, [this](int index) {
        if (m_shown && mayDiscard()) {
            showVersion(m_version->itemData(index).toInt());
        } else if (m_shown) {
            m_version->setCurrentIndex(m_version->findData(m_shown->version));
        }
    });
    connect(m_name, &QLineEdit::textChanged, this, &PromptLibraryDialog::updateState);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PromptLibraryDialog::updateState);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PromptLibraryDialog::updateState);
    connect(m_saveButton, &QPushButton::clicked, this, &PromptLibraryDialog::save);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { removeShown(); });
    connect(m_useButton, &QPushButton::clicked, this, [this] {
        if (isDirty() && !save()) {
            return;
        }
        if (m_shown) {
            Q_EMIT useRequested(*m_shown);
        }
    });
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &PromptLibraryDialog::save);

    resize(760, 480);
    if (m_model->rowCount() > 0) {
        select(m_model->at(0).name);
    } else {
        startNew();
    }
    if (!m_database) {
        setStatus(tr("The prompt library is kept in the database, and Quorum runs without one now."), true);
    } else if (!m_model->problem().isEmpty()) {
        setStatus(m_model->problem(), true);
    }
}

PromptLibraryDialog::~PromptLibraryDialog() = default;

bool PromptLibraryDialog::select(const QString &name)
{
    if (!m_database) {
        return false;
    }
    const auto found = PromptStore(*m_database).prompt(name);
    if (!found) {
        setStatus(found.error().message, true);
        return false;
    }
    load(*found);
    setStatus({});
    return true;
}

void PromptLibraryDialog::load(const LibraryPrompt &prompt)
{
    m_loading = true;
    m_shown = prompt;
    m_name->setText(prompt.name);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(prompt.kind)));
    m_version->clear();
    m_latest = prompt.version;
    if (const auto versions = PromptStore(*m_database).versions(prompt.name)) {
        m_latest = versions->constLast().version;
        for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
            const QString when
                = QLocale().toString(QDateTime::fromMSecsSinceEpoch(it->createdAt), QLocale::ShortFormat);
            m_version->addItem(it->version == m_latest ? tr("v%1 (latest) · %2").arg(it->version).arg(when)
                                                       : tr("v%1 · %2").arg(it->version).arg(when),
                it->version);
        }
    }
    m_version->setCurrentIndex(m_version->findData(prompt.version));
    m_version->setEnabled(true);
    m_text->setPlainText(prompt.text);
    if (const int row = m_model->rowOfName(prompt.name); row >= 0) {
        m_list->setCurrentIndex(m_filtered->mapFromSource(m_model->index(row)));
    }
    m_loading = false;
    updateState();
}

void PromptLibraryDialog::showVersion(int version)
{
    if (!m_shown || !m_database) {
        return;
    }
    const auto found = PromptStore(*m_database).prompt(m_shown->name, version);
    if (!found) {
        setStatus(found.error().message, true);
        return;
    }
    load(*found);
    setStatus(
        version == m_latest ? QString() : tr("An earlier version: saving it makes it version %1.").arg(m_latest + 1));
}

void PromptLibraryDialog::startNew(const QString &text)
{
    m_loading = true;
    m_shown.reset();
    m_latest = 0;
    m_name->clear();
    m_kind->setCurrentIndex(0);
    m_version->clear();
    m_version->addItem(tr("new"), 0);
    m_version->setEnabled(false);
    m_text->setPlainText(text);
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    m_loading = false;
    updateState();
    setStatus({});
    m_name->setFocus();
}

bool PromptLibraryDialog::isDirty() const
{
    if (!m_shown) {
        return !m_name->text().trimmed().isEmpty() || !m_text->toPlainText().trimmed().isEmpty();
    }
    return m_name->text() != m_shown->name || m_text->toPlainText() != m_shown->text
        || m_kind->currentData().toInt() != static_cast<int>(m_shown->kind) || m_shown->version != m_latest;
}

bool PromptLibraryDialog::mayDiscard()
{
    if (!isDirty() || (m_shown && m_shown->version != m_latest && m_text->toPlainText() == m_shown->text)) {
        return true; // reading an earlier version is not an edit
    }
    return QMessageBox::question(this,
               tr("Unsaved Changes"),
               tr("Discard the changes to '%1'?").arg(m_shown ? m_shown->name : tr("the new prompt")),
               QMessageBox::Discard | QMessageBox::Cancel,
               QMessageBox::Cancel)
        == QMessageBox::Discard;
}

bool PromptLibraryDialog::save()
{
    if (!m_database) {
        setStatus(tr("The prompt library is kept in the database, and Quorum runs without one now."), true);
        return false;
    }
    PromptStore store(*m_database);
    const QString name = m_name->text().trimmed();
    const auto kind = static_cast<LibraryPrompt::Kind>(m_kind->currentData().toInt());
    const QString text = m_text->toPlainText();
    if (!m_shown) {
        const auto added = store.add(name, kind, text);
        if (!added) {
            setStatus(added.error().message, true);
            return false;
        }
        load(*added);
        setStatus(tr("Saved '%1' as version 1.").arg(added->name));
        return true;
    }
    if (name != m_shown->name) {
        if (const auto renamed = store.rename(m_shown->name, name); !renamed) {
            setStatus(renamed.error().message, true);
            return false;
        }
    }
    const auto latest = store.prompt(name);
    if (!latest) {
        setStatus(latest.error().message, true);
        return false;
    }
    const auto edited = store.edit(name, text, kind);
    if (!edited) {
        setStatus(edited.error().message, true);
        return false;
    }
    load(*edited);
    setStatus(edited->version == latest->version ? tr("Saved; the text is that of version %1.").arg(edited->version)
                                                 : tr("Saved as version %1.").arg(edited->version));
    return true;
}

bool PromptLibraryDialog::removeShown(bool ask)
{
    if (!m_shown || !m_database) {
        return false;
    }
    if (ask
        && QMessageBox::question(this,
               tr("Delete from the Library"),
               tr("Delete '%1' and its %n version(s)? Answers that used it keep its name and version.",
                   nullptr,
                   m_latest)
                   .arg(m_shown->name),
               QMessageBox::Yes | QMessageBox::Cancel,
               QMessageBox::Cancel)
            != QMessageBox::Yes) {
        return false;
    }
    const QString name = m_shown->name;
    if (const auto removed = PromptStore(*m_database).remove(name); !removed) {
        setStatus(removed.error().message, true);
        return false;
    }
    if (m_model->rowCount() > 0) {
        select(m_model->at(0).name);
    } else {
        startNew();
    }
    setStatus(tr("Deleted '%1'.").arg(name));
    return true;
}

void PromptLibraryDialog::updateState()
{
    if (m_loading) {
        return;
    }
    const QStringList variables = PromptTemplate::variables(m_text->toPlainText());
    m_variables->setText(variables.isEmpty() ? tr("No variables.") : tr("Variables: %1").arg(variables.join(u", "_s)));
    const bool dirty = isDirty();
    const bool complete = !m_name->text().trimmed().isEmpty() && !m_text->toPlainText().trimmed().isEmpty();
    m_saveButton->setEnabled(m_database && dirty && complete);
    m_saveButton->setText(
        m_shown && m_text->toPlainText() != m_shown->text ? tr("&Save as v%1").arg(m_latest + 1) : tr("&Save"));
    m_useButton->setEnabled(m_database && complete);
    m_deleteButton->setEnabled(m_shown.has_value());
}

void PromptLibraryDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setPalette(problem ? Theme::problemPalette(palette()) : palette());
}

QString PromptLibraryDialog::statusText() const
{
    return m_status->text();
}

void PromptLibraryDialog::closeEvent(QCloseEvent *event)
{
    if (mayDiscard()) {
        event->accept();
    } else {
        event->ignore();
    }
}

} // namespace Quorum
