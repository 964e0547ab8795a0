// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace Quorum
{

//! AWS credentials: a key pair, and a session token for temporary ones.
struct AwsCredentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

/*!
 * AWS Signature Version 4 (docs/providers.md §11): the canonical request, the string to sign,
 * the derived key (HMAC-SHA256 with QMessageAuthenticationCode) and the Authorization header.
 * Hand-written because Qt has no AWS signer and the AWS SDK for C++ is far more than one
 * signature needs; checked against the published test-suite vectors.
 */
class SigV4 final
{
public:
    struct Request {
        QByteArray method;
        QUrl url;
        //! Headers to send and sign (besides host, x-amz-date and x-amz-security-token,
        //! which sign() adds); names in any case.
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    //! Every step, for tests and for a fake server that checks what it receives.
    struct Signature {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signedHeaders;
        QByteArray signature; //!< hex
        QByteArray authorization;
        //! The headers to send: the request's, plus Host, X-Amz-Date, X-Amz-Security-Token and Authorization.
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    static Signature sign(const Request &request,
        const AwsCredentials &credentials,
        const QString &region,
        const QString &service,
        const QDateTime &time);

    //! The path as it is sent (already percent-encoded), encoded once more, '/' kept.
    static QByteArray canonicalUri(const QByteArray &encodedPath);
    static QByteArray canonicalQuery(const QUrl &url);
    //! The Host header's value: the host, with the port when the URL names one.
    static QByteArray hostHeader(const QUrl &url);
    //! kSigning, from the secret, the date stamp (YYYYMMDD), region and service.
    static QByteArray signingKey(
        const QString &secret, const QByteArray &date, const QString &region, const QString &service);
};

} // namespace Quorum
