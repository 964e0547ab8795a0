// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "library/promptvariablesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quorum
{

PromptVariablesDialog::PromptVariablesDialog(
    const LibraryPrompt &prompt, const QHash<QString, QString> &previous, QWidget *parent)
    : QDialog(parent)
    , m_prompt(prompt)
{
    setObjectName(u"promptVariablesDialog"_s);
    setWindowTitle(tr("Use %1").arg(prompt.ref().label()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(prompt.kind == LibraryPrompt::Kind::Persona ? tr("Fill in the persona's variables:")
                                                                         : tr("Fill in the prompt's variables:"),
        this);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const QString &variable : prompt.variables()) {
        auto *field = new QLineEdit(previous.value(variable), this);
        field->setObjectName(u"variable-"_s + variable);
        field->setAccessibleName(variable);
        field->setClearButtonEnabled(true);
        connect(field, &QLineEdit::textChanged, this, &PromptVariablesDialog::update);
        form->addRow(variable + u':', field);
        m_fields.insert(variable, field);
    }
    layout->addLayout(form);
    auto *previewLabel = new QLabel(tr("What will be sent:"), this);
    layout->addWidget(previewLabel);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Filled text"));
    previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(520, 420);
    update();
}

PromptVariablesDialog::~PromptVariablesDialog() = default;

QHash<QString, QString> PromptVariablesDialog::values() const
{
    QHash<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        values.insert(it.key(), it.value()->text());
    }
    return values;
}

QString PromptVariablesDialog::filledText() const
{
    return PromptTemplate::fill(m_prompt.text, values());
}

void PromptVariablesDialog::update()
{
    m_preview->setPlainText(filledText());
    bool complete = true;
    for (QLineEdit *field : std::as_const(m_fields)) {
        complete = complete && !field->text().trimmed().isEmpty();
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(complete ? QString() : tr("Every variable needs a value."));
}

} // namespace Quorum
