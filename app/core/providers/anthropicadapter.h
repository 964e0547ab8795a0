// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "providers/protocoladapter.h"

namespace Quorum
{

//! Anthropic Messages (`/v1/messages`, `x-api-key`, `anthropic-version`) and `/v1/models`.
class AnthropicAdapter final : public ProtocolAdapter
{
public:
    //! max_tokens is required by Anthropic; used when the request sets none.
    static constexpr int defaultMaxTokens = 4096;

    explicit AnthropicAdapter(ProviderAccount account);

    QStringList unsupported(const ChatRequest &request) const override;
    QNetworkRequest chatRequest(const ChatRequest &request, QByteArray &body) const override;
    std::unique_ptr<StreamDecoder> makeDecoder() const override;
    QNetworkRequest modelsRequest(const QString &pageToken) const override;
    ModelPage parseModels(const QByteArray &body) const override;

private:
    QNetworkRequest authorisedRequest(const QUrl &url, const QByteArray &accept) const;
};

} // namespace Quorum
