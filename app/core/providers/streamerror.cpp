// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/streamerror.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

QString StreamError::kindName() const
{
    switch (kind) {
    case Kind::Auth:
        return u"auth"_s;
    case Kind::Billing:
        return u"billing"_s;
    case Kind::NotFound:
        return u"not_found"_s;
    case Kind::BadRequest:
        return u"bad_request"_s;
    case Kind::RateLimited:
        return u"rate_limited"_s;
    case Kind::Overloaded:
        return u"overloaded"_s;
    case Kind::Server:
        return u"server"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Protocol:
        return u"protocol"_s;
    case Kind::TooLarge:
        return u"too_large"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Config:
        return u"config"_s;
    }
    return u"unknown"_s;
}

bool StreamError::isRetryable() const
{
    if (shouldRetry.has_value()) {
        return *shouldRetry;
    }
    switch (kind) {
    case Kind::RateLimited:
    case Kind::Overloaded:
    case Kind::Server:
    case Kind::Network:
    case Kind::Timeout:
        return true;
    default:
        return false;
    }
}

StreamError StreamError::make(Kind kind, const QString &providerMessage, int httpStatus)
{
    StreamError error;
    error.kind = kind;
    error.providerMessage = providerMessage;
    error.httpStatus = httpStatus;
    return error;
}

void StreamError::describe(const QString &provider, const QString &model)
{
    QString text;
    switch (kind) {
    case Kind::Auth:
        // AWS says "access denied" both for a model not enabled and for an IAM policy without
        // the action: neither is a bad key.
        if (providerCode == "AccessDeniedException"_L1) {
            text = model.isEmpty()
                ? tr("AWS denied %1 access: allow the action in the IAM policy of its credentials.").arg(provider)
                : tr("AWS denied %1 access to %2: enable the model under Bedrock's “Model access”, or allow it in the "
                     "IAM policy of the credentials.")
                      .arg(provider, model);
        } else if (providerCode == "ExpiredTokenException"_L1) {
            text = tr("The AWS session token of %1 has expired: refresh the credentials.").arg(provider);
        } else {
            text = tr("The key for %1 was refused.").arg(provider);
        }
        break;
    case Kind::Billing:
        text = tr("%1 refused the request for billing reasons (quota or credits used up).").arg(provider);
        break;
    case Kind::NotFound:
        text = tr("%1 does not know the model %2, or its base URL is wrong.").arg(provider, model);
        break;
    case Kind::BadRequest:
        text = tr("%1 rejected the request for %2.").arg(provider, model);
        break;
    case Kind::RateLimited:
        text = tr("%1 is rate limiting requests.").arg(provider);
        if (retryAfter) {
            const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(*retryAfter).count();
            text += u' ' + tr("It asks to wait %n second(s).", nullptr, static_cast<int>(seconds));
        }
        break;
    case Kind::Overloaded:
        text = tr("%1 is overloaded.").arg(provider);
        break;
    case Kind::Server:
        text = tr("%1 had a server error.").arg(provider);
        break;
    case Kind::Network:
        text = tr("Could not reach %1.").arg(provider);
        break;
    case Kind::Timeout:
        text = tr("%1 did not answer in time.").arg(provider);
        break;
    case Kind::Protocol:
        text = tr("%1 sent a response Quorum cannot read.").arg(provider);
        break;
    case Kind::TooLarge:
        text = tr("The answer from %1 exceeded the size limit and was stopped.").arg(provider);
        break;
    case Kind::Cancelled:
        text = tr("Stopped.");
        break;
    case Kind::Config:
        text = tr("%1 is not set up completely.").arg(provider);
        break;
    }
    if (httpStatus > 0 && kind != Kind::Cancelled) {
        text += u' ' + tr("(HTTP %1)").arg(httpStatus);
    }
    if (!providerMessage.isEmpty()) {
        text += u' ' + providerMessage;
    }
    message = text;
}

} // namespace Quorum
