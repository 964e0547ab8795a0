// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "chat/history.h"

namespace Quorum
{

History historyFor(const QList<TurnRecord> &turns, const ChatTarget &target, FollowUpPolicy policy)
{
    History history;
    for (const TurnRecord &turn : turns) {
        const ResponseRecord *own = nullptr;
        const ResponseRecord *picked = nullptr;
        const ResponseRecord *first = nullptr;
        for (const ResponseRecord &r : turn.responses) {
            if (r.status != ResponseStatus::Done) {
                continue;
            }
            if (!own && r.providerId == target.accountId && r.model == target.model) {
                own = &r;
            }
            if (!picked && r.vote > 0) {
                picked = &r;
            }
            if (!first) {
                first = &r;
            }
        }
        const ResponseRecord *answer = policy == FollowUpPolicy::OwnThread ? (own ? own : (picked ? picked : first))
                                                                           : (picked ? picked : (own ? own : first));
        if (answer) {
            history.messages.append({ChatMessage::Role::User, turn.prompt});
            history.messages.append({ChatMessage::Role::Assistant, answer->text});
            history.responseIds.append(answer->id);
        }
    }
    return history;
}

} // namespace Quorum
