// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "providers/protocoladapter.h"

namespace Quorum
{

/*!
 * Google Gemini API: `models/{model}:streamGenerateContent?alt=sse` with `x-goog-api-key`,
 * the paged model list (generateContent models only), and Google RPC errors, whose
 * RetryInfo gives the retry delay and whose API_KEY_INVALID reason marks a bad key.
 */
class GeminiAdapter final : public ProtocolAdapter
{
public:
    explicit GeminiAdapter(ProviderAccount account);

    QStringList unsupported(const ChatRequest &request) const override;
    SchemaSupport schemaSupport() const override { return SchemaSupport::JsonMode; }
    QNetworkRequest chatRequest(const ChatRequest &request, QByteArray &body) const override;
    std::unique_ptr<StreamDecoder> makeDecoder() const override;
    StreamError parseError(int httpStatus, const QByteArray &body) const override;
    QNetworkRequest modelsRequest(const QString &pageToken) const override;
    ModelPage parseModels(const QByteArray &body) const override;

private:
    QNetworkRequest authorisedRequest(const QUrl &url, const QByteArray &accept) const;
};

} // namespace Quorum
