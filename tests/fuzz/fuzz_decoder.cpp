// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for one protocol decoder (QUORUM_FUZZ_PROTOCOL selects it): any bytes,
// split anywhere, end in exactly one Finished or Failed event and never crash.
#include <cstdlib>
#include <memory>

#include "providers/anthropicdecoder.h"
#include "providers/bedrockdecoder.h"
#include "providers/geminidecoder.h"
#include "providers/ollamadecoder.h"
#include "providers/openaichatdecoder.h"
#include "providers/openairesponsesdecoder.h"

using namespace Quorum;

namespace
{
std::unique_ptr<StreamDecoder> makeDecoder()
{
#if QUORUM_FUZZ_PROTOCOL == 0
    return std::make_unique<OpenAiChatDecoder>();
#elif QUORUM_FUZZ_PROTOCOL == 1
    return std::make_unique<OpenAiResponsesDecoder>();
#elif QUORUM_FUZZ_PROTOCOL == 2
    return std::make_unique<AnthropicDecoder>();
#elif QUORUM_FUZZ_PROTOCOL == 3
    return std::make_unique<GeminiDecoder>();
#elif QUORUM_FUZZ_PROTOCOL == 5
    return std::make_unique<BedrockDecoder>();
#else
    return std::make_unique<OllamaDecoder>();
#endif
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const auto step = static_cast<qsizetype>(data[0] % 31) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    auto decoder = makeDecoder();
    QList<StreamEvent> events;
    for (qsizetype at = 0; at < input.size(); at += step) {
        decoder->feed(input.sliced(at, qMin(step, input.size() - at)), events);
    }
    decoder->finish(events);
    int terminal = 0;
    for (const StreamEvent &event : events) {
        if (event.type == StreamEvent::Type::Finished || event.type == StreamEvent::Type::Failed) {
            ++terminal;
        } else if (terminal > 0) {
            std::abort(); // nothing may follow the end
        }
    }
    if (terminal != 1) {
        std::abort();
    }
    return 0;
}
