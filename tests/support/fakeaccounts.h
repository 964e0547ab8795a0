// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "fakeproviderserver.h"
#include "providers/provideraccount.h"

namespace Quorum::Testing
{

//! A provider account of the matching kind that points at \a server for \a protocol.
inline ProviderAccount fakeAccount(const Fake::FakeProviderServer &server,
    Fake::Protocol protocol,
    const QString &id = QStringLiteral("fake"),
    const QString &key = QStringLiteral("test-key"))
{
    using Fake::Protocol;
    QString preset;
    switch (protocol) {
    case Protocol::OpenAiChat:
    case Protocol::OpenAiResponses:
        preset = QStringLiteral("openai");
        break;
    case Protocol::Azure:
        preset = QStringLiteral("azure");
        break;
    case Protocol::Mistral:
        preset = QStringLiteral("mistral");
        break;
    case Protocol::OpenRouter:
        preset = QStringLiteral("openrouter");
        break;
    case Protocol::Anthropic:
        preset = QStringLiteral("anthropic");
        break;
    case Protocol::Gemini:
        preset = QStringLiteral("gemini");
        break;
    case Protocol::Ollama:
        preset = QStringLiteral("ollama");
        break;
    case Protocol::Bedrock:
        preset = QStringLiteral("bedrock");
        break;
    }
    ProviderAccount account = *ProviderAccount::create(id, preset);
    if (protocol == Protocol::Bedrock) {
        // \a key is a Bedrock API key, or an access key "AKIA…:secret" that signs with SigV4.
        account.region = QStringLiteral("us-east-1");
        account.modelsUrl = server.baseUrl(protocol);
    }
    account.baseUrl = server.baseUrl(protocol);
    account.useResponsesApi = protocol == Protocol::OpenAiResponses;
    account.apiKey = key;
    return account;
}

inline QList<Fake::Protocol> allProtocols()
{
    using Fake::Protocol;
    return {Protocol::OpenAiChat,
        Protocol::Azure,
        Protocol::Mistral,
        Protocol::OpenRouter,
        Protocol::OpenAiResponses,
        Protocol::Anthropic,
        Protocol::Gemini,
        Protocol::Ollama,
        Protocol::Bedrock};
}

} // namespace Quorum::Testing
