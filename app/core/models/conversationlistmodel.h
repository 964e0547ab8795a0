// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include "types/records.h"

namespace Quorum
{

class Database;

/*!
 * Every stored conversation, pinned first and then the most recently used: what the
 * conversation list shows. Rows are read a page at a time as the view scrolls (fetchMore,
 * keyset paging), so there is no cap and 100,000 conversations cost a page at a time.
 *
 * The model follows the database by itself: what this connection's stores change arrives
 * through DatabaseChanges (a conversation created, renamed, pinned, tagged, used, deleted)
 * and moves, inserts or removes just that row; what another connection or process changed
 * (an import, `quorum ask`) makes it read the rows it holds again and apply the difference,
 * so the selection and the scroll position stay. Renaming through setData() writes the title.
 */
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    enum Role {
        IdRole = Qt::UserRole,
        PinnedRole,
        TagsRole,
        UpdatedAtRole,
        TitleRole, //!< the stored title ("Untitled" is DisplayRole's word for an empty one)
    };
    static constexpr int pageSize = 200;

    //! \a database may be null: no conversations (the user chose not to save).
    explicit ConversationListModel(Database *database, QObject *parent = nullptr);
    ~ConversationListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    //! The row of conversation \a id, -1 when it is not loaded (yet).
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    const ConversationRecord &at(int row) const { return m_rows.at(row); }
    //! Reads the rows held again and applies the difference (another connection changed them).
    void resync();

Q_SIGNALS:
    //! A write asked of the model failed, or the rows could not be read: say it to the user.
    void problem(const QString &message);

private:
    //! Where \a record belongs among the loaded rows (before the first that sorts after it).
    int insertionRow(const ConversationRecord &record, int ignoreRow = -1) const;
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void reindex(int from = 0);
    static bool before(const ConversationRecord &a, const ConversationRecord &b);

    Database *m_database = nullptr;
    QList<ConversationRecord> m_rows;
    QHash<qint64, int> m_rowOf;
    bool m_atEnd = false; //!< every conversation is loaded
    bool m_fetching = false;
};

} // namespace Quorum
