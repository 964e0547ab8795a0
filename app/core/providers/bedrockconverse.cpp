// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/bedrockconverse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "providers/anthropicadapter.h"
#include "providers/errorclassifier.h"
#include "providers/sigv4.h"

using namespace Qt::StringLiterals;

namespace Quorum::BedrockConverse
{

ReasoningFamily reasoningFamily(const QString &modelId)
{
    // Model ids, inference profiles ("us.anthropic....") and ARNs (".../us.anthropic....").
    const QString id = ProtocolAdapter::bareModel(modelId);
    if (id.contains("anthropic."_L1) || id.contains("claude"_L1)) {
        return ReasoningFamily::Claude;
    }
    if (id.contains("openai.gpt-oss"_L1)) {
        return ReasoningFamily::GptOss;
    }
    return id.contains("amazon.nova-2"_L1) ? ReasoningFamily::Nova2 : ReasoningFamily::None;
}

// Anything else in a document's name is refused with a 400.
QString documentName(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        const bool allowed = c.isLetterOrNumber() || c == u'-' || c == u'(' || c == u')' || c == u'[' || c == u']';
        if (allowed) {
            out += c;
        } else if (!out.isEmpty() && !out.endsWith(u' ')) {
            out += u' ';
        }
    }
    out = out.trimmed();
    return out.isEmpty() ? u"document"_s : out.left(200);
}

QByteArray body(const ChatRequest &request)
{
    QJsonArray messages;
    for (const ChatMessage &message : request.messages) {
        if (message.role == ChatMessage::Role::Tool) {
            QJsonArray results;
            for (const ToolResult &result : message.toolResults) {
                results.append(QJsonObject {{"toolResult"_L1,
                    QJsonObject {{"toolUseId"_L1, result.callId},
                        {"content"_L1, QJsonArray {QJsonObject {{"text"_L1, result.content}}}},
                        {"status"_L1, result.isError ? "error"_L1 : "success"_L1}}}});
            }
            messages.append(QJsonObject {{"role"_L1, "user"_L1}, {"content"_L1, results}});
            continue;
        }
        // docs/attachments.md: image and document blocks with their bytes in base64, then
        // the text (a document block must have text beside it).
        QJsonArray content;
        for (const MessagePart &part : message.parts) {
            const QJsonObject source {{"bytes"_L1, ProtocolAdapter::base64(part)}};
            if (part.kind == MessagePart::Kind::Image) {
                content.append(QJsonObject {
                    {"image"_L1, QJsonObject {{"format"_L1, part.mimeType.section(u'/', 1)}, {"source"_L1, source}}}});
            } else {
                content.append(QJsonObject {{"document"_L1,
                    QJsonObject {
                        {"format"_L1, "pdf"_L1}, {"name"_L1, documentName(part.name)}, {"source"_L1, source}}}});
            }
        }
        if (!message.toolCalls.isEmpty()) {
            for (const QJsonObject &block : message.echo) {
                if (block.contains("reasoningContent"_L1)) { // Bedrock's own; another provider's is not sent
                    content.append(block);
                }
            }
        }
        if (!message.content.isEmpty() || message.toolCalls.isEmpty()) {
            content.append(QJsonObject {{"text"_L1, message.content}}); // Bedrock refuses an empty text beside a call
        }
        for (const ToolCall &call : message.toolCalls) {
            content.append(QJsonObject {{"toolUse"_L1,
                QJsonObject {{"toolUseId"_L1, call.id},
                    {"name"_L1, call.name},
                    {"input"_L1, call.argumentObject().value_or(QJsonObject())}}}});
        }
        messages.append(QJsonObject {
            {"role"_L1, message.role == ChatMessage::Role::User ? u"user"_s : u"assistant"_s},
            {"content"_L1, content},
        });
    }
    QJsonObject json {{"messages"_L1, messages}};
    if (!request.system.isEmpty()) {
        json.insert("system"_L1, QJsonArray {QJsonObject {{"text"_L1, request.system}}});
    }
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (const ToolDefinition &tool : request.tools) {
            tools.append(QJsonObject {{"toolSpec"_L1,
                QJsonObject {{"name"_L1, tool.name},
                    {"description"_L1, tool.description},
                    {"inputSchema"_L1, QJsonObject {{"json"_L1, tool.inputSchema}}}}}});
        }
        json.insert("toolConfig"_L1, QJsonObject {{"tools"_L1, tools}});
    }
    QJsonObject inference;
    QJsonObject additional;
    const ReasoningFamily family = reasoningFamily(request.model);
    const int claudeBudget = family == ReasoningFamily::Claude ? ProtocolAdapter::claudeThinkingBudget(request) : 0;
    if (claudeBudget > 0) {
        inference.insert("maxTokens"_L1, ProtocolAdapter::claudeMaxTokens(request, AnthropicAdapter::defaultMaxTokens));
        additional.insert("thinking"_L1, QJsonObject {{"type"_L1, "enabled"_L1}, {"budget_tokens"_L1, claudeBudget}});
    } else if (request.maxTokens) {
        inference.insert("maxTokens"_L1, *request.maxTokens);
    }
    if (request.temperature) {
        inference.insert("temperature"_L1, *request.temperature);
    }
    if (request.topP) {
        inference.insert("topP"_L1, *request.topP);
    }
    if (request.effort && family == ReasoningFamily::GptOss) {
        additional.insert("reasoning_effort"_L1, reasoningEffortName(*request.effort));
    } else if (request.effort && family == ReasoningFamily::Nova2) {
        additional.insert("reasoningConfig"_L1,
            *request.effort == ReasoningEffort::None
                ? QJsonObject {{"type"_L1, "disabled"_L1}}
                : QJsonObject {
                      {"type"_L1, "enabled"_L1}, {"maxReasoningEffort"_L1, reasoningEffortName(*request.effort)}});
    }
    if (!inference.isEmpty()) {
        json.insert("inferenceConfig"_L1, inference);
    }
    if (!additional.isEmpty()) {
        json.insert("additionalModelRequestFields"_L1, additional);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray path(const QString &modelId, bool stream)
{
    return "/model/"_ba + modelId.toUtf8().toPercentEncoding() + (stream ? "/converse-stream"_ba : "/converse"_ba);
}

namespace
{
QString awsDomain(const QString &region)
{
    return region.startsWith("cn-"_L1) ? u"amazonaws.com.cn"_s : u"amazonaws.com"_s;
}
} // namespace

QUrl runtimeUrl(const QString &region)
{
    return QUrl(u"https://bedrock-runtime.%1.%2"_s.arg(region, awsDomain(region)));
}

QUrl controlUrl(const QString &region)
{
    return QUrl(u"https://bedrock.%1.%2"_s.arg(region, awsDomain(region)));
}

void authorise(QNetworkRequest &request,
    const QByteArray &method,
    const QByteArray &body,
    const AwsIdentity &identity,
    const QDateTime &now)
{
    if (!identity.bearerToken.isEmpty() && !identity.credentials.isValid()) {
        request.setRawHeader("Authorization", "Bearer "_ba + identity.bearerToken.toUtf8());
        return;
    }
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (const QByteArray type = request.header(QNetworkRequest::ContentTypeHeader).toByteArray(); !type.isEmpty()) {
        headers.append({"Content-Type"_ba, type});
    }
    const SigV4::Signature signature
        = SigV4::sign({method, request.url(), headers, body}, identity.credentials, identity.region, u"bedrock"_s, now);
    for (const auto &[name, value] : signature.headers) {
        if (name != "Content-Type" && name != "Host") { // Qt writes those itself, the same
            request.setRawHeader(name, value);
        }
    }
}

QString modelIdFromArn(const QString &idOrArn)
{
    if (!idOrArn.startsWith("arn:"_L1)) {
        return idOrArn;
    }
    const QString resource = idOrArn.section(u':', 5); // "inference-profile/us.anthropic…:0"
    const qsizetype slash = resource.indexOf(u'/');
    return slash < 0 ? idOrArn : resource.sliced(slash + 1);
}

QUrl operationUrl(const QUrl &base, const QString &modelId, bool stream)
{
    QUrl url = base;
    // The path set already encoded, so that QUrl sends "%3A" as it is (and signs what it sends).
    QByteArray basePath = base.path(QUrl::FullyEncoded).toUtf8();
    while (basePath.endsWith('/')) {
        basePath.chop(1);
    }
    url.setPath(QString::fromLatin1(basePath + path(modelId, stream)), QUrl::TolerantMode);
    return url;
}

QNetworkRequest request(const QUrl &base,
    const QString &modelId,
    bool stream,
    const QByteArray &body,
    const AwsIdentity &identity,
    const QDateTime &now)
{
    QNetworkRequest request(operationUrl(base, modelId, stream));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", stream ? "application/vnd.amazon.eventstream"_ba : "application/json"_ba);
    authorise(request, "POST"_ba, body, identity, now);
    return request;
}

StreamError parseError(int httpStatus, const QByteArray &errorTypeHeader, const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QString code = QString::fromUtf8(errorTypeHeader).section(u':', 0, 0).trimmed();
    if (code.isEmpty()) {
        for (const auto key : {"code"_L1, "Code"_L1, "__type"_L1}) {
            if (const QString found = json.value(key).toString(); !found.isEmpty()) {
                code = found.section(u'#', -1); // "com.amazon.coral.service#ThrottlingException"
                break;
            }
        }
    }
    QString message = json.value("message"_L1).toString(json.value("Message"_L1).toString());
    if (message.isEmpty()) {
        message = QString::fromUtf8(body.left(500)).trimmed();
    }
    StreamError error = ErrorClassifier::fromHttp(httpStatus, message, code);
    error.providerCode = code;
    return error;
}

} // namespace Quorum::BedrockConverse
