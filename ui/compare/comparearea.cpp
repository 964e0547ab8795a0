// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "compare/comparearea.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quorum
{

CompareArea::CompareArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"compareArea"_s);
    setAccessibleName(tr("Answers"));
    // The answers are the document of this window: they sit on the base colour.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_welcomeLabel = new QLabel(this);
    m_welcomeLabel->setObjectName(u"compareWelcomeLabel"_s);
    m_welcomeLabel->setTextFormat(Qt::RichText);
    m_welcomeLabel->setText(tr("<h2>Ask several models at once</h2>"
                               "<p>Type a prompt below and choose the models that should answer it.<br>"
                               "Their answers appear here side by side, each with its tokens, speed and cost.</p>"));
    m_welcomeLabel->setAlignment(Qt::AlignCenter);
    m_welcomeLabel->setWordWrap(true);
    m_welcomeLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addStretch(1);
    layout->addWidget(m_welcomeLabel);
    layout->addStretch(2);

    setMinimumSize(320, 200);
}

CompareArea::~CompareArea() = default;

} // namespace Quorum
