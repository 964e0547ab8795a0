// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "tools/mcpclient.h"

#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include "common/version.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
//! What every process needs from Quorum's environment, and all a stdio server gets of it
//! besides its own configured variables (as the MCP SDKs do): never an API key.
const QStringList &inheritedVariables()
{
    static const QStringList names {u"HOME"_s,
        u"LOGNAME"_s,
        u"PATH"_s,
        u"SHELL"_s,
        u"TERM"_s,
        u"USER"_s,
        u"LANG"_s,
        u"LC_ALL"_s,
        u"LC_CTYPE"_s,
        u"TMPDIR"_s,
        u"XDG_RUNTIME_DIR"_s};
    return names;
}

QString seconds(std::chrono::milliseconds duration)
{
    return QString::number(double(duration.count()) / 1000.0, 'g', 3);
}
} // namespace

const QStringList &McpClient::protocolVersions()
{
    static const QStringList versions {u"2025-11-25"_s, u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s};
    return versions;
}

McpClient::McpClient(McpServerConfig config, QObject *parent)
    : ToolSource(parent)
    , m_config(std::move(config))
    , m_timeouts(new QTimer(this))
{
    m_timeouts->setInterval(100);
    connect(m_timeouts, &QTimer::timeout, this, &McpClient::checkTimeouts);
}

//! One HTTP exchange: a POST (its response, as JSON or an event stream) or the GET stream.
struct McpClient::Exchange {
    qint64 id = -1;         //!< the request it carries, -1 for a notification or response
    bool listening = false; //!< the GET stream of the server's own messages
    bool isStream = false;
    bool started = false;
    bool dropped = false; //!< over the size limit: abandoned
    SseParser events {McpClient::maxMessageBytes};
    QByteArray body;            //!< a JSON response, or the start of an error's
    std::function<void()> then; //!< what follows a notification the server took
};

McpClient::~McpClient()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void McpClient::start()
{
    if (m_state == State::Starting || m_state == State::Ready) {
        return;
    }
    m_protocolVersion.clear();
    if (m_config.transport == McpServerConfig::Transport::Http) {
        startHttp();
        return;
    }
    m_state = State::Starting;
    m_problem.clear();
    m_tools.clear();
    m_lines = JsonRpc::LineReader(maxMessageBytes);
    m_stderrTail.clear();
    delete m_process;
    m_process = new QProcess(this);
    QProcessEnvironment environment;
    const QProcessEnvironment mine = QProcessEnvironment::systemEnvironment();
    for (const QString &name : inheritedVariables()) {
        if (mine.contains(name)) {
            environment.insert(name, mine.value(name));
        }
    }
    for (auto it = m_config.environment.cbegin(); it != m_config.environment.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    m_process->setProcessEnvironment(environment);
    if (!m_config.workingDirectory.isEmpty()) {
        m_process->setWorkingDirectory(m_config.workingDirectory);
    }
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &McpClient::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        // Kept short: a server that floods stderr costs nothing but this.
        m_stderrTail += m_process->readAllStandardError();
        if (m_stderrTail.size() > 2048) {
            m_stderrTail = m_stderrTail.right(1024);
        }
    });
    connect(m_process, &QProcess::started, this, [this] {
        send(Pending::Kind::Initialize,
            u"initialize"_s,
            {{"protocolVersion"_L1, protocolVersions().first()},
                {"capabilities"_L1, QJsonObject {}},
                {"clientInfo"_L1, QJsonObject {{"name"_L1, u"Quorum"_s}, {"version"_L1, applicationVersion()}}}},
            m_requestTimeout);
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            fail(tr("“%1” could not be started: %2").arg(m_config.command, m_process->errorString()));
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_state == State::Stopped) {
            return;
        }
        const QString last = QString::fromUtf8(m_stderrTail).trimmed().section(u'\n', -1).left(300);
        QString why
            = status == QProcess::CrashExit ? tr("the server crashed") : tr("the server exited (code %1)").arg(code);
        if (!last.isEmpty()) {
            why += u": "_s + last;
        }
        fail(why);
    });
    m_process->start(m_config.command, m_config.arguments);
}

void McpClient::stop()
{
    const QList<qint64> calls = m_pending.keys();
    m_state = State::Stopped;
    for (const qint64 id : calls) {
        failCall(id, tr("the server was stopped"));
    }
    m_pending.clear();
    m_timeouts->stop();
    abortReplies();
    if (m_network && !m_sessionId.isEmpty()) {
        // The end of an HTTP session (MCP: the client SHOULD say so). Not waited for: a server
        // that does not hear it ends the session on its own.
        QNetworkRequest request = httpRequest();
        QNetworkReply *reply = m_network->sendCustomRequest(request, "DELETE");
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        m_sessionId.clear();
    }
    if (m_process) {
        // MCP's stdio shutdown: close its input, then SIGTERM, then SIGKILL. A server that
        // follows the protocol is gone at once; one that does not costs two seconds at most.
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->closeWriteChannel();
            if (!m_process->waitForFinished(1000)) {
                m_process->terminate();
                if (!m_process->waitForFinished(1000)) {
                    m_process->kill();
                    m_process->waitForFinished(1000);
                }
            }
        }
        delete m_process;
    }
}

qint64 McpClient::send(
    Pending::Kind kind, const QString &method, const QJsonObject &params, std::chrono::milliseconds timeout)
{
    const qint64 id = m_nextId++;
    Pending pending;
    pending.kind = kind;
    pending.started.start();
    pending.timeout = timeout;
    m_pending.insert(id, pending);
    QJsonObject withMeta = params;
    if (kind == Pending::Kind::Call) {
        withMeta.insert("_meta"_L1, QJsonObject {{"progressToken"_L1, id}});
    }
    write(JsonRpc::request(id, method, withMeta), id);
    m_timeouts->start();
    return id;
}

void McpClient::sendNotification(const QString &method, const QJsonObject &params)
{
    write(JsonRpc::notification(method, params));
}

void McpClient::write(const QByteArray &message, qint64 id)
{
    if (m_config.transport == McpServerConfig::Transport::Http) {
        post(message, id);
        return;
    }
    if (m_process && m_process->state() == QProcess::Running) {
        m_process->write(message + '\n');
    }
}

void McpClient::readOutput()
{
    if (!m_process) {
        return;
    }
    m_lines.feed(m_process->readAllStandardOutput());
    while (const auto line = m_lines.next()) {
        if (!line->trimmed().isEmpty()) {
            handle(*line);
        }
        if (m_state == State::Stopped || m_state == State::Failed) {
            return;
        }
    }
    if (m_lines.takeTooLong() > 0) {
        failTooLong(-1);
    }
}

void McpClient::failTooLong(qint64 call)
{
    const QString why
        = tr("the server sent a message over %1 MB (a tool result too large?)").arg(maxMessageBytes / (1024 * 1024));
    if (call >= 0 && m_pending.value(call).kind == Pending::Kind::Call) {
        failCall(call, why); // on HTTP, the exchange says which call it answered
        return;
    }
    if (call >= 0 && m_pending.contains(call)) {
        fail(why);
        return;
    }
    // Which call it answered cannot be read from a message not kept: with one call
    // waiting, it is that one's; otherwise every waiting call fails rather than hang.
    QList<qint64> calls;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->kind == Pending::Kind::Call) {
            calls << it.key();
        } else {
            fail(why);
            return;
        }
    }
    for (const qint64 id : calls) {
        failCall(id, why);
    }
}

void McpClient::handle(const QByteArray &line)
{
    const auto message = JsonRpc::parse(line);
    if (!message) {
        if (const auto id = JsonRpc::idOfInvalid(line); id && m_pending.contains(*id)) {
            if (m_pending.value(*id).kind == Pending::Kind::Call) {
                failCall(*id, tr("the server answered with a malformed message (%1)").arg(message.error()));
            } else {
                fail(tr("the server answered with a malformed message (%1)").arg(message.error()));
            }
            return;
        }
        m_problem = tr("the server wrote something that is not an MCP message (%1)").arg(message.error());
        return; // a stray line (servers must not log to stdout, some do): not a reason to stop
    }
    if (message->kind == JsonRpc::Message::Kind::Result || message->kind == JsonRpc::Message::Kind::Error) {
        handleResponse(*message, line.size());
    } else {
        handleServerMessage(*message);
    }
}

void McpClient::handleResponse(const JsonRpc::Message &message, qint64 bytes)
{
    const qint64 id = message.id.toInteger(-1);
    if (!m_pending.contains(id)) {
        return; // an answer to a call already timed out or cancelled
    }
    const Pending pending = m_pending.take(id);
    if (m_pending.isEmpty()) {
        m_timeouts->stop();
    }
    const bool isError = message.kind == JsonRpc::Message::Kind::Error;
    const QString error
        = isError ? tr("%1 (JSON-RPC error %2)").arg(message.errorMessage.left(500)).arg(message.errorCode) : QString();
    switch (pending.kind) {
    case Pending::Kind::Initialize: {
        if (isError) {
            fail(tr("the server refused to start a session: %1").arg(error));
            return;
        }
        const QJsonObject result = message.result.toObject();
        const QString version = result.value("protocolVersion"_L1).toString();
        if (!protocolVersions().contains(version)) {
            fail(tr("the server speaks MCP revision “%1”, which Quorum does not (it speaks %2)")
                    .arg(version.left(40), protocolVersions().join(u", "_s)));
            return;
        }
        m_protocolVersion = version;
        m_serverName = result.value("serverInfo"_L1).toObject().value("name"_L1).toString();
        const bool hasTools = result.value("capabilities"_L1).toObject().contains("tools"_L1);
        const auto next = [this, hasTools] {
            if (!hasTools) {
                m_state = State::Ready; // a server without tools (prompts or resources only)
                Q_EMIT ready();
                return;
            }
            listen();
            listTools();
        };
        if (m_config.transport == McpServerConfig::Transport::Http) {
            // Separate POSTs may overtake each other: the tools are asked for once the server
            // has taken the notification.
            post(JsonRpc::notification(u"notifications/initialized"_s, {}), -1, next);
        } else {
            sendNotification(u"notifications/initialized"_s);
            next();
        }
        return;
    }
    case Pending::Kind::ListTools: {
        if (isError) {
            fail(tr("the server did not list its tools: %1").arg(error));
            return;
        }
        const QJsonObject result = message.result.toObject();
        for (const QJsonValue &value : result.value("tools"_L1).toArray()) {
            const QJsonObject tool = value.toObject();
            McpTool read {tool.value("name"_L1).toString(),
                tool.value("title"_L1).toString(),
                tool.value("description"_L1).toString(),
                tool.value("inputSchema"_L1).toObject(),
                tool.value("annotations"_L1).toObject()};
            if (!read.name.isEmpty() && read.name.size() <= 128) {
                m_listing.append(read);
            }
        }
        if (const QString cursor = result.value("nextCursor"_L1).toString();
            !cursor.isEmpty() && m_listing.size() < 10'000) {
            listTools(cursor);
            return;
        }
        m_tools = std::exchange(m_listing, {});
        if (m_state == State::Starting) {
            m_state = State::Ready;
            Q_EMIT ready();
        } else {
            Q_EMIT toolsChanged();
        }
        return;
    }
    case Pending::Kind::Call:
        if (isError) {
            Q_EMIT callFailed(id, tr("the server refused the call: %1").arg(error));
            return;
        }
        if (!message.result.isObject()) {
            Q_EMIT callFailed(id, tr("the server answered the call with no result"));
            return;
        }
        Q_EMIT callFinished(id, readCallResult(message.result.toObject(), bytes));
        return;
    }
}

McpCallResult McpClient::readCallResult(const QJsonObject &result, qint64 bytes)
{
    McpCallResult read;
    read.isError = result.value("isError"_L1).toBool();
    read.structured = result.value("structuredContent"_L1).toObject();
    read.bytes = bytes;
    QStringList texts;
    for (const QJsonValue &value : result.value("content"_L1).toArray()) {
        const QJsonObject part = value.toObject();
        const QString type = part.value("type"_L1).toString();
        if (type == "text"_L1) {
            texts << part.value("text"_L1).toString();
        } else if (type == "image"_L1) {
            ++read.images;
            texts << u"[image: %1]"_s.arg(part.value("mimeType"_L1).toString());
        } else if (type == "resource"_L1) {
            const QJsonObject resource = part.value("resource"_L1).toObject();
            texts << (resource.contains("text"_L1) ? resource.value("text"_L1).toString()
                                                   : u"[resource: %1]"_s.arg(resource.value("uri"_L1).toString()));
        } else if (type == "resource_link"_L1) {
            texts << u"[link: %1]"_s.arg(part.value("uri"_L1).toString());
        } else if (type == "audio"_L1) {
            texts << u"[audio: %1]"_s.arg(part.value("mimeType"_L1).toString());
        }
    }
    if (texts.isEmpty() && !read.structured.isEmpty()) {
        texts << QString::fromUtf8(QJsonDocument(read.structured).toJson(QJsonDocument::Compact));
    }
    read.text = texts.join(u'\n');
    return read;
}

void McpClient::handleServerMessage(const JsonRpc::Message &message)
{
    if (message.method == "notifications/tools/list_changed"_L1) {
        if (m_state == State::Ready) {
            listTools();
        }
        return;
    }
    if (message.method == "notifications/progress"_L1) {
        const qint64 call = message.params.value("progressToken"_L1).toInteger(-1);
        if (m_pending.contains(call)) {
            // Progress is a sign of life: the call's timeout starts again (MCP's advice).
            m_pending[call].started.restart();
            Q_EMIT callProgress(call,
                message.params.value("progress"_L1).toDouble(),
                message.params.value("total"_L1).toDouble(),
                message.params.value("message"_L1).toString().left(200));
        }
        return;
    }
    if (message.kind == JsonRpc::Message::Kind::Request) {
        if (message.method == "ping"_L1) {
            write(JsonRpc::result(message.id, QJsonObject {}));
        } else {
            // Sampling, elicitation, roots: not offered at initialize, so not served.
            write(
                JsonRpc::error(message.id, JsonRpc::MethodNotFound, u"Quorum does not serve %1"_s.arg(message.method)));
        }
    }
}

void McpClient::listTools(const QString &cursor)
{
    send(Pending::Kind::ListTools,
        u"tools/list"_s,
        cursor.isEmpty() ? QJsonObject {} : QJsonObject {{"cursor"_L1, cursor}},
        m_requestTimeout);
}

qint64 McpClient::callTool(const QString &tool, const QJsonObject &arguments)
{
    if (m_state != State::Ready) {
        const qint64 id = m_nextId++;
        QMetaObject::invokeMethod(
            this,
            [this, id, why = m_problem.isEmpty() ? tr("the server is not running") : m_problem] {
                Q_EMIT callFailed(id, why);
            },
            Qt::QueuedConnection);
        return id;
    }
    return send(Pending::Kind::Call,
        u"tools/call"_s,
        {{"name"_L1, tool}, {"arguments"_L1, arguments}},
        std::chrono::duration_cast<std::chrono::milliseconds>(m_config.callTimeout));
}

void McpClient::cancel(qint64 call)
{
    if (!m_pending.contains(call) || m_pending.value(call).kind != Pending::Kind::Call) {
        return;
    }
    failCall(call, tr("cancelled"));
}

void McpClient::failCall(qint64 id, const QString &why)
{
    if (!m_pending.remove(id)) {
        return;
    }
    if (m_state == State::Ready) {
        sendNotification(u"notifications/cancelled"_s, {{"requestId"_L1, id}, {"reason"_L1, why.left(200)}});
    }
    // Its stream is of no more use (MCP: cancelling a request does not end the session).
    dropReply(m_replyOf.take(id));
    if (m_pending.isEmpty()) {
        m_timeouts->stop();
    }
    Q_EMIT callFailed(id, why);
}

void McpClient::checkTimeouts()
{
    QList<std::pair<qint64, Pending>> expired;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it->started.durationElapsed() >= it->timeout) {
            expired.append({it.key(), it.value()});
        }
    }
    for (const auto &[id, pending] : expired) {
        const QString why = tr("the server did not answer in %1 s").arg(seconds(pending.timeout));
        if (pending.kind == Pending::Kind::Call) {
            failCall(id, why);
        } else {
            fail(why);
            return;
        }
    }
}

void McpClient::fail(const QString &why)
{
    if (m_state == State::Failed) {
        return;
    }
    const QList<qint64> calls = m_pending.keys();
    m_state = State::Failed;
    m_problem = why;
    m_timeouts->stop();
    for (const qint64 id : calls) {
        m_pending.remove(id);
        Q_EMIT callFailed(id, why);
    }
    m_pending.clear();
    abortReplies();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
    Q_EMIT failed(why);
}

// Streamable HTTP (MCP 2025-03-26 and later; docs/tools.md, "The wire"): every message is a
// POST to the endpoint; a request is answered with one JSON body or with an event stream
// (its progress, then its response); a notification or a response gets 202. The session id
// the server gives at initialize goes with every later message, and so does the revision
// agreed. A GET opens the stream of the server's own messages (tool list changes), if it has
// one. Written on QNetworkAccessManager and the SSE parser the providers use.

void McpClient::startHttp()
{
    const QUrl &url = m_config.url;
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty()) {
        fail(tr("“%1” is not an http or https URL").arg(url.toDisplayString().left(200)));
        return;
    }
    abortReplies();
    m_state = State::Starting;
    m_problem.clear();
    m_tools.clear();
    m_sessionId.clear();
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    send(Pending::Kind::Initialize,
        u"initialize"_s,
        {{"protocolVersion"_L1, protocolVersions().first()},
            {"capabilities"_L1, QJsonObject {}},
            {"clientInfo"_L1, QJsonObject {{"name"_L1, u"Quorum"_s}, {"version"_L1, applicationVersion()}}}},
        m_requestTimeout);
}

QNetworkRequest McpClient::httpRequest() const
{
    QNetworkRequest request(m_config.url);
    for (auto it = m_config.headers.cbegin(); it != m_config.headers.cend(); ++it) {
        request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
    }
    if (!m_sessionId.isEmpty()) {
        request.setRawHeader("Mcp-Session-Id", m_sessionId);
    }
    if (!m_protocolVersion.isEmpty()) {
        request.setRawHeader("MCP-Protocol-Version", m_protocolVersion.toLatin1());
    }
    return request;
}

void McpClient::post(const QByteArray &message, qint64 id, std::function<void()> then)
{
    if (!m_network || m_state == State::Stopped || m_state == State::Failed) {
        return;
    }
    QNetworkRequest request = httpRequest();
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json, text/event-stream");
    if (id < 0) {
        // A request's time is watched by its pending entry; a notification's by Qt.
        request.setTransferTimeout(m_requestTimeout);
    }
    QNetworkReply *reply = m_network->post(request, message);
    if (id >= 0) {
        m_replyOf.insert(id, reply);
    }
    watch(reply, id, false, std::move(then));
}

void McpClient::listen()
{
    if (m_config.transport != McpServerConfig::Transport::Http || !m_network) {
        return;
    }
    QNetworkRequest request = httpRequest();
    request.setRawHeader("Accept", "text/event-stream");
    watch(m_network->get(request), -1, true);
}

void McpClient::watch(QNetworkReply *reply, qint64 id, bool listening, std::function<void()> then)
{
    auto exchange = std::make_shared<Exchange>();
    exchange->id = id;
    exchange->listening = listening;
    exchange->then = std::move(then);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, exchange] { readReply(reply, *exchange); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, exchange] { finishReply(reply, *exchange); });
}

void McpClient::readReply(QNetworkReply *reply, Exchange &exchange)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!exchange.started) {
        exchange.started = true;
        exchange.isStream = status == 200
            && reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith("text/event-stream"_L1);
        if (m_pending.value(exchange.id).kind == Pending::Kind::Initialize && m_pending.contains(exchange.id)) {
            m_sessionId = reply->rawHeader("Mcp-Session-Id").left(256);
        }
    }
    if (status < 200 || status >= 300) {
        // An error's body is read for its first words only, whatever its size.
        const QByteArray bytes = reply->readAll();
        exchange.body += bytes.first(qMin(bytes.size(), qMax<qsizetype>(0, 2048 - exchange.body.size())));
        return;
    }
    if (!exchange.isStream) {
        exchange.body += reply->readAll();
        if (exchange.body.size() > maxMessageBytes) {
            exchange.body.clear();
            exchange.dropped = true;
            m_replyOf.remove(exchange.id);
            dropReply(reply);
            failTooLong(exchange.id);
        }
        return;
    }
    QList<SseEvent> events;
    const bool fits = exchange.events.feed(reply->readAll(), events);
    const QPointer<QNetworkReply> alive = reply;
    for (const SseEvent &event : std::as_const(events)) {
        if ((event.event.isEmpty() || event.event == "message") && !event.data.trimmed().isEmpty()) {
            handle(event.data);
        }
        if (!alive || m_state == State::Stopped || m_state == State::Failed) {
            return;
        }
    }
    if (!fits) {
        exchange.dropped = true;
        m_replyOf.remove(exchange.id);
        dropReply(reply);
        failTooLong(exchange.id);
    }
}

void McpClient::finishReply(QNetworkReply *reply, Exchange &exchange)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
    if (m_replyOf.value(exchange.id) == reply) {
        m_replyOf.remove(exchange.id);
    }
    if (m_state == State::Stopped || m_state == State::Failed) {
        return;
    }
    if (!exchange.started) {
        readReply(reply, exchange); // a body that came whole with the end (or none)
        if (exchange.dropped || m_state == State::Stopped || m_state == State::Failed) {
            return;
        }
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (exchange.listening) {
        return; // no stream of the server's own (405), or it ended: calls still work without it
    }
    QString why;
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Quorum's own aborts are disconnected first: this is the transfer timeout.
        why = tr("the server did not answer in %1 s").arg(seconds(m_requestTimeout));
    } else if (status == 0) {
        why = tr("the server could not be reached: %1").arg(reply->errorString());
    } else if (status == 404 && !m_sessionId.isEmpty()) {
        // MCP: a 404 to a request with a session id means the session is over. The client
        // fails; the next answer that needs the server opens a new session.
        m_sessionId.clear();
        fail(tr("the server ended the session (HTTP 404)"));
        return;
    } else if (status == 401 || status == 403) {
        why = tr("the server refused the credentials (HTTP %1): check the server's headers").arg(status);
    } else if (status < 200 || status >= 300) {
        const QString said = QString::fromUtf8(exchange.body).simplified().left(200);
        why = said.isEmpty() ? tr("the server answered HTTP %1").arg(status)
                             : tr("the server answered HTTP %1: %2").arg(status).arg(said);
    } else if (!exchange.isStream && !exchange.body.trimmed().isEmpty()) {
        handle(exchange.body);
        if (m_state == State::Failed) {
            return;
        }
    }
    if (exchange.then) {
        if (why.isEmpty()) {
            exchange.then();
        } else {
            fail(why); // the session cannot go on without it
        }
        return;
    }
    if (exchange.id < 0 || !m_pending.contains(exchange.id)) {
        if (!why.isEmpty()) {
            m_problem = why; // a notification or response the server did not take
        }
        return;
    }
    if (why.isEmpty()) {
        why = exchange.isStream ? tr("the server ended the stream without answering")
                                : tr("the server answered with no message");
    }
    if (m_pending.value(exchange.id).kind == Pending::Kind::Call) {
        failCall(exchange.id, why);
    } else {
        fail(why);
    }
}

void McpClient::dropReply(QNetworkReply *reply)
{
    if (!reply) {
        return;
    }
    // Disconnected before the abort: its finished() is not read as the server's doing.
    m_replies.removeAll(reply);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void McpClient::abortReplies()
{
    const QList<QPointer<QNetworkReply>> replies = std::exchange(m_replies, {});
    m_replyOf.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        dropReply(reply);
    }
}

} // namespace Quorum
