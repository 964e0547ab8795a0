// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/modelstore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
//! A stored `reads` column: NULL is "not said".
std::optional<ModelCapabilities> readsOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : ModelCapabilities::fromString(value.toString());
}
} // namespace

ModelStore::ModelStore(const Database &database)
    : m_database(database)
{
}

std::expected<void, StorageError> ModelStore::replace(
    const QString &providerId, const QList<ModelInfo> &models, qint64 now)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSet<QString> listed;
    QSqlQuery upsert(m_database.connection());
    upsert.prepare(u"INSERT INTO models (provider_id, id, display_name, context_window, fetched_at, reads) "
                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (provider_id, id) DO UPDATE SET "
                   "display_name = excluded.display_name, context_window = excluded.context_window, "
                   "fetched_at = excluded.fetched_at, reads = excluded.reads"_s); // `hidden` stays as the user set it
    for (const ModelInfo &model : models) {
        upsert.bindValue(0, providerId);
        upsert.bindValue(1, model.id);
        upsert.bindValue(2, model.displayName.isNull() ? u""_s : model.displayName);
        upsert.bindValue(
            3, model.contextWindow > 0 ? QVariant(model.contextWindow) : QVariant(QMetaType(QMetaType::LongLong)));
        upsert.bindValue(4, now);
        upsert.bindValue(5, model.reads ? QVariant(model.reads->toString()) : QVariant(QMetaType(QMetaType::QString)));
        if (!upsert.exec()) {
            return std::unexpected(m_database.errorOf(upsert.lastError()));
        }
        listed.insert(model.id);
    }
    // Models the provider no longer lists go, unless the user hid them (so that choice stays).
    QSqlQuery old(m_database.connection());
    old.prepare(u"DELETE FROM models WHERE provider_id = ? AND fetched_at < ? AND hidden = 0"_s);
    old.addBindValue(providerId);
    old.addBindValue(now);
    if (!old.exec()) {
        return std::unexpected(m_database.errorOf(old.lastError()));
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    Q_EMIT m_database.changes().modelsChanged(providerId);
    return {};
}

std::expected<QList<StoredModel>, StorageError> ModelStore::models(const QString &providerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.id, m.display_name, m.context_window, m.hidden, m.fetched_at, m.reads, r.reads "
              "FROM models m LEFT JOIN model_reads r ON r.provider_id = m.provider_id AND r.model = m.id "
              "WHERE m.provider_id = ? ORDER BY m.id"_s);
    q.addBindValue(providerId);
    if (!q.exec()) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    QList<StoredModel> result;
    while (q.next()) {
        result.append({q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toLongLong(),
            q.value(3).toBool(),
            q.value(4).toLongLong(),
            readsOf(q.value(5)),
            readsOf(q.value(6))});
    }
    return result;
}

std::expected<ModelReads, StorageError> ModelStore::reads(const QString &providerId, const QString &modelId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT (SELECT reads FROM models WHERE provider_id = ? AND id = ?), "
              "(SELECT reads FROM model_reads WHERE provider_id = ? AND model = ?)"_s);
    for (int i = 0; i < 2; ++i) {
        q.addBindValue(providerId);
        q.addBindValue(modelId);
    }
    if (!q.exec() || !q.next()) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    return ModelReads {readsOf(q.value(0)), readsOf(q.value(1))};
}

std::expected<void, StorageError> ModelStore::setReads(
    const QString &providerId, const QString &modelId, std::optional<ModelCapabilities> chosen)
{
    QSqlQuery q(m_database.connection());
    if (chosen) {
        q.prepare(u"INSERT INTO model_reads (provider_id, model, reads) VALUES (?, ?, ?) "
                  "ON CONFLICT (provider_id, model) DO UPDATE SET reads = excluded.reads"_s);
    } else {
        q.prepare(u"DELETE FROM model_reads WHERE provider_id = ? AND model = ?"_s);
    }
    q.addBindValue(providerId);
    q.addBindValue(modelId);
    if (chosen) {
        q.addBindValue(chosen->toString());
    }
    if (!q.exec()) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    Q_EMIT m_database.changes().modelsChanged(providerId);
    return {};
}

std::expected<void, StorageError> ModelStore::setHidden(const QString &providerId, const QString &modelId, bool hidden)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE models SET hidden = ? WHERE provider_id = ? AND id = ?"_s);
    q.addBindValue(hidden ? 1 : 0);
    q.addBindValue(providerId);
    q.addBindValue(modelId);
    if (!q.exec()) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    Q_EMIT m_database.changes().modelsChanged(providerId);
    return {};
}

std::expected<void, StorageError> ModelStore::removeProvider(const QString &providerId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    for (const QString &sql :
        {u"DELETE FROM models WHERE provider_id = ?"_s, u"DELETE FROM model_reads WHERE provider_id = ?"_s}) {
        QSqlQuery q(m_database.connection());
        q.prepare(sql);
        q.addBindValue(providerId);
        if (!q.exec()) {
            return std::unexpected(m_database.errorOf(q.lastError()));
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed;
    }
    Q_EMIT m_database.changes().modelsChanged(providerId);
    return {};
}

} // namespace Quorum
