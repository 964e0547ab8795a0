// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/followuppolicy.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

QString followUpPolicyName(FollowUpPolicy policy)
{
    switch (policy) {
    case FollowUpPolicy::OwnThread:
        return u"own-thread"_s;
    case FollowUpPolicy::PickedAnswer:
        return u"picked-answer"_s;
    case FollowUpPolicy::Synthesis:
        break;
    }
    return u"synthesis"_s;
}

std::optional<FollowUpPolicy> followUpPolicyFromName(const QString &name)
{
    if (name == "own-thread"_L1) {
        return FollowUpPolicy::OwnThread;
    }
    if (name == "picked-answer"_L1) {
        return FollowUpPolicy::PickedAnswer;
    }
    if (name == "synthesis"_L1) {
        return FollowUpPolicy::Synthesis;
    }
    return std::nullopt;
}

} // namespace Quorum
