// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QProcessEnvironment>

#include "providers/awscredentials.h"
#include "providers/protocoladapter.h"

namespace Quorum
{

/*!
 * AWS Bedrock (docs/providers.md §9-11): ConverseStream (or Converse, for an account that does
 * not stream) on the runtime endpoint, signed with SigV4
 * when it is built (each retry is built, and so signed, anew), or with a Bedrock API key; the
 * model list from the control plane in three parts read one after the other — foundation
 * models callable on demand, inference profiles (cross-region), prompt routers — where the
 * last two are skipped when the account may not list them.
 *
 * Credentials, in this order: the account's key (`quorum providers set-key`, or the
 * AWS_BEARER_TOKEN_BEDROCK variable): a Bedrock API key, or an access key written
 * `ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]`; else AwsCredentialChain (the account's
 * profile, the environment, ~/.aws).
 */
class BedrockAdapter final : public ProtocolAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::BedrockAdapter)

public:
    explicit BedrockAdapter(
        ProviderAccount account, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    std::optional<StreamError> accountProblem() const override;
    QStringList unsupported(const ChatRequest &request) const override;
    QNetworkRequest chatRequest(const ChatRequest &request, QByteArray &body) const override;
    std::unique_ptr<StreamDecoder> makeDecoder() const override;
    StreamError parseError(int httpStatus, const QByteArray &body) const override;
    QNetworkRequest modelsRequest(const QString &pageToken) const override;
    ModelPage parseModels(const QByteArray &body) const override;
    std::optional<QString> pageAfterError(const QString &pageToken, const StreamError &error) const override;

    //! Who the requests are signed as, or why there is nobody.
    const std::expected<AwsIdentity, QString> &identity() const { return m_identity; }
    //! The control plane: the account's models URL, else the region's public endpoint.
    QUrl controlUrl() const;

    //! The account's key as an access key pair ("AKIA…:secret[:token]"), if it is one.
    static std::optional<AwsCredentials> accessKeyFromSecret(const QString &secret);

protected:
    StreamError parseErrorResponse(int httpStatus, const QByteArray &body, const Headers &headers) const override;

private:
    std::expected<AwsIdentity, QString> m_identity;
};

} // namespace Quorum
