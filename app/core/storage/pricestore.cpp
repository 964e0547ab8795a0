// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/pricestore.h"

#include <QSqlError>
#include <QSqlQuery>

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;
using namespace Quorum::Sql;

namespace Quorum
{

namespace
{
constexpr auto columns = "id, scope, model, input_micros, cached_input_micros, cache_write_micros, output_micros, "
                         "reasoning_micros, source, checked_on, effective_from, long_context_above, long_input_micros, "
                         "long_cached_input_micros, long_cache_write_micros, long_output_micros"_L1;
// User rows before imported ones before built-in ones.
constexpr auto sourceOrder = "CASE source WHEN 'user' THEN 0 WHEN 'imported' THEN 1 ELSE 2 END"_L1;

ModelPrice priceFrom(const QSqlQuery &q)
{
    ModelPrice p;
    p.id = q.value(0).toLongLong();
    p.scope = q.value(1).toString();
    p.model = q.value(2).toString();
    p.inputMicros = q.value(3).toLongLong();
    p.cachedInputMicros = optionalFrom(q.value(4));
    p.cacheWriteMicros = optionalFrom(q.value(5));
    p.outputMicros = q.value(6).toLongLong();
    p.reasoningMicros = optionalFrom(q.value(7));
    p.source = priceSourceFromName(q.value(8).toString()).value_or(ModelPrice::Source::User);
    p.checkedOn = q.value(9).toString();
    p.effectiveFrom = q.value(10).toLongLong();
    p.longContextAbove = optionalFrom(q.value(11));
    p.longInputMicros = optionalFrom(q.value(12));
    p.longCachedInputMicros = optionalFrom(q.value(13));
    p.longCacheWriteMicros = optionalFrom(q.value(14));
    p.longOutputMicros = optionalFrom(q.value(15));
    return p;
}

bool samePrices(const ModelPrice &a, const ModelPrice &b)
{
    return a.inputMicros == b.inputMicros && a.cachedInputMicros == b.cachedInputMicros
        && a.cacheWriteMicros == b.cacheWriteMicros && a.outputMicros == b.outputMicros
        && a.reasoningMicros == b.reasoningMicros && a.longContextAbove == b.longContextAbove
        && a.longInputMicros == b.longInputMicros && a.longCachedInputMicros == b.longCachedInputMicros
        && a.longCacheWriteMicros == b.longCacheWriteMicros && a.longOutputMicros == b.longOutputMicros;
}
} // namespace

PriceStore::PriceStore(const Database &database)
    : m_database(database)
{
}

std::expected<int, StorageError> PriceStore::add(const QList<ModelPrice> &prices)
{
    QSqlQuery newest(m_database.connection());
    newest.prepare(u"SELECT "_s + columns
        + u" FROM prices WHERE scope = ? AND model = ? AND source = ? ORDER BY effective_from DESC LIMIT 1"_s);
    // Whether \a price differs from the newest row of its scope, model and source.
    const auto isNew = [&](const ModelPrice &price) -> std::expected<bool, StorageError> {
        newest.bindValue(0, price.scope);
        newest.bindValue(1, price.model);
        newest.bindValue(2, priceSourceName(price.source));
        if (!newest.exec()) {
            return std::unexpected(m_database.errorOf(newest.lastError()));
        }
        const bool same = newest.next() && samePrices(priceFrom(newest), price);
        newest.finish();
        return !same;
    };
    // Reading first: the built-in list is offered on every `quorum ask`, and when all of it is
    // there already no write lock is taken (the window may be writing at the same time).
    bool anything = false;
    for (const ModelPrice &price : prices) {
        const auto differs = isNew(price);
        if (!differs) {
            return std::unexpected(differs.error());
        }
        if (*differs) {
            anything = true;
            break;
        }
    }
    if (!anything) {
        return 0;
    }

    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(u"INSERT INTO prices (scope, model, input_micros, cached_input_micros, cache_write_micros, "
                   "output_micros, reasoning_micros, source, checked_on, effective_from, long_context_above, "
                   "long_input_micros, long_cached_input_micros, long_cache_write_micros, long_output_micros) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT (scope, model, source, effective_from) DO UPDATE SET "
                   "input_micros = excluded.input_micros, cached_input_micros = excluded.cached_input_micros, "
                   "cache_write_micros = excluded.cache_write_micros, output_micros = excluded.output_micros, "
                   "reasoning_micros = excluded.reasoning_micros, checked_on = excluded.checked_on, "
                   "long_context_above = excluded.long_context_above, long_input_micros = excluded.long_input_micros, "
                   "long_cached_input_micros = excluded.long_cached_input_micros, "
                   "long_cache_write_micros = excluded.long_cache_write_micros, "
                   "long_output_micros = excluded.long_output_micros"_s);
    int added = 0;
    for (const ModelPrice &price : prices) {
        const auto differs = isNew(price); // again inside the transaction: rows of this call count
        if (!differs) {
            return std::unexpected(differs.error());
        }
        if (!*differs) {
            continue;
        }
        insert.bindValue(0, price.scope);
        insert.bindValue(1, price.model);
        insert.bindValue(2, price.inputMicros);
        insert.bindValue(3, optionalValue(price.cachedInputMicros));
        insert.bindValue(4, optionalValue(price.cacheWriteMicros));
        insert.bindValue(5, price.outputMicros);
        insert.bindValue(6, optionalValue(price.reasoningMicros));
        insert.bindValue(7, priceSourceName(price.source));
        insert.bindValue(8, price.checkedOn.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : price.checkedOn);
        insert.bindValue(9, price.effectiveFrom);
        insert.bindValue(10, optionalValue(price.longContextAbove));
        insert.bindValue(11, optionalValue(price.longInputMicros));
        insert.bindValue(12, optionalValue(price.longCachedInputMicros));
        insert.bindValue(13, optionalValue(price.longCacheWriteMicros));
        insert.bindValue(14, optionalValue(price.longOutputMicros));
        if (!insert.exec()) {
            return std::unexpected(m_database.errorOf(insert.lastError()));
        }
        ++added;
    }
    if (auto committed = transaction.commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return added;
}

std::expected<QList<ModelPrice>, StorageError> PriceStore::list(qint64 at) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // The newest row at `at` of each (scope, model, source).
    q.prepare(u"SELECT "_s + columns
        + u" FROM prices p WHERE effective_from = (SELECT max(effective_from) FROM prices x "
          "WHERE x.scope = p.scope AND x.model = p.model AND x.source = p.source AND x.effective_from <= :at) "
          "ORDER BY scope, model, "_s
        + sourceOrder);
    q.bindValue(u":at"_s, at);
    if (!q.exec()) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    QList<ModelPrice> result;
    while (q.next()) {
        result.append(priceFrom(q));
    }
    return result;
}

std::expected<std::optional<ModelPrice>, StorageError> PriceStore::find(
    const QStringList &scopes, const QStringList &models, qint64 at) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + columns + u" FROM prices WHERE scope = ? AND model = ? AND effective_from <= ? ORDER BY "_s
        + sourceOrder + u", effective_from DESC LIMIT 1"_s);
    for (const QString &scope : scopes) {
        for (const QString &model : models) {
            q.bindValue(0, scope);
            q.bindValue(1, model);
            q.bindValue(2, at);
            if (!q.exec()) {
                return std::unexpected(m_database.errorOf(q.lastError()));
            }
            if (q.next()) {
                return std::optional<ModelPrice>(priceFrom(q));
            }
        }
    }
    return std::optional<ModelPrice>();
}

} // namespace Quorum
