// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "providers/chatrequest.h"
#include "types/answerparameters.h"
#include "types/judgement.h"

namespace Quorum
{

/*!
 * A judge's instructions for one mode: a built-in template (resources/judge/MODE.md,
 * versioned) or the user's custom mode based on one. What the judge must reply (the JSON
 * of the map) is added by buildJudgeRequest(), so a custom mode cannot break the reading.
 */
struct JudgeTemplate {
    JudgeMode mode = JudgeMode::Fuse;
    QString custom; //!< the custom mode's name ("": the built-in one)
    int version = 0;
    QString instructions;

    //! The built-in template of \a mode.
    static JudgeTemplate builtIn(JudgeMode mode);

    friend bool operator==(const JudgeTemplate &, const JudgeTemplate &) = default;
};

//! One answer as the judge sees it.
struct JudgeAnswer {
    QString label; //!< "A", "B", ...
    qint64 responseId = 0;
    QString text;
};

struct JudgeOptions {
    //! Table: the criteria (the defaults when empty).
    QStringList criteria;
    //! Fuse: only these points of a checklist (empty: everything).
    QStringList points;
    //! The most characters of answers the judge is given; longer answers are cut, each to a
    //! fair share, with a note in the request and in the judge's parameters.
    qint64 maxAnswerCharacters = defaultMaxAnswerCharacters;
    //! Rank: the answer whose model ranks (it is not shown its own).
    std::optional<qint64> rankerOf;
    //! At most this many claims in the map.
    int maxClaims = 40;

    static constexpr qint64 defaultMaxAnswerCharacters = 200'000; // about 50,000 tokens
};

struct JudgeBuild {
    ChatRequest request;        //!< model and sampling left for the caller
    JudgeParameters parameters; //!< stored with the judge's answer
    QStringList labels;         //!< the labels the judge was given
};

//! The default criteria of the scored table: correctness, completeness, clarity.
QStringList defaultJudgeCriteria();

//! The labels of \a count answers: A, B, ... Z, then AA, AB, ...
QStringList judgeLabels(qsizetype count);

/*!
 * The request a judge is sent about \a answers to \a question: the template's instructions
 * and the reply's shape as the system prompt, the question and the labelled answers as the
 * user's message, and the JSON Schema of the reply (docs/judge.md).
 */
JudgeBuild buildJudgeRequest(const JudgeTemplate &judgeTemplate,
    const QString &question,
    QList<JudgeAnswer> answers,
    const JudgeOptions &options);

//! The JSON Schema of a judge's reply (every key required; the lists may be empty).
QJsonObject judgeReplySchema();

} // namespace Quorum
