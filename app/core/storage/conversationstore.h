// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <functional>
#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QList>

#include "storage/storageerror.h"
#include "types/records.h"

namespace Quorum
{

class Database;

/*!
 * Conversations, their turns and the answers to each turn: the typed API over those
 * tables (no SQL outside storage/). Commits that record what the user did (a new turn,
 * a rename, a vote, a delete) are durable (synchronous=FULL); streaming checkpoints are
 * batched into one transaction for all answers and may lower that (Transaction::Normal).
 * Used on the thread that opened the Database.
 */
class ConversationStore final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ConversationStore)

public:
    using Clock = std::function<qint64()>;

    //! \a clock gives ms since the epoch (tests pass a manual one).
    explicit ConversationStore(const Database &database, Clock clock = {});
    const Database &database() const { return m_database; }

    /*!
     * A new conversation. One that holds a case of experiment run \a experimentRun is not
     * listed with the others (listConversations, conversationsAfter): its run shows it.
     * \a persona: the library persona whose text \a systemPrompt is.
     */
    [[nodiscard]] std::expected<qint64, StorageError> createConversation(const QString &title,
        const QString &systemPrompt = {},
        std::optional<qint64> experimentRun = {},
        const std::optional<PromptRef> &persona = std::nullopt);
    [[nodiscard]] std::expected<void, StorageError> renameConversation(qint64 id, const QString &title);
    [[nodiscard]] std::expected<void, StorageError> setPinned(qint64 id, bool pinned);
    //! The conversation's tags (routing rules can test them); blanks and repeats are dropped.
    [[nodiscard]] std::expected<void, StorageError> setTags(qint64 id, const QStringList &tags);
    //! The tool servers conversation \a id's answers may use (docs/tools.md, "Toolsets").
    [[nodiscard]] std::expected<void, StorageError> setToolset(qint64 id, const QStringList &servers);
    //! An answer's tool steps so far (written as each round of calls ends, so a crash keeps them).
    [[nodiscard]] std::expected<void, StorageError> setSteps(qint64 responseId, const QList<ToolStep> &steps);
    [[nodiscard]] std::expected<void, StorageError> deleteConversation(qint64 id);
    //! Pinned first, then the most recently updated; \a limit rows from \a offset (not the
    //! conversations of experiments).
    [[nodiscard]] std::expected<QList<ConversationRecord>, StorageError> listConversations(
        int limit = 100, int offset = 0) const;
    /*!
     * The next \a limit conversations in the list's order (pinned first, then the most
     * recently used) after \a after, or from the top: a page of the conversation list, as
     * fast at the 100,000th conversation as at the first.
     */
    [[nodiscard]] std::expected<QList<ConversationRecord>, StorageError> conversationsAfter(
        const std::optional<ConversationRecord> &after, int limit) const;
    [[nodiscard]] std::expected<std::optional<ConversationRecord>, StorageError> conversation(qint64 id) const;
    //! Every turn of a conversation with its answers, in order.
    [[nodiscard]] std::expected<QList<TurnRecord>, StorageError> turns(qint64 conversationId) const;
    /*!
     * Every compared turn the user voted on: two or more finished answers, one of them
     * picked, oldest first. The answers carry their figures and parameters but not their
     * text (the leaderboard does not need it; a long history stays small in memory).
     */
    [[nodiscard]] std::expected<QList<TurnRecord>, StorageError> votedTurns() const;
    //! Turns a judge finished with (a table's scores, a peer ranking's ballots), with their
    //! answers and judges (the leaderboard's judge columns).
    [[nodiscard]] std::expected<QList<TurnRecord>, StorageError> judgedTurns() const;
    /*!
     * The last \a count turns before position \a beforePosition (all positions by default),
     * with their answers, in order: what a view needs to show the newest screenful of a long
     * conversation at once and load older turns as the user scrolls back.
     */
    [[nodiscard]] std::expected<QList<TurnRecord>, StorageError> recentTurns(
        qint64 conversationId, int count, int beforePosition = std::numeric_limits<int>::max()) const;
    [[nodiscard]] std::expected<int, StorageError> turnCount(qint64 conversationId) const;
    /*!
     * \a count turns from position \a fromPosition on, with their answers, in order: an
     * export reads a long conversation a page at a time (the next page starts after the last
     * turn's position).
     */
    [[nodiscard]] std::expected<QList<TurnRecord>, StorageError> turnsFrom(
        qint64 conversationId, int fromPosition, int count) const;
    /*!
     * The shape of a conversation without its text: every turn's id, parent and position,
     * and every answer's id, model, status and cost. Enough to find the current branch and
     * to total it up before its turns are read a page at a time.
     */
    [[nodiscard]] std::expected<QList<TurnRecord>, StorageError> turnOutline(qint64 conversationId) const;

    //! A whole conversation to store at once (import, restore, tests): ids are assigned anew.
    struct Import {
        ConversationRecord conversation;
        //! In order; parentId refers to ids within this list, and an answer's
        //! parameters "history" to answer ids within it (both are renumbered on insert).
        QList<TurnRecord> turns;
    };
    /*!
     * Stores whole conversations with their turns and answers in one transaction (all or
     * nothing), with statements prepared once. Returns the new conversation ids.
     */
    [[nodiscard]] std::expected<QList<qint64>, StorageError> importConversations(const QList<Import> &conversations);
    //! A stored conversation that \a item is a copy of (same start time, title and first
    //! prompt): importing the same file twice adds nothing the second time.
    [[nodiscard]] std::expected<std::optional<qint64>, StorageError> findImported(const Import &item) const;
    struct ImportOutcome {
        QList<qint64> imported;
        QList<std::pair<QString, qint64>> skipped; //!< title, and the stored conversation it copies
    };
    //! Imports the conversations not there yet (findImported) in one transaction; names the rest.
    [[nodiscard]] std::expected<ImportOutcome, StorageError> importNew(const QList<Import> &conversations);
    //! Every conversation's id, oldest first (the order they were had in).
    [[nodiscard]] std::expected<QList<qint64>, StorageError> conversationIds() const;

    /*!
     * Stores the user's prompt and one pending answer per target in one transaction, before
     * anything is sent (docs/reliability.md). Returns the turn with the answers' ids.
     */
    [[nodiscard]] std::expected<TurnRecord, StorageError> addTurn(qint64 conversationId,
        const QString &prompt,
        const QList<NewResponse> &targets,
        std::optional<qint64> parentTurnId = std::nullopt,
        const QList<Attachment> &attachments = {});

    //! Saves the partial text of several streaming answers in one transaction.
    [[nodiscard]] std::expected<void, StorageError> checkpoint(const QList<ResponseCheckpoint> &partials);
    //! Saves an answer that ended (done, error, cancelled) with its usage, cost and timings.
    [[nodiscard]] std::expected<void, StorageError> finishResponse(const ResponseRecord &response);
    [[nodiscard]] std::expected<void, StorageError> setVote(qint64 responseId, int vote);
    /*!
     * Marks \a responseId as the best answer of its turn (vote 1) and clears the other
     * answers' votes, in one transaction; 0 clears the pick of turn \a turnId.
     */
    [[nodiscard]] std::expected<void, StorageError> pickBestAnswer(qint64 turnId, qint64 responseId);
    /*!
     * Starts an answer over (retry, regenerate): pending again, text, usage, cost and error
     * cleared, with new \a parameters (what it is asked with this time) and what it is sent
     * of the turn's attachments this time (\a received).
     */
    [[nodiscard]] std::expected<void, StorageError> restartResponse(
        qint64 responseId, const AnswerParameters &parameters, const QList<AttachmentDelivery> &received = {});
    //! Adds a pending answer to an existing turn (a target added mid-conversation).
    [[nodiscard]] std::expected<ResponseRecord, StorageError> addResponse(qint64 turnId, const NewResponse &target);
    /*!
     * A fallback chain moved answer \a responseId on to \a providerId / \a model: the row now
     * names the new target, and \a attempt (who failed and why) is appended to the
     * "fallback_from" list of its parameters.
     */
    [[nodiscard]] std::expected<void, StorageError> fallBack(
        qint64 responseId, const QString &providerId, const QString &model, const FallbackAttempt &attempt);
    [[nodiscard]] std::expected<std::optional<ResponseRecord>, StorageError> response(qint64 id) const;

    /*!
     * After a crash: answers left pending or streaming, untouched since \a staleBefore (ms
     * since the epoch), become interrupted and keep their text. Running writers touch their
     * answers every few seconds (touch()), so another live Quorum process (the CLI beside the
     * window) never has its answers taken away. Returns how many were recovered.
     */
    [[nodiscard]] std::expected<int, StorageError> recoverInterrupted(qint64 staleBefore);
    //! Marks answers still under way as alive (updated_at = now), in one transaction.
    [[nodiscard]] std::expected<void, StorageError> touch(const QList<qint64> &responseIds);

private:
    qint64 now() const;
    //! The turns \a pageSql (ids, binding :c, :at and :count) selects, with their answers, in order.
    [[nodiscard]] std::expected<QList<TurnRecord>, StorageError> loadTurns(
        const QString &pageSql, qint64 conversationId, int at, int count) const;
    [[nodiscard]] std::expected<void, StorageError> touchConversation(qint64 id, qint64 when);
    //! A streaming answer's text and reasoning with the pieces checkpoints appended.
    [[nodiscard]] std::expected<void, StorageError> withPieces(ResponseRecord &response) const;
    //! Forgets an answer's pieces (its row holds the whole text, or it starts over).
    [[nodiscard]] std::expected<void, StorageError> clearPieces(qint64 responseId);

    const Database &m_database;
    Clock m_clock;
};

} // namespace Quorum
