// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/geminiadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include "providers/errorclassifier.h"
#include "providers/geminidecoder.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

GeminiAdapter::GeminiAdapter(ProviderAccount account)
    : ProtocolAdapter(std::move(account))
{
}

QNetworkRequest GeminiAdapter::authorisedRequest(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest request = baseRequest(url, accept);
    if (!m_account.apiKey.isEmpty()) {
        request.setRawHeader("x-goog-api-key"_ba, m_account.apiKey.toUtf8());
    }
    return request;
}

namespace
{
//! Which thinking control a Gemini model takes (docs/providers.md §13.1).
enum class GeminiThinking { None, Budget, Level };

GeminiThinking geminiThinking(const QString &model)
{
    const QString m = ProtocolAdapter::bareModel(model);
    if (m.startsWith("gemini-3"_L1)) {
        return GeminiThinking::Level;
    }
    return m.startsWith("gemini-2.5"_L1) ? GeminiThinking::Budget : GeminiThinking::None;
}

bool thinksAlways(const QString &model)
{
    return ProtocolAdapter::bareModel(model).startsWith("gemini-2.5-pro"_L1);
}
} // namespace

QStringList GeminiAdapter::unsupported(const ChatRequest &request) const
{
    QStringList problems;
    if (!request.effort && !request.reasoningBudget) {
        return problems;
    }
    switch (geminiThinking(request.model)) {
    case GeminiThinking::None:
        problems << ProtocolAdapter::tr("%1 does not think: thinking came with Gemini 2.5.").arg(request.model);
        break;
    case GeminiThinking::Level:
        if (request.effort == ReasoningEffort::None) {
            problems << ProtocolAdapter::tr("%1 cannot turn thinking off; its lowest level is low or minimal.")
                            .arg(request.model);
        }
        break;
    case GeminiThinking::Budget:
        if (thinksAlways(request.model) && (request.effort == ReasoningEffort::None || request.reasoningBudget == 0)) {
            problems << ProtocolAdapter::tr("%1 cannot turn thinking off.").arg(request.model);
        } else if (thinksAlways(request.model) && request.reasoningBudget && *request.reasoningBudget < 128) {
            problems << ProtocolAdapter::tr("%1 takes a thinking budget of at least 128 tokens.").arg(request.model);
        }
        break;
    }
    return problems;
}

QNetworkRequest GeminiAdapter::chatRequest(const ChatRequest &request, QByteArray &body) const
{
    QJsonArray contents;
    for (const ChatMessage &message : request.messages) {
        // docs/attachments.md: images and PDFs alike as inline data, before the text.
        QJsonArray parts;
        if (message.role == ChatMessage::Role::Tool) {
            // docs/tools.md: a user content of functionResponse parts, by name (and by id,
            // which Gemini gives its calls now); a failed tool's text goes as its error.
            for (const ToolResult &result : message.toolResults) {
                QJsonObject response {{"name"_L1, result.name},
                    {"response"_L1, QJsonObject {{result.isError ? "error"_L1 : "result"_L1, result.content}}}};
                if (!result.callId.isEmpty() && !ToolCall::isGeneratedId(result.callId)) {
                    response.insert("id"_L1, result.callId);
                }
                parts.append(QJsonObject {{"functionResponse"_L1, response}});
            }
            contents.append(QJsonObject {{"role"_L1, "user"_L1}, {"parts"_L1, parts}});
            continue;
        }
        for (const MessagePart &part : message.parts) {
            parts.append(QJsonObject {
                {"inline_data"_L1, QJsonObject {{"mime_type"_L1, part.mimeType}, {"data"_L1, base64(part)}}}});
        }
        if (!message.content.isEmpty() || (parts.isEmpty() && message.toolCalls.isEmpty())) {
            parts.append(QJsonObject {{"text"_L1, message.content}});
        }
        for (const ToolCall &call : message.toolCalls) {
            // The call's part echoed as it came, with its thought signature (Gemini 3 refuses a
            // function call part without the signature it was given).
            QJsonObject functionCall {
                {"name"_L1, call.name}, {"args"_L1, call.argumentObject().value_or(QJsonObject())}};
            if (!ToolCall::isGeneratedId(call.id)) {
                functionCall.insert("id"_L1, call.id);
            }
            QJsonObject part {{"functionCall"_L1, functionCall}};
            if (!call.signature.isEmpty()) {
                part.insert("thoughtSignature"_L1, call.signature);
            }
            parts.append(part);
        }
        contents.append(QJsonObject {
            {"role"_L1, message.role == ChatMessage::Role::User ? "user"_L1 : "model"_L1},
            {"parts"_L1, parts},
        });
    }
    QJsonObject json {{"contents"_L1, contents}};
    if (!request.tools.isEmpty()) {
        QJsonArray declarations;
        for (const ToolDefinition &tool : request.tools) {
            // parametersJsonSchema takes JSON Schema as MCP servers write it; `parameters` is
            // an OpenAPI subset that refuses much of it ($schema, additionalProperties, ...).
            declarations.append(QJsonObject {{"name"_L1, tool.name},
                {"description"_L1, tool.description},
                {"parametersJsonSchema"_L1, tool.inputSchema}});
        }
        json.insert("tools"_L1, QJsonArray {QJsonObject {{"functionDeclarations"_L1, declarations}}});
    }
    if (!request.system.isEmpty()) {
        json.insert(
            "systemInstruction"_L1, QJsonObject {{"parts"_L1, QJsonArray {QJsonObject {{"text"_L1, request.system}}}}});
    }
    QJsonObject generationConfig;
    if (request.temperature) {
        generationConfig.insert("temperature"_L1, *request.temperature);
    }
    if (request.topP) {
        generationConfig.insert("topP"_L1, *request.topP);
    }
    if (request.maxTokens) {
        generationConfig.insert("maxOutputTokens"_L1, *request.maxTokens);
    }
    // Gemini 3 takes a level, Gemini 2.5 a budget (never both in one request: that is a 400).
    if (request.reasoningBudget) {
        generationConfig.insert("thinkingConfig"_L1, QJsonObject {{"thinkingBudget"_L1, *request.reasoningBudget}});
    } else if (request.effort) {
        generationConfig.insert("thinkingConfig"_L1,
            geminiThinking(request.model) == GeminiThinking::Level
                ? QJsonObject {{"thinkingLevel"_L1, reasoningEffortName(*request.effort)}}
                : QJsonObject {{"thinkingBudget"_L1, GenerationParameters::budgetForEffort(*request.effort)}});
    }
    if (request.outputSchema) {
        // JSON mode only: Gemini's responseSchema is an OpenAPI subset that differs from JSON
        // Schema; the shape is in the prompt, and the reader is lenient.
        generationConfig.insert("responseMimeType"_L1, "application/json"_L1);
    }
    if (!generationConfig.isEmpty()) {
        json.insert("generationConfig"_L1, generationConfig);
    }
    body = QJsonDocument(json).toJson(QJsonDocument::Compact);

    QString model = request.model;
    if (model.startsWith("models/"_L1)) {
        model = model.sliced(7);
    }
    const QString path
        = u"/v1beta/models/"_s + QString::fromLatin1(QUrl::toPercentEncoding(model)) + u":streamGenerateContent"_s;
    return authorisedRequest(endpoint(path, u"alt=sse"_s), "text/event-stream"_ba);
}

std::unique_ptr<StreamDecoder> GeminiAdapter::makeDecoder() const
{
    return std::make_unique<GeminiDecoder>();
}

StreamError GeminiAdapter::parseError(int httpStatus, const QByteArray &body) const
{
    StreamError error = ProtocolAdapter::parseError(httpStatus, body);
    QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray()) {
        document = QJsonDocument(document.array().first().toObject());
    }
    const QJsonArray details = document.object().value("error"_L1).toObject().value("details"_L1).toArray();
    for (const QJsonValue &value : details) {
        const QJsonObject detail = value.toObject();
        if (detail.value("reason"_L1).toString() == "API_KEY_INVALID"_L1) {
            error.kind = StreamError::Kind::Auth;
            error.providerCode = u"API_KEY_INVALID"_s;
        }
        if (detail.value("@type"_L1).toString().endsWith("google.rpc.RetryInfo"_L1)) {
            error.retryAfter = ErrorClassifier::parseProtobufDuration(detail.value("retryDelay"_L1).toString());
        }
    }
    return error;
}

QNetworkRequest GeminiAdapter::modelsRequest(const QString &pageToken) const
{
    QUrlQuery query;
    query.addQueryItem(u"pageSize"_s, u"100"_s);
    if (!pageToken.isEmpty()) {
        query.addQueryItem(u"pageToken"_s, pageToken);
    }
    return authorisedRequest(endpoint(u"/v1beta/models"_s, query.toString(QUrl::FullyEncoded)), "application/json"_ba);
}

ModelPage GeminiAdapter::parseModels(const QByteArray &body) const
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (!root.value("models"_L1).isArray()) {
        return unreadableModels(QStringLiteral("no \"models\" array in the model list"));
    }
    ModelPage page;
    for (const QJsonValue &value : root.value("models"_L1).toArray()) {
        const QJsonObject model = value.toObject();
        const QJsonArray methods = model.value("supportedGenerationMethods"_L1).toArray();
        if (!methods.contains(u"generateContent"_s)) {
            continue;
        }
        QString id = model.value("name"_L1).toString();
        if (id.startsWith("models/"_L1)) {
            id = id.sliced(7);
        }
        page.models.append(ModelInfo {
            id, model.value("displayName"_L1).toString(), model.value("inputTokenLimit"_L1).toInteger(0), {}});
    }
    page.nextPageToken = root.value("nextPageToken"_L1).toString();
    return page;
}

} // namespace Quorum
