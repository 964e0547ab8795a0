// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

#include "types/generationparameters.h"
#include "types/toolcall.h"

namespace Quorum
{

/*!
 * A file a user message carries in the form its model reads natively: an image, or a PDF
 * where the API takes documents. What a model cannot read natively never becomes a part:
 * the attachment plan (attachments/attachmentplan.h, docs/attachments.md) turns it into text
 * of the message, or page images, before a request is built.
 */
struct MessagePart {
    enum class Kind { Image, Pdf };
    Kind kind = Kind::Image;
    QString mimeType; //!< image/png, image/jpeg, image/gif, image/webp; application/pdf
    QString name;     //!< the file's name (a document's title where the API takes one)
    QByteArray data;  //!< the bytes as sent (an image already fitted to the provider's limits)

    friend bool operator==(const MessagePart &, const MessagePart &) = default;
};

/*!
 * One message of a conversation as sent to a model. An assistant message may end with the
 * tool calls it made (its text may then be empty); a Tool message carries the results of
 * those calls, in their order, and nothing else (docs/tools.md: each protocol groups them its
 * own way).
 */
struct ChatMessage {
    enum class Role { User, Assistant, Tool };
    Role role = Role::User;
    QString content;
    //! Images and documents of a user message, sent before its text (the order Anthropic and
    //! Google advise; OpenAI takes either). Empty: the message is its text, sent as a string.
    QList<MessagePart> parts {};
    QList<ToolCall> toolCalls {}; //!< an assistant message's calls
    //! Blocks the provider gave with the calls and wants back before them, as they came
    //! (Anthropic's and Bedrock's signed thinking; StreamEvent::Echo).
    QList<QJsonObject> echo {};
    QList<ToolResult> toolResults {}; //!< a Tool message's results

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
    std::optional<double> topP;
    std::optional<int> maxTokens;
    //! How hard a reasoning model thinks: an effort, or a budget of thinking tokens (each
    //! protocol maps them, docs/providers.md §13; ProtocolAdapter::unsupported says what a
    //! model does not take).
    std::optional<ReasoningEffort> effort;
    std::optional<int> reasoningBudget;
    /*!
     * The JSON Schema the answer must follow (a judge's map). Adapters whose provider
     * constrains output natively send it (OpenAI and Azure: json_schema, strict; Ollama:
     * format; Gemini: JSON mode); the others rely on the prompt, and the reader is lenient.
     */
    std::optional<QJsonObject> outputSchema;
    QString outputSchemaName; //!< the schema's name where a provider asks for one
    //! The tools the model may call (none: the request offers none, as before tools existed).
    QList<ToolDefinition> tools;

    //! Takes a target's parameters: each one that is set replaces what the request has (the
    //! system prompt included).
    void apply(const GenerationParameters &parameters)
    {
        if (parameters.system) {
            system = *parameters.system;
        }
        temperature = parameters.temperature ? parameters.temperature : temperature;
        topP = parameters.topP ? parameters.topP : topP;
        maxTokens = parameters.maxTokens ? parameters.maxTokens : maxTokens;
        effort = parameters.effort ? parameters.effort : effort;
        reasoningBudget = parameters.reasoningBudget ? parameters.reasoningBudget : reasoningBudget;
        if (parameters.outputSchema) {
            outputSchema = parameters.outputSchema;
            outputSchemaName = QStringLiteral("answer");
        }
    }

    friend bool operator==(const ChatRequest &, const ChatRequest &) = default;
};

} // namespace Quorum
