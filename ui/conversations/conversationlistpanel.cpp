// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "conversations/conversationlistpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

#include "storage/conversationstore.h"
#include "storage/searchstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr int idRole = Qt::UserRole;
constexpr int turnRole = Qt::UserRole + 1;
constexpr int responseRole = Qt::UserRole + 2;
constexpr int pinnedRole = Qt::UserRole + 3;
constexpr int htmlRole = Qt::UserRole + 4;

//! Search results: the conversation's title, then the snippet with the match in bold.
class SnippetDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setHtml(index.data(htmlRole).toString());
        doc.setTextWidth(opt.rect.width() - 8);
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(4, 2));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected) {
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        }
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), option.fontMetrics.lineSpacing() * 3 + 8};
    }
};

QString relativeTime(qint64 ms)
{
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    const QDate today = QDate::currentDate();
    if (when.date() == today) {
        return QLocale().toString(when.time(), QLocale::ShortFormat);
    }
    if (when.date().daysTo(today) < 7) {
        return QLocale().dayName(when.date().dayOfWeek(), QLocale::ShortFormat);
    }
    return QLocale().toString(when.date(), QLocale::ShortFormat);
}
} // namespace

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
    m_searchEdit->setPlaceholderText(tr("Search conversations (Ctrl+F)"));
    m_searchEdit->setAccessibleName(tr("Search conversations"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(200);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(&m_searchTimer, &QTimer::timeout, this, &ConversationListPanel::search);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        search();
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus();
        }
    });

    m_list = new QListWidget(this);
    m_list->setObjectName(u"conversationListView"_s);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // to export several at once
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::customContextMenuRequested, this, &ConversationListPanel::showContextMenu);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && !m_loading) {
            const qint64 id = item->data(idRole).toLongLong();
            if (id != m_current) {
                m_current = id;
                Q_EMIT conversationActivated(id);
            }
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading) {
            return;
        }
        // The user edited the title in place.
        const QString title = item->text().trimmed();
        if (!title.isEmpty()) {
            rename(item->data(idRole).toLongLong(), title);
        } else {
            reload();
        }
    });

    m_results = new QListWidget(this);
    m_results->setObjectName(u"searchResultsView"_s);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setItemDelegate(new SnippetDelegate(m_results));
    m_results->setWordWrap(true);
    const auto openHit = [this](QListWidgetItem *item) {
        if (item) {
            m_current = item->data(idRole).toLongLong();
            Q_EMIT searchHitActivated(
                m_current, item->data(turnRole).toLongLong(), item->data(responseRole).toLongLong());
        }
    };
    connect(m_results, &QListWidget::itemActivated, this, openHit);
    connect(m_results, &QListWidget::itemClicked, this, openHit);

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
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_results);

    m_undoBar = new QFrame(this);
    m_undoBar->setObjectName(u"undoBar"_s);
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    m_undoLabel = new QLabel(m_undoBar);
    m_undoLabel->setObjectName(u"undoLabel"_s);
    m_undoLabel->setTextFormat(Qt::PlainText);
    m_undoLabel->setWordWrap(true);
    auto *undo = new QPushButton(tr("Undo"), m_undoBar);
    undo->setObjectName(u"undoDeleteButton"_s);
    undo->setAccessibleName(tr("Undo delete"));
    connect(undo, &QPushButton::clicked, this, &ConversationListPanel::undoDelete);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(6, 4, 6, 4);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(undo);
    m_undoBar->hide();
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(undoSeconds * 1000);
    connect(&m_undoTimer, &QTimer::timeout, this, &ConversationListPanel::commitDeletes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(m_newButton);
    layout->addWidget(m_searchEdit);
    layout->addWidget(stackHost, 1);
    layout->addWidget(m_undoBar);

    setMinimumWidth(180);
}

ConversationListPanel::~ConversationListPanel()
{
    commitDeletes();
}

void ConversationListPanel::setDatabase(Database *database)
{
    m_database = database;
    reload();
}

void ConversationListPanel::reload()
{
    m_loading = true;
    m_list->clear();
    if (m_database) {
        const auto conversations = ConversationStore(*m_database).listConversations(500);
        if (!conversations) {
            Q_EMIT problem(conversations.error().message);
        } else {
            for (const ConversationRecord &c : *conversations) {
                if (m_pendingDeletes.contains(c.id)) {
                    continue;
                }
                auto *item = new QListWidgetItem(c.title.isEmpty() ? tr("Untitled") : c.title, m_list);
                item->setData(idRole, c.id);
                item->setData(pinnedRole, c.pinned);
                item->setFlags(item->flags() | Qt::ItemIsEditable);
                item->setToolTip(tr("%1 · last used %2").arg(c.title, relativeTime(c.updatedAt)));
                if (c.pinned) {
                    item->setIcon(QIcon::fromTheme(u"pin"_s, QIcon::fromTheme(u"emblem-favorite"_s)));
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
                if (c.id == m_current) {
                    m_list->setCurrentItem(item);
                }
            }
        }
    }
    m_loading = false;
    updateEmptyState();
}

void ConversationListPanel::updateEmptyState()
{
    if (!m_searchEdit->text().trimmed().isEmpty()) {
        m_stack->setCurrentWidget(m_results);
    } else {
        m_stack->setCurrentWidget(m_list->count() > 0 ? static_cast<QWidget *>(m_list) : m_emptyLabel);
    }
}

void ConversationListPanel::setCurrent(qint64 id)
{
    m_current = id;
    m_loading = true;
    m_list->setCurrentItem(itemFor(id));
    if (id == 0) {
        m_list->clearSelection();
    }
    m_loading = false;
}

QListWidgetItem *ConversationListPanel::itemFor(qint64 id) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(idRole).toLongLong() == id) {
            return m_list->item(i);
        }
    }
    return nullptr;
}

void ConversationListPanel::search()
{
    m_searchTimer.stop();
    const QString query = m_searchEdit->text().trimmed();
    m_results->clear();
    if (query.isEmpty() || !m_database) {
        updateEmptyState();
        return;
    }
    const auto hits = SearchStore(*m_database).search(query, 50);
    if (!hits) {
        Q_EMIT problem(hits.error().message);
        return;
    }
    for (const SearchHit &hit : *hits) {
        if (m_pendingDeletes.contains(hit.conversationId)) {
            continue;
        }
        QString snippet = hit.snippet.toHtmlEscaped();
        snippet.replace(SearchStore::matchStart, u"<b>"_s).replace(SearchStore::matchEnd, u"</b>"_s);
        snippet.replace(u'\n', u' ');
        const QString where = hit.kind == SearchHit::Kind::Prompt ? tr("prompt") : hit.target.toHtmlEscaped();
        auto *item = new QListWidgetItem(m_results);
        item->setData(idRole, hit.conversationId);
        item->setData(turnRole, hit.turnId);
        item->setData(responseRole, hit.responseId);
        item->setData(htmlRole,
            u"<b>%1</b> <span style='color:gray'>· %2</span><br>%3"_s.arg(
                hit.conversationTitle.toHtmlEscaped(), where, snippet));
        item->setText(hit.conversationTitle); // for accessibility and keyboard search
        item->setToolTip(hit.snippet);
    }
    if (m_results->count() == 0) {
        auto *none = new QListWidgetItem(m_results);
        none->setFlags(Qt::NoItemFlags);
        none->setData(htmlRole, tr("<i>Nothing found for “%1”.</i>").arg(query.toHtmlEscaped()));
    }
    updateEmptyState();
}

bool ConversationListPanel::eventFilter(QObject *watched, QEvent *event)
{
    // (While a title is being edited the key goes to the editor, not to the list.)
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
            if (QListWidgetItem *item = m_list->currentItem()) {
                deleteWithUndo(item->data(idRole).toLongLong());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationListPanel::showContextMenu(const QPoint &at)
{
    QListWidgetItem *item = m_list->itemAt(at);
    if (!item) {
        return;
    }
    const qint64 id = item->data(idRole).toLongLong();
    const bool pinned = item->data(pinnedRole).toBool();
    QMenu menu(this);
    menu.addAction(tr("Rename"), this, [this, item] { m_list->editItem(item); });
    menu.addAction(pinned ? tr("Unpin") : tr("Pin to the Top"), this, [this, id, pinned] { setPinned(id, !pinned); });
    menu.addAction(tr("Tags…"), this, [this, id] {
        QStringList current;
        if (m_database) {
            if (const auto found = ConversationStore(*m_database).conversation(id); found && found->has_value()) {
                current = (*found)->tags;
            }
        }
        bool ok = false;
        const QString text = QInputDialog::getText(this,
            tr("Conversation Tags"),
            tr("Tags, separated by commas (routing rules can test them, such as “client” or “private”):"),
            QLineEdit::Normal,
            current.join(u", "_s),
            &ok);
        if (ok) {
            setTags(id, text.split(u',', Qt::SkipEmptyParts));
        }
    });
    QList<qint64> chosen = selectedIds();
    if (!chosen.contains(id)) {
        chosen = {id};
    }
    menu.addAction(chosen.size() > 1 ? tr("Export %n Conversation(s)…", nullptr, int(chosen.size())) : tr("Export…"),
        this,
        [this, chosen] { Q_EMIT exportRequested(chosen); });
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, [this, id] { deleteWithUndo(id); });
    menu.exec(m_list->viewport()->mapToGlobal(at));
}

QList<qint64> ConversationListPanel::selectedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (const QListWidgetItem *item = m_list->item(row); item->isSelected()) {
            ids.append(item->data(idRole).toLongLong());
        }
    }
    return ids;
}

void ConversationListPanel::rename(qint64 id, const QString &title)
{
    if (m_database) {
        if (auto renamed = ConversationStore(*m_database).renameConversation(id, title); !renamed) {
            Q_EMIT problem(renamed.error().message);
        }
    }
    QMetaObject::invokeMethod(this, &ConversationListPanel::reload, Qt::QueuedConnection);
}

void ConversationListPanel::setPinned(qint64 id, bool pinned)
{
    if (m_database) {
        if (auto done = ConversationStore(*m_database).setPinned(id, pinned); !done) {
            Q_EMIT problem(done.error().message);
        }
    }
    reload();
}

void ConversationListPanel::setTags(qint64 id, const QStringList &tags)
{
    if (!m_database) {
        return;
    }
    ConversationStore store(*m_database);
    if (auto done = store.setTags(id, tags); !done) {
        Q_EMIT problem(done.error().message);
        return;
    }
    if (const auto found = store.conversation(id); found && found->has_value()) {
        Q_EMIT tagsChanged(id, (*found)->tags);
    }
}

void ConversationListPanel::deleteWithUndo(qint64 id)
{
    commitDeletes(); // one undo at a time: an earlier delete becomes final
    QListWidgetItem *item = itemFor(id);
    const QString title = item ? item->text() : QString();
    m_pendingDeletes.append(id);
    delete item;
    m_undoLabel->setText(tr("Deleted “%1”.").arg(title));
    m_undoBar->show();
    m_undoTimer.start();
    updateEmptyState();
    if (id == m_current) {
        m_current = 0;
        Q_EMIT conversationDeleted(id);
    }
}

void ConversationListPanel::undoDelete()
{
    m_undoTimer.stop();
    m_pendingDeletes.clear();
    m_undoBar->hide();
    reload();
}

void ConversationListPanel::commitDeletes()
{
    m_undoTimer.stop();
    if (m_undoBar) {
        m_undoBar->hide();
    }
    const QList<qint64> ids = std::exchange(m_pendingDeletes, {});
    for (const qint64 id : ids) {
        if (m_database) {
            if (auto deleted = ConversationStore(*m_database).deleteConversation(id); !deleted) {
                Q_EMIT problem(deleted.error().message);
            }
        }
    }
}

} // namespace Quorum
