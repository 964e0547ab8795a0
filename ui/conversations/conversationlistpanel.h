// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedLayout;

namespace Quorum
{

/*!
 * The left side of the main window: a search box, the list of conversations (newest
 * first) and a button for a new one. Shows a short hint while there are none.
 */
class ConversationListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListPanel)

public:
    explicit ConversationListPanel(QWidget *parent = nullptr);
    ~ConversationListPanel() override;

    QListView *listView() const { return m_listView; }
    QLineEdit *searchEdit() const { return m_searchEdit; }

Q_SIGNALS:
    void newConversationRequested();

private:
    QLineEdit *m_searchEdit = nullptr;
    QListView *m_listView = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_newButton = nullptr;
    QStackedLayout *m_stack = nullptr;
};

} // namespace Quorum
