// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "providers/ndjsonreader.h"
#include "providers/streamdecoder.h"

namespace Quorum
{

/*!
 * Ollama `/api/chat` NDJSON streams: `message.content` and `message.thinking` per line, a
 * last line with `done: true`, `done_reason` and the counts (`prompt_eval_count`,
 * `eval_count`; a missing count is 0), or a line `{"error": "..."}` when the model fails
 * mid-stream.
 */
class OllamaDecoder final : public StreamDecoder
{
public:
    OllamaDecoder();

protected:
    void decode(QByteArrayView bytes, QList<StreamEvent> &events) override;
    void decodeEnd(QList<StreamEvent> &events) override;

private:
    void handleLine(const QByteArray &line, QList<StreamEvent> &events);

    NdjsonReader m_reader;
    QList<QByteArray> m_lines;
    QString m_model;
    int m_calls = 0; // tool calls seen (ids for calls that come without)
};

} // namespace Quorum
