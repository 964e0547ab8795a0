// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Each protocol's decoder against transcripts written from docs/providers.md (real shapes,
// real field order), fed whole, byte by byte and at every split point.
#include <functional>
#include <memory>

#include <QTest>

#include "providers/anthropicdecoder.h"
#include "providers/geminidecoder.h"
#include "providers/ollamadecoder.h"
#include "providers/openaichatdecoder.h"
#include "providers/openairesponsesdecoder.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
enum class Protocol { OpenAiChat, Responses, Anthropic, Gemini, Ollama };

std::unique_ptr<StreamDecoder> makeDecoder(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAiChat:
        return std::make_unique<OpenAiChatDecoder>();
    case Protocol::Responses:
        return std::make_unique<OpenAiResponsesDecoder>();
    case Protocol::Anthropic:
        return std::make_unique<AnthropicDecoder>();
    case Protocol::Gemini:
        return std::make_unique<GeminiDecoder>();
    case Protocol::Ollama:
        return std::make_unique<OllamaDecoder>();
    }
    return nullptr;
}

//! What a stream adds up to.
struct Outcome {
    QString text;
    QString reasoning;
    std::optional<Usage> usage;
    QString finish;    // unified name, when finished
    QString finishRaw; // provider's word
    QString errorKind; // when failed
    QString errorText; // provider message
    QString model;
    int terminalEvents = 0;
    QStringList calls {};  // "id name arguments[ signature]" per tool call, in order
    QStringList echoes {}; // blocks to send back with the calls (StreamEvent::Echo), compact JSON

    bool operator==(const Outcome &) const = default;
};

Outcome run(Protocol protocol, const QByteArray &bytes, qsizetype step)
{
    auto decoder = makeDecoder(protocol);
    QList<StreamEvent> events;
    if (step <= 0) {
        decoder->feed(bytes, events);
    } else {
        for (qsizetype at = 0; at < bytes.size(); at += step) {
            decoder->feed(QByteArrayView(bytes).sliced(at, qMin(step, bytes.size() - at)), events);
        }
    }
    decoder->finish(events);
    Outcome outcome;
    for (const StreamEvent &event : std::as_const(events)) {
        switch (event.type) {
        case StreamEvent::Type::Text:
            outcome.text += event.text;
            break;
        case StreamEvent::Type::Reasoning:
            outcome.reasoning += event.text;
            break;
        case StreamEvent::Type::Usage:
            outcome.usage = event.usage;
            break;
        case StreamEvent::Type::Model:
            outcome.model = event.text;
            break;
        case StreamEvent::Type::Finished:
            outcome.finish = event.finish.name();
            outcome.finishRaw = event.finish.raw;
            ++outcome.terminalEvents;
            break;
        case StreamEvent::Type::Failed:
            outcome.errorKind = event.error.kindName();
            outcome.errorText = event.error.providerMessage;
            ++outcome.terminalEvents;
            break;
        case StreamEvent::Type::Echo:
            outcome.echoes.append(event.text);
            break;
        case StreamEvent::Type::Tool: {
            const ToolCall &call = event.toolCall;
            outcome.calls.append(call.id + u' ' + call.name + u' ' + call.arguments
                + (call.signature.isEmpty() ? QString() : u' ' + call.signature));
            break;
        }
        }
    }
    return outcome;
}

Usage usage(qint64 input, qint64 cached, qint64 output, qint64 reasoning, qint64 cacheWrite = 0)
{
    Usage u;
    u.input = input;
    u.cachedInput = cached;
    u.output = output;
    u.reasoning = reasoning;
    u.cacheWrite = cacheWrite;
    return u;
}
} // namespace

Q_DECLARE_METATYPE(Protocol)
Q_DECLARE_METATYPE(Outcome)

class TestDecoders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transcripts_data();
    void transcripts();
    void malformedJsonSaysWhatWasWrong();
    void nothingAfterTheEnd();
    void toolCalls_data();
    void toolCalls();
    void anthropicThinkingIsKeptToBeSentBack();
};

void TestDecoders::transcripts_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QByteArray>("transcript");
    QTest::addColumn<Outcome>("expected");

    // --- OpenAI Chat Completions and relatives -------------------------------------------
    QTest::newRow("openai: text, finish, usage chunk, DONE")
        << Protocol::OpenAiChat
        << R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1727346168,"model":"gpt-4o-2024-08-06","service_tier":"default","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":null,"finish_reason":null}],"usage":null,"obfuscation":"r4N7"}

data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1727346168,"model":"gpt-4o-2024-08-06","choices":[{"index":0,"delta":{"content":"Hel"},"logprobs":null,"finish_reason":null}],"usage":null}

data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1727346168,"model":"gpt-4o-2024-08-06","choices":[{"index":0,"delta":{"content":"lo – ü"},"logprobs":null,"finish_reason":null}],"usage":null}

data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1727346168,"model":"gpt-4o-2024-08-06","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"usage":null}

data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1727346168,"model":"gpt-4o-2024-08-06","choices":[],"usage":{"prompt_tokens":2000,"completion_tokens":300,"total_tokens":2300,"prompt_tokens_details":{"cached_tokens":1536,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":64,"audio_tokens":0}}}

data: [DONE]

)"_ba
        << Outcome {
               u"Hello – ü"_s, {}, usage(2000, 1536, 300, 64), u"stop"_s, u"stop"_s, {}, {}, u"gpt-4o-2024-08-06"_s, 1};

    QTest::newRow("azure: empty first chunk, content filter, length")
        << Protocol::OpenAiChat
        << R"(data: {"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":[{"prompt_index":0,"content_filter_results":{"hate":{"filtered":false,"severity":"safe"}}}]}

data: {"choices":[{"content_filter_results":{},"delta":{"content":"","role":"assistant"},"finish_reason":null,"index":0,"logprobs":null}],"created":1,"id":"c","model":"gpt-4o","object":"chat.completion.chunk"}

data: {"choices":[{"content_filter_results":{"hate":{"filtered":false,"severity":"safe"}},"delta":{"content":"Hi"},"finish_reason":null,"index":0}],"created":1,"id":"c","model":"gpt-4o","object":"chat.completion.chunk"}

data: {"choices":[{"content_filter_results":{"hate":{"filtered":false,"severity":"safe"}},"content_filter_offsets":{"check_offset":0,"start_offset":0,"end_offset":2}}],"created":1,"id":"c","model":"gpt-4o","object":"chat.completion.chunk"}

data: {"choices":[{"content_filter_results":{},"delta":{},"finish_reason":"length","index":0}],"created":1,"id":"c","model":"gpt-4o","object":"chat.completion.chunk"}

data: [DONE]

)"_ba << Outcome {u"Hi"_s, {}, {}, u"length"_s, u"length"_s, {}, {}, u"gpt-4o"_s, 1};

    QTest::newRow("openrouter: keep-alives, reasoning, cost") << Protocol::OpenAiChat << R"(: OPENROUTER PROCESSING

: OPENROUTER PROCESSING

data: {"id":"gen-1","provider":"OpenAI","model":"openai/o3-mini","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"role":"assistant","content":"","reasoning":"Think"},"finish_reason":null,"native_finish_reason":null}]}

: OPENROUTER PROCESSING

data: {"id":"gen-1","provider":"OpenAI","model":"openai/o3-mini","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"role":"assistant","content":"4"},"finish_reason":"stop","native_finish_reason":"stop"}]}

data: {"id":"gen-1","provider":"OpenAI","model":"openai/o3-mini","object":"chat.completion.chunk","created":1,"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}],"usage":{"prompt_tokens":194,"completion_tokens":2,"total_tokens":196,"cost":0.95,"is_byok":false,"cost_details":{"upstream_inference_cost":19},"prompt_tokens_details":{"cached_tokens":0,"cache_write_tokens":100,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}}}

data: [DONE]

)"_ba << [] {
        Usage u = usage(194, 0, 2, 0, 100);
        u.providerCostUsd = 0.95;
        return Outcome {u"4"_s, u"Think"_s, u, u"stop"_s, u"stop"_s, {}, {}, u"openai/o3-mini"_s, 1};
    }();

    QTest::newRow("mistral: usage on the finish chunk, thinking chunks")
        << Protocol::OpenAiChat
        << R"(data: {"id":"6e2c","object":"chat.completion.chunk","created":1711097175,"model":"magistral-medium-latest","choices":[{"index":0,"delta":{"role":"assistant","content":[{"type":"thinking","thinking":[{"type":"text","text":"Let me see."}]}]},"finish_reason":null,"logprobs":null}]}

data: {"id":"6e2c","object":"chat.completion.chunk","created":1711097175,"model":"magistral-medium-latest","choices":[{"index":0,"delta":{"content":[{"type":"text","text":"Bonjour"}]},"finish_reason":null,"logprobs":null}]}

data: {"id":"6e2c","object":"chat.completion.chunk","created":1711097175,"model":"magistral-medium-latest","choices":[{"index":0,"delta":{"content":"!"},"finish_reason":"stop","logprobs":null}],"usage":{"prompt_tokens":10,"total_tokens":22,"completion_tokens":12}}

data: [DONE]

)"_ba
        << Outcome {u"Bonjour!"_s,
               u"Let me see."_s,
               usage(10, 0, 12, 0),
               u"stop"_s,
               u"stop"_s,
               {},
               {},
               u"magistral-medium-latest"_s,
               1};

    QTest::newRow("openai: error after some text")
        << Protocol::OpenAiChat
        << R"(data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"Par"},"finish_reason":null}]}

data: {"error": {"message": "The server had an error while processing your request. Sorry about that!", "type": "server_error"}}

)"_ba
        << Outcome {u"Par"_s,
               {},
               {},
               {},
               {},
               u"server"_s,
               u"The server had an error while processing your request. Sorry about that!"_s,
               u"gpt-4o"_s,
               1};

    QTest::newRow("openrouter: upstream error mid-stream")
        << Protocol::OpenAiChat
        << R"(data: {"id":"gen-1","model":"x/y","choices":[{"index":0,"delta":{"content":"a"},"finish_reason":null}]}

data: {"id":"gen-1","model":"x/y","error":{"code":502,"message":"Provider returned error","metadata":{"provider_name":"Fake"}},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]}

)"_ba << Outcome {u"a"_s, {}, {}, {}, {}, u"server"_s, u"Provider returned error"_s, u"x/y"_s, 1};

    QTest::newRow("openai: cut short")
        << Protocol::OpenAiChat
        << R"(data: {"id":"c","model":"m","choices":[{"index":0,"delta":{"content":"Half"},"finish_reason":null}]}

data: {"id":"c","model":"m","choices":[{"index":0,"delta":{"content":" an"},"fin)"_ba
        << Outcome {u"Half"_s,
               {},
               {},
               {},
               {},
               u"protocol"_s,
               u"The stream ended before the answer was complete."_s,
               u"m"_s,
               1};

    QTest::newRow("compatible server: finish without [DONE]")
        << Protocol::OpenAiChat
        << R"(data: {"model":"llama","choices":[{"index":0,"delta":{"content":"ok"},"finish_reason":"stop"}]}

)"_ba << Outcome {u"ok"_s, {}, {}, u"stop"_s, u"stop"_s, {}, {}, u"llama"_s, 1};

    QTest::newRow("openai: refusal and content filter")
        << Protocol::OpenAiChat
        << R"(data: {"model":"m","choices":[{"index":0,"delta":{"refusal":"I can't help with that."},"finish_reason":null}]}

data: {"model":"m","choices":[{"index":0,"delta":{},"finish_reason":"content_filter"}]}

data: [DONE]

)"_ba << Outcome {u"I can't help with that."_s, {}, {}, u"filtered"_s, u"content_filter"_s, {}, {}, u"m"_s, 1};

    // --- OpenAI Responses ------------------------------------------------------------------
    QTest::newRow("responses: reasoning summaries, text, usage") << Protocol::Responses << R"(event: response.created
data: {"type":"response.created","response":{"id":"resp_1","status":"in_progress","model":"o4-mini","usage":null},"sequence_number":0}

event: response.output_item.added
data: {"type":"response.output_item.added","output_index":0,"item":{"id":"rs_1","type":"reasoning","summary":[]},"sequence_number":1}

event: response.reasoning_summary_text.delta
data: {"type":"response.reasoning_summary_text.delta","item_id":"rs_1","output_index":0,"summary_index":0,"delta":"First.","sequence_number":2}

event: response.reasoning_summary_text.delta
data: {"type":"response.reasoning_summary_text.delta","item_id":"rs_1","output_index":0,"summary_index":1,"delta":"Second.","sequence_number":3}

event: response.output_text.delta
data: {"type":"response.output_text.delta","item_id":"msg_1","output_index":1,"content_index":0,"delta":"Hi","logprobs":[],"obfuscation":"x","sequence_number":4}

event: response.some_future_event
data: {"type":"response.some_future_event","sequence_number":5}

event: response.output_text.done
data: {"type":"response.output_text.done","item_id":"msg_1","output_index":1,"content_index":0,"text":"Hi","sequence_number":6}

event: response.completed
data: {"type":"response.completed","response":{"id":"resp_1","status":"completed","usage":{"input_tokens":36,"input_tokens_details":{"cached_tokens":0},"output_tokens":87,"output_tokens_details":{"reasoning_tokens":64},"total_tokens":123}},"sequence_number":7}

)"_ba
                                                                 << Outcome {u"Hi"_s,
                                                                        u"First.\n\nSecond."_s,
                                                                        usage(36, 0, 87, 64),
                                                                        u"stop"_s,
                                                                        u"completed"_s,
                                                                        {},
                                                                        {},
                                                                        u"o4-mini"_s,
                                                                        1};

    QTest::newRow("responses: incomplete at max tokens") << Protocol::Responses << R"(event: response.output_text.delta
data: {"type":"response.output_text.delta","delta":"Long","sequence_number":1}

event: response.incomplete
data: {"type":"response.incomplete","response":{"status":"incomplete","incomplete_details":{"reason":"max_tokens"},"usage":{"input_tokens":5,"output_tokens":16}},"sequence_number":2}

)"_ba << Outcome {u"Long"_s, {}, usage(5, 0, 16, 0), u"length"_s, u"max_tokens"_s, {}, {}, {}, 1};

    QTest::newRow("responses: failed") << Protocol::Responses << R"(event: response.failed
data: {"type":"response.failed","response":{"status":"failed","error":{"code":"rate_limit_exceeded","message":"Slow down."}},"sequence_number":3}

)"_ba << Outcome {{}, {}, {}, {}, {}, u"rate_limited"_s, u"Slow down."_s, {}, 1};

    QTest::newRow("responses: bare error event") << Protocol::Responses << R"(event: error
data: {"type":"error","code":"server_error","message":"Oops","param":null,"sequence_number":1}

)"_ba << Outcome {{}, {}, {}, {}, {}, u"server"_s, u"Oops"_s, {}, 1};

    // --- Anthropic ------------------------------------------------------------------------------
    QTest::newRow("anthropic: thinking, text, cache usage") << Protocol::Anthropic << R"(event: message_start
data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5-20250929","stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":25,"cache_creation_input_tokens":100,"cache_read_input_tokens":2000,"output_tokens":1,"service_tier":"standard"}}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Hmm."}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQB"}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: content_block_start
data: {"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}}

event: ping
data: {"type": "ping"}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"I"}       }

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":" think ✓"}}

event: brand_new_event
data: {"type":"brand_new_event"}

event: content_block_stop
data: {"type":"content_block_stop","index":1}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":15}}

event: message_stop
data: {"type":"message_stop"}

)"_ba
                                                            << Outcome {u"I think ✓"_s,
                                                                   u"Hmm."_s,
                                                                   usage(2125, 2000, 15, 0, 100),
                                                                   u"stop"_s,
                                                                   u"end_turn"_s,
                                                                   {},
                                                                   {},
                                                                   u"claude-sonnet-4-5-20250929"_s,
                                                                   1};

    QTest::newRow("anthropic: overloaded mid-stream") << Protocol::Anthropic << R"(event: message_start
data: {"type":"message_start","message":{"model":"claude","usage":{"input_tokens":3,"output_tokens":1}}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Part"}}

event: error
data: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}

)"_ba << Outcome {u"Part"_s, {}, usage(3, 0, 1, 0), {}, {}, u"overloaded"_s, u"Overloaded"_s, u"claude"_s, 1};

    QTest::newRow("anthropic: no message_stop") << Protocol::Anthropic << R"(event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Cut"}}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"max_tokens"},"usage":{"output_tokens":4}}

)"_ba
                                                << Outcome {u"Cut"_s,
                                                       {},
                                                       usage(0, 0, 4, 0),
                                                       {},
                                                       {},
                                                       u"protocol"_s,
                                                       u"The stream ended before the answer was complete."_s,
                                                       {},
                                                       1};

    // --- Gemini -------------------------------------------------------------------------------------
    QTest::newRow("gemini: CRLF, thoughts, usage")
        << Protocol::Gemini
        << "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Plan\",\"thought\": true}],\"role\": "
           "\"model\"},\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 8,\"totalTokenCount\": "
           "611,\"thoughtsTokenCount\": 603},\"modelVersion\": \"gemini-2.5-flash\"}\r\n\r\n"
           "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"The sky\"}],\"role\": "
           "\"model\"},\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 8,\"totalTokenCount\": "
           "615,\"thoughtsTokenCount\": 603},\"modelVersion\": \"gemini-2.5-flash\"}\r\n\r\n"
           "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \" is blue.\"}],\"role\": \"model\"},\"finishReason\": \"STOP\",\"index\": 0}],\"usageMetadata\": {\"promptTokenCount\": 8,\"candidatesTokenCount\": 8,\"totalTokenCount\": 619,\"cachedContentTokenCount\": 4,\"thoughtsTokenCount\": 603},\"modelVersion\": \"gemini-2.5-flash\"}\r\n\r\n"_ba
        << Outcome {u"The sky is blue."_s,
               u"Plan"_s,
               usage(8, 4, 611, 603),
               u"stop"_s,
               u"STOP"_s,
               {},
               {},
               u"gemini-2.5-flash"_s,
               1};

    QTest::newRow("gemini: thoughts already in candidates")
        << Protocol::Gemini
        << "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"x\"}]},\"finishReason\": \"STOP\"}],\"usageMetadata\": {\"promptTokenCount\": 10,\"candidatesTokenCount\": 50,\"totalTokenCount\": 60,\"thoughtsTokenCount\": 40}}\r\n\r\n"_ba
        << Outcome {u"x"_s, {}, usage(10, 0, 50, 40), u"stop"_s, u"STOP"_s, {}, {}, {}, 1};

    QTest::newRow("gemini: safety")
        << Protocol::Gemini
        << "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Well\"}]},\"finishReason\": \"SAFETY\",\"safetyRatings\": [{\"category\": \"HARM_CATEGORY_DANGEROUS_CONTENT\",\"probability\": \"HIGH\",\"blocked\": true}]}]}\r\n\r\n"_ba
        << Outcome {u"Well"_s, {}, {}, u"filtered"_s, u"SAFETY"_s, {}, {}, {}, 1};

    QTest::newRow("gemini: prompt blocked")
        << Protocol::Gemini
        << "data: {\"promptFeedback\": {\"blockReason\": \"PROHIBITED_CONTENT\"},\"usageMetadata\": {\"promptTokenCount\": 7,\"totalTokenCount\": 7}}\r\n\r\n"_ba
        << Outcome {{}, {}, usage(7, 0, 0, 0), u"filtered"_s, u"PROHIBITED_CONTENT"_s, {}, {}, {}, 1};

    QTest::newRow("gemini: raw JSON error mid-stream")
        << Protocol::Gemini
        << "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Beg\"}]}}]}\r\n\r\n"
           "{\r\n  \"error\": {\r\n    \"code\": 503,\r\n    \"message\": \"The model is overloaded.\",\r\n    \"status\": \"UNAVAILABLE\"\r\n  }\r\n}\r\n"_ba
        << Outcome {u"Beg"_s, {}, {}, {}, {}, u"overloaded"_s, u"The model is overloaded."_s, {}, 1};

    QTest::newRow("gemini: no finish reason")
        << Protocol::Gemini << "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Beg\"}]}}]}\r\n\r\n"_ba
        << Outcome {
               u"Beg"_s, {}, {}, {}, {}, u"protocol"_s, u"The stream ended before the answer was complete."_s, {}, 1};

    // --- Ollama -----------------------------------------------------------------------------------------
    QTest::newRow("ollama: thinking, text, counts")
        << Protocol::Ollama
        << R"({"model":"qwen3","created_at":"2025-10-26T17:15:24.097767Z","message":{"role":"assistant","content":"","thinking":"Hmm"},"done":false}
{"model":"qwen3","created_at":"2025-10-26T17:15:24.1Z","message":{"role":"assistant","content":"The \u003cb\u003e"},"done":false}
{"model":"qwen3","created_at":"2025-10-26T17:15:24.2Z","message":{"role":"assistant","content":"sky"},"done":false}
{"model":"qwen3","created_at":"2025-10-26T17:15:24.3Z","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop","total_duration":4883583458,"load_duration":1334875,"prompt_eval_count":26,"prompt_eval_duration":342546000,"eval_count":282,"eval_duration":4535599000}
)"_ba << Outcome {u"The <b>sky"_s, u"Hmm"_s, usage(26, 0, 282, 0), u"stop"_s, u"stop"_s, {}, {}, u"qwen3"_s, 1};

    QTest::newRow("ollama: prompt from KV cache has no prompt_eval_count")
        << Protocol::Ollama << R"({"model":"l","message":{"role":"assistant","content":"a"},"done":false}
{"model":"l","message":{"role":"assistant","content":""},"done":true,"done_reason":"length","eval_count":9})"_ba
        << Outcome {u"a"_s, {}, usage(0, 0, 9, 0), u"length"_s, u"length"_s, {}, {}, u"l"_s, 1};

    QTest::newRow("ollama: error line")
        << Protocol::Ollama << R"({"model":"l","message":{"role":"assistant","content":"a"},"done":false}
{"error":"an error was encountered while running the model"}
)"_ba
        << Outcome {
               u"a"_s, {}, {}, {}, {}, u"server"_s, u"an error was encountered while running the model"_s, u"l"_s, 1};

    QTest::newRow("ollama: no done line")
        << Protocol::Ollama << R"({"model":"l","message":{"role":"assistant","content":"a"},"done":false}
)"_ba
        << Outcome {
               u"a"_s, {}, {}, {}, {}, u"protocol"_s, u"The stream ended before the answer was complete."_s, u"l"_s, 1};
}

void TestDecoders::transcripts()
{
    QFETCH(Protocol, protocol);
    QFETCH(QByteArray, transcript);
    QFETCH(Outcome, expected);

    const Outcome whole = run(protocol, transcript, 0);
    QCOMPARE(whole.text, expected.text);
    QCOMPARE(whole.reasoning, expected.reasoning);
    QCOMPARE(whole.usage, expected.usage);
    QCOMPARE(whole.finish, expected.finish);
    QCOMPARE(whole.finishRaw, expected.finishRaw);
    QCOMPARE(whole.errorKind, expected.errorKind);
    QCOMPARE(whole.errorText, expected.errorText);
    QCOMPARE(whole.model, expected.model);
    QCOMPARE(whole.terminalEvents, 1);
    // Byte by byte, and in 2, 3, 7 and 64-byte pieces: the same outcome, UTF-8 split or not.
    for (const qsizetype step : {1, 2, 3, 7, 64}) {
        QVERIFY2(run(protocol, transcript, step) == whole, qPrintable(u"step %1"_s.arg(step)));
    }
}

void TestDecoders::malformedJsonSaysWhatWasWrong()
{
    for (const Protocol protocol : {Protocol::OpenAiChat, Protocol::Responses, Protocol::Anthropic, Protocol::Gemini}) {
        const Outcome outcome = run(protocol, "data: {\"choices\": [{\"delta\": {\"content\": \"a\"}}\n\n", 0);
        QCOMPARE(outcome.errorKind, u"protocol"_s);
        QVERIFY2(outcome.errorText.startsWith(u"malformed JSON"_s), qPrintable(outcome.errorText));
        QVERIFY(outcome.errorText.contains(u"offset"_s));
    }
    const Outcome ollama = run(Protocol::Ollama, "{\"model\": \x01\x02garbage\n", 0);
    QCOMPARE(ollama.errorKind, u"protocol"_s);
    const Outcome notObject = run(Protocol::OpenAiChat, "data: [1,2]\n\n", 0);
    QCOMPARE(notObject.errorKind, u"protocol"_s);
}

void TestDecoders::nothingAfterTheEnd()
{
    const Outcome outcome = run(Protocol::OpenAiChat,
        "data: {\"choices\":[{\"delta\":{\"content\":\"a\"},\"finish_reason\":\"stop\"}]}\n\n"
        "data: [DONE]\n\n"
        "data: {\"choices\":[{\"delta\":{\"content\":\"late\"}}]}\n\n"_ba,
        0);
    QCOMPARE(outcome.text, u"a"_s);
    QCOMPARE(outcome.terminalEvents, 1);
}

void TestDecoders::toolCalls_data()
{
    // Written from each provider's API reference (docs/tools.md), not from the fake server.
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QByteArray>("transcript");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("calls");
    QTest::addColumn<QString>("finish");

    QTest::newRow("openai: two parallel calls, arguments in pieces, interleaved")
        << Protocol::OpenAiChat
        << R"(data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1","choices":[{"index":0,"delta":{"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_A","type":"function","function":{"name":"weather__now","arguments":""}}]},"logprobs":null,"finish_reason":null}]}

data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":"}}]},"logprobs":null,"finish_reason":null}]}

data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_B","type":"function","function":{"name":"files__read","arguments":"{\"path\""}}]},"logprobs":null,"finish_reason":null}]}

data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"Zürich\"}"}}]},"logprobs":null,"finish_reason":null}]}

data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":":\"/a\"}"}}]},"logprobs":null,"finish_reason":null}]}

data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"gpt-4.1","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"tool_calls"}]}

data: [DONE]

)"_ba << QString()
        << QStringList {u"call_A weather__now {\"city\":\"Zürich\"}"_s, u"call_B files__read {\"path\":\"/a\"}"_s}
        << u"tool"_s;

    QTest::newRow("compatible server: text, then whole calls without index, arguments an object")
        << Protocol::OpenAiChat
        << R"(data: {"choices":[{"index":0,"delta":{"content":"Let me check."},"finish_reason":null}]}

data: {"choices":[{"index":0,"delta":{"tool_calls":[{"id":"x1","type":"function","function":{"name":"a","arguments":{"n":1}}},{"id":"x2","type":"function","function":{"name":"b","arguments":""}}]},"finish_reason":null}]}

data: {"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}

)"_ba << u"Let me check."_s
        << QStringList {u"x1 a {\"n\":1}"_s, u"x2 b {}"_s} << u"tool"_s;

    QTest::newRow("responses: text, then a function_call item in pieces")
        << Protocol::Responses << R"(event: response.created
data: {"type":"response.created","response":{"id":"r","model":"gpt-5","output":[]},"sequence_number":0}

event: response.output_text.delta
data: {"type":"response.output_text.delta","item_id":"m","output_index":0,"content_index":0,"delta":"Checking.","sequence_number":1}

event: response.output_item.added
data: {"type":"response.output_item.added","output_index":1,"item":{"id":"fc_1","type":"function_call","status":"in_progress","arguments":"","call_id":"call_R","name":"weather__now"},"sequence_number":2}

event: response.function_call_arguments.delta
data: {"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":1,"delta":"{\"city\":","sequence_number":3}

event: response.function_call_arguments.delta
data: {"type":"response.function_call_arguments.delta","item_id":"fc_1","output_index":1,"delta":"\"Oslo\"}","sequence_number":4}

event: response.function_call_arguments.done
data: {"type":"response.function_call_arguments.done","item_id":"fc_1","output_index":1,"arguments":"{\"city\":\"Oslo\"}","sequence_number":5}

event: response.output_item.done
data: {"type":"response.output_item.done","output_index":1,"item":{"id":"fc_1","type":"function_call","status":"completed","arguments":"{\"city\":\"Oslo\"}","call_id":"call_R","name":"weather__now"},"sequence_number":6}

event: response.completed
data: {"type":"response.completed","response":{"id":"r","status":"completed","model":"gpt-5","usage":{"input_tokens":5,"output_tokens":9}},"sequence_number":7}

)"_ba << u"Checking."_s
        << QStringList {u"call_R weather__now {\"city\":\"Oslo\"}"_s} << u"stop"_s;

    QTest::newRow("anthropic: text block, then tool_use with input_json_delta pieces") << Protocol::Anthropic
                                                                                       << R"(event: message_start
data: {"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-sonnet-4-5","usage":{"input_tokens":10,"output_tokens":1}}}

event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Okay."}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: content_block_start
data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"toolu_01A","name":"weather__now","input":{}}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\"city\": \"Li"}}

event: content_block_delta
data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"ma\"}"}}

event: content_block_stop
data: {"type":"content_block_stop","index":1}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"output_tokens":40}}

event: message_stop
data: {"type":"message_stop"}

)"_ba << u"Okay."_s << QStringList {u"toolu_01A weather__now {\"city\": \"Lima\"}"_s} << u"tool"_s;

    QTest::newRow("anthropic: a tool_use without input gets {}") << Protocol::Anthropic << R"(event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_2","name":"clock__now","input":{}}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":3}}

event: message_stop
data: {"type":"message_stop"}

)"_ba << QString() << QStringList {u"toolu_2 clock__now {}"_s} << u"tool"_s;

    QTest::newRow("gemini: functionCall parts whole, with a signature, no id")
        << Protocol::Gemini
        << "data: {\"candidates\": [{\"content\": {\"parts\": [{\"functionCall\": {\"name\": "
           "\"weather__now\",\"args\": "
           "{\"city\": \"Accra\"}},\"thoughtSignature\": \"CiQB0e2Kb7s=\"},{\"functionCall\": {\"name\": "
           "\"b\",\"args\": "
           "{}}}],\"role\": \"model\"},\"finishReason\": \"STOP\",\"index\": 0}],\"usageMetadata\": "
           "{\"promptTokenCount\": 9,\"candidatesTokenCount\": 5,\"totalTokenCount\": 14},\"modelVersion\": "
           "\"gemini-2.5-flash\"}\r\n\r\n"_ba
        << QString()
        << QStringList {u"quorum-call-1 weather__now {\"city\":\"Accra\"} CiQB0e2Kb7s="_s, u"quorum-call-2 b {}"_s}
        << u"stop"_s;

    QTest::newRow("gemini: a call with an id keeps it")
        << Protocol::Gemini
        << "data: {\"candidates\": [{\"content\": {\"parts\": [{\"functionCall\": {\"id\": \"fc-9\",\"name\": "
           "\"a\",\"args\": {\"x\": [1,2]}}}],\"role\": \"model\"},\"finishReason\": \"STOP\",\"index\": 0}]}\r\n\r\n"_ba
        << QString() << QStringList {u"fc-9 a {\"x\":[1,2]}"_s} << u"stop"_s;

    QTest::newRow("ollama: a chunk with whole calls, then done")
        << Protocol::Ollama
        << R"({"model":"qwen3","created_at":"2025-10-26T17:15:24Z","message":{"role":"assistant","content":"","tool_calls":[{"function":{"name":"weather__now","arguments":{"city":"Kyiv"}}}]},"done":false}
{"model":"qwen3","created_at":"2025-10-26T17:15:25Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"prompt_eval_count":20,"eval_count":8}
)"_ba << QString()
        << QStringList {u"quorum-call-1 weather__now {\"city\":\"Kyiv\"}"_s} << u"stop"_s;
}

void TestDecoders::anthropicThinkingIsKeptToBeSentBack()
{
    // With tools, Anthropic wants the signed thinking block back before the calls.
    const QByteArray transcript = R"(event: content_block_start
data: {"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"Use the tool."}}

event: content_block_delta
data: {"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQBCgIYAh"}}

event: content_block_stop
data: {"type":"content_block_stop","index":0}

event: content_block_start
data: {"type":"content_block_start","index":1,"content_block":{"type":"redacted_thinking","data":"EmwKAhgB"}}

event: content_block_stop
data: {"type":"content_block_stop","index":1}

event: content_block_start
data: {"type":"content_block_start","index":2,"content_block":{"type":"tool_use","id":"toolu_9","name":"a","input":{}}}

event: content_block_stop
data: {"type":"content_block_stop","index":2}

event: message_delta
data: {"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":9}}

event: message_stop
data: {"type":"message_stop"}

)"_ba;
    const Outcome whole = run(Protocol::Anthropic, transcript, 0);
    QCOMPARE(whole.reasoning, u"Use the tool."_s);
    QCOMPARE(whole.echoes,
        (QStringList {u"{\"signature\":\"EqQBCgIYAh\",\"thinking\":\"Use the tool.\",\"type\":\"thinking\"}"_s,
            u"{\"data\":\"EmwKAhgB\",\"type\":\"redacted_thinking\"}"_s}));
    QCOMPARE(whole.calls, QStringList {u"toolu_9 a {}"_s});
    for (const qsizetype step : {1, 7}) {
        QVERIFY(run(Protocol::Anthropic, transcript, step) == whole);
    }
}

void TestDecoders::toolCalls()
{
    QFETCH(Protocol, protocol);
    QFETCH(QByteArray, transcript);
    QFETCH(QString, text);
    QFETCH(QStringList, calls);
    QFETCH(QString, finish);

    const Outcome whole = run(protocol, transcript, 0);
    QCOMPARE(whole.errorText, QString());
    QCOMPARE(whole.text, text);
    QCOMPARE(whole.calls, calls);
    QCOMPARE(whole.terminalEvents, 1);
    // The provider's finish: Gemini, Ollama and Responses end an answer that called tools as
    // any other, and ChatStream makes it a tool finish (test_integration_toolcalls).
    QCOMPARE(whole.finish, finish);
    for (const qsizetype step : {1, 2, 3, 7, 64}) {
        QVERIFY2(run(protocol, transcript, step) == whole, qPrintable(u"step %1"_s.arg(step)));
    }
}

QTEST_GUILESS_MAIN(TestDecoders)
#include "test_decoders.moc"
