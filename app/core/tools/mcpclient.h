// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <chrono>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include "providers/sseparser.h"
#include "tools/jsonrpc.h"
#include "tools/mcpserverconfig.h"
#include "tools/toolsource.h"

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QProcess;
class QTimer;

namespace Quorum
{

/*!
 * A client of one MCP server (docs/tools.md), written on Qt's JSON, QProcess and Qt Network:
 * MCP has no C++ SDK packaged in Debian, and its wire (JSON-RPC 2.0 over newline-delimited
 * stdio, or over HTTP POSTs answered with JSON or an event stream) is small. It starts the
 * server (or opens a session with it), negotiates the protocol revision at `initialize`,
 * lists its tools (and again when the server says they changed), calls them with a timeout,
 * progress and cancellation, and turns every fault of the server (it does not start, dies,
 * hangs, floods, answers malformed messages or too much, refuses the credentials, forgets
 * the session) into a message for the user, never a hang.
 */
class McpClient final : public ToolSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpClient)

public:
    //! The revisions Quorum speaks, newest first; it asks for the first.
    static const QStringList &protocolVersions();
    //! The most a message from a server may be (a larger tool result fails its call).
    static constexpr qsizetype maxMessageBytes = 8LL * 1024 * 1024;

    explicit McpClient(McpServerConfig config, QObject *parent = nullptr);
    ~McpClient() override;

    //! Starts the server and initialises; ready() or failed() follows.
    void start() override;
    //! Ends the session: the server's stdin is closed, then it is terminated, then killed;
    //! on HTTP, the session is ended with a DELETE (not waited for).
    void stop() override;

    State state() const override { return m_state; }
    const McpServerConfig &config() const { return m_config; }
    const QList<McpTool> &tools() const override { return m_tools; }
    QString protocolVersion() const { return m_protocolVersion; }
    QString serverName() const { return m_serverName; }
    //! Why the client failed, or the last problem it met, for the user.
    QString problem() const override { return m_problem; }

    /*!
     * Calls \a tool with \a arguments; callFinished() or callFailed() follows with the
     * returned id, within the configured timeout.
     */
    qint64 callTool(const QString &tool, const QJsonObject &arguments) override;
    //! Cancels a call (notifications/cancelled); callFailed() follows.
    void cancel(qint64 call) override;

    //! How long requests other than tool calls (initialize, tools/list) may take.
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }

private:
    struct Pending {
        enum class Kind { Initialize, ListTools, Call };
        Kind kind = Kind::Call;
        QElapsedTimer started;
        std::chrono::milliseconds timeout {0};
    };

    qint64 send(
        Pending::Kind kind, const QString &method, const QJsonObject &params, std::chrono::milliseconds timeout);
    void sendNotification(const QString &method, const QJsonObject &params = {});
    void write(const QByteArray &message, qint64 id = -1);
    void readOutput();
    void failTooLong(qint64 call);
    // Streamable HTTP (docs/tools.md, "The wire").
    struct Exchange;
    void startHttp();
    QNetworkRequest httpRequest() const;
    void post(const QByteArray &message, qint64 id, std::function<void()> then = {});
    void watch(QNetworkReply *reply, qint64 id, bool listening, std::function<void()> then = {});
    void readReply(QNetworkReply *reply, Exchange &exchange);
    void finishReply(QNetworkReply *reply, Exchange &exchange);
    void listen();
    void dropReply(QNetworkReply *reply);
    void abortReplies();
    void handle(const QByteArray &line);
    void handleResponse(const JsonRpc::Message &message, qint64 bytes);
    void handleServerMessage(const JsonRpc::Message &message);
    void checkTimeouts();
    void fail(const QString &why);
    void failCall(qint64 id, const QString &why);
    void listTools(const QString &cursor = {});
    static McpCallResult readCallResult(const QJsonObject &result, qint64 bytes);

    McpServerConfig m_config;
    State m_state = State::Stopped;
    QPointer<QProcess> m_process;
    QNetworkAccessManager *m_network = nullptr;
    QList<QPointer<QNetworkReply>> m_replies;
    QHash<qint64, QPointer<QNetworkReply>> m_replyOf; //!< the HTTP exchange of each request
    QByteArray m_sessionId;                           //!< Mcp-Session-Id, once the server gave one
    JsonRpc::LineReader m_lines {maxMessageBytes};
    QByteArray m_stderrTail; //!< the last KB the server wrote on stderr (for its error)
    QTimer *m_timeouts = nullptr;
    qint64 m_nextId = 1;
    QHash<qint64, Pending> m_pending;
    QList<McpTool> m_tools;
    QList<McpTool> m_listing; //!< tools/list pages read so far
    QString m_protocolVersion;
    QString m_serverName;
    QString m_problem;
    std::chrono::milliseconds m_requestTimeout {std::chrono::seconds(30)};
};

} // namespace Quorum
