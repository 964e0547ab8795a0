// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Quorum
{

//! One message of a conversation as sent to a model.
struct ChatMessage {
    enum class Role { User, Assistant };
    Role role = Role::User;
    QString content;

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

/*!
 * What one target is asked: the model, the conversation so far (ending with the user's
 * prompt), an optional system prompt and sampling parameters. Protocol adapters turn it
 * into each provider's request body.
 */
struct ChatRequest {
    QString model;
    QString system;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    /*!
     * The JSON Schema the answer must follow (a judge's map). Adapters whose provider
     * constrains output natively send it (OpenAI and Azure: json_schema, strict; Ollama:
     * format; Gemini: JSON mode); the others rely on the prompt, and the reader is lenient.
     */
    std::optional<QJsonObject> outputSchema;
    QString outputSchemaName; //!< the schema's name where a provider asks for one

    friend bool operator==(const ChatRequest &, const ChatRequest &) = default;
};

} // namespace Quorum
