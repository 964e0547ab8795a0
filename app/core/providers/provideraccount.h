// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "providers/proxysetting.h"

namespace Quorum
{

//! The wire protocol family of a provider account.
enum class ProviderKind { OpenAi, Anthropic, Gemini, Ollama, Azure, Bedrock };

/*!
 * A known provider: its kind, public base URL, the environment variable that usually holds
 * its key, and its quirks. Kind `openai` covers every OpenAI-compatible service; the preset
 * says which one (Mistral rejects stream_options, OpenRouter wants attribution headers and
 * reports its own cost, local servers answer one request at a time).
 */
struct ProviderPreset {
    QString id;
    ProviderKind kind = ProviderKind::OpenAi;
    QString displayName;
    QString baseUrl;
    QString keyEnv;
    bool needsKey = true;
    int maxConcurrent = 0; //!< 0: no limit

    static const QList<ProviderPreset> &all();
    static std::optional<ProviderPreset> find(const QString &id);
    //! What to call an account's provider: its preset's name ("Groq"), else its kind's.
    static QString displayNameFor(const QString &presetId, ProviderKind kind);
    //! The preset that fits an OpenAI-compatible base URL by its host (api.mistral.ai, ...).
    static QString presetForOpenAiUrl(const QUrl &url);
};

/*!
 * One provider account as the user set it up: an id of their choice ("work-openai"), the
 * kind, a preset, the base URL and where the key comes from. Holds no secret when stored:
 * `apiKey` is filled at run time from the keychain or an environment variable.
 */
struct ProviderAccount {
    Q_DECLARE_TR_FUNCTIONS(Quorum::ProviderAccount)

public:
    QString id;
    ProviderKind kind = ProviderKind::OpenAi;
    QString preset; //!< a ProviderPreset id; empty for a generic endpoint of the kind
    QUrl baseUrl;
    QString apiKeyEnv;            //!< environment variable with the key; empty: the preset's default
    QString apiVersion;           //!< Azure's api-version
    QString region;               //!< Bedrock: the AWS region (eu-west-1); signs every request
    QString awsProfile;           //!< Bedrock: a profile in ~/.aws/credentials or ~/.aws/config
    QUrl modelsUrl;               //!< Bedrock: the control plane for model lists; empty: the region's
    bool stream = true;           //!< Bedrock: ConverseStream; off: Converse (the answer at once)
    bool useResponsesApi = false; //!< OpenAI: /v1/responses instead of /chat/completions
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    int maxConcurrent = -1; //!< -1: the preset's default; 0: no limit
    bool enabled = true;    //!< a disabled account is kept but offered nowhere (model picker, Auto)
    ProxySetting proxy;     //!< Inherit: the global network setting
    int timeoutSeconds = 0; //!< waiting for the response to start; 0: the default (60 s)
    //! The user's labels for routing rules and governance ("eu", "no-training", ...).
    QStringList tags;

    QString apiKey; //!< runtime only, never stored

    //! The environment variable the key is read from (own setting, else the preset's).
    QString effectiveKeyEnv() const;
    bool needsKey() const;
    //! True when the base URL names this machine (localhost or a loopback address).
    bool isOnThisMachine() const;
    //! The tags, plus "local" for an account on this machine (what "only local" rules use).
    QStringList effectiveTags() const;
    int effectiveMaxConcurrent() const;
    //! Reads the key from the environment into apiKey; false if it is needed and missing.
    bool loadKeyFromEnvironment();
    //! An error message when the account cannot be used as it is, else empty.
    QString validate() const;

    QJsonObject toJson() const;
    static std::optional<ProviderAccount> fromJson(const QJsonObject &json);

    //! A new account of \a kindOrPreset ("openai", "mistral", "ollama", ...) with its defaults.
    static std::optional<ProviderAccount> create(const QString &id, const QString &kindOrPreset);
    //! A Bedrock account in \a region, at the region's public endpoint.
    static ProviderAccount bedrock(const QString &id, const QString &region);
    //! Ollama on 127.0.0.1:11434, always there, no key needed.
    static ProviderAccount builtInOllama();

    friend bool operator==(const ProviderAccount &, const ProviderAccount &) = default;
};

QString kindName(ProviderKind kind);
std::optional<ProviderKind> kindFromName(const QString &name);

} // namespace Quorum
