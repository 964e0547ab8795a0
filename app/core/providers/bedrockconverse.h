// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkRequest>
#include <QUrl>

#include "providers/awscredentials.h"
#include "providers/chatrequest.h"
#include "providers/streamerror.h"

namespace Quorum
{

/*!
 * The pieces of a Bedrock Converse / ConverseStream call (docs/providers.md §9) that the adapter
 * will put together: the body, the path with the model id as one encoded segment, the
 * endpoints, the request signed with SigV4 (service "bedrock") or carrying a Bedrock API key,
 * and errors read from `x-amzn-ErrorType`.
 */
namespace BedrockConverse
{
//! A file name as Converse takes a document's name (letters, digits, single spaces, - ( ) [ ]).
QString documentName(const QString &name);
//! The body both operations take: messages with content blocks, system blocks,
//! inferenceConfig, and the model family's own reasoning fields (additionalModelRequestFields).
QByteArray body(const ChatRequest &request);

//! The families whose reasoning Bedrock passes on, each in its own fields (docs/providers.md §13.1).
enum class ReasoningFamily { None, Claude, GptOss, Nova2 };
ReasoningFamily reasoningFamily(const QString &modelId);
//! `/model/{modelId}/converse-stream` (or `/converse`); ':' and '/' in the id are encoded.
QByteArray path(const QString &modelId, bool stream);
//! https://bedrock-runtime.{region}.amazonaws.com (messages) and https://bedrock.{region}.amazonaws.com
//! (models); amazonaws.com.cn in the China regions.
QUrl runtimeUrl(const QString &region);
QUrl controlUrl(const QString &region);
/*!
 * Signs \a request for \a method with \a body (SigV4, service "bedrock", its Content-Type
 * signed when set) at \a now, or gives it `Authorization: Bearer` for a Bedrock API key.
 */
void authorise(QNetworkRequest &request,
    const QByteArray &method,
    const QByteArray &body,
    const AwsIdentity &identity,
    const QDateTime &now = QDateTime::currentDateTimeUtc());
/*!
 * The short model id in an ARN (`arn:aws:bedrock:…:inference-profile/us.anthropic…` →
 * `us.anthropic…`), as a prompt router's trace names the model that answered; other ids as they are.
 */
QString modelIdFromArn(const QString &idOrArn);
//! \a base with the path of the operation for \a modelId (percent-encoding kept as it is signed).
QUrl operationUrl(const QUrl &base, const QString &modelId, bool stream);
/*!
 * The request to \a base + path for \a modelId, ready to POST \a body: Content-Type, and
 * either `Authorization: Bearer` (a Bedrock API key) or the SigV4 headers signed at \a now.
 */
QNetworkRequest request(const QUrl &base,
    const QString &modelId,
    bool stream,
    const QByteArray &body,
    const AwsIdentity &identity,
    const QDateTime &now = QDateTime::currentDateTimeUtc());
//! An HTTP error: the code from `x-amzn-ErrorType` (before the ':'), else the body's; its message.
StreamError parseError(int httpStatus, const QByteArray &errorTypeHeader, const QByteArray &body);
} // namespace BedrockConverse

} // namespace Quorum
