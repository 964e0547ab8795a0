// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/openaichatadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include "providers/openaichatdecoder.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

OpenAiChatAdapter::OpenAiChatAdapter(ProviderAccount account)
    : ProtocolAdapter(std::move(account))
{
}

QString OpenAiChatAdapter::flavour() const
{
    if (!m_account.preset.isEmpty()) {
        return m_account.preset;
    }
    if (isAzure()) {
        return u"azure"_s;
    }
    const QString detected = ProviderPreset::presetForOpenAiUrl(m_account.baseUrl);
    return detected.isEmpty() ? u"openai"_s : detected;
}

QStringList OpenAiChatAdapter::unsupported(const ChatRequest &request) const
{
    const QString kind = flavour();
    if (kind == "openai"_L1) {
        return openAiUnsupported(request);
    }
    QStringList problems;
    if (kind == "mistral"_L1 && (request.effort || request.reasoningBudget)) {
        problems << ProtocolAdapter::tr(
            "Mistral's API takes no reasoning effort or budget (its Magistral models always think).");
    } else if (request.reasoningBudget && kind != "openrouter"_L1) {
        // Azure deployments and compatible servers take OpenAI's reasoning_effort, if anything.
        problems
            << ProtocolAdapter::tr("%1 takes a reasoning effort, not a budget of thinking tokens.").arg(request.model);
    }
    return problems;
}

ProtocolAdapter::SchemaSupport OpenAiChatAdapter::schemaSupport() const
{
    const QString kind = flavour();
    return kind == "openai"_L1 || kind == "azure"_L1 ? SchemaSupport::Native : SchemaSupport::Prompt;
}

QString OpenAiChatAdapter::azureQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"api-version"_s, m_account.apiVersion);
    return query.toString(QUrl::FullyEncoded);
}

QNetworkRequest OpenAiChatAdapter::authorisedRequest(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest request = baseRequest(url, accept);
    if (!m_account.apiKey.isEmpty()) {
        if (isAzure()) {
            request.setRawHeader("api-key"_ba, m_account.apiKey.toUtf8());
        } else {
            request.setRawHeader("Authorization"_ba, "Bearer " + m_account.apiKey.toUtf8());
        }
    }
    if (flavour() == "openrouter"_L1) {
        // OpenRouter's optional app attribution.
        request.setRawHeader("HTTP-Referer"_ba, "https://github.com/quorum-app/quorum"_ba);
        request.setRawHeader("X-Title"_ba, "Quorum"_ba);
    }
    return request;
}

QJsonArray OpenAiChatAdapter::content(const ChatMessage &message, const QString &flavour)
{
    // docs/attachments.md: images as image_url data URLs (Mistral's is the URL itself, not an
    // object), PDFs as file parts with the data inline.
    QJsonArray content;
    for (const MessagePart &part : message.parts) {
        if (part.kind == MessagePart::Kind::Image) {
            content.append(QJsonObject {{"type"_L1, "image_url"_L1},
                {"image_url"_L1,
                    flavour == "mistral"_L1 ? QJsonValue(dataUrl(part)) : QJsonObject {{"url"_L1, dataUrl(part)}}}});
        } else {
            content.append(QJsonObject {{"type"_L1, "file"_L1},
                {"file"_L1, QJsonObject {{"filename"_L1, part.name}, {"file_data"_L1, dataUrl(part)}}}});
        }
    }
    if (!message.content.isEmpty()) {
        content.append(QJsonObject {{"type"_L1, "text"_L1}, {"text"_L1, message.content}});
    }
    return content;
}

QNetworkRequest OpenAiChatAdapter::chatRequest(const ChatRequest &request, QByteArray &body) const
{
    const QString kind = flavour();
    QJsonArray messages;
    if (!request.system.isEmpty()) {
        messages.append(QJsonObject {{"role"_L1, "system"_L1}, {"content"_L1, request.system}});
    }
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::Tool) {
            // One message per result, after the assistant message that made the calls.
            for (const ToolResult &result : message.toolResults) {
                messages.append(QJsonObject {
                    {"role"_L1, "tool"_L1}, {"tool_call_id"_L1, result.callId}, {"content"_L1, result.content}});
            }
            continue;
        }
        QJsonObject object {
            {"role"_L1, message.role == ChatMessage::Role::User ? "user"_L1 : "assistant"_L1},
            {"content"_L1, message.parts.isEmpty() ? QJsonValue(message.content) : content(message, kind)},
        };
        if (!message.toolCalls.isEmpty()) {
            QJsonArray calls;
            for (const ToolCall &call : message.toolCalls) {
                calls.append(QJsonObject {{"id"_L1, call.id},
                    {"type"_L1, "function"_L1},
                    {"function"_L1, QJsonObject {{"name"_L1, call.name}, {"arguments"_L1, call.arguments}}}});
            }
            object.insert("tool_calls"_L1, calls);
            if (message.content.isEmpty()) {
                object.insert("content"_L1, QJsonValue::Null); // OpenAI's own shape for a call alone
            }
        }
        messages.append(object);
    }
    QJsonObject json {{"messages"_L1, messages}, {"stream"_L1, true}};
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
    if (!isAzure()) {
        json.insert("model"_L1, request.model); // Azure: the deployment in the URL is the model
    }
    if (kind != "mistral"_L1) {
        json.insert("stream_options"_L1, QJsonObject {{"include_usage"_L1, true}});
    }
    if (request.temperature) {
        json.insert("temperature"_L1, *request.temperature);
    }
    if (request.topP) {
        json.insert("top_p"_L1, *request.topP);
    }
    if (kind == "openrouter"_L1 && (request.effort || request.reasoningBudget)) {
        // OpenRouter's own reasoning object takes either (docs/providers.md §13.1).
        json.insert("reasoning"_L1,
            request.reasoningBudget ? QJsonObject {{"max_tokens"_L1, *request.reasoningBudget}}
                                    : QJsonObject {{"effort"_L1, reasoningEffortName(*request.effort)}});
    } else if (request.effort) {
        json.insert("reasoning_effort"_L1, reasoningEffortName(*request.effort));
    }
    if (request.maxTokens) {
        // OpenAI deprecated max_tokens (its reasoning models reject it); compatible servers
        // mostly know only max_tokens.
        const bool modern = kind == "openai"_L1 || kind == "azure"_L1;
        json.insert(modern ? "max_completion_tokens"_L1 : "max_tokens"_L1, *request.maxTokens);
    }
    // Structured output where the service is known to take a strict JSON Schema; other
    // compatible servers vary (some answer 400), so they get the shape in the prompt only.
    if (request.outputSchema && schemaSupport() == SchemaSupport::Native) {
        json.insert("response_format"_L1,
            QJsonObject {{"type"_L1, "json_schema"_L1},
                {"json_schema"_L1,
                    QJsonObject {{"name"_L1, request.outputSchemaName},
                        {"schema"_L1, *request.outputSchema},
                        {"strict"_L1, true}}}});
    }
    body = QJsonDocument(json).toJson(QJsonDocument::Compact);

    const QUrl url = isAzure()
        ? endpoint(u"/openai/deployments/"_s + QString::fromLatin1(QUrl::toPercentEncoding(request.model))
                  + u"/chat/completions"_s,
              azureQuery())
        : endpoint(u"/chat/completions"_s);
    return authorisedRequest(url, "text/event-stream"_ba);
}

std::unique_ptr<StreamDecoder> OpenAiChatAdapter::makeDecoder() const
{
    return std::make_unique<OpenAiChatDecoder>();
}

QNetworkRequest OpenAiChatAdapter::modelsRequest(const QString &) const
{
    const QUrl url = isAzure() ? endpoint(u"/openai/models"_s, azureQuery()) : endpoint(u"/models"_s);
    return authorisedRequest(url, "application/json"_ba);
}

ModelPage OpenAiChatAdapter::parseModels(const QByteArray &body) const
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue data = document.object().value("data"_L1);
    if (!data.isArray()) {
        return unreadableModels(QStringLiteral("no \"data\" array in the model list"));
    }
    ModelPage page;
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject model = value.toObject();
        const QString id = model.value("id"_L1).toString();
        if (id.isEmpty()) {
            continue;
        }
        // Mistral lists embedding and OCR models too: keep chat models only.
        const QJsonObject capabilities = model.value("capabilities"_L1).toObject();
        if (capabilities.contains("completion_chat"_L1) && !capabilities.value("completion_chat"_L1).toBool()) {
            continue;
        }
        ModelInfo info;
        info.id = id;
        info.displayName = model.value("name"_L1).toString();
        info.contextWindow
            = model.value("context_length"_L1).toInteger(model.value("max_context_length"_L1).toInteger(0));
        // What the model reads, where the list says: OpenRouter's architecture.input_modalities
        // ("image", "file"), Mistral's capabilities.vision (its chat API takes no PDF data).
        if (const QJsonValue inputs = model.value("architecture"_L1).toObject().value("input_modalities"_L1);
            inputs.isArray()) {
            const QJsonArray modalities = inputs.toArray();
            info.reads = ModelCapabilities {
                modalities.contains(QJsonValue(u"image"_s)), modalities.contains(QJsonValue(u"file"_s))};
        } else if (capabilities.contains("vision"_L1)) {
            info.reads = ModelCapabilities {capabilities.value("vision"_L1).toBool(), false};
        }
        page.models.append(info);
    }
    return page;
}

} // namespace Quorum
