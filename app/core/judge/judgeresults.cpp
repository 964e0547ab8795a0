// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "judge/judgeresults.h"

namespace Quorum
{

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

} // namespace Quorum
