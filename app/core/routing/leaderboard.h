// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "types/experimentrun.h"
#include "types/records.h"
#include "types/rule.h"

namespace Quorum
{

//! How one model fared in the user's own votes, overall, in one category or under one rule.
struct LeaderboardRow {
    QString target;   //!< "account/model"
    QString group;    //!< "all", a category ("code", "long", "cyrillic", "general") or a rule's name
    int compared = 0; //!< votes it took part in (turns with two or more answers and a pick)
    int wins = 0;     //!< of which it was picked
    std::optional<qint64> costPerAnswerNanos; //!< mean of the known costs
    std::optional<double> tokensPerSecond;    //!< median output speed after the first token
    std::optional<qint64> medianFirstTokenMs;
    //! Judges' scores, kept apart from the votes: the mean (0 to 10) over every criterion of
    //! every scored table, and how many answers were scored.
    std::optional<double> judgeScore;
    int scored = 0;
    //! Peer rankings: the mean Borda points (0 last, 1 first) over the turns ranked.
    std::optional<double> peerPoints;
    int ranked = 0;

    //! Experiments, their own source: answered cells whose checks ran, and how many passed.
    int tested = 0;
    int testsPassed = 0;

    double winRate() const { return compared > 0 ? double(wins) / double(compared) : 0.0; }
    std::optional<double> testPassRate() const
    {
        return tested > 0 ? std::optional<double>(double(testsPassed) / double(tested)) : std::nullopt;
    }
};

//! A rule the votes argue for: "in your code prompts, A won 14 of 18 at a third of B's cost".
struct RuleSuggestion {
    QString category;
    QString winner;
    QString rival; //!< the model it was most often compared with there
    int wins = 0;
    int compared = 0;
    std::optional<double> costRatio; //!< winner's cost per answer / rival's
    QString text;                    //!< the sentence shown to the user
    Rule rule;                       //!< what "Add" stores
};

/*!
 * The personal leaderboard: from the turns the user voted on (ConversationStore::votedTurns),
 * per model overall, per category of prompt (code, long, the script it is written in,
 * general) and per routing rule that sent it, with win rate, cost per answer and speed; and
 * rules suggested by those results.
 */
class Leaderboard final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Leaderboard)

public:
    enum class By { Model, Category, Rule };

    //! \a judgedTurns (ConversationStore::judgedTurns) feed the judge columns, \a experiments
    //! (ExperimentStore::outcomes) the experiment columns; each is kept apart from the votes.
    explicit Leaderboard(const QList<TurnRecord> &votedTurns,
        const QList<TurnRecord> &judgedTurns = {},
        const QList<ExperimentOutcome> &experiments = {});

    //! Rows grouped as asked, best first within a group (win rate, then votes).
    QList<LeaderboardRow> rows(By by) const;
    int votes() const { return static_cast<int>(m_turns.size()); }
    //! Turns with a judge's scores or a peer ranking.
    int judged() const { return static_cast<int>(m_judged.size()); }
    //! Experiment cells that were checked.
    int tested() const { return static_cast<int>(m_experiments.size()); }

    /*!
     * A rule per category where one model won at least \a minimumWinRate of at least
     * \a minimumVotes votes, unless \a existing has such a rule already.
     */
    QList<RuleSuggestion> suggestions(
        const QList<Rule> &existing = {}, int minimumVotes = 5, double minimumWinRate = 0.6) const;

    //! "code" (a fence or code-like lines), "long" (over 2,000 tokens), a script other than
    //! Latin ("cyrillic", "cjk", ...), else "general".
    static QString categoryOf(const QString &prompt);
    //! The condition that picks out a category's prompts (none for "general").
    static std::optional<Condition> conditionFor(const QString &category);
    static QString categoryLabel(const QString &category);

private:
    struct Entry {
        QString category;
        QList<ResponseRecord> answers;
    };
    QList<Entry> m_turns;
    struct Judged {
        QString category;
        QList<ResponseRecord> answers;
        QList<ResponseRecord> judges;
    };
    QList<Judged> m_judged;
    QList<ExperimentOutcome> m_experiments;
};

} // namespace Quorum
