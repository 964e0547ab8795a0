// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Chunks of OpenAI Chat streams for test_openaifastpath, apart from it: moc reads the test's
// own file and stumbles on raw string literals like these.
#pragma once

#include <QByteArray>
#include <QList>

namespace Quorum::Testing
{
inline const QList<QByteArray> openAiChunks {
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1727346168,"model":"gpt-4.1-2025-04-14","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"content":"Hello"},"logprobs":null,"finish_reason":null}]})",
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1727346168,"model":"gpt-4.1","service_tier":"default","system_fingerprint":null,"choices":[{"index":0,"delta":{"role":"assistant","content":""},"logprobs":null,"finish_reason":null}],"obfuscation":"Zx3"})",
    R"({"id":"x","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":"line\nbreak \"quoted\" \\ \/ \t tab \u00e9\u4e2d"},"logprobs":null,"finish_reason":null}],"usage":null})",
    R"( { "choices" : [ { "delta" : { "content" : "spaced" } , "index" : 0 } ] , "model" : "m" } )",
    R"({"id":"x","choices":[{"index":0,"delta":{"content":"emoji \ud83d\ude00 pair"},"finish_reason":null}]})",
    R"({"id":"x","choices":[{"index":0,"delta":{"content":"Grüße 東京 😀"},"finish_reason":null}]})",
    R"({"id":"x","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})",
    R"({"id":"x","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15}})",
    R"({"id":"x","choices":[{"index":0,"delta":{"reasoning_content":"think"},"finish_reason":null}]})",
    R"({"id":"x","choices":[{"index":1,"delta":{"content":"other choice"},"finish_reason":null}]})",
    R"({"id":"x","choices":[{"index":0,"delta":{"content":null,"refusal":"no"},"finish_reason":null}]})",
    R"({"error":{"message":"overloaded","type":"server_error"}})",
    R"({"id":"x","created":1.5e3,"choices":[{"index":0,"delta":{"content":"num"}}]})",
    R"({"id":"x","created":-0,"model":"a","model":"b","choices":[{"index":0,"delta":{"content":"dup"}}]})",
    R"({"id":"x","choices":[{"index":0,"delta":{"content":[{"type":"text","text":"parts"}]}}]})",
};

//! Bytes that matter to JSON, and some that break UTF-8.
inline const QByteArray jsonAlphabet = R"("\{}[]:,0123456789.-+eEnultrfabu ")"
                                       "\x01\x1f\x7f\x80\xbf\xc3\xe4\xf0\xff";
} // namespace Quorum::Testing
