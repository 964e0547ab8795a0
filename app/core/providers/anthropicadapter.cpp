// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/anthropicadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include "providers/anthropicdecoder.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

AnthropicAdapter::AnthropicAdapter(ProviderAccount account)
    : ProtocolAdapter(std::move(account))
{
}

QNetworkRequest AnthropicAdapter::authorisedRequest(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest request = baseRequest(url, accept);
    request.setRawHeader("anthropic-version"_ba, "2023-06-01"_ba);
    if (!m_account.apiKey.isEmpty()) {
        request.setRawHeader("x-api-key"_ba, m_account.apiKey.toUtf8());
    }
    return request;
}

QStringList AnthropicAdapter::unsupported(const ChatRequest &request) const
{
    return claudeThinkingUnsupported(request);
}

QNetworkRequest AnthropicAdapter::chatRequest(const ChatRequest &request, QByteArray &body) const
{
    QJsonArray messages;
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::Tool) {
            // The results go back as one user message of tool_result blocks.
            QJsonArray results;
            for (const ToolResult &result : message.toolResults) {
                QJsonObject block {
                    {"type"_L1, "tool_result"_L1}, {"tool_use_id"_L1, result.callId}, {"content"_L1, result.content}};
                if (result.isError) {
                    block.insert("is_error"_L1, true);
                }
                results.append(block);
            }
            messages.append(QJsonObject {{"role"_L1, "user"_L1}, {"content"_L1, results}});
            continue;
        }
        QJsonValue content = message.content;
        if (!message.toolCalls.isEmpty()) {
            QJsonArray blocks;
            for (const QJsonObject &block : message.echo) {
                if (block.contains("type"_L1)) { // Anthropic's own (thinking); another provider's is not sent
                    blocks.append(block);
                }
            }
            if (!message.content.isEmpty()) {
                blocks.append(QJsonObject {{"type"_L1, "text"_L1}, {"text"_L1, message.content}});
            }
            for (const ToolCall &call : message.toolCalls) {
                // input must be an object: a call whose arguments were not one was answered
                // with an error, and is echoed with none.
                blocks.append(QJsonObject {{"type"_L1, "tool_use"_L1},
                    {"id"_L1, call.id},
                    {"name"_L1, call.name},
                    {"input"_L1, call.argumentObject().value_or(QJsonObject())}});
            }
            content = blocks;
        } else if (!message.parts.isEmpty()) {
            // docs/attachments.md: image and document blocks with base64 sources, then the text.
            QJsonArray blocks;
            for (const MessagePart &part : message.parts) {
                QJsonObject block {{"type"_L1, part.kind == MessagePart::Kind::Image ? "image"_L1 : "document"_L1},
                    {"source"_L1,
                        QJsonObject {
                            {"type"_L1, "base64"_L1}, {"media_type"_L1, part.mimeType}, {"data"_L1, base64(part)}}}};
                if (part.kind == MessagePart::Kind::Pdf && !part.name.isEmpty()) {
                    block.insert("title"_L1, part.name);
                }
                blocks.append(block);
            }
            if (!message.content.isEmpty()) {
                blocks.append(QJsonObject {{"type"_L1, "text"_L1}, {"text"_L1, message.content}});
            }
            content = blocks;
        }
        messages.append(QJsonObject {
            {"role"_L1, message.role == ChatMessage::Role::User ? "user"_L1 : "assistant"_L1},
            {"content"_L1, content},
        });
    }
    QJsonObject json {
        {"model"_L1, request.model},
        {"max_tokens"_L1, claudeMaxTokens(request, defaultMaxTokens)},
        {"messages"_L1, messages},
        {"stream"_L1, true},
    };
    if (!request.system.isEmpty()) {
        json.insert("system"_L1, request.system);
    }
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolDefinition &tool : request.tools) {
            tools.append(QJsonObject {
                {"name"_L1, tool.name}, {"description"_L1, tool.description}, {"input_schema"_L1, tool.inputSchema}});
        }
        json.insert("tools"_L1, tools);
    }
    if (request.temperature) {
        json.insert("temperature"_L1, qBound(0.0, *request.temperature, 1.0)); // Anthropic's range is 0-1
    }
    if (request.topP) {
        json.insert("top_p"_L1, *request.topP);
    }
    if (const int budget = claudeThinkingBudget(request); budget > 0) {
        json.insert("thinking"_L1, QJsonObject {{"type"_L1, "enabled"_L1}, {"budget_tokens"_L1, budget}});
    }
    body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return authorisedRequest(endpoint(u"/v1/messages"_s), "text/event-stream"_ba);
}

std::unique_ptr<StreamDecoder> AnthropicAdapter::makeDecoder() const
{
    return std::make_unique<AnthropicDecoder>();
}

QNetworkRequest AnthropicAdapter::modelsRequest(const QString &pageToken) const
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"100"_s);
    if (!pageToken.isEmpty()) {
        query.addQueryItem(u"after_id"_s, pageToken);
    }
    return authorisedRequest(endpoint(u"/v1/models"_s, query.toString(QUrl::FullyEncoded)), "application/json"_ba);
}

ModelPage AnthropicAdapter::parseModels(const QByteArray &body) const
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (!root.value("data"_L1).isArray()) {
        return unreadableModels(QStringLiteral("no \"data\" array in the model list"));
    }
    ModelPage page;
    for (const QJsonValue &value : root.value("data"_L1).toArray()) {
        const QJsonObject model = value.toObject();
        if (const QString id = model.value("id"_L1).toString(); !id.isEmpty()) {
            ModelInfo info {
                id, model.value("display_name"_L1).toString(), model.value("max_input_tokens"_L1).toInteger(0), {}};
            // Newer lists say what each model takes: capabilities.image_input / pdf_input.
            const QJsonObject capabilities = model.value("capabilities"_L1).toObject();
            if (capabilities.contains("image_input"_L1) || capabilities.contains("pdf_input"_L1)) {
                const auto supported = [&](QLatin1StringView name) {
                    return capabilities.value(name).toObject().value("supported"_L1).toBool();
                };
                info.reads = ModelCapabilities {supported("image_input"_L1), supported("pdf_input"_L1)};
            }
            page.models.append(info);
        }
    }
    if (root.value("has_more"_L1).toBool()) {
        page.nextPageToken = root.value("last_id"_L1).toString();
    }
    return page;
}

} // namespace Quorum
