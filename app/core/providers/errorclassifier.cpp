// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/errorclassifier.h"

#include <cmath>

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Quorum::ErrorClassifier
{

StreamError::Kind kindForStatus(int httpStatus)
{
    using Kind = StreamError::Kind;
    switch (httpStatus) {
    case 401:
    case 403:
        return Kind::Auth;
    case 402:
        return Kind::Billing;
    case 404:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 409:
        return Kind::Server; // a conflict the SDKs retry
    case 429:
        return Kind::RateLimited;
    case 503:
    case 529:
        return Kind::Overloaded;
    default:
        break;
    }
    if (httpStatus >= 500) {
        return Kind::Server;
    }
    return Kind::BadRequest;
}

std::optional<StreamError::Kind> kindForCode(const QString &code)
{
    using Kind = StreamError::Kind;
    static const QHash<QString, Kind> kinds {
        {u"overloaded_error"_s, Kind::Overloaded},
        {u"UNAVAILABLE"_s, Kind::Overloaded},
        {u"rate_limit_error"_s, Kind::RateLimited},
        {u"rate_limit_exceeded"_s, Kind::RateLimited},
        {u"RESOURCE_EXHAUSTED"_s, Kind::RateLimited},
        {u"throttlingException"_s, Kind::RateLimited},
        // AWS Bedrock: in-stream exceptions (camelCase) and HTTP error types (x-amzn-ErrorType).
        {u"ThrottlingException"_s, Kind::RateLimited},
        {u"serviceUnavailableException"_s, Kind::Overloaded},
        {u"ServiceUnavailableException"_s, Kind::Overloaded},
        {u"ModelNotReadyException"_s, Kind::Overloaded},
        {u"internalServerException"_s, Kind::Server},
        {u"InternalServerException"_s, Kind::Server},
        {u"modelStreamErrorException"_s, Kind::Server},
        {u"ModelErrorException"_s, Kind::Server},
        {u"validationException"_s, Kind::BadRequest},
        {u"ValidationException"_s, Kind::BadRequest},
        {u"AccessDeniedException"_s, Kind::Auth},
        {u"UnrecognizedClientException"_s, Kind::Auth},
        {u"InvalidSignatureException"_s, Kind::Auth},
        {u"ExpiredTokenException"_s, Kind::Auth},
        {u"ResourceNotFoundException"_s, Kind::NotFound},
        {u"ModelTimeoutException"_s, Kind::Timeout},
        {u"api_error"_s, Kind::Server},
        {u"server_error"_s, Kind::Server},
        {u"internal_error"_s, Kind::Server},
        {u"INTERNAL"_s, Kind::Server},
        {u"authentication_error"_s, Kind::Auth},
        {u"permission_error"_s, Kind::Auth},
        {u"invalid_api_key"_s, Kind::Auth},
        {u"API_KEY_INVALID"_s, Kind::Auth},
        {u"PERMISSION_DENIED"_s, Kind::Auth},
        {u"UNAUTHENTICATED"_s, Kind::Auth},
        {u"not_found_error"_s, Kind::NotFound},
        {u"model_not_found"_s, Kind::NotFound},
        {u"NOT_FOUND"_s, Kind::NotFound},
        {u"DeploymentNotFound"_s, Kind::NotFound},
        {u"insufficient_quota"_s, Kind::Billing},
        {u"billing_error"_s, Kind::Billing},
        {u"invalid_request_error"_s, Kind::BadRequest},
        {u"INVALID_ARGUMENT"_s, Kind::BadRequest},
        {u"FAILED_PRECONDITION"_s, Kind::BadRequest},
        {u"request_too_large"_s, Kind::BadRequest},
        {u"timeout_error"_s, Kind::Timeout},
        {u"DEADLINE_EXCEEDED"_s, Kind::Timeout},
    };
    const auto it = kinds.constFind(code);
    if (it == kinds.cend()) {
        return std::nullopt;
    }
    return *it;
}

StreamError fromHttp(int httpStatus, const QString &providerMessage, const QString &providerCode)
{
    StreamError error = StreamError::make(kindForStatus(httpStatus), providerMessage, httpStatus);
    error.providerCode = providerCode;
    if (const auto refined = kindForCode(providerCode)) {
        // Codes refine statuses where they say more (a 429 for insufficient quota is billing,
        // Gemini's bad key is a 400 with API_KEY_INVALID) but never turn an auth failure
        // into something retryable.
        if (error.kind != StreamError::Kind::Auth || *refined == StreamError::Kind::Auth) {
            if (!(*refined == StreamError::Kind::BadRequest && httpStatus >= 500)) {
                error.kind = *refined;
            }
        }
    }
    return error;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0 || seconds > 1e7) {
            return std::nullopt;
        }
        return std::chrono::milliseconds(static_cast<qint64>(std::llround(seconds * 1000.0)));
    }
    // An HTTP date (RFC 9110: IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT"), always in GMT.
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(" GMT"_L1)) {
        text.chop(4);
    }
    QDateTime when = QLocale::c().toDateTime(text, u"ddd, dd MMM yyyy hh:mm:ss"_s);
    when.setTimeZone(QTimeZone::UTC);
    if (!when.isValid()) {
        return std::nullopt;
    }
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return std::chrono::milliseconds(qMax<qint64>(0, ms));
}

std::optional<std::chrono::milliseconds> parseRetryAfterMs(const QByteArray &value)
{
    bool ok = false;
    const double ms = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(ms) || ms < 0 || ms > 1e10) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(static_cast<qint64>(std::llround(ms)));
}

std::optional<std::chrono::milliseconds> parseProtobufDuration(const QString &value)
{
    if (!value.endsWith(u's')) {
        return std::nullopt;
    }
    bool ok = false;
    const double seconds = value.chopped(1).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 1e7) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(static_cast<qint64>(std::llround(seconds * 1000.0)));
}

} // namespace Quorum::ErrorClassifier
