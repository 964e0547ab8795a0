// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QList>

#include "types/records.h"

namespace Quorum
{

//! The answer a judge's label stood for (0: the label is not one it was given).
qint64 judgeSource(const ResponseRecord &judge, const QString &label);

//! One answer's place in a turn's peer ranking.
struct RankedAnswer {
    qint64 responseId = 0;
    double points = 0; //!< Borda, 0 to 1 (bordaCount)
    int ballots = 0;
    int firsts = 0;

    friend bool operator==(const RankedAnswer &, const RankedAnswer &) = default;
};

/*!
 * The aggregated peer ranking of a turn from its judges' answers that ranked (each ballot's
 * labels mapped back to the answers they stood for, since each ranker saw its own labels):
 * the Borda count, best first. Empty when no ranking was read.
 */
QList<RankedAnswer> peerRanking(const QList<ResponseRecord> &judges);

//! The mean judge score of answer \a responseId over the table judges of \a judges.
std::optional<double> judgeScore(const QList<ResponseRecord> &judges, qint64 responseId);

} // namespace Quorum
