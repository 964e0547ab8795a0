// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QString>

namespace Quorum
{

/*!
 * Why an answer failed: a kind Quorum acts on (retry or not, what to tell the user), the
 * HTTP status, the provider's own message and code, and a complete message for the user
 * (describe()). Keys never appear in any of it.
 */
struct StreamError {
    Q_DECLARE_TR_FUNCTIONS(Quorum::StreamError)

public:
    enum class Kind {
        Auth,        //!< 401/403, or Gemini's API_KEY_INVALID
        Billing,     //!< 402, insufficient quota or credits
        NotFound,    //!< 404: unknown model or wrong URL
        BadRequest,  //!< 400/413/422: the provider refused the request
        RateLimited, //!< 429
        Overloaded,  //!< 529, or an overloaded error mid-stream
        Server,      //!< 5xx, or a server error mid-stream
        Network,     //!< connection refused, reset, TLS, DNS
        Timeout,     //!< no response, no data, no content, or the overall cap
        Protocol,    //!< a body Quorum cannot read, or a stream cut short
        TooLarge,    //!< the response exceeded the size cap
        Cancelled,   //!< the user stopped it
        Config,      //!< the account is incomplete (no key, no base URL)
    };

    Kind kind = Kind::Protocol;
    int httpStatus = 0;
    //! The provider's own words ("Incorrect API key provided: sk-…"), empty if none.
    QString providerMessage;
    //! The provider's machine-readable code ("invalid_api_key", "overloaded_error").
    QString providerCode;
    //! How long the provider asked to wait before retrying, when it said.
    std::optional<std::chrono::milliseconds> retryAfter;
    //! The provider's explicit retry advice (x-should-retry), when it gave one.
    std::optional<bool> shouldRetry;
    //! The full text for the user; filled by describe().
    QString message;

    //! The kind as used in `quorum ask --json`: auth, billing, not_found, ...
    QString kindName() const;
    //! Whether a request that failed this way, before any content, may be sent again.
    bool isRetryable() const;
    //! Fills `message` for an answer of \a model from the account \a provider.
    void describe(const QString &provider, const QString &model);

    static StreamError make(Kind kind, const QString &providerMessage = {}, int httpStatus = 0);
};

} // namespace Quorum
