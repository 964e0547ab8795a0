// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <array>
#include <functional>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "types/chattarget.h"

namespace Quorum
{

//! What a judge is asked to do with a turn's answers (docs/judge.md).
enum class JudgeMode {
    Fuse,      //!< one best answer built from all, each part saying where it came from
    Checklist, //!< the distinct points, each marked with the answers that make it
    Table,     //!< the answers scored against criteria, with a reason per score
    Rank,      //!< each answering model ranks the others' answers; the ranks are aggregated
};

//! Every built-in mode, in the order they are offered.
inline constexpr std::array allJudgeModes {JudgeMode::Fuse, JudgeMode::Checklist, JudgeMode::Table, JudgeMode::Rank};

//! "fuse", "checklist", "table", "rank": as stored and as the command line takes them.
QString judgeModeName(JudgeMode mode);
std::optional<JudgeMode> judgeModeFromName(const QString &name);

//! How one answer stands to a claim.
enum class Stance {
    States,      //!< the answer makes the claim
    Contradicts, //!< the answer says the opposite
    Omits,       //!< the answer does not address it
};

QString stanceName(Stance stance);
std::optional<Stance> stanceFromName(const QString &name);

struct ClaimStance {
    QString answer; //!< the answer's label in the judge's request: "A", "B", ...
    Stance stance = Stance::Omits;
    QString quote; //!< the span of that answer that states or contradicts it (may be empty)

    friend bool operator==(const ClaimStance &, const ClaimStance &) = default;
};

//! One claim of the disagreement map.
struct Claim {
    QString text;
    QList<ClaimStance> stances;

    //! Agreement: stated by two answers or more and contradicted by none. Contradiction:
    //! contradicted by at least one. Unique: stated by one answer only, contradicted by none.
    enum class Kind { Agreement, Contradiction, Unique, Unstated };
    Kind kind() const;
    //! The labels of the answers with \a stance.
    QStringList answersThat(Stance stance) const;
    //! Who says what, for people: "stated by A, B; contradicted by C", "only A", "stated by
    //! none"; \a name turns a label into what the reader sees (a model, "A openai/gpt-4.1").
    //! One wording for the window, the command line and the exports.
    QString whoSays(const std::function<QString(const QString &label)> &name) const;
    //! The kind's name in JSON: agreement, contradiction, unique, unstated.
    static QString kindName(Kind kind);
    //! The kind as one character in plain text: = ≠ + ?
    static QString kindMark(Kind kind);

    friend bool operator==(const Claim &, const Claim &) = default;
};

//! One score of the scored table: an answer against one criterion.
struct JudgeScore {
    QString answer; //!< "A", "B", ...
    QString criterion;
    double score = 0; //!< 0 to 10
    QString reason;

    friend bool operator==(const JudgeScore &, const JudgeScore &) = default;
};

/*!
 * What a judge returned, read (leniently) from its answer: the synthesis as Markdown, the
 * claims of the disagreement map, scores, and a ranking. Stored with the judge's answer
 * (`responses.judgement`) and in the export; fromJson() never fails and keeps keys it does
 * not know in `other`.
 */
struct Judgement {
    QString text;        //!< the synthesis, Markdown; the fused answer, the checklist's summary
    QList<Claim> claims; //!< the disagreement map (and the checklist's points)
    QList<JudgeScore> scores;
    QStringList ranking; //!< labels, best first (the peer ranking mode)
    QString problem;     //!< not empty: the answer could not be read as a map (why); text is all of it
    QJsonObject other;

    bool isReadable() const { return problem.isEmpty(); }
    //! The mean score of answer \a label over the criteria (nullopt: not scored).
    std::optional<double> meanScore(const QString &label) const;

    static Judgement fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const Judgement &, const Judgement &) = default;
};

//! One answer's place in the aggregated peer ranking.
struct PeerRank {
    QString answer;    //!< the label
    double points = 0; //!< Borda points, 0 (last in every ballot) to 1 (first in every ballot)
    int ballots = 0;   //!< how many rankings placed it
    int firsts = 0;

    friend bool operator==(const PeerRank &, const PeerRank &) = default;
};

/*!
 * Aggregates rankings (best first) by the Borda count: in a ballot of k answers the first
 * gets k-1 points and the last 0; an answer's points are the sum divided by the most it
 * could have had in the ballots that placed it (so 1.0 is first everywhere). Ties are broken
 * by the number of first places, then by label. Answers no ballot placed are left out.
 */
QList<PeerRank> bordaCount(const QList<QStringList> &ballots);

//! What the user asks a judge to do with one turn's answers (docs/judge.md).
struct JudgeRequest {
    qint64 turnId = 0; //!< 0: the last turn of the current branch
    JudgeMode mode = JudgeMode::Fuse;
    //! The judge. Rank: the answering models rank each other, and a judge given here casts
    //! one more ballot, over all the answers.
    std::optional<ChatTarget> judge;
    QString custom;       //!< a custom mode's name (its base mode is used)
    QStringList criteria; //!< Table: the criteria (empty: correctness, completeness, clarity)
    QStringList points;   //!< Fuse: only these points of a checklist
};

} // namespace Quorum
