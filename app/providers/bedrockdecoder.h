// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include "providers/eventstream.h"
#include "providers/streamdecoder.h"

namespace Quorum
{

/*!
 * AWS Bedrock ConverseStream (providers.md §9): AWS event-stream frames (EventStreamDecoder)
 * whose `:event-type` says what the JSON payload is. Text and reasoning come in
 * contentBlockDelta; messageStop gives the stop reason; metadata — after messageStop — the
 * usage and, for a prompt router, the model that answered (trace.promptRouter.invokedModelId).
 * An `exception` frame (throttlingException, modelStreamErrorException, validationException,
 * ...) ends the stream with that error; a damaged frame ends it as a protocol error.
 */
class BedrockDecoder final : public StreamDecoder
{
public:
    BedrockDecoder() = default;

protected:
    void decode(QByteArrayView bytes, QList<StreamEvent> &events) override;
    void decodeEnd(QList<StreamEvent> &events) override;

private:
    void handle(const EventStreamMessage &message, QList<StreamEvent> &events);

    EventStreamDecoder m_frames;
    std::optional<FinishReason> m_finish; //!< from messageStop; the answer ends at metadata
};

} // namespace Quorum
