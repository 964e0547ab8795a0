// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "tools/mcpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
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
    : QObject(parent)
    , m_config(std::move(config))
    , m_timeouts(new QTimer(this))
{
    m_timeouts->setInterval(100);
    connect(m_timeouts, &QTimer::timeout, this, &McpClient::checkTimeouts);
}

McpClient::~McpClient()
{
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
    if (m_config.transport != McpServerConfig::Transport::Stdio) {
        fail(tr("the HTTP transport is not available yet"));
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
    write(JsonRpc::request(id, method, withMeta));
    m_timeouts->start();
    return id;
}

void McpClient::sendNotification(const QString &method, const QJsonObject &params)
{
    write(JsonRpc::notification(method, params));
}

void McpClient::write(const QByteArray &message)
{
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
        // Which call it answered cannot be read from a message not kept: with one call
        // waiting, it is that one's; otherwise every waiting call fails rather than hang.
        const QString why = tr("the server sent a message over %1 MB (a tool result too large?)")
                                .arg(maxMessageBytes / (1024 * 1024));
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
        sendNotification(u"notifications/initialized"_s);
        if (!result.value("capabilities"_L1).toObject().contains("tools"_L1)) {
            m_state = State::Ready; // a server without tools (prompts or resources only)
            Q_EMIT ready();
            return;
        }
        listTools();
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
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
    Q_EMIT failed(why);
}

} // namespace Quorum
