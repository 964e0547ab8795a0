// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "providers/protocoladapter.h"

namespace Quorum
{

//! Ollama's native API: `/api/chat` (NDJSON stream) and `/api/tags` (the local models).
class OllamaAdapter final : public ProtocolAdapter
{
public:
    explicit OllamaAdapter(ProviderAccount account);

    QStringList unsupported(const ChatRequest &request) const override;
    SchemaSupport schemaSupport() const override { return SchemaSupport::Native; }
    QNetworkRequest chatRequest(const ChatRequest &request, QByteArray &body) const override;
    std::unique_ptr<StreamDecoder> makeDecoder() const override;
    QNetworkRequest modelsRequest(const QString &pageToken) const override;
    ModelPage parseModels(const QByteArray &body) const override;
    //! `POST /api/pull` of \a model, streamed (NDJSON progress).
    QNetworkRequest pullRequest(const QString &model, QByteArray &body) const;
    //! `DELETE /api/delete` of \a model.
    QNetworkRequest deleteRequest(const QString &model, QByteArray &body) const;

private:
    QNetworkRequest authorisedRequest(const QUrl &url, const QByteArray &accept) const;
};

} // namespace Quorum
