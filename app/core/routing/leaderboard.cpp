// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "routing/leaderboard.h"

#include <algorithm>

#include <QHash>
#include <QLocale>
#include <QMap>

#include "routing/router.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr qint64 longPromptTokens = 2000;

QString labelOf(const ResponseRecord &r)
{
    return r.providerId + u'/' + r.model;
}

template<typename T> std::optional<T> median(QList<T> values)
{
    if (values.isEmpty()) {
        return std::nullopt;
    }
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

//! Figures gathered for one (target, group).
struct Tally {
    int compared = 0;
    int wins = 0;
    qint64 costSum = 0;
    int costCount = 0;
    QList<double> speeds;
    QList<qint64> firstTokens;
    QHash<QString, int> rivals; //!< the others in the same votes, how often

    void add(const ResponseRecord &r, const QList<ResponseRecord> &all)
    {
        ++compared;
        wins += r.vote > 0 ? 1 : 0;
        if (r.costNanos) {
            costSum += *r.costNanos;
            ++costCount;
        }
        if (r.outputTokens && r.durationMs && r.ttftMs && *r.durationMs > *r.ttftMs) {
            speeds.append(double(*r.outputTokens) * 1000.0 / double(*r.durationMs - *r.ttftMs));
        }
        if (r.ttftMs) {
            firstTokens.append(*r.ttftMs);
        }
        for (const ResponseRecord &other : all) {
            if (other.id != r.id && labelOf(other) != labelOf(r)) {
                ++rivals[labelOf(other)];
            }
        }
    }

    LeaderboardRow row(const QString &target, const QString &group) const
    {
        LeaderboardRow row;
        row.target = target;
        row.group = group;
        row.compared = compared;
        row.wins = wins;
        if (costCount > 0) {
            row.costPerAnswerNanos = costSum / costCount;
        }
        row.tokensPerSecond = median(speeds);
        row.medianFirstTokenMs = median(firstTokens);
        return row;
    }
};

using Tallies = QMap<std::pair<QString, QString>, Tally>; // (group, target)
} // namespace

Leaderboard::Leaderboard(const QList<TurnRecord> &votedTurns,
    const QList<TurnRecord> &judgedTurns,
    const QList<ExperimentOutcome> &experiments)
    : m_experiments(experiments)
{
    m_turns.reserve(votedTurns.size());
    for (const TurnRecord &turn : votedTurns) {
        m_turns.append({categoryOf(turn.prompt), turn.responses});
    }
    for (const TurnRecord &turn : judgedTurns) {
        m_judged.append({categoryOf(turn.prompt), turn.responses, turn.judgements});
    }
}

QString Leaderboard::categoryOf(const QString &prompt)
{
    if (prompt.contains(u"```"_s) || Router::looksLikeCode(prompt)) {
        return u"code"_s;
    }
    if (Router::estimateTokens(prompt) > longPromptTokens) {
        return u"long"_s;
    }
    const QString script = Router::dominantScript(prompt);
    if (!script.isEmpty() && script != "latin"_L1 && script != "other"_L1) {
        return script;
    }
    return u"general"_s;
}

std::optional<Condition> Leaderboard::conditionFor(const QString &category)
{
    if (category == "code"_L1) {
        return Condition::parse(u"has-code"_s).value();
    }
    if (category == "long"_L1) {
        return Condition::parse(u"tokens-above:%1"_s.arg(longPromptTokens)).value();
    }
    if (category == "general"_L1 || category.isEmpty()) {
        return std::nullopt;
    }
    const auto script = Condition::parse(u"script:"_s + category);
    return script ? std::optional<Condition>(*script) : std::nullopt;
}

QString Leaderboard::categoryLabel(const QString &category)
{
    if (category == "code"_L1) {
        return tr("code");
    }
    if (category == "long"_L1) {
        return tr("long");
    }
    if (category == "general"_L1) {
        return tr("general");
    }
    if (category == "all"_L1) {
        return tr("all");
    }
    return Router::scriptLabel(category); // a script's name
}

QList<LeaderboardRow> Leaderboard::rows(By by) const
{
    Tallies tallies;
    for (const Entry &turn : m_turns) {
        for (const ResponseRecord &r : turn.answers) {
            QString group;
            switch (by) {
            case By::Model:
                group = u"all"_s;
                break;
            case By::Category:
                group = turn.category;
                break;
            case By::Rule:
                group = r.parameters.rule.value_or(QString());
                if (group.isEmpty()) {
                    group = tr("(chosen by hand)");
                }
                break;
            }
            tallies[{group, labelOf(r)}].add(r, turn.answers);
        }
    }
    // The judges' columns: scores and peer ranks per answer, grouped the same way.
    struct JudgeTally {
        double scoreSum = 0;
        int scored = 0;
        double pointsSum = 0;
        int ranked = 0;
    };
    QMap<std::pair<QString, QString>, JudgeTally> judged;
    for (const Judged &turn : m_judged) {
        const QList<RankedAnswer> ranks = peerRanking(turn.judges);
        for (const ResponseRecord &r : turn.answers) {
            QString group = u"all"_s;
            if (by == By::Category) {
                group = turn.category;
            } else if (by == By::Rule) {
                group = r.parameters.rule.value_or(QString());
                if (group.isEmpty()) {
                    group = tr("(chosen by hand)");
                }
            }
            JudgeTally &tally = judged[{group, labelOf(r)}];
            if (const auto score = judgeScore(turn.judges, r.id)) {
                tally.scoreSum += *score;
                ++tally.scored;
            }
            for (const RankedAnswer &rank : ranks) {
                if (rank.responseId == r.id) {
                    tally.pointsSum += rank.points;
                    ++tally.ranked;
                }
            }
        }
    }
    QList<LeaderboardRow> result;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        result.append(it->row(it.key().second, it.key().first));
    }
    for (auto it = judged.cbegin(); it != judged.cend(); ++it) {
        if (it->scored == 0 && it->ranked == 0) {
            continue;
        }
        auto row = std::ranges::find_if(result,
            [&it](const LeaderboardRow &r) { return r.group == it.key().first && r.target == it.key().second; });
        if (row == result.end()) {
            LeaderboardRow judgedOnly; // judged, never in a vote
            judgedOnly.group = it.key().first;
            judgedOnly.target = it.key().second;
            result.append(judgedOnly);
            row = std::prev(result.end());
        }
        if (it->scored > 0) {
            row->judgeScore = it->scoreSum / it->scored;
            row->scored = it->scored;
        }
        if (it->ranked > 0) {
            row->peerPoints = it->pointsSum / it->ranked;
            row->ranked = it->ranked;
        }
    }
    // Experiments: an answer's checks passed or not, per model (rules do not send them).
    if (by != By::Rule) {
        for (const ExperimentOutcome &outcome : m_experiments) {
            const QString group = by == By::Category ? categoryOf(outcome.prompt) : u"all"_s;
            auto row = std::ranges::find_if(
                result, [&](const LeaderboardRow &r) { return r.group == group && r.target == outcome.target; });
            if (row == result.end()) {
                LeaderboardRow testedOnly;
                testedOnly.group = group;
                testedOnly.target = outcome.target;
                result.append(testedOnly);
                row = std::prev(result.end());
            }
            ++row->tested;
            row->testsPassed += outcome.passed ? 1 : 0;
        }
    }
    std::ranges::stable_sort(result, [](const LeaderboardRow &a, const LeaderboardRow &b) {
        if (a.group != b.group) {
            return a.group < b.group;
        }
        if (a.winRate() != b.winRate()) {
            return a.winRate() > b.winRate();
        }
        return a.compared > b.compared;
    });
    return result;
}

QList<RuleSuggestion> Leaderboard::suggestions(
    const QList<Rule> &existing, int minimumVotes, double minimumWinRate) const
{
    Tallies tallies;
    for (const Entry &turn : m_turns) {
        for (const ResponseRecord &r : turn.answers) {
            tallies[{turn.category, labelOf(r)}].add(r, turn.answers);
        }
    }
    QList<RuleSuggestion> result;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const QString &category = it.key().first;
        const QString &winner = it.key().second;
        const Tally &tally = *it;
        const auto condition = conditionFor(category);
        if (!condition || tally.compared < minimumVotes || double(tally.wins) / tally.compared < minimumWinRate) {
            continue;
        }
        // Already routed there by a rule with the same condition? Then nothing to suggest.
        const bool known = std::ranges::any_of(existing, [&](const Rule &rule) {
            return rule.action.targets.size() == 1 && rule.action.targets.first().label() == winner
                && std::ranges::any_of(
                    rule.conditions, [&](const Condition &c) { return c.toSpec() == condition->toSpec(); });
        });
        if (known) {
            continue;
        }
        RuleSuggestion s;
        s.category = category;
        s.winner = winner;
        s.wins = tally.wins;
        s.compared = tally.compared;
        int most = 0;
        for (auto r = tally.rivals.cbegin(); r != tally.rivals.cend(); ++r) {
            if (r.value() > most || (r.value() == most && r.key() < s.rival)) {
                most = r.value();
                s.rival = r.key();
            }
        }
        const Tally &rival = tallies.value({category, s.rival});
        if (tally.costCount > 0 && rival.costCount > 0 && rival.costSum > 0) {
            s.costRatio = (double(tally.costSum) / tally.costCount) / (double(rival.costSum) / rival.costCount);
        }
        const QString model = winner.section(u'/', 1);
        const QString rivalModel = s.rival.section(u'/', 1);
        QString cost;
        if (s.costRatio && *s.costRatio < 0.95) {
            cost = tr(" at %1 % of %2’s cost").arg(qRound(*s.costRatio * 100)).arg(rivalModel);
        } else if (s.costRatio && *s.costRatio > 1.05) {
            cost = tr(" at %1× %2’s cost").arg(QLocale().toString(*s.costRatio, 'f', 1), rivalModel);
        } else if (!s.rival.isEmpty()) {
            cost = tr(" against %1").arg(rivalModel);
        }
        s.text = tr("In your %1 prompts, %2 won %3 of %4 votes%5: route %1 prompts to %2?")
                     .arg(categoryLabel(category), model)
                     .arg(s.wins)
                     .arg(s.compared)
                     .arg(cost);
        s.rule.name = tr("%1 → %2 (from your votes)").arg(categoryLabel(category), model);
        s.rule.conditions = {*condition};
        s.rule.action.type = Action::Type::Send;
        s.rule.action.targets = {*ChatTarget::parse(winner)};
        result.append(s);
    }
    // The clearest cases first.
    std::ranges::stable_sort(result, [](const RuleSuggestion &a, const RuleSuggestion &b) {
        return double(a.wins) / a.compared > double(b.wins) / b.compared;
    });
    return result;
}

} // namespace Quorum
