// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/variantstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

using namespace Sql;

namespace
{
Variant variantFrom(const QSqlQuery &q)
{
    Variant v;
    v.name = q.value(0).toString();
    // Written by save() only; a value that does not read (edited by hand) counts as none.
    v.parameters = GenerationParameters::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object())
                       .value_or(GenerationParameters {});
    v.version = q.value(2).toInt();
    v.updatedAt = q.value(3).toLongLong();
    return v;
}
} // namespace

VariantStore::VariantStore(const Database &database)
    : m_database(database)
{
}

QString VariantStore::nameProblem(const QString &name)
{
    static const QRegularExpression valid(u"^[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}$"_s);
    if (!valid.match(name).hasMatch()) {
        return tr("A variant's name is up to 64 letters, digits, '.', '-' or '_', starting with a letter "
                  "or digit ('%1' is not).")
            .arg(name);
    }
    return {};
}

std::expected<QList<Variant>, StorageError> VariantStore::variants() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT name, parameters, version, updated_at FROM variants ORDER BY name"_s);
    QUORUM_EXEC(q);
    QList<Variant> list;
    while (q.next()) {
        list.append(variantFrom(q));
    }
    return list;
}

std::expected<Variant, StorageError> VariantStore::variant(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT name, parameters, version, updated_at FROM variants WHERE name = ?"_s);
    q.addBindValue(name);
    QUORUM_EXEC(q);
    if (!q.next()) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("There is no variant named '%1'.").arg(name)});
    }
    return variantFrom(q);
}

std::expected<Variant, StorageError> VariantStore::save(const Variant &variant)
{
    if (const QString problem = nameProblem(variant.name); !problem.isEmpty()) {
        return std::unexpected(StorageError {StorageError::Kind::Invalid, problem});
    }
    if (const QStringList problems = variant.parameters.problems(); !problems.isEmpty()) {
        return std::unexpected(StorageError {StorageError::Kind::Invalid, problems.join(u' ')});
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    Variant saved = variant;
    saved.updatedAt = QDateTime::currentMSecsSinceEpoch();
    saved.version = 1;
    const QString json = QString::fromUtf8(QJsonDocument(variant.parameters.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT parameters, version FROM variants WHERE name = ?"_s);
    q.addBindValue(saved.name);
    QUORUM_EXEC(q);
    if (q.next()) {
        saved.version = q.value(1).toInt() + (q.value(0).toString() != json ? 1 : 0);
    }
    q.finish();
    q.prepare(u"INSERT INTO variants (name, parameters, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
              "ON CONFLICT (name) DO UPDATE SET parameters = excluded.parameters, version = excluded.version, "
              "updated_at = excluded.updated_at"_s);
    q.addBindValue(saved.name);
    q.addBindValue(json);
    q.addBindValue(saved.version);
    q.addBindValue(saved.updatedAt);
    q.addBindValue(saved.updatedAt);
    QUORUM_EXEC(q);
    if (auto committed = transaction.commit(); !committed) {
        return std::unexpected(committed.error());
    }
    Q_EMIT m_database.changes().variantsChanged();
    return saved;
}

std::expected<void, StorageError> VariantStore::remove(const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM variants WHERE name = ?"_s);
    q.addBindValue(name);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("There is no variant named '%1'.").arg(name)});
    }
    Q_EMIT m_database.changes().variantsChanged();
    return {};
}

} // namespace Quorum
