// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>
#include <QStringList>

#include "types/judgement.h"

namespace Quorum
{

/*!
 * Reads a judge's answer (docs/judge.md, "Reading the judge's answer"). The judge is asked
 * for one JSON object; models wrap it in a Markdown fence, put prose around it, leave a
 * trailing comma, use other key names or stop before the end. The reader takes the first
 * JSON object of the text, repairs trailing commas and an object cut off at the end, accepts
 * the usual synonyms, keeps only the answers' labels it was given (\a labels) and bounds
 * every list. What it cannot read as a map comes back as text with a problem that says why:
 * the answer is never lost and never an error.
 */
Judgement readJudgement(const QString &raw, const QStringList &labels);

/*!
 * The synthesis of a judge's answer that is still streaming, for its pane: the "synthesis"
 * string as far as it has arrived when the answer is JSON, the prose before a fenced JSON
 * block otherwise.
 */
QString synthesisSoFar(const QString &partial);

} // namespace Quorum
