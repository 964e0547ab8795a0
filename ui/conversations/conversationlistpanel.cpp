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
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

#include "models/conversationlistmodel.h"
#include "storage/conversationstore.h"
#include "storage/searchstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
// Search results' roles.
constexpr int idRole = Qt::UserRole;
constexpr int turnRole = Qt::UserRole + 1;
constexpr int responseRole = Qt::UserRole + 2;
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

} // namespace

/*!
 * The conversation model as the list shows it: conversations waiting for their undo time
 * to pass are left out, and pinned ones get a pin and bold type (the core has no icons or
 * fonts).
 */
class ConversationListView final : public QSortFilterProxyModel
{
public:
    explicit ConversationListView(QObject *parent)
        : QSortFilterProxyModel(parent)
    {
    }

    void setHidden(const QList<qint64> &ids)
    {
        m_hidden = ids;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole || role == Qt::FontRole) {
            if (index.data(ConversationListModel::PinnedRole).toBool()) {
                if (role == Qt::DecorationRole) {
                    return QIcon::fromTheme(u"pin"_s, QIcon::fromTheme(u"emblem-favorite"_s));
                }
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return !m_hidden.contains(index.data(ConversationListModel::IdRole).toLongLong());
    }

private:
    QList<qint64> m_hidden;
};

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

    m_view = new ConversationListView(this);
    m_list = new QListView(this);
    m_list->setObjectName(u"conversationListView"_s);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // to export several at once
    m_list->installEventFilter(this);
    m_list->setModel(m_view);
    connect(m_list, &QListView::customContextMenuRequested, this, &ConversationListPanel::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !m_loading) {
            const qint64 id = current.data(ConversationListModel::IdRole).toLongLong();
            if (id != m_current) {
                m_current = id;
                Q_EMIT conversationActivated(id);
            }
        }
    });
    // The list follows the model: rows come, go and move by themselves.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_view, signal, this, &ConversationListPanel::updateEmptyState);
    }
    connect(m_view, &QAbstractItemModel::modelReset, this, &ConversationListPanel::updateEmptyState);

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
    delete m_model;
    m_model = new ConversationListModel(database, this);
    connect(m_model, &ConversationListModel::problem, this, &ConversationListPanel::problem);
    m_view->setSourceModel(m_model);
    m_model->fetchMore(); // the first screen at once; the view asks for more as it scrolls
    setCurrent(m_current);
    updateEmptyState();
}

void ConversationListPanel::updateEmptyState()
{
    if (!m_searchEdit->text().trimmed().isEmpty()) {
        m_stack->setCurrentWidget(m_results);
    } else {
        m_stack->setCurrentWidget(m_view->rowCount() > 0 ? static_cast<QWidget *>(m_list) : m_emptyLabel);
    }
}

void ConversationListPanel::setCurrent(qint64 id)
{
    m_current = id;
    m_loading = true;
    const QModelIndex index = indexFor(id);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
    } else {
        m_list->selectionModel()->clear(); // not in the list (yet): nothing is marked
    }
    m_loading = false;
}

QModelIndex ConversationListPanel::indexFor(qint64 id) const
{
    if (!m_model) {
        return {};
    }
    const int row = m_model->rowOf(id);
    return row < 0 ? QModelIndex() : m_view->mapFromSource(m_model->index(row));
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
        const QString where = hit.kind == SearchHit::Kind::Prompt ? tr("prompt")
            : hit.kind == SearchHit::Kind::Synthesis ? tr("synthesis by %1").arg(hit.target.toHtmlEscaped())
                                                     : hit.target.toHtmlEscaped();
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
            if (const QModelIndex current = m_list->currentIndex(); current.isValid()) {
                deleteWithUndo(current.data(ConversationListModel::IdRole).toLongLong());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationListPanel::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_list->indexAt(at);
    if (!index.isValid()) {
        return;
    }
    const qint64 id = index.data(ConversationListModel::IdRole).toLongLong();
    const bool pinned = index.data(ConversationListModel::PinnedRole).toBool();
    const QStringList tags = index.data(ConversationListModel::TagsRole).toStringList();
    QMenu menu(this);
    menu.addAction(tr("Rename"), this, [this, index = QPersistentModelIndex(index)] {
        if (index.isValid()) {
            m_list->edit(index);
        }
    });
    menu.addAction(pinned ? tr("Unpin") : tr("Pin to the Top"), this, [this, id, pinned] { setPinned(id, !pinned); });
    menu.addAction(tr("Tags…"), this, [this, id, current = tags] {
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
    QModelIndexList selected = m_list->selectionModel()->selectedRows();
    std::ranges::sort(selected, [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(selected)) {
        ids.append(index.data(ConversationListModel::IdRole).toLongLong());
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
}

void ConversationListPanel::setPinned(qint64 id, bool pinned)
{
    if (m_database) {
        if (auto done = ConversationStore(*m_database).setPinned(id, pinned); !done) {
            Q_EMIT problem(done.error().message);
        }
    }
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
    const QString title = indexFor(id).data().toString();
    m_pendingDeletes.append(id);
    m_view->setHidden(m_pendingDeletes);
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
    m_view->setHidden({});
    m_undoBar->hide();
    setCurrent(m_current);
}

void ConversationListPanel::commitDeletes()
{
    m_undoTimer.stop();
    if (m_undoBar) {
        m_undoBar->hide();
    }
    const QList<qint64> ids = std::exchange(m_pendingDeletes, {});
    if (m_view) {
        m_view->setHidden({}); // the rows go as the store deletes them
    }
    for (const qint64 id : ids) {
        if (m_database) {
            if (auto deleted = ConversationStore(*m_database).deleteConversation(id); !deleted) {
                Q_EMIT problem(deleted.error().message);
            }
        }
    }
}

} // namespace Quorum
