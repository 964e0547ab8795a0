// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/rulestore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "common/jsonposition.h"
#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
//! Commits, and tells the views that the rules changed.
std::expected<void, StorageError> committed(const Database &database, Transaction &transaction)
{
    auto done = transaction.commit();
    if (done) {
        Q_EMIT database.changes().rulesChanged();
    }
    return done;
}
} // namespace

namespace
{
constexpr auto formatName = "quorum-rules"_L1;
constexpr int formatVersion = 1;

QString compact(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QSqlQuery insertQuery(const Database &database)
{
    QSqlQuery q(database.connection());
    q.prepare(u"INSERT INTO routing_rules (position, name, enabled, conditions, action, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    return q;
}

void bindInsert(QSqlQuery &q, int position, const Rule &rule, qint64 now)
{
    const QJsonObject json = rule.toJson();
    q.bindValue(0, position);
    q.bindValue(1, rule.name);
    q.bindValue(2, rule.enabled ? 1 : 0);
    q.bindValue(3, compact(json.value("conditions"_L1)));
    q.bindValue(4, compact(json.value("action"_L1)));
    q.bindValue(5, now);
    q.bindValue(6, now);
}
} // namespace

RuleStore::RuleStore(const Database &database)
    : m_database(database)
{
}

std::expected<RuleStore::Loaded, StorageError> RuleStore::list() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, position, name, enabled, conditions, action FROM routing_rules ORDER BY position, id"_s);
    QUORUM_EXEC(q);
    Loaded loaded;
    int position = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QJsonParseError conditionsError;
        QJsonParseError actionError;
        const QJsonDocument conditions = QJsonDocument::fromJson(q.value(4).toByteArray(), &conditionsError);
        const QJsonDocument action = QJsonDocument::fromJson(q.value(5).toByteArray(), &actionError);
        const QString name = q.value(2).toString();
        if (conditionsError.error != QJsonParseError::NoError || actionError.error != QJsonParseError::NoError) {
            loaded.problems.append(
                tr("Rule %1 (\"%2\") cannot be read: its stored JSON is damaged.").arg(id).arg(name));
            continue;
        }
        const QJsonObject json {{"name"_L1, name},
            {"enabled"_L1, q.value(3).toInt() != 0},
            {"conditions"_L1, conditions.array()},
            {"action"_L1, action.object()}};
        auto rule = Rule::fromJson(json);
        if (!rule) {
            loaded.problems.append(tr("Rule %1 cannot be used: %2").arg(id).arg(rule.error()));
            continue;
        }
        loaded.rules.append(StoredRule {id, position++, *rule});
    }
    return loaded;
}

QList<Rule> RuleStore::rules() const
{
    QList<Rule> result;
    if (const auto loaded = list()) {
        for (const StoredRule &stored : loaded->rules) {
            result.append(stored.rule);
        }
    }
    return result;
}

std::expected<QList<qint64>, StorageError> RuleStore::order() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id FROM routing_rules ORDER BY position, id"_s)) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

std::expected<void, StorageError> RuleStore::renumber(QList<qint64> order) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE routing_rules SET position = ? WHERE id = ? AND position IS NOT ?"_s);
    for (int i = 0; i < order.size(); ++i) {
        q.bindValue(0, i);
        q.bindValue(1, order.at(i));
        q.bindValue(2, i);
        QUORUM_EXEC(q);
    }
    return {};
}

std::expected<qint64, StorageError> RuleStore::add(const Rule &rule, std::optional<int> position)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    auto ids = order();
    if (!ids) {
        return std::unexpected(ids.error());
    }
    QSqlQuery q = insertQuery(m_database);
    bindInsert(q, int(ids->size()), rule, QDateTime::currentMSecsSinceEpoch());
    QUORUM_EXEC(q);
    const qint64 id = q.lastInsertId().toLongLong();
    const int at = std::clamp(position.value_or(int(ids->size())), 0, int(ids->size()));
    ids->insert(at, id);
    if (auto renumbered = renumber(*ids); !renumbered) {
        return std::unexpected(renumbered.error());
    }
    if (auto done = committed(m_database, transaction); !done) {
        return std::unexpected(done.error());
    }
    return id;
}

std::expected<void, StorageError> RuleStore::update(qint64 id, const Rule &rule)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    const QJsonObject json = rule.toJson();
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE routing_rules SET name = ?, enabled = ?, conditions = ?, action = ?, updated_at = ? "
              "WHERE id = ?"_s);
    q.bindValue(0, rule.name);
    q.bindValue(1, rule.enabled ? 1 : 0);
    q.bindValue(2, compact(json.value("conditions"_L1)));
    q.bindValue(3, compact(json.value("action"_L1)));
    q.bindValue(4, QDateTime::currentMSecsSinceEpoch());
    q.bindValue(5, id);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(StorageError {StorageError::Kind::NotFound, tr("There is no rule %1.").arg(id)});
    }
    return committed(m_database, transaction);
}

std::expected<void, StorageError> RuleStore::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM routing_rules WHERE id = ?"_s);
    q.bindValue(0, id);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(StorageError {StorageError::Kind::NotFound, tr("There is no rule %1.").arg(id)});
    }
    auto ids = order();
    if (!ids) {
        return std::unexpected(ids.error());
    }
    if (auto renumbered = renumber(*ids); !renumbered) {
        return std::unexpected(renumbered.error());
    }
    return committed(m_database, transaction);
}

std::expected<void, StorageError> RuleStore::move(qint64 id, int position)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    auto ids = order();
    if (!ids) {
        return std::unexpected(ids.error());
    }
    if (!ids->removeOne(id)) {
        return std::unexpected(StorageError {StorageError::Kind::NotFound, tr("There is no rule %1.").arg(id)});
    }
    ids->insert(std::clamp(position, 0, int(ids->size())), id);
    if (auto renumbered = renumber(*ids); !renumbered) {
        return std::unexpected(renumbered.error());
    }
    return committed(m_database, transaction);
}

std::expected<void, StorageError> RuleStore::replaceAll(const QList<Rule> &rules)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery q(m_database.connection());
    if (!q.exec(u"DELETE FROM routing_rules"_s)) {
        return std::unexpected(m_database.errorOf(q.lastError()));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert = insertQuery(m_database);
    for (int i = 0; i < rules.size(); ++i) {
        bindInsert(insert, i, rules.at(i), now);
        QUORUM_EXEC(insert);
    }
    return committed(m_database, transaction);
}

QJsonDocument RuleStore::toDocument(const QList<Rule> &rules)
{
    QJsonArray list;
    for (const Rule &rule : rules) {
        list.append(rule.toJson());
    }
    return QJsonDocument(QJsonObject {{"format"_L1, formatName}, {"version"_L1, formatVersion}, {"rules"_L1, list}});
}

std::expected<QList<Rule>, QString> RuleStore::fromDocument(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column help more than an offset.
        const JsonPosition where = JsonPosition::at(data, error.offset);
        return std::unexpected(
            tr("not valid JSON at line %1, column %2: %3").arg(where.line).arg(where.column).arg(error.errorString()));
    }
    QJsonArray list;
    if (document.isArray()) {
        list = document.array(); // a bare list of rules is accepted too
    } else {
        const QJsonObject root = document.object();
        if (root.value("format"_L1).toString() != formatName) {
            return std::unexpected(tr("not a Quorum rules file (its \"format\" is not \"quorum-rules\")"));
        }
        if (root.value("version"_L1).toInt() > formatVersion) {
            return std::unexpected(tr("written by a newer Quorum (rules format version %1; this one reads %2)")
                    .arg(root.value("version"_L1).toInt())
                    .arg(formatVersion));
        }
        if (!root.value("rules"_L1).isArray()) {
            return std::unexpected(tr("\"rules\" must be a list"));
        }
        list = root.value("rules"_L1).toArray();
    }
    QList<Rule> rules;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            return std::unexpected(tr("rule %1 is not an object").arg(i + 1));
        }
        auto rule = Rule::fromJson(list.at(i).toObject());
        if (!rule) {
            return std::unexpected(tr("rule %1: %2").arg(i + 1).arg(rule.error()));
        }
        rules.append(*rule);
    }
    return rules;
}

} // namespace Quorum
