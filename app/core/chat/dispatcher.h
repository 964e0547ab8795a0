// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include "chat/appservices.h"
#include "chat/chatsession.h"
#include "routing/router.h"
#include "types/chattarget.h"
#include "types/modelinfo.h"

namespace Quorum
{

class RouteEnvironment;
struct ProviderAccount;

//! What the user asks for: a prompt, the models they chose (or Auto), and where it goes.
struct SendRequest {
    QString prompt;
    QList<ChatTarget> chosen;               //!< the user's models: the default rule
    bool automatic = false;                 //!< Auto: the routing rules choose the models
    std::optional<qint64> editOf;           //!< a new branch beside this turn (its prompt edited)
    std::optional<QString> systemPrompt;    //!< for a conversation that the prompt creates
    std::optional<PromptRef> persona;       //!< the library persona systemPrompt is the text of
    std::optional<PromptRef> libraryPrompt; //!< the library prompt `prompt` was filled from
    QList<Attachment> attachments;          //!< files attached to the prompt, read (AttachmentReader)
};

//! What a judge request would send: one job per judge, or why it is refused.
struct JudgePlan {
    QList<ChatSession::JudgeJob> jobs;
    qint64 turnId = 0;
    std::optional<SendFailure> refused;
    qint64 inputTokens = 0;          //!< estimated, of all jobs (exact on the characters sent)
    std::optional<qint64> costNanos; //!< of the input; empty when a price is unknown
    QString note;                    //!< e.g. that answers were cut to fit
};

/*!
 * The engine that sends prompts, for the window and the command line alike. It owns the
 * conversation being continued (a ChatSession) and everything between "send" and the answers
 * streaming in:
 *
 *  1. the routing decision (RouteEnvironment: the stored rules, the accounts, prices, spend,
 *     the conversation's tags), kept up to date when those change;
 *  2. governance: when a rule blocks the prompt or changes what the user chose, the window
 *     (Governance::Ask) is asked to confirm (confirmationNeeded, then confirm()); a script
 *     (Governance::FollowRules) follows the rules;
 *  3. the keys of the accounts it sends to (KeyResolver: environment, session, keychain);
 *  4. the send itself (ChatSession: stored first, fanned out, fallbacks, recorded).
 *
 * Each step's outcome is a signal: routed() once the route is known, sent() once the turn is
 * stored and its answers are about to stream, failed() when nothing was sent and why. The
 * answers' progress comes from session().
 */
class Dispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Dispatcher)

public:
    enum class Governance {
        Ask,         //!< a governance rule that changes the user's choice waits for confirm()
        FollowRules, //!< the rules apply as they are (the command line)
    };

    Dispatcher(const AppServices &services, Governance governance, QObject *parent = nullptr);
    ~Dispatcher() override;

    ChatSession &session() { return *m_session; }
    //! Who finds the keys: the services', or the engine's own.
    KeyResolver &keys() { return *m_keys; }
    const ChatSession &session() const { return *m_session; }
    //! The rules are read from \a database instead of the services' (the CLI's --no-store
    //! reads them from a read-only connection); null: no rules.
    void setRoutingDatabase(const Database *database);

    //! Where \a prompt would go now, and why (the composer's preview, route --explain).
    RouteDecision decide(const QString &prompt,
        const QList<ChatTarget> &chosen,
        bool automatic,
        const QList<Attachment> &attachments = {}) const;
    //! Stored rules that could not be read, for the user to see.
    QStringList routingProblems() const;

    void send(const SendRequest &request);
    bool isAwaitingConfirmation() const { return m_pending.has_value(); }
    //! The user's answer to confirmationNeeded(): send as the rules say (\a override false)
    //! or to the models they chose, past the rules (recorded with the answers).
    void confirm(bool override);
    void cancelConfirmation() { m_pending.reset(); }

    //! Asks \a target turn \a turnId's prompt too, with the history before that turn.
    void addTarget(qint64 turnId, const ChatTarget &target);
    //! Asks answer \a responseId's model again (retry, regenerate).
    void regenerate(qint64 responseId);

    /*!
     * What judge() would send for \a request: the turn's finished answers labelled A, B, ...,
     * the judges, governance applied (a judge must satisfy every restriction the turn's
     * answers were sent under, and the rules that apply to the judge's input now), and the
     * estimated input cost. Sends nothing.
     */
    JudgePlan planJudge(const JudgeRequest &request) const;
    //! Asks the judges of planJudge(\a request): judgesAdded(), or failed() with the reason.
    void judge(const JudgeRequest &request);

    /*!
     * Asks account \a accountId for its models (its key found first) and stores the list
     * (ModelStore; without a database it is kept for this session): modelsListed() or
     * modelsListFailed() follows.
     */
    void listModels(const QString &accountId);
    //! What listModels() found for \a accountId in this session without a database.
    QList<ModelInfo> unstoredModels(const QString &accountId) const { return m_unstoredModels.value(accountId); }

    /*!
     * \a target with its variant's parameters under its own (a target's own parameters win
     * over its variant's), or why not: there is no variant of that name. A target without a
     * variant is as it is.
     */
    [[nodiscard]] std::expected<ChatTarget, QString> withVariant(const ChatTarget &target) const;
    /*!
     * Everything that keeps \a targets from being sent as they are, one line each: a variant
     * that does not exist, parameters out of range or not taken by the model. Sends nothing.
     */
    QStringList targetProblems(const QList<ChatTarget> &targets) const;

    //! The account \a id as a request uses it: its key found, the network defaults applied.
    std::optional<ProviderAccount> account(const QString &id) const;

    //! Reads the rules, accounts and this month's spend again; routingChanged() follows.
    void reloadRouting();
    //! Routes requests through the accounts' and the global proxies (settings changed).
    void applyNetworkSettings();
    /*!
     * Approvals that win over the servers' settings for every answer sent from now on, by
     * SERVER__TOOL, SERVER__* or the bare tool name (`quorum ask --allow-tool`).
     */
    void setToolApprovals(const QHash<QString, ToolApproval> &approvals) { m_toolApprovals = approvals; }
    /*!
     * What an answer of \a account asked with \a request may do with tools, by the rules
     * (docs/tools.md, "Under the rules"): tools-only rules withhold tools from accounts without
     * their tag, and each result passes the governance rules as a prompt would (redacted,
     * or withheld from an account a restriction leaves out, or blocked).
     */
    ToolBox::Scope toolScope(const ProviderAccount &account, const ChatRequest &request) const;
    //! The conversation's tools as rules see them: its servers and their known SERVER__TOOL names.
    QStringList toolNames() const;

Q_SIGNALS:
    //! The route of a request is known (before any key is looked up or anything stored).
    void routed(const Quorum::RouteDecision &decision, bool automatic);
    //! A governance rule blocks the prompt or changes the user's choice: confirm() or cancel.
    void confirmationNeeded(const Quorum::RouteDecision &decision);
    //! The turn is stored; its answers start streaming when control returns to the event loop.
    void sent(const Quorum::TurnRecord &turn, const Quorum::SendRequest &request);
    void answerAdded(const Quorum::ResponseRecord &response);
    //! Judges' answers were stored and are about to stream (read them as the answers).
    void judgesAdded(const QList<Quorum::ResponseRecord> &judges);
    //! Nothing was sent (or added, or asked again): why, for where the user is looking.
    void failed(const Quorum::SendFailure &failure);
    //! The rules, the accounts or the spend changed: a preview of the route may differ now.
    void routingChanged();
    void modelsListed(const QString &accountId, int count);
    void modelsListFailed(const QString &accountId, const QString &message);

private:
    void dispatch(const RouteDecision &route, bool automatic, const SendRequest &request);
    //! Finds the keys of \a targets' accounts, then calls \a then (unless this is gone).
    void withKeys(const QList<ChatTarget> &targets, std::function<void()> then);
    std::optional<SendFailure> unknownAccount(const QList<ChatTarget> &targets) const;
    //! Gives \a targets their variants' parameters, as far as they are found; what keeps
    //! them from being sent as they are (targetProblems()).
    QStringList resolve(QList<ChatTarget> &targets) const;
    //! Gives \a targets their variants' parameters; the failure when one cannot be sent.
    std::optional<SendFailure> prepare(QList<ChatTarget> &targets) const;

    //! A tool's result or a search query as the governance rules read it for a receiver
    //! tagged as \a tagged says: the text to send, the note, and whether it was withheld.
    struct Governed {
        QString text;
        QString note;
        bool withheld = false;
    };
    static Governed governed(const RouteEnvironment &routing,
        const QString &text,
        const QStringList &conversationTags,
        const QStringList &tools,
        const std::function<bool(const QString &)> &tagged);

    AppServices m_services;
    Governance m_governance;
    std::unique_ptr<KeyResolver> m_ownKeys; //!< when the services bring none
    KeyResolver *m_keys = nullptr;
    const Database *m_routingDatabase = nullptr;
    std::shared_ptr<RouteEnvironment> m_routing;
    QHash<QString, ToolApproval> m_toolApprovals;
    ChatSession *m_session = nullptr;
    std::optional<SendRequest> m_pending;
    QHash<QString, QList<ModelInfo>> m_unstoredModels;
};

} // namespace Quorum
