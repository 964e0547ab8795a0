// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/conversationstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "storage/attachmentstore.h"
#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;
using namespace Quorum::Sql;

namespace Quorum
{

namespace
{
//! responses.parameters as stored: compact JSON (AnswerParameters reads and writes it).
QString parametersText(const AnswerParameters &parameters)
{
    return QString::fromUtf8(QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact));
}

AnswerParameters parametersFrom(const QVariant &column)
{
    return AnswerParameters::fromJson(QJsonDocument::fromJson(column.toString().toUtf8()).object());
}

constexpr auto responseColumns
    = "id, turn_id, position, provider_id, model, served_model, parameters, text, reasoning, status, error_kind, "
      "error_message, http_status, finish_reason, finish_reason_raw, input_tokens, cached_input_tokens, "
      "cache_write_tokens, output_tokens, reasoning_tokens, cost_nanos, cost_estimated, ttft_ms, duration_ms, vote, "
      "created_at, updated_at, kind, judgement, attachments_received, tool_steps"_L1;

// What an answer ends with: the columns finishResponse() updates and importConversations()
// inserts, bound from one place so the two cannot drift apart.
const QStringList outcomeColumns {u"served_model"_s,
    u"text"_s,
    u"reasoning"_s,
    u"status"_s,
    u"error_kind"_s,
    u"error_message"_s,
    u"http_status"_s,
    u"finish_reason"_s,
    u"finish_reason_raw"_s,
    u"input_tokens"_s,
    u"cached_input_tokens"_s,
    u"cache_write_tokens"_s,
    u"output_tokens"_s,
    u"reasoning_tokens"_s,
    u"cost_nanos"_s,
    u"cost_estimated"_s,
    u"ttft_ms"_s,
    u"duration_ms"_s,
    u"judgement"_s,
    u"tool_steps"_s};

QString stepsText(const QList<ToolStep> &steps)
{
    QJsonArray array;
    for (const ToolStep &step : steps) {
        array.append(step.toJson());
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ToolStep> stepsFrom(const QString &json)
{
    QList<ToolStep> steps;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array()) {
        if (std::optional<ToolStep> step = ToolStep::fromJson(value.toObject())) {
            steps.append(*step);
        }
    }
    return steps;
}

//! Binds outcomeColumns from placeholder \a first on; returns the next placeholder.
int bindOutcome(QSqlQuery &q, int first, const ResponseRecord &r)
{
    const QVariantList values {nullIfEmpty(r.servedModel),
        nonNull(r.text),
        nonNull(r.reasoning),
        responseStatusName(r.status),
        nullIfEmpty(r.errorKind),
        nullIfEmpty(r.errorMessage),
        r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(QMetaType(QMetaType::Int)),
        nullIfEmpty(r.finishReason),
        nullIfEmpty(r.finishReasonRaw),
        optionalValue(r.inputTokens),
        optionalValue(r.cachedInputTokens),
        optionalValue(r.cacheWriteTokens),
        optionalValue(r.outputTokens),
        optionalValue(r.reasoningTokens),
        optionalValue(r.costNanos),
        r.costEstimated ? 1 : 0,
        optionalValue(r.ttftMs),
        optionalValue(r.durationMs),
        r.judgement ? QVariant(QString::fromUtf8(QJsonDocument(r.judgement->toJson()).toJson(QJsonDocument::Compact)))
                    : QVariant(QMetaType(QMetaType::QString)),
        stepsText(r.steps)};
    Q_ASSERT(values.size() == outcomeColumns.size());
    for (const QVariant &value : values) {
        q.bindValue(first++, value);
    }
    return first;
}

QString receivedText(const QList<AttachmentDelivery> &received)
{
    return QString::fromUtf8(QJsonDocument(AttachmentDelivery::toJson(received)).toJson(QJsonDocument::Compact));
}

//! \a attachments as a turn lists them: what they are, without their bytes and text.
QList<Attachment> described(const QList<Attachment> &attachments)
{
    QList<Attachment> listed = attachments;
    for (Attachment &a : listed) {
        a.storedSize = a.size();
        a.data.clear();
        a.text.clear();
    }
    return listed;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(u"?"_s, count);
    return marks.join(u", "_s);
}

ResponseRecord responseFrom(const QSqlQuery &q)
{
    ResponseRecord r;
    r.id = q.value(0).toLongLong();
    r.turnId = q.value(1).toLongLong();
    r.position = q.value(2).toInt();
    r.providerId = q.value(3).toString();
    r.model = q.value(4).toString();
    r.servedModel = q.value(5).toString();
    r.parameters = parametersFrom(q.value(6));
    r.text = q.value(7).toString();
    r.reasoning = q.value(8).toString();
    r.status = responseStatusFromName(q.value(9).toString()).value_or(ResponseStatus::Error);
    r.errorKind = q.value(10).toString();
    r.errorMessage = q.value(11).toString();
    r.httpStatus = q.value(12).toInt();
    r.finishReason = q.value(13).toString();
    r.finishReasonRaw = q.value(14).toString();
    r.inputTokens = optionalFrom(q.value(15));
    r.cachedInputTokens = optionalFrom(q.value(16));
    r.cacheWriteTokens = optionalFrom(q.value(17));
    r.outputTokens = optionalFrom(q.value(18));
    r.reasoningTokens = optionalFrom(q.value(19));
    r.costNanos = optionalFrom(q.value(20));
    r.costEstimated = q.value(21).toBool();
    r.ttftMs = optionalFrom(q.value(22));
    r.durationMs = optionalFrom(q.value(23));
    r.vote = q.value(24).toInt();
    r.createdAt = q.value(25).toLongLong();
    r.updatedAt = q.value(26).toLongLong();
    r.kind = responseKindFromName(q.value(27).toString()).value_or(ResponseKind::Answer);
    if (!q.value(28).isNull()) {
        r.judgement = Judgement::fromJson(QJsonDocument::fromJson(q.value(28).toString().toUtf8()).object());
    }
    r.received = AttachmentDelivery::fromJson(QJsonDocument::fromJson(q.value(29).toString().toUtf8()).array());
    r.steps = stepsFrom(q.value(30).toString());
    return r;
}

ConversationRecord conversationFrom(const QSqlQuery &q)
{
    ConversationRecord c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.systemPrompt = q.value(2).toString();
    for (const QJsonValue &tag : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array()) {
        c.tags << tag.toString();
    }
    c.pinned = q.value(4).toBool();
    c.createdAt = q.value(5).toLongLong();
    c.updatedAt = q.value(6).toLongLong();
    c.experimentRun = optionalFrom(q.value(7));
    c.persona = PromptRef::fromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
    for (const QJsonValue &server : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array()) {
        c.toolset << server.toString();
    }
    return c;
}
} // namespace

ConversationStore::ConversationStore(const Database &database, Clock clock)
    : m_database(database)
    , m_clock(std::move(clock))
{
}

qint64 ConversationStore::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

namespace
{
QVariant personaValue(const std::optional<PromptRef> &persona)
{
    return persona ? QVariant(QString::fromUtf8(QJsonDocument(persona->toJson()).toJson(QJsonDocument::Compact)))
                   : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

std::expected<qint64, StorageError> ConversationStore::createConversation(const QString &title,
    const QString &systemPrompt,
    std::optional<qint64> experimentRun,
    const std::optional<PromptRef> &persona)
{
    const qint64 when = now();
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO conversations (title, system_prompt, created_at, updated_at, experiment_run_id, persona) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(nonNull(title));
    q.addBindValue(nonNull(systemPrompt));
    q.addBindValue(when);
    q.addBindValue(when);
    q.addBindValue(optionalValue(experimentRun));
    q.addBindValue(personaValue(persona));
    QUORUM_EXEC(q);
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT m_database.changes().conversationChanged(id);
    return id;
}

std::expected<void, StorageError> ConversationStore::renameConversation(qint64 id, const QString &title)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE conversations SET title = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(nonNull(title));
    q.addBindValue(now());
    q.addBindValue(id);
    QUORUM_EXEC(q);
    Q_EMIT m_database.changes().conversationChanged(id);
    return {};
}

std::expected<void, StorageError> ConversationStore::setPinned(qint64 id, bool pinned)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE conversations SET pinned = ? WHERE id = ?"_s);
    q.addBindValue(pinned ? 1 : 0);
    q.addBindValue(id);
    QUORUM_EXEC(q);
    Q_EMIT m_database.changes().conversationChanged(id);
    return {};
}

std::expected<void, StorageError> ConversationStore::setTags(qint64 id, const QStringList &tags)
{
    QJsonArray clean;
    QStringList seen;
    for (const QString &tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !seen.contains(t, Qt::CaseInsensitive)) {
            seen << t;
            clean.append(t);
        }
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE conversations SET tags = ? WHERE id = ?"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(clean).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    QUORUM_EXEC(q);
    Q_EMIT m_database.changes().conversationChanged(id);
    return {};
}

std::expected<void, StorageError> ConversationStore::setToolset(qint64 id, const QStringList &servers)
{
    QStringList clean;
    for (const QString &server : servers) {
        if (!server.isEmpty() && !clean.contains(server)) {
            clean << server;
        }
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE conversations SET toolset = ? WHERE id = ?"_s);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(clean)).toJson(QJsonDocument::Compact)));
    q.addBindValue(id);
    QUORUM_EXEC(q);
    Q_EMIT m_database.changes().conversationChanged(id);
    return {};
}

std::expected<void, StorageError> ConversationStore::setSteps(qint64 responseId, const QList<ToolStep> &steps)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE responses SET tool_steps = ? WHERE id = ?"_s);
    q.addBindValue(stepsText(steps));
    q.addBindValue(responseId);
    QUORUM_EXEC(q);
    return {};
}

std::expected<void, StorageError> ConversationStore::deleteConversation(qint64 id)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM conversations WHERE id = ?"_s);
    q.addBindValue(id);
    QUORUM_EXEC(q);
    Q_EMIT m_database.changes().conversationRemoved(id);
    return {};
}

std::expected<QList<ConversationRecord>, StorageError> ConversationStore::conversationsAfter(
    const std::optional<ConversationRecord> &after, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Keyset paging on the list's own order (the conversations_recent index, with the rowid):
    // the 100,000th page costs what the first does, where OFFSET would count its way there.
    q.prepare(u"SELECT id, title, system_prompt, tags, pinned, created_at, updated_at, experiment_run_id, persona, "
              u"toolset FROM "
              u"conversations "
              "WHERE (pinned, updated_at, id) < (?, ?, ?) AND experiment_run_id IS NULL "
              "ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ?"_s);
    q.addBindValue(after ? (after->pinned ? 1 : 0) : 2);
    q.addBindValue(after ? after->updatedAt : std::numeric_limits<qint64>::max());
    q.addBindValue(after ? after->id : std::numeric_limits<qint64>::max());
    q.addBindValue(limit);
    QUORUM_EXEC(q);
    QList<ConversationRecord> result;
    while (q.next()) {
        result.append(conversationFrom(q));
    }
    return result;
}

std::expected<QList<ConversationRecord>, StorageError> ConversationStore::listConversations(int limit, int offset) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, title, system_prompt, tags, pinned, created_at, updated_at, experiment_run_id, persona, "
              u"toolset FROM "
              u"conversations "
              "WHERE experiment_run_id IS NULL ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ? OFFSET ?"_s);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QUORUM_EXEC(q);
    QList<ConversationRecord> result;
    while (q.next()) {
        result.append(conversationFrom(q));
    }
    return result;
}

std::expected<std::optional<ConversationRecord>, StorageError> ConversationStore::conversation(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        u"SELECT id, title, system_prompt, tags, pinned, created_at, updated_at, experiment_run_id, persona, toolset FROM conversations WHERE id = ?"_s);
    q.addBindValue(id);
    QUORUM_EXEC(q);
    if (!q.next()) {
        return std::optional<ConversationRecord>();
    }
    return std::optional<ConversationRecord>(conversationFrom(q));
}

namespace
{
const QString pageBefore = u"SELECT id FROM turns WHERE conversation_id = :c AND position < :at "
                           "ORDER BY position DESC LIMIT :count"_s;
const QString pageFrom = u"SELECT id FROM turns WHERE conversation_id = :c AND position >= :at "
                         "ORDER BY position LIMIT :count"_s;
} // namespace

std::expected<QList<TurnRecord>, StorageError> ConversationStore::turns(qint64 conversationId) const
{
    return loadTurns(pageBefore, conversationId, std::numeric_limits<int>::max(), -1);
}

std::expected<QList<TurnRecord>, StorageError> ConversationStore::recentTurns(
    qint64 conversationId, int count, int beforePosition) const
{
    return loadTurns(pageBefore, conversationId, beforePosition, qMax(0, count));
}

std::expected<QList<TurnRecord>, StorageError> ConversationStore::turnsFrom(
    qint64 conversationId, int fromPosition, int count) const
{
    return loadTurns(pageFrom, conversationId, fromPosition, qMax(0, count));
}

std::expected<QList<TurnRecord>, StorageError> ConversationStore::turnOutline(qint64 conversationId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.id, t.parent_id, t.position, t.created_at, r.id, r.model, r.status, r.cost_nanos, r.kind "
              "FROM turns t LEFT JOIN responses r ON r.turn_id = t.id "
              "WHERE t.conversation_id = ? ORDER BY t.position, t.id, r.position"_s);
    q.addBindValue(conversationId);
    QUORUM_EXEC(q);
    QList<TurnRecord> result;
    while (q.next()) {
        const qint64 turnId = q.value(0).toLongLong();
        if (result.isEmpty() || result.constLast().id != turnId) {
            TurnRecord t;
            t.id = turnId;
            t.conversationId = conversationId;
            t.parentId = optionalFrom(q.value(1));
            t.position = q.value(2).toInt();
            t.createdAt = q.value(3).toLongLong();
            result.append(t);
        }
        if (!q.value(4).isNull()) {
            ResponseRecord r;
            r.id = q.value(4).toLongLong();
            r.turnId = turnId;
            r.model = q.value(5).toString();
            r.status = responseStatusFromName(q.value(6).toString()).value_or(ResponseStatus::Done);
            r.costNanos = optionalFrom(q.value(7));
            r.kind = responseKindFromName(q.value(8).toString()).value_or(ResponseKind::Answer);
            (r.kind == ResponseKind::Judge ? result.last().judgements : result.last().responses).append(r);
        }
    }
    return result;
}

std::expected<int, StorageError> ConversationStore::turnCount(qint64 conversationId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*) FROM turns WHERE conversation_id = ?"_s);
    q.addBindValue(conversationId);
    QUORUM_EXEC(q);
    return q.next() ? q.value(0).toInt() : 0;
}

// count < 0: every turn. Both queries walk the (conversation_id, position) index and
// responses_by_turn, so a page costs the same in a conversation of 10 or 10,000 turns.
std::expected<QList<TurnRecord>, StorageError> ConversationStore::loadTurns(
    const QString &page, qint64 conversationId, int at, int count) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, conversation_id, parent_id, position, prompt, created_at FROM turns WHERE id IN ("_s + page
        + u") ORDER BY position, id"_s);
    q.bindValue(u":c"_s, conversationId);
    q.bindValue(u":at"_s, at);
    q.bindValue(u":count"_s, count);
    QUORUM_EXEC(q);
    QList<TurnRecord> result;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        TurnRecord t;
        t.id = q.value(0).toLongLong();
        t.conversationId = q.value(1).toLongLong();
        t.parentId = optionalFrom(q.value(2));
        t.position = q.value(3).toInt();
        t.prompt = q.value(4).toString();
        t.createdAt = q.value(5).toLongLong();
        index.insert(t.id, result.size());
        result.append(t);
    }
    QSqlQuery r(m_database.connection());
    r.setForwardOnly(true);
    r.prepare(u"SELECT "_s + responseColumns + u" FROM responses WHERE turn_id IN ("_s + page
        + u") ORDER BY turn_id, position"_s);
    r.bindValue(u":c"_s, conversationId);
    r.bindValue(u":at"_s, at);
    r.bindValue(u":count"_s, count);
    QUORUM_EXEC(r);
    while (r.next()) {
        ResponseRecord response = responseFrom(r);
        if (auto pieces = withPieces(response); !pieces) {
            return std::unexpected(pieces.error());
        }
        if (const auto it = index.constFind(response.turnId); it != index.cend()) {
            (response.kind == ResponseKind::Judge ? result[*it].judgements : result[*it].responses).append(response);
        }
    }
    // What each turn attached (not the bytes: AttachmentStore reads those when they are sent).
    QSqlQuery a(m_database.connection());
    a.setForwardOnly(true);
    a.prepare(u"SELECT t.turn_id, t.name, b.sha256, b.mime_type, b.kind, b.size, b.width, b.height, b.pages, "
              "t.redacted_text IS NOT NULL "
              "FROM turn_attachments t JOIN attachment_blobs b ON b.id = t.blob_id WHERE t.turn_id IN ("_s
        + page + u") ORDER BY t.turn_id, t.position"_s);
    a.bindValue(u":c"_s, conversationId);
    a.bindValue(u":at"_s, at);
    a.bindValue(u":count"_s, count);
    QUORUM_EXEC(a);
    while (a.next()) {
        Attachment attachment;
        attachment.name = a.value(1).toString();
        attachment.sha256 = a.value(2).toString();
        attachment.mimeType = a.value(3).toString();
        attachment.kind = attachmentKindFromName(a.value(4).toString()).value_or(AttachmentKind::Text);
        attachment.storedSize = a.value(5).toLongLong();
        attachment.width = a.value(6).toInt();
        attachment.height = a.value(7).toInt();
        attachment.pages = a.value(8).toInt();
        attachment.redacted = a.value(9).toBool();
        if (const auto it = index.constFind(a.value(0).toLongLong()); it != index.cend()) {
            result[*it].attachments.append(attachment);
        }
    }
    return result;
}

std::expected<QList<TurnRecord>, StorageError> ConversationStore::judgedTurns() const
{
    // The page binds :c, :at and :count (loadTurns); this one needs none of them.
    // An experiment's judges grade one answer against a rubric: not a comparison of models
    // (its results are the leaderboard's experiment source).
    return loadTurns(u"SELECT DISTINCT r.turn_id FROM responses r JOIN turns t ON t.id = r.turn_id "
                     "JOIN conversations c ON c.id = t.conversation_id WHERE r.kind = 'judge' AND r.status = 'done' "
                     "AND c.experiment_run_id IS NULL AND coalesce(:c, :at, :count, 1) IS NOT NULL"_s,
        0,
        0,
        -1);
}

std::expected<QList<TurnRecord>, StorageError> ConversationStore::votedTurns() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    // Turns with a pick and at least two finished answers; their finished answers.
    q.prepare(
        u"WITH voted AS (SELECT turn_id FROM responses WHERE status = 'done' AND kind = 'answer' GROUP BY turn_id "
        "HAVING count(*) >= 2 AND max(vote) > 0) "
        "SELECT t.id, t.conversation_id, t.prompt, t.created_at, r.id, r.provider_id, r.model, r.parameters, "
        "r.output_tokens, r.cost_nanos, r.cost_estimated, r.ttft_ms, r.duration_ms, r.vote, r.input_tokens "
        "FROM voted JOIN turns t ON t.id = voted.turn_id JOIN responses r ON r.turn_id = t.id "
        "WHERE r.status = 'done' AND r.kind = 'answer' ORDER BY t.created_at, t.id, r.position"_s);
    QUORUM_EXEC(q);
    QList<TurnRecord> result;
    while (q.next()) {
        const qint64 turnId = q.value(0).toLongLong();
        if (result.isEmpty() || result.constLast().id != turnId) {
            TurnRecord t;
            t.id = turnId;
            t.conversationId = q.value(1).toLongLong();
            t.prompt = q.value(2).toString();
            t.createdAt = q.value(3).toLongLong();
            result.append(t);
        }
        ResponseRecord r;
        r.id = q.value(4).toLongLong();
        r.turnId = turnId;
        r.providerId = q.value(5).toString();
        r.model = q.value(6).toString();
        r.parameters = parametersFrom(q.value(7));
        r.status = ResponseStatus::Done;
        r.outputTokens = optionalFrom(q.value(8));
        r.costNanos = optionalFrom(q.value(9));
        r.costEstimated = q.value(10).toInt() != 0;
        r.ttftMs = optionalFrom(q.value(11));
        r.durationMs = optionalFrom(q.value(12));
        r.vote = q.value(13).toInt();
        r.inputTokens = optionalFrom(q.value(14));
        result.last().responses.append(r);
    }
    return result;
}

std::expected<ConversationStore::ImportOutcome, StorageError> ConversationStore::importNew(
    const QList<Import> &conversations)
{
    ImportOutcome outcome;
    QList<Import> fresh;
    for (const Import &item : conversations) {
        const auto existing = findImported(item);
        if (!existing) {
            return std::unexpected(existing.error());
        }
        if (existing->has_value()) {
            outcome.skipped.append({item.conversation.title, **existing});
        } else {
            fresh.append(item);
        }
    }
    auto ids = importConversations(fresh);
    if (!ids) {
        return std::unexpected(ids.error());
    }
    outcome.imported = std::move(*ids);
    return outcome;
}

std::expected<QList<qint64>, StorageError> ConversationStore::conversationIds() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT id FROM conversations ORDER BY created_at, id"_s);
    QUORUM_EXEC(q);
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

std::expected<std::optional<qint64>, StorageError> ConversationStore::findImported(const Import &item) const
{
    QSqlQuery q(m_database.connection());
    if (item.turns.isEmpty()) {
        q.prepare(u"SELECT id FROM conversations c WHERE created_at = ? AND title = ? "
                  "AND NOT EXISTS (SELECT 1 FROM turns WHERE conversation_id = c.id) LIMIT 1"_s);
        q.addBindValue(item.conversation.createdAt);
        q.addBindValue(nonNull(item.conversation.title));
    } else {
        q.prepare(u"SELECT c.id FROM conversations c JOIN turns t ON t.conversation_id = c.id AND t.position = 0 "
                  "WHERE c.created_at = ? AND c.title = ? AND t.prompt = ? LIMIT 1"_s);
        q.addBindValue(item.conversation.createdAt);
        q.addBindValue(nonNull(item.conversation.title));
        q.addBindValue(nonNull(item.turns.constFirst().prompt));
    }
    QUORUM_EXEC(q);
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

std::expected<QList<qint64>, StorageError> ConversationStore::importConversations(const QList<Import> &conversations)
{
    // One transaction can write a whole ChatGPT export: with SQLite's default 2 MB page cache
    // it spills pages to the WAL again and again (a 25 MB export of 20,000 turns: 8.9 s; with
    // room for 128 MB: 7.1 s). The cache is only taken as used, and given back after.
    QSqlQuery cache(m_database.connection());
    cache.exec(u"PRAGMA cache_size = -131072"_s);
    const auto restoreCache = qScopeGuard([&cache] { cache.exec(u"PRAGMA cache_size = -2000"_s); });
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery c(m_database.connection());
    c.prepare(u"INSERT INTO conversations (title, system_prompt, tags, pinned, created_at, updated_at, persona, "
              "toolset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery t(m_database.connection());
    t.prepare(u"INSERT INTO turns (conversation_id, parent_id, position, prompt, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery r(m_database.connection());
    r.prepare(u"INSERT INTO responses (turn_id, position, provider_id, model, parameters, "_s
        + outcomeColumns.join(u", "_s) + u", vote, created_at, updated_at, kind, attachments_received) VALUES ("_s
        + placeholders(outcomeColumns.size() + 10) + u')');
    AttachmentStore attachments(m_database);
    QList<qint64> ids;
    ids.reserve(conversations.size());
    for (const Import &item : conversations) {
        const ConversationRecord &conversation = item.conversation;
        c.bindValue(0, nonNull(conversation.title));
        c.bindValue(1, nonNull(conversation.systemPrompt));
        c.bindValue(2,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(conversation.tags)).toJson(QJsonDocument::Compact)));
        c.bindValue(3, conversation.pinned ? 1 : 0);
        c.bindValue(4, conversation.createdAt);
        c.bindValue(5, conversation.updatedAt);
        c.bindValue(6, personaValue(conversation.persona));
        c.bindValue(7,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(conversation.toolset)).toJson(QJsonDocument::Compact)));
        QUORUM_EXEC(c);
        const qint64 conversationId = c.lastInsertId().toLongLong();
        ids.append(conversationId);
        QHash<qint64, qint64> newTurnIds;
        QHash<qint64, qint64> newResponseIds;                   // the import's ids -> the stored ones
        QList<std::pair<qint64, AnswerParameters>> withHistory; // stored id, parameters to renumber after
        // "history" names answers of earlier turns, stored by then: renumbered as the answer is
        // inserted. Only a reference to an answer not yet stored (none in a file Quorum wrote)
        // waits for an UPDATE once the conversation is in.
        const auto renumbered = [&newResponseIds](const AnswerParameters &parameters, bool &complete) {
            QList<qint64> ids;
            complete = true;
            for (const qint64 old : parameters.history.value_or(QList<qint64> {})) {
                if (const qint64 id = newResponseIds.value(old, 0); id != 0) {
                    ids.append(id);
                } else {
                    complete = false;
                }
            }
            AnswerParameters result = parameters;
            result.history = ids;
            return result;
        };
        for (qsizetype position = 0; position < item.turns.size(); ++position) {
            const TurnRecord &turn = item.turns.at(position);
            const std::optional<qint64> parent
                = turn.parentId ? std::optional<qint64>(newTurnIds.value(*turn.parentId)) : std::nullopt;
            t.bindValue(0, conversationId);
            t.bindValue(1, parent && *parent ? QVariant(*parent) : QVariant(QMetaType(QMetaType::LongLong)));
            t.bindValue(2, static_cast<int>(position));
            t.bindValue(3, nonNull(turn.prompt));
            t.bindValue(4, turn.createdAt);
            QUORUM_EXEC(t);
            const qint64 turnId = t.lastInsertId().toLongLong();
            newTurnIds.insert(turn.id, turnId);
            if (auto attached = attachments.attachWithin(turnId, turn.attachments); !attached) {
                return std::unexpected(attached.error());
            }
            // The answers first, then the judges' (whose sources name the answers).
            const QList<ResponseRecord> all = turn.responses + turn.judgements;
            for (qsizetype i = 0; i < all.size(); ++i) {
                const ResponseRecord &x = all.at(i);
                r.bindValue(0, turnId);
                r.bindValue(1, static_cast<int>(i));
                r.bindValue(2, nonNull(x.providerId));
                r.bindValue(3, nonNull(x.model));
                bool complete = true;
                const bool history = x.parameters.history.has_value();
                AnswerParameters parameters = history ? renumbered(x.parameters, complete) : x.parameters;
                if (parameters.judge) {
                    for (JudgeSource &source : parameters.judge->sources) {
                        source.responseId = newResponseIds.value(source.responseId, 0);
                    }
                    if (parameters.judge->rankerOf) {
                        parameters.judge->rankerOf = newResponseIds.value(*parameters.judge->rankerOf, 0);
                    }
                }
                r.bindValue(4, parametersText(parameters));
                const int next = bindOutcome(r, 5, x);
                r.bindValue(next, x.vote);
                r.bindValue(next + 1, x.createdAt);
                r.bindValue(next + 2, x.updatedAt);
                r.bindValue(next + 3, responseKindName(x.kind));
                r.bindValue(next + 4, receivedText(x.received));
                QUORUM_EXEC(r);
                const qint64 stored = r.lastInsertId().toLongLong();
                if (x.id != 0) {
                    newResponseIds.insert(x.id, stored);
                }
                if (history && !complete) {
                    withHistory.append({stored, x.parameters});
                }
            }
        }
        // Which answers each answer was given as history: renumbered to the stored ids.
        if (!withHistory.isEmpty()) {
            QSqlQuery u(m_database.connection());
            u.prepare(u"UPDATE responses SET parameters = ? WHERE id = ?"_s);
            for (const auto &[stored, parameters] : std::as_const(withHistory)) {
                bool complete = true;
                u.bindValue(0, parametersText(renumbered(parameters, complete)));
                u.bindValue(1, stored);
                QUORUM_EXEC(u);
            }
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return std::unexpected(committed.error());
    }
    for (const qint64 id : std::as_const(ids)) {
        Q_EMIT m_database.changes().conversationChanged(id);
    }
    return ids;
}

std::expected<void, StorageError> ConversationStore::touchConversation(qint64 id, qint64 when)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE conversations SET updated_at = ? WHERE id = ?"_s);
    q.addBindValue(when);
    q.addBindValue(id);
    QUORUM_EXEC(q);
    return {};
}

std::expected<TurnRecord, StorageError> ConversationStore::addTurn(qint64 conversationId,
    const QString &prompt,
    const QList<NewResponse> &targets,
    std::optional<qint64> parentTurnId,
    const QList<Attachment> &attachments)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    const qint64 when = now();
    TurnRecord turn;
    turn.conversationId = conversationId;
    turn.parentId = parentTurnId;
    turn.prompt = prompt;
    turn.createdAt = when;
    {
        QSqlQuery q(m_database.connection());
        q.prepare(u"SELECT coalesce(max(position) + 1, 0) FROM turns WHERE conversation_id = ?"_s);
        q.addBindValue(conversationId);
        QUORUM_EXEC(q);
        turn.position = q.next() ? q.value(0).toInt() : 0;
    }
    {
        QSqlQuery q(m_database.connection());
        q.prepare(
            u"INSERT INTO turns (conversation_id, parent_id, position, prompt, created_at) VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(conversationId);
        q.addBindValue(optionalValue(parentTurnId));
        q.addBindValue(turn.position);
        q.addBindValue(nonNull(prompt));
        q.addBindValue(when);
        QUORUM_EXEC(q);
        turn.id = q.lastInsertId().toLongLong();
    }
    // The files with the turn, in its transaction: a turn is never stored without them.
    if (auto attached = AttachmentStore(m_database).attachWithin(turn.id, attachments); !attached) {
        return std::unexpected(attached.error());
    }
    turn.attachments = described(attachments);
    QSqlQuery q(m_database.connection());
    q.prepare(u"INSERT INTO responses (turn_id, position, provider_id, model, parameters, status, created_at, "
              "updated_at, kind, attachments_received) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, 'answer', ?)"_s);
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const NewResponse &target = targets.at(i);
        q.bindValue(0, turn.id);
        q.bindValue(1, static_cast<int>(i));
        q.bindValue(2, nonNull(target.providerId));
        q.bindValue(3, nonNull(target.model));
        q.bindValue(4, parametersText(target.parameters));
        q.bindValue(5, when);
        q.bindValue(6, when);
        q.bindValue(7, receivedText(target.received));
        QUORUM_EXEC(q);
        ResponseRecord response;
        response.id = q.lastInsertId().toLongLong();
        response.turnId = turn.id;
        response.position = static_cast<int>(i);
        response.providerId = target.providerId;
        response.model = target.model;
        response.parameters = target.parameters;
        response.received = target.received;
        response.createdAt = when;
        response.updatedAt = when;
        turn.responses.append(response);
    }
    if (auto touched = touchConversation(conversationId, when); !touched) {
        return std::unexpected(touched.error());
    }
    if (auto committed = transaction.commit(); !committed) {
        return std::unexpected(committed.error());
    }
    Q_EMIT m_database.changes().conversationChanged(conversationId);
    return turn;
}

std::expected<void, StorageError> ConversationStore::checkpoint(const QList<ResponseCheckpoint> &partials)
{
    if (partials.isEmpty()) {
        return {};
    }
    Transaction transaction(m_database, Transaction::Durability::Normal);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    const qint64 when = now();
    // Only answers still under way: a late checkpoint never touches a finished answer. What is
    // new is appended as a piece, so a checkpoint writes what arrived since the last one and
    // the whole answer is written once, when it ends (0010_responsepieces.sql).
    QSqlQuery mark(m_database.connection());
    mark.prepare(u"UPDATE responses SET status = 'streaming', updated_at = ? "
                 "WHERE id = ? AND status IN ('pending', 'streaming')"_s);
    QSqlQuery append(m_database.connection());
    append.prepare(u"INSERT INTO response_pieces (response_id, seq, text, reasoning) "
                   "SELECT ?, coalesce((SELECT max(seq) + 1 FROM response_pieces WHERE response_id = ?), 0), ?, ?"_s);
    QSqlQuery replace(m_database.connection());
    replace.prepare(u"UPDATE responses SET text = ?, reasoning = ? WHERE id = ?"_s);
    QSqlQuery clear(m_database.connection());
    clear.prepare(u"DELETE FROM response_pieces WHERE response_id = ?"_s);
    for (const ResponseCheckpoint &partial : partials) {
        mark.bindValue(0, when);
        mark.bindValue(1, partial.responseId);
        QUORUM_EXEC(mark);
        if (mark.numRowsAffected() != 1) {
            continue; // it ended (or is gone) meanwhile
        }
        if (partial.replace) {
            clear.bindValue(0, partial.responseId);
            QUORUM_EXEC(clear);
            replace.bindValue(0, nonNull(partial.text));
            replace.bindValue(1, nonNull(partial.reasoning));
            replace.bindValue(2, partial.responseId);
            QUORUM_EXEC(replace);
        } else if (!partial.text.isEmpty() || !partial.reasoning.isEmpty()) {
            append.bindValue(0, partial.responseId);
            append.bindValue(1, partial.responseId);
            append.bindValue(2, nonNull(partial.text));
            append.bindValue(3, nonNull(partial.reasoning));
            QUORUM_EXEC(append);
        }
    }
    return transaction.commit();
}

std::expected<void, StorageError> ConversationStore::finishResponse(const ResponseRecord &r)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE responses SET "_s + outcomeColumns.join(u" = ?, "_s) + u" = ?, updated_at = ? WHERE id = ?"_s);
    const int next = bindOutcome(q, 0, r);
    q.bindValue(next, now());
    q.bindValue(next + 1, r.id);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("There is no answer %1 to update.").arg(r.id)});
    }
    if (auto cleared = clearPieces(r.id); !cleared) { // the whole text is in the row now
        return cleared;
    }
    return transaction.commit();
}

std::expected<void, StorageError> ConversationStore::setVote(qint64 responseId, int vote)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE responses SET vote = ? WHERE id = ?"_s);
    q.addBindValue(vote);
    q.addBindValue(responseId);
    QUORUM_EXEC(q);
    return {};
}

std::expected<void, StorageError> ConversationStore::pickBestAnswer(qint64 turnId, qint64 responseId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE responses SET vote = (id = ?) WHERE turn_id = ?"_s);
    q.addBindValue(responseId);
    q.addBindValue(turnId);
    QUORUM_EXEC(q);
    if (responseId != 0 && q.numRowsAffected() == 0) {
        return std::unexpected(StorageError {StorageError::Kind::NotFound, tr("There is no turn %1.").arg(turnId)});
    }
    return transaction.commit();
}

std::expected<void, StorageError> ConversationStore::restartResponse(
    qint64 responseId, const AnswerParameters &parameters, const QList<AttachmentDelivery> &received)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery q(m_database.connection());
    // Every outcome column back to what a new answer has, then pending.
    q.prepare(u"UPDATE responses SET "_s + outcomeColumns.join(u" = ?, "_s)
        + u" = ?, parameters = ?, attachments_received = ?, vote = 0, updated_at = ? WHERE id = ?"_s);
    ResponseRecord fresh;
    const int next = bindOutcome(q, 0, fresh);
    q.bindValue(next, parametersText(parameters));
    q.bindValue(next + 1, receivedText(received));
    q.bindValue(next + 2, now());
    q.bindValue(next + 3, responseId);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("There is no answer %1 to update.").arg(responseId)});
    }
    if (auto cleared = clearPieces(responseId); !cleared) {
        return cleared;
    }
    return transaction.commit();
}

std::expected<void, StorageError> ConversationStore::fallBack(
    qint64 responseId, const QString &providerId, const QString &model, const FallbackAttempt &attempt)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT parameters FROM responses WHERE id = ?"_s);
    q.bindValue(0, responseId);
    QUORUM_EXEC(q);
    if (!q.next()) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("There is no answer %1 to update.").arg(responseId)});
    }
    AnswerParameters parameters = parametersFrom(q.value(0));
    q.finish();
    QList<FallbackAttempt> attempts = parameters.fallbackFrom.value_or(QList<FallbackAttempt> {});
    attempts.append(attempt);
    parameters.fallbackFrom = attempts;
    q.prepare(u"UPDATE responses SET provider_id = ?, model = ?, parameters = ?, updated_at = ? WHERE id = ?"_s);
    q.bindValue(0, providerId);
    q.bindValue(1, model);
    q.bindValue(2, parametersText(parameters));
    q.bindValue(3, now());
    q.bindValue(4, responseId);
    QUORUM_EXEC(q);
    return transaction.commit();
}

std::expected<ResponseRecord, StorageError> ConversationStore::addResponse(qint64 turnId, const NewResponse &target)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT coalesce(max(position) + 1, 0) FROM responses WHERE turn_id = ?"_s);
    q.addBindValue(turnId);
    QUORUM_EXEC(q);
    ResponseRecord response;
    response.turnId = turnId;
    response.position = q.next() ? q.value(0).toInt() : 0;
    response.providerId = target.providerId;
    response.model = target.model;
    response.parameters = target.parameters;
    response.kind = target.kind;
    response.received = target.received;
    response.createdAt = now();
    response.updatedAt = response.createdAt;
    q.prepare(u"INSERT INTO responses (turn_id, position, provider_id, model, parameters, status, created_at, "
              "updated_at, kind, attachments_received) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?)"_s);
    q.addBindValue(turnId);
    q.addBindValue(response.position);
    q.addBindValue(response.providerId);
    q.addBindValue(response.model);
    q.addBindValue(parametersText(response.parameters));
    q.addBindValue(response.createdAt);
    q.addBindValue(response.updatedAt);
    q.addBindValue(responseKindName(response.kind));
    q.addBindValue(receivedText(response.received));
    QUORUM_EXEC(q);
    response.id = q.lastInsertId().toLongLong();
    q.prepare(u"SELECT conversation_id FROM turns WHERE id = ?"_s);
    q.addBindValue(turnId);
    QUORUM_EXEC(q);
    const qint64 conversationId = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (auto touched = touchConversation(conversationId, response.createdAt); !touched) {
        return std::unexpected(touched.error());
    }
    if (auto committed = transaction.commit(); !committed) {
        return std::unexpected(committed.error());
    }
    Q_EMIT m_database.changes().conversationChanged(conversationId);
    return response;
}

std::expected<std::optional<ResponseRecord>, StorageError> ConversationStore::response(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + responseColumns + u" FROM responses WHERE id = ?"_s);
    q.addBindValue(id);
    QUORUM_EXEC(q);
    if (!q.next()) {
        return std::optional<ResponseRecord>();
    }
    ResponseRecord response = responseFrom(q);
    if (auto pieces = withPieces(response); !pieces) {
        return std::unexpected(pieces.error());
    }
    return std::optional<ResponseRecord>(response);
}

std::expected<void, StorageError> ConversationStore::withPieces(ResponseRecord &response) const
{
    if (response.status != ResponseStatus::Pending && response.status != ResponseStatus::Streaming) {
        return {}; // an ended answer's text is whole in its row
    }
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT text, reasoning FROM response_pieces WHERE response_id = ? ORDER BY seq"_s);
    q.addBindValue(response.id);
    QUORUM_EXEC(q);
    while (q.next()) {
        response.text += q.value(0).toString();
        response.reasoning += q.value(1).toString();
    }
    return {};
}

std::expected<void, StorageError> ConversationStore::clearPieces(qint64 responseId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM response_pieces WHERE response_id = ?"_s);
    q.addBindValue(responseId);
    QUORUM_EXEC(q);
    return {};
}

std::expected<int, StorageError> ConversationStore::recoverInterrupted(qint64 staleBefore)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery stale(m_database.connection());
    stale.prepare(u"SELECT "_s + responseColumns
        + u" FROM responses WHERE status IN ('pending', 'streaming') AND updated_at < ?"_s);
    stale.addBindValue(staleBefore);
    QUORUM_EXEC(stale);
    QList<ResponseRecord> interrupted;
    while (stale.next()) {
        interrupted.append(responseFrom(stale));
    }
    stale.finish();
    // Each keeps what it had streamed: its pieces folded into its text as its status becomes
    // final (the search index takes the whole text then).
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE responses SET text = ?, reasoning = ?, status = 'interrupted', updated_at = ? WHERE id = ?"_s);
    for (ResponseRecord &response : interrupted) {
        if (auto pieces = withPieces(response); !pieces) {
            return std::unexpected(pieces.error());
        }
        q.bindValue(0, nonNull(response.text));
        q.bindValue(1, nonNull(response.reasoning));
        q.bindValue(2, now());
        q.bindValue(3, response.id);
        QUORUM_EXEC(q);
        if (auto cleared = clearPieces(response.id); !cleared) {
            return std::unexpected(cleared.error());
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return std::unexpected(committed.error());
    }
    return static_cast<int>(interrupted.size());
}

std::expected<void, StorageError> ConversationStore::touch(const QList<qint64> &responseIds)
{
    if (responseIds.isEmpty()) {
        return {};
    }
    Transaction transaction(m_database, Transaction::Durability::Normal);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"UPDATE responses SET updated_at = ? WHERE id = ? AND status IN ('pending', 'streaming')"_s);
    const qint64 when = now();
    for (const qint64 id : responseIds) {
        q.bindValue(0, when);
        q.bindValue(1, id);
        QUORUM_EXEC(q);
    }
    return transaction.commit();
}

} // namespace Quorum
