// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/followuppolicy.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

QString followUpPolicyName(FollowUpPolicy policy)
{
    return policy == FollowUpPolicy::OwnThread ? u"own-thread"_s : u"picked-answer"_s;
}

std::optional<FollowUpPolicy> followUpPolicyFromName(const QString &name)
{
    if (name == "own-thread"_L1) {
        return FollowUpPolicy::OwnThread;
    }
    if (name == "picked-answer"_L1) {
        return FollowUpPolicy::PickedAnswer;
    }
    return std::nullopt;
}

} // namespace Quorum
