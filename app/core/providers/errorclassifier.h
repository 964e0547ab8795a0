// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QString>

#include "providers/streamerror.h"

namespace Quorum
{

/*!
 * Shared rules for reading provider errors: the kind of an HTTP status, the kind of a
 * provider's error code ("overloaded_error", "RESOURCE_EXHAUSTED", ...), and the delay of a
 * Retry-After header (seconds or HTTP date), retry-after-ms, or Google's "26.5s" durations.
 */
namespace ErrorClassifier
{
StreamError::Kind kindForStatus(int httpStatus);
//! The kind a provider's error code or type means, if Quorum knows it.
std::optional<StreamError::Kind> kindForCode(const QString &code);
//! A StreamError for an HTTP status, refined by the provider's code when it is known.
StreamError fromHttp(int httpStatus, const QString &providerMessage, const QString &providerCode);
//! Parses Retry-After: delta-seconds (fractions allowed) or an HTTP date relative to now.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value);
//! Parses retry-after-ms (milliseconds, fractions allowed).
std::optional<std::chrono::milliseconds> parseRetryAfterMs(const QByteArray &value);
//! Parses a protobuf duration ("26s", "55.576865699s").
std::optional<std::chrono::milliseconds> parseProtobufDuration(const QString &value);
} // namespace ErrorClassifier

} // namespace Quorum
