// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/judgestore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

using namespace Sql;

QJsonObject ConversationJudge::toJson() const
{
    QJsonObject json {{"target"_L1, target.label()}, {"mode"_L1, judgeModeName(mode)}, {"auto"_L1, automatic}};
    if (!custom.isEmpty()) {
        json.insert("custom"_L1, custom);
    }
    return json;
}

std::optional<ConversationJudge> ConversationJudge::fromJson(const QJsonObject &json)
{
    const auto target = ChatTarget::parse(json.value("target"_L1).toString());
    const auto mode = judgeModeFromName(json.value("mode"_L1).toString());
    if (!target || !mode) {
        return std::nullopt;
    }
    return ConversationJudge {*target, *mode, json.value("custom"_L1).toString(), json.value("auto"_L1).toBool()};
}

JudgeStore::JudgeStore(const Database &database)
    : m_database(database)
{
}

std::expected<QList<CustomJudgeMode>, StorageError> JudgeStore::customModes() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT name, base_mode, instructions, version, updated_at FROM judge_modes ORDER BY name"_s);
    QUORUM_EXEC(q);
    QList<CustomJudgeMode> modes;
    while (q.next()) {
        modes.append({q.value(0).toString(),
            judgeModeFromName(q.value(1).toString()).value_or(JudgeMode::Fuse),
            q.value(2).toString(),
            q.value(3).toInt(),
            q.value(4).toLongLong()});
    }
    return modes;
}

std::expected<std::optional<CustomJudgeMode>, StorageError> JudgeStore::customMode(const QString &name) const
{
    auto modes = customModes();
    if (!modes) {
        return std::unexpected(modes.error());
    }
    for (const CustomJudgeMode &mode : std::as_const(*modes)) {
        if (mode.name == name) {
            return mode;
        }
    }
    return std::optional<CustomJudgeMode>();
}

std::expected<CustomJudgeMode, StorageError> JudgeStore::saveCustomMode(const CustomJudgeMode &mode)
{
    if (mode.name.trimmed().isEmpty() || mode.instructions.trimmed().isEmpty()) {
        return std::unexpected(
            StorageError {StorageError::Kind::Invalid, tr("A judge mode needs a name and instructions.")});
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    CustomJudgeMode saved = mode;
    saved.name = mode.name.trimmed();
    saved.updatedAt = QDateTime::currentMSecsSinceEpoch();
    saved.version = 1;
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT instructions, version, base_mode FROM judge_modes WHERE name = ?"_s);
    q.addBindValue(saved.name);
    QUORUM_EXEC(q);
    if (q.next()) {
        const bool changed
            = q.value(0).toString() != saved.instructions || q.value(2).toString() != judgeModeName(saved.base);
        saved.version = q.value(1).toInt() + (changed ? 1 : 0);
    }
    q.finish();
    q.prepare(u"INSERT INTO judge_modes (name, base_mode, instructions, version, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET base_mode = excluded.base_mode, "
              "instructions = excluded.instructions, version = excluded.version, updated_at = excluded.updated_at"_s);
    q.addBindValue(saved.name);
    q.addBindValue(judgeModeName(saved.base));
    q.addBindValue(saved.instructions);
    q.addBindValue(saved.version);
    q.addBindValue(saved.updatedAt);
    q.addBindValue(saved.updatedAt);
    QUORUM_EXEC(q);
    if (auto committed = transaction.commit(); !committed) {
        return std::unexpected(committed.error());
    }
    Q_EMIT m_database.changes().judgesChanged();
    return saved;
}

std::expected<void, StorageError> JudgeStore::removeCustomMode(const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM judge_modes WHERE name = ?"_s);
    q.addBindValue(name);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("There is no judge mode named '%1'.").arg(name)});
    }
    Q_EMIT m_database.changes().judgesChanged();
    return {};
}

std::expected<std::optional<ConversationJudge>, StorageError> JudgeStore::conversationJudge(qint64 conversationId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT judge FROM conversations WHERE id = ?"_s);
    q.addBindValue(conversationId);
    QUORUM_EXEC(q);
    if (!q.next() || q.value(0).isNull()) {
        return std::optional<ConversationJudge>();
    }
    return ConversationJudge::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

std::expected<void, StorageError> JudgeStore::setConversationJudge(
    qint64 conversationId, const std::optional<ConversationJudge> &judge)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE conversations SET judge = ? WHERE id = ?"_s);
    q.addBindValue(
        judge ? QString::fromUtf8(QJsonDocument(judge->toJson()).toJson(QJsonDocument::Compact)) : QString());
    q.addBindValue(conversationId);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("There is no conversation %1.").arg(conversationId)});
    }
    Q_EMIT m_database.changes().judgesChanged();
    return {};
}

} // namespace Quorum
