// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QHash>
#include <QJsonObject>

#include "providers/eventstream.h"
#include "providers/streamdecoder.h"
#include "providers/toolcallassembler.h"

namespace Quorum
{

/*!
 * AWS Bedrock ConverseStream (docs/providers.md §9): AWS event-stream frames (EventStreamDecoder)
 * whose `:event-type` says what the JSON payload is. Text and reasoning come in
 * contentBlockDelta; messageStop gives the stop reason; metadata — after messageStop — the
 * usage and, for a prompt router, the model that answered (trace.promptRouter.invokedModelId).
 * An `exception` frame (throttlingException, modelStreamErrorException, validationException,
 * ...) ends the stream with that error; a damaged frame ends it as a protocol error.
 *
 * Not streaming, it reads a Converse response instead: one JSON body with the message's
 * content blocks, the stop reason, usage and trace, reported when the body is complete.
 */
class BedrockDecoder final : public StreamDecoder
{
public:
    //! \a stream: a ConverseStream body (event-stream frames); else a Converse JSON body.
    explicit BedrockDecoder(bool stream = true)
        : m_stream(stream)
    {
    }

protected:
    void decode(QByteArrayView bytes, QList<StreamEvent> &events) override;
    void decodeEnd(QList<StreamEvent> &events) override;

private:
    void handle(const EventStreamMessage &message, QList<StreamEvent> &events);
    //! Usage and, for a prompt router, the model it chose (metadata, or a Converse response).
    static void reportUsageAndTrace(const QJsonObject &object, QList<StreamEvent> &events);
    void decodeConverse(QList<StreamEvent> &events);

    EventStreamDecoder m_frames;
    std::optional<FinishReason> m_finish; //!< from messageStop; the answer ends at metadata
    QByteArray m_body;                    //!< a Converse response, until it is whole
    bool m_stream = true;
    ToolCallAssembler m_calls;
    // Reasoning being read, by block: sent back (signed) with the answer's tool calls.
    QHash<int, QJsonObject> m_reasoning;
};

} // namespace Quorum
