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
    upsert.prepare(u"INSERT INTO models (provider_id, id, display_name, context_window, fetched_at) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (provider_id, id) DO UPDATE SET "
                   "display_name = excluded.display_name, context_window = excluded.context_window, "
                   "fetched_at = excluded.fetched_at"_s); // `hidden` stays as the user set it
    for (const ModelInfo &model : models) {
        upsert.bindValue(0, providerId);
        upsert.bindValue(1, model.id);
        upsert.bindValue(2, model.displayName.isNull() ? u""_s : model.displayName);
        upsert.bindValue(
            3, model.contextWindow > 0 ? QVariant(model.contextWindow) : QVariant(QMetaType(QMetaType::LongLong)));
        upsert.bindValue(4, now);
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
    q.prepare(u"SELECT id, display_name, context_window, hidden, fetched_at FROM models WHERE provider_id = ? "
              "ORDER BY id"_s);
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
            q.value(4).toLongLong()});
    }
    return result;
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
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM models WHERE provider_id = ?"_s);
    q.addBindValue(providerId);
    if (!q.exec()) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    Q_EMIT m_database.changes().modelsChanged(providerId);
    return {};
}

} // namespace Quorum
