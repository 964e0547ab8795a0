// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/eventstream.h"

#include <QUuid>
#include <QtEndian>

#include <zlib.h>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
// The IEEE CRC32 (zlib's; not CRC32C), as AWS computes it.
quint32 crc32Of(QByteArrayView bytes, quint32 seed = 0)
{
    return quint32(::crc32(seed, reinterpret_cast<const Bytef *>(bytes.data()), uInt(bytes.size())));
}

quint32 readU32(const char *at)
{
    return qFromBigEndian<quint32>(at);
}

void appendU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendU16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    out.append(bytes, 2);
}
} // namespace

QString EventStreamMessage::header(QByteArrayView name) const
{
    for (const EventStreamHeader &h : headers) {
        if (h.name == name) {
            return h.value.toString();
        }
    }
    return {};
}

QList<EventStreamMessage> EventStreamDecoder::feed(QByteArrayView bytes)
{
    if (isDamaged()) {
        return {};
    }
    m_buffer.append(bytes);
    QList<EventStreamMessage> messages;
    qsizetype at = 0;
    // The messages before the damage are whole and checked: they are handed out.
    const auto fail = [this, &messages](const QString &message) {
        m_error = message;
        m_buffer.clear();
        return messages;
    };
    while (m_buffer.size() - at >= 12) {
        const char *prelude = m_buffer.constData() + at;
        const quint32 total = readU32(prelude);
        const quint32 headersLength = readU32(prelude + 4);
        const qint64 where = m_offset + at;
        if (crc32Of(QByteArrayView(prelude, 8)) != readU32(prelude + 8)) {
            return fail(tr("the event stream is damaged: bad prelude checksum at byte %1").arg(where));
        }
        if (total < 16 || headersLength > quint32(maxHeaders) || headersLength > total - 16
            || total - 16 - headersLength > quint32(maxPayload)) {
            return fail(tr("the event stream is damaged: impossible lengths at byte %1").arg(where));
        }
        if (m_buffer.size() - at < qsizetype(total)) {
            break; // the rest of this message is still on its way
        }
        const QByteArrayView message(prelude, qsizetype(total));
        if (crc32Of(message.first(message.size() - 4)) != readU32(prelude + total - 4)) {
            return fail(tr("the event stream is damaged: bad message checksum at byte %1").arg(where));
        }
        auto decoded = decodeOne(message);
        if (!decoded) {
            return fail(decoded.error() + u' ' + tr("(at byte %1)").arg(where));
        }
        messages.append(std::move(*decoded));
        at += qsizetype(total);
    }
    m_buffer.remove(0, at);
    m_offset += at;
    return messages;
}

std::expected<EventStreamMessage, QString> EventStreamDecoder::decodeOne(QByteArrayView message) const
{
    const quint32 headersLength = readU32(message.data() + 4);
    QByteArrayView headers = message.sliced(12, qsizetype(headersLength));
    EventStreamMessage result;
    // Only a damaged message pays for the translated text (it was a third of the decoding time).
    const auto broken = [] { return tr("the event stream is damaged: a header runs past its end"); };
    while (!headers.isEmpty()) {
        const auto nameLength = quint8(headers.at(0));
        if (headers.size() < 1 + nameLength + 1 || nameLength == 0) {
            return std::unexpected(broken());
        }
        EventStreamHeader h;
        h.name = headers.sliced(1, nameLength).toByteArray();
        h.type = quint8(headers.at(1 + nameLength));
        headers = headers.sliced(2 + nameLength);
        const auto need = [&headers](qsizetype n) { return headers.size() >= n; };
        switch (h.type) {
        case 0:
        case 1:
            h.value = h.type == 0;
            break;
        case 2:
            if (!need(1)) {
                return std::unexpected(broken());
            }
            h.value = qint64(qint8(headers.at(0)));
            headers = headers.sliced(1);
            break;
        case 3:
            if (!need(2)) {
                return std::unexpected(broken());
            }
            h.value = qint64(qFromBigEndian<qint16>(headers.data()));
            headers = headers.sliced(2);
            break;
        case 4:
            if (!need(4)) {
                return std::unexpected(broken());
            }
            h.value = qint64(qFromBigEndian<qint32>(headers.data()));
            headers = headers.sliced(4);
            break;
        case 5:
        case 8:
            if (!need(8)) {
                return std::unexpected(broken());
            }
            h.value = qFromBigEndian<qint64>(headers.data());
            headers = headers.sliced(8);
            break;
        case 6:
        case 7: {
            if (!need(2)) {
                return std::unexpected(broken());
            }
            const auto length = qFromBigEndian<quint16>(headers.data());
            if (!need(2 + length)) {
                return std::unexpected(broken());
            }
            const QByteArrayView value = headers.sliced(2, length);
            h.value = h.type == 6 ? QVariant(value.toByteArray()) : QVariant(QString::fromUtf8(value));
            headers = headers.sliced(2 + length);
            break;
        }
        case 9:
            if (!need(16)) {
                return std::unexpected(broken());
            }
            h.value = QUuid::fromRfc4122(headers.first(16));
            headers = headers.sliced(16);
            break;
        default:
            return std::unexpected(tr("the event stream is damaged: unknown header type %1").arg(h.type));
        }
        result.headers.append(std::move(h));
    }
    const qsizetype payloadStart = 12 + qsizetype(headersLength);
    result.payload = message.sliced(payloadStart, message.size() - payloadStart - 4).toByteArray();
    return result;
}

QByteArray EventStreamDecoder::checksum(QByteArrayView bytes)
{
    QByteArray out;
    appendU32(out, crc32Of(bytes));
    return out;
}

QByteArray EventStreamDecoder::encode(
    const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &payload)
{
    QList<EventStreamHeader> typed;
    typed.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        typed.append({name, 7, QString::fromUtf8(value)});
    }
    return encode(typed, payload);
}

QByteArray EventStreamDecoder::encodeEvent(const QByteArray &type, const QByteArray &payload)
{
    return encode({{":event-type", type}, {":content-type", "application/json"}, {":message-type", "event"}}, payload);
}

QByteArray EventStreamDecoder::encodeException(const QByteArray &type, const QByteArray &payload)
{
    return encode(
        {{":exception-type", type}, {":content-type", "application/json"}, {":message-type", "exception"}}, payload);
}

QByteArray EventStreamDecoder::encode(const QList<EventStreamHeader> &headers, const QByteArray &payload)
{
    QByteArray encodedHeaders;
    for (const EventStreamHeader &h : headers) {
        encodedHeaders.append(char(quint8(h.name.size())));
        encodedHeaders.append(h.name);
        encodedHeaders.append(char(quint8(h.type)));
        switch (h.type) {
        case 0:
        case 1:
            break;
        case 2:
            encodedHeaders.append(char(qint8(h.value.toLongLong())));
            break;
        case 3: {
            char bytes[2];
            qToBigEndian(qint16(h.value.toLongLong()), bytes);
            encodedHeaders.append(bytes, 2);
            break;
        }
        case 4:
            appendU32(encodedHeaders, quint32(qint32(h.value.toLongLong())));
            break;
        case 5:
        case 8: {
            char bytes[8];
            qToBigEndian(h.value.toLongLong(), bytes);
            encodedHeaders.append(bytes, 8);
            break;
        }
        case 6:
        case 7: {
            const QByteArray value = h.type == 6 ? h.value.toByteArray() : h.value.toString().toUtf8();
            appendU16(encodedHeaders, quint16(value.size()));
            encodedHeaders.append(value);
            break;
        }
        case 9:
            encodedHeaders.append(h.value.toUuid().toRfc4122());
            break;
        default:
            break;
        }
    }
    QByteArray message;
    const auto total = quint32(16 + encodedHeaders.size() + payload.size());
    appendU32(message, total);
    appendU32(message, quint32(encodedHeaders.size()));
    appendU32(message, crc32Of(message));
    message.append(encodedHeaders);
    message.append(payload);
    appendU32(message, crc32Of(message));
    return message;
}

} // namespace Quorum
