// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/provideraccount.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

#include "providers/bedrockconverse.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

QString kindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::OpenAi:
        return u"openai"_s;
    case ProviderKind::Anthropic:
        return u"anthropic"_s;
    case ProviderKind::Gemini:
        return u"gemini"_s;
    case ProviderKind::Ollama:
        return u"ollama"_s;
    case ProviderKind::Azure:
        return u"azure"_s;
    case ProviderKind::Bedrock:
        return u"bedrock"_s;
    }
    return {};
}

std::optional<ProviderKind> kindFromName(const QString &name)
{
    for (const ProviderKind kind : {ProviderKind::OpenAi,
             ProviderKind::Anthropic,
             ProviderKind::Gemini,
             ProviderKind::Ollama,
             ProviderKind::Azure,
             ProviderKind::Bedrock}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

const QList<ProviderPreset> &ProviderPreset::all()
{
    // Base URLs as the official SDKs use them: OpenAI-compatible ones include /v1.
    static const QList<ProviderPreset> presets {
        {u"openai"_s, ProviderKind::OpenAi, u"OpenAI"_s, u"https://api.openai.com/v1"_s, u"OPENAI_API_KEY"_s, true, 0},
        {u"anthropic"_s,
            ProviderKind::Anthropic,
            u"Anthropic"_s,
            u"https://api.anthropic.com"_s,
            u"ANTHROPIC_API_KEY"_s,
            true,
            0},
        {u"gemini"_s,
            ProviderKind::Gemini,
            u"Google Gemini"_s,
            u"https://generativelanguage.googleapis.com"_s,
            u"GEMINI_API_KEY"_s,
            true,
            0},
        {u"ollama"_s, ProviderKind::Ollama, u"Ollama"_s, u"http://127.0.0.1:11434"_s, u"OLLAMA_API_KEY"_s, false, 1},
        {u"azure"_s, ProviderKind::Azure, u"Azure OpenAI"_s, QString(), u"AZURE_OPENAI_API_KEY"_s, true, 0},
        // AWS credentials come from the keychain, the environment or ~/.aws (AwsCredentialChain);
        // the environment variable is the Bedrock API key the AWS SDKs read.
        {u"bedrock"_s, ProviderKind::Bedrock, u"AWS Bedrock"_s, QString(), u"AWS_BEARER_TOKEN_BEDROCK"_s, false, 0},
        {u"mistral"_s,
            ProviderKind::OpenAi,
            u"Mistral"_s,
            u"https://api.mistral.ai/v1"_s,
            u"MISTRAL_API_KEY"_s,
            true,
            0},
        {u"openrouter"_s,
            ProviderKind::OpenAi,
            u"OpenRouter"_s,
            u"https://openrouter.ai/api/v1"_s,
            u"OPENROUTER_API_KEY"_s,
            true,
            0},
        {u"groq"_s, ProviderKind::OpenAi, u"Groq"_s, u"https://api.groq.com/openai/v1"_s, u"GROQ_API_KEY"_s, true, 0},
        {u"deepseek"_s,
            ProviderKind::OpenAi,
            u"DeepSeek"_s,
            u"https://api.deepseek.com/v1"_s,
            u"DEEPSEEK_API_KEY"_s,
            true,
            0},
        {u"xai"_s, ProviderKind::OpenAi, u"xAI"_s, u"https://api.x.ai/v1"_s, u"XAI_API_KEY"_s, true, 0},
        {u"lmstudio"_s, ProviderKind::OpenAi, u"LM Studio"_s, u"http://127.0.0.1:1234/v1"_s, QString(), false, 1},
        {u"llamacpp"_s,
            ProviderKind::OpenAi,
            u"llama.cpp server"_s,
            u"http://127.0.0.1:8080/v1"_s,
            QString(),
            false,
            1},
        {u"vllm"_s, ProviderKind::OpenAi, u"vLLM"_s, u"http://127.0.0.1:8000/v1"_s, QString(), false, 0},
    };
    return presets;
}

QString ProviderPreset::displayNameFor(const QString &presetId, ProviderKind kind)
{
    const auto preset = find(presetId.isEmpty() ? kindName(kind) : presetId);
    return preset ? preset->displayName : kindName(kind);
}

std::optional<ProviderPreset> ProviderPreset::find(const QString &id)
{
    for (const ProviderPreset &preset : all()) {
        if (preset.id == id) {
            return preset;
        }
    }
    return std::nullopt;
}

QString ProviderPreset::presetForOpenAiUrl(const QUrl &url)
{
    const QString host = url.host().toLower();
    for (const ProviderPreset &preset : all()) {
        if (preset.kind == ProviderKind::OpenAi && !preset.baseUrl.isEmpty() && preset.needsKey
            && QUrl(preset.baseUrl).host() == host) {
            return preset.id;
        }
    }
    return {};
}

QString ProviderAccount::effectiveKeyEnv() const
{
    if (!apiKeyEnv.isEmpty()) {
        return apiKeyEnv;
    }
    const auto p = ProviderPreset::find(preset.isEmpty() ? kindName(kind) : preset);
    return p ? p->keyEnv : QString();
}

QStringList ProviderAccount::effectiveTags() const
{
    QStringList all = tags;
    if (isOnThisMachine() && !all.contains("local"_L1, Qt::CaseInsensitive)) {
        all.append(u"local"_s);
    }
    return all;
}

bool ProviderAccount::needsKey() const
{
    if (!apiKeyEnv.isEmpty()) {
        return true;
    }
    const auto p = ProviderPreset::find(preset.isEmpty() ? kindName(kind) : preset);
    if (preset.isEmpty() && kind == ProviderKind::OpenAi) {
        return !isOnThisMachine(); // a generic OpenAI-compatible server: a key unless it is local
    }
    return p ? p->needsKey : true;
}

bool ProviderAccount::isOnThisMachine() const
{
    const QString host = baseUrl.host();
    if (host == "localhost"_L1) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

int ProviderAccount::effectiveMaxConcurrent() const
{
    if (maxConcurrent >= 0) {
        return maxConcurrent;
    }
    const auto p = ProviderPreset::find(preset.isEmpty() ? kindName(kind) : preset);
    return p ? p->maxConcurrent : 0;
}

bool ProviderAccount::loadKeyFromEnvironment()
{
    const QString env = effectiveKeyEnv();
    if (!env.isEmpty()) {
        apiKey = qEnvironmentVariable(env.toLocal8Bit().constData());
        if (apiKey.isEmpty() && kind == ProviderKind::Gemini && apiKeyEnv.isEmpty()) {
            apiKey = qEnvironmentVariable("GOOGLE_API_KEY"); // what google-genai also reads
        }
    }
    return !apiKey.isEmpty() || !needsKey();
}

QString ProviderAccount::validate() const
{
    static const QRegularExpression idPattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    if (!idPattern.match(id).hasMatch()) {
        return tr("The provider id '%1' is not valid: use letters, digits, '.', '_' and '-' (up to 64).").arg(id);
    }
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()
        || (baseUrl.scheme() != "https"_L1 && baseUrl.scheme() != "http"_L1)) {
        return tr("The base URL of %1 must be an http or https URL.").arg(id);
    }
    if (kind == ProviderKind::Azure && apiVersion.isEmpty()) {
        return tr("The Azure account %1 needs an api-version.").arg(id);
    }
    if (kind == ProviderKind::Bedrock) {
        static const QRegularExpression regionPattern(u"^[a-z]{2}(-[a-z]+)+-\\d{1,2}$"_s);
        if (!regionPattern.match(region).hasMatch()) {
            return region.isEmpty() ? tr("The Bedrock account %1 needs an AWS region, such as eu-west-1.").arg(id)
                                    : tr("'%1' is not an AWS region (such as eu-west-1).").arg(region);
        }
        if (!modelsUrl.isEmpty()
            && (!modelsUrl.isValid() || modelsUrl.host().isEmpty()
                || (modelsUrl.scheme() != "https"_L1 && modelsUrl.scheme() != "http"_L1))) {
            return tr("The models URL of %1 must be an http or https URL.").arg(id);
        }
    }
    return {};
}

QJsonObject ProviderAccount::toJson() const
{
    QJsonObject json {
        {"id"_L1, id},
        {"kind"_L1, kindName(kind)},
        {"base_url"_L1, baseUrl.toString()},
    };
    if (!preset.isEmpty()) {
        json.insert("preset"_L1, preset);
    }
    if (!apiKeyEnv.isEmpty()) {
        json.insert("api_key_env"_L1, apiKeyEnv);
    }
    if (!apiVersion.isEmpty()) {
        json.insert("api_version"_L1, apiVersion);
    }
    if (!region.isEmpty()) {
        json.insert("region"_L1, region);
    }
    if (!awsProfile.isEmpty()) {
        json.insert("aws_profile"_L1, awsProfile);
    }
    if (!modelsUrl.isEmpty()) {
        json.insert("models_url"_L1, modelsUrl.toString());
    }
    if (!stream) {
        json.insert("stream"_L1, false);
    }
    if (useResponsesApi) {
        json.insert("responses_api"_L1, true);
    }
    if (maxConcurrent >= 0) {
        json.insert("max_concurrent"_L1, maxConcurrent);
    }
    if (!enabled) {
        json.insert("enabled"_L1, false);
    }
    if (proxy.mode != ProxySetting::Mode::Inherit) {
        json.insert("proxy"_L1, proxy.toString());
    }
    if (timeoutSeconds > 0) {
        json.insert("timeout_seconds"_L1, timeoutSeconds);
    }
    if (!tags.isEmpty()) {
        json.insert("tags"_L1, QJsonArray::fromStringList(tags));
    }
    if (!extraHeaders.isEmpty()) {
        QJsonObject headers;
        for (const auto &[name, value] : extraHeaders) {
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
        }
        json.insert("headers"_L1, headers);
    }
    return json;
}

std::optional<ProviderAccount> ProviderAccount::fromJson(const QJsonObject &json)
{
    const auto kind = kindFromName(json.value("kind"_L1).toString());
    if (!kind) {
        return std::nullopt;
    }
    ProviderAccount account;
    account.id = json.value("id"_L1).toString();
    account.kind = *kind;
    account.preset = json.value("preset"_L1).toString();
    account.baseUrl = QUrl(json.value("base_url"_L1).toString());
    account.apiKeyEnv = json.value("api_key_env"_L1).toString();
    account.apiVersion = json.value("api_version"_L1).toString();
    account.region = json.value("region"_L1).toString();
    account.awsProfile = json.value("aws_profile"_L1).toString();
    account.modelsUrl = QUrl(json.value("models_url"_L1).toString());
    account.stream = json.value("stream"_L1).toBool(true);
    account.useResponsesApi = json.value("responses_api"_L1).toBool();
    account.maxConcurrent = json.value("max_concurrent"_L1).toInt(-1);
    account.enabled = json.value("enabled"_L1).toBool(true);
    account.proxy = ProxySetting::parse(json.value("proxy"_L1).toString()).value_or(ProxySetting {});
    account.timeoutSeconds = qMax(0, json.value("timeout_seconds"_L1).toInt());
    for (const QJsonValue &tag : json.value("tags"_L1).toArray()) {
        if (const QString t = tag.toString().trimmed(); !t.isEmpty() && !account.tags.contains(t)) {
            account.tags.append(t);
        }
    }
    const QJsonObject headers = json.value("headers"_L1).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        account.extraHeaders.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    }
    return account;
}

std::optional<ProviderAccount> ProviderAccount::create(const QString &id, const QString &kindOrPreset)
{
    const auto preset = ProviderPreset::find(kindOrPreset);
    if (!preset) {
        return std::nullopt;
    }
    ProviderAccount account;
    account.id = id;
    account.kind = preset->kind;
    account.preset = preset->id == kindName(preset->kind) ? QString() : preset->id;
    account.baseUrl = QUrl(preset->baseUrl);
    if (account.kind == ProviderKind::Azure) {
        account.apiVersion = u"2024-10-21"_s;
    }
    return account;
}

ProviderAccount ProviderAccount::bedrock(const QString &id, const QString &region)
{
    ProviderAccount account = *create(id, u"bedrock"_s);
    account.region = region;
    account.baseUrl = BedrockConverse::runtimeUrl(region);
    return account;
}

ProviderAccount ProviderAccount::builtInOllama()
{
    return *create(u"ollama"_s, u"ollama"_s);
}

} // namespace Quorum
