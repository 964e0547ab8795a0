// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/bedrockadapter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "providers/bedrockconverse.h"
#include "providers/bedrockdecoder.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
// The parts of a Bedrock model listing, as page tokens: "" (foundation models), then
// "profiles[:NEXT]", then "routers[:NEXT]".
const QString profilesPart = u"profiles"_s;
const QString routersPart = u"routers"_s;

QString partToken(const QString &part, const QString &next)
{
    return next.isEmpty() ? part : part + u':' + next;
}
} // namespace

BedrockAdapter::BedrockAdapter(ProviderAccount account, const QProcessEnvironment &environment)
    : ProtocolAdapter(std::move(account))
{
    if (!m_account.apiKey.isEmpty()) {
        AwsIdentity identity;
        identity.region = m_account.region;
        if (const auto pair = accessKeyFromSecret(m_account.apiKey)) {
            identity.credentials = *pair;
            identity.source = tr("the access key stored for %1").arg(m_account.id);
        } else {
            identity.bearerToken = m_account.apiKey;
            identity.source = tr("the Bedrock API key of %1").arg(m_account.id);
        }
        m_identity = identity;
    } else {
        m_identity = AwsCredentialChain::resolve(m_account.awsProfile, m_account.region, environment);
    }
}

std::optional<AwsCredentials> BedrockAdapter::accessKeyFromSecret(const QString &secret)
{
    // Access key ids are 16-128 upper-case letters and digits (AKIA… long-term, ASIA…
    // temporary); secrets and session tokens are base64 without ':'.
    static const QRegularExpression pair(u"^([A-Z0-9]{16,128}):([^:\\s]+)(?::([^:\\s]+))?$"_s);
    const QRegularExpressionMatch match = pair.match(secret.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return AwsCredentials {match.captured(1), match.captured(2), match.captured(3)};
}

std::optional<StreamError> BedrockAdapter::accountProblem() const
{
    if (auto problem = ProtocolAdapter::accountProblem()) {
        return problem;
    }
    if (!m_identity) {
        return StreamError::make(StreamError::Kind::Config,
            tr("No AWS credentials for %1: %2. Or store an access key (ACCESS_KEY_ID:SECRET) or a Bedrock API "
               "key with: quorum providers set-key %1")
                .arg(m_account.id, m_identity.error()));
    }
    return std::nullopt;
}

QStringList BedrockAdapter::unsupported(const ChatRequest &request) const
{
    using BedrockConverse::ReasoningFamily;
    const ReasoningFamily family = BedrockConverse::reasoningFamily(request.model);
    if (family == ReasoningFamily::Claude) {
        return claudeThinkingUnsupported(request);
    }
    QStringList problems;
    if (request.reasoningBudget) {
        problems << tr("On Bedrock only Claude takes a budget of thinking tokens; %1 does not.").arg(request.model);
    }
    if (family == ReasoningFamily::GptOss) {
        problems << gptOssUnsupported(request);
    } else if (request.effort) {
        if (family == ReasoningFamily::None) {
            problems << tr("Quorum knows of no reasoning setting that Bedrock takes for %1.").arg(request.model);
        } else if (family == ReasoningFamily::Nova2 && *request.effort == ReasoningEffort::Minimal) {
            problems << tr("%1 takes a reasoning effort of none, low, medium or high.").arg(request.model);
        }
    }
    return problems;
}

QNetworkRequest BedrockAdapter::chatRequest(const ChatRequest &request, QByteArray &body) const
{
    body = BedrockConverse::body(request);
    QNetworkRequest http
        = baseRequest(BedrockConverse::operationUrl(m_account.baseUrl, request.model, m_account.stream),
            m_account.stream ? "application/vnd.amazon.eventstream"_ba : "application/json"_ba);
    if (m_identity) {
        BedrockConverse::authorise(http, "POST"_ba, body, *m_identity);
    }
    return http;
}

std::unique_ptr<StreamDecoder> BedrockAdapter::makeDecoder() const
{
    return std::make_unique<BedrockDecoder>(m_account.stream);
}

StreamError BedrockAdapter::parseError(int httpStatus, const QByteArray &body) const
{
    return BedrockConverse::parseError(httpStatus, {}, body);
}

StreamError BedrockAdapter::parseErrorResponse(int httpStatus, const QByteArray &body, const Headers &headers) const
{
    for (const auto &[name, value] : headers) {
        if (name.compare("x-amzn-ErrorType", Qt::CaseInsensitive) == 0) {
            return BedrockConverse::parseError(httpStatus, value, body);
        }
    }
    return parseError(httpStatus, body);
}

QUrl BedrockAdapter::controlUrl() const
{
    return m_account.modelsUrl.isEmpty() ? BedrockConverse::controlUrl(m_account.region) : m_account.modelsUrl;
}

QNetworkRequest BedrockAdapter::modelsRequest(const QString &pageToken) const
{
    const QString part = pageToken.section(u':', 0, 0);
    const QString next = pageToken.section(u':', 1);
    QByteArray query;
    QString path;
    if (part.isEmpty()) {
        path = u"/foundation-models"_s;
        query = "byOutputModality=TEXT&byInferenceType=ON_DEMAND";
    } else {
        path = part == profilesPart ? u"/inference-profiles"_s : u"/prompt-routers"_s;
        query = "maxResults=100";
        if (!next.isEmpty()) {
            // Encoded here, RFC 3986 style: a '+' in the token must not reach AWS as a space.
            query += "&nextToken=" + next.toUtf8().toPercentEncoding();
        }
    }
    QUrl url = controlUrl();
    QString basePath = url.path();
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + path);
    url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);
    QNetworkRequest http = baseRequest(url, "application/json"_ba);
    // A GET has no body and no content type: nothing to sign but the URL and the host.
    http.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    if (m_identity) {
        BedrockConverse::authorise(http, "GET"_ba, {}, *m_identity);
    }
    return http;
}

ModelPage BedrockAdapter::parseModels(const QByteArray &body) const
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    ModelPage page;
    const auto array = [&root](QLatin1StringView key) { return root.value(key).toArray(); };
    if (root.value("modelSummaries"_L1).isArray()) {
        for (const QJsonValue &value : array("modelSummaries"_L1)) {
            const QJsonObject model = value.toObject();
            const QString id = model.value("modelId"_L1).toString();
            // Only what can be called by its own id, with a stream, for text.
            if (id.isEmpty() || model.value("responseStreamingSupported"_L1).toBool(true) == false
                || !model.value("inferenceTypesSupported"_L1).toArray().contains(u"ON_DEMAND"_s)
                || !model.value("outputModalities"_L1).toArray().contains(u"TEXT"_s)
                || model.value("modelLifecycle"_L1).toObject().value("status"_L1).toString() == "DEPRECATED"_L1) {
                continue;
            }
            const QString provider = model.value("providerName"_L1).toString();
            const QString name = model.value("modelName"_L1).toString();
            page.models.append(ModelInfo {id, provider.isEmpty() ? name : provider + u' ' + name, 0, {}});
        }
        page.nextPageToken = profilesPart;
        return page;
    }
    if (root.value("inferenceProfileSummaries"_L1).isArray()) {
        for (const QJsonValue &value : array("inferenceProfileSummaries"_L1)) {
            const QJsonObject profile = value.toObject();
            const QString id = profile.value("inferenceProfileId"_L1).toString();
            if (!id.isEmpty() && profile.value("status"_L1).toString(u"ACTIVE"_s) == "ACTIVE"_L1) {
                page.models.append(ModelInfo {id, profile.value("inferenceProfileName"_L1).toString(), 0, {}});
            }
        }
        const QString next = root.value("nextToken"_L1).toString();
        page.nextPageToken = next.isEmpty() ? routersPart : partToken(profilesPart, next);
        return page;
    }
    if (root.value("promptRouterSummaries"_L1).isArray()) {
        for (const QJsonValue &value : array("promptRouterSummaries"_L1)) {
            const QJsonObject router = value.toObject();
            const QString arn = router.value("promptRouterArn"_L1).toString();
            if (!arn.isEmpty() && router.value("status"_L1).toString(u"AVAILABLE"_s) == "AVAILABLE"_L1) {
                page.models.append(ModelInfo {
                    arn, tr("%1 (prompt router)").arg(router.value("promptRouterName"_L1).toString()), 0, {}});
            }
        }
        if (const QString next = root.value("nextToken"_L1).toString(); !next.isEmpty()) {
            page.nextPageToken = partToken(routersPart, next);
        }
        return page;
    }
    return unreadableModels(QStringLiteral("no modelSummaries, inferenceProfileSummaries or promptRouterSummaries in "
                                           "the Bedrock model list"));
}

std::optional<QString> BedrockAdapter::pageAfterError(const QString &pageToken, const StreamError &error) const
{
    // Foundation models are the list; profiles and routers are extras an IAM policy may not
    // allow (AccessDeniedException) or a region or VPC endpoint may not have.
    if (error.kind != StreamError::Kind::Auth && error.kind != StreamError::Kind::NotFound) {
        return std::nullopt;
    }
    const QString part = pageToken.section(u':', 0, 0);
    if (part == profilesPart) {
        return routersPart;
    }
    if (part == routersPart) {
        return QString();
    }
    return std::nullopt;
}

} // namespace Quorum
