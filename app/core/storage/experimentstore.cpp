// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/experimentstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/sqlvalues.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

using namespace Sql;

namespace
{
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

StorageError notFound(const QString &message)
{
    return StorageError {StorageError::Kind::NotFound, message};
}

const QString runColumns = u"r.id, r.experiment_id, e.name, r.definition, r.status, r.max_cost_nanos, "
                           "r.estimate_nanos, r.started_at, r.ended_at, r.heartbeat_at "
                           "FROM experiment_runs r JOIN experiments e ON e.id = r.experiment_id"_s;

ExperimentRunRecord runFrom(const QSqlQuery &q)
{
    ExperimentRunRecord run;
    run.id = q.value(0).toLongLong();
    run.experimentId = q.value(1).toLongLong();
    run.experimentName = q.value(2).toString();
    run.definition = q.value(3).toString().toUtf8();
    run.status
        = ExperimentRunRecord::statusFromName(q.value(4).toString()).value_or(ExperimentRunRecord::Status::Stopped);
    run.maxCostNanos = optionalFrom(q.value(5));
    run.estimateNanos = optionalFrom(q.value(6));
    run.startedAt = q.value(7).toLongLong();
    run.endedAt = optionalFrom(q.value(8));
    run.heartbeatAt = q.value(9).toLongLong();
    return run;
}

ExperimentRecord experimentFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
        q.value(1).toString(),
        q.value(2).toString().toUtf8(),
        q.value(3).toLongLong(),
        q.value(4).toLongLong()};
}

QString checksJson(const QList<CheckOutcome> &checks)
{
    QJsonArray list;
    for (const CheckOutcome &check : checks) {
        list.append(QJsonObject {{u"type"_s, check.type}, {u"passed"_s, check.passed}, {u"detail"_s, check.detail}});
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<CheckOutcome> checksFrom(const QString &json)
{
    QList<CheckOutcome> checks;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = value.toObject();
        checks.append({o.value("type"_L1).toString(), o.value("passed"_L1).toBool(), o.value("detail"_L1).toString()});
    }
    return checks;
}
} // namespace

ExperimentStore::ExperimentStore(const Database &database)
    : m_database(database)
{
}

std::expected<ExperimentRecord, StorageError> ExperimentStore::save(const QString &name, const QByteArray &definition)
{
    const qint64 when = now();
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO experiments (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?) "
              "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at "
              "RETURNING id, name, definition, created_at, updated_at"_s);
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(definition));
    q.addBindValue(when);
    q.addBindValue(when);
    QUORUM_EXEC(q);
    if (!q.next()) {
        return std::unexpected(notFound(tr("The experiment '%1' could not be saved.").arg(name)));
    }
    ExperimentRecord saved = experimentFrom(q);
    q.finish();
    Q_EMIT m_database.changes().experimentsChanged();
    return saved;
}

std::expected<QList<ExperimentRecord>, StorageError> ExperimentStore::experiments() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, name, definition, created_at, updated_at FROM experiments ORDER BY name"_s);
    QUORUM_EXEC(q);
    QList<ExperimentRecord> list;
    while (q.next()) {
        list.append(experimentFrom(q));
    }
    return list;
}

std::expected<ExperimentRecord, StorageError> ExperimentStore::experiment(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT id, name, definition, created_at, updated_at FROM experiments WHERE name = ?"_s);
    q.addBindValue(name);
    QUORUM_EXEC(q);
    if (!q.next()) {
        return std::unexpected(notFound(tr("There is no experiment named '%1'.").arg(name)));
    }
    return experimentFrom(q);
}

std::expected<void, StorageError> ExperimentStore::remove(const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM experiments WHERE name = ?"_s);
    q.addBindValue(name);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(notFound(tr("There is no experiment named '%1'.").arg(name)));
    }
    Q_EMIT m_database.changes().experimentsChanged();
    return {};
}

std::expected<ExperimentRunRecord, StorageError> ExperimentStore::startRun(qint64 experimentId,
    const QByteArray &definition,
    std::optional<qint64> maxCostNanos,
    std::optional<qint64> estimateNanos)
{
    const qint64 when = now();
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO experiment_runs (experiment_id, definition, status, max_cost_nanos, estimate_nanos, "
              "started_at, heartbeat_at) VALUES (?, ?, 'running', ?, ?, ?, ?)"_s);
    q.addBindValue(experimentId);
    q.addBindValue(QString::fromUtf8(definition));
    q.addBindValue(optionalValue(maxCostNanos));
    q.addBindValue(optionalValue(estimateNanos));
    q.addBindValue(when);
    q.addBindValue(when);
    QUORUM_EXEC(q);
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT m_database.changes().experimentsChanged();
    return run(id);
}

std::expected<QList<ExperimentRunRecord>, StorageError> ExperimentStore::runs(qint64 experimentId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + runColumns + u" WHERE r.experiment_id = ? ORDER BY r.id DESC"_s);
    q.addBindValue(experimentId);
    QUORUM_EXEC(q);
    QList<ExperimentRunRecord> list;
    while (q.next()) {
        list.append(runFrom(q));
    }
    return list;
}

std::expected<ExperimentRunRecord, StorageError> ExperimentStore::run(qint64 runId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + runColumns + u" WHERE r.id = ?"_s);
    q.addBindValue(runId);
    QUORUM_EXEC(q);
    if (!q.next()) {
        return std::unexpected(notFound(tr("There is no experiment run %1.").arg(runId)));
    }
    return runFrom(q);
}

std::expected<void, StorageError> ExperimentStore::heartbeat(qint64 runId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE experiment_runs SET heartbeat_at = ? WHERE id = ?"_s);
    q.addBindValue(now());
    q.addBindValue(runId);
    QUORUM_EXEC(q);
    return {};
}

std::expected<void, StorageError> ExperimentStore::setRunStatus(qint64 runId, ExperimentRunRecord::Status status)
{
    const qint64 when = now();
    const bool running = status == ExperimentRunRecord::Status::Running;
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE experiment_runs SET status = ?, ended_at = ?, heartbeat_at = ? WHERE id = ?"_s);
    q.addBindValue(ExperimentRunRecord::statusName(status));
    q.addBindValue(running ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(when));
    q.addBindValue(when);
    q.addBindValue(runId);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(notFound(tr("There is no experiment run %1.").arg(runId)));
    }
    Q_EMIT m_database.changes().experimentsChanged();
    return {};
}

std::expected<void, StorageError> ExperimentStore::removeRun(qint64 runId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM experiment_runs WHERE id = ?"_s);
    q.addBindValue(runId);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(notFound(tr("There is no experiment run %1.").arg(runId)));
    }
    Q_EMIT m_database.changes().experimentsChanged();
    return {};
}

std::expected<QList<ExperimentCell>, StorageError> ExperimentStore::cells(qint64 runId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.case_index, c.variant_index, c.repeat_index, c.status, c.response_id, c.passed, c.checks, "
              "c.message, c.judge_cost_nanos, c.judge_response_ids, c.updated_at, r.text, r.input_tokens, "
              "r.output_tokens, r.ttft_ms, r.duration_ms, r.cost_nanos, t.conversation_id "
              "FROM experiment_cells c LEFT JOIN responses r ON r.id = c.response_id "
              "LEFT JOIN turns t ON t.id = r.turn_id WHERE c.run_id = ? "
              "ORDER BY c.case_index, c.variant_index, c.repeat_index"_s);
    q.addBindValue(runId);
    QUORUM_EXEC(q);
    QList<ExperimentCell> list;
    while (q.next()) {
        ExperimentCell cell;
        cell.key = {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
        cell.status = ExperimentCell::statusFromName(q.value(3).toString()).value_or(ExperimentCell::Status::Error);
        cell.responseId = optionalFrom(q.value(4));
        if (!q.value(5).isNull()) {
            cell.passed = q.value(5).toBool();
        }
        cell.checks = checksFrom(q.value(6).toString());
        cell.message = q.value(7).toString();
        cell.judgeCostNanos = optionalFrom(q.value(8));
        for (const QJsonValue &id : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array()) {
            cell.judgeResponseIds.append(id.toInteger());
        }
        cell.updatedAt = q.value(10).toLongLong();
        cell.text = q.value(11).toString();
        cell.inputTokens = optionalFrom(q.value(12));
        cell.outputTokens = optionalFrom(q.value(13));
        cell.ttftMs = optionalFrom(q.value(14));
        cell.durationMs = optionalFrom(q.value(15));
        cell.costNanos = optionalFrom(q.value(16));
        cell.conversationId = q.value(17).toLongLong();
        list.append(cell);
    }
    return list;
}

std::expected<void, StorageError> ExperimentStore::saveCell(qint64 runId, const ExperimentCell &cell)
{
    QJsonArray judges;
    for (const qint64 id : cell.judgeResponseIds) {
        judges.append(id);
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT OR REPLACE INTO experiment_cells (run_id, case_index, variant_index, repeat_index, status, "
              "response_id, passed, checks, message, judge_cost_nanos, judge_response_ids, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(runId);
    q.addBindValue(cell.key.caseIndex);
    q.addBindValue(cell.key.variantIndex);
    q.addBindValue(cell.key.repeat);
    q.addBindValue(ExperimentCell::statusName(cell.status));
    q.addBindValue(optionalValue(cell.responseId));
    q.addBindValue(cell.passed ? QVariant(*cell.passed ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(checksJson(cell.checks));
    q.addBindValue(nullIfEmpty(cell.message));
    q.addBindValue(optionalValue(cell.judgeCostNanos));
    q.addBindValue(QString::fromUtf8(QJsonDocument(judges).toJson(QJsonDocument::Compact)));
    q.addBindValue(now());
    QUORUM_EXEC(q);
    return {};
}

std::expected<QList<ExperimentOutcome>, StorageError> ExperimentStore::outcomes() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT r.provider_id, r.model, t.prompt, c.passed FROM experiment_cells c "
              "JOIN responses r ON r.id = c.response_id JOIN turns t ON t.id = r.turn_id "
              "WHERE c.status = 'done' AND c.passed IS NOT NULL"_s);
    QUORUM_EXEC(q);
    QList<ExperimentOutcome> list;
    while (q.next()) {
        list.append({q.value(0).toString() + u'/' + q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    }
    return list;
}

std::expected<std::optional<std::pair<qint64, qint64>>, StorageError> ExperimentStore::caseTurn(
    qint64 runId, int caseIndex) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT t.conversation_id, t.id FROM experiment_cells c JOIN responses r ON r.id = c.response_id "
              "JOIN turns t ON t.id = r.turn_id WHERE c.run_id = ? AND c.case_index = ? LIMIT 1"_s);
    q.addBindValue(runId);
    q.addBindValue(caseIndex);
    QUORUM_EXEC(q);
    if (!q.next()) {
        return std::optional<std::pair<qint64, qint64>>();
    }
    return std::optional<std::pair<qint64, qint64>>({q.value(0).toLongLong(), q.value(1).toLongLong()});
}

} // namespace Quorum
