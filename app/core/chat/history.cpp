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
        const ResponseRecord *sameModel = nullptr; // the model under another variant
        const ResponseRecord *picked = nullptr;
        const ResponseRecord *first = nullptr;
        for (const ResponseRecord &r : turn.responses) {
            if (r.status != ResponseStatus::Done) {
                continue;
            }
            if (r.providerId == target.accountId && r.model == target.model) {
                if (!own && r.parameters.variant.value_or(QString()) == target.variant) {
                    own = &r;
                }
                if (!sameModel) {
                    sameModel = &r;
                }
            }
            if (!picked && r.vote > 0) {
                picked = &r;
            }
            if (!first) {
                first = &r;
            }
        }
        // A synthesis the user picked, or (Synthesis) the turn's newest one, stands for the turn.
        const ResponseRecord *synthesis = nullptr;
        for (const ResponseRecord &j : turn.judgements) {
            const bool ballot = j.parameters.judge && j.parameters.judge->rankerOf;
            if (j.status == ResponseStatus::Done && !ballot && j.judgement && !j.judgement->text.trimmed().isEmpty()) {
                if (j.vote > 0) {
                    picked = &j;
                }
                synthesis = &j;
            }
        }
        own = own ? own : sameModel;
        const ResponseRecord *answer = nullptr;
        switch (policy) {
        case FollowUpPolicy::OwnThread:
            answer = own ? own : (picked ? picked : first);
            break;
        case FollowUpPolicy::PickedAnswer:
            answer = picked ? picked : (own ? own : first);
            break;
        case FollowUpPolicy::Synthesis:
            answer = synthesis ? synthesis : (picked ? picked : (own ? own : first));
            break;
        }
        if (answer) {
            history.messages.append({ChatMessage::Role::User, turn.prompt});
            // A judge's answer is given as what was read from it (its synthesis), not its JSON.
            history.messages.append({ChatMessage::Role::Assistant,
                answer->kind == ResponseKind::Judge && answer->judgement ? answer->judgement->text : answer->text});
            history.responseIds.append(answer->id);
            history.turnIds.append(turn.id);
        }
    }
    return history;
}

} // namespace Quorum
