// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "chat/history.h"

#include <algorithm>

#include <QHash>

using namespace Qt::StringLiterals;

namespace Quorum
{

std::optional<ChatTarget> ChatTarget::parse(const QString &label)
{
    const qsizetype slash = label.indexOf(u'/');
    if (slash <= 0 || slash == label.size() - 1) {
        return std::nullopt;
    }
    return ChatTarget {label.first(slash), label.sliced(slash + 1), std::nullopt, std::nullopt};
}

QJsonObject ChatTarget::parameters() const
{
    QJsonObject json;
    if (temperature) {
        json.insert("temperature"_L1, *temperature);
    }
    if (maxTokens) {
        json.insert("max_tokens"_L1, *maxTokens);
    }
    return json;
}

ChatTarget ChatTarget::fromResponse(const ResponseRecord &response)
{
    ChatTarget target {response.providerId, response.model, std::nullopt, std::nullopt};
    if (const QJsonValue t = response.parameters.value("temperature"_L1); t.isDouble()) {
        target.temperature = t.toDouble();
    }
    if (const QJsonValue m = response.parameters.value("max_tokens"_L1); m.isDouble()) {
        target.maxTokens = m.toInt();
    }
    return target;
}

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

QList<TurnRecord> currentBranch(const QList<TurnRecord> &turns)
{
    if (std::ranges::none_of(turns, [](const TurnRecord &t) { return t.parentId.has_value(); })) {
        return turns; // no branches recorded (an import of a linear conversation): all in order
    }
    QHash<qint64, qsizetype> byId;
    byId.reserve(turns.size());
    qsizetype newest = 0;
    for (qsizetype i = 0; i < turns.size(); ++i) {
        byId.insert(turns.at(i).id, i);
        if (turns.at(i).position > turns.at(newest).position) {
            newest = i;
        }
    }
    QList<TurnRecord> branch;
    // Bounded by the number of turns, so a damaged parent cycle cannot loop forever.
    for (qsizetype at = newest; at >= 0 && branch.size() < turns.size();) {
        branch.append(turns.at(at));
        const std::optional<qint64> parent = turns.at(at).parentId;
        at = parent ? byId.value(*parent, -1) : -1;
    }
    std::ranges::reverse(branch);
    return branch;
}

} // namespace Quorum
