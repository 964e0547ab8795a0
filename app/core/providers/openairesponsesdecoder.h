// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "providers/ssejsondecoder.h"
#include "providers/toolcallassembler.h"

namespace Quorum
{

/*!
 * OpenAI Responses API streams (`/v1/responses`): named events whose data.type repeats the
 * name. Text from response.output_text.delta (and refusals), reasoning from the reasoning
 * summary and reasoning text deltas (summaries separated by a blank line), usage and the
 * outcome from the terminal response.completed / response.incomplete / response.failed,
 * or a bare `error` event. No [DONE]: the terminal event ends the answer.
 */
class OpenAiResponsesDecoder final : public SseJsonDecoder
{
public:
    OpenAiResponsesDecoder();

protected:
    void handleEvent(const QString &type, const QJsonObject &data, QList<StreamEvent> &events) override;
    void decodeEnd(QList<StreamEvent> &events) override;

private:
    QString m_reasoningKey; // item and summary index of the reasoning being streamed
    ToolCallAssembler m_calls;
};

} // namespace Quorum
