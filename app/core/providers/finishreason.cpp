// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/finishreason.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Quorum
{

FinishReason FinishReason::fromProvider(const QString &raw)
{
    static const QSet<QString> stop {u"stop"_s, u"end_turn"_s, u"STOP"_s, u"completed"_s, u"stop_sequence"_s};
    static const QSet<QString> length {u"length"_s,
        u"max_tokens"_s,
        u"MAX_TOKENS"_s,
        u"max_output_tokens"_s,
        u"model_context_window_exceeded"_s,
        u"model_length"_s};
    static const QSet<QString> filtered {u"content_filter"_s,
        u"SAFETY"_s,
        u"RECITATION"_s,
        u"PROHIBITED_CONTENT"_s,
        u"BLOCKLIST"_s,
        u"SPII"_s,
        u"IMAGE_SAFETY"_s,
        u"IMAGE_PROHIBITED_CONTENT"_s,
        u"IMAGE_RECITATION"_s,
        u"LANGUAGE"_s,
        u"refusal"_s,
        u"guardrail_intervened"_s,
        u"content_filtered"_s};
    static const QSet<QString> tool {u"tool_calls"_s, u"tool_use"_s, u"function_call"_s};
    static const QSet<QString> error {u"error"_s, u"failed"_s};

    FinishReason reason;
    reason.raw = raw;
    if (stop.contains(raw)) {
        reason.kind = Kind::Stop;
    } else if (length.contains(raw)) {
        reason.kind = Kind::Length;
    } else if (filtered.contains(raw)) {
        reason.kind = Kind::Filtered;
    } else if (tool.contains(raw)) {
        reason.kind = Kind::Tool;
    } else if (error.contains(raw)) {
        reason.kind = Kind::Error;
    } else {
        reason.kind = Kind::Other;
    }
    return reason;
}

QString FinishReason::name() const
{
    switch (kind) {
    case Kind::Stop:
        return u"stop"_s;
    case Kind::Length:
        return u"length"_s;
    case Kind::Filtered:
        return u"filtered"_s;
    case Kind::Tool:
        return u"tool"_s;
    case Kind::Error:
        return u"error"_s;
    case Kind::Other:
        break;
    }
    return u"other"_s;
}

} // namespace Quorum
