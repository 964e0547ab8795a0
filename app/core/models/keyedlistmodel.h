// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace Quorum
{

/*!
 * A list model of rows that each have a key (a rule's id, an account's id), for lists short
 * enough to read again whole when their store says they changed. replaceRows() turns the new
 * list into the fewest row signals it can (removed, inserted, moved, changed), so a view
 * keeps its selection and scroll position: no reset.
 */
template<class Row, class Key> class KeyedListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row &at(int row) const { return m_rows.at(row); }
    //! The row of \a key, -1 when there is none.
    int rowOf(const Key &key) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (keyOf(m_rows.at(row)) == key) {
                return row;
            }
        }
        return -1;
    }

protected:
    virtual Key keyOf(const Row &row) const = 0;

    void replaceRows(const QList<Row> &fresh)
    {
        QSet<Key> keep;
        for (const Row &row : fresh) {
            keep.insert(keyOf(row));
        }
        for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
            if (!keep.contains(keyOf(m_rows.at(row)))) {
                this->beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                this->endRemoveRows();
            }
        }
        for (int i = 0; i < fresh.size(); ++i) {
            const Row &row = fresh.at(i);
            const int from = rowOf(keyOf(row));
            if (from == i) {
                if (!(m_rows.at(i) == row)) {
                    m_rows[i] = row;
                    Q_EMIT this->dataChanged(this->index(i), this->index(i));
                }
            } else if (from > i) {
                this->beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                this->endMoveRows();
                m_rows[i] = row;
                Q_EMIT this->dataChanged(this->index(i), this->index(i));
            } else {
                this->beginInsertRows({}, i, i);
                m_rows.insert(i, row);
                this->endInsertRows();
            }
        }
    }

    QList<Row> m_rows;
};

} // namespace Quorum
