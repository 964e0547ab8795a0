// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "tools/jsonrpc.h"

#include <algorithm>
#include <utility>

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Quorum::JsonRpc
{

namespace
{
bool validId(const QJsonValue &id)
{
    // JSON-RPC allows null ids in errors only; MCP requires string or integer ids.
    return id.isString() || (id.isDouble() && id.toDouble() == double(id.toInteger()));
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

std::expected<Message, QString> parse(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return std::unexpected(u"not JSON (%1 at byte %2)"_s.arg(parseError.errorString()).arg(parseError.offset));
    }
    if (document.isArray()) {
        return std::unexpected(u"a batch, which MCP does not use"_s);
    }
    if (!document.isObject()) {
        return std::unexpected(u"not a JSON object"_s);
    }
    const QJsonObject object = document.object();
    if (object.value("jsonrpc"_L1).toString() != "2.0"_L1) {
        return std::unexpected(u"no \"jsonrpc\": \"2.0\""_s);
    }
    Message message;
    message.id = object.value("id"_L1);
    const bool hasId = object.contains("id"_L1);
    if (object.contains("method"_L1)) {
        const QJsonValue method = object.value("method"_L1);
        if (!method.isString() || method.toString().isEmpty()) {
            return std::unexpected(u"a \"method\" that is not a name"_s);
        }
        const QJsonValue params = object.value("params"_L1);
        if (!params.isUndefined() && !params.isNull() && !params.isObject()) {
            return std::unexpected(u"\"params\" that are not an object"_s);
        }
        message.method = method.toString();
        message.params = params.toObject();
        if (hasId && !validId(message.id)) {
            return std::unexpected(u"a request whose id is neither a string nor an integer"_s);
        }
        message.kind = hasId ? Message::Kind::Request : Message::Kind::Notification;
        return message;
    }
    if (object.contains("result"_L1) == object.contains("error"_L1)) {
        return std::unexpected(u"a response with both or neither of \"result\" and \"error\""_s);
    }
    if (object.contains("result"_L1)) {
        if (!validId(message.id)) {
            return std::unexpected(u"a result whose id is neither a string nor an integer"_s);
        }
        message.kind = Message::Kind::Result;
        message.result = object.value("result"_L1);
        return message;
    }
    const QJsonValue error = object.value("error"_L1);
    if (!error.isObject() || !error["code"_L1].isDouble() || !error["message"_L1].isString()) {
        return std::unexpected(u"an error without a numeric \"code\" and a \"message\""_s);
    }
    if (!validId(message.id) && !message.id.isNull()) {
        return std::unexpected(u"an error whose id is neither a string, an integer nor null"_s);
    }
    message.kind = Message::Kind::Error;
    message.errorCode = error["code"_L1].toInt();
    message.errorMessage = error["message"_L1].toString();
    message.errorData = error["data"_L1];
    return message;
}

std::optional<qint64> idOfInvalid(QByteArrayView json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
    const QJsonValue id = document.object().value("id"_L1);
    if (!document.isObject() || !id.isDouble() || id.toDouble() != double(id.toInteger())) {
        return std::nullopt;
    }
    return id.toInteger();
}

QByteArray request(qint64 id, const QString &method, const QJsonObject &params)
{
    QJsonObject object {{"jsonrpc"_L1, u"2.0"_s}, {"id"_L1, id}, {"method"_L1, method}};
    if (!params.isEmpty()) {
        object.insert("params"_L1, params);
    }
    return compact(object);
}

QByteArray notification(const QString &method, const QJsonObject &params)
{
    QJsonObject object {{"jsonrpc"_L1, u"2.0"_s}, {"method"_L1, method}};
    if (!params.isEmpty()) {
        object.insert("params"_L1, params);
    }
    return compact(object);
}

QByteArray result(const QJsonValue &id, const QJsonValue &result)
{
    return compact({{"jsonrpc"_L1, u"2.0"_s}, {"id"_L1, id}, {"result"_L1, result}});
}

QByteArray error(const QJsonValue &id, int code, const QString &message)
{
    return compact({{"jsonrpc"_L1, u"2.0"_s},
        {"id"_L1, id},
        {"error"_L1, QJsonObject {{"code"_L1, code}, {"message"_L1, message}}}});
}

void LineReader::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        if (m_skipping) {
            const qsizetype end = bytes.indexOf('\n');
            if (end < 0) {
                return; // still inside the line that is too long
            }
            m_skipping = false;
            bytes = bytes.sliced(end + 1);
            continue;
        }
        const qsizetype lastEnd = m_buffer.lastIndexOf('\n');
        const qsizetype partial = m_buffer.size() - (lastEnd + 1); // the line being read so far
        const qsizetype room = m_maxLine + 1 - partial;            // +1: its own newline
        const qsizetype newline = bytes.first(std::min(room, bytes.size())).indexOf('\n');
        if (newline < 0 && bytes.size() >= room) {
            // No end within the limit: this line is dropped, with what was kept of it; whole
            // lines before it stay.
            m_buffer.truncate(lastEnd + 1);
            m_scanned = std::min(m_scanned, m_buffer.size());
            m_skipping = true;
            ++m_tooLong;
            bytes = bytes.sliced(room);
            continue;
        }
        const qsizetype take = newline < 0 ? bytes.size() : newline + 1;
        m_buffer.append(bytes.first(take));
        bytes = bytes.sliced(take);
    }
}

std::optional<QByteArray> LineReader::next()
{
    const qsizetype newline = m_buffer.indexOf('\n', m_scanned);
    if (newline < 0) {
        m_scanned = m_buffer.size();
        return std::nullopt;
    }
    QByteArray line = m_buffer.first(newline);
    m_buffer.remove(0, newline + 1);
    m_scanned = 0;
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

int LineReader::takeTooLong()
{
    return std::exchange(m_tooLong, 0);
}

} // namespace Quorum::JsonRpc
