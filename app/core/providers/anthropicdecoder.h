// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QJsonObject>

#include "providers/ssejsondecoder.h"
#include "providers/toolcallassembler.h"

namespace Quorum
{

/*!
 * Anthropic Messages streams: message_start (input and cache usage), content blocks of
 * text and thinking (text_delta, thinking_delta; signatures are skipped), tool_use blocks
 * (their input_json_delta pieces joined; the call is made at the block's stop),
 * message_delta (stop reason, cumulative output usage), message_stop (the terminal
 * event), ping, and error events (overloaded mid-stream). Unknown event types are ignored,
 * as Anthropic's versioning policy asks.
 */
class AnthropicDecoder final : public SseJsonDecoder
{
public:
    AnthropicDecoder();

protected:
    void handleEvent(const QString &type, const QJsonObject &data, QList<StreamEvent> &events) override;
    void decodeEnd(QList<StreamEvent> &events) override;

private:
    Usage m_usage;
    std::optional<FinishReason> m_finish;
    ToolCallAssembler m_calls;
    // The thinking block being read: sent back with the answer's tool calls (signed).
    int m_thinkingIndex = -1;
    QJsonObject m_thinking;
};

} // namespace Quorum
