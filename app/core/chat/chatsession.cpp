// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "chat/chatsession.h"

#include <utility>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include "chat/fanout.h"
#include "chat/streamrecorder.h"
#include "judge/judgereader.h"
#include "providers/protocoladapter.h"
#include "providers/requestinspector.h"
#include "storage/attachmentstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/modelstore.h"
#include "tools/websearchtool.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr qint64 keepRawBytes = 1024 * 1024;

QString titleFrom(const QString &prompt)
{
    QString title = prompt.simplified();
    if (title.size() > 60) {
        title = title.first(59) + u'…';
    }
    return title;
}
} // namespace

namespace
{
//! What a shared search asks for: the prompt (the last user message as sent), simplified and
//! cut at a word within the 400 characters search services take.
QString searchQueryOf(const ChatRequest &request)
{
    for (auto it = request.messages.crbegin(); it != request.messages.crend(); ++it) {
        if (it->role != ChatMessage::Role::User) {
            continue;
        }
        QString query = it->content.simplified();
        if (query.size() > 400) {
            query.truncate(400);
            if (const qsizetype space = query.lastIndexOf(u' '); space > 200) {
                query.truncate(space);
            }
        }
        return query;
    }
    return {};
}
} // namespace

struct ChatSession::Run {
    qint64 serial = 0; //!< this session's runs, counted: names the run's shared search
    FanOut *fanOut = nullptr;
    StreamRecorder *recorder = nullptr; //!< reads the FanOut's streams, to its last flush
    QList<Job> jobs;
    QHash<int, Cost> costs;

    Run() = default;
    Q_DISABLE_COPY_MOVE(Run)
    //! The recorder goes first: its destructor flushes what it could not store yet, reading
    //! the streams. (As children of the session they would go in the order they were made.)
    ~Run()
    {
        delete recorder;
        delete fanOut;
    }
};

ChatSession::ChatSession(Database *database, QNetworkAccessManager *network, AccountLookup accounts, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_store(database ? std::make_unique<ConversationStore>(*database) : nullptr)
    , m_network(network)
    , m_accounts(std::move(accounts))
    , m_pricing(database ? Pricing(*database) : Pricing())
{
    m_options.keepRawBytes = keepRawBytes;
    if (database) {
        // Prices of the built-in list that the table does not have yet (a no-op once seeded).
        if (auto seeded = m_pricing.seedBuiltIn(); !seeded) {
            qWarning("%s", qUtf8Printable(seeded.error().message));
        }
    }
}

ChatSession::~ChatSession()
{
    // Answers still streaming are stopped and their text stored as it stands.
    for (Run *run : std::as_const(m_runs)) {
        run->fanOut->disconnect(this);
        run->fanOut->cancelAll();
        if (run->recorder) {
            run->recorder->flush();
        }
    }
    qDeleteAll(m_runs);
}

std::expected<void, QString> ChatSession::open(qint64 conversationId)
{
    if (!m_store) {
        if (!m_memory.contains(conversationId)) {
            return std::unexpected(tr("There is no conversation %1.").arg(conversationId));
        }
        m_conversationId = conversationId;
        Q_EMIT conversationChanged(conversationId);
        return {};
    }
    const auto conversation = m_store->conversation(conversationId);
    if (!conversation) {
        return std::unexpected(conversation.error().message);
    }
    if (!conversation->has_value()) {
        return std::unexpected(tr("There is no conversation %1.").arg(conversationId));
    }
    m_conversationId = conversationId;
    invalidate();
    forgetAttachments();
    m_systemPrompt = (*conversation)->systemPrompt;
    m_persona = (*conversation)->persona;
    m_tags = (*conversation)->tags;
    m_toolset = (*conversation)->toolset;
    Q_EMIT conversationChanged(conversationId);
    return {};
}

void ChatSession::setToolBox(ToolBox *box, ToolPolicy policy)
{
    if (m_toolBox) {
        m_toolBox->disconnect(this);
    }
    m_toolBox = box;
    m_toolPolicy = std::move(policy);
    if (!box) {
        return;
    }
    connect(box, &ToolBox::approvalNeeded, this, [this](const ToolApprovalRequest &request) {
        if (const qint64 id = responseOf(request.stream); id != 0) {
            Q_EMIT approvalNeeded(id, request);
        }
    });
    connect(box, &ToolBox::approvalSettled, this, &ChatSession::approvalSettled);
}

qint64 ChatSession::responseOf(const ChatStream *stream) const
{
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (it->first->fanOut->stream(it->second) == stream) {
            return it.key();
        }
    }
    return 0;
}

std::expected<void, QString> ChatSession::setToolset(const QStringList &servers)
{
    if (m_store && m_conversationId != 0) {
        if (auto stored = m_store->setToolset(m_conversationId, servers); !stored) {
            return std::unexpected(stored.error().message);
        }
    }
    m_toolset = servers;
    return {};
}

std::expected<void, QString> ChatSession::setTags(const QStringList &tags, bool store)
{
    if (store && m_store && m_conversationId != 0) {
        if (auto stored = m_store->setTags(m_conversationId, tags); !stored) {
            return std::unexpected(stored.error().message);
        }
    }
    m_tags = tags;
    return {};
}

void ChatSession::startNew()
{
    m_conversationId = 0;
    invalidate();
    forgetAttachments();
    m_systemPrompt.clear();
    m_persona.reset();
    m_libraryPrompt.reset();
    m_tags.clear();
    m_experimentRun.reset();
    m_title.clear();
    Q_EMIT conversationChanged(0);
}

std::expected<QList<TurnRecord>, QString> ChatSession::storedBranch() const
{
    if (m_conversationId == 0) {
        return QList<TurnRecord> {};
    }
    if (!m_store) {
        return currentBranch(m_memory.value(m_conversationId));
    }
    if (m_branchCache) {
        return *m_branchCache;
    }
    auto turns = m_store->turns(m_conversationId);
    if (!turns) {
        return std::unexpected(turns.error().message);
    }
    m_branchCache = currentBranch(*turns);
    return *m_branchCache;
}

std::expected<QList<TurnRecord>, QString> ChatSession::branch() const
{
    auto turns = storedBranch();
    if (!turns) {
        return turns;
    }
    // Running answers: what has arrived so far, not the last checkpoint.
    const auto live = [this](QList<ResponseRecord> &responses) {
        for (ResponseRecord &response : responses) {
            if (const ChatStream *running = stream(response.id)) {
                response.text = running->text();
                response.reasoning = running->reasoning();
                response.steps = running->steps();
                response.status = ResponseStatus::Streaming;
            }
        }
    };
    for (TurnRecord &turn : *turns) {
        live(turn.responses);
        live(turn.judgements);
    }
    return turns;
}

std::expected<QList<TurnRecord>, QString> ChatSession::historyBefore(qint64 turnId) const
{
    auto turns = storedBranch();
    if (!turns) {
        return turns;
    }
    const auto at = std::ranges::find(*turns, turnId, &TurnRecord::id);
    if (at == turns->end()) {
        return std::unexpected(tr("That turn is not on the conversation's current branch."));
    }
    turns->erase(at, turns->end());
    return turns;
}

AnswerParameters ChatSession::parametersFor(const ChatTarget &target, const History &history) const
{
    AnswerParameters parameters;
    parameters.generation = target.parameters;
    if (!target.variant.isEmpty()) {
        parameters.variant = target.variant;
    }
    parameters.history = history.responseIds;
    parameters.followUp = m_policy;
    // Whose text the system prompt is: the target's own (a variant's), or the conversation's.
    parameters.persona = parameters.generation.system ? target.persona : m_persona;
    return parameters;
}

QList<qint64> ChatSession::historyOf(const ResponseRecord &response)
{
    return response.parameters.history.value_or(QList<qint64> {});
}

std::optional<FollowUpPolicy> ChatSession::policyOf(const ResponseRecord &response)
{
    return response.parameters.followUp;
}

ChatRequest ChatSession::requestFor(
    const ProviderAccount &account, const ChatTarget &target, QList<ChatMessage> messages) const
{
    ChatRequest request;
    request.model = target.model;
    request.system = m_systemPrompt;
    request.apply(target.parameters);
    request.messages = std::move(messages);
    if (request.outputSchema
        && ProtocolAdapter::create(account)->schemaSupport() != ProtocolAdapter::SchemaSupport::Native) {
        // The provider cannot hold the answer to the schema: the model is told it instead.
        const QString shape = QString::fromUtf8(QJsonDocument(*request.outputSchema).toJson(QJsonDocument::Indented));
        request.system = (request.system.isEmpty() ? QString() : request.system + u"\n\n"_s)
            + u"Answer with one JSON value only, no prose and no code fence, that follows this JSON Schema:\n"_s
            + shape.trimmed();
    }
    return request;
}

QStringList ChatSession::parameterProblems(const ChatTarget &target) const
{
    QStringList problems;
    for (const QString &problem : target.parameters.problems()) {
        problems << target.label() + u": "_s + problem;
    }
    if (const std::optional<ProviderAccount> account = m_accounts(target.accountId)) {
        ChatRequest request;
        request.model = target.model;
        request.apply(target.parameters);
        for (const QString &problem : ProtocolAdapter::create(*account)->unsupported(request)) {
            problems << target.label() + u": "_s + problem;
        }
    }
    return problems;
}

std::optional<ChatSession::Job> ChatSession::jobFor(
    const ChatTarget &target, const QList<TurnRecord> &history, qint64 responseId, const AttachmentMedia *media) const
{
    Job job;
    job.responseId = responseId;
    if (auto account = m_accounts(target.accountId)) {
        job.account = *account;
    } else {
        return std::nullopt;
    }
    History earlier = historyFor(history, target, m_policy);
    // An earlier prompt's files go with it again, as this model receives them.
    for (qsizetype i = 0; i < earlier.turnIds.size(); ++i) {
        const auto turn = std::ranges::find(history, earlier.turnIds.at(i), &TurnRecord::id);
        if (turn == history.cend() || turn->attachments.isEmpty()) {
            continue;
        }
        const RememberingMedia remembering(m_media);
        earlier.messages[2 * i]
            = plan(turn->prompt, attachmentsOf(*turn), job.account, target.model, media ? media : remembering.orNull())
                  .message;
    }
    job.request = requestFor(job.account, target, earlier.messages);
    return job;
}

QList<Attachment> ChatSession::branchAttachments() const
{
    QList<Attachment> files;
    if (const auto turns = storedBranch()) {
        for (const TurnRecord &turn : *turns) {
            files += attachmentsOf(turn);
        }
    }
    return files;
}

QList<Attachment> ChatSession::attachmentsOf(const TurnRecord &turn) const
{
    if (turn.attachments.isEmpty()) {
        return {};
    }
    if (!m_store) {
        return turn.attachments; // kept in memory with their bytes
    }
    if (const auto it = m_attachments.constFind(turn.id); it != m_attachments.cend()) {
        return *it;
    }
    const auto loaded = AttachmentStore(*m_database).attachments(turn.id);
    if (!loaded) {
        return {}; // sent without them; the read error is the database's, reported where it is read
    }
    m_attachments.insert(turn.id, *loaded);
    return *loaded;
}

ModelCapabilities ChatSession::readsOf(const ProviderAccount &account, const QString &model) const
{
    // The user's choice, else the provider's list (as last listed), else the built-in table.
    const auto known = m_database ? ModelStore(*m_database).reads(account.id, model)
                                  : std::expected<ModelReads, StorageError>(ModelReads {});
    return known ? capabilitiesFor(account, model, known->listed, known->chosen) : capabilitiesFor(account, model);
}

PlannedMessage ChatSession::plan(const QString &prompt,
    const QList<Attachment> &attachments,
    const ProviderAccount &account,
    const QString &model,
    const AttachmentMedia *media) const
{
    if (attachments.isEmpty()) {
        return {ChatMessage {ChatMessage::Role::User, prompt}, {}};
    }
    return planMessage(prompt, attachments, account, model, readsOf(account, model), media);
}

PlannedMessage ChatSession::planFor(
    const QString &prompt, const QList<Attachment> &attachments, const ChatTarget &target) const
{
    const std::optional<ProviderAccount> account = m_accounts(target.accountId);
    if (!account) {
        return {ChatMessage {ChatMessage::Role::User, prompt}, {}};
    }
    const RememberingMedia media(m_media);
    return plan(prompt, attachments, *account, target.model, media.orNull());
}

std::expected<TurnRecord, SendFailure> ChatSession::send(const QString &prompt,
    const QList<ChatTarget> &targets,
    std::optional<qint64> editOf,
    const QList<Attachment> &attachments)
{
    return sendTurn(prompt, targets, editOf, {}, {}, attachments);
}

std::expected<TurnRecord, SendFailure> ChatSession::send(
    const RouteDecision &route, bool automatic, std::optional<qint64> editOf, const QList<Attachment> &attachments)
{
    if (route.blocked) {
        return std::unexpected(SendFailure {SendFailure::Kind::Blocked, route.message, std::nullopt});
    }
    AnswerParameters extra;
    if (automatic) {
        extra.rule = route.rule;
    }
    if (route.overridden) {
        // Kept with the answers: who sent past which rule is part of the record.
        extra.overrode = route.governedBy;
    }
    if (!route.redaction.isEmpty()) {
        extra.redaction = route.redaction.placeholders;
    }
    if (!route.requiredTags.isEmpty() && !route.overridden) {
        extra.requiredTags = route.requiredTags; // a judge of this turn is held to them too
    }
    if (route.action == Action::Type::Fallback && !route.targets.isEmpty()) {
        return sendTurn(route.prompt, route.targets.mid(0, 1), editOf, extra, route.targets.mid(1), attachments);
    }
    return sendTurn(route.prompt, route.targets, editOf, extra, {}, attachments);
}

Redaction ChatSession::redactionOf(const ResponseRecord &response)
{
    Redaction redaction;
    redaction.placeholders = response.parameters.placeholders();
    return redaction;
}

std::expected<TurnRecord, SendFailure> ChatSession::sendTurn(const QString &prompt,
    const QList<ChatTarget> &targets,
    std::optional<qint64> editOf,
    const AnswerParameters &routeParameters,
    const QList<ChatTarget> &fallbacks,
    const QList<Attachment> &attachments)
{
    using Kind = SendFailure::Kind;
    if (prompt.trimmed().isEmpty()) {
        return std::unexpected(SendFailure {Kind::Invalid, tr("The prompt is empty."), std::nullopt});
    }
    if (targets.isEmpty()) {
        return std::unexpected(SendFailure {Kind::Invalid, tr("Choose at least one model."), std::nullopt});
    }
    for (const ChatTarget &target : targets + fallbacks) {
        if (!m_accounts(target.accountId)) {
            return std::unexpected(SendFailure {
                Kind::UnknownAccount, tr("There is no provider account '%1'.").arg(target.accountId), std::nullopt});
        }
    }
    auto earlier = editOf ? historyBefore(*editOf) : storedBranch();
    if (!earlier) {
        return std::unexpected(SendFailure {Kind::Invalid, earlier.error(), std::nullopt});
    }
    std::optional<qint64> parent;
    if (!earlier->isEmpty()) {
        parent = earlier->constLast().id;
    }

    QList<NewResponse> newResponses;
    QList<History> histories;
    const std::optional<PromptRef> libraryPrompt = std::exchange(m_libraryPrompt, std::nullopt);
    // What each target receives of the files is decided before anything is stored, and kept
    // with its answer; targets with the same limits share what was drawn.
    const RememberingMedia media(m_media);
    const auto planned = [&](const ChatTarget &target) {
        return plan(prompt, attachments, *m_accounts(target.accountId), target.model, media.orNull());
    };
    QList<PlannedMessage> messages;
    for (const ChatTarget &target : targets) {
        messages.append(planned(target));
        histories.append(historyFor(*earlier, target, m_policy));
        AnswerParameters parameters = parametersFor(target, histories.constLast());
        parameters.libraryPrompt = libraryPrompt;
        parameters.rule = routeParameters.rule;
        parameters.overrode = routeParameters.overrode;
        parameters.redaction = routeParameters.redaction;
        parameters.requiredTags = routeParameters.requiredTags;
        newResponses.append(
            {target.accountId, target.model, parameters, ResponseKind::Answer, messages.constLast().deliveries});
    }

    TurnRecord turn;
    if (m_store) {
        const auto storageFailure
            = [](const StorageError &error) { return SendFailure {Kind::Storage, error.message, error.kind}; };
        if (m_conversationId == 0) {
            const auto created = m_store->createConversation(
                m_title.isEmpty() ? titleFrom(prompt) : m_title, m_systemPrompt, m_experimentRun, m_persona);
            if (!created) {
                return std::unexpected(storageFailure(created.error()));
            }
            m_conversationId = *created;
            if (!m_tags.isEmpty()) {
                if (auto tagged = m_store->setTags(m_conversationId, m_tags); !tagged) {
                    return std::unexpected(storageFailure(tagged.error()));
                }
            }
            if (!m_toolset.isEmpty()) {
                if (auto kept = m_store->setToolset(m_conversationId, m_toolset); !kept) {
                    return std::unexpected(storageFailure(kept.error()));
                }
            }
            Q_EMIT conversationChanged(m_conversationId);
        }
        invalidate();
        auto added = m_store->addTurn(m_conversationId, prompt, newResponses, parent, attachments);
        if (!added) {
            return std::unexpected(storageFailure(added.error()));
        }
        turn = *added;
    } else {
        if (m_conversationId == 0) {
            m_conversationId = m_nextMemoryId++;
            m_memory.insert(m_conversationId, {});
            Q_EMIT conversationChanged(m_conversationId);
        }
        QList<TurnRecord> &turns = m_memory[m_conversationId];
        turn.id = m_nextMemoryId++;
        turn.conversationId = m_conversationId;
        turn.parentId = parent;
        turn.position = static_cast<int>(turns.size());
        turn.prompt = prompt;
        turn.attachments = attachments;
        turn.createdAt = QDateTime::currentMSecsSinceEpoch();
        for (qsizetype i = 0; i < newResponses.size(); ++i) {
            ResponseRecord r;
            r.id = m_nextMemoryId++;
            r.turnId = turn.id;
            r.position = static_cast<int>(i);
            r.providerId = newResponses.at(i).providerId;
            r.model = newResponses.at(i).model;
            r.parameters = newResponses.at(i).parameters;
            r.received = newResponses.at(i).received;
            r.createdAt = turn.createdAt;
            turn.responses.append(r);
        }
        turns.append(turn);
    }

    QList<Job> jobs;
    for (qsizetype i = 0; i < targets.size(); ++i) {
        std::optional<Job> job = jobFor(targets.at(i), *earlier, turn.responses.at(i).id, media.orNull());
        job->request.messages.append(messages.at(i).message);
        for (const ChatTarget &next : fallbacks) {
            std::optional<Job> fallback = jobFor(next, *earlier, turn.responses.at(i).id, media.orNull());
            fallback->request.messages.append(planned(next).message);
            job->fallbacks.push_back(FanOutJob {fallback->account, fallback->request, {}});
        }
        jobs.append(*job);
    }
    launch(jobs);
    return turn;
}

std::expected<void, QString> ChatSession::regenerate(qint64 responseId)
{
    if (isRunning(responseId)) {
        return std::unexpected(tr("That answer is still streaming; stop it first."));
    }
    auto turns = storedBranch();
    if (!turns) {
        return std::unexpected(turns.error());
    }
    for (const TurnRecord &turn : std::as_const(*turns)) {
        for (const ResponseRecord &response : turn.responses) {
            if (response.id != responseId) {
                continue;
            }
            const auto earlier = historyBefore(turn.id);
            if (!earlier) {
                return std::unexpected(earlier.error());
            }
            const ChatTarget target = ChatTarget::fromResponse(response);
            std::optional<Job> job = jobFor(target, *earlier, responseId);
            if (!job) {
                return std::unexpected(tr("There is no provider account '%1'.").arg(target.accountId));
            }
            const PlannedMessage message = planFor(turn.prompt, attachmentsOf(turn), target);
            job->request.messages.append(message.message);
            AnswerParameters parameters = parametersFor(target, historyFor(*earlier, target, m_policy));
            // The prompt was stored as sent: its placeholders still need restoring.
            parameters.redaction = response.parameters.redaction;
            parameters.rule = response.parameters.rule;
            parameters.libraryPrompt = response.parameters.libraryPrompt;
            if (m_store) {
                invalidate();
                if (auto restarted = m_store->restartResponse(responseId, parameters, message.deliveries); !restarted) {
                    return std::unexpected(restarted.error().message);
                }
            } else if (ResponseRecord *stored = memoryResponse(responseId)) {
                ResponseRecord fresh;
                fresh.id = stored->id;
                fresh.turnId = stored->turnId;
                fresh.position = stored->position;
                fresh.providerId = stored->providerId;
                fresh.model = stored->model;
                fresh.parameters = parameters;
                fresh.received = message.deliveries;
                fresh.createdAt = stored->createdAt;
                *stored = fresh;
            }
            launch({*job});
            return {};
        }
    }
    return std::unexpected(tr("That answer is not on the conversation's current branch."));
}

std::expected<ResponseRecord, QString> ChatSession::addTarget(qint64 turnId, const ChatTarget &target)
{
    const auto earlier = historyBefore(turnId);
    if (!earlier) {
        return std::unexpected(earlier.error());
    }
    const auto turns = storedBranch();
    const auto turn = std::ranges::find(*turns, turnId, &TurnRecord::id);
    const History history = historyFor(*earlier, target, m_policy);
    AnswerParameters parameters = parametersFor(target, history);
    if (turn != turns->end() && !turn->responses.isEmpty()) {
        parameters.libraryPrompt = turn->responses.constFirst().parameters.libraryPrompt; // the turn's prompt
    }
    const PlannedMessage message
        = turn != turns->end() ? planFor(turn->prompt, attachmentsOf(*turn), target) : PlannedMessage {};
    ResponseRecord response;
    if (m_store) {
        invalidate();
        auto added = m_store->addResponse(
            turnId, {target.accountId, target.model, parameters, ResponseKind::Answer, message.deliveries});
        if (!added) {
            return std::unexpected(added.error().message);
        }
        response = *added;
    } else {
        QList<TurnRecord> &memory = m_memory[m_conversationId];
        const auto stored = std::ranges::find(memory, turnId, &TurnRecord::id);
        response.id = m_nextMemoryId++;
        response.turnId = turnId;
        response.position = static_cast<int>(stored->responses.size());
        response.providerId = target.accountId;
        response.model = target.model;
        response.parameters = parameters;
        response.received = message.deliveries;
        stored->responses.append(response);
    }
    std::optional<Job> job = jobFor(target, *earlier, response.id);
    if (!job) {
        return std::unexpected(tr("There is no provider account '%1'.").arg(target.accountId));
    }
    job->request.messages.append(message.message);
    launch({*job});
    return response;
}

std::expected<QList<ResponseRecord>, QString> ChatSession::judge(qint64 turnId, const QList<JudgeJob> &jobs)
{
    if (jobs.isEmpty()) {
        return std::unexpected(tr("There is no judge to ask."));
    }
    const auto turns = storedBranch();
    if (!turns) {
        return std::unexpected(turns.error());
    }
    if (std::ranges::none_of(*turns, [turnId](const TurnRecord &t) { return t.id == turnId; })) {
        return std::unexpected(tr("That turn is not on the conversation's current branch."));
    }
    QList<ResponseRecord> added;
    QList<Job> launched;
    for (const JudgeJob &judgeJob : jobs) {
        Job job;
        if (auto account = m_accounts(judgeJob.target.accountId)) {
            job.account = *account;
        } else {
            return std::unexpected(tr("There is no provider account '%1'.").arg(judgeJob.target.accountId));
        }
        job.request = judgeJob.build.request;
        job.request.model = judgeJob.target.model;
        // A judge's sampling and reasoning may be the user's; its prompt and its reply's shape
        // are the mode's.
        GenerationParameters sampling = judgeJob.target.parameters;
        sampling.system.reset();
        sampling.outputSchema.reset();
        job.request.apply(sampling);
        job.judgeLabels = judgeJob.build.labels;
        AnswerParameters parameters = judgeJob.extra;
        parameters.generation = sampling;
        parameters.judge = judgeJob.build.parameters;
        ResponseRecord response;
        if (m_store) {
            invalidate();
            auto stored = m_store->addResponse(
                turnId, {judgeJob.target.accountId, judgeJob.target.model, parameters, ResponseKind::Judge, {}});
            if (!stored) {
                return std::unexpected(stored.error().message);
            }
            response = *stored;
        } else {
            QList<TurnRecord> &memory = m_memory[m_conversationId];
            const auto turn = std::ranges::find(memory, turnId, &TurnRecord::id);
            response.id = m_nextMemoryId++;
            response.turnId = turnId;
            response.position = static_cast<int>(turn->responses.size() + turn->judgements.size());
            response.kind = ResponseKind::Judge;
            response.providerId = judgeJob.target.accountId;
            response.model = judgeJob.target.model;
            response.parameters = parameters;
            response.createdAt = QDateTime::currentMSecsSinceEpoch();
            turn->judgements.append(response);
        }
        job.responseId = response.id;
        added.append(response);
        launched.append(job);
    }
    launch(launched);
    return added;
}

void ChatSession::launch(const QList<Job> &jobs)
{
    auto *run = new Run;
    run->serial = ++m_runsStarted;
    run->jobs = jobs;
    run->fanOut = new FanOut(m_network, m_options, this);
    m_runs.append(run);
    QList<FanOutJob> fanOutJobs;
    QList<qint64> ids;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        fanOutJobs.append({jobs.at(i).account, jobs.at(i).request, jobs.at(i).fallbacks});
        ids.append(jobs.at(i).responseId);
        m_live.insert(jobs.at(i).responseId, {run, static_cast<int>(i)});
        m_sent.insert(jobs.at(i).responseId, jobs.at(i));
        m_raw.remove(jobs.at(i).responseId);
    }
    FanOut *fanOut = run->fanOut;
    if (m_toolBox && !m_toolset.isEmpty()) {
        // Answers (not judges) may call the toolset's tools, each in its own scope.
        fanOut->setPrepare([this, run](int index, ChatStream *stream) {
            const Job &job = run->jobs.at(index);
            if (job.judgeLabels || !m_toolBox) {
                return;
            }
            ToolBox::Scope scope
                = m_toolPolicy ? m_toolPolicy(stream->account(), stream->request()) : ToolBox::Scope {};
            scope.servers = m_toolset;
            if (scope.servers.removeAll(WebSearchTool::sharedEntry()) > 0) {
                // One search for the whole run, with the prompt as its query.
                scope.sharedSearch = ToolBox::Scope::SharedSearch {
                    u"%1/%2"_s.arg(quintptr(this)).arg(run->serial), searchQueryOf(stream->request())};
            }
            m_toolBox->setScope(stream, std::move(scope));
            stream->setToolRunner(m_toolBox, m_maxToolRounds);
        });
    }
    const auto costOf = [this, run](int index) {
        auto it = run->costs.constFind(index);
        if (it == run->costs.cend()) {
            const FanOutJob &job = run->fanOut->job(index);
            it = run->costs.insert(index, m_pricing.costOf(job.account, job.request, *run->fanOut->stream(index)));
        }
        return *it;
    };
    // A judge's answer is read when it ends, and stored with what was read.
    const auto judgementOf = [run](int index, const QString &text) -> std::optional<Judgement> {
        const Job &job = run->jobs.at(index);
        if (!job.judgeLabels || text.trimmed().isEmpty()) {
            return std::nullopt; // not a judge, or it failed before saying anything
        }
        return readJudgement(text, *job.judgeLabels);
    };
    if (m_store) {
        run->recorder = new StreamRecorder(*m_store, *fanOut, ids, StreamRecorder::defaultInterval, this);
        run->recorder->setCostFunction(costOf);
        run->recorder->setJudgementReader(judgementOf);
        connect(run->recorder, &StreamRecorder::storageFailed, this, &ChatSession::storageFailed);
    }
    const auto idOf = [run](int index) { return run->jobs.at(index).responseId; };
    connect(fanOut, &FanOut::started, this, [this, idOf](int i) { Q_EMIT answerStarted(idOf(i)); });
    connect(fanOut, &FanOut::queued, this, [this, idOf](int i) { Q_EMIT answerQueued(idOf(i)); });
    connect(fanOut, &FanOut::statusChanged, this, [this, idOf](int i, ChatStream::Status status) {
        Q_EMIT answerStatusChanged(idOf(i), status);
    });
    connect(fanOut, &FanOut::textDelta, this, [this, idOf](int i) { Q_EMIT answerGrew(idOf(i)); });
    connect(fanOut, &FanOut::reasoningDelta, this, [this, idOf](int i) { Q_EMIT answerGrew(idOf(i)); });
    connect(fanOut, &FanOut::usageUpdated, this, [this, idOf](int i) { Q_EMIT answerUsageUpdated(idOf(i)); });
    connect(fanOut, &FanOut::stepsChanged, this, [this, idOf](int i) { Q_EMIT answerStepsChanged(idOf(i)); });
    connect(fanOut, &FanOut::retrying, this, [this, idOf](int i, int attempt, qint64 delay, const StreamError &why) {
        Q_EMIT answerRetrying(idOf(i), attempt, delay, why);
    });
    connect(fanOut, &FanOut::fellBack, this, [this, run](int index, const QString &from, const StreamError &why) {
        Job &job = run->jobs[index];
        const FanOutJob &now = run->fanOut->job(index);
        job.account = now.account;
        job.request = now.request;
        m_sent.insert(job.responseId, job);
        const FallbackAttempt attempt = StreamRecorder::attemptFor(from, why);
        ResponseRecord record;
        if (ResponseRecord *stored = memoryResponse(job.responseId)) {
            QList<FallbackAttempt> attempts = stored->parameters.fallbackFrom.value_or(QList<FallbackAttempt> {});
            attempts.append(attempt);
            stored->parameters.fallbackFrom = attempts;
            stored->providerId = now.account.id;
            stored->model = now.request.model;
            record = *stored;
        } else if (m_store) {
            invalidate();
            // The recorder wrote the change just now (it listens first).
            if (auto stored = m_store->response(job.responseId); stored && stored->has_value()) {
                record = **stored;
            }
        }
        record.id = job.responseId;
        record.providerId = now.account.id;
        record.model = now.request.model;
        if (!record.parameters.fallbackFrom) {
            record.parameters.fallbackFrom = QList<FallbackAttempt> {attempt};
        }
        Q_EMIT answerFellBack(record);
    });
    connect(fanOut, &FanOut::targetEnded, this, [this, run, costOf, judgementOf](int index) {
        const Job &job = run->jobs.at(index);
        const ChatStream *stream = run->fanOut->stream(index);
        ResponseRecord record = StreamRecorder::recordFor(job.responseId, *stream);
        const Cost cost = costOf(index);
        record.costNanos = cost.nanos;
        record.costEstimated = cost.estimated();
        record.judgement = judgementOf(index, stream->text());
        m_raw.insert(job.responseId, stream->rawResponse());
        if (const auto sent = m_sent.find(job.responseId); sent != m_sent.end()) {
            sent->request = stream->request(); // as last sent: the tools offered, every round's calls
        }
        if (ResponseRecord *stored = memoryResponse(job.responseId)) {
            const ResponseRecord before = *stored;
            *stored = record;
            stored->turnId = before.turnId;
            stored->position = before.position;
            stored->providerId = before.providerId;
            stored->model = before.model;
            stored->parameters = before.parameters;
            stored->kind = before.kind;
            stored->received = before.received;
            stored->createdAt = before.createdAt;
            record = *stored;
        } else if (m_store) {
            // The recorder stored it just now (it listens first); read back the whole record.
            if (auto stored = m_store->response(job.responseId); stored && stored->has_value()) {
                record = **stored;
                record.text = stream->text(); // the same unless the write failed
                record.costNanos = cost.nanos;
                record.costEstimated = cost.estimated();
                record.judgement = judgementOf(index, stream->text());
            }
        }
        m_live.remove(job.responseId);
        invalidate(); // the answer is stored complete now: history for the next turn
        Q_EMIT answerEnded(record, stream);
    });
    connect(fanOut, &FanOut::allEnded, this, [this, run] { onRunEnded(run); }, Qt::QueuedConnection);
    // Started from the event loop, so the caller sets up its view of the answers first.
    QTimer::singleShot(0, fanOut, [fanOut, fanOutJobs] { fanOut->start(fanOutJobs); });
}

void ChatSession::onRunEnded(Run *run)
{
    if (!m_runs.removeOne(run)) {
        return;
    }
    if (run->recorder) {
        run->recorder->flush();
        if (!run->recorder->isSaved()) {
            ++m_unsaved; // said through storageFailed; the caller decides what it means
        }
    }
    delete run; // from the event loop (a queued call), never inside a signal of its FanOut
    if (m_live.isEmpty()) {
        Q_EMIT idle();
    }
}

void ChatSession::stop(qint64 responseId)
{
    if (const auto it = m_live.constFind(responseId); it != m_live.cend()) {
        it->first->fanOut->cancel(it->second);
    }
}

void ChatSession::stopAll()
{
    for (Run *run : std::as_const(m_runs)) {
        run->fanOut->cancelAll();
    }
}

const ChatStream *ChatSession::stream(qint64 responseId) const
{
    const auto it = m_live.constFind(responseId);
    if (it == m_live.cend() || it->second >= it->first->fanOut->count()) {
        return nullptr; // not running, or about to start (the FanOut starts from the event loop)
    }
    return it->first->fanOut->stream(it->second);
}

std::expected<void, QString> ChatSession::pickBest(qint64 turnId, qint64 responseId)
{
    if (m_store) {
        invalidate();
        if (auto picked = m_store->pickBestAnswer(turnId, responseId); !picked) {
            return std::unexpected(picked.error().message);
        }
        return {};
    }
    for (TurnRecord &turn : m_memory[m_conversationId]) {
        if (turn.id == turnId) {
            for (ResponseRecord &r : turn.responses) {
                r.vote = r.id == responseId ? 1 : 0;
            }
        }
    }
    return {};
}

QString ChatSession::inspectRequest(qint64 responseId) const
{
    // A running answer: its request as it is now (the tools offered, the last round's calls).
    if (const ChatStream *running = stream(responseId)) {
        return describeRequest(running->account(), running->request());
    }
    if (const auto sent = m_sent.constFind(responseId); sent != m_sent.cend()) {
        return describeRequest(sent->account, sent->request);
    }
    // An answer from an earlier session: rebuilt from the history recorded with it.
    const auto turns = storedBranch();
    if (!turns) {
        return turns.error();
    }
    QHash<qint64, std::pair<const TurnRecord *, const ResponseRecord *>> answers;
    for (const TurnRecord &turn : *turns) {
        for (const ResponseRecord &r : turn.responses) {
            answers.insert(r.id, {&turn, &r});
        }
    }
    const auto found = answers.constFind(responseId);
    if (found == answers.cend()) {
        return tr("That answer is not on the conversation's current branch.");
    }
    const ResponseRecord &response = *found->second;
    const ChatTarget target = ChatTarget::fromResponse(response);
    const std::optional<ProviderAccount> account = m_accounts(target.accountId);
    if (!account) {
        return tr("There is no provider account '%1' any more.").arg(target.accountId);
    }
    QList<ChatMessage> messages;
    for (const qint64 id : historyOf(response)) {
        if (const auto earlier = answers.constFind(id); earlier != answers.cend()) {
            messages.append({ChatMessage::Role::User, earlier->first->prompt});
            messages.append({ChatMessage::Role::Assistant, earlier->second->text});
        }
    }
    messages.append({ChatMessage::Role::User, found->first->prompt});
    return describeRequest(*account, requestFor(*account, target, messages));
}

QString ChatSession::inspectResponse(qint64 responseId) const
{
    if (const ChatStream *live = stream(responseId)) {
        return describeResponse(live->httpStatus(), live->rawResponse(), live->rawResponse().size() >= keepRawBytes);
    }
    const auto raw = m_raw.constFind(responseId);
    if (raw == m_raw.cend()) {
        return tr("The raw response is kept only for answers received since Quorum started.");
    }
    return describeResponse(0, *raw, raw->size() >= keepRawBytes);
}

ChatSession::Estimate ChatSession::estimate(
    const QString &prompt, const ChatTarget &target, const QList<Attachment> &attachments) const
{
    const auto turns = storedBranch();
    qint64 characters = target.parameters.system.value_or(m_systemPrompt).size() + prompt.size();
    // The new files, and an earlier prompt's files, which go with it again (jobFor()).
    QList<Attachment> files = attachments;
    if (turns) {
        const History earlier = historyFor(*turns, target, m_policy);
        for (const ChatMessage &message : earlier.messages) {
            characters += message.content.size();
        }
        for (const qint64 turnId : earlier.turnIds) {
            if (const auto turn = std::ranges::find(*turns, turnId, &TurnRecord::id); turn != turns->cend()) {
                files += attachmentsOf(*turn);
            }
        }
    }
    if (const std::optional<ProviderAccount> account = m_accounts(target.accountId); account && !files.isEmpty()) {
        const ModelCapabilities capabilities = readsOf(*account, target.model);
        const AttachmentLimits limits = limitsFor(*account, target.model);
        const ImageTokenRule rule = imageTokenRule(*account, target.model);
        for (const Attachment &attachment : files) {
            // In characters, as the estimate counts: what a file costs in tokens, as text would.
            characters += planDelivery(attachment, capabilities, limits, rule, attachment.redacted).tokens
                * CostCalculator::charactersPerToken;
        }
    }
    return estimateOf(characters, target);
}

ChatSession::Estimate ChatSession::estimate(const ChatRequest &request, const ChatTarget &target) const
{
    qint64 characters = request.system.size();
    for (const ChatMessage &message : request.messages) {
        characters += message.content.size();
    }
    return estimateOf(characters, target);
}

ChatSession::Estimate ChatSession::estimateOf(qint64 inputCharacters, const ChatTarget &target) const
{
    Estimate estimate;
    estimate.inputTokens
        = (inputCharacters + CostCalculator::charactersPerToken - 1) / CostCalculator::charactersPerToken;
    // A thinking budget is paid as output whatever the answer: it counts in the estimate.
    estimate.reasoningTokens = target.parameters.budgetTokens().value_or(0);
    if (const std::optional<ProviderAccount> account = m_accounts(target.accountId)) {
        const auto price = m_pricing.priceFor(*account, target.model, {}, QDateTime::currentMSecsSinceEpoch());
        estimate.costNanos = CostCalculator::estimate(
            inputCharacters, estimate.reasoningTokens * CostCalculator::charactersPerToken, price)
                                 .nanos;
    }
    return estimate;
}

ResponseRecord *ChatSession::memoryResponse(qint64 responseId)
{
    if (m_store) {
        return nullptr;
    }
    for (QList<TurnRecord> &turns : m_memory) {
        for (TurnRecord &turn : turns) {
            for (ResponseRecord &r : turn.responses) {
                if (r.id == responseId) {
                    return &r;
                }
            }
            for (ResponseRecord &r : turn.judgements) {
                if (r.id == responseId) {
                    return &r;
                }
            }
        }
    }
    return nullptr;
}

} // namespace Quorum
