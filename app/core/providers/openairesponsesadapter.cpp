// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/openairesponsesadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "providers/openairesponsesdecoder.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

OpenAiResponsesAdapter::OpenAiResponsesAdapter(ProviderAccount account)
    : OpenAiChatAdapter(std::move(account))
{
}

QStringList OpenAiResponsesAdapter::unsupported(const ChatRequest &request) const
{
    if (isAzure()) {
        // A deployment's name says nothing of its model: only what no deployment takes.
        return request.reasoningBudget
            ? QStringList {ProtocolAdapter::tr("%1 takes a reasoning effort, not a budget of thinking tokens.")
                      .arg(request.model)}
            : QStringList {};
    }
    return openAiUnsupported(request);
}

QNetworkRequest OpenAiResponsesAdapter::chatRequest(const ChatRequest &request, QByteArray &body) const
{
    QJsonArray input;
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::Tool) {
            for (const ToolResult &result : message.toolResults) {
                input.append(QJsonObject {{"type"_L1, "function_call_output"_L1},
                    {"call_id"_L1, result.callId},
                    {"output"_L1, result.content}});
            }
            continue;
        }
        QJsonValue content = message.content;
        if (!message.parts.isEmpty()) {
            // docs/attachments.md: input_image with a data URL, input_file with the PDF inline.
            QJsonArray parts;
            for (const MessagePart &part : message.parts) {
                parts.append(part.kind == MessagePart::Kind::Image
                        ? QJsonObject {{"type"_L1, "input_image"_L1}, {"image_url"_L1, dataUrl(part)}}
                        : QJsonObject {{"type"_L1, "input_file"_L1},
                              {"filename"_L1, part.name},
                              {"file_data"_L1, dataUrl(part)}});
            }
            if (!message.content.isEmpty()) {
                parts.append(QJsonObject {{"type"_L1, "input_text"_L1}, {"text"_L1, message.content}});
            }
            content = parts;
        }
        if (!message.content.isEmpty() || !message.parts.isEmpty() || message.toolCalls.isEmpty()) {
            input.append(QJsonObject {
                {"role"_L1, message.role == ChatMessage::Role::User ? "user"_L1 : "assistant"_L1},
                {"content"_L1, content},
            });
        }
        // The calls are items of their own after the message's text (docs/tools.md).
        for (const ToolCall &call : message.toolCalls) {
            input.append(QJsonObject {{"type"_L1, "function_call"_L1},
                {"call_id"_L1, call.id},
                {"name"_L1, call.name},
                {"arguments"_L1, call.arguments}});
        }
    }
    QJsonObject json {{"model"_L1, request.model}, {"input"_L1, input}, {"stream"_L1, true}, {"store"_L1, false}};
    if (!request.system.isEmpty()) {
        json.insert("instructions"_L1, request.system);
    }
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolDefinition &tool : request.tools) {
            tools.append(QJsonObject {{"type"_L1, "function"_L1},
                {"name"_L1, tool.name},
                {"description"_L1, tool.description},
                {"parameters"_L1, tool.inputSchema}});
        }
        json.insert("tools"_L1, tools);
    }
    if (request.temperature) {
        json.insert("temperature"_L1, *request.temperature);
    }
    if (request.topP) {
        json.insert("top_p"_L1, *request.topP);
    }
    if (request.maxTokens) {
        json.insert("max_output_tokens"_L1, *request.maxTokens);
    }
    if (request.effort) {
        json.insert("reasoning"_L1, QJsonObject {{"effort"_L1, reasoningEffortName(*request.effort)}});
    }
    if (request.outputSchema) {
        json.insert("text"_L1,
            QJsonObject {{"format"_L1,
                QJsonObject {{"type"_L1, "json_schema"_L1},
                    {"name"_L1, request.outputSchemaName},
                    {"schema"_L1, *request.outputSchema},
                    {"strict"_L1, true}}}});
    }
    body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const QUrl url = isAzure() ? endpoint(u"/openai/responses"_s, azureQuery()) : endpoint(u"/responses"_s);
    return authorisedRequest(url, "text/event-stream"_ba);
}

std::unique_ptr<StreamDecoder> OpenAiResponsesAdapter::makeDecoder() const
{
    return std::make_unique<OpenAiResponsesDecoder>();
}

} // namespace Quorum
