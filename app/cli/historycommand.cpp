// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/historycommand.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include "cli/clicontext.h"
#include "cli/subcommandparser.h"
#include "storage/backups.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/searchstore.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QJsonValue optionalJson(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString statusForJson(ResponseStatus status)
{
    switch (status) {
    case ResponseStatus::Done:
        return u"ok"_s;
    case ResponseStatus::Error:
        return u"error"_s;
    case ResponseStatus::Cancelled:
        return u"cancelled"_s;
    case ResponseStatus::Interrupted:
        return u"interrupted"_s;
    case ResponseStatus::Pending:
    case ResponseStatus::Streaming:
        break;
    }
    return u"streaming"_s;
}

//! Where a search hit is: "prompt", the answer's model, or "synthesis by" the judge.
QString searchHitSource(const SearchHit &hit)
{
    switch (hit.kind) {
    case SearchHit::Kind::Prompt:
        return HistoryCommand::tr("prompt");
    case SearchHit::Kind::Answer:
        break;
    case SearchHit::Kind::Synthesis:
        return HistoryCommand::tr("synthesis by %1").arg(hit.target);
    }
    return hit.target;
}
} // namespace

QString HistoryCommand::isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject HistoryCommand::responseJson(const ResponseRecord &r)
{
    const bool ok = r.status == ResponseStatus::Done;
    QJsonObject json {
        {"response_id"_L1, r.id},
        {"target"_L1, r.targetLabel()},
        {"status"_L1, statusForJson(r.status)},
        {"text"_L1, r.text},
        {"reasoning"_L1, r.reasoning},
        {"finish_reason"_L1, ok ? QJsonValue(r.finishReason) : QJsonValue()},
        {"finish_reason_raw"_L1, ok ? QJsonValue(r.finishReasonRaw) : QJsonValue()},
        {"cost_usd"_L1, r.costNanos ? QJsonValue(usdFromNanos(*r.costNanos)) : QJsonValue()},
        {"cost_estimated"_L1, r.costNanos ? QJsonValue(r.costEstimated) : QJsonValue()},
        {"ttft_ms"_L1, optionalJson(r.ttftMs)},
        {"duration_ms"_L1, optionalJson(r.durationMs)},
        {"served_model"_L1, r.servedModel.isEmpty() ? QJsonValue() : QJsonValue(r.servedModel)},
        {"vote"_L1, r.vote},
    };
    if (r.inputTokens || r.outputTokens) {
        json.insert("usage"_L1,
            QJsonObject {{"input"_L1, r.inputTokens.value_or(0)},
                {"cached_input"_L1, r.cachedInputTokens.value_or(0)},
                {"output"_L1, r.outputTokens.value_or(0)},
                {"reasoning"_L1, r.reasoningTokens.value_or(0)}});
    } else {
        json.insert("usage"_L1, QJsonValue());
    }
    if (ok || r.errorKind.isEmpty()) {
        json.insert("error"_L1, QJsonValue());
    } else {
        json.insert("error"_L1,
            QJsonObject {{"kind"_L1, r.errorKind},
                {"http_status"_L1, r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue()},
                {"message"_L1, r.errorMessage}});
    }
    return json;
}

std::unique_ptr<Database> HistoryCommand::openDatabase(
    const CliContext &context, const QString &command, Use use, const QString &diskHint)
{
    const QDir dataDir(context.paths().dataDir());
    auto database = Database::open(dataDir.filePath(u"quorum.db"_s));
    if (!database && use == Use::Read && database.error().kind == StorageError::Kind::ReadOnly) {
        // Reading needs no write access: what is stored stays readable on read-only media.
        if (auto reader = Database::open(dataDir.filePath(u"quorum.db"_s), Database::Mode::ReadOnly)) {
            return std::move(*reader);
        }
    }
    if (!database) {
        QString message = database.error().message;
        const StorageError::Kind kind = database.error().kind;
        const bool damaged = kind == StorageError::Kind::NotADatabase || kind == StorageError::Kind::Corrupt;
        const QStringList backups = damaged ? Backups(dataDir.filePath(u"backups"_s)).list() : QStringList();
        if ((kind == StorageError::Kind::ReadOnly || kind == StorageError::Kind::Full) && !diskHint.isEmpty()) {
            message += u'\n' + diskHint;
        }
        if (!backups.isEmpty()) {
            message += u'\n'
                + tr("The newest backup is %1. To use it: quorum restore %1 (the damaged file is kept, "
                     "renamed).")
                      .arg(backups.first());
        }
        if (damaged) {
            message += u'\n'
                + tr("To start with an empty database instead, move %1 away; Quorum then creates a new one.")
                      .arg(dataDir.filePath(u"quorum.db"_s));
        }
        context.failure(command, message);
        return nullptr;
    }
    // The daily safety copy, at most once per day, on the first command that opens the file.
    if (auto backedUp = Backups(dataDir.filePath(u"backups"_s)).backupIfDue(**database); !backedUp) {
        context.err() << tr("Warning: %1").arg(backedUp.error().message) << Qt::endl;
    }
    return std::move(*database);
}

int HistoryCommand::runHistory(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"history"_s, tr("[--json] [--limit N]"), tr("Lists the stored conversations, newest first."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON array."));
    const QCommandLineOption limitOption(u"limit"_s, tr("At most this many (default 50)."), tr("n"), u"50"_s);
    sub.parser().addOptions({jsonOption, limitOption});
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    bool ok = false;
    const int limit = sub.parser().value(limitOption).toInt(&ok);
    if (!ok || limit <= 0) {
        return context.usageError(u"history"_s, tr("--limit needs a positive number"));
    }
    const auto database = openDatabase(context, u"history"_s, Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto list = ConversationStore(*database).listConversations(limit);
    if (!list) {
        return context.failure(u"history"_s, list.error().message);
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const ConversationRecord &c : *list) {
            array.append(QJsonObject {{"id"_L1, c.id},
                {"title"_L1, c.title},
                {"pinned"_L1, c.pinned},
                {"created_at"_L1, isoTime(c.createdAt)},
                {"updated_at"_L1, isoTime(c.updatedAt)}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const ConversationRecord &c : *list) {
            context.out() << QString::number(c.id).rightJustified(6) << "  "_L1
                          << QDateTime::fromMSecsSinceEpoch(c.updatedAt).toString(u"yyyy-MM-dd hh:mm"_s) << "  "_L1
                          << (c.pinned ? u"* "_s : u"  "_s) << c.title << '\n';
        }
    }
    context.out().flush();
    return ExitOk;
}

int HistoryCommand::runShow(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"show"_s, tr("[--json] ID"), tr("Prints one stored conversation with every answer."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    sub.parser().addOption(jsonOption);
    sub.parser().addPositionalArgument(u"ID"_s, tr("The conversation (see quorum history)."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    bool ok = false;
    const qint64 id = sub.parser().positionalArguments().value(0).toLongLong(&ok);
    if (sub.parser().positionalArguments().size() != 1 || !ok) {
        return context.usageError(u"show"_s, tr("expected one conversation ID (a number)"));
    }
    const auto database = openDatabase(context, u"show"_s, Use::Read);
    if (!database) {
        return ExitFailure;
    }
    ConversationStore store(*database);
    const auto conversation = store.conversation(id);
    if (!conversation) {
        return context.failure(u"show"_s, conversation.error().message);
    }
    if (!conversation->has_value()) {
        return context.failure(u"show"_s, tr("no conversation %1").arg(id));
    }
    const auto turns = store.turns(id);
    if (!turns) {
        return context.failure(u"show"_s, turns.error().message);
    }
    const ConversationRecord &c = **conversation;
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray turnArray;
        for (const TurnRecord &turn : *turns) {
            QJsonArray responses;
            for (const ResponseRecord &response : turn.responses) {
                responses.append(responseJson(response));
            }
            QJsonObject turnJson {{"id"_L1, turn.id},
                {"prompt"_L1, turn.prompt},
                {"parent_id"_L1, turn.parentId ? QJsonValue(*turn.parentId) : QJsonValue()},
                {"created_at"_L1, isoTime(turn.createdAt)},
                {"responses"_L1, responses}};
            if (!turn.judgements.isEmpty()) {
                // Judges' answers, each with what was read from it (docs/judge.md).
                QJsonArray syntheses;
                for (const ResponseRecord &judge : turn.judgements) {
                    QJsonObject json = responseJson(judge);
                    json.insert("parameters"_L1, judge.parameters.toJson());
                    json.insert("judgement"_L1, judge.judgement ? QJsonValue(judge.judgement->toJson()) : QJsonValue());
                    syntheses.append(json);
                }
                turnJson.insert("syntheses"_L1, syntheses);
            }
            turnArray.append(turnJson);
        }
        const QJsonObject json {
            {"id"_L1, c.id}, {"title"_L1, c.title}, {"created_at"_L1, isoTime(c.createdAt)}, {"turns"_L1, turnArray}};
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    } else {
        context.out() << "# "_L1 << c.title << "\n\n"_L1;
        for (const TurnRecord &turn : *turns) {
            context.out() << "> "_L1 << QString(turn.prompt).replace(u'\n', "\n> "_L1) << "\n\n"_L1;
            for (const ResponseRecord &r : turn.responses) {
                context.out() << "## "_L1 << r.providerId << '/' << r.model << " ("_L1 << statusForJson(r.status)
                              << ")\n\n"_L1 << r.text << "\n\n"_L1;
                if (!r.errorMessage.isEmpty()) {
                    context.out() << "!! "_L1 << r.errorMessage << "\n\n"_L1;
                }
            }
            if (const ResponseRecord *s = turn.latestSynthesis(); s && s->judgement) {
                context.out() << "## "_L1
                              << tr("Synthesis (%1) by %2/%3")
                                     .arg(s->parameters.judge ? s->parameters.judge->mode : QString(),
                                         s->providerId,
                                         s->model)
                              << "\n\n"_L1 << s->judgement->text << "\n\n"_L1;
            }
        }
    }
    context.out().flush();
    return ExitOk;
}

int HistoryCommand::runSearch(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"search"_s,
        tr("[--json] [--limit N] QUERY"),
        tr("Searches every prompt and answer for QUERY, as typed (code and any script work)."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON array."));
    const QCommandLineOption limitOption(u"limit"_s, tr("At most this many (default 20)."), tr("n"), u"20"_s);
    sub.parser().addOptions({jsonOption, limitOption});
    sub.parser().addPositionalArgument(u"QUERY"_s, tr("What to look for."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    bool ok = false;
    const int limit = sub.parser().value(limitOption).toInt(&ok);
    if (!ok || limit <= 0) {
        return context.usageError(u"search"_s, tr("--limit needs a positive number"));
    }
    const QString query = sub.parser().positionalArguments().join(u' ');
    if (query.trimmed().isEmpty()) {
        return context.usageError(u"search"_s, tr("expected a QUERY"));
    }
    const auto database = openDatabase(context, u"search"_s, Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto hits = SearchStore(*database).search(query, limit);
    if (!hits) {
        return context.failure(u"search"_s, hits.error().message);
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const SearchHit &hit : *hits) {
            // The snippet without markers, and where the matches are in it (UTF-16 offsets).
            QString snippet;
            QJsonArray highlights;
            qsizetype start = -1;
            for (const QChar c : hit.snippet) {
                if (c == SearchStore::matchStart) {
                    start = snippet.size();
                } else if (c == SearchStore::matchEnd && start >= 0) {
                    highlights.append(QJsonArray {start, snippet.size()});
                    start = -1;
                } else {
                    snippet += c;
                }
            }
            array.append(QJsonObject {
                {"kind"_L1,
                    hit.kind == SearchHit::Kind::Prompt       ? "prompt"_L1
                        : hit.kind == SearchHit::Kind::Answer ? "answer"_L1
                                                              : "synthesis"_L1},
                {"conversation_id"_L1, hit.conversationId},
                {"conversation_title"_L1, hit.conversationTitle},
                {"turn_id"_L1, hit.turnId},
                {"response_id"_L1, hit.responseId > 0 ? QJsonValue(hit.responseId) : QJsonValue()},
                {"target"_L1, hit.target.isEmpty() ? QJsonValue() : QJsonValue(hit.target)},
                {"snippet"_L1, snippet},
                {"highlights"_L1, highlights},
                {"created_at"_L1, isoTime(hit.createdAt)},
            });
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const SearchHit &hit : *hits) {
            QString snippet = hit.snippet;
            snippet.replace(SearchStore::matchStart, u'«').replace(SearchStore::matchEnd, u'»');
            context.out() << QString::number(hit.conversationId).rightJustified(6) << "  "_L1 << hit.conversationTitle
                          << u" — "_s << searchHitSource(hit) << ": "_L1 << snippet << '\n';
        }
    }
    context.out().flush();
    return ExitOk;
}

int HistoryCommand::runBackup(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(
        u"backup"_s, QString(), tr("Makes a consistent copy of the database now (the last 7 are kept)."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (!sub.parser().positionalArguments().isEmpty()) {
        return context.usageError(u"backup"_s, tr("takes no arguments"));
    }
    const auto database = openDatabase(context, u"backup"_s);
    if (!database) {
        return ExitFailure;
    }
    const auto file = Backups(QDir(context.paths().dataDir()).filePath(u"backups"_s)).backup(*database);
    if (!file) {
        return context.failure(u"backup"_s, file.error().message);
    }
    context.out() << *file << Qt::endl;
    return ExitOk;
}

int HistoryCommand::runRestore(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"restore"_s,
        tr("FILE"),
        tr("Replaces the conversations with those in a backup (what is there now is backed up "
           "first)."));
    sub.parser().addPositionalArgument(u"FILE"_s, tr("A backup made by quorum backup."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(u"restore"_s, tr("expected one FILE"));
    }
    const QString file = QDir::current().absoluteFilePath(sub.parser().positionalArguments().first());
    const QString path = QDir(context.paths().dataDir()).filePath(u"quorum.db"_s);
    Backups backups(QDir(context.paths().dataDir()).filePath(u"backups"_s));
    auto database = Database::open(path);
    if (!database
        && (database.error().kind == StorageError::Kind::NotADatabase
            || database.error().kind == StorageError::Kind::Corrupt)) {
        // The user asks to replace a file that does not open: it is kept beside, renamed.
        QString setAsideTo;
        if (auto restored = backups.restoreOver(path, file, &setAsideTo); !restored) {
            return context.failure(u"restore"_s, restored.error().message);
        }
        context.out() << tr("Restored %1. The damaged file is kept as %2.").arg(file, setAsideTo) << Qt::endl;
        return ExitOk;
    }
    if (!database) {
        return context.failure(u"restore"_s, database.error().message);
    }
    if (auto restored = backups.restore(**database, file); !restored) {
        return context.failure(u"restore"_s, restored.error().message);
    }
    context.out() << tr("Restored %1.").arg(file) << Qt::endl;
    return ExitOk;
}

} // namespace Quorum
