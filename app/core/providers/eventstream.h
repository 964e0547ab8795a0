// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QVariant>

namespace Quorum
{

//! One header of an AWS event-stream message: its name, wire type (0..9) and value.
struct EventStreamHeader {
    QByteArray name;
    int type = 7;
    QVariant value; //!< bool, qint64 (byte..long, timestamp ms), QByteArray (bytes), QString, QUuid

    friend bool operator==(const EventStreamHeader &, const EventStreamHeader &) = default;
};

//! One message of an AWS event stream (Bedrock's ConverseStream body).
struct EventStreamMessage {
    QList<EventStreamHeader> headers;
    QByteArray payload;

    //! A string header's value (":event-type", ":message-type", ...), empty when absent.
    QString header(QByteArrayView name) const;
};

/*!
 * The AWS event-stream binary framing (docs/providers.md §10): a prelude (total length, headers
 * length, CRC32 of both), headers, payload, and a CRC32 of everything before it, integers big
 * endian. Written once for the client and the tests' fake server.
 *
 * The decoder takes bytes as they arrive — several messages in one read, or a message split
 * over many — and hands out whole messages. Any damage (a CRC that does not match, a length
 * out of bounds, a header that runs past its end) stops the stream for good: the data cannot
 * be trusted, and error() says what broke where.
 */
class EventStreamDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::EventStreamDecoder)

public:
    static constexpr qsizetype maxHeaders = 128 * 1024; // botocore's limits
    static constexpr qsizetype maxPayload = 24 * 1024 * 1024;

    /*!
     * Appends \a bytes; returns the messages they complete — when the bytes are damaged, the
     * whole messages before the damage, after which error() is set and nothing more comes out.
     */
    QList<EventStreamMessage> feed(QByteArrayView bytes);
    //! True once damage was found: the stream cannot be read on.
    bool isDamaged() const { return !m_error.isEmpty(); }
    //! True when bytes of an unfinished message are waiting (the stream was cut if it ends now).
    bool hasPartialMessage() const { return !m_buffer.isEmpty(); }
    //! What broke where ("bad message checksum at byte 137"), empty while the stream is whole.
    QString error() const { return m_error; }

    //! A message with string headers only (what Bedrock sends), CRCs and all.
    static QByteArray encode(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &payload);
    //! The big-endian CRC32 of \a bytes, as the framing writes it.
    static QByteArray checksum(QByteArrayView bytes);
    //! A message with headers of any type.
    static QByteArray encode(const QList<EventStreamHeader> &headers, const QByteArray &payload);
    //! An event as Bedrock frames it: `:event-type` \a type, a JSON \a payload.
    static QByteArray encodeEvent(const QByteArray &type, const QByteArray &payload);
    //! An in-stream exception as Bedrock frames it: `:exception-type` \a type, a JSON \a payload.
    static QByteArray encodeException(const QByteArray &type, const QByteArray &payload);

private:
    [[nodiscard]] std::expected<EventStreamMessage, QString> decodeOne(QByteArrayView message) const;

    QByteArray m_buffer;
    QString m_error;
    qint64 m_offset = 0; //!< of m_buffer's first byte in the whole stream, for messages
};

} // namespace Quorum
