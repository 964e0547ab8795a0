// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>
#include <utility>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "types/followuppolicy.h"
#include "types/generationparameters.h"
#include "types/libraryprompt.h"

namespace Quorum
{

//! One answer a judge was given, under the label it had there ("A", "B", ...).
struct JudgeSource {
    QString label;
    qint64 responseId = 0;

    friend bool operator==(const JudgeSource &, const JudgeSource &) = default;
};

//! What a judge's answer was asked with (`parameters.judge`; docs/judge.md).
struct JudgeParameters {
    QString mode;            //!< "fuse", "checklist", "table", "rank"
    QString custom;          //!< the user's custom mode it came from ("": the built-in one)
    int templateVersion = 0; //!< the version of the template it was asked with
    QList<JudgeSource> sources;
    std::optional<qint64> rankerOf;            //!< rank: the answer whose model ranks the others
    QStringList criteria;                      //!< table: the criteria scored
    QStringList points;                        //!< a fuse of the checklist's ticked points only
    std::optional<qint64> truncatedCharacters; //!< left out of the answers to fit the judge's input
    QJsonObject other;

    friend bool operator==(const JudgeParameters &, const JudgeParameters &) = default;
};

//! One target of a fallback chain that failed before its first token (the answer moved on).
struct FallbackAttempt {
    QString target;  //!< "account/model"
    QString error;   //!< the error's kind (StreamError::kindName)
    QString message; //!< what the user was told
    std::optional<int> httpStatus;
    QJsonObject other; //!< keys this version does not know, kept as they were

    friend bool operator==(const FallbackAttempt &, const FallbackAttempt &) = default;
};

/*!
 * What an answer was asked with, as stored with it (`responses.parameters`, the export's
 * `parameters`; docs/export-format.md). Every field is optional: answers stored by earlier
 * versions have fewer of them. The JSON is read and written here only.
 *
 * Reading never fails and never loses anything: a key this version does not know, or a
 * known key whose value has an unexpected shape, is kept in `other` as it was and written
 * back unchanged, so a newer Quorum's answers survive an older one's export and import.
 */
struct AnswerParameters {
    //! "temperature", "max_tokens", "system", "top_p", "reasoning_effort", "reasoning_budget",
    //! "output_schema": what the target was asked with (its system prompt only where it
    //! replaced the conversation's)
    GenerationParameters generation;
    std::optional<QString> variant; //!< "variant": the name of those parameters
    //! "library_prompt": the prompt library's prompt (and version) the turn's text was filled from
    std::optional<PromptRef> libraryPrompt;
    //! "persona": the library persona (and version) whose text was the system prompt
    std::optional<PromptRef> persona;
    //! "history": the stored answers this one was given as earlier turns, one per turn
    //! (absent for answers stored before Quorum recorded it).
    std::optional<QList<qint64>> history;
    std::optional<FollowUpPolicy> followUp; //!< "follow_up": the rule that chose the history
    std::optional<QString> rule;            //!< "rule": the routing rule that chose the models (Auto)
    //! "redaction": placeholder -> original, for a prompt sent with sensitive parts replaced
    std::optional<QList<std::pair<QString, QString>>> redaction;
    //! "fallback_from": the targets that failed before this answer's target took over
    std::optional<QList<FallbackAttempt>> fallbackFrom;
    //! "overrode": the governance rules the user chose to send past
    std::optional<QStringList> overrode;
    //! "required_tags": a governance rule let only accounts with all of these tags receive
    //! the prompt (a judge of the turn must satisfy them too)
    std::optional<QStringList> requiredTags;
    //! "judge": this answer is a judge's (a synthesis, a map, scores or a ranking)
    std::optional<JudgeParameters> judge;
    QJsonObject other;

    static AnswerParameters fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    //! The placeholders of a redacted prompt (empty: nothing was redacted).
    QList<std::pair<QString, QString>> placeholders() const
    {
        return redaction.value_or(QList<std::pair<QString, QString>> {});
    }

    friend bool operator==(const AnswerParameters &, const AnswerParameters &) = default;
};

} // namespace Quorum
