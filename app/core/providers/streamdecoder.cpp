// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/streamdecoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Quorum
{

StreamDecoder::~StreamDecoder() = default;

void StreamDecoder::feed(QByteArrayView bytes, QList<StreamEvent> &events)
{
    if (!m_done && !bytes.isEmpty()) {
        decode(bytes, events);
    }
}

void StreamDecoder::finish(QList<StreamEvent> &events)
{
    if (!m_done) {
        decodeEnd(events);
    }
    if (!m_done) {
        failTruncated(events);
    }
}

void StreamDecoder::fail(QList<StreamEvent> &events, StreamError error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    events.append(StreamEvent::failed(error));
}

void StreamDecoder::complete(QList<StreamEvent> &events, const FinishReason &reason)
{
    if (m_done) {
        return;
    }
    m_done = true;
    events.append(StreamEvent::finished(reason));
}

bool StreamDecoder::parseObject(QByteArrayView json, QJsonObject &object, QList<StreamEvent> &events)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Show where it broke and a short, printable excerpt of what came.
        QString excerpt = QString::fromUtf8(json.first(qMin<qsizetype>(json.size(), 80)));
        excerpt.replace(u'\n', u' ');
        const QString reason = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("Quorum::StreamDecoder", "malformed JSON (%1 at offset %2): %3")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
                  .arg(excerpt)
            : QCoreApplication::translate("Quorum::StreamDecoder", "a JSON value that is no object: %1").arg(excerpt);
        fail(events, StreamError::make(StreamError::Kind::Protocol, reason));
        return false;
    }
    object = document.object();
    return true;
}

void StreamDecoder::failTruncated(QList<StreamEvent> &events)
{
    fail(events,
        StreamError::make(StreamError::Kind::Protocol,
            QCoreApplication::translate("Quorum::StreamDecoder", "The stream ended before the answer was complete.")));
}

} // namespace Quorum
