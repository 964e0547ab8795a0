// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "tools/toolbox.h"

#include <QJsonDocument>

#include "providers/chatstream.h"
#include "tools/mcpclient.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

//! A configured server and, once an answer needed it, its client.
struct ToolBox::Server {
    McpServerConfig config;
    std::unique_ptr<McpClient> client;
    QHash<QString, McpTool> offered; //!< by offered name, while the client is ready
};

//! What the tool box keeps of one answer.
struct ToolBox::Answer {
    Scope scope;
    Offered offer;             //!< waiting for its servers to be ready
    QList<ToolCall> calls;     //!< the round's calls
    qsizetype next = 0;        //!< the call running or next
    QList<ToolStep> steps;     //!< the round's steps so far
    Ran done;                  //!< the round's end
    QString runningServer;     //!< the server running calls.at(next - 1)...
    qint64 runningCall = -1;   //!< ...and its call id there
    qint64 approval = 0;       //!< the approval waited for (0: none)
    ToolApprovalRequest asked; //!< what it asks
    QElapsedTimer clock;       //!< since the call's approval or start
    ToolStep step;             //!< the step being made
};

ToolBox::ToolBox(QObject *parent)
    : ToolRunner(parent)
{
    qRegisterMetaType<Quorum::ToolApprovalRequest>();
}

ToolBox::~ToolBox()
{
    for (const auto &server : std::as_const(m_servers)) {
        if (server->client) {
            server->client->disconnect(this);
            server->client->stop();
        }
    }
}

QString ToolBox::offeredName(const QString &server, const QString &tool)
{
    // ^[a-zA-Z0-9_-]{1,64}$ is every provider's rule: anything else becomes '_'.
    QString name = server + u"__"_s + tool;
    for (QChar &c : name) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-';
        if (!allowed) {
            c = u'_';
        }
    }
    return name.left(64);
}

void ToolBox::setServers(const QList<McpServerConfig> &servers)
{
    QHash<QString, std::shared_ptr<Server>> next;
    const auto stopped = [this](Server &server) {
        // Its answers' running calls fail; the next answer starts it again.
        for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
            if (it.value()->runningServer == server.config.name && it.value()->runningCall >= 0) {
                onCallFailed(&server, it.value()->runningCall, tr("the server was stopped: its settings changed"));
            }
        }
        if (server.client) {
            server.client->disconnect(this);
            server.client->stop();
        }
    };
    for (const McpServerConfig &config : servers) {
        std::shared_ptr<Server> server = m_servers.value(config.name);
        if (server && server->config == config) {
            next.insert(config.name, server);
            continue;
        }
        if (server) {
            stopped(*server);
        }
        auto fresh = std::make_shared<Server>();
        fresh->config = config;
        next.insert(config.name, fresh);
    }
    for (auto it = m_servers.begin(); it != m_servers.end(); ++it) {
        if (!next.contains(it.key())) {
            stopped(*it.value());
        }
    }
    m_servers = std::move(next);
    settleOffers();
}

QList<McpServerConfig> ToolBox::servers() const
{
    QList<McpServerConfig> configs;
    for (const auto &server : m_servers) {
        configs.append(server->config);
    }
    std::ranges::sort(configs, {}, &McpServerConfig::name);
    return configs;
}

void ToolBox::setScope(const ChatStream *stream, Scope scope)
{
    auto &answer = m_answers[stream];
    if (!answer) {
        answer = std::make_shared<Answer>();
    }
    answer->scope = std::move(scope);
}

bool ToolBox::withheld(const Answer &answer, const QString &server, const QString &name)
{
    return answer.scope.withheld.contains(name) || (answer.scope.withholds && answer.scope.withholds(server, name));
}

QStringList ToolBox::offeredNames(const QString &server) const
{
    const auto found = m_servers.find(server);
    if (found == m_servers.end()) {
        return {};
    }
    QStringList names = found.value()->offered.keys();
    names.sort();
    return names;
}

ToolBox::Server *ToolBox::serverFor(const QString &name)
{
    const auto found = m_servers.find(name);
    return found == m_servers.end() ? nullptr : found.value().get();
}

void ToolBox::startServer(Server &server)
{
    if (server.client) {
        return;
    }
    server.client = std::make_unique<McpClient>(server.config);
    McpClient *client = server.client.get();
    const auto refresh = [this, client] {
        for (const auto &s : std::as_const(m_servers)) {
            if (s->client.get() != client) {
                continue;
            }
            s->offered.clear();
            if (client->state() == McpClient::State::Ready) {
                for (const McpTool &tool : client->tools()) {
                    s->offered.insert(offeredName(s->config.name, tool.name), tool);
                }
            }
        }
        settleOffers();
        Q_EMIT serversChanged();
    };
    connect(client, &McpClient::ready, this, refresh);
    connect(client, &McpClient::toolsChanged, this, refresh);
    connect(client, &McpClient::failed, this, [this, client, refresh](const QString &) {
        refresh();
        // Its calls fail through callFailed; a failed client is started anew by the next answer.
        for (const auto &s : std::as_const(m_servers)) {
            if (s->client.get() == client) {
                QMetaObject::invokeMethod(this, [owner = s] { owner->client.reset(); }, Qt::QueuedConnection);
            }
        }
    });
    Server *owner = &server;
    connect(client, &McpClient::callFinished, this, [this, owner](qint64 call, const McpCallResult &result) {
        onCallFinished(owner, call, result);
    });
    connect(client, &McpClient::callFailed, this, [this, owner](qint64 call, const QString &why) {
        onCallFailed(owner, call, why);
    });
    client->start();
}

void ToolBox::offer(ChatStream *stream, Offered ready)
{
    auto &answer = m_answers[stream];
    if (!answer) {
        answer = std::make_shared<Answer>();
    }
    answer->offer = std::move(ready);
    for (const QString &name : std::as_const(answer->scope.servers)) {
        if (Server *server = serverFor(name); server && server->config.enabled) {
            startServer(*server);
        }
    }
    settleOffers();
}

QList<ToolDefinition> ToolBox::definitionsFor(const Answer &answer, QStringList &problems) const
{
    QList<ToolDefinition> tools;
    for (const QString &name : answer.scope.servers) {
        const auto found = m_servers.find(name);
        if (found == m_servers.end()) {
            problems << tr("The tool server “%1” is not configured.").arg(name);
            continue;
        }
        const Server &server = *found.value();
        if (!server.config.enabled) {
            continue;
        }
        if (!server.client || server.client->state() != McpClient::State::Ready) {
            problems << tr("The tool server “%1” is not available: %2")
                            .arg(name, server.client ? server.client->problem() : tr("it did not start"));
            continue;
        }
        QStringList names = server.offered.keys();
        names.sort();
        for (const QString &offered : std::as_const(names)) {
            const McpTool &tool = server.offered.value(offered);
            if (withheld(answer, name, offered) || approvalOf(answer, server, tool.name) == ToolApproval::Deny) {
                continue; // a tool that would be refused is not offered at all
            }
            QJsonObject schema = tool.inputSchema;
            if (schema.value("type"_L1).toString() != "object"_L1) {
                schema = QJsonObject {{"type"_L1, "object"_L1}, {"properties"_L1, QJsonObject {}}};
            }
            tools.append({offered, tool.description.isEmpty() ? tool.title : tool.description, schema});
        }
    }
    return tools;
}

void ToolBox::settleOffers()
{
    // An offer waits while one of its servers is starting; then it goes with what there is.
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        const std::shared_ptr<Answer> answer = it.value();
        if (!answer->offer) {
            continue;
        }
        const bool starting = std::ranges::any_of(answer->scope.servers, [this](const QString &name) {
            const auto found = m_servers.find(name);
            return found != m_servers.end() && found.value()->config.enabled && found.value()->client
                && found.value()->client->state() == McpClient::State::Starting;
        });
        if (starting) {
            continue;
        }
        QStringList problems;
        const QList<ToolDefinition> tools = definitionsFor(*answer, problems);
        const Offered ready = std::exchange(answer->offer, nullptr);
        // Called later: the callback may start a request, and this loop walks m_answers.
        QMetaObject::invokeMethod(this, [ready, tools, problems] { ready(tools, problems); }, Qt::QueuedConnection);
    }
}

ToolApproval ToolBox::approvalOf(const Answer &answer, const Server &server, const QString &tool) const
{
    // The answer's own word first (exact name, bare tool name, the whole server), then the
    // server's setting for the tool, then ask.
    for (const QString &key : {offeredName(server.config.name, tool), tool, QString(server.config.name + u"__*"_s)}) {
        if (const auto found = answer.scope.approvals.find(key); found != answer.scope.approvals.end()) {
            return found.value();
        }
    }
    return server.config.approvals.value(tool, ToolApproval::Ask);
}

void ToolBox::run(ChatStream *stream, const QList<ToolCall> &calls, Ran done)
{
    auto &answer = m_answers[stream];
    if (!answer) {
        answer = std::make_shared<Answer>();
    }
    answer->calls = calls;
    answer->next = 0;
    answer->steps.clear();
    answer->done = std::move(done);
    runNext(stream);
}

void ToolBox::runNext(const ChatStream *stream)
{
    const std::shared_ptr<Answer> answer = m_answers.value(stream);
    if (!answer || !answer->done) {
        return;
    }
    if (answer->next >= answer->calls.size()) {
        const Ran done = std::exchange(answer->done, nullptr);
        const QList<ToolStep> steps = std::exchange(answer->steps, {});
        QMetaObject::invokeMethod(this, [done, steps] { done(steps); }, Qt::QueuedConnection);
        return;
    }
    const ToolCall call = answer->calls.at(answer->next++);
    answer->clock.start();
    answer->step = ToolStep {};
    answer->step.call = call;

    // Which server and tool the name is; a name never offered is the model's mistake.
    Server *server = nullptr;
    McpTool tool;
    for (const QString &name : std::as_const(answer->scope.servers)) {
        Server *candidate = serverFor(name);
        if (candidate && candidate->config.enabled && candidate->offered.contains(call.name)
            && !withheld(*answer, name, call.name)) {
            server = candidate;
            tool = candidate->offered.value(call.name);
            break;
        }
    }
    ToolStep &step = answer->step;
    if (!server) {
        step.outcome = ToolStep::Outcome::NotRun;
        step.isError = true;
        step.result = tr("There is no tool named “%1”.").arg(call.name);
        step.note = tr("The model called a tool it was not offered.");
        finishCall(stream, step);
        return;
    }
    step.server = server->config.name;
    step.tool = tool.name;
    const std::optional<QJsonObject> arguments = call.argumentObject();
    if (!arguments) {
        step.outcome = ToolStep::Outcome::Failed;
        step.isError = true;
        step.result = tr("The arguments were not a JSON object: %1").arg(call.arguments.left(200));
        step.note = tr("The model's arguments were not JSON.");
        finishCall(stream, step);
        return;
    }
    const auto callNow = [this, stream, server, tool, arguments = *arguments] {
        const std::shared_ptr<Answer> a = m_answers.value(stream);
        if (!a || !server->client || server->client->state() != McpClient::State::Ready) {
            if (a) {
                a->step.outcome = ToolStep::Outcome::Failed;
                a->step.isError = true;
                a->step.result = tr("The tool server “%1” is not running.").arg(server->config.name);
                finishCall(stream, a->step);
            }
            return;
        }
        a->clock.start();
        a->runningServer = server->config.name;
        a->runningCall = server->client->callTool(tool.name, arguments);
    };
    switch (approvalOf(*answer, *server, tool.name)) {
    case ToolApproval::Deny:
        step.outcome = ToolStep::Outcome::Denied;
        step.isError = true;
        step.result = tr("The user does not allow this tool.");
        step.note = tr("Denied by the tool's setting.");
        finishCall(stream, step);
        return;
    case ToolApproval::Allow:
        callNow();
        return;
    case ToolApproval::Ask:
        break;
    }
    ToolApprovalRequest &request = answer->asked;
    request.id = m_nextApproval++;
    request.stream = stream;
    request.server = server->config.name;
    request.tool = tool.name;
    request.name = call.name;
    request.arguments = QString::fromUtf8(QJsonDocument(*arguments).toJson(QJsonDocument::Indented)).trimmed();
    request.description = tool.description;
    answer->approval = request.id;
    Q_EMIT approvalNeeded(request);
}

void ToolBox::answer(qint64 id, bool allow, bool remember)
{
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        const std::shared_ptr<Answer> answer = it.value();
        if (answer->approval != id) {
            continue;
        }
        const ChatStream *stream = it.key();
        answer->approval = 0;
        Server *server = serverFor(answer->asked.server);
        if (remember && server) {
            server->config.approvals.insert(answer->asked.tool, allow ? ToolApproval::Allow : ToolApproval::Deny);
            Q_EMIT approvalsChanged();
        }
        Q_EMIT approvalSettled(id);
        if (!allow || !server) {
            answer->step.outcome = ToolStep::Outcome::Denied;
            answer->step.isError = true;
            answer->step.result = tr("The user did not allow this call.");
            answer->step.note = tr("Denied by the user.");
            finishCall(stream, answer->step);
            return;
        }
        if (!server->client || server->client->state() != McpClient::State::Ready) {
            answer->step.outcome = ToolStep::Outcome::Failed;
            answer->step.isError = true;
            answer->step.result = tr("The tool server “%1” is not running.").arg(server->config.name);
            finishCall(stream, answer->step);
            return;
        }
        const std::optional<QJsonObject> arguments = answer->step.call.argumentObject();
        answer->clock.start();
        answer->runningServer = server->config.name;
        answer->runningCall = server->client->callTool(answer->asked.tool, arguments.value_or(QJsonObject {}));
        return;
    }
}

QList<ToolApprovalRequest> ToolBox::pendingApprovals() const
{
    QList<ToolApprovalRequest> pending;
    for (const auto &answer : m_answers) {
        if (answer->approval != 0) {
            pending.append(answer->asked);
        }
    }
    std::ranges::sort(pending, {}, &ToolApprovalRequest::id);
    return pending;
}

void ToolBox::onCallFinished(Server *server, qint64 call, const McpCallResult &result)
{
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        const std::shared_ptr<Answer> answer = it.value();
        if (answer->runningServer != server->config.name || answer->runningCall != call) {
            continue;
        }
        answer->runningCall = -1;
        ToolStep &step = answer->step;
        step.outcome = ToolStep::Outcome::Ran;
        step.isError = result.isError;
        step.resultBytes = result.bytes;
        QString text = result.text;
        if (text.size() > maxResultCharacters) {
            const qsizetype cut = text.size() - maxResultCharacters;
            text.truncate(maxResultCharacters);
            text += u"\n\n"_s
                + tr("[%n more character(s) of the result were cut]", nullptr, int(qMin<qsizetype>(cut, INT_MAX)));
            step.note = tr("The result was cut to %L1 characters.").arg(maxResultCharacters);
        }
        if (answer->scope.redact) {
            QString redacted;
            text = answer->scope.redact(text, &redacted);
            if (!redacted.isEmpty()) {
                step.note = step.note.isEmpty() ? redacted : step.note + u' ' + redacted;
            }
        }
        step.result = text;
        finishCall(it.key(), step);
        return;
    }
}

void ToolBox::onCallFailed(Server *server, qint64 call, const QString &why)
{
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        const std::shared_ptr<Answer> answer = it.value();
        if (answer->runningServer != server->config.name || answer->runningCall != call) {
            continue;
        }
        answer->runningCall = -1;
        ToolStep &step = answer->step;
        step.outcome = ToolStep::Outcome::Failed;
        step.isError = true;
        step.result = tr("The tool call failed: %1").arg(why);
        step.note = why;
        finishCall(it.key(), step);
        return;
    }
}

void ToolBox::finishCall(const ChatStream *stream, ToolStep step)
{
    const std::shared_ptr<Answer> answer = m_answers.value(stream);
    if (!answer) {
        return;
    }
    step.durationMs = answer->clock.isValid() ? answer->clock.elapsed() : 0;
    answer->steps.append(step);
    answer->runningServer.clear();
    runNext(stream);
}

void ToolBox::forget(ChatStream *stream)
{
    const std::shared_ptr<Answer> answer = m_answers.take(stream);
    if (!answer) {
        return;
    }
    if (answer->approval != 0) {
        Q_EMIT approvalSettled(answer->approval);
    }
    if (answer->runningCall >= 0) {
        if (Server *server = serverFor(answer->runningServer); server && server->client) {
            server->client->cancel(answer->runningCall);
        }
    }
}

} // namespace Quorum
