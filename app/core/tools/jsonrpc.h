// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Quorum::JsonRpc
{

//! The codes of JSON-RPC 2.0 (§5.1) that Quorum sends or reads.
enum ErrorCode : int {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
};

/*!
 * One JSON-RPC 2.0 message as read from a peer (docs/tools.md, "The wire"): a request (a
 * method and an id), a notification (a method, no id), or a response to one of ours (an id
 * and a result, or an error). Batches are not read: MCP since 2025-06-18 has none, and a
 * server of an older revision does not send them unasked.
 */
struct Message {
    enum class Kind { Request, Notification, Result, Error };
    Kind kind = Kind::Notification;
    QJsonValue id;        //!< a number or a string; null for a notification or an unattributable error
    QString method;       //!< requests and notifications
    QJsonObject params;   //!< requests and notifications (MCP's params are objects)
    QJsonValue result;    //!< Kind::Result
    int errorCode = 0;    //!< Kind::Error
    QString errorMessage; //!< Kind::Error
    QJsonValue errorData; //!< Kind::Error, optional
};

//! \a json read as one message, or why it is not one (for the log and the user: what is
//! wrong, never the bytes themselves).
[[nodiscard]] std::expected<Message, QString> parse(QByteArrayView json);

//! The id of a message that was read as JSON but is not a valid message, when it has one:
//! the call it answers fails with the reason rather than waiting for its timeout.
std::optional<qint64> idOfInvalid(QByteArrayView json);

//! Compact encodings, without a trailing newline.
QByteArray request(qint64 id, const QString &method, const QJsonObject &params = {});
QByteArray notification(const QString &method, const QJsonObject &params = {});
QByteArray result(const QJsonValue &id, const QJsonValue &result);
QByteArray error(const QJsonValue &id, int code, const QString &message);

/*!
 * Splits a byte stream into newline-delimited messages (MCP's stdio transport). A line longer
 * than \a maxLine is not kept: its bytes are skipped to its end and it is counted as too long,
 * so a peer that floods its output costs at most \a maxLine of memory.
 */
class LineReader
{
public:
    explicit LineReader(qsizetype maxLine)
        : m_maxLine(maxLine)
    {
    }
    void feed(QByteArrayView bytes);
    //! The next whole line (without its newline; a CR before it is dropped), if one is there.
    std::optional<QByteArray> next();
    //! Lines skipped for being longer than maxLine since the last call; resets the count.
    int takeTooLong();

private:
    qsizetype m_maxLine;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; //!< bytes of m_buffer known to hold no newline
    bool m_skipping = false; //!< inside a line that is too long
    int m_tooLong = 0;
};

} // namespace Quorum::JsonRpc
