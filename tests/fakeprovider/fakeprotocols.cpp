// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "fakeprotocols.h"

#include <functional>

#include <QJsonArray>
#include <QJsonDocument>

#include "providers/eventstream.h"

using namespace Qt::StringLiterals;

namespace Quorum::Fake
{

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAiChat:
        return u"openai"_s;
    case Protocol::Azure:
        return u"azure"_s;
    case Protocol::Mistral:
        return u"mistral"_s;
    case Protocol::OpenRouter:
        return u"openrouter"_s;
    case Protocol::OpenAiResponses:
        return u"responses"_s;
    case Protocol::Anthropic:
        return u"anthropic"_s;
    case Protocol::Gemini:
        return u"gemini"_s;
    case Protocol::Ollama:
        return u"ollama"_s;
    case Protocol::Bedrock:
        return u"bedrock"_s;
    }
    return {};
}

namespace Wire
{

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

namespace
{
QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

qint64 outputTokens(const Script &s)
{
    return s.usage.output > 0 ? s.usage.output : s.deltas.size() + s.reasoning.size();
}

QByteArray sse(const QByteArray &json)
{
    return "data: " + json + "\n\n";
}

QByteArray namedSse(const QByteArray &name, const QByteArray &json)
{
    return "event: " + name + "\ndata: " + json + "\n\n";
}

//! \a call's arguments cut into its number of pieces (the last takes the rest).
QStringList argumentPieces(const FakeToolCall &call)
{
    QStringList pieces;
    const int count = qMax(1, call.pieces);
    const qsizetype size = (call.arguments.size() + count - 1) / count;
    for (qsizetype at = 0; at < call.arguments.size(); at += qMax<qsizetype>(1, size)) {
        pieces.append(call.arguments.mid(at, qMax<qsizetype>(1, size)));
    }
    return pieces;
}

//! The id a protocol gives the \a n-th call when the script names none.
QByteArray callId(const FakeToolCall &call, const char *prefix, qsizetype n)
{
    return call.id.isEmpty() ? prefix + "FaKe"_ba + QByteArray::number(n) : call.id.toUtf8();
}

//! The finish reason: the script's, else the protocol's for tool calls when there are
//! calls, else its normal one.
QString finishFor(const Script &s, const QString &normal, const QString &tools)
{
    return !s.finishReason.isEmpty() ? s.finishReason : (s.toolCalls.isEmpty() ? normal : tools);
}

// --- OpenAI Chat Completions and its relatives ------------------------------------------

QList<Segment> openAiChat(Protocol protocol, const Script &s, const QString &model, const QJsonObject &request)
{
    const QByteArray m = jsonString(model);
    const bool azure = protocol == Protocol::Azure;
    const bool mistral = protocol == Protocol::Mistral;
    const bool openRouter = protocol == Protocol::OpenRouter;
    const bool includeUsage = request.value("stream_options"_L1).toObject().value("include_usage"_L1).toBool();
    const QByteArray id = openRouter ? "gen-1727346168-fake"_ba : "chatcmpl-AFakE0123456789"_ba;
    const QByteArray filter = azure
        ? R"(,"content_filter_results":{"hate":{"filtered":false,"severity":"safe"},"self_harm":{"filtered":false,"severity":"safe"},"sexual":{"filtered":false,"severity":"safe"},"violence":{"filtered":false,"severity":"safe"}})"_ba
        : QByteArray();
    // Lambdas that concatenate return QByteArray explicitly: with QStringBuilder an auto return
    // type would be a builder that refers to destroyed locals.
    const auto chunk = [&](const QByteArray &delta, const QByteArray &finish, const QByteArray &usage) -> QByteArray {
        if (azure) { // Azure: keys in alphabetical order
            return sse(R"({"choices":[{)" + filter.sliced(1) + R"(,"delta":)" + delta + R"(,"finish_reason":)" + finish
                + R"(,"index":0,"logprobs":null}],"created":1727346168,"id":")" + id + R"(","model":)" + m
                + R"(,"object":"chat.completion.chunk","system_fingerprint":"fp_fake")" + usage + "}");
        }
        return sse(R"({"id":")" + id + R"(","object":"chat.completion.chunk","created":1727346168,"model":)" + m
            + R"(,"choices":[{"index":0,"delta":)" + delta + R"(,"logprobs":null,"finish_reason":)" + finish + "}]"
            + usage + "}");
    };
    const QByteArray nullUsage = includeUsage && !azure ? R"(,"usage":null)"_ba : QByteArray();
    const QByteArray usageObject = R"({"prompt_tokens":)" + num(s.usage.input) + R"(,"completion_tokens":)"
        + num(outputTokens(s)) + R"(,"total_tokens":)" + num(s.usage.input + outputTokens(s))
        + (s.usage.cost && openRouter
                ? R"(,"cost":)" + QByteArray::number(*s.usage.cost, 'g', 12) + R"(,"is_byok":false)"
                : QByteArray())
        + R"(,"prompt_tokens_details":{"cached_tokens":)" + num(s.usage.cached)
        + R"(,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":)" + num(s.usage.reasoning)
        + R"(,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}})";

    QList<Segment> out;
    for (int i = 0; i < s.keepAliveComments; ++i) {
        out.append({Segment::Kind::Preamble, ": OPENROUTER PROCESSING\n\n"_ba});
    }
    if (azure) {
        out.append({Segment::Kind::Preamble,
            sse(R"({"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":[{"prompt_index":0,"content_filter_results":{"hate":{"filtered":false,"severity":"safe"},"jailbreak":{"filtered":false,"detected":false},"self_harm":{"filtered":false,"severity":"safe"},"sexual":{"filtered":false,"severity":"safe"},"violence":{"filtered":false,"severity":"safe"}}}]})"_ba)});
    }
    out.append({Segment::Kind::Preamble,
        chunk(R"({"role":"assistant","content":"","refusal":null})"_ba, "null"_ba, nullUsage)});
    const QByteArray reasoningKey = openRouter ? "reasoning"_ba : "reasoning_content"_ba;
    for (const QString &piece : s.reasoning) {
        out.append({Segment::Kind::Reasoning,
            chunk("{\"" + reasoningKey + "\":" + jsonString(piece) + "}", "null"_ba, nullUsage)});
    }
    for (const QString &piece : s.deltas) {
        out.append({Segment::Kind::Text, chunk(R"({"content":)" + jsonString(piece) + "}", "null"_ba, nullUsage)});
    }
    for (qsizetype n = 0; n < s.toolCalls.size(); ++n) {
        // The call's head with empty arguments, then the arguments in pieces, by index.
        const FakeToolCall &call = s.toolCalls.at(n);
        const QByteArray index = R"({"tool_calls":[{"index":)" + num(n);
        out.append({Segment::Kind::Tool,
            chunk(index + R"(,"id":")" + callId(call, "call_", n) + R"(","type":"function","function":{"name":)"
                    + jsonString(call.name) + R"(,"arguments":""}}]})",
                "null"_ba,
                nullUsage)});
        for (const QString &piece : argumentPieces(call)) {
            out.append({Segment::Kind::Tool,
                chunk(index + R"(,"function":{"arguments":)" + jsonString(piece) + "}}]}", "null"_ba, nullUsage)});
        }
    }
    const QByteArray finish = jsonString(finishFor(s, u"stop"_s, u"tool_calls"_s));
    if (mistral) {
        // Mistral: the finish chunk carries the usage, always.
        out.append({Segment::Kind::Tail,
            chunk(R"({"content":""})"_ba,
                finish,
                R"(,"usage":{"prompt_tokens":)" + num(s.usage.input) + R"(,"total_tokens":)"
                    + num(s.usage.input + outputTokens(s)) + R"(,"completion_tokens":)" + num(outputTokens(s)) + "}")});
    } else {
        out.append({Segment::Kind::Tail, chunk("{}"_ba, finish, nullUsage)});
        if (includeUsage || openRouter) {
            if (azure) {
                out.append({Segment::Kind::Tail,
                    sse(R"({"choices":[],"created":1727346168,"id":")" + id + R"(","model":)" + m
                        + R"(,"object":"chat.completion.chunk","system_fingerprint":"fp_fake","usage":)" + usageObject
                        + "}")});
            } else {
                out.append({Segment::Kind::Tail,
                    sse(R"({"id":")" + id + R"(","object":"chat.completion.chunk","created":1727346168,"model":)" + m
                        + R"(,"choices":[],"usage":)" + usageObject + "}")});
            }
        }
    }
    out.append({Segment::Kind::Tail, "data: [DONE]\n\n"_ba});
    return out;
}

// --- OpenAI Responses ---------------------------------------------------------------------

QList<Segment> openAiResponses(const Script &s, const QString &model)
{
    int sequence = 0;
    const QByteArray m = jsonString(model);
    const auto event = [&](const QByteArray &type, const QByteArray &fields) -> QByteArray {
        return namedSse(type, R"({"type":")" + type + "\"" + fields + R"(,"sequence_number":)" + num(sequence++) + "}");
    };
    const QByteArray responseHead = R"({"id":"resp_fake","object":"response","created_at":1727346168,"status":")";
    QList<Segment> out;
    out.append({Segment::Kind::Preamble,
        event("response.created",
            R"(,"response":)" + responseHead + R"(in_progress","model":)" + m + R"(,"output":[],"usage":null})")});
    out.append({Segment::Kind::Preamble,
        event("response.in_progress",
            R"(,"response":)" + responseHead + R"(in_progress","model":)" + m + R"(,"output":[],"usage":null})")});
    int outputIndex = 0;
    QString fullText;
    if (!s.reasoning.isEmpty()) {
        out.append({Segment::Kind::Preamble,
            event("response.output_item.added",
                R"(,"output_index":0,"item":{"id":"rs_fake","type":"reasoning","summary":[]})")});
        for (const QString &piece : s.reasoning) {
            out.append({Segment::Kind::Reasoning,
                event("response.reasoning_summary_text.delta",
                    R"(,"item_id":"rs_fake","output_index":0,"summary_index":0,"delta":)" + jsonString(piece)
                        + R"(,"obfuscation":"x1")")});
        }
        out.append({Segment::Kind::Preamble,
            event("response.output_item.done",
                R"(,"output_index":0,"item":{"id":"rs_fake","type":"reasoning","summary":[]})")});
        outputIndex = 1;
    }
    const QByteArray oi = num(outputIndex);
    out.append({Segment::Kind::Preamble,
        event("response.output_item.added",
            R"(,"output_index":)" + oi
                + R"(,"item":{"id":"msg_fake","type":"message","status":"in_progress","content":[],"role":"assistant"})")});
    out.append({Segment::Kind::Preamble,
        event("response.content_part.added",
            R"(,"item_id":"msg_fake","output_index":)" + oi
                + R"(,"content_index":0,"part":{"type":"output_text","annotations":[],"text":""})")});
    for (const QString &piece : s.deltas) {
        fullText += piece;
        out.append({Segment::Kind::Text,
            event("response.output_text.delta",
                R"(,"item_id":"msg_fake","output_index":)" + oi + R"(,"content_index":0,"delta":)" + jsonString(piece)
                    + R"(,"logprobs":[],"obfuscation":"aB3")")});
    }
    out.append({Segment::Kind::Tail,
        event("response.output_text.done",
            R"(,"item_id":"msg_fake","output_index":)" + oi + R"(,"content_index":0,"text":)" + jsonString(fullText)
                + R"(,"logprobs":[])")});
    for (qsizetype n = 0; n < s.toolCalls.size(); ++n) {
        // Each call an output item of its own: added, its arguments in pieces, done.
        const FakeToolCall &call = s.toolCalls.at(n);
        const QByteArray index = num(outputIndex + 1 + n);
        const QByteArray itemId = "fc_FaKe" + num(n);
        const QByteArray head = R"({"id":")" + itemId + R"(","type":"function_call","status":")";
        const QByteArray tail
            = R"(,"call_id":")" + callId(call, "call_", n) + R"(","name":)" + jsonString(call.name) + "}";
        out.append({Segment::Kind::Tool,
            event("response.output_item.added",
                R"(,"output_index":)" + index + R"(,"item":)" + head + R"(in_progress","arguments":"")" + tail)});
        for (const QString &piece : argumentPieces(call)) {
            out.append({Segment::Kind::Tool,
                event("response.function_call_arguments.delta",
                    R"(,"item_id":")" + itemId + R"(","output_index":)" + index + R"(,"delta":)" + jsonString(piece)
                        + R"(,"obfuscation":"Zx")")});
        }
        out.append({Segment::Kind::Tool,
            event("response.function_call_arguments.done",
                R"(,"item_id":")" + itemId + R"(","output_index":)" + index + R"(,"arguments":)"
                    + jsonString(call.arguments))});
        out.append({Segment::Kind::Tool,
            event("response.output_item.done",
                R"(,"output_index":)" + index + R"(,"item":)" + head + R"(completed","arguments":)"
                    + jsonString(call.arguments) + tail)});
    }
    const QByteArray usage = R"({"input_tokens":)" + num(s.usage.input) + R"(,"input_tokens_details":{"cached_tokens":)"
        + num(s.usage.cached) + R"(},"output_tokens":)" + num(outputTokens(s))
        + R"(,"output_tokens_details":{"reasoning_tokens":)" + num(s.usage.reasoning) + R"(},"total_tokens":)"
        + num(s.usage.input + outputTokens(s)) + "}";
    if (s.finishReason == "max_output_tokens"_L1 || s.finishReason == "content_filter"_L1) {
        out.append({Segment::Kind::Tail,
            event("response.incomplete",
                R"(,"response":)" + responseHead + R"(incomplete","incomplete_details":{"reason":)"
                    + jsonString(s.finishReason) + R"(},"model":)" + m + R"(,"usage":)" + usage + "}")});
    } else {
        out.append({Segment::Kind::Tail,
            event("response.completed",
                R"(,"response":)" + responseHead + R"(completed","model":)" + m + R"(,"usage":)" + usage + "}")});
    }
    return out;
}

// --- Anthropic Messages ---------------------------------------------------------------------

QList<Segment> anthropic(const Script &s, const QString &model)
{
    QList<Segment> out;
    out.append({Segment::Kind::Preamble,
        namedSse("message_start",
            R"({"type":"message_start","message":{"id":"msg_01FakE","type":"message","role":"assistant","content":[],"model":)"
                + jsonString(model) + R"(,"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":)"
                + num(s.usage.input - s.usage.cached) + R"(,"cache_creation_input_tokens":0,"cache_read_input_tokens":)"
                + num(s.usage.cached) + R"(,"output_tokens":1,"service_tier":"standard"}}})")});
    int index = 0;
    if (!s.reasoning.isEmpty()) {
        out.append({Segment::Kind::Preamble,
            namedSse("content_block_start",
                R"({"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}})")});
        for (const QString &piece : s.reasoning) {
            out.append({Segment::Kind::Reasoning,
                namedSse("content_block_delta",
                    R"({"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":)"
                        + jsonString(piece) + "}}")});
        }
        out.append({Segment::Kind::Preamble,
            namedSse("content_block_delta",
                R"({"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds"}})")});
        out.append(
            {Segment::Kind::Preamble, namedSse("content_block_stop", R"({"type":"content_block_stop","index":0})")});
        index = 1;
    }
    const QByteArray i = num(index);
    out.append({Segment::Kind::Preamble,
        namedSse("content_block_start",
            R"({"type":"content_block_start","index":)" + i + R"(,"content_block":{"type":"text","text":""}})")});
    out.append({Segment::Kind::Preamble, namedSse("ping", R"({"type": "ping"})")});
    for (const QString &piece : s.deltas) {
        // Real streams pad the JSON with whitespace now and then.
        out.append({Segment::Kind::Text,
            namedSse("content_block_delta",
                R"({"type":"content_block_delta","index":)" + i + R"(,"delta":{"type":"text_delta","text":)"
                    + jsonString(piece) + "}       }")});
    }
    out.append(
        {Segment::Kind::Tail, namedSse("content_block_stop", R"({"type":"content_block_stop","index":)" + i + "}")});
    for (qsizetype n = 0; n < s.toolCalls.size(); ++n) {
        // A tool_use block: its head with an empty input, then input_json_delta pieces (the
        // first one empty, as Anthropic sends it).
        const FakeToolCall &call = s.toolCalls.at(n);
        const QByteArray b = num(index + 1 + n);
        out.append({Segment::Kind::Tool,
            namedSse("content_block_start",
                R"({"type":"content_block_start","index":)" + b + R"(,"content_block":{"type":"tool_use","id":")"
                    + callId(call, "toolu_01", n) + R"(","name":)" + jsonString(call.name) + R"(,"input":{}}})")});
        for (const QString &piece : QStringList {QString()} + argumentPieces(call)) {
            out.append({Segment::Kind::Tool,
                namedSse("content_block_delta",
                    R"({"type":"content_block_delta","index":)" + b
                        + R"(,"delta":{"type":"input_json_delta","partial_json":)" + jsonString(piece) + "}}")});
        }
        out.append({Segment::Kind::Tool,
            namedSse("content_block_stop", R"({"type":"content_block_stop","index":)" + b + "}")});
    }
    out.append({Segment::Kind::Tail,
        namedSse("message_delta",
            R"({"type":"message_delta","delta":{"stop_reason":)"
                + jsonString(finishFor(s, u"end_turn"_s, u"tool_use"_s))
                + R"(,"stop_sequence":null},"usage":{"output_tokens":)" + num(outputTokens(s)) + "}}")});
    out.append({Segment::Kind::Tail, namedSse("message_stop", R"({"type":"message_stop"})")});
    return out;
}

// --- Gemini ------------------------------------------------------------------------------------

QList<Segment> gemini(const Script &s, const QString &model)
{
    // Single-line JSON with ": " after keys, CRLF line ends, no terminator.
    QList<Segment> out;
    const qint64 thoughts = s.usage.reasoning > 0 ? s.usage.reasoning : s.reasoning.size();
    int produced = 0;
    const auto usage = [&](bool last) -> QByteArray {
        QByteArray u = R"("usageMetadata": {"promptTokenCount": )" + num(s.usage.input);
        if (last) {
            const qint64 candidates = s.usage.output > 0 ? s.usage.output - thoughts : s.deltas.size();
            u += R"(,"candidatesTokenCount": )" + num(candidates) + R"(,"totalTokenCount": )"
                + num(s.usage.input + candidates + thoughts);
        } else {
            u += R"(,"totalTokenCount": )" + num(s.usage.input + produced);
        }
        if (s.usage.cached > 0) {
            u += R"(,"cachedContentTokenCount": )" + num(s.usage.cached);
        }
        u += R"(,"promptTokensDetails": [{"modality": "TEXT","tokenCount": )" + num(s.usage.input) + "}]";
        if (thoughts > 0) {
            u += R"(,"thoughtsTokenCount": )" + num(thoughts);
        }
        return u + "}";
    };
    const auto event = [&](const QByteArray &parts, const QByteArray &finish, bool last) -> QByteArray {
        return "data: {\"candidates\": [{\"content\": {\"parts\": [" + parts + "],\"role\": \"model\"}" + finish
            + ",\"index\": 0}]," + usage(last) + ",\"modelVersion\": " + jsonString(model)
            + ",\"responseId\": \"Fv3xaPjKFakE\"}\r\n\r\n";
    };
    for (const QString &piece : s.reasoning) {
        ++produced;
        out.append({Segment::Kind::Reasoning,
            event("{\"text\": " + jsonString(piece) + ",\"thought\": true}", QByteArray(), false)});
    }
    const bool calls = !s.toolCalls.isEmpty();
    for (qsizetype k = 0; k < s.deltas.size(); ++k) {
        ++produced;
        const bool last = k == s.deltas.size() - 1 && !calls;
        const QByteArray finish = last
            ? ",\"finishReason\": " + jsonString(s.finishReason.isEmpty() ? u"STOP"_s : s.finishReason)
            : QByteArray();
        out.append({last ? Segment::Kind::Text : Segment::Kind::Text,
            event("{\"text\": " + jsonString(s.deltas.at(k)) + "}", finish, last)});
    }
    if (calls) {
        // Each call whole in a part of its own, with its signature; the finish is STOP.
        QByteArray parts;
        for (const FakeToolCall &call : s.toolCalls) {
            const QJsonObject args = QJsonDocument::fromJson(call.arguments.toUtf8()).object();
            parts += (parts.isEmpty() ? "" : ",") + "{\"functionCall\": {\"name\": "_ba + jsonString(call.name)
                + ",\"args\": " + QJsonDocument(args).toJson(QJsonDocument::Compact)
                + (call.id.isEmpty() ? QByteArray() : ",\"id\": " + jsonString(call.id)) + "}"
                + (call.signature.isEmpty() ? QByteArray() : ",\"thoughtSignature\": " + jsonString(call.signature))
                + "}";
        }
        ++produced;
        out.append({Segment::Kind::Tool,
            event(parts,
                ",\"finishReason\": " + jsonString(s.finishReason.isEmpty() ? u"STOP"_s : s.finishReason),
                true)});
    } else if (s.deltas.isEmpty()) {
        out.append({Segment::Kind::Tail,
            event("{\"text\": \"\"}",
                ",\"finishReason\": " + jsonString(s.finishReason.isEmpty() ? u"STOP"_s : s.finishReason),
                true)});
    }
    return out;
}

// --- Ollama ------------------------------------------------------------------------------------

QList<Segment> ollama(const Script &s, const QString &model)
{
    QList<Segment> out;
    const QByteArray m = jsonString(model);
    const QByteArray created = R"(","created_at":"2025-10-26T17:15:24.097767Z",)"_ba;
    for (const QString &piece : s.reasoning) {
        out.append({Segment::Kind::Reasoning,
            R"({"model":)" + m + created.sliced(1) + R"("message":{"role":"assistant","content":"","thinking":)"
                + jsonString(piece) + R"(},"done":false})" + "\n"});
    }
    for (const QString &piece : s.deltas) {
        out.append({Segment::Kind::Text,
            R"({"model":)" + m + created.sliced(1) + R"("message":{"role":"assistant","content":)" + jsonString(piece)
                + R"(},"done":false})" + "\n"});
    }
    if (!s.toolCalls.isEmpty()) {
        // Ollama sends the calls whole in one chunk, the arguments an object, no id.
        QByteArray calls;
        for (const FakeToolCall &call : s.toolCalls) {
            const QJsonObject args = QJsonDocument::fromJson(call.arguments.toUtf8()).object();
            calls += (calls.isEmpty() ? "" : ",") + R"({"function":{"name":)"_ba + jsonString(call.name)
                + R"(,"arguments":)" + QJsonDocument(args).toJson(QJsonDocument::Compact) + "}}";
        }
        out.append({Segment::Kind::Tool,
            R"({"model":)" + m + created.sliced(1) + R"("message":{"role":"assistant","content":"","tool_calls":[)"
                + calls + R"(]},"done":false})" + "\n"});
    }
    out.append({Segment::Kind::Tail,
        R"({"model":)" + m + created.sliced(1) + R"("message":{"role":"assistant","content":""},"done_reason":)"
            + jsonString(s.finishReason.isEmpty() ? u"stop"_s : s.finishReason)
            + R"(,"done":true,"total_duration":4883583458,"load_duration":1334875,"prompt_eval_count":)"
            + num(s.usage.input) + R"(,"prompt_eval_duration":342546000,"eval_count":)" + num(outputTokens(s))
            + R"(,"eval_duration":4535599000})" + "\n"});
    return out;
}

// --- AWS Bedrock ConverseStream ----------------------------------------------------------------

// An event-stream frame as Bedrock writes it: JSON payload with keys in alphabetical order
// and the padding key "p" (a prefix of a-zA-Z0-9 whose length varies).
QByteArray bedrockFrame(const QByteArray &type, const QByteArray &payloadWithoutPadding, int padding)
{
    static const QByteArray alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const QByteArray p = "\"p\":\"" + alphabet.first(1 + padding % (alphabet.size() - 1)) + '"';
    // Insert "p" where alphabetical order puts it: before the first key that sorts after it.
    QJsonObject object = QJsonDocument::fromJson(payloadWithoutPadding).object();
    QByteArray json = "{";
    bool placed = false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!placed && it.key() > "p"_L1) {
            json += p + ',';
            placed = true;
        }
        json += jsonString(it.key()) + ':'
            + QJsonDocument(QJsonArray {it.value()}).toJson(QJsonDocument::Compact).sliced(1).chopped(1) + ',';
    }
    if (!placed) {
        json += p + ',';
    }
    json.chop(1);
    json += '}';
    return Quorum::EventStreamDecoder::encodeEvent(type, json);
}

QList<Segment> bedrock(const Script &s, const QString &model)
{
    QList<Segment> out;
    int padding = 7;
    const auto frame = [&padding](const QByteArray &type, const QByteArray &payload) {
        padding = (padding * 7 + 3) % 61;
        return bedrockFrame(type, payload, padding);
    };
    out.append({Segment::Kind::Preamble, frame("messageStart", R"({"role":"assistant"})")});
    int index = 0;
    if (!s.reasoning.isEmpty()) {
        for (const QString &piece : s.reasoning) {
            out.append({Segment::Kind::Reasoning,
                frame("contentBlockDelta",
                    R"({"contentBlockIndex":0,"delta":{"reasoningContent":{"text":)" + jsonString(piece) + "}}}")});
        }
        out.append({Segment::Kind::Preamble,
            frame("contentBlockDelta",
                R"({"contentBlockIndex":0,"delta":{"reasoningContent":{"signature":"EqQBCgIYAhIM1gbcDa9GJwZA2b3h"}}})")});
        out.append({Segment::Kind::Preamble, frame("contentBlockStop", R"({"contentBlockIndex":0})")});
        index = 1;
    }
    const QByteArray i = num(index);
    for (const QString &piece : s.deltas) {
        out.append({Segment::Kind::Text,
            frame("contentBlockDelta",
                R"({"contentBlockIndex":)" + i + R"(,"delta":{"text":)" + jsonString(piece) + "}}")});
    }
    out.append({Segment::Kind::Tail, frame("contentBlockStop", R"({"contentBlockIndex":)" + i + "}")});
    for (qsizetype n = 0; n < s.toolCalls.size(); ++n) {
        const FakeToolCall &call = s.toolCalls.at(n);
        const QByteArray b = num(index + 1 + n);
        out.append({Segment::Kind::Tool,
            frame("contentBlockStart",
                R"({"contentBlockIndex":)" + b + R"(,"start":{"toolUse":{"name":)" + jsonString(call.name)
                    + R"(,"toolUseId":")" + callId(call, "tooluse_", n) + R"("}}})")});
        for (const QString &piece : argumentPieces(call)) {
            out.append({Segment::Kind::Tool,
                frame("contentBlockDelta",
                    R"({"contentBlockIndex":)" + b + R"(,"delta":{"toolUse":{"input":)" + jsonString(piece) + "}}}")});
        }
        out.append({Segment::Kind::Tool, frame("contentBlockStop", R"({"contentBlockIndex":)" + b + "}")});
    }
    out.append({Segment::Kind::Tail,
        frame("messageStop", R"({"stopReason":)" + jsonString(finishFor(s, u"end_turn"_s, u"tool_use"_s)) + "}")});
    const qint64 output = outputTokens(s);
    const qint64 input = s.usage.input - s.usage.cached;
    QByteArray metadata = R"({"metrics":{"latencyMs":)" + num(180 + 20 * s.deltas.size()) + "}";
    // A prompt router says in the trace which of its models answered.
    if (model.contains(":default-prompt-router/"_L1) || model.contains(":prompt-router/"_L1)) {
        const QString invoked = s.model.isEmpty()
            ? u"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0"_s
            : s.model;
        metadata += R"(,"trace":{"promptRouter":{"invokedModelId":)" + jsonString(invoked) + "}}";
    }
    metadata += R"(,"usage":{)"
        + (s.usage.cached > 0 ? R"("cacheReadInputTokens":)" + num(s.usage.cached) + ',' : QByteArray())
        + R"("inputTokens":)" + num(input) + R"(,"outputTokens":)" + num(output) + R"(,"totalTokens":)"
        + num(s.usage.input + output) + "}}";
    out.append({Segment::Kind::Tail, frame("metadata", metadata)});
    return out;
}

} // namespace

QList<Segment> stream(Protocol protocol, const Script &script, const QString &model, const QJsonObject &request)
{
    switch (protocol) {
    case Protocol::OpenAiChat:
    case Protocol::Azure:
    case Protocol::Mistral:
    case Protocol::OpenRouter:
        return openAiChat(protocol, script, model, request);
    case Protocol::OpenAiResponses:
        return openAiResponses(script, model);
    case Protocol::Anthropic:
        return anthropic(script, model);
    case Protocol::Gemini:
        return gemini(script, model);
    case Protocol::Ollama:
        return ollama(script, model);
    case Protocol::Bedrock:
        return bedrock(script, model);
    }
    return {};
}

QByteArray midStreamError(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAiChat:
    case Protocol::Azure:
    case Protocol::Mistral:
        return sse(
            R"({"error": {"message": "The server had an error while processing your request. Sorry about that!", "type": "server_error"}})"_ba);
    case Protocol::OpenRouter:
        return sse(
            R"({"id":"gen-fake","object":"chat.completion.chunk","created":1727346168,"model":"fake","error":{"code":502,"message":"Provider returned error","metadata":{"provider_name":"Fake"}},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error"}]})"_ba);
    case Protocol::OpenAiResponses:
        return namedSse("response.failed",
            R"({"type":"response.failed","response":{"id":"resp_fake","status":"failed","error":{"code":"server_error","message":"The model failed to generate a response."}},"sequence_number":99})"_ba);
    case Protocol::Anthropic:
        return namedSse("error", R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"_ba);
    case Protocol::Gemini:
        // Outside the SSE framing, pretty-printed, as google-genai has seen it.
        return "{\r\n  \"error\": {\r\n    \"code\": 503,\r\n    \"message\": \"The model is overloaded. Please try again later.\",\r\n    \"status\": \"UNAVAILABLE\"\r\n  }\r\n}\r\n"_ba;
    case Protocol::Ollama:
        return R"({"error":"an error was encountered while running the model"})"_ba + "\n";
    case Protocol::Bedrock:
        return Quorum::EventStreamDecoder::encodeException("modelStreamErrorException",
            R"({"message":"Model stream error: the model failed to produce a response.","originalMessage":"Internal error","originalStatusCode":500})"_ba);
    }
    return {};
}

QByteArray errorBody(Protocol protocol, int status, const QString &model)
{
    const QByteArray m = jsonString(model);
    switch (protocol) {
    case Protocol::Anthropic: {
        QByteArray type = "api_error";
        QByteArray message = "Internal server error";
        if (status == 401) {
            type = "authentication_error", message = "invalid x-api-key";
        } else if (status == 404) {
            type = "not_found_error", message = "model: " + model.toUtf8();
        } else if (status == 429) {
            type = "rate_limit_error",
            message = "This request would exceed your account's rate limit. Please try again later.";
        } else if (status == 529) {
            type = "overloaded_error", message = "Overloaded";
        } else if (status == 400) {
            type = "invalid_request_error", message = "messages: at least one message is required";
        }
        return R"({"type":"error","error":{"type":")" + type + R"(","message":)"
            + jsonString(QString::fromUtf8(message)) + R"(},"request_id":"req_011CFakE"})";
    }
    case Protocol::Gemini: {
        if (status == 400) {
            return "{\n  \"error\": {\n    \"code\": 400,\n    \"message\": \"API key not valid. Please pass a valid API key.\",\n    \"status\": \"INVALID_ARGUMENT\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\",\n        \"reason\": \"API_KEY_INVALID\",\n        \"domain\": \"googleapis.com\"\n      }\n    ]\n  }\n}\n"_ba;
        }
        if (status == 429) {
            return "{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"You exceeded your current quota, please check your plan and billing details.\",\n    \"status\": \"RESOURCE_EXHAUSTED\",\n    \"details\": [\n      {\n        \"@type\": \"type.googleapis.com/google.rpc.RetryInfo\",\n        \"retryDelay\": \"1s\"\n      }\n    ]\n  }\n}\n"_ba;
        }
        const QByteArray s = status == 404 ? "NOT_FOUND"_ba : status == 403 ? "PERMISSION_DENIED"_ba : "INTERNAL"_ba;
        const QByteArray message = status == 404
            ? QByteArray("models/" + model.toUtf8() + " is not found for API version v1beta")
            : "An internal error has occurred."_ba;
        return "{\n  \"error\": {\n    \"code\": " + num(status) + ",\n    \"message\": "
            + jsonString(QString::fromUtf8(message)) + ",\n    \"status\": \"" + s + "\"\n  }\n}\n";
    }
    case Protocol::Ollama:
        if (status == 404) {
            return R"({"error":"model )" + m.sliced(1, m.size() - 2) + R"( not found"})";
        }
        return R"({"error":"unexpected server error"})"_ba;
    case Protocol::Azure:
        if (status == 401) {
            return R"({"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}})"_ba;
        }
        if (status == 404) {
            return R"({"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}})"_ba;
        }
        return R"({"error":{"code":")" + num(status)
            + R"(","message":"Requests to the ChatCompletions_Create Operation have exceeded the limit. Please retry after 1 second."}})";
    case Protocol::Mistral:
        if (status == 401) {
            return R"({"message":"Unauthorized","request_id":"fake"})"_ba;
        }
        if (status == 422) {
            return R"({"detail":[{"type":"extra_forbidden","loc":["body","stream_options"],"msg":"Extra inputs are not permitted","input":{"include_usage":true}}]})"_ba;
        }
        return R"({"object":"error","message":"Service unavailable","type":"internal_server_error","param":null,"code":")"
            + num(status) + "\"}";
    case Protocol::OpenRouter:
        return R"({"error":{"code":)" + num(status) + R"(,"message":)"
            + (status == 401        ? "\"No auth credentials found\""_ba
                    : status == 402 ? "\"Insufficient credits\""_ba
                                    : "\"Provider returned error\""_ba)
            + "}}";
    case Protocol::Bedrock: {
        QByteArray message = "Internal server error";
        switch (status) {
        case 400:
            message = "Malformed input request, please reformat your input and try again.";
            break;
        case 403:
            message = "You don't have access to the model with the specified model ID.";
            break;
        case 404:
            message = "The provided model identifier is invalid.";
            break;
        case 429:
            message = "Too many requests, please wait before trying again.";
            break;
        case 503:
            message = "Bedrock is unable to process your request.";
            break;
        default:
            break;
        }
        return R"({"message":)" + jsonString(QString::fromUtf8(message)) + "}";
    }
    case Protocol::OpenAiChat:
    case Protocol::OpenAiResponses:
        break;
    }
    QByteArray type = "server_error";
    QByteArray code = "null";
    QByteArray message = "The server had an error while processing your request. Sorry about that!";
    if (status == 401) {
        type = "invalid_request_error", code = "\"invalid_api_key\"",
        message = "Incorrect API key provided: sk-fake***. You can find your API key at "
                  "https://platform.openai.com/account/api-keys.";
    } else if (status == 404) {
        type = "invalid_request_error", code = "\"model_not_found\"",
        message = "The model `" + model.toUtf8() + "` does not exist or you do not have access to it.";
    } else if (status == 429) {
        type = "tokens", code = "\"rate_limit_exceeded\"",
        message = "Rate limit reached for " + model.toUtf8()
            + " in organization org-fake on tokens per min (TPM): Limit 30000, Used 29000, Requested 2000. Please try "
              "again in 1s.";
    } else if (status == 400) {
        type = "invalid_request_error", code = "\"unsupported_parameter\"", message = "Unsupported parameter.";
    }
    return "{\n    \"error\": {\n        \"message\": " + jsonString(QString::fromUtf8(message))
        + ",\n        \"type\": \"" + type + "\",\n        \"param\": null,\n        \"code\": " + code
        + "\n    }\n}\n";
}

QByteArray bedrockErrorCode(int status)
{
    switch (status) {
    case 400:
        return "ValidationException";
    case 403:
        return "AccessDeniedException";
    case 404:
        return "ResourceNotFoundException";
    case 408:
        return "ModelTimeoutException";
    case 424:
        return "ModelErrorException";
    case 429:
        return "ThrottlingException";
    case 503:
        return "ServiceUnavailableException";
    default:
        return "InternalServerException";
    }
}

QList<QPair<QByteArray, QByteArray>> errorHeaders(Protocol protocol, int status)
{
    if (protocol != Protocol::Bedrock) {
        return {};
    }
    return {{"x-amzn-RequestId", "7a3c1c51-5b0e-4d4e-9a33-fakefakefake"},
        {"x-amzn-ErrorType", bedrockErrorCode(status) + ":http://internal.amazon.com/coral/com.amazon.bedrock/"}};
}

QByteArray streamContentType(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Bedrock:
        return "application/vnd.amazon.eventstream"_ba;
    case Protocol::Ollama:
        return "application/x-ndjson"_ba;
    case Protocol::Gemini:
        return "text/event-stream"_ba;
    case Protocol::Anthropic:
    case Protocol::OpenRouter:
    case Protocol::Mistral:
        return "text/event-stream; charset=utf-8"_ba;
    default:
        return "text/event-stream"_ba;
    }
}

QByteArray modelsBody(Protocol protocol, const QStringList &models, const QHash<QString, QString> &reads)
{
    QByteArray items;
    for (const QString &model : models) {
        if (!items.isEmpty()) {
            items += ',';
        }
        const QByteArray m = jsonString(model);
        switch (protocol) {
        case Protocol::Anthropic:
            items += R"({"type":"model","id":)" + m + R"(,"display_name":)" + m
                + R"(,"created_at":"2025-09-29T00:00:00Z")";
            if (reads.contains(model)) {
                const auto supported = [&](const char *what) {
                    return reads.value(model).contains(QLatin1StringView(what)) ? "true" : "false";
                };
                items
                    += R"(,"capabilities":{"batch":{"supported":true},"citations":{"supported":true},"image_input":{"supported":)"_ba
                    + supported("image") + R"(},"pdf_input":{"supported":)" + supported("pdf") + "}}";
            }
            items += '}';
            break;
        case Protocol::OpenRouter:
            items += R"({"id":)" + m + R"(,"canonical_slug":)" + m + R"(,"name":)" + m + R"(,"context_length":131072)";
            if (reads.contains(model)) {
                QByteArray modalities = R"("text")";
                if (reads.value(model).contains("image"_L1)) {
                    modalities += R"(,"image")";
                }
                if (reads.value(model).contains("pdf"_L1)) {
                    modalities += R"(,"file")";
                }
                items += R"(,"architecture":{"modality":"text->text","input_modalities":[)" + modalities
                    + R"(],"output_modalities":["text"],"tokenizer":"Other"})";
            }
            items += '}';
            break;
        case Protocol::Gemini:
            items += R"({"name":"models/)" + m.sliced(1, m.size() - 2) + R"(","version":"001","displayName":)" + m
                + R"(,"inputTokenLimit":1048576,"outputTokenLimit":65536,"supportedGenerationMethods":["generateContent","countTokens"]})";
            break;
        case Protocol::Ollama:
            items += R"({"name":)" + m + R"(,"model":)" + m
                + R"(,"modified_at":"2025-10-01T10:00:00Z","size":2019393189,"digest":"fake","details":{"format":"gguf","family":"llama","parameter_size":"3.2B","quantization_level":"Q4_K_M"}})";
            break;
        default:
            items += R"({"id":)" + m + R"(,"object":"model","created":1686935002,"owned_by":"fake"})";
            break;
        }
    }
    switch (protocol) {
    case Protocol::Anthropic:
        return R"({"data":[)" + items + R"(],"has_more":false,"first_id":null,"last_id":null})";
    case Protocol::Gemini:
        // An extra embedding model the client must leave out.
        return R"({"models":[)" + items + (items.isEmpty() ? "" : ",")
            + R"({"name":"models/text-embedding-004","supportedGenerationMethods":["embedContent"]}]})";
    case Protocol::Ollama:
        return R"({"models":[)" + items + "]}";
    default:
        return R"({"object":"list","data":[)" + items + "]}";
    }
}

QByteArray invalidRequestBody(Protocol protocol, const QString &message)
{
    const QByteArray m = jsonString(message);
    switch (protocol) {
    case Protocol::Anthropic:
        return R"({"type":"error","error":{"type":"invalid_request_error","message":)" + m
            + R"(},"request_id":"req_011CFakE"})";
    case Protocol::Gemini:
        return "{\n  \"error\": {\n    \"code\": 400,\n    \"message\": " + m
            + ",\n    \"status\": \"INVALID_ARGUMENT\"\n  }\n}\n";
    case Protocol::Ollama:
        return R"({"error":)" + m + "}";
    case Protocol::Bedrock:
        return R"({"message":)" + m + "}";
    case Protocol::Mistral:
        return R"({"object":"error","message":)" + m
            + R"(,"type":"invalid_request_message_order","param":null,"code":"3230"})";
    case Protocol::OpenRouter:
        return R"({"error":{"code":400,"message":)" + m + "}}";
    case Protocol::Azure:
    case Protocol::OpenAiChat:
    case Protocol::OpenAiResponses:
        break;
    }
    return R"({"error":{"message":)" + m + R"(,"type":"invalid_request_error","param":"messages","code":null}})";
}

namespace
{
QStringList idsOf(const QJsonArray &array, const std::function<QString(const QJsonObject &)> &id)
{
    QStringList ids;
    for (const QJsonValue &value : array) {
        if (const QString found = id(value.toObject()); !found.isEmpty()) {
            ids.append(found);
        }
    }
    return ids;
}
} // namespace

QString toolPairingProblem(Protocol protocol, const QJsonObject &request)
{
    // What each service answers (400) when an answer's calls and their results do not pair up;
    // the messages are theirs.
    switch (protocol) {
    case Protocol::OpenAiChat:
    case Protocol::Azure:
    case Protocol::Mistral:
    case Protocol::OpenRouter: {
        QStringList open; // calls not yet answered
        for (const QJsonValue &value : request.value("messages"_L1).toArray()) {
            const QJsonObject message = value.toObject();
            const QString role = message.value("role"_L1).toString();
            if (role == "tool"_L1) {
                const QString id = message.value("tool_call_id"_L1).toString();
                if (!open.removeOne(id)) {
                    return u"Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'."_s;
                }
                continue;
            }
            if (!open.isEmpty()) {
                return u"An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: "_s
                    + open.join(u", "_s);
            }
            open = idsOf(message.value("tool_calls"_L1).toArray(),
                [](const QJsonObject &call) { return call.value("id"_L1).toString(); });
        }
        return {};
    }
    case Protocol::OpenAiResponses: {
        QStringList calls;
        for (const QJsonValue &value : request.value("input"_L1).toArray()) {
            const QJsonObject item = value.toObject();
            const QString type = item.value("type"_L1).toString();
            if (type == "function_call"_L1) {
                calls.append(item.value("call_id"_L1).toString());
            } else if (type == "function_call_output"_L1 && !calls.contains(item.value("call_id"_L1).toString())) {
                return u"No tool call found for function call output with call_id "_s
                    + item.value("call_id"_L1).toString() + u'.';
            }
        }
        return {};
    }
    case Protocol::Anthropic:
    case Protocol::Bedrock: {
        const bool bedrock = protocol == Protocol::Bedrock;
        const QJsonArray messages = request.value("messages"_L1).toArray();
        const auto uses = [bedrock](const QJsonObject &block) {
            return bedrock ? block.value("toolUse"_L1).toObject().value("toolUseId"_L1).toString()
                : block.value("type"_L1).toString() == "tool_use"_L1 ? block.value("id"_L1).toString()
                                                                     : QString();
        };
        const auto results = [bedrock](const QJsonObject &block) {
            return bedrock ? block.value("toolResult"_L1).toObject().value("toolUseId"_L1).toString()
                : block.value("type"_L1).toString() == "tool_result"_L1 ? block.value("tool_use_id"_L1).toString()
                                                                        : QString();
        };
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const QStringList called = idsOf(messages.at(i).toObject().value("content"_L1).toArray(), uses);
            const QStringList answered = i + 1 < messages.size()
                ? idsOf(messages.at(i + 1).toObject().value("content"_L1).toArray(), results)
                : QStringList();
            const QStringList previous
                = i > 0 ? idsOf(messages.at(i - 1).toObject().value("content"_L1).toArray(), uses) : QStringList();
            for (const QString &id : idsOf(messages.at(i).toObject().value("content"_L1).toArray(), results)) {
                if (!previous.contains(id)) {
                    return bedrock
                        ? u"The toolUseId %1 in messages.%2 does not match a toolUse block of the previous turn."_s
                              .arg(id)
                              .arg(i)
                        : u"messages.%1.content: unexpected `tool_use_id` found in `tool_result` blocks: %2. Each `tool_result` block must have a corresponding `tool_use` block in the previous message."_s
                              .arg(i)
                              .arg(id);
                }
            }
            if (i + 1 < messages.size()) {
                for (const QString &id : called) {
                    if (!answered.contains(id)) {
                        return bedrock
                            ? u"Expected toolResult blocks at messages.%1.content for the following Ids: %2"_s
                                  .arg(i + 1)
                                  .arg(id)
                            : u"messages.%1: `tool_use` ids were found without `tool_result` blocks immediately after: %2. Each `tool_use` block must have a corresponding `tool_result` block in the next message."_s
                                  .arg(i)
                                  .arg(id);
                    }
                }
            }
        }
        // With thinking on, the last assistant message that called tools starts with its
        // signed thinking block, sent back as it came.
        const bool thinking = bedrock ? request.value("additionalModelRequestFields"_L1)
                                            .toObject()
                                            .value("thinking"_L1)
                                            .toObject()
                                            .value("type"_L1)
                == "enabled"_L1
                                      : request.value("thinking"_L1).toObject().value("type"_L1) == "enabled"_L1;
        for (qsizetype i = messages.size() - 1; thinking && i >= 0; --i) {
            const QJsonObject message = messages.at(i).toObject();
            const QJsonArray content = message.value("content"_L1).toArray();
            if (message.value("role"_L1).toString() != "assistant"_L1 || idsOf(content, uses).isEmpty()) {
                continue;
            }
            const QJsonObject first = content.first().toObject();
            const bool signedThinking = bedrock ? !first.value("reasoningContent"_L1)
                                                       .toObject()
                                                       .value("reasoningText"_L1)
                                                       .toObject()
                                                       .value("signature"_L1)
                                                       .toString()
                                                       .isEmpty()
                                                : (first.value("type"_L1).toString() == "thinking"_L1
                                                      && !first.value("signature"_L1).toString().isEmpty());
            if (!signedThinking) {
                return bedrock
                    ? u"The model returned the following errors: messages.%1.content.0: Expected reasoningContent with a signature when thinking is enabled."_s
                          .arg(i)
                    : u"messages.%1.content.0.type: Expected `thinking` or `redacted_thinking`, but found `%2`. When `thinking` is enabled, a final `assistant` message must start with a thinking block."_s
                          .arg(i)
                          .arg(first.value("type"_L1).toString());
            }
            break;
        }
        if (bedrock && !request.contains("toolConfig"_L1)) {
            for (const QJsonValue &message : messages) {
                if (!idsOf(message.toObject().value("content"_L1).toArray(), uses).isEmpty()) {
                    return u"The toolConfig field must be defined when using toolUse and toolResult content blocks."_s;
                }
            }
        }
        return {};
    }
    case Protocol::Gemini: {
        const QJsonArray contents = request.value("contents"_L1).toArray();
        const auto count = [](const QJsonObject &content, QLatin1StringView key) {
            qsizetype n = 0;
            for (const QJsonValue &part : content.value("parts"_L1).toArray()) {
                n += part.toObject().contains(key) ? 1 : 0;
            }
            return n;
        };
        for (qsizetype i = 1; i < contents.size(); ++i) {
            const qsizetype responses = count(contents.at(i).toObject(), "functionResponse"_L1);
            if (responses > 0 && responses != count(contents.at(i - 1).toObject(), "functionCall"_L1)) {
                return u"Please ensure that the number of function response parts is equal to the number of function call parts of the function call turn."_s;
            }
        }
        return {};
    }
    case Protocol::Ollama:
        return {}; // Ollama takes whatever comes
    }
    return {};
}

QStringList offeredTools(Protocol protocol, const QJsonObject &request)
{
    QStringList names;
    const QJsonArray tools = protocol == Protocol::Bedrock
        ? request.value("toolConfig"_L1).toObject().value("tools"_L1).toArray()
        : request.value("tools"_L1).toArray();
    for (const QJsonValue &value : tools) {
        const QJsonObject tool = value.toObject();
        if (protocol == Protocol::Gemini) {
            for (const QJsonValue &declaration : tool.value("functionDeclarations"_L1).toArray()) {
                names << declaration.toObject().value("name"_L1).toString();
            }
        } else if (protocol == Protocol::Bedrock) {
            names << tool.value("toolSpec"_L1).toObject().value("name"_L1).toString();
        } else if (tool.contains("function"_L1)) {
            names << tool.value("function"_L1).toObject().value("name"_L1).toString();
        } else {
            names << tool.value("name"_L1).toString(); // Anthropic, Responses
        }
    }
    return names;
}

QStringList lastToolResults(Protocol protocol, const QJsonObject &request)
{
    QStringList results;
    switch (protocol) {
    case Protocol::OpenAiResponses: {
        const QJsonArray input = request.value("input"_L1).toArray();
        for (qsizetype i = input.size() - 1; i >= 0; --i) {
            const QJsonObject item = input.at(i).toObject();
            if (item.value("type"_L1).toString() != "function_call_output"_L1) {
                break;
            }
            results.prepend(item.value("output"_L1).toString());
        }
        return results;
    }
    case Protocol::Gemini: {
        const QJsonArray contents = request.value("contents"_L1).toArray();
        for (const QJsonValue &part : contents.last().toObject().value("parts"_L1).toArray()) {
            const QJsonObject response
                = part.toObject().value("functionResponse"_L1).toObject().value("response"_L1).toObject();
            if (!response.isEmpty()) {
                results << (response.contains("result"_L1) ? response.value("result"_L1).toString()
                                                           : response.value("error"_L1).toString());
            }
        }
        return results;
    }
    case Protocol::Anthropic:
    case Protocol::Bedrock: {
        const QJsonArray messages = request.value("messages"_L1).toArray();
        for (const QJsonValue &block : messages.last().toObject().value("content"_L1).toArray()) {
            const QJsonObject object = block.toObject();
            if (protocol == Protocol::Bedrock && object.contains("toolResult"_L1)) {
                results << object.value("toolResult"_L1)
                               .toObject()
                               .value("content"_L1)
                               .toArray()
                               .first()
                               .toObject()
                               .value("text"_L1)
                               .toString();
            } else if (object.value("type"_L1).toString() == "tool_result"_L1) {
                results << object.value("content"_L1).toString();
            }
        }
        return results;
    }
    case Protocol::OpenAiChat:
    case Protocol::Azure:
    case Protocol::Mistral:
    case Protocol::OpenRouter:
    case Protocol::Ollama: {
        const QJsonArray messages = request.value("messages"_L1).toArray();
        for (qsizetype i = messages.size() - 1; i >= 0; --i) {
            const QJsonObject message = messages.at(i).toObject();
            if (message.value("role"_L1).toString() != "tool"_L1) {
                break;
            }
            results.prepend(message.value("content"_L1).toString());
        }
        return results;
    }
    }
    return results;
}

QByteArray bedrockConverseBody(const Script &s, const QString &model)
{
    QJsonArray content;
    if (!s.reasoning.isEmpty()) {
        content.append(QJsonObject {{"reasoningContent"_L1,
            QJsonObject {{"reasoningText"_L1,
                QJsonObject {{"text"_L1, s.reasoning.join(QString())}, {"signature"_L1, u"EqQBCgIYAhIM"_s}}}}}});
    }
    content.append(QJsonObject {{"text"_L1, s.deltas.join(QString())}});
    for (qsizetype n = 0; n < s.toolCalls.size(); ++n) {
        const FakeToolCall &call = s.toolCalls.at(n);
        content.append(QJsonObject {{"toolUse"_L1,
            QJsonObject {{"input"_L1, QJsonDocument::fromJson(call.arguments.toUtf8()).object()},
                {"name"_L1, call.name},
                {"toolUseId"_L1, QString::fromUtf8(callId(call, "tooluse_", n))}}}});
    }
    const qint64 output = outputTokens(s);
    QJsonObject usage {{"inputTokens"_L1, s.usage.input - s.usage.cached},
        {"outputTokens"_L1, output},
        {"totalTokens"_L1, s.usage.input + output}};
    if (s.usage.cached > 0) {
        usage.insert("cacheReadInputTokens"_L1, s.usage.cached);
    }
    QJsonObject body {
        {"metrics"_L1, QJsonObject {{"latencyMs"_L1, 180 + 20 * s.deltas.size()}}},
        {"output"_L1, QJsonObject {{"message"_L1, QJsonObject {{"content"_L1, content}, {"role"_L1, u"assistant"_s}}}}},
        {"stopReason"_L1, finishFor(s, u"end_turn"_s, u"tool_use"_s)},
        {"usage"_L1, usage},
    };
    if (model.contains(":default-prompt-router/"_L1) || model.contains(":prompt-router/"_L1)) {
        body.insert("trace"_L1,
            QJsonObject {{"promptRouter"_L1,
                QJsonObject {{"invokedModelId"_L1,
                    s.model.isEmpty() ? u"arn:aws:bedrock:us-east-1:123456789012:inference-profile/"
                                        u"us.anthropic.claude-3-haiku-20240307-v1:0"_s
                                      : s.model}}}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray bedrockListBody(const QByteArray &path, const QByteArray &nextToken, const QStringList &models)
{
    if (path.endsWith("/foundation-models")) {
        QJsonArray summaries;
        const auto add =
            [&summaries](const QString &id, const QString &name, const QStringList &inference, const QString &output) {
                summaries.append(QJsonObject {
                    {"modelArn"_L1, QString(u"arn:aws:bedrock:us-east-1::foundation-model/"_s + id)},
                    {"modelId"_L1, id},
                    {"modelName"_L1, name},
                    {"providerName"_L1, u"Fake"_s},
                    {"inputModalities"_L1, QJsonArray {u"TEXT"_s}},
                    {"outputModalities"_L1, QJsonArray {output}},
                    {"responseStreamingSupported"_L1, true},
                    {"customizationsSupported"_L1, QJsonArray {}},
                    {"inferenceTypesSupported"_L1, QJsonArray::fromStringList(inference)},
                    {"modelLifecycle"_L1, QJsonObject {{"status"_L1, u"ACTIVE"_s}}},
                });
            };
        for (const QString &model : models) {
            add(model, model, {u"ON_DEMAND"_s}, u"TEXT"_s);
        }
        // Two the client must leave out: callable only through a profile, and an embedding model.
        add(u"anthropic.claude-sonnet-4-5-20250929-v1:0"_s,
            u"Claude Sonnet 4.5"_s,
            {u"INFERENCE_PROFILE"_s},
            u"TEXT"_s);
        add(u"amazon.titan-embed-text-v2:0"_s, u"Titan Text Embeddings V2"_s, {u"ON_DEMAND"_s}, u"EMBEDDING"_s);
        return QJsonDocument(QJsonObject {{"modelSummaries"_L1, summaries}}).toJson(QJsonDocument::Compact);
    }
    if (path.endsWith("/inference-profiles")) {
        // Two pages; the token has characters that must be percent-encoded on the way back.
        const bool first = nextToken.isEmpty();
        const QString id = first ? u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s : u"eu.amazon.nova-pro-v1:0"_s;
        QJsonObject body {{"inferenceProfileSummaries"_L1,
            QJsonArray {QJsonObject {
                {"inferenceProfileId"_L1, id},
                {"inferenceProfileName"_L1, first ? u"US Claude Sonnet 4.5"_s : u"EU Nova Pro"_s},
                {"inferenceProfileArn"_L1,
                    QString(u"arn:aws:bedrock:us-east-1:123456789012:inference-profile/"_s + id)},
                {"status"_L1, u"ACTIVE"_s},
                {"type"_L1, u"SYSTEM_DEFINED"_s},
            }}}};
        if (first) {
            body.insert("nextToken"_L1, u"page+2/=="_s);
        }
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return QJsonDocument(
        QJsonObject {{"promptRouterSummaries"_L1,
            QJsonArray {QJsonObject {
                {"promptRouterArn"_L1,
                    u"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1"_s},
                {"promptRouterName"_L1, u"Anthropic Prompt Router"_s},
                {"status"_L1, u"AVAILABLE"_s},
                {"type"_L1, u"default"_s},
                {"models"_L1,
                    QJsonArray {QJsonObject {{"modelArn"_L1,
                                    u"arn:aws:bedrock:us-east-1:123456789012:inference-profile/"
                                    u"us.anthropic.claude-3-haiku-20240307-v1:0"_s}},
                        QJsonObject {{"modelArn"_L1,
                            u"arn:aws:bedrock:us-east-1:123456789012:inference-profile/"
                            u"us.anthropic.claude-3-5-sonnet-20240620-v1:0"_s}}}},
                {"routingCriteria"_L1, QJsonObject {{"responseQualityDifference"_L1, 0.5}}},
            }}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace Wire

} // namespace Quorum::Fake
