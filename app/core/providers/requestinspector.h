// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

#include "providers/chatrequest.h"
#include "providers/provideraccount.h"

namespace Quorum
{

/*!
 * The exact HTTP request Quorum sends for \a request to \a account, as text for the
 * inspector: method and URL, headers, and the body (JSON pretty-printed). Built by the
 * same protocol adapter ChatStream uses, so it cannot drift from what goes on the wire.
 * Secrets are redacted: authorisation headers, the account's key wherever it appears
 * (URL, headers, body) and "key" query parameters.
 */
QString describeRequest(const ProviderAccount &account, const ChatRequest &request);

//! A response body for the inspector: JSON pretty-printed, SSE and NDJSON lines as they came.
QString describeResponse(int httpStatus, const QByteArray &body, bool truncated);

} // namespace Quorum
