// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/spendstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
const QString budgetPrefix = u"budget/monthly_nanos"_s; // settings key; "/<provider>" for one provider

constexpr auto aggregates = "coalesce(sum(r.cost_nanos), 0), count(*), "
                            "sum(r.cost_estimated AND r.cost_nanos IS NOT NULL), sum(r.cost_nanos IS NULL)"_L1;

SpendStore::Row rowFrom(const QSqlQuery &q, int first)
{
    SpendStore::Row row;
    row.nanos = q.value(first).toLongLong();
    row.answers = q.value(first + 1).toInt();
    row.estimated = q.value(first + 2).toInt();
    row.unknown = q.value(first + 3).toInt();
    return row;
}
} // namespace

SpendStore::SpendStore(const Database &database)
    : m_database(database)
{
}

qint64 SpendStore::monthStart(const QDate &day)
{
    return QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0)).toMSecsSinceEpoch();
}

std::expected<QList<SpendStore::Row>, StorageError> SpendStore::totals(GroupBy by, qint64 since, qint64 until) const
{
    QString key;
    QString label;
    QString join;
    QString order = u"3 DESC, 1"_s;
    switch (by) {
    case GroupBy::Model:
        key = u"r.provider_id || '/' || r.model"_s;
        break;
    case GroupBy::Provider:
        key = u"r.provider_id"_s;
        break;
    case GroupBy::Day:
        key = u"date(r.created_at / 1000, 'unixepoch', 'localtime')"_s;
        order = u"1"_s;
        break;
    case GroupBy::Conversation:
        key = u"t.conversation_id"_s;
        label = u"c.title"_s;
        join = u" JOIN turns t ON t.id = r.turn_id JOIN conversations c ON c.id = t.conversation_id"_s;
        break;
    }
    // Answers still streaming have no cost yet; everything else counts, errors included
    // (providers bill what they generated before failing).
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + key + u", "_s + (label.isEmpty() ? key : label) + u", "_s + aggregates
        + u" FROM responses r"_s + join
        + u" WHERE r.created_at >= ? AND r.created_at < ? AND r.status NOT IN ('pending', 'streaming') GROUP BY 1 "
          "ORDER BY "_s
        + order);
    q.addBindValue(since);
    q.addBindValue(until);
    if (!q.exec()) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    QList<Row> rows;
    while (q.next()) {
        Row row = rowFrom(q, 2);
        row.key = q.value(0).toString();
        row.label = q.value(1).toString();
        rows.append(row);
    }
    return rows;
}

std::expected<SpendStore::Row, StorageError> SpendStore::conversationTotal(qint64 conversationId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + aggregates
        + u" FROM responses r JOIN turns t ON t.id = r.turn_id WHERE t.conversation_id = ? "
          "AND r.status NOT IN ('pending', 'streaming')"_s);
    q.addBindValue(conversationId);
    if (!q.exec() || !q.next()) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    Row row = rowFrom(q, 0);
    row.key = QString::number(conversationId);
    return row;
}

std::expected<void, StorageError> SpendStore::setMonthlyBudget(const QString &providerId, qint64 nanos)
{
    const QString key = providerId.isEmpty() ? budgetPrefix : budgetPrefix + u'/' + providerId;
    QSqlQuery q(m_database.connection());
    if (nanos > 0) {
        q.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(key);
        q.addBindValue(QString::number(nanos));
    } else {
        q.prepare(u"DELETE FROM settings WHERE key = ?"_s);
        q.addBindValue(key);
    }
    if (!q.exec()) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    return {};
}

std::expected<QList<SpendStore::Budget>, StorageError> SpendStore::budgets(const QDate &today) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT key, value FROM settings WHERE key = ? OR key LIKE ? ORDER BY key"_s);
    q.addBindValue(budgetPrefix);
    q.addBindValue(QString(budgetPrefix + u"/%"_s));
    if (!q.exec()) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    QList<Budget> result;
    while (q.next()) {
        Budget budget;
        const QString key = q.value(0).toString();
        budget.providerId = key.size() > budgetPrefix.size() ? key.sliced(budgetPrefix.size() + 1) : QString();
        budget.monthlyNanos = q.value(1).toLongLong();
        result.append(budget);
    }
    const qint64 from = monthStart(today);
    const qint64 to = monthStart(today.addMonths(1));
    QSqlQuery spent(m_database.connection());
    spent.prepare(u"SELECT coalesce(sum(cost_nanos), 0) FROM responses WHERE created_at >= ? AND created_at < ? "
                  "AND (? = '' OR provider_id = ?)"_s);
    for (Budget &budget : result) {
        spent.bindValue(0, from);
        spent.bindValue(1, to);
        spent.bindValue(2, budget.providerId.isNull() ? u""_s : budget.providerId);
        spent.bindValue(3, budget.providerId.isNull() ? u""_s : budget.providerId);
        if (!spent.exec() || !spent.next()) {
            return std::unexpected(m_database.errorOf(spent.lastError()));
        }
        budget.spentNanos = spent.value(0).toLongLong();
        budget.level = budget.spentNanos >= budget.monthlyNanos ? Budget::Level::Exceeded
            : budget.spentNanos * 5 >= budget.monthlyNanos * 4  ? Budget::Level::Warning
                                                                : Budget::Level::Ok;
        spent.finish();
    }
    return result;
}

} // namespace Quorum
