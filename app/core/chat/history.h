// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QList>

#include "providers/chatrequest.h"
#include "types/chattarget.h"
#include "types/followuppolicy.h"
#include "types/records.h"

namespace Quorum
{

//! The history one target is given: the messages, and which stored answers they came from.
struct History {
    QList<ChatMessage> messages;
    QList<qint64> responseIds; //!< one per earlier turn used, in order
    QList<qint64> turnIds;     //!< the turns used, in order (their prompt is messages[2 * i])
};

/*!
 * The earlier turns as history for \a target. Per turn the answer is, among those that
 * completed: with OwnThread the target's own, else the picked one, else the first; with
 * PickedAnswer the picked one, else the target's own, else the first. A new target (added
 * mid-conversation) thus receives the picked, or else the first, answers. A turn without a
 * completed answer is left out (a prompt without its answer would confuse the model).
 * The window and `quorum ask` both continue conversations by this one rule.
 */
History historyFor(const QList<TurnRecord> &turns, const ChatTarget &target, FollowUpPolicy policy);

} // namespace Quorum
