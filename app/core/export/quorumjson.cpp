// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "export/quorumjson.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "common/jsonposition.h"
#include "export/turnpages.h"
#include "storage/attachmentstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr auto formatName = "quorum-conversations"_L1;

QJsonValue optional(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject responseJson(const ResponseRecord &r, qint64 localId, const QHash<qint64, qint64> &localIds)
{
    AnswerParameters parameters = r.parameters;
    if (parameters.history) {
        // Stored ids mean nothing in another database: the file's own numbers instead.
        QList<qint64> history;
        for (const qint64 id : std::as_const(*parameters.history)) {
            if (const qint64 local = localIds.value(id, 0); local != 0) {
                history.append(local);
            }
        }
        parameters.history = history;
    }
    if (parameters.judge) {
        // A judge names the answers it read (and a ballot its ranker) by the file's numbers too.
        for (JudgeSource &source : parameters.judge->sources) {
            source.responseId = localIds.value(source.responseId, 0);
        }
        if (parameters.judge->rankerOf) {
            parameters.judge->rankerOf = localIds.value(*parameters.judge->rankerOf, 0);
        }
    }
    QJsonObject json {{"id"_L1, localId},
        {"provider"_L1, r.providerId},
        {"model"_L1, r.model},
        {"served_model"_L1, r.servedModel.isEmpty() ? QJsonValue() : QJsonValue(r.servedModel)},
        {"parameters"_L1, parameters.toJson()},
        {"text"_L1, r.text},
        {"reasoning"_L1, r.reasoning},
        {"status"_L1, responseStatusName(r.status)},
        {"error_kind"_L1, r.errorKind.isEmpty() ? QJsonValue() : QJsonValue(r.errorKind)},
        {"error_message"_L1, r.errorMessage.isEmpty() ? QJsonValue() : QJsonValue(r.errorMessage)},
        {"http_status"_L1, r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue()},
        {"finish_reason"_L1, r.finishReason.isEmpty() ? QJsonValue() : QJsonValue(r.finishReason)},
        {"finish_reason_raw"_L1, r.finishReasonRaw.isEmpty() ? QJsonValue() : QJsonValue(r.finishReasonRaw)},
        {"input_tokens"_L1, optional(r.inputTokens)},
        {"cached_input_tokens"_L1, optional(r.cachedInputTokens)},
        {"cache_write_tokens"_L1, optional(r.cacheWriteTokens)},
        {"output_tokens"_L1, optional(r.outputTokens)},
        {"reasoning_tokens"_L1, optional(r.reasoningTokens)},
        {"cost_nanos"_L1, optional(r.costNanos)},
        {"cost_estimated"_L1, r.costEstimated},
        {"ttft_ms"_L1, optional(r.ttftMs)},
        {"duration_ms"_L1, optional(r.durationMs)},
        {"vote"_L1, r.vote},
        {"created_at"_L1, r.createdAt},
        {"updated_at"_L1, r.updatedAt}};
    if (r.judgement) {
        json.insert("judgement"_L1, r.judgement->toJson());
    }
    if (!r.received.isEmpty()) {
        json.insert("received"_L1, AttachmentDelivery::toJson(r.received));
    }
    if (!r.steps.isEmpty()) {
        QJsonArray steps;
        for (const ToolStep &step : r.steps) {
            steps.append(step.toJson());
        }
        json.insert("tool_steps"_L1, steps);
    }
    return json;
}

//! A turn's files, their bytes in base64; a content already written earlier in the file is
//! named by its digest only (docs/export-format.md, "Attachments").
QJsonArray attachmentsJson(const QList<Attachment> &attachments, QSet<QString> &written)
{
    QJsonArray files;
    for (const Attachment &a : attachments) {
        QJsonObject file {{"name"_L1, a.name},
            {"kind"_L1, attachmentKindName(a.kind)},
            {"mime_type"_L1, a.mimeType},
            {"sha256"_L1, a.sha256},
            {"size"_L1, a.size()}};
        if (a.width > 0) {
            file.insert("width"_L1, a.width);
            file.insert("height"_L1, a.height);
        }
        if (a.pages > 0) {
            file.insert("pages"_L1, a.pages);
        }
        if (a.redacted) {
            file.insert("redacted_text"_L1, a.text); // what was sent instead of the file
        }
        if (!written.contains(a.sha256)) {
            written.insert(a.sha256);
            if (!a.redacted && !a.text.isEmpty()) {
                file.insert("text"_L1, a.text);
            }
            file.insert("data"_L1, QString::fromLatin1(a.data.toBase64()));
        }
        files.append(file);
    }
    return files;
}

//! Reading with the place it is at, so that every message says where the file broke.
class Reader
{
public:
    explicit Reader(QString where)
        : m_where(std::move(where))
    {
    }
    QString error(const QString &message) const { return m_where + u": "_s + message; }

    std::optional<qint64> integer(const QJsonObject &o, QLatin1StringView key, bool required, QString &problem) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                problem = error(QuorumJson::tr("“%1” is missing").arg(key));
            }
            return std::nullopt;
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInteger())) {
            problem = error(QuorumJson::tr("“%1” must be a whole number").arg(key));
            return std::nullopt;
        }
        return v.toInteger();
    }

    QString string(const QJsonObject &o, QLatin1StringView key, bool required, QString &problem) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required) {
                problem = error(QuorumJson::tr("“%1” is missing").arg(key));
            }
            return {};
        }
        if (!v.isString()) {
            problem = error(QuorumJson::tr("“%1” must be text").arg(key));
            return {};
        }
        return v.toString();
    }

private:
    QString m_where;
};
} // namespace

namespace
{
//! The file's own numbers: turns and answers from 1 in each conversation, in stored order.
struct Numbering {
    QHash<qint64, qint64> turns;
    QHash<qint64, qint64> responses;
};

QJsonObject turnJson(const TurnRecord &turn, Numbering &numbers, const QJsonArray &attachments)
{
    const qint64 id = numbers.turns.size() + 1;
    numbers.turns.insert(turn.id, id);
    for (const ResponseRecord &r : turn.responses + turn.judgements) {
        numbers.responses.insert(r.id, numbers.responses.size() + 1);
    }
    QJsonArray responses;
    for (const ResponseRecord &r : turn.responses) {
        responses.append(responseJson(r, numbers.responses.value(r.id), numbers.responses));
    }
    const qint64 parent = turn.parentId ? numbers.turns.value(*turn.parentId, 0) : 0;
    QJsonObject json {{"id"_L1, id},
        {"parent"_L1, parent ? QJsonValue(parent) : QJsonValue()},
        {"prompt"_L1, turn.prompt},
        {"created_at"_L1, turn.createdAt},
        {"responses"_L1, responses}};
    if (!attachments.isEmpty()) {
        json.insert("attachments"_L1, attachments);
    }
    if (!turn.judgements.isEmpty()) {
        // Apart from the answers: a reader of version 1 that knows no judges skips them.
        QJsonArray syntheses;
        for (const ResponseRecord &r : turn.judgements) {
            syntheses.append(responseJson(r, numbers.responses.value(r.id), numbers.responses));
        }
        json.insert("syntheses"_L1, syntheses);
    }
    return json;
}
} // namespace

std::expected<void, QString> QuorumJson::write(const ConversationStore &store,
    const QList<qint64> &ids,
    QIODevice &out,
    const std::function<bool(int done, int total)> &progress)
{
    const auto put = [&out](const QByteArray &bytes) { return out.write(bytes) == bytes.size(); };
    // The frame by hand, and each conversation too, a page of turns at a time, each turn by
    // QJsonDocument: memory does not grow with the number or the length of conversations.
    if (!put("{\n\"format\": \"quorum-conversations\",\n\"version\": "_ba + QByteArray::number(version)
            + ",\n\"conversations\": [\n"_ba)) {
        return std::unexpected(out.errorString());
    }
    Numbering numbers;
    QSet<QString> writtenFiles; // across the whole file: each content once
    QString fileProblem;
    QByteArray frame;
    qsizetype splice = 0;
    const auto written = TurnPages::write(
        store,
        ids,
        TurnPages::Scope::Everything,
        out,
        progress,
        [&](const TurnPages &pages, qsizetype) {
            const ConversationRecord &conversation = pages.conversation();
            numbers = {};
            // The conversation's fields as QJsonDocument writes them (keys sorted), the turns
            // spliced in where its empty list stands ("turns" comes after every string field,
            // so the last match is the key itself).
            QJsonObject fields {{"title"_L1, conversation.title},
                {"system_prompt"_L1, conversation.systemPrompt},
                {"tags"_L1, QJsonArray::fromStringList(conversation.tags)},
                {"pinned"_L1, conversation.pinned},
                {"created_at"_L1, conversation.createdAt},
                {"updated_at"_L1, conversation.updatedAt},
                {"turns"_L1, QJsonArray()}};
            if (!conversation.toolset.isEmpty()) {
                fields.insert("toolset"_L1, QJsonArray::fromStringList(conversation.toolset));
            }
            if (conversation.persona) {
                fields.insert("persona"_L1, conversation.persona->toJson());
            }
            frame = QJsonDocument(fields).toJson(QJsonDocument::Compact);
            splice = frame.lastIndexOf("\"turns\":[]") + qsizetype(sizeof("\"turns\":[") - 1);
            return frame.left(splice);
        },
        [&](const TurnPages &, const QList<TurnRecord> &turns) {
            QByteArray json;
            for (const TurnRecord &turn : turns) {
                if (!numbers.turns.isEmpty()) {
                    json += ',';
                }
                QJsonArray files;
                if (!turn.attachments.isEmpty()) {
                    const auto loaded = AttachmentStore(store.database()).attachments(turn.id);
                    if (!loaded) {
                        fileProblem = loaded.error().message;
                    } else {
                        files = attachmentsJson(*loaded, writtenFiles);
                    }
                }
                json += QJsonDocument(turnJson(turn, numbers, files)).toJson(QJsonDocument::Compact);
            }
            return json;
        },
        [&](const TurnPages &, qsizetype index) {
            return frame.mid(splice) + (index + 1 < ids.size() ? ",\n"_ba : "\n"_ba);
        });
    if (!written) {
        return written;
    }
    if (!fileProblem.isEmpty()) {
        return std::unexpected(fileProblem); // a file without its attachments is not lossless
    }
    if (!put("]\n}\n"_ba)) {
        return std::unexpected(out.errorString());
    }
    return {};
}

bool QuorumJson::recognises(const QByteArray &data)
{
    // Anywhere: a tool that rewrote the file may have put "format" after the conversations.
    return data.contains("\"quorum-conversations\"");
}

std::expected<QList<ConversationStore::Import>, QString> QuorumJson::read(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonPosition where = JsonPosition::at(data, parseError.offset);
        return std::unexpected(tr("not valid JSON at line %1, column %2 (byte %3): %4")
                .arg(where.line)
                .arg(where.column)
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value("format"_L1).toString() != formatName) {
        return std::unexpected(tr("not a Quorum export (its “format” is not “quorum-conversations”)"));
    }
    if (root.value("version"_L1).toInt() > version) {
        return std::unexpected(tr("written by a newer Quorum (format version %1; this one reads %2)")
                .arg(root.value("version"_L1).toInt())
                .arg(version));
    }
    if (!root.value("conversations"_L1).isArray()) {
        return std::unexpected(tr("“conversations” must be a list"));
    }
    QList<ConversationStore::Import> result;
    QHash<QString, Attachment> filesByDigest; // written once, named again by their sha256
    const QJsonArray conversations = root.value("conversations"_L1).toArray();
    for (qsizetype c = 0; c < conversations.size(); ++c) {
        const Reader at(tr("conversation %1").arg(c + 1));
        if (!conversations.at(c).isObject()) {
            return std::unexpected(at.error(tr("not an object")));
        }
        const QJsonObject cj = conversations.at(c).toObject();
        QString problem;
        ConversationStore::Import item;
        item.conversation.title = at.string(cj, "title"_L1, false, problem);
        item.conversation.systemPrompt = at.string(cj, "system_prompt"_L1, false, problem);
        item.conversation.persona = PromptRef::fromJson(cj.value("persona"_L1));
        for (const QJsonValue &server : cj.value("toolset"_L1).toArray()) {
            item.conversation.toolset << server.toString();
        }
        for (const QJsonValue &tag : cj.value("tags"_L1).toArray()) {
            item.conversation.tags.append(tag.toString());
        }
        item.conversation.pinned = cj.value("pinned"_L1).toBool();
        item.conversation.createdAt = at.integer(cj, "created_at"_L1, true, problem).value_or(0);
        item.conversation.updatedAt
            = at.integer(cj, "updated_at"_L1, false, problem).value_or(item.conversation.createdAt);
        if (!problem.isEmpty()) {
            return std::unexpected(problem);
        }
        QSet<qint64> turnIds;
        QSet<qint64> responseIds;
        const QJsonArray turns = cj.value("turns"_L1).toArray();
        for (qsizetype t = 0; t < turns.size(); ++t) {
            const Reader turnAt(tr("conversation %1, turn %2").arg(c + 1).arg(t + 1));
            const QJsonObject tj = turns.at(t).toObject();
            TurnRecord turn;
            turn.id = turnAt.integer(tj, "id"_L1, true, problem).value_or(0);
            turn.parentId = turnAt.integer(tj, "parent"_L1, false, problem);
            turn.prompt = turnAt.string(tj, "prompt"_L1, true, problem);
            turn.createdAt = turnAt.integer(tj, "created_at"_L1, true, problem).value_or(0);
            if (!problem.isEmpty()) {
                return std::unexpected(problem);
            }
            if (turnIds.contains(turn.id)) {
                return std::unexpected(turnAt.error(tr("the id %1 is used twice").arg(turn.id)));
            }
            if (turn.parentId && !turnIds.contains(*turn.parentId)) {
                return std::unexpected(turnAt.error(tr("its parent %1 is not an earlier turn").arg(*turn.parentId)));
            }
            turnIds.insert(turn.id);
            const QJsonArray files = tj.value("attachments"_L1).toArray();
            for (qsizetype f = 0; f < files.size(); ++f) {
                const Reader fileAt(tr("conversation %1, turn %2, attachment %3").arg(c + 1).arg(t + 1).arg(f + 1));
                const QJsonObject fj = files.at(f).toObject();
                Attachment a;
                a.name = fileAt.string(fj, "name"_L1, true, problem);
                a.sha256 = fileAt.string(fj, "sha256"_L1, true, problem).toLower();
                a.mimeType = fileAt.string(fj, "mime_type"_L1, true, problem);
                const QString kind = fileAt.string(fj, "kind"_L1, true, problem);
                a.width = int(fileAt.integer(fj, "width"_L1, false, problem).value_or(0));
                a.height = int(fileAt.integer(fj, "height"_L1, false, problem).value_or(0));
                a.pages = int(fileAt.integer(fj, "pages"_L1, false, problem).value_or(0));
                if (!problem.isEmpty()) {
                    return std::unexpected(problem);
                }
                a.kind = attachmentKindFromName(kind).value_or(AttachmentKind::Text);
                if (!attachmentKindFromName(kind)) {
                    return std::unexpected(fileAt.error(tr("unknown kind “%1”").arg(kind)));
                }
                if (fj.contains("data"_L1)) {
                    const auto decoded = QByteArray::fromBase64Encoding(
                        fj.value("data"_L1).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                    const QString digest = attachmentDigest(*decoded);
                    if (!decoded || (*decoded).isEmpty() || digest != a.sha256) {
                        return std::unexpected(fileAt.error(tr("its data is damaged (it does not match its sha256)")));
                    }
                    a.data = *decoded;
                    a.text = fileAt.string(fj, "text"_L1, false, problem);
                    filesByDigest.insert(a.sha256, a);
                } else if (const auto earlier = filesByDigest.constFind(a.sha256); earlier != filesByDigest.cend()) {
                    a.data = earlier->data;
                    a.text = earlier->text;
                } else {
                    return std::unexpected(fileAt.error(tr("it has no data and no earlier file has its sha256")));
                }
                if (fj.contains("redacted_text"_L1)) {
                    a.text = fileAt.string(fj, "redacted_text"_L1, false, problem);
                    a.redacted = true;
                }
                turn.attachments.append(a);
            }
            const auto readResponses = [&](QLatin1StringView key, ResponseKind kind, const QString &what) -> QString {
                const QJsonArray responses = tj.value(key).toArray();
                for (qsizetype r = 0; r < responses.size(); ++r) {
                    const Reader answerAt(what.arg(c + 1).arg(t + 1).arg(r + 1));
                    const QJsonObject rj = responses.at(r).toObject();
                    ResponseRecord x;
                    x.kind = kind;
                    x.id = answerAt.integer(rj, "id"_L1, false, problem).value_or(0);
                    x.providerId = answerAt.string(rj, "provider"_L1, true, problem);
                    x.model = answerAt.string(rj, "model"_L1, true, problem);
                    x.servedModel = answerAt.string(rj, "served_model"_L1, false, problem);
                    x.parameters = AnswerParameters::fromJson(rj.value("parameters"_L1).toObject());
                    x.text = answerAt.string(rj, "text"_L1, false, problem);
                    x.reasoning = answerAt.string(rj, "reasoning"_L1, false, problem);
                    const QString status = answerAt.string(rj, "status"_L1, true, problem);
                    x.errorKind = answerAt.string(rj, "error_kind"_L1, false, problem);
                    x.errorMessage = answerAt.string(rj, "error_message"_L1, false, problem);
                    x.httpStatus = int(answerAt.integer(rj, "http_status"_L1, false, problem).value_or(0));
                    x.finishReason = answerAt.string(rj, "finish_reason"_L1, false, problem);
                    x.finishReasonRaw = answerAt.string(rj, "finish_reason_raw"_L1, false, problem);
                    x.inputTokens = answerAt.integer(rj, "input_tokens"_L1, false, problem);
                    x.cachedInputTokens = answerAt.integer(rj, "cached_input_tokens"_L1, false, problem);
                    x.cacheWriteTokens = answerAt.integer(rj, "cache_write_tokens"_L1, false, problem);
                    x.outputTokens = answerAt.integer(rj, "output_tokens"_L1, false, problem);
                    x.reasoningTokens = answerAt.integer(rj, "reasoning_tokens"_L1, false, problem);
                    if (rj.contains("cost_nanos"_L1)) {
                        x.costNanos = answerAt.integer(rj, "cost_nanos"_L1, false, problem);
                    } else if (const auto micros = answerAt.integer(rj, "cost_micros"_L1, false, problem)) {
                        x.costNanos = *micros * 1'000; // version 1 counted micro-dollars
                    }
                    x.costEstimated = rj.value("cost_estimated"_L1).toBool();
                    x.ttftMs = answerAt.integer(rj, "ttft_ms"_L1, false, problem);
                    x.durationMs = answerAt.integer(rj, "duration_ms"_L1, false, problem);
                    x.vote = int(answerAt.integer(rj, "vote"_L1, false, problem).value_or(0));
                    x.createdAt = answerAt.integer(rj, "created_at"_L1, false, problem).value_or(turn.createdAt);
                    x.updatedAt = answerAt.integer(rj, "updated_at"_L1, false, problem).value_or(x.createdAt);
                    if (rj.value("judgement"_L1).isObject()) {
                        x.judgement = Judgement::fromJson(rj.value("judgement"_L1).toObject());
                    }
                    x.received = AttachmentDelivery::fromJson(rj.value("received"_L1).toArray());
                    for (const QJsonValue &step : rj.value("tool_steps"_L1).toArray()) {
                        if (const std::optional<ToolStep> read = ToolStep::fromJson(step.toObject())) {
                            x.steps.append(*read);
                        } else {
                            return answerAt.error(tr("a tool step without a name or outcome"));
                        }
                    }
                    if (!problem.isEmpty()) {
                        return problem;
                    }
                    const auto parsed = responseStatusFromName(status);
                    if (!parsed) {
                        return answerAt.error(tr("unknown status “%1”").arg(status));
                    }
                    x.status = *parsed;
                    if (x.id != 0 && responseIds.contains(x.id)) {
                        return answerAt.error(tr("the id %1 is used twice").arg(x.id));
                    }
                    responseIds.insert(x.id);
                    (kind == ResponseKind::Judge ? turn.judgements : turn.responses).append(x);
                }
                return {};
            };
            if (const QString wrong
                = readResponses("responses"_L1, ResponseKind::Answer, tr("conversation %1, turn %2, answer %3"));
                !wrong.isEmpty()) {
                return std::unexpected(wrong);
            }
            if (const QString wrong
                = readResponses("syntheses"_L1, ResponseKind::Judge, tr("conversation %1, turn %2, synthesis %3"));
                !wrong.isEmpty()) {
                return std::unexpected(wrong);
            }
            item.turns.append(turn);
        }
        result.append(item);
    }
    return result;
}

} // namespace Quorum
