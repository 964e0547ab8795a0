// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// quorum-test-mcp: an MCP server for the tests, on stdio (newline-delimited JSON-RPC 2.0) or,
// with --http PORT, on Streamable HTTP (below). It speaks the lifecycle (initialize with revision negotiation,
// initialized, ping), lists its tools (in pages with --page-size), sends progress, honours cancellation and announces
// tool list changes. Its tools, by what they test:
//
//   echo {text}              the text back
//   add {a, b}               a + b
//   customer_record {id}     a record with a card number and an e-mail (redaction tests)
//   env {name}               the value of an environment variable, or "(unset)"
//   slow {seconds}           progress every 100 ms, then "done" (cancellable)
//   never                    no answer at all
//   crash                    the process exits (code 3) in the middle of the call
//   flood {lines}            that many lines that are not JSON on stdout, then the answer
//   big {megabytes}          a result of that size
//   malformed                a response to the call without "jsonrpc"
//   fail                     a result with isError (the tool failed, the call did not)
//   add_tool                 adds the tool "late" and says the list changed
//   end_session              (HTTP) answers, then forgets the session: the next request is 404
//
// Options: --protocol VERSION (answer initialize with it), --no-initialize (never answer it),
// --exit-at-start (write a reason to stderr and exit 2), --page-size N.
//
// Streamable HTTP (--http PORT, 0 for any; it prints its endpoint URL on stdout, then one line
// per session ended): each POST carries one message. A request is answered on an event
// stream (text/event-stream: its progress, then its response, then the stream ends) or, with
// --json-response, with one application/json body; a notification or response gets 202. The
// session id given at initialize (Mcp-Session-Id) is required after it (400 without, 404 once
// ended), and so is MCP-Protocol-Version for revisions from 2025-06-18. GET opens the stream
// of the server's own messages (tool list changes), or 405 with --no-get; DELETE ends the
// session. --require-header "Name: value" refuses requests without it (401). Written on
// QTcpServer, as the fake provider is: Qt's HTTP server module is not a dependency of Quorum.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{
void writeLine(const QJsonObject &message)
{
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line += '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

QJsonObject text(const QString &value, bool isError = false)
{
    return {
        {"content"_L1, QJsonArray {QJsonObject {{"type"_L1, u"text"_s}, {"text"_L1, value}}}}, {"isError"_L1, isError}};
}

QJsonObject tool(const QString &name, const QString &description, const QJsonObject &properties = {})
{
    return {{"name"_L1, name},
        {"description"_L1, description},
        {"inputSchema"_L1, QJsonObject {{"type"_L1, u"object"_s}, {"properties"_L1, properties}}}};
}

/*!
 * Where the server's messages go: stdout on stdio; on HTTP, the stream of the request the
 * message belongs to (\a route: that request's id, -1 for the server's own messages).
 */
using Output = std::function<void(const QJsonObject &message, qint64 route)>;

class Server : public QObject
{
public:
    Server(QString protocol, bool answerInitialize, int pageSize, bool http)
        : m_protocol(std::move(protocol))
        , m_answerInitialize(answerInitialize)
        , m_pageSize(pageSize)
        , m_http(http)
        , m_input(STDIN_FILENO, QSocketNotifier::Read)
    {
        m_output = [](const QJsonObject &message, qint64) { writeLine(message); };
        const QJsonObject string {{"type"_L1, u"string"_s}};
        const QJsonObject number {{"type"_L1, u"number"_s}};
        m_tools = {tool(u"echo"_s, u"Says the text back."_s, {{"text"_L1, string}}),
            tool(u"add"_s, u"Adds two numbers."_s, {{"a"_L1, number}, {"b"_L1, number}}),
            tool(u"customer_record"_s, u"Looks up a customer."_s, {{"id"_L1, string}}),
            tool(u"env"_s, u"Reads an environment variable."_s, {{"name"_L1, string}}),
            tool(u"slow"_s, u"Works for a while, with progress."_s, {{"seconds"_L1, number}}),
            tool(u"never"_s, u"Never answers."_s),
            tool(u"crash"_s, u"Exits in the middle of the call."_s),
            tool(u"flood"_s, u"Writes lines that are not JSON first."_s, {{"lines"_L1, number}}),
            tool(u"big"_s, u"Returns megabytes."_s, {{"megabytes"_L1, number}}),
            tool(u"malformed"_s, u"Answers with a malformed message."_s),
            tool(u"fail"_s, u"A tool that fails."_s),
            tool(u"add_tool"_s, u"Adds a tool."_s)};
        if (m_http) {
            m_tools.append(tool(u"end_session"_s, u"Ends the HTTP session."_s));
        }
        connect(&m_input, &QSocketNotifier::activated, this, &Server::read);
    }

    void setOutput(Output output) { m_output = std::move(output); }
    //! The revision agreed at initialize.
    QString negotiated() const { return m_negotiated; }
    //! Set by end_session: the HTTP front forgets the session once the answer is out.
    bool takeEndSession() { return std::exchange(m_endSession, false); }

    void handle(const QJsonObject &message)
    {
        const QString method = message.value("method"_L1).toString();
        const QJsonValue id = message.value("id"_L1);
        const QJsonObject params = message.value("params"_L1).toObject();
        if (method == "initialize"_L1) {
            if (!m_answerInitialize) {
                return;
            }
            static const QStringList known {u"2025-11-25"_s, u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s};
            const QString asked = params.value("protocolVersion"_L1).toString();
            const QString version = !m_protocol.isEmpty() ? m_protocol : known.contains(asked) ? asked : known.first();
            m_negotiated = version;
            m_initialized = false;
            result(id,
                {{"protocolVersion"_L1, version},
                    {"capabilities"_L1, QJsonObject {{"tools"_L1, QJsonObject {{"listChanged"_L1, true}}}}},
                    {"serverInfo"_L1, QJsonObject {{"name"_L1, u"quorum-test-mcp"_s}, {"version"_L1, u"1.0"_s}}}});
        } else if (method == "notifications/initialized"_L1) {
            m_initialized = true;
        } else if (method == "ping"_L1) {
            result(id, {});
        } else if (method == "tools/list"_L1) {
            const int from = params.value("cursor"_L1).toString().toInt();
            const int count = m_pageSize > 0 ? m_pageSize : int(m_tools.size());
            QJsonArray tools;
            for (const QJsonObject &each : m_tools.mid(from, count)) {
                tools.append(each);
            }
            QJsonObject page {{"tools"_L1, tools}};
            if (from + count < m_tools.size()) {
                page.insert("nextCursor"_L1, QString::number(from + count));
            }
            result(id, page);
        } else if (method == "tools/call"_L1) {
            call(id, params);
        } else if (method == "notifications/cancelled"_L1) {
            m_cancelled.append(params.value("requestId"_L1).toInteger());
        } else if (!id.isUndefined()) {
            error(id, -32601, u"Method not found: "_s + method);
        }
    }

private:
    void send(const QJsonObject &message, qint64 route = -1) { m_output(message, route); }

    void result(const QJsonValue &id, const QJsonObject &value)
    {
        send({{"jsonrpc"_L1, u"2.0"_s}, {"id"_L1, id}, {"result"_L1, value}}, id.toInteger(-1));
    }

    void error(const QJsonValue &id, int code, const QString &message)
    {
        send({{"jsonrpc"_L1, u"2.0"_s},
                 {"id"_L1, id},
                 {"error"_L1, QJsonObject {{"code"_L1, code}, {"message"_L1, message}}}},
            id.toInteger(-1));
    }

    void read()
    {
        char chunk[65536];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got <= 0) {
            QCoreApplication::exit(0); // stdin closed: MCP's stdio shutdown (and the end on HTTP)
            return;
        }
        if (m_http) {
            return; // on HTTP, stdin only tells when to end
        }
        m_buffer.append(chunk, got);
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            handle(QJsonDocument::fromJson(line).object());
        }
    }

    void call(const QJsonValue &id, const QJsonObject &params)
    {
        const QString name = params.value("name"_L1).toString();
        const QJsonObject arguments = params.value("arguments"_L1).toObject();
        const QJsonValue progressToken = params.value("_meta"_L1).toObject().value("progressToken"_L1);
        if (!m_initialized) {
            error(id, -32600, u"not initialized"_s);
        } else if (name == "echo"_L1) {
            result(id, text(arguments.value("text"_L1).toString()));
        } else if (name == "add"_L1) {
            result(id, text(QString::number(arguments.value("a"_L1).toDouble() + arguments.value("b"_L1).toDouble())));
        } else if (name == "customer_record"_L1) {
            result(id,
                text(
                    u"Customer %1: Jane Roe, card 4111 1111 1111 1111, jane.roe@example.com, balance 120.50 EUR."_s.arg(
                        arguments.value("id"_L1).toString())));
        } else if (name == "env"_L1) {
            const QByteArray value = qgetenv(arguments.value("name"_L1).toString().toLocal8Bit().constData());
            result(id, text(value.isNull() ? u"(unset)"_s : QString::fromLocal8Bit(value)));
        } else if (name == "slow"_L1) {
            const int steps = int(arguments.value("seconds"_L1).toDouble(1) * 10);
            auto *timer = new QTimer(this);
            timer->setInterval(100);
            auto done = std::make_shared<int>(0);
            connect(timer, &QTimer::timeout, this, [this, timer, done, steps, id, progressToken] {
                if (m_cancelled.contains(id.toInteger())) {
                    timer->deleteLater();
                    return; // cancelled: no answer (MCP)
                }
                if (++*done >= steps) {
                    timer->deleteLater();
                    result(id, text(u"done"_s));
                    return;
                }
                send({{"jsonrpc"_L1, u"2.0"_s},
                         {"method"_L1, u"notifications/progress"_s},
                         {"params"_L1,
                             QJsonObject {{"progressToken"_L1, progressToken},
                                 {"progress"_L1, *done},
                                 {"total"_L1, steps},
                                 {"message"_L1, u"step %1"_s.arg(*done)}}}},
                    id.toInteger());
            });
            timer->start();
        } else if (name == "never"_L1) {
            // no answer
        } else if (name == "crash"_L1) {
            std::fputs("quorum-test-mcp: crashing as asked\n", stderr);
            std::_Exit(3);
        } else if (name == "flood"_L1) {
            const int lines = arguments.value("lines"_L1).toInt(1000);
            for (int i = 0; i < lines; ++i) {
                if (m_http) {
                    send({{"not"_L1, u"a JSON-RPC message"_s}}, id.toInteger());
                } else {
                    std::fputs("this is not JSON, it is a server logging to stdout\n", stdout);
                }
            }
            result(id, text(u"flooded"_s));
        } else if (name == "big"_L1) {
            result(id, text(QString(int(arguments.value("megabytes"_L1).toDouble(1) * 1024 * 1024), u'x')));
        } else if (name == "malformed"_L1) {
            send({{"id"_L1, id}, {"result"_L1, text(u"no jsonrpc member"_s)}}, id.toInteger());
        } else if (name == "fail"_L1) {
            result(id, text(u"the tool could not reach its database"_s, true));
        } else if (name == "add_tool"_L1) {
            m_tools.append(tool(u"late"_s, u"Added while running."_s));
            result(id, text(u"added"_s));
            send({{"jsonrpc"_L1, u"2.0"_s}, {"method"_L1, u"notifications/tools/list_changed"_s}});
        } else if (name == "end_session"_L1 && m_http) {
            m_endSession = true;
            result(id, text(u"ended"_s));
        } else {
            error(id, -32602, u"Unknown tool: "_s + name);
        }
    }

    QString m_protocol;
    QString m_negotiated;
    bool m_answerInitialize;
    int m_pageSize;
    bool m_http;
    bool m_endSession = false;
    Output m_output;
    QSocketNotifier m_input;
    QByteArray m_buffer;
    QList<QJsonObject> m_tools;
    QList<qint64> m_cancelled;
    bool m_initialized = false;
};
/*!
 * The Streamable HTTP front of the server (see the top of the file). One request per
 * connection (Connection: close), which is all a test needs and what every client handles.
 */
class HttpFront : public QObject
{
public:
    HttpFront(Server &server, bool jsonResponse, bool allowGet, QByteArray requiredHeader)
        : m_server(server)
        , m_jsonResponse(jsonResponse)
        , m_allowGet(allowGet)
        , m_requiredHeader(std::move(requiredHeader))
    {
        server.setOutput([this](const QJsonObject &message, qint64 route) { deliver(message, route); });
        connect(&m_listener, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen(quint16 port) { return m_listener.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_listener.serverPort(); }

private:
    struct Request {
        QByteArray method;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        const QList<QByteArray> lines = buffer.first(headerEnd).split('\n');
        Request request;
        request.method = lines.first().trimmed().split(' ').value(0);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                request.headers.insert(line.first(colon).trimmed().toLower(), line.sliced(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = buffer.sliced(headerEnd + 4, length);
        m_buffers.remove(socket);
        disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
        serve(socket, request);
    }

    static void reply(QTcpSocket *socket,
        int status,
        const QByteArray &reason,
        const QByteArray &body = {},
        const QByteArray &extraHeaders = {})
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body);
        socket->disconnectFromHost();
    }

    void serve(QTcpSocket *socket, const Request &request)
    {
        if (!m_requiredHeader.isEmpty()) {
            const qsizetype colon = m_requiredHeader.indexOf(':');
            if (request.headers.value(m_requiredHeader.first(colon).trimmed().toLower())
                != m_requiredHeader.sliced(colon + 1).trimmed()) {
                reply(socket, 401, "Unauthorized", "missing or wrong credentials");
                return;
            }
        }
        const QJsonObject message = QJsonDocument::fromJson(request.body).object();
        const bool initialize = message.value("method"_L1).toString() == "initialize"_L1;
        if (!initialize && !sessionIsGood(socket, request)) {
            return;
        }
        if (request.method == "DELETE") {
            const QByteArray session = request.headers.value("mcp-session-id");
            std::printf("session ended %s\n", session.constData());
            std::fflush(stdout);
            m_sessions.remove(session);
            reply(socket, 200, "OK");
            return;
        }
        if (request.method == "GET") {
            if (!m_allowGet) {
                reply(socket, 405, "Method Not Allowed");
                return;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                          "Connection: close\r\n\r\n");
            m_listening = socket;
            return;
        }
        if (request.method != "POST" || message.isEmpty()) {
            reply(socket, 400, "Bad Request", "not a JSON-RPC message");
            return;
        }
        if (!message.contains("method"_L1) || !message.contains("id"_L1)) {
            reply(socket, 202, "Accepted"); // a notification or a response
            m_server.handle(message);
            return;
        }
        const qint64 id = message.value("id"_L1).toInteger(-1);
        m_streams.insert(id, socket);
        QByteArray headers;
        if (initialize) {
            const QByteArray session = "session-" + QByteArray::number(++m_sessionCount);
            m_sessions.insert(session);
            headers = "Mcp-Session-Id: " + session + "\r\n";
        } else {
            m_sessionOf.insert(id, request.headers.value("mcp-session-id"));
        }
        if (m_jsonResponse) {
            m_pendingHeaders.insert(id, headers);
        } else {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                          "Connection: close\r\n"
                + headers + "\r\n");
        }
        m_server.handle(message);
    }

    bool sessionIsGood(QTcpSocket *socket, const Request &request)
    {
        const QByteArray session = request.headers.value("mcp-session-id");
        if (session.isEmpty()) {
            reply(socket, 400, "Bad Request", "no Mcp-Session-Id");
            return false;
        }
        if (!m_sessions.contains(session)) {
            reply(socket, 404, "Not Found", "no such session");
            return false;
        }
        const QString negotiated = m_server.negotiated();
        if (negotiated >= "2025-06-18"_L1 && request.headers.value("mcp-protocol-version") != negotiated.toLatin1()) {
            reply(socket, 400, "Bad Request", "MCP-Protocol-Version is not the one negotiated");
            return false;
        }
        return true;
    }

    void deliver(const QJsonObject &message, qint64 route)
    {
        const QByteArray json = QJsonDocument(message).toJson(QJsonDocument::Compact);
        const bool isResponse = message.contains("id"_L1) && !message.contains("method"_L1);
        QPointer<QTcpSocket> socket = route >= 0 ? m_streams.value(route) : m_listening;
        if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
            return; // nobody to tell (a cancelled call; no GET stream)
        }
        if (m_jsonResponse && route >= 0) {
            if (!isResponse) {
                return; // one JSON body holds the response only
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(json.size()) + "\r\nConnection: close\r\n" + m_pendingHeaders.take(route) + "\r\n"
                + json);
        } else {
            socket->write("event: message\r\ndata: " + json + "\r\n\r\n");
        }
        if (isResponse && route >= 0) {
            m_streams.remove(route);
            socket->disconnectFromHost();
            if (m_server.takeEndSession()) {
                m_sessions.remove(m_sessionOf.value(route));
            }
            m_sessionOf.remove(route);
        }
    }

    Server &m_server;
    bool m_jsonResponse;
    bool m_allowGet;
    QByteArray m_requiredHeader;
    QTcpServer m_listener;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<qint64, QPointer<QTcpSocket>> m_streams;
    QHash<qint64, QByteArray> m_pendingHeaders;
    QPointer<QTcpSocket> m_listening;
    QSet<QByteArray> m_sessions;           //!< the sessions open
    QHash<qint64, QByteArray> m_sessionOf; //!< the session of each request answered on a stream
    int m_sessionCount = 0;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.contains(u"--exit-at-start"_s)) {
        std::fputs("quorum-test-mcp: cannot open its database\n", stderr);
        return 2;
    }
    const qsizetype protocol = arguments.indexOf(u"--protocol"_s);
    const qsizetype pageSize = arguments.indexOf(u"--page-size"_s);
    const qsizetype http = arguments.indexOf(u"--http"_s);
    const qsizetype header = arguments.indexOf(u"--require-header"_s);
    Server server(protocol > 0 ? arguments.value(protocol + 1) : QString(),
        !arguments.contains(u"--no-initialize"_s),
        pageSize > 0 ? arguments.value(pageSize + 1).toInt() : 0,
        http > 0);
    std::unique_ptr<HttpFront> front;
    if (http > 0) {
        front = std::make_unique<HttpFront>(server,
            arguments.contains(u"--json-response"_s),
            !arguments.contains(u"--no-get"_s),
            header > 0 ? arguments.value(header + 1).toUtf8() : QByteArray());
        if (!front->listen(quint16(arguments.value(http + 1).toUInt()))) {
            std::fputs("quorum-test-mcp: cannot listen\n", stderr);
            return 2;
        }
        std::printf("http://127.0.0.1:%u/mcp\n", unsigned(front->port()));
        std::fflush(stdout);
    }
    return QCoreApplication::exec();
}
