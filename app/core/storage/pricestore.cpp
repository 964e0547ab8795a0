// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/pricestore.h"

#include <algorithm>

#include <QHash>
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
    // The newest row of each (scope, model, source), read in one query: the built-in list is
    // offered at every start of the window and every `quorum ask`, and a query per model
    // (82 of them) cost ~3 ms of the window's start-up.
    const auto keyOf = [](const ModelPrice &price) {
        return price.scope + QChar(u'\x1f') + price.model + QChar(u'\x1f') + priceSourceName(price.source);
    };
    const auto readNewest = [&]() -> std::expected<QHash<QString, ModelPrice>, StorageError> {
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT "_s + columns + u" FROM prices ORDER BY scope, model, source, effective_from DESC"_s)) {
            return std::unexpected(m_database.errorOf(q.lastError()));
        }
        QHash<QString, ModelPrice> newest;
        while (q.next()) {
            ModelPrice row = priceFrom(q);
            const QString key = keyOf(row);
            if (!newest.contains(key)) {
                newest.insert(key, std::move(row)); // the first of each is its newest
            }
        }
        return newest;
    };
    const auto differs = [&](const QHash<QString, ModelPrice> &newest, const ModelPrice &price) {
        const auto found = newest.constFind(keyOf(price));
        return found == newest.cend() || !samePrices(*found, price);
    };
    // Reading first: when all of the list is there already no write lock is taken (the window
    // may be writing at the same time).
    auto newest = readNewest();
    if (!newest) {
        return std::unexpected(newest.error());
    }
    if (std::ranges::none_of(prices, [&](const ModelPrice &price) { return differs(*newest, price); })) {
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
    // Again inside the transaction (another process may have written since), and rows of this
    // call count for the ones after them.
    newest = readNewest();
    if (!newest) {
        return std::unexpected(newest.error());
    }
    int added = 0;
    for (const ModelPrice &price : prices) {
        if (!differs(*newest, price)) {
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
        // The newest row of its key now, unless an older price was inserted under a newer one.
        const QString key = keyOf(price);
        if (const auto found = newest->constFind(key);
            found == newest->cend() || found->effectiveFrom <= price.effectiveFrom) {
            newest->insert(key, price);
        }
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
