// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/ollamaadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "providers/ollamadecoder.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

OllamaAdapter::OllamaAdapter(ProviderAccount account)
    : ProtocolAdapter(std::move(account))
{
}

QNetworkRequest OllamaAdapter::authorisedRequest(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest request = baseRequest(url, accept);
    if (!m_account.apiKey.isEmpty()) {
        request.setRawHeader("Authorization"_ba, "Bearer " + m_account.apiKey.toUtf8()); // ollama.com
    }
    return request;
}

namespace
{
//! gpt-oss thinks at a level; Ollama's other thinking models think or do not.
bool thinksInLevels(const QString &model)
{
    return model.toLower().contains("gpt-oss"_L1);
}
} // namespace

QStringList OllamaAdapter::unsupported(const ChatRequest &request) const
{
    QStringList problems;
    if (request.reasoningBudget) {
        problems << ProtocolAdapter::tr(
            "Ollama turns thinking on or off (gpt-oss: low, medium or high); it takes no budget of tokens.");
    }
    if (thinksInLevels(request.model)) {
        problems << gptOssUnsupported(request);
    }
    return problems;
}

QNetworkRequest OllamaAdapter::chatRequest(const ChatRequest &request, QByteArray &body) const
{
    QJsonArray messages;
    if (!request.system.isEmpty()) {
        messages.append(QJsonObject {{"role"_L1, "system"_L1}, {"content"_L1, request.system}});
    }
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::Tool) {
            for (const ToolResult &result : message.toolResults) {
                messages.append(QJsonObject {
                    {"role"_L1, "tool"_L1}, {"content"_L1, result.content}, {"tool_name"_L1, result.name}});
            }
            continue;
        }
        QJsonObject json {
            {"role"_L1, message.role == ChatMessage::Role::User ? "user"_L1 : "assistant"_L1},
            {"content"_L1, message.content},
        };
        if (!message.toolCalls.isEmpty()) {
            QJsonArray calls;
            for (const ToolCall &call : message.toolCalls) {
                QJsonObject object {{"function"_L1,
                    QJsonObject {
                        {"name"_L1, call.name}, {"arguments"_L1, call.argumentObject().value_or(QJsonObject())}}}};
                if (!ToolCall::isGeneratedId(call.id)) {
                    object.insert("id"_L1, call.id);
                }
                calls.append(object);
            }
            json.insert("tool_calls"_L1, calls);
        }
        // docs/attachments.md: images as bare base64 beside the text; Ollama takes no documents.
        QJsonArray images;
        for (const MessagePart &part : message.parts) {
            if (part.kind == MessagePart::Kind::Image) {
                images.append(base64(part));
            }
        }
        if (!images.isEmpty()) {
            json.insert("images"_L1, images);
        }
        messages.append(json);
    }
    QJsonObject json {{"model"_L1, request.model}, {"messages"_L1, messages}, {"stream"_L1, true}};
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolDefinition &tool : request.tools) {
            tools.append(QJsonObject {{"type"_L1, "function"_L1},
                {"function"_L1,
                    QJsonObject {{"name"_L1, tool.name},
                        {"description"_L1, tool.description},
                        {"parameters"_L1, tool.inputSchema}}}});
        }
        json.insert("tools"_L1, tools);
    }
    QJsonObject options;
    if (request.temperature) {
        options.insert("temperature"_L1, *request.temperature);
    }
    if (request.topP) {
        options.insert("top_p"_L1, *request.topP);
    }
    if (request.maxTokens) {
        options.insert("num_predict"_L1, *request.maxTokens);
    }
    if (request.effort) {
        json.insert("think"_L1,
            thinksInLevels(request.model) ? QJsonValue(reasoningEffortName(*request.effort))
                                          : QJsonValue(*request.effort != ReasoningEffort::None));
    }
    if (!options.isEmpty()) {
        json.insert("options"_L1, options);
    }
    if (request.outputSchema) {
        json.insert("format"_L1, *request.outputSchema); // Ollama 0.5+: a JSON Schema constrains the output
    }
    body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return authorisedRequest(endpoint(u"/api/chat"_s), "application/x-ndjson"_ba);
}

std::unique_ptr<StreamDecoder> OllamaAdapter::makeDecoder() const
{
    return std::make_unique<OllamaDecoder>();
}

QNetworkRequest OllamaAdapter::pullRequest(const QString &model, QByteArray &body) const
{
    body = QJsonDocument(QJsonObject {{"model"_L1, model}, {"stream"_L1, true}}).toJson(QJsonDocument::Compact);
    return authorisedRequest(endpoint(u"/api/pull"_s), "application/x-ndjson"_ba);
}

QNetworkRequest OllamaAdapter::deleteRequest(const QString &model, QByteArray &body) const
{
    body = QJsonDocument(QJsonObject {{"model"_L1, model}}).toJson(QJsonDocument::Compact);
    return authorisedRequest(endpoint(u"/api/delete"_s), "application/json"_ba);
}

QNetworkRequest OllamaAdapter::modelsRequest(const QString &) const
{
    return authorisedRequest(endpoint(u"/api/tags"_s), "application/json"_ba);
}

ModelPage OllamaAdapter::parseModels(const QByteArray &body) const
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (!root.value("models"_L1).isArray()) {
        return unreadableModels(QStringLiteral("no \"models\" array in /api/tags"));
    }
    ModelPage page;
    for (const QJsonValue &value : root.value("models"_L1).toArray()) {
        const QJsonObject model = value.toObject();
        if (const QString name = model.value("name"_L1).toString(); !name.isEmpty()) {
            const QJsonObject details = model.value("details"_L1).toObject();
            QString display = name;
            if (const QString size = details.value("parameter_size"_L1).toString(); !size.isEmpty()) {
                display += u" ("_s + size + u')';
            }
            page.models.append(ModelInfo {name, display, 0, {}});
        }
    }
    return page;
}

} // namespace Quorum
