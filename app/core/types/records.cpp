// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/records.h"

#include <algorithm>
#include <array>

#include <QHash>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr std::array statusNames {
    "pending"_L1, "streaming"_L1, "done"_L1, "error"_L1, "cancelled"_L1, "interrupted"_L1};
constexpr std::array kindNames {"answer"_L1, "judge"_L1};
} // namespace

QString responseKindName(ResponseKind kind)
{
    return kindNames.at(static_cast<size_t>(kind));
}

std::optional<ResponseKind> responseKindFromName(const QString &name)
{
    for (size_t i = 0; i < kindNames.size(); ++i) {
        if (kindNames.at(i) == name) {
            return static_cast<ResponseKind>(i);
        }
    }
    return std::nullopt;
}

const ResponseRecord *TurnRecord::response(qint64 responseId) const
{
    for (const QList<ResponseRecord> *list : {&responses, &judgements}) {
        for (const ResponseRecord &r : *list) {
            if (r.id == responseId) {
                return &r;
            }
        }
    }
    return nullptr;
}

const ResponseRecord *TurnRecord::latestSynthesis() const
{
    for (auto it = judgements.crbegin(); it != judgements.crend(); ++it) {
        if (!it->parameters.judge || !it->parameters.judge->rankerOf) {
            return &*it;
        }
    }
    return nullptr;
}

QString responseStatusName(ResponseStatus status)
{
    return statusNames.at(static_cast<size_t>(status));
}

std::optional<ResponseStatus> responseStatusFromName(const QString &name)
{
    for (size_t i = 0; i < statusNames.size(); ++i) {
        if (statusNames.at(i) == name) {
            return static_cast<ResponseStatus>(i);
        }
    }
    return std::nullopt;
}

qint64 judgeSource(const ResponseRecord &judge, const QString &label)
{
    if (judge.parameters.judge) {
        for (const JudgeSource &source : judge.parameters.judge->sources) {
            if (source.label == label) {
                return source.responseId;
            }
        }
    }
    return 0;
}

QList<RankedAnswer> peerRanking(const QList<ResponseRecord> &judges)
{
    QList<QStringList> ballots;
    for (const ResponseRecord &judge : judges) {
        if (judge.status != ResponseStatus::Done || !judge.judgement || judge.judgement->ranking.isEmpty()
            || !judge.parameters.judge || judge.parameters.judge->mode != judgeModeName(JudgeMode::Rank)) {
            continue;
        }
        QStringList ballot;
        for (const QString &label : judge.judgement->ranking) {
            if (const qint64 id = judgeSource(judge, label)) {
                ballot.append(QString::number(id));
            }
        }
        ballots.append(ballot);
    }
    QList<RankedAnswer> ranked;
    for (const PeerRank &rank : bordaCount(ballots)) {
        ranked.append({rank.answer.toLongLong(), rank.points, rank.ballots, rank.firsts});
    }
    return ranked;
}

std::optional<double> judgeScore(const QList<ResponseRecord> &judges, qint64 responseId)
{
    double sum = 0;
    int count = 0;
    for (const ResponseRecord &judge : judges) {
        if (judge.status != ResponseStatus::Done || !judge.judgement) {
            continue;
        }
        for (const JudgeScore &score : judge.judgement->scores) {
            if (judgeSource(judge, score.answer) == responseId) {
                sum += score.score;
                ++count;
            }
        }
    }
    return count > 0 ? std::optional(sum / count) : std::nullopt;
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
