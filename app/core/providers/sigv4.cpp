// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/sigv4.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

//! RFC 3986: everything but A-Z a-z 0-9 - _ . ~ (and \a keep) as %XX, upper-case hex.
QByteArray uriEncode(QByteArrayView bytes, QByteArrayView keep = {})
{
    return bytes.toByteArray().toPercentEncoding(keep.toByteArray(), {}, '%');
}

//! A header value as signed: trimmed, inner runs of spaces made one.
QByteArray canonicalValue(const QByteArray &value)
{
    return value.simplified();
}
} // namespace

QByteArray SigV4::canonicalUri(const QByteArray &encodedPath)
{
    return encodedPath.isEmpty() ? "/"_ba : uriEncode(encodedPath, "/");
}

QByteArray SigV4::canonicalQuery(const QUrl &url)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    if (query.isEmpty()) {
        return {};
    }
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty()) {
            continue;
        }
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(equals < 0 ? part : part.left(equals));
        const QByteArray value = equals < 0 ? QByteArray() : QByteArray::fromPercentEncoding(part.mid(equals + 1));
        pairs.append({uriEncode(key), uriEncode(value)});
    }
    std::ranges::sort(pairs);
    QByteArrayList joined;
    for (const auto &[key, value] : pairs) {
        joined << key + '=' + value;
    }
    return joined.join('&');
}

QByteArray SigV4::hostHeader(const QUrl &url)
{
    const QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    return url.port() > 0 ? host + ':' + QByteArray::number(url.port()) : host;
}

QByteArray SigV4::signingKey(
    const QString &secret, const QByteArray &date, const QString &region, const QString &service)
{
    const QByteArray kDate = hmac("AWS4"_ba + secret.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, "aws4_request"_ba);
}

SigV4::Signature SigV4::sign(const Request &request,
    const AwsCredentials &credentials,
    const QString &region,
    const QString &service,
    const QDateTime &time)
{
    const QByteArray amzDate = time.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
    const QByteArray date = amzDate.left(8);
    Signature result;
    result.headers = request.headers;
    result.headers.append({"Host"_ba, hostHeader(request.url)});
    result.headers.append({"X-Amz-Date"_ba, amzDate});
    if (!credentials.sessionToken.isEmpty()) {
        result.headers.append({"X-Amz-Security-Token"_ba, credentials.sessionToken.toUtf8()});
    }
    // Lower-case names, sorted; a repeated header's values joined with ','.
    QList<std::pair<QByteArray, QByteArray>> canonical;
    for (const auto &[name, value] : std::as_const(result.headers)) {
        const QByteArray lower = name.toLower();
        const auto same = std::ranges::find(canonical, lower, &std::pair<QByteArray, QByteArray>::first);
        if (same != canonical.end()) {
            same->second += ',' + canonicalValue(value);
        } else {
            canonical.append({lower, canonicalValue(value)});
        }
    }
    std::ranges::sort(canonical, {}, &std::pair<QByteArray, QByteArray>::first);
    QByteArray canonicalHeaders;
    QByteArrayList names;
    for (const auto &[name, value] : std::as_const(canonical)) {
        canonicalHeaders += name + ':' + value + '\n';
        names << name;
    }
    result.signedHeaders = names.join(';');
    result.canonicalRequest = request.method + '\n' + canonicalUri(request.url.path(QUrl::FullyEncoded).toUtf8()) + '\n'
        + canonicalQuery(request.url) + '\n' + canonicalHeaders + '\n' + result.signedHeaders + '\n'
        + sha256Hex(request.body);
    const QByteArray scope = date + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    result.stringToSign = "AWS4-HMAC-SHA256\n"_ba + amzDate + '\n' + scope + '\n' + sha256Hex(result.canonicalRequest);
    result.signature
        = hmac(signingKey(credentials.secretAccessKey, date, region, service), result.stringToSign).toHex();
    result.authorization = "AWS4-HMAC-SHA256 Credential="_ba + credentials.accessKeyId.toUtf8() + '/' + scope
        + ", SignedHeaders=" + result.signedHeaders + ", Signature=" + result.signature;
    result.headers.append({"Authorization"_ba, result.authorization});
    return result;
}

} // namespace Quorum
