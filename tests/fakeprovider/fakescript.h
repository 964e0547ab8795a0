// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Quorum::Fake
{

//! The wire protocols the fake server speaks, chosen by the request path.
enum class Protocol { OpenAiChat, Azure, Mistral, OpenRouter, OpenAiResponses, Anthropic, Gemini, Ollama, Bedrock };

QString protocolName(Protocol protocol);

//! Token counts the fake server reports in the protocol's own usage fields.
struct FakeUsage {
    qint64 input = 12;
    qint64 output = 0; //!< 0: the number of deltas (reasoning included)
    qint64 cached = 0;
    qint64 reasoning = 0;
    std::optional<double> cost; //!< OpenRouter's usage.cost
};

//! A tool call the fake model makes, after its text; its arguments are streamed in pieces
//! where the protocol streams them.
struct FakeToolCall {
    QString name;
    QString arguments = QStringLiteral("{}"); //!< JSON text of an object
    QString id {};                            //!< empty: the protocol's usual id (none for Gemini and Ollama)
    int pieces = 3;                           //!< how many pieces the arguments are sent in
    QString signature {};                     //!< Gemini's thoughtSignature
};

/*!
 * What the fake server does with one chat request: the answer (text and reasoning
 * pieces, usage, finish reason), how it sends it (write size, delay, extra split points)
 * and which fault to inject. A default Script answers "Hello from the fake server." in
 * small pieces.
 */
struct Script {
    // The answer
    QStringList deltas {
        QStringLiteral("Hello"), QStringLiteral(" from"), QStringLiteral(" the fake"), QStringLiteral(" server.")};
    QStringList reasoning;
    FakeUsage usage;
    QString finishReason; //!< the protocol's raw value; empty: its normal "stop"
    QString model;        //!< model named in the stream; empty: the requested one
    //! Tool calls after the text; the finish reason becomes the protocol's for tool calls.
    QList<FakeToolCall> toolCalls;
    /*!
     * A model that uses a tool, as a real one would: asked with tools offered, it calls the
     * offered tool whose name ends with this (with `callArguments`); asked with the results
     * of its calls, it answers "The tool said: RESULT." ("fake+call=echo" for manual runs).
     */
    QString callTool;
    QString callArguments = QStringLiteral("{\"text\":\"hello from the model\"}");

    // An HTTP error instead of a stream
    int status = 200;
    QByteArray errorBody;                         //!< empty: the protocol's own error body for `status`
    QList<QPair<QByteArray, QByteArray>> headers; //!< extra response headers (Retry-After, ...)

    // Transport
    int chunkSize = 0;         //!< >0: split the body into writes of this many bytes
    int delayMs = 0;           //!< pause between writes
    QList<int> splitAt;        //!< further split points, byte offsets into the body
    int keepAliveComments = 0; //!< OpenRouter ": OPENROUTER PROCESSING" lines before the first chunk

    // Faults, counted in text deltas sent
    int midStreamErrorAfter = -1; //!< send the protocol's in-stream error event, then end the body
    int stallAfter = -1;          //!< send nothing more, keep the connection open
    int dropAfter = -1;           //!< reset the connection without ending the body
    int truncateAfter = -1;       //!< end the body cleanly but without the terminal event
    QByteArray garbage;           //!< raw bytes written after `garbageAfter` deltas
    int garbageAfter = -1;
    bool stallBeforeHeaders = false; //!< read the request, never answer
};

} // namespace Quorum::Fake
