// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "models/conversationlistmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/databasechanges.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
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

ConversationListModel::ConversationListModel(Database *database, QObject *parent)
    : QAbstractListModel(parent)
    , m_database(database)
    , m_atEnd(database == nullptr)
{
    if (m_database) {
        DatabaseChanges &changes = m_database->changes();
        connect(&changes, &DatabaseChanges::conversationChanged, this, &ConversationListModel::onChanged);
        connect(&changes, &DatabaseChanges::conversationRemoved, this, &ConversationListModel::onRemoved);
        connect(&changes, &DatabaseChanges::changedElsewhere, this, &ConversationListModel::resync);
    }
}

ConversationListModel::~ConversationListModel() = default;

bool ConversationListModel::before(const ConversationRecord &a, const ConversationRecord &b)
{
    // The list's order: pinned first, then the most recently used, then the newest id.
    if (a.pinned != b.pinned) {
        return a.pinned;
    }
    if (a.updatedAt != b.updatedAt) {
        return a.updatedAt > b.updatedAt;
    }
    return a.id > b.id;
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ConversationRecord &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return c.title.isEmpty() ? tr("Untitled") : c.title;
    case Qt::EditRole:
    case TitleRole:
        return c.title;
    case Qt::ToolTipRole:
        return tr("%1 · last used %2").arg(c.title, relativeTime(c.updatedAt));
    case Qt::AccessibleTextRole:
        return c.pinned ? tr("%1, pinned").arg(c.title) : c.title;
    case IdRole:
        return c.id;
    case PinnedRole:
        return c.pinned;
    case TagsRole:
        return c.tags;
    case UpdatedAtRole:
        return c.updatedAt;
    default:
        return {};
    }
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_database) {
        return false;
    }
    const QString title = value.toString().trimmed();
    if (title.isEmpty() || title == m_rows.at(index.row()).title) {
        return false;
    }
    // The row follows through the store's change signal (a rename also makes it the most recent).
    if (auto renamed = ConversationStore(*m_database).renameConversation(m_rows.at(index.row()).id, title); !renamed) {
        Q_EMIT problem(renamed.error().message);
        return false;
    }
    return true;
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(PinnedRole, "pinned");
    names.insert(TagsRole, "tags");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(TitleRole, "title");
    return names;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page is being added: a view (or the model tester) may ask from within the
    // insert's signals, and a second page read then would repeat this one.
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const std::optional<ConversationRecord> last = m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.constLast());
    auto page = ConversationStore(*m_database).conversationsAfter(last, pageSize);
    if (!page) {
        m_atEnd = true; // not again and again at every scroll; resync() tries anew
        Q_EMIT problem(page.error().message);
        return;
    }
    m_atEnd = page->size() < pageSize;
    // A conversation that moved into the loaded rows meanwhile is there already.
    page->removeIf([this](const ConversationRecord &c) { return m_rowOf.contains(c.id); });
    if (page->isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_fetching = true;
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(*page);
    reindex(first);
    endInsertRows();
    m_fetching = false;
}

int ConversationListModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

qint64 ConversationListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void ConversationListModel::reindex(int from)
{
    for (int row = from; row < m_rows.size(); ++row) {
        m_rowOf.insert(m_rows.at(row).id, row);
    }
}

int ConversationListModel::insertionRow(const ConversationRecord &record, int ignoreRow) const
{
    // Binary search over the loaded rows (sorted), as if row ignoreRow were not there.
    int low = 0;
    int high = static_cast<int>(m_rows.size()) - (ignoreRow >= 0 ? 1 : 0);
    const auto rowAt
        = [&](int i) -> const ConversationRecord & { return m_rows.at(ignoreRow >= 0 && i >= ignoreRow ? i + 1 : i); };
    while (low < high) {
        const int mid = (low + high) / 2;
        if (before(rowAt(mid), record)) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return low;
}

void ConversationListModel::onChanged(qint64 id)
{
    const auto found = ConversationStore(*m_database).conversation(id);
    if (!found) {
        Q_EMIT problem(found.error().message);
        return;
    }
    if (!found->has_value() || (*found)->experimentRun) {
        onRemoved(id); // an experiment's case is shown by its run, not in the list
        return;
    }
    const ConversationRecord &record = **found;
    const int row = rowOf(id);
    if (row < 0) {
        const int at = insertionRow(record);
        if (at < m_rows.size() || m_atEnd) {
            beginInsertRows({}, at, at);
            m_rows.insert(at, record);
            reindex(at);
            endInsertRows();
        } // else: it sorts after what is loaded, and comes with a later page
        return;
    }
    const int to = insertionRow(record, row);
    if (to == m_rows.size() - 1 && !m_atEnd && to != row) {
        onRemoved(id); // it sorts after what is loaded now: a later page brings it
        return;
    }
    m_rows[row] = record;
    if (to == row) {
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
    m_rows.move(row, to);
    reindex(std::min(row, to));
    endMoveRows();
    Q_EMIT dataChanged(index(to), index(to));
}

void ConversationListModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(id);
    reindex(row);
    endRemoveRows();
}

void ConversationListModel::resync()
{
    if (!m_database) {
        return;
    }
    const int count = std::max(static_cast<int>(m_rows.size()), pageSize);
    const auto fresh = ConversationStore(*m_database).conversationsAfter(std::nullopt, count);
    if (!fresh) {
        Q_EMIT problem(fresh.error().message);
        return;
    }
    QSet<qint64> keep;
    for (const ConversationRecord &c : *fresh) {
        keep.insert(c.id);
    }
    // Gone, or no longer among the first `count`: out, from the bottom up.
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (!keep.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rowOf.remove(m_rows.at(row).id);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    reindex();
    // Then row by row into the fresh order: the same, moved up, or new.
    for (int i = 0; i < fresh->size(); ++i) {
        const ConversationRecord &c = fresh->at(i);
        if (i < m_rows.size() && m_rows.at(i).id == c.id) {
            if (!(m_rows.at(i) == c)) {
                m_rows[i] = c;
                Q_EMIT dataChanged(index(i), index(i));
            }
            continue;
        }
        if (const int from = rowOf(c.id); from > i) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            m_rows[i] = c;
            reindex(i);
            endMoveRows();
            Q_EMIT dataChanged(index(i), index(i));
            continue;
        }
        beginInsertRows({}, i, i);
        m_rows.insert(i, c);
        reindex(i);
        endInsertRows();
    }
    m_atEnd = fresh->size() < count;
}

} // namespace Quorum
