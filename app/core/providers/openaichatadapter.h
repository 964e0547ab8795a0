// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QJsonArray>

#include "providers/protocoladapter.h"

namespace Quorum
{

/*!
 * OpenAI Chat Completions and its compatible services, with each one's quirks: Mistral
 * gets no stream_options (it rejects unknown fields), OpenAI gets max_completion_tokens
 * (others max_tokens), OpenRouter gets attribution headers, and Azure OpenAI its
 * deployment URL, `api-key` header and api-version.
 */
class OpenAiChatAdapter : public ProtocolAdapter
{
public:
    explicit OpenAiChatAdapter(ProviderAccount account);

    QStringList unsupported(const ChatRequest &request) const override;
    SchemaSupport schemaSupport() const override;
    QNetworkRequest chatRequest(const ChatRequest &request, QByteArray &body) const override;
    std::unique_ptr<StreamDecoder> makeDecoder() const override;
    QNetworkRequest modelsRequest(const QString &pageToken) const override;
    ModelPage parseModels(const QByteArray &body) const override;

protected:
    //! The effective preset: the account's, or the one its host suggests.
    QString flavour() const;
    bool isAzure() const { return m_account.kind == ProviderKind::Azure; }
    //! A request with this provider's authentication and headers.
    QNetworkRequest authorisedRequest(const QUrl &url, const QByteArray &accept) const;
    QString azureQuery() const;
    //! A message with parts as the content array (\a flavour: the service's dialect of it).
    static QJsonArray content(const ChatMessage &message, const QString &flavour);
};

} // namespace Quorum
