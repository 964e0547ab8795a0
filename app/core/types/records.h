// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "types/answerparameters.h"
#include "types/attachment.h"
#include "types/judgement.h"
#include "types/libraryprompt.h"
#include "types/toolcall.h"

namespace Quorum
{

//! Where an answer stands, as stored.
enum class ResponseStatus { Pending, Streaming, Done, Error, Cancelled, Interrupted };

QString responseStatusName(ResponseStatus status);
std::optional<ResponseStatus> responseStatusFromName(const QString &name);

//! What a stored response is: a model's answer to the prompt, or a judge's answer about
//! the turn's answers (`responses.kind`).
enum class ResponseKind { Answer, Judge };

QString responseKindName(ResponseKind kind);
std::optional<ResponseKind> responseKindFromName(const QString &name);

struct ConversationRecord {
    qint64 id = 0;
    QString title;
    QString systemPrompt;
    QStringList tags;
    bool pinned = false;
    qint64 createdAt = 0; //!< ms since the epoch, UTC
    qint64 updatedAt = 0;
    //! The experiment run whose case it holds (not listed with the other conversations).
    std::optional<qint64> experimentRun;
    //! The library persona (and its version) whose text became the system prompt.
    std::optional<PromptRef> persona;
    //! The tool servers its answers may use (docs/tools.md, "Toolsets"); empty: none.
    QStringList toolset;

    friend bool operator==(const ConversationRecord &, const ConversationRecord &) = default;
};

//! One target's answer to a turn, as stored.
struct ResponseRecord {
    qint64 id = 0;
    qint64 turnId = 0;
    int position = 0;
    ResponseKind kind = ResponseKind::Answer;
    QString providerId;
    QString model;
    QString servedModel;
    AnswerParameters parameters;

    //! The model, and " #variant" when it was asked with one: what tells two answers of one
    //! model apart in a title.
    QString modelWithVariant() const { return parameters.variant ? model + u" #" + *parameters.variant : model; }
    //! "account/model", or "account/model#variant" for an answer asked with a variant.
    QString targetLabel() const
    {
        const QString label = providerId + u'/' + model;
        return parameters.variant ? label + u'#' + *parameters.variant : label;
    }
    QString text;
    QString reasoning;
    ResponseStatus status = ResponseStatus::Pending;
    QString errorKind;
    QString errorMessage;
    int httpStatus = 0;
    QString finishReason;
    QString finishReasonRaw;
    std::optional<qint64> inputTokens;
    std::optional<qint64> cachedInputTokens;
    std::optional<qint64> cacheWriteTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> reasoningTokens;
    std::optional<qint64> costNanos; //!< unknown cost stays empty, never 0
    bool costEstimated = false;
    std::optional<qint64> ttftMs;
    std::optional<qint64> durationMs;
    int vote = 0;
    //! A judge's answer as read when it ended (kind Judge; empty while it streams).
    std::optional<Judgement> judgement;
    //! What its model received of the turn's attachments, one per attachment, in order.
    QList<AttachmentDelivery> received;
    //! The tool calls it made and what came of them, in order (docs/tools.md, "Steps").
    QList<ToolStep> steps;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    friend bool operator==(const ResponseRecord &, const ResponseRecord &) = default;
};

struct TurnRecord {
    qint64 id = 0;
    qint64 conversationId = 0;
    std::optional<qint64> parentId;
    int position = 0;
    QString prompt;
    qint64 createdAt = 0;
    //! The files attached to the prompt, in order. Loaded with the turns: what they are, not
    //! their bytes or text (AttachmentStore::attachments() reads those when they are sent).
    QList<Attachment> attachments;
    QList<ResponseRecord> responses;  //!< the models' answers (kind Answer), by position
    QList<ResponseRecord> judgements; //!< judges' answers about them (kind Judge), oldest first

    //! The newest judge's answer that is not one ballot of a peer ranking (null: none).
    const ResponseRecord *latestSynthesis() const;
    //! The answer (or judge's answer) with \a responseId (null: not of this turn).
    const ResponseRecord *response(qint64 responseId) const;

    friend bool operator==(const TurnRecord &, const TurnRecord &) = default;
};

//! A target of a new turn: which account and model, with what parameters.
struct NewResponse {
    QString providerId;
    QString model;
    AnswerParameters parameters;
    ResponseKind kind = ResponseKind::Answer;
    QList<AttachmentDelivery> received {}; //!< what it is sent of the turn's attachments
};

/*!
 * What a checkpoint saves of a streaming answer: the text and reasoning that are new since
 * the last checkpoint, appended (the store keeps them as pieces until the answer ends), or,
 * with `replace`, all of it so far (a stream whose text started over).
 */
struct ResponseCheckpoint {
    qint64 responseId = 0;
    QString text;
    QString reasoning;
    bool replace = false;
};

//! The answer a judge's label stood for (0: the label is not one it was given).
qint64 judgeSource(const ResponseRecord &judge, const QString &label);

//! One answer's place in a turn's peer ranking.
struct RankedAnswer {
    qint64 responseId = 0;
    double points = 0; //!< Borda, 0 to 1 (bordaCount)
    int ballots = 0;
    int firsts = 0;

    friend bool operator==(const RankedAnswer &, const RankedAnswer &) = default;
};

/*!
 * The aggregated peer ranking of a turn from its judges' answers that ranked (each ballot's
 * labels mapped back to the answers they stood for, since each ranker saw its own labels):
 * the Borda count, best first. Empty when no ranking was read.
 */
QList<RankedAnswer> peerRanking(const QList<ResponseRecord> &judges);

//! The mean judge score of answer \a responseId over the table judges of \a judges.
std::optional<double> judgeScore(const QList<ResponseRecord> &judges, qint64 responseId);

/*!
 * The turns on the current branch, in order: from the newest turn back through its parents.
 * Editing an earlier prompt makes a new branch (a turn whose parent is the edited turn's);
 * the newest branch is the one shown and continued. Turns that record no parents at all
 * (a linear import) are one branch.
 */
QList<TurnRecord> currentBranch(const QList<TurnRecord> &turns);

} // namespace Quorum
