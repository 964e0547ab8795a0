// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for the judge's reader: any bytes as a judge's answer (and as one still
// streaming). Whatever comes in, the reading names only the labels it was given, keeps its
// bounds, scores stay from 0 to 10, an unreadable answer keeps its text, and what was read
// survives its stored form (toJson, fromJson) unchanged.
#include <cstdlib>

#include "judge/judgereader.h"

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString raw = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QStringList labels {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
    const Judgement j = readJudgement(raw, labels);
    if (j.claims.size() > 200 || j.scores.size() > 400) {
        std::abort();
    }
    for (const Claim &claim : j.claims) {
        if (claim.text.isEmpty()) {
            std::abort();
        }
        for (const ClaimStance &s : claim.stances) {
            if (!labels.contains(s.answer) || s.quote.size() > 2000) {
                std::abort();
            }
        }
    }
    for (const JudgeScore &s : j.scores) {
        if (!labels.contains(s.answer) || !(s.score >= 0 && s.score <= 10)) {
            std::abort();
        }
    }
    for (const QString &label : j.ranking) {
        if (!labels.contains(label) || j.ranking.count(label) != 1) {
            std::abort();
        }
    }
    if (!j.isReadable() && j.text.isEmpty() && !raw.trimmed().isEmpty()) {
        std::abort(); // an answer that cannot be read is shown as it came, never lost
    }
    if (Judgement::fromJson(j.toJson()) != j) {
        std::abort();
    }
    (void)synthesisSoFar(raw);
    (void)synthesisSoFar(raw.first(raw.size() / 2));
    return 0;
}
