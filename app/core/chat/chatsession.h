// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>

#include "attachments/attachmentplan.h"
#include "chat/fanout.h"
#include "chat/history.h"
#include "judge/judgeprompt.h"
#include "pricing/cost.h"
#include "pricing/pricing.h"
#include "providers/chatstream.h"
#include "providers/streamoptions.h"
#include "routing/router.h"
#include "storage/storageerror.h"
#include "tools/toolbox.h"
#include "types/records.h"

class QNetworkAccessManager;

namespace Quorum
{

class ConversationStore;
class Database;
class StreamRecorder;

//! Why a prompt was not sent; nothing was stored or sent.
struct SendFailure {
    enum class Kind {
        Invalid,        //!< an empty prompt, no model, a turn not on the branch
        Blocked,        //!< a rule blocks it, or a governance rule left no model
        UnknownAccount, //!< a target names an account that does not exist
        Unsupported,    //!< a target's parameters are out of range, not taken by its model, or
                        //!< name a variant that does not exist
        Storage,        //!< the prompt could not be stored (see storage)
    };
    Kind kind = Kind::Invalid;
    QString message;
    std::optional<StorageError::Kind> storage;
};

/*!
 * One open conversation and the answers streaming into it: what the window's compare view
 * drives. Sending stores the prompt and a pending answer per target first (docs/reliability.md),
 * gives each target its history by the follow-up policy (and records which answers that
 * history came from with the answer), then streams all targets at once through a FanOut
 * whose StreamRecorder checkpoints them. Answers are known by their stored id; the view
 * listens to the answer* signals and reads live text from stream().
 *
 * Without a database (the user chose to go on without saving) the conversation lives in
 * memory only, with the same behaviour.
 */
class ChatSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatSession)

public:
    //! The account for an id with its key filled in, or nullopt when there is no such account.
    using AccountLookup = std::function<std::optional<ProviderAccount>(const QString &accountId)>;

    ChatSession(Database *database, QNetworkAccessManager *network, AccountLookup accounts, QObject *parent = nullptr);
    ~ChatSession() override;

    StreamOptions streamOptions() const { return m_options; }
    /*!
     * What fits images to a provider's limits and draws PDF pages (docs/attachments.md);
     * without it, images that fit are sent as they are and PDFs go natively or as text.
     */
    void setAttachmentMedia(const AttachmentMedia *media) { m_media = media; }
    /*!
     * What \a target receives of \a attachments with \a prompt: the user message and, per
     * attachment, what is sent (the pre-send preview; send() plans the same).
     */
    PlannedMessage planFor(const QString &prompt, const QList<Attachment> &attachments, const ChatTarget &target) const;
    void setStreamOptions(const StreamOptions &options) { m_options = options; }

    //! Opens a stored conversation (stopping nothing: earlier runs keep streaming to storage).
    [[nodiscard]] std::expected<void, QString> open(qint64 conversationId);
    //! A new, empty conversation; it is stored with the first prompt.
    void startNew();
    qint64 conversationId() const { return m_conversationId; }
    QString systemPrompt() const { return m_systemPrompt; }
    /*!
     * The system prompt for this conversation (stored with it when it is created), and the
     * library persona it is the text of (none: typed or edited by hand). Answers asked with
     * it record the persona.
     */
    void setSystemPrompt(const QString &prompt, const std::optional<PromptRef> &persona = std::nullopt)
    {
        m_systemPrompt = prompt;
        m_persona = prompt.isEmpty() ? std::nullopt : persona;
    }
    std::optional<PromptRef> persona() const { return m_persona; }
    //! The next prompt sent was filled from this library prompt: its answers record it.
    void setLibraryPrompt(const std::optional<PromptRef> &prompt) { m_libraryPrompt = prompt; }
    /*!
     * The conversation the first prompt creates holds a case of experiment run \a runId
     * (not listed with the others), titled \a title.
     */
    void setExperimentRun(qint64 runId, const QString &title)
    {
        m_experimentRun = runId;
        m_title = title;
    }
    FollowUpPolicy followUpPolicy() const { return m_policy; }
    void setFollowUpPolicy(FollowUpPolicy policy) { m_policy = policy; }
    //! The open conversation's tags (routing rules may test them).
    QStringList tags() const { return m_tags; }
    /*!
     * Sets the open conversation's tags: stored at once, or with the conversation when the
     * first prompt creates it. \a store false only takes note of tags stored elsewhere.
     */
    [[nodiscard]] std::expected<void, QString> setTags(const QStringList &tags, bool store = true);
    /*!
     * Lets answers call tools (docs/tools.md): \a box offers and runs them; \a policy gives
     * an answer's scope for its account (approvals, withheld tools, redaction of results)
     * besides its servers, which are the conversation's toolset. Judges never get tools.
     */
    using ToolPolicy = std::function<ToolBox::Scope(const ProviderAccount &account, const ChatRequest &request)>;
    void setToolBox(ToolBox *box, ToolPolicy policy = {});
    ToolBox *toolBox() const { return m_toolBox; }
    //! How many rounds of tool calls an answer may make (a setting; 8 by default).
    void setMaxToolRounds(int rounds) { m_maxToolRounds = qBound(1, rounds, 50); }
    int maxToolRounds() const { return m_maxToolRounds; }
    //! The tool servers the open conversation's answers may use (empty: none).
    QStringList toolset() const { return m_toolset; }
    /*!
     * Sets the open conversation's toolset: stored at once, or with the conversation when the
     * first prompt creates it (a new conversation keeps the toolset of the last one).
     */
    [[nodiscard]] std::expected<void, QString> setToolset(const QStringList &servers);
    //! Whether everything that ended so far is stored (false after a write failed for good).
    bool isSaved() const { return m_unsaved == 0; }

    //! The turns of the current branch with their answers (live text for running ones).
    [[nodiscard]] std::expected<QList<TurnRecord>, QString> branch() const;

    /*!
     * Sends \a prompt to \a targets as a new turn after the current branch's last turn, or,
     * with \a editOf, as a new branch beside that turn (its prompt edited). Returns the
     * stored turn with the answers' ids; they start streaming when control returns to the
     * event loop.
     */
    [[nodiscard]] std::expected<TurnRecord, SendFailure> send(const QString &prompt,
        const QList<ChatTarget> &targets,
        std::optional<qint64> editOf = std::nullopt,
        const QList<Attachment> &attachments = {});
    /*!
     * Sends as the router decided: \a route's prompt (redacted where a rule said so; stored as
     * sent, with the placeholders kept in each answer's parameters to restore them on display),
     * its targets, and for a fallback chain one answer that moves on to the next target when
     * one fails before its first token. With \a automatic the rule's name is stored with the
     * answers (the leaderboard counts votes per rule).
     */
    [[nodiscard]] std::expected<TurnRecord, SendFailure> send(const RouteDecision &route,
        bool automatic,
        std::optional<qint64> editOf = std::nullopt,
        const QList<Attachment> &attachments = {});
    //! Asks the same target again for answer \a responseId (retry, regenerate).
    [[nodiscard]] std::expected<void, QString> regenerate(qint64 responseId);
    //! Adds \a target to turn \a turnId; it is asked with the history before that turn.
    [[nodiscard]] std::expected<ResponseRecord, QString> addTarget(qint64 turnId, const ChatTarget &target);

    //! One judge to ask about a turn's answers: its model and what it is sent.
    struct JudgeJob {
        ChatTarget target;
        JudgeBuild build;
        AnswerParameters extra; //!< governance: required tags, redaction
    };
    /*!
     * Adds a judge's answer to turn \a turnId for each of \a jobs (stored first, as a
     * response of kind Judge), and streams them. When one ends, what it returned is read
     * (readJudgement) and stored with it.
     */
    [[nodiscard]] std::expected<QList<ResponseRecord>, QString> judge(qint64 turnId, const QList<JudgeJob> &jobs);
    void stop(qint64 responseId);
    void stopAll();
    bool isRunning() const { return !m_live.isEmpty(); }
    bool isRunning(qint64 responseId) const { return m_live.contains(responseId); }
    //! The live stream of a running answer (null once it ended).
    const ChatStream *stream(qint64 responseId) const;
    //! The answer the user picked as the best of turn \a turnId (0: none).
    [[nodiscard]] std::expected<void, QString> pickBest(qint64 turnId, qint64 responseId);

    /*!
     * What \a target would be sent with \a messages: the conversation's system prompt unless
     * the target's parameters replace it, the parameters, and an output schema the provider
     * cannot enforce written into the system prompt (docs/providers.md §13.3).
     */
    ChatRequest requestFor(const ProviderAccount &account, const ChatTarget &target, QList<ChatMessage> messages) const;
    /*!
     * Why \a target cannot be sent as it is, said before anything is sent: parameters out of
     * range, or ones its protocol or model does not take ("o3 takes no temperature: ...").
     * Each line names the target; empty when it can go.
     */
    QStringList parameterProblems(const ChatTarget &target) const;

    //! The exact request answer \a responseId was (or is) sent with, keys redacted.
    QString inspectRequest(qint64 responseId) const;
    //! The raw response of a running or just-ended answer of this session (empty otherwise).
    QString inspectResponse(qint64 responseId) const;
    //! The stored answers an answer was given as history, one per earlier turn.
    static QList<qint64> historyOf(const ResponseRecord &response);
    //! The follow-up policy an answer's history was chosen by.
    static std::optional<FollowUpPolicy> policyOf(const ResponseRecord &response);
    //! The placeholders a redacted prompt was sent with (empty: nothing was redacted).
    static Redaction redactionOf(const ResponseRecord &response);

    //! Estimated input tokens and cost of sending \a prompt to \a target now, with its history.
    struct Estimate {
        qint64 inputTokens = 0;
        std::optional<qint64> costNanos; //!< unknown price: empty
        qint64 reasoningTokens = 0;      //!< a thinking budget, counted at the output price
    };
    //! \a prompt's input for \a target with its history, and \a attachments as that model
    //! receives them (their tokens by docs/attachments.md, "Tokens"; nothing is drawn).
    Estimate estimate(const QString &prompt, const ChatTarget &target, const QList<Attachment> &attachments = {}) const;
    //! Estimated input tokens and cost of sending \a request (a judge's) to \a target.
    Estimate estimate(const ChatRequest &request, const ChatTarget &target) const;

    const Pricing &pricing() const { return m_pricing; }

    //! What \a model reads: the user's choice, the provider's list, the built-in table.
    ModelCapabilities readsOf(const ProviderAccount &account, const QString &model) const;
    /*!
     * The files of the branch's earlier prompts, with their bytes: a follow-up sends them
     * again, as each model takes them, so the window prepares them (PreparedMedia) as it does
     * the composer's files, and a follow-up draws no PDF pages on the GUI thread.
     */
    QList<Attachment> branchAttachments() const;

Q_SIGNALS:
    //! A conversation was created (the first prompt) or opened.
    void conversationChanged(qint64 conversationId);
    void answerStarted(qint64 responseId);
    //! The answer waits for its provider (one request at a time, or all connections busy).
    void answerQueued(qint64 responseId);
    void answerStatusChanged(qint64 responseId, Quorum::ChatStream::Status status);
    //! New text or reasoning arrived (read it from stream(); views coalesce these).
    void answerGrew(qint64 responseId);
    void answerUsageUpdated(qint64 responseId);
    //! A round of the answer's tool calls ran (read them from stream()->steps()).
    void answerStepsChanged(qint64 responseId);
    //! A tool call of the answer waits for the user's word: ToolBox::answer() it.
    void approvalNeeded(qint64 responseId, const Quorum::ToolApprovalRequest &request);
    //! The question of approvalNeeded() was answered or went away.
    void approvalSettled(qint64 requestId);
    void answerRetrying(qint64 responseId, int attempt, qint64 delayMs, const Quorum::StreamError &reason);
    //! A fallback chain moved the answer on: \a response names the new target, and its
    //! parameters' "fallback_from" say who failed and why.
    void answerFellBack(const Quorum::ResponseRecord &response);
    //! The answer ended: the record holds everything stored about it, cost included; the
    //! stream it came from (its attempts, raw usage) is valid during the call.
    void answerEnded(const Quorum::ResponseRecord &response, const Quorum::ChatStream *stream);
    void storageFailed(const Quorum::StorageError &error);
    //! Nothing is streaming any more.
    void idle();

private:
    struct Run;
    struct Job {
        qint64 responseId = 0;
        ProviderAccount account;
        ChatRequest request;
        std::vector<FanOutJob> fallbacks;
        std::optional<QStringList> judgeLabels; //!< a judge: the labels its answer may name
    };
    [[nodiscard]] std::expected<TurnRecord, SendFailure> sendTurn(const QString &prompt,
        const QList<ChatTarget> &targets,
        std::optional<qint64> editOf,
        const AnswerParameters &routeParameters,
        const QList<ChatTarget> &fallbacks,
        const QList<Attachment> &attachments);
    //! \a target's request with \a history (earlier turns' files as \a media makes them).
    std::optional<Job> jobFor(const ChatTarget &target,
        const QList<TurnRecord> &history,
        qint64 responseId,
        const AttachmentMedia *media = nullptr) const;
    //! \a turn's files with their bytes (loaded once per conversation opened).
    QList<Attachment> attachmentsOf(const TurnRecord &turn) const;
    PlannedMessage plan(const QString &prompt,
        const QList<Attachment> &attachments,
        const ProviderAccount &account,
        const QString &model,
        const AttachmentMedia *media) const;
    Estimate estimateOf(qint64 inputCharacters, const ChatTarget &target) const;
    [[nodiscard]] std::expected<QList<TurnRecord>, QString> storedBranch() const;
    //! The branch up to (not including) turn \a turnId.
    [[nodiscard]] std::expected<QList<TurnRecord>, QString> historyBefore(qint64 turnId) const;
    void launch(const QList<Job> &jobs);
    void onRunEnded(Run *run);
    ResponseRecord *memoryResponse(qint64 responseId);
    AnswerParameters parametersFor(const ChatTarget &target, const History &history) const;

    //! Drops the cached branch: the stored turns changed.
    void invalidate() { m_branchCache.reset(); }
    void forgetAttachments() { m_attachments.clear(); }

    Database *m_database;
    //! The current branch as stored, kept between changes: estimates read it at every pause
    //! in typing, and a long conversation takes tens of milliseconds to load.
    mutable std::optional<QList<TurnRecord>> m_branchCache;
    std::unique_ptr<ConversationStore> m_store;
    QNetworkAccessManager *m_network;
    const AttachmentMedia *m_media = nullptr;
    mutable QHash<qint64, QList<Attachment>> m_attachments; //!< turn -> its files, bytes and all
    AccountLookup m_accounts;
    Pricing m_pricing;
    StreamOptions m_options;
    qint64 m_conversationId = 0;
    QString m_systemPrompt;
    std::optional<qint64> m_experimentRun;
    std::optional<PromptRef> m_persona;
    std::optional<PromptRef> m_libraryPrompt; //!< of the next send only
    QString m_title; //!< for the conversation the first prompt creates (empty: from the prompt)
    QStringList m_tags;
    QPointer<ToolBox> m_toolBox;
    ToolPolicy m_toolPolicy;
    int m_maxToolRounds = 8;
    QStringList m_toolset;
    //! The answer a stream belongs to (streams that may call tools).
    qint64 responseOf(const ChatStream *stream) const;
    FollowUpPolicy m_policy = FollowUpPolicy::OwnThread;
    int m_unsaved = 0; //!< runs whose recorder could not store everything
    QList<Run *> m_runs;
    qint64 m_runsStarted = 0;
    QHash<qint64, std::pair<Run *, int>> m_live; // running answer -> its run and index
    //! Requests and raw responses of answers sent in this session, for the inspector.
    QHash<qint64, Job> m_sent;
    QHash<qint64, QByteArray> m_raw;
    // Without a database: the conversations of this session, in memory.
    QHash<qint64, QList<TurnRecord>> m_memory;
    qint64 m_nextMemoryId = 1;
};

} // namespace Quorum
