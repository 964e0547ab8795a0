// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "providers/ssejsondecoder.h"
#include "providers/toolcallassembler.h"

namespace Quorum
{

/*!
 * OpenAI Chat Completions streams and every server that copies them: OpenAI, Azure
 * OpenAI, OpenRouter, Mistral, Groq, DeepSeek, xAI, LM Studio, llama.cpp, vLLM.
 *
 * Handles: empty `choices` (Azure's first chunk, the usage chunk), content as a string,
 * null or an array of parts (Mistral's Magistral thinking chunks), reasoning in
 * `delta.reasoning` / `delta.reasoning_content`, refusals, a finish reason followed by a
 * usage chunk, OpenRouter's `usage.cost` and `:` keep-alives, and an `error` object in a
 * data event (a mid-stream failure). The stream ends at `[DONE]`; a stream that ends after
 * a finish reason without it is complete too.
 */
class OpenAiChatDecoder final : public SseJsonDecoder
{
public:
    //! \a fastPath false: every event through QJsonDocument (tests compare the two).
    explicit OpenAiChatDecoder(bool fastPath = true);

    //! What the fast path reads of the common delta chunk.
    struct FastChunk {
        QString model;
        QString content;
    };
    /*!
     * Reads \a data when it is exactly the common shape of a streamed delta — an object of
     * `id`, `object`, `created`, `model`, `system_fingerprint`, `service_tier`,
     * `obfuscation`, `usage: null` and `choices` holding one choice `{"index": 0, "delta":
     * {"content": "…", "role": "…"}, "logprobs": null, "finish_reason": null}`, in any order
     * and spacing — and nothing else; nullopt for anything else (which QJsonDocument reads).
     */
    static std::optional<FastChunk> fastChunk(QByteArrayView data);

protected:
    bool handleRaw(const SseEvent &event, QList<StreamEvent> &events) override;
    void handleEvent(const QString &type, const QJsonObject &chunk, QList<StreamEvent> &events) override;
    void decodeEnd(QList<StreamEvent> &events) override;

private:
    bool m_fastPath = true;
    std::optional<FinishReason> m_finish;
    QString m_model;
    ToolCallAssembler m_calls;
};

} // namespace Quorum
