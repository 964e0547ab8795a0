// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Quorum
{

/*!
 * A tool as it is offered to a model (docs/tools.md, "Tool calling on the wire"): the name the
 * model calls it by (`SERVER__TOOL` for an MCP server's tool), what it does and the JSON Schema
 * of its arguments, as the tool's server describes them.
 */
struct ToolDefinition {
    QString name;
    QString description;
    QJsonObject inputSchema; //!< an object schema; `{"type":"object"}` when the server gave none

    friend bool operator==(const ToolDefinition &, const ToolDefinition &) = default;
};

/*!
 * A tool call a model made: its id (the provider's, or one Quorum gave a call that came
 * without), the tool's name and the arguments as the model wrote them (JSON text, kept as
 * sent so a request echoes them byte for byte), and what a provider needs echoed back with
 * the call (Gemini's `thoughtSignature`).
 */
struct ToolCall {
    QString id;
    QString name;
    QString arguments; //!< JSON text; "{}" for a call without arguments
    QString signature; //!< Gemini's thoughtSignature of the call's part; empty elsewhere

    //! The arguments as an object; nullopt when they are not a JSON object (the model's mistake).
    std::optional<QJsonObject> argumentObject() const;

    //! The id Quorum gives the \a n-th call of an answer whose provider gave none (Ollama,
    //! older Gemini models): never sent back, as the provider does not know it.
    static QString generatedId(int n);
    static bool isGeneratedId(const QString &id);

    friend bool operator==(const ToolCall &, const ToolCall &) = default;
};

//! What one call gave: its text as the model is told it, and whether the tool failed.
struct ToolResult {
    QString callId;
    QString name; //!< the tool's name (Gemini and Ollama send results by name)
    QString content;
    bool isError = false;

    friend bool operator==(const ToolResult &, const ToolResult &) = default;
};

} // namespace Quorum
