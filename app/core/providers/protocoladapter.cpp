// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/protocoladapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include "common/version.h"
#include "providers/anthropicadapter.h"
#include "providers/bedrockadapter.h"
#include "providers/errorclassifier.h"
#include "providers/geminiadapter.h"
#include "providers/ollamaadapter.h"
#include "providers/openaichatadapter.h"
#include "providers/openairesponsesadapter.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

ProtocolAdapter::ProtocolAdapter(ProviderAccount account)
    : m_account(std::move(account))
{
}

ProtocolAdapter::~ProtocolAdapter() = default;

std::unique_ptr<ProtocolAdapter> ProtocolAdapter::create(const ProviderAccount &account)
{
    switch (account.kind) {
    case ProviderKind::OpenAi:
    case ProviderKind::Azure:
        if (account.useResponsesApi) {
            return std::make_unique<OpenAiResponsesAdapter>(account);
        }
        return std::make_unique<OpenAiChatAdapter>(account);
    case ProviderKind::Anthropic:
        return std::make_unique<AnthropicAdapter>(account);
    case ProviderKind::Gemini:
        return std::make_unique<GeminiAdapter>(account);
    case ProviderKind::Ollama:
        return std::make_unique<OllamaAdapter>(account);
    case ProviderKind::Bedrock:
        return std::make_unique<BedrockAdapter>(account);
    }
    return nullptr;
}

QStringList ProtocolAdapter::unsupported(const ChatRequest &) const
{
    return {};
}

bool ProtocolAdapter::isOpenAiReasoningModel(const QString &model)
{
    const QString m = bareModel(model);
    if (m.startsWith("gpt-5"_L1)) {
        return !m.contains("-chat"_L1);
    }
    return m.startsWith("o1"_L1) || m.startsWith("o3"_L1) || m.startsWith("o4"_L1) || m.startsWith("gpt-oss"_L1)
        || m.startsWith("codex"_L1);
}

QStringList ProtocolAdapter::openAiUnsupported(const ChatRequest &request)
{
    QStringList problems;
    const QString m = bareModel(request.model);
    if (isOpenAiReasoningModel(request.model)) {
        if (request.temperature) {
            problems << tr("%1 takes no temperature: OpenAI's reasoning models refuse it.").arg(request.model);
        }
        if (request.topP) {
            problems << tr("%1 takes no top_p: OpenAI's reasoning models refuse it.").arg(request.model);
        }
        const bool oSeries = m.startsWith(u'o') && !m.startsWith("openai"_L1);
        if (oSeries && request.effort
            && (*request.effort == ReasoningEffort::None || *request.effort == ReasoningEffort::Minimal)) {
            problems << tr("%1 takes a reasoning effort of low, medium or high.").arg(request.model);
        }
    } else if (request.effort || request.reasoningBudget) {
        problems << tr("%1 is not a reasoning model: it takes no reasoning effort.").arg(request.model);
    }
    if (request.reasoningBudget) {
        problems << tr("%1 takes a reasoning effort, not a budget of thinking tokens.").arg(request.model);
    }
    return problems;
}

QStringList ProtocolAdapter::gptOssUnsupported(const ChatRequest &request)
{
    if (request.effort && (*request.effort == ReasoningEffort::None || *request.effort == ReasoningEffort::Minimal)) {
        return {tr("%1 thinks at low, medium or high.").arg(request.model)};
    }
    return {};
}

int ProtocolAdapter::claudeThinkingBudget(const ChatRequest &request)
{
    return GenerationParameters::budgetTokens(request.effort, request.reasoningBudget).value_or(0);
}

int ProtocolAdapter::claudeMaxTokens(const ChatRequest &request, int defaultMaxTokens)
{
    // With thinking, max_tokens counts the thinking too and must exceed the budget: without
    // a limit of the user's, the answer gets the usual room on top of the budget.
    return request.maxTokens.value_or(claudeThinkingBudget(request) + defaultMaxTokens);
}

QStringList ProtocolAdapter::claudeThinkingUnsupported(const ChatRequest &request)
{
    QStringList problems;
    const int budget = claudeThinkingBudget(request);
    if (budget == 0) {
        return problems;
    }
    const QString m = bareModel(request.model);
    if (m.contains("claude-3-"_L1) && !m.contains("claude-3-7"_L1)) {
        problems << tr("%1 cannot think: extended thinking came with Claude 3.7.").arg(request.model);
        return problems;
    }
    if (budget < 1024) {
        problems << tr("Claude's least thinking budget is 1024 tokens (asked: %1).").arg(budget);
    }
    if (request.temperature) {
        problems << tr("Claude takes no temperature with extended thinking.");
    }
    if (request.topP && *request.topP < 0.95) {
        problems << tr("With extended thinking Claude takes a top_p from 0.95 to 1.");
    }
    if (request.maxTokens && *request.maxTokens <= budget) {
        problems << tr("The maximum of output tokens (%1) must be more than the thinking budget (%2).")
                        .arg(*request.maxTokens)
                        .arg(budget);
    }
    return problems;
}

std::optional<StreamError> ProtocolAdapter::accountProblem() const
{
    if (const QString problem = m_account.validate(); !problem.isEmpty()) {
        return StreamError::make(StreamError::Kind::Config, problem);
    }
    if (m_account.needsKey() && m_account.apiKey.isEmpty()) {
        const QString env = m_account.effectiveKeyEnv();
        return StreamError::make(StreamError::Kind::Config,
            env.isEmpty()
                ? tr("No API key for %1: store one in the keychain (quorum providers set-key %1).").arg(m_account.id)
                : tr("No API key for %1: store one in the keychain (quorum providers set-key %1) or set "
                     "the environment variable %2.")
                      .arg(m_account.id, env));
    }
    if (!m_account.apiKey.isEmpty() && m_account.baseUrl.scheme() == "http"_L1 && !m_account.isOnThisMachine()) {
        return StreamError::make(StreamError::Kind::Config,
            tr("Refusing to send the API key over plain HTTP to %1; use https.").arg(m_account.baseUrl.host()));
    }
    return std::nullopt;
}

QString ProtocolAdapter::dataUrl(const MessagePart &part)
{
    return u"data:"_s + part.mimeType + u";base64,"_s + base64(part);
}

QUrl ProtocolAdapter::endpoint(const QString &path, const QString &query) const
{
    QUrl url = m_account.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    // Tolerant mode keeps the percent-encoding of segments such as a model id with '/' or ':'.
    url.setPath(basePath + (path.startsWith(u'/') ? path : u'/' + path), QUrl::TolerantMode);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

QNetworkRequest ProtocolAdapter::baseRequest(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Quorum/" + applicationVersion().toLatin1()));
    request.setRawHeader("Accept"_ba, accept);
    // Keys go only where they were meant to go (docs/reliability.md: no cross-host redirects).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    // Streams are consumed as they come: no HTTP/2 multiplexing surprises with local servers.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, url.scheme() == "https"_L1);
    for (const auto &[name, value] : m_account.extraHeaders) {
        request.setRawHeader(name, value);
    }
    return request;
}

StreamError ProtocolAdapter::parseError(int httpStatus, const QByteArray &body) const
{
    // Every error shape the providers use, read defensively (docs/providers.md §1-8):
    //   {"error":{"message","type","code"}}         OpenAI, Azure (code string), OpenRouter (code int)
    //   {"type":"error","error":{"type","message"}} Anthropic
    //   {"error":{"code","message","status"}}       Gemini (also wrapped in an array by Vertex)
    //   {"error":"..."}                             Ollama
    //   {"message":"..."} / {"detail":...}          Mistral
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isArray() && !document.array().isEmpty()) {
        document = QJsonDocument(document.array().first().toObject());
    }
    QString message;
    QString code;
    if (document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue error = root.value("error"_L1);
        if (error.isObject()) {
            const QJsonObject object = error.toObject();
            message = object.value("message"_L1).toString();
            code = object.value("type"_L1).toString();
            if (const QJsonValue c = object.value("code"_L1); c.isString() && !c.toString().isEmpty()) {
                // OpenAI's specific code (invalid_api_key, insufficient_quota) says more than its type.
                if (code.isEmpty() || ErrorClassifier::kindForCode(c.toString())) {
                    code = c.toString();
                }
            }
            if (const QString status = object.value("status"_L1).toString(); !status.isEmpty() && code.isEmpty()) {
                code = status;
            }
        } else if (error.isString()) {
            message = error.toString();
        } else if (root.value("message"_L1).isString()) {
            message = root.value("message"_L1).toString();
        } else if (const QJsonValue detail = root.value("detail"_L1); detail.isString()) {
            message = detail.toString();
        } else if (detail.isArray()) {
            QStringList parts;
            for (const QJsonValue &item : detail.toArray()) {
                parts << item.toObject().value("msg"_L1).toString();
            }
            message = parts.join("; "_L1);
        }
    }
    if (message.isEmpty() && !body.isEmpty()) {
        // Not JSON (a proxy's HTML page, plain text): show its start, printable only.
        QString text = QString::fromUtf8(body.first(qMin<qsizetype>(body.size(), 200))).simplified();
        text.removeIf([](QChar c) { return !c.isPrint(); });
        message = text;
    }
    return ErrorClassifier::fromHttp(httpStatus, message, code);
}

StreamError ProtocolAdapter::parseErrorResponse(int httpStatus, const QByteArray &body, const Headers &headers) const
{
    Q_UNUSED(headers)
    return parseError(httpStatus, body);
}

StreamError ProtocolAdapter::errorFromResponse(int httpStatus, const QByteArray &body, const Headers &headers) const
{
    StreamError error = parseErrorResponse(httpStatus, body, headers);
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "retry-after-ms") {
            error.retryAfter = ErrorClassifier::parseRetryAfterMs(value);
        } else if (lower == "retry-after" && !error.retryAfter) {
            error.retryAfter = ErrorClassifier::parseRetryAfter(value);
        } else if (lower == "x-should-retry") {
            error.shouldRetry = value.trimmed() == "true";
        }
    }
    return error;
}

std::optional<QString> ProtocolAdapter::pageAfterError(const QString &pageToken, const StreamError &error) const
{
    Q_UNUSED(pageToken)
    Q_UNUSED(error)
    return std::nullopt;
}

ModelPage ProtocolAdapter::unreadableModels(const QString &why)
{
    ModelPage page;
    page.error = StreamError::make(StreamError::Kind::Protocol, why);
    return page;
}

} // namespace Quorum
