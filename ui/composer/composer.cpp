// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "composer/composer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quorum
{

Composer::Composer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"composer"_s);

    m_promptEdit = new QPlainTextEdit(this);
    m_promptEdit->setObjectName(u"promptEdit"_s);
    m_promptEdit->setPlaceholderText(tr("Ask anything…"));
    m_promptEdit->setAccessibleName(tr("Prompt"));
    m_promptEdit->setTabChangesFocus(true);

    m_modelsButton = new QToolButton(this);
    m_modelsButton->setObjectName(u"modelPickerButton"_s);
    m_modelsButton->setText(tr("Models"));
    m_modelsButton->setAccessibleName(tr("Choose models"));
    m_modelsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_targetsLabel = new QLabel(this);
    m_targetsLabel->setObjectName(u"targetsLabel"_s);
    m_targetsLabel->setForegroundRole(QPalette::PlaceholderText);

    m_sendButton = new QPushButton(tr("Send"), this);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setAccessibleName(tr("Send prompt"));
    m_sendButton->setDefault(true);

    connect(m_promptEdit, &QPlainTextEdit::textChanged, this, &Composer::updateSendState);
    connect(m_sendButton, &QPushButton::clicked, this, [this] {
        if (canSend()) {
            Q_EMIT sendRequested(prompt());
        }
    });

    auto *row = new QHBoxLayout;
    row->addWidget(m_modelsButton);
    row->addWidget(m_targetsLabel, 1);
    row->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 12);
    layout->addWidget(m_promptEdit, 1);
    layout->addLayout(row);

    setMinimumHeight(110);
    updateSendState();
}

Composer::~Composer() = default;

QString Composer::prompt() const
{
    return m_promptEdit->toPlainText();
}

void Composer::setPrompt(const QString &text)
{
    m_promptEdit->setPlainText(text);
}

void Composer::clear()
{
    m_promptEdit->clear();
}

void Composer::focusPrompt()
{
    m_promptEdit->setFocus(Qt::OtherFocusReason);
}

void Composer::setTargetCount(int count)
{
    m_targetCount = count;
    updateSendState();
}

bool Composer::canSend() const
{
    return m_targetCount > 0 && !prompt().trimmed().isEmpty();
}

void Composer::updateSendState()
{
    m_targetsLabel->setText(m_targetCount == 0 ? tr("No models chosen") : tr("%n model(s)", nullptr, m_targetCount));
    m_sendButton->setEnabled(canSend());
    m_sendButton->setToolTip(m_targetCount == 0 ? tr("Choose at least one model to send the prompt to.") : QString());
}

} // namespace Quorum
