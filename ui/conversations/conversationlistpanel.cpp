// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "conversations/conversationlistpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Quorum
{

ConversationListPanel::ConversationListPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"conversationListPanel"_s);

    m_newButton = new QPushButton(tr("New Conversation"), this);
    m_newButton->setObjectName(u"newConversationButton"_s);
    m_newButton->setAccessibleName(tr("New conversation"));
    m_newButton->setIcon(QIcon::fromTheme(u"document-new"_s));
    connect(m_newButton, &QPushButton::clicked, this, &ConversationListPanel::newConversationRequested);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"conversationSearchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search conversations"));
    m_searchEdit->setAccessibleName(tr("Search conversations"));
    m_searchEdit->setClearButtonEnabled(true);

    m_listView = new QListView(this);
    m_listView->setObjectName(u"conversationListView"_s);
    m_listView->setAccessibleName(tr("Conversations"));
    m_listView->setUniformItemSizes(true);

    m_emptyLabel = new QLabel(tr("No conversations yet.\nYour conversations will be listed here."), this);
    m_emptyLabel->setObjectName(u"conversationListEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    // Looks like the (empty) list it stands in for.
    m_emptyLabel->setFrameShape(QFrame::StyledPanel);
    m_emptyLabel->setBackgroundRole(QPalette::Base);
    m_emptyLabel->setAutoFillBackground(true);
    m_emptyLabel->setMargin(12);

    auto *stackHost = new QWidget(this);
    m_stack = new QStackedLayout(stackHost);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_listView);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_newButton);
    layout->addWidget(m_searchEdit);
    layout->addWidget(stackHost, 1);

    setMinimumWidth(180);
}

ConversationListPanel::~ConversationListPanel() = default;

} // namespace Quorum
