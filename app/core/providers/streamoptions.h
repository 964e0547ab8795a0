// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <chrono>

#include <QtGlobal>

namespace Quorum
{

/*!
 * Limits of one streamed answer (docs/reliability.md, "Network"). The defaults suit cloud
 * providers; a slow local model may need a longer response timeout.
 */
struct StreamOptions {
    //! From sending the request to the response headers.
    std::chrono::milliseconds responseTimeout {std::chrono::seconds(60)};
    //! Between two reads of any bytes (keep-alives count).
    std::chrono::milliseconds idleTimeout {std::chrono::seconds(60)};
    //! Without a new piece of text or reasoning (keep-alives and pings do not count).
    std::chrono::milliseconds contentTimeout {std::chrono::seconds(120)};
    //! The whole answer, retries included.
    std::chrono::milliseconds totalTimeout {std::chrono::minutes(20)};
    //! Bytes of one response body; more and the answer is stopped.
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    //! Bytes of the raw response body to keep for the request inspector (0: none).
    qint64 keepRawBytes = 0;
    //! Retries before the first token, for connect errors, timeouts, 408, 409, 429 and 5xx.
    int maxRetries = 2;
    //! Back-off: min(base * 2^n, max) * a random factor in [0.75, 1].
    std::chrono::milliseconds retryBaseDelay {500};
    std::chrono::milliseconds retryMaxDelay {std::chrono::seconds(8)};
    //! A Retry-After longer than this is not waited for; the user is told instead.
    std::chrono::milliseconds retryAfterCap {std::chrono::seconds(60)};
};

} // namespace Quorum
