// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QModelIndex;
class QPushButton;
class QStackedLayout;
class QFrame;

namespace Quorum
{

class ConversationListModel;
class ConversationListView;
class Database;

/*!
 * The left side of the main window: New Conversation, a search box, and the conversations
 * (pinned first, then the most recent; all of them, a page at a time as the list scrolls),
 * each renamable (F2 or double-click the title), pinnable and deletable with Undo. The list
 * shows a ConversationListModel and follows the database by itself. Typing in the search
 * box lists matching prompts and answers from the full-text index with a snippet; choosing
 * one opens its conversation at the match. Shows a short hint while there are no
 * conversations.
 */
class ConversationListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListPanel)

public:
    static constexpr int undoSeconds = 8;

    explicit ConversationListPanel(QWidget *parent = nullptr);
    ~ConversationListPanel() override;

    void setDatabase(Database *database);
    //! Marks \a id as the open conversation.
    void setCurrent(qint64 id);

    QListView *listView() const { return m_list; }
    ConversationListModel *model() const { return m_model; }
    //! The conversations selected in the list (Ctrl or Shift and click), in list order.
    QList<qint64> selectedIds() const;
    QListWidget *resultsView() const { return m_results; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    //! Deletes \a id after undoSeconds unless undone; the row disappears at once.
    void deleteWithUndo(qint64 id);
    void undoDelete();
    //! Deletes now what is waiting for its undo time to pass (the window closes).
    void commitDeletes();
    void rename(qint64 id, const QString &title);
    void setPinned(qint64 id, bool pinned);
    //! Sets conversation \a id's tags (routing rules may test them).
    void setTags(qint64 id, const QStringList &tags);
    //! Runs the search in the box now (normally after a short pause in typing).
    void search();

Q_SIGNALS:
    void newConversationRequested();
    void conversationActivated(qint64 id);
    //! A search hit was chosen: open the conversation and show the turn (and answer).
    void searchHitActivated(qint64 conversationId, qint64 turnId, qint64 responseId);
    //! The open conversation was deleted.
    void conversationDeleted(qint64 id);
    void problem(const QString &message);
    void tagsChanged(qint64 id, const QStringList &tags);
    //! "Export…" in the list's menu: the selection, or the conversation under the pointer.
    void exportRequested(const QList<qint64> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &at);
    void updateEmptyState();
    QModelIndex indexFor(qint64 id) const;

    Database *m_database = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    ConversationListModel *m_model = nullptr;
    ConversationListView *m_view = nullptr;
    QListView *m_list = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_newButton = nullptr;
    QStackedLayout *m_stack = nullptr;
    QFrame *m_undoBar = nullptr;
    QLabel *m_undoLabel = nullptr;
    QTimer m_searchTimer;
    QTimer m_undoTimer;
    QList<qint64> m_pendingDeletes;
    qint64 m_current = 0;
    bool m_loading = false;
};

} // namespace Quorum
