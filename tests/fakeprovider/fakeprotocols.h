// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "fakescript.h"

namespace Quorum::Fake
{

//! One piece of a streamed body: an event (or line) the server writes as a unit.
struct Segment {
    enum class Kind { Preamble, Reasoning, Text, Tool, Tail };
    Kind kind = Kind::Preamble;
    QByteArray bytes;
};

/*!
 * The wire formats, written as the real services write them (field order, spacing,
 * CRLF for Gemini, Azure's empty first chunk, OpenRouter's keep-alives, ...), from the
 * transcripts in docs/providers.md.
 */
namespace Wire
{
//! The streamed body for \a script, event by event.
QList<Segment> stream(Protocol protocol, const Script &script, const QString &model, const QJsonObject &request);
//! The in-stream error event of the protocol (an overload or server error after the 200).
QByteArray midStreamError(Protocol protocol);
//! The body of an HTTP error response as the provider sends it.
QByteArray errorBody(Protocol protocol, int status, const QString &model);
//! A 400 body as \a protocol's service writes it, with \a message.
QByteArray invalidRequestBody(Protocol protocol, const QString &message);
/*!
 * What the service says (its 400 message) of a request whose tool calls and results do not
 * pair up: a result without its call, a call without its result in the next message, Gemini's
 * counts that differ, Bedrock's toolUse without toolConfig. Empty: they pair up.
 */
QString toolPairingProblem(Protocol protocol, const QJsonObject &request);
//! The names of the tools \a request offers.
QStringList offeredTools(Protocol protocol, const QJsonObject &request);
//! The results the last message of \a request carries (empty: it is no tool result message).
QStringList lastToolResults(Protocol protocol, const QJsonObject &request);
//! The headers of an HTTP error response that carry its meaning (Bedrock's x-amzn-ErrorType).
QList<QPair<QByteArray, QByteArray>> errorHeaders(Protocol protocol, int status);
//! Bedrock's error code for an HTTP status (ThrottlingException for 429, ...).
QByteArray bedrockErrorCode(int status);
//! Content type of the streamed body.
QByteArray streamContentType(Protocol protocol);
//! The model list body.
/*!
 * A model list as \a protocol sends it. A model in \a reads ("", "image", "pdf" or
 * "image,pdf") carries what it reads as the provider says it: Anthropic's capabilities
 * (image_input, pdf_input), OpenRouter's architecture.input_modalities; the others say nothing.
 */
QByteArray modelsBody(Protocol protocol, const QStringList &models, const QHash<QString, QString> &reads = {});
//! A Bedrock Converse (not streamed) response: the whole answer in one JSON body.
QByteArray bedrockConverseBody(const Script &script, const QString &model);
//! A Bedrock control-plane list for \a path (/foundation-models, /inference-profiles,
//! /prompt-routers) and its \a nextToken; inference profiles come in two pages.
QByteArray bedrockListBody(const QByteArray &path, const QByteArray &nextToken, const QStringList &models);
//! A JSON string literal for \a text ("..." with escapes).
QByteArray jsonString(const QString &text);
} // namespace Wire

} // namespace Quorum::Fake
