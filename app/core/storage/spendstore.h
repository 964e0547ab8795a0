// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include "storage/storageerror.h"

namespace Quorum
{

class Database;

/*!
 * What was spent, from the costs stored with the answers (never recomputed), and the
 * monthly budgets (overall and per provider account) kept in the settings table. Days and
 * months are the user's local calendar.
 */
class SpendStore final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::SpendStore)

public:
    enum class GroupBy { Model, Provider, Day, Conversation };

    struct Row {
        QString key;       //!< "provider/model", the provider account id, YYYY-MM-DD, or the conversation id
        QString label;     //!< the conversation's title for GroupBy::Conversation, else the key
        qint64 nanos = 0;  //!< known costs added up (estimates included)
        int answers = 0;   //!< answers counted
        int estimated = 0; //!< of which the cost is an estimate
        int unknown = 0;   //!< of which the cost is unknown (not in `nanos`)

        friend bool operator==(const Row &, const Row &) = default;
    };

    struct Budget {
        QString providerId; //!< empty: all providers together
        qint64 monthlyNanos = 0;
        qint64 spentNanos = 0;                                        //!< this calendar month so far
        enum class Level { Ok, Warning, Exceeded } level = Level::Ok; //!< Warning from 80 %
        double fraction() const { return monthlyNanos > 0 ? double(spentNanos) / double(monthlyNanos) : 0.0; }
    };

    explicit SpendStore(const Database &database);

    //! Totals of the answers made from \a since (ms since the epoch) up to \a until, largest first (by day: in date
    //! order).
    [[nodiscard]] std::expected<QList<Row>, StorageError> totals(GroupBy by, qint64 since, qint64 until) const;
    //! Everything a conversation cost.
    [[nodiscard]] std::expected<Row, StorageError> conversationTotal(qint64 conversationId) const;

    //! Sets (or with 0 removes) the monthly budget, overall or for one provider account.
    [[nodiscard]] std::expected<void, StorageError> setMonthlyBudget(const QString &providerId, qint64 nanos);
    //! Every budget with what was spent in the month of \a today.
    [[nodiscard]] std::expected<QList<Budget>, StorageError> budgets(const QDate &today = QDate::currentDate()) const;

    //! The first millisecond of the local month of \a day.
    static qint64 monthStart(const QDate &day);

private:
    const Database &m_database;
};

} // namespace Quorum
