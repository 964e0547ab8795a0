// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

// Driving an MCP client in a test (stdio or HTTP): start and wait, call and wait.
#include <algorithm>
#include <expected>

#include <QSignalSpy>
#include <QTest>

#include "tools/mcpclient.h"

namespace Quorum::Testing
{

//! Starts \a client and waits for ready() or failed(); true when it is ready.
inline bool startAndWait(McpClient &client)
{
    QSignalSpy ready(&client, &McpClient::ready);
    QSignalSpy failed(&client, &McpClient::failed);
    client.start();
    return QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 15000) && !ready.isEmpty();
}

//! Calls \a tool and waits: the result, or why it failed.
inline std::expected<McpCallResult, QString> callAndWait(
    McpClient &client, const QString &tool, const QJsonObject &arguments = {})
{
    QSignalSpy finished(&client, &McpClient::callFinished);
    QSignalSpy failed(&client, &McpClient::callFailed);
    const qint64 id = client.callTool(tool, arguments);
    const auto mine = [id](const QSignalSpy &spy) {
        return std::ranges::any_of(spy, [id](const QList<QVariant> &args) { return args.at(0).toLongLong() == id; });
    };
    if (!QTest::qWaitFor([&] { return mine(finished) || mine(failed); }, 20000)) {
        return std::unexpected(QStringLiteral("(no answer within 20 s)"));
    }
    for (const QList<QVariant> &args : std::as_const(failed)) {
        if (args.at(0).toLongLong() == id) {
            return std::unexpected(args.at(1).toString());
        }
    }
    for (const QList<QVariant> &args : std::as_const(finished)) {
        if (args.at(0).toLongLong() == id) {
            return args.at(1).value<McpCallResult>();
        }
    }
    return std::unexpected(QString());
}

} // namespace Quorum::Testing
