// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "providers/ssejsondecoder.h"

namespace Quorum
{

/*!
 * Google Gemini `streamGenerateContent?alt=sse`: data-only events (CRLF line ends), each a
 * whole GenerateContentResponse. Text parts are the answer, parts marked `thought` are
 * reasoning; usageMetadata is cumulative; a finishReason (or a prompt blockReason) ends the
 * answer, and the body ending without one is a truncated stream. An error object, in a
 * data event or as raw JSON lines without `data:` (which the SDK collects by counting
 * braces), fails it.
 */
class GeminiDecoder final : public SseJsonDecoder
{
public:
    GeminiDecoder();

protected:
    void handleEvent(const QString &type, const QJsonObject &response, QList<StreamEvent> &events) override;
    void afterEvents(QList<StreamEvent> &events) override;
    void decodeEnd(QList<StreamEvent> &events) override;

private:
    void handleResponse(const QJsonObject &response, QList<StreamEvent> &events);
    void handleForeignLines(QList<StreamEvent> &events);

    QByteArray m_rawJson; // raw JSON lines outside the SSE framing
    int m_rawDepth = 0;
    std::optional<FinishReason> m_finish;
    QString m_model;
    int m_calls = 0; // functionCall parts seen (ids for calls that come without)
};

} // namespace Quorum
