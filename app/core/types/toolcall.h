// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Quorum
{

//! What happens when a model calls a tool (docs/tools.md, "Approval"): it runs, the user is
//! asked first (the default), or it is refused.
enum class ToolApproval { Allow, Ask, Deny };
//! "allow", "ask", "deny"
QString toolApprovalName(ToolApproval approval);
std::optional<ToolApproval> toolApprovalFromName(const QString &name);

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

/*!
 * One tool call of an answer and what came of it (docs/tools.md, "Steps"): what the model
 * asked, where it ran, what the model was told, and how long it took. Stored with the answer,
 * shown as a step in its pane, exported and listed by `quorum ask --json`.
 */
struct ToolStep {
    enum class Outcome {
        Ran,    //!< the tool ran (its result may still say it failed: isError)
        Failed, //!< the call could not run or did not finish: the server, a timeout, bad arguments
        Denied, //!< the user or a rule said no
        NotRun, //!< not run: the step limit, an unknown tool, the answer stopped
    };
    ToolCall call;
    QString server; //!< the MCP server (or "web" for the built-in search); empty: unknown tool
    QString tool;   //!< the tool's own name on its server
    Outcome outcome = Outcome::Ran;
    QString result;       //!< what the model was told (after redaction)
    bool isError = false; //!< the model was told the call failed
    qint64 resultBytes = 0;
    qint64 durationMs = 0;
    int round = 1;         //!< 1 for calls the first request made, 2 for the next, ...; 0: before it
    qint64 textOffset = 0; //!< where in the answer's text the call was made
    QString note;          //!< why it was denied or failed, what was redacted, ...

    //! "ran", "failed", "denied", "not_run"
    static QString outcomeName(Outcome outcome);
    //! What came of the step, for people (translated): "ran", "tool error", "failed", ...
    QString outcomeLabel() const;
    //! The tool, for people: its name on its server, or "web search" / "shared web search".
    QString displayName() const;
    static std::optional<Outcome> outcomeFromName(const QString &name);
    //! The step as stored and exported (docs/formats.md): every field, by name.
    QJsonObject toJson() const;
    static std::optional<ToolStep> fromJson(const QJsonObject &object);
    //! What the model is told of this step.
    ToolResult toResult() const { return {call.id, call.name, result, isError}; }

    friend bool operator==(const ToolStep &, const ToolStep &) = default;
};

} // namespace Quorum
