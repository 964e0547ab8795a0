// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "providers/chatrequest.h"
#include "storage/records.h"

namespace Quorum
{

//! One model a prompt goes to, with its parameters: "account/model" on the command line.
struct ChatTarget {
    QString accountId;
    QString model;
    std::optional<double> temperature;
    std::optional<int> maxTokens;

    QString label() const { return accountId + u'/' + model; }
    //! "account/model" (models may contain '/': openrouter/openai/gpt-4o); nullopt when malformed.
    static std::optional<ChatTarget> parse(const QString &label);
    //! The parameters as stored with an answer (responses.parameters).
    QJsonObject parameters() const;
    static ChatTarget fromResponse(const ResponseRecord &response);
    friend bool operator==(const ChatTarget &, const ChatTarget &) = default;
};

/*!
 * How a follow-up builds on a compared turn. Users of other apps are often unsure which
 * answer a follow-up continues from; Quorum records the choice with every answer.
 */
enum class FollowUpPolicy {
    //! Each target continues its own thread: its own earlier answers are its history.
    OwnThread,
    //! Every target continues from the answer the user picked (voted best) in each turn.
    PickedAnswer,
};

QString followUpPolicyName(FollowUpPolicy policy);
std::optional<FollowUpPolicy> followUpPolicyFromName(const QString &name);

//! The history one target is given: the messages, and which stored answers they came from.
struct History {
    QList<ChatMessage> messages;
    QList<qint64> responseIds; //!< one per earlier turn used, in order
};

/*!
 * The earlier turns as history for \a target. Per turn the answer is, among those that
 * completed: with OwnThread the target's own, else the picked one, else the first; with
 * PickedAnswer the picked one, else the target's own, else the first. A new target (added
 * mid-conversation) thus receives the picked, or else the first, answers. A turn without a
 * completed answer is left out (a prompt without its answer would confuse the model).
 */
History historyFor(const QList<TurnRecord> &turns, const ChatTarget &target, FollowUpPolicy policy);

/*!
 * The turns on the current branch, in order: from the newest turn back through its parents.
 * Editing an earlier prompt makes a new branch (a turn whose parent is the edited turn's);
 * the newest branch is the one shown and continued. Turns that record no parents at all
 * (a linear import) are one branch.
 */
QList<TurnRecord> currentBranch(const QList<TurnRecord> &turns);

} // namespace Quorum
