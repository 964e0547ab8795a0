// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/judgement.h"

#include <algorithm>
#include <array>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr std::array modeNames {"fuse"_L1, "checklist"_L1, "table"_L1, "rank"_L1};
constexpr std::array stanceNames {"states"_L1, "contradicts"_L1, "omits"_L1};

constexpr auto textKey = "text"_L1;
constexpr auto claimsKey = "claims"_L1;
constexpr auto scoresKey = "scores"_L1;
constexpr auto rankingKey = "ranking"_L1;
constexpr auto problemKey = "problem"_L1;
constexpr auto claimKey = "claim"_L1;
constexpr auto answersKey = "answers"_L1;
constexpr auto answerKey = "answer"_L1;
constexpr auto stanceKey = "stance"_L1;
constexpr auto quoteKey = "quote"_L1;
constexpr auto criterionKey = "criterion"_L1;
constexpr auto scoreKey = "score"_L1;
constexpr auto reasonKey = "reason"_L1;

template<typename Names> std::optional<qsizetype> indexOf(const Names &names, const QString &name)
{
    for (size_t i = 0; i < names.size(); ++i) {
        if (names.at(i) == name) {
            return static_cast<qsizetype>(i);
        }
    }
    return std::nullopt;
}
} // namespace

QString judgeModeName(JudgeMode mode)
{
    return modeNames.at(static_cast<size_t>(mode));
}

std::optional<JudgeMode> judgeModeFromName(const QString &name)
{
    const auto i = indexOf(modeNames, name);
    return i ? std::optional(static_cast<JudgeMode>(*i)) : std::nullopt;
}

QString stanceName(Stance stance)
{
    return stanceNames.at(static_cast<size_t>(stance));
}

std::optional<Stance> stanceFromName(const QString &name)
{
    const auto i = indexOf(stanceNames, name);
    return i ? std::optional(static_cast<Stance>(*i)) : std::nullopt;
}

QStringList Claim::answersThat(Stance stance) const
{
    QStringList labels;
    for (const ClaimStance &s : stances) {
        if (s.stance == stance && !labels.contains(s.answer)) {
            labels.append(s.answer);
        }
    }
    return labels;
}

QString Claim::whoSays(const std::function<QString(const QString &)> &name) const
{
    const auto named = [this, &name](Stance stance) {
        QStringList names;
        for (const QString &label : answersThat(stance)) {
            names << name(label);
        }
        return names.join(u", "_s);
    };
    switch (kind()) {
    case Kind::Agreement:
        return QCoreApplication::translate("Quorum::Claim", "stated by %1").arg(named(Stance::States));
    case Kind::Contradiction:
        if (answersThat(Stance::States).isEmpty()) {
            return QCoreApplication::translate("Quorum::Claim", "contradicted by %1").arg(named(Stance::Contradicts));
        }
        return QCoreApplication::translate("Quorum::Claim", "stated by %1; contradicted by %2")
            .arg(named(Stance::States), named(Stance::Contradicts));
    case Kind::Unique:
        return QCoreApplication::translate("Quorum::Claim", "only %1").arg(named(Stance::States));
    case Kind::Unstated:
        break;
    }
    return QCoreApplication::translate("Quorum::Claim", "stated by none");
}

QString Claim::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Agreement:
        return u"agreement"_s;
    case Kind::Contradiction:
        return u"contradiction"_s;
    case Kind::Unique:
        return u"unique"_s;
    case Kind::Unstated:
        break;
    }
    return u"unstated"_s;
}

QString Claim::kindMark(Kind kind)
{
    switch (kind) {
    case Kind::Agreement:
        return u"="_s;
    case Kind::Contradiction:
        return u"≠"_s;
    case Kind::Unique:
        return u"+"_s;
    case Kind::Unstated:
        break;
    }
    return u"?"_s;
}

Claim::Kind Claim::kind() const
{
    if (!answersThat(Stance::Contradicts).isEmpty()) {
        return Kind::Contradiction;
    }
    switch (answersThat(Stance::States).size()) {
    case 0:
        return Kind::Unstated;
    case 1:
        return Kind::Unique;
    default:
        return Kind::Agreement;
    }
}

std::optional<double> Judgement::meanScore(const QString &label) const
{
    double sum = 0;
    int count = 0;
    for (const JudgeScore &s : scores) {
        if (s.answer == label) {
            sum += s.score;
            ++count;
        }
    }
    return count > 0 ? std::optional(sum / count) : std::nullopt;
}

Judgement Judgement::fromJson(const QJsonObject &json)
{
    // The stored form is written by toJson() only; still, nothing that does not fit is
    // dropped: it stays in `other`.
    Judgement j;
    j.other = json;
    j.text = j.other.take(textKey).toString();
    j.problem = j.other.take(problemKey).toString();
    for (const QJsonValue &c : j.other.take(claimsKey).toArray()) {
        const QJsonObject o = c.toObject();
        Claim claim;
        claim.text = o.value(claimKey).toString();
        for (const QJsonValue &s : o.value(answersKey).toArray()) {
            const QJsonObject so = s.toObject();
            if (const auto stance = stanceFromName(so.value(stanceKey).toString())) {
                claim.stances.append({so.value(answerKey).toString(), *stance, so.value(quoteKey).toString()});
            }
        }
        j.claims.append(claim);
    }
    for (const QJsonValue &s : j.other.take(scoresKey).toArray()) {
        const QJsonObject o = s.toObject();
        j.scores.append({o.value(answerKey).toString(),
            o.value(criterionKey).toString(),
            o.value(scoreKey).toDouble(),
            o.value(reasonKey).toString()});
    }
    for (const QJsonValue &label : j.other.take(rankingKey).toArray()) {
        j.ranking.append(label.toString());
    }
    return j;
}

QJsonObject Judgement::toJson() const
{
    QJsonObject json = other;
    json.insert(textKey, text);
    if (!problem.isEmpty()) {
        json.insert(problemKey, problem);
    }
    if (!claims.isEmpty()) {
        QJsonArray list;
        for (const Claim &claim : claims) {
            QJsonArray stances;
            for (const ClaimStance &s : claim.stances) {
                QJsonObject so {{answerKey, s.answer}, {stanceKey, stanceName(s.stance)}};
                if (!s.quote.isEmpty()) {
                    so.insert(quoteKey, s.quote);
                }
                stances.append(so);
            }
            list.append(QJsonObject {{claimKey, claim.text}, {answersKey, stances}});
        }
        json.insert(claimsKey, list);
    }
    if (!scores.isEmpty()) {
        QJsonArray list;
        for (const JudgeScore &s : scores) {
            list.append(QJsonObject {
                {answerKey, s.answer}, {criterionKey, s.criterion}, {scoreKey, s.score}, {reasonKey, s.reason}});
        }
        json.insert(scoresKey, list);
    }
    if (!ranking.isEmpty()) {
        json.insert(rankingKey, QJsonArray::fromStringList(ranking));
    }
    return json;
}

QList<PeerRank> bordaCount(const QList<QStringList> &ballots)
{
    QHash<QString, PeerRank> ranks;
    QHash<QString, double> most;
    for (const QStringList &ballot : ballots) {
        QStringList seen;
        for (const QString &label : ballot) {
            if (!seen.contains(label)) {
                seen.append(label); // a label twice in one ballot counts once, at its best place
            }
        }
        const auto k = seen.size();
        for (qsizetype i = 0; i < k; ++i) {
            PeerRank &rank = ranks[seen.at(i)];
            rank.answer = seen.at(i);
            rank.points += static_cast<double>(k - 1 - i);
            rank.ballots += 1;
            rank.firsts += i == 0 ? 1 : 0;
            most[seen.at(i)] += static_cast<double>(k - 1);
        }
    }
    QList<PeerRank> list;
    for (auto it = ranks.begin(); it != ranks.end(); ++it) {
        PeerRank rank = it.value();
        const double max = most.value(it.key());
        // A ballot of one answer says nothing about it: it counts as the middle.
        rank.points = max > 0 ? rank.points / max : 0.5;
        list.append(rank);
    }
    std::ranges::sort(list, [](const PeerRank &a, const PeerRank &b) {
        if (a.points != b.points) {
            return a.points > b.points;
        }
        if (a.firsts != b.firsts) {
            return a.firsts > b.firsts;
        }
        return a.answer < b.answer;
    });
    return list;
}

} // namespace Quorum
