// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QString>

namespace Quorum
{

/*!
 * How a follow-up builds on a compared turn. Users of other apps are often unsure which
 * answer a follow-up continues from; Quorum records the choice with every answer.
 */
enum class FollowUpPolicy {
    //! Each target continues its own thread: its own earlier answers are its history.
    OwnThread,
    //! Every target continues from the answer the user picked (voted best) in each turn.
    PickedAnswer,
    //! Every target continues from each turn's synthesis (the newest judge's fused answer,
    //! checklist or table), where the turn has one; else as PickedAnswer.
    Synthesis,
};

//! "own-thread", "picked-answer", "synthesis": as stored and as the command line takes them.
QString followUpPolicyName(FollowUpPolicy policy);
std::optional<FollowUpPolicy> followUpPolicyFromName(const QString &name);

} // namespace Quorum
