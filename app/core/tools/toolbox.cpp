// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "tools/toolbox.h"

#include <QJsonDocument>

#include "providers/chatstream.h"
#include "tools/mcpclient.h"
#include "tools/mcpconfig.h"
#include "tools/websearchtool.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

//! A configured server and, once an answer needed it, its client.
struct ToolBox::Server {
    McpServerConfig config;
    std::unique_ptr<ToolSource> client;
    QHash<QString, McpTool> offered; //!< by offered name, while the client is ready
    //! Built in (the web search): made by this, not an MCP client, and not in servers().
    std::function<std::unique_ptr<ToolSource>()> make {};
};

//! One shared search (a turn's): run once, given to every answer of the turn.
struct ToolBox::Shared {
    qint64 search = -1; //!< its id with m_searcher while it runs
    bool running = false;
    bool denied = false; //!< the rules kept the query from the service
    QString query;       //!< as sent
    QList<WebResult> results;
    qint64 bytes = 0;
    QString problem; //!< why there are no results
    QElapsedTimer clock;
    qint64 durationMs = 0;
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
    QJsonObject arguments;     //!< the call's arguments, as the tool is to get them
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
        if (it.value()->make) {
            next.insert(it.key(), it.value()); // a built-in wins over a server of its name
        } else if (!next.contains(it.key())) {
            stopped(*it.value());
        }
    }
    m_servers = std::move(next);
    settleOffers();
}

void ToolBox::setWebSearch(QNetworkAccessManager *network, const WebSearchConfig &config)
{
    const QString name = WebSearchTool::serverName();
    if (const std::shared_ptr<Server> running = m_servers.value(name);
        running && running->make && m_webSearch == config && m_network == network) {
        return;
    }
    m_network = network;
    m_webSearch = config;
    // Shared searches under the old settings fail; the next turn searches anew.
    m_searcher.reset();
    for (const auto &shared : std::as_const(m_shared)) {
        if (shared->running) {
            shared->running = false;
            shared->problem = tr("the web search settings changed");
        }
    }
    auto server = std::make_shared<Server>();
    server->config.name = name;
    server->config.enabled = config.configured() && network;
    server->config.callTimeout = std::chrono::seconds(60);
    if (config.approval != ToolApproval::Ask) {
        server->config.approvals.insert(WebSearchTool::toolName(), config.approval);
    }
    server->make = [network, config] { return std::make_unique<WebSearchTool>(network, config); };
    if (const std::shared_ptr<Server> old = m_servers.value(name)) {
        for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
            if (it.value()->runningServer == name && it.value()->runningCall >= 0) {
                onCallFailed(old.get(), it.value()->runningCall, tr("the web search settings changed"));
            }
        }
        if (old->client) {
            old->client->disconnect(this);
            old->client->stop();
        }
    }
    m_servers.insert(name, server);
    settleOffers();
}

std::expected<QStringList, QString> ToolBox::load(
    const QString &dataDir, SecretStore *keychain, QNetworkAccessManager *network)
{
    McpConfig config(dataDir);
    if (auto loaded = config.load(); !loaded) {
        return std::unexpected(loaded.error());
    }
    QStringList problems;
    setServers(keychain ? McpConfig::withSecrets(config.servers(), *keychain, &problems) : config.servers());
    setWebSearch(network,
        keychain && config.webSearch().configured()
            ? McpConfig::webSearchWithKey(config.webSearch(), *keychain, &problems)
            : config.webSearch());
    return problems;
}

WebSearchConfig ToolBox::webSearch() const
{
    WebSearchConfig config = m_webSearch;
    if (const std::shared_ptr<Server> server = m_servers.value(WebSearchTool::serverName()); server && server->make) {
        config.approval = server->config.approvals.value(WebSearchTool::toolName(), ToolApproval::Ask);
    }
    return config;
}

QList<McpServerConfig> ToolBox::servers() const
{
    QList<McpServerConfig> configs;
    for (const auto &server : m_servers) {
        if (!server->make) {
            configs.append(server->config);
        }
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
    server.client = server.make ? server.make() : std::make_unique<McpClient>(server.config);
    ToolSource *client = server.client.get();
    const auto refresh = [this, client] {
        for (const auto &s : std::as_const(m_servers)) {
            if (s->client.get() != client) {
                continue;
            }
            s->offered.clear();
            if (client->state() == ToolSource::State::Ready) {
                for (const McpTool &tool : client->tools()) {
                    s->offered.insert(offeredName(s->config.name, tool.name), tool);
                }
            }
        }
        settleOffers();
        Q_EMIT serversChanged();
    };
    connect(client, &ToolSource::ready, this, refresh);
    connect(client, &ToolSource::toolsChanged, this, refresh);
    connect(client, &ToolSource::failed, this, [this, client, refresh](const QString &) {
        refresh();
        // Its calls fail through callFailed; a failed client is started anew by the next answer.
        for (const auto &s : std::as_const(m_servers)) {
            if (s->client.get() == client) {
                QMetaObject::invokeMethod(this, [owner = s] { owner->client.reset(); }, Qt::QueuedConnection);
            }
        }
    });
    Server *owner = &server;
    connect(client, &ToolSource::callFinished, this, [this, owner](qint64 call, const McpCallResult &result) {
        onCallFinished(owner, call, result);
    });
    connect(client, &ToolSource::callFailed, this, [this, owner](qint64 call, const QString &why) {
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
        if (!server.client || server.client->state() != ToolSource::State::Ready) {
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
    // An offer waits while one of its servers is starting, or its shared search runs; then it
    // goes with what there is.
    for (auto it = m_answers.begin(); it != m_answers.end(); ++it) {
        const std::shared_ptr<Answer> answer = it.value();
        if (!answer->offer) {
            continue;
        }
        const bool starting = std::ranges::any_of(answer->scope.servers, [this](const QString &name) {
            const auto found = m_servers.find(name);
            return found != m_servers.end() && found.value()->config.enabled && found.value()->client
                && found.value()->client->state() == ToolSource::State::Starting;
        });
        if (starting) {
            continue;
        }
        const std::shared_ptr<Shared> shared = answer->scope.sharedSearch ? sharedSearchFor(*answer) : nullptr;
        if (shared && shared->running) {
            continue;
        }
        ToolOffer offer;
        offer.tools = definitionsFor(*answer, offer.problems);
        if (shared) {
            addSharedSearch(*answer, *shared, offer);
        }
        const Offered ready = std::exchange(answer->offer, nullptr);
        // Called later: the callback may start a request, and this loop walks m_answers.
        QMetaObject::invokeMethod(this, [ready, offer] { ready(offer); }, Qt::QueuedConnection);
    }
}

std::shared_ptr<ToolBox::Shared> ToolBox::sharedSearchFor(const Answer &answer)
{
    const Scope::SharedSearch &wanted = *answer.scope.sharedSearch;
    if (std::shared_ptr<Shared> known = m_shared.value(wanted.key)) {
        return known;
    }
    auto shared = std::make_shared<Shared>();
    shared->clock.start();
    m_shared.insert(wanted.key, shared);
    m_sharedOrder.append(wanted.key);
    while (m_sharedOrder.size() > 32) {
        m_shared.remove(m_sharedOrder.takeFirst());
    }
    shared->query = wanted.query;
    if (!m_webSearch.configured() || !m_network) {
        shared->problem = tr("no web search service is set up (Settings → Tools, or quorum websearch set)");
        return shared;
    }
    if (answer.scope.searchQuery) {
        // The query leaves the machine for the search service: the rules read it first.
        const std::expected<QString, QString> allowed = answer.scope.searchQuery(wanted.query);
        if (!allowed) {
            shared->denied = true;
            shared->problem = allowed.error();
            return shared;
        }
        shared->query = *allowed;
    }
    if (!m_searcher) {
        m_searcher = std::make_unique<WebSearch>(m_network, m_webSearch);
        const auto settle = [this](qint64 search, const QList<WebResult> &results, qint64 bytes, const QString &why) {
            for (const auto &each : std::as_const(m_shared)) {
                if (each->running && each->search == search) {
                    each->running = false;
                    each->results = results;
                    each->bytes = bytes;
                    each->problem = why;
                    each->durationMs = each->clock.elapsed();
                }
            }
            settleOffers();
        };
        connect(m_searcher.get(),
            &WebSearch::finished,
            this,
            [settle](qint64 search, const QList<WebResult> &results, qint64 bytes) {
                settle(search, results, bytes, QString());
            });
        connect(m_searcher.get(), &WebSearch::failed, this, [settle](qint64 search, const QString &why) {
            settle(search, {}, 0, why);
        });
    }
    shared->running = true;
    shared->search = m_searcher->search(shared->query);
    return shared;
}

void ToolBox::addSharedSearch(const Answer &answer, const Shared &shared, ToolOffer &offer) const
{
    ToolStep step;
    step.call.id = u"shared-search"_s;
    step.call.name = offeredName(WebSearchTool::serverName(), WebSearchTool::toolName());
    step.call.arguments
        = QString::fromUtf8(QJsonDocument(QJsonObject {{"query"_L1, shared.query}}).toJson(QJsonDocument::Compact));
    step.server = WebSearchTool::serverName();
    step.tool = WebSearchTool::toolName();
    step.round = 0;
    step.durationMs = shared.durationMs;
    if (!shared.problem.isEmpty()) {
        step.outcome = shared.denied ? ToolStep::Outcome::Denied : ToolStep::Outcome::Failed;
        step.isError = true;
        step.result = shared.problem;
        step.note = shared.problem;
        offer.problems << tr("The shared web search was not made: %1").arg(shared.problem);
        offer.steps << step;
        return;
    }
    QString text = WebSearchWire::format(shared.query, shared.results);
    QString note = tr("Searched once: every answer of this turn was given the same results.");
    if (answer.scope.redact) {
        // The results go to this answer's account: its rules read them as a prompt.
        QString redacted;
        text = answer.scope.redact(text, &redacted);
        if (!redacted.isEmpty()) {
            note += u' ' + redacted;
        }
    }
    step.outcome = ToolStep::Outcome::Ran;
    step.result = text;
    step.resultBytes = shared.bytes;
    step.note = note;
    offer.steps << step;
    offer.context = tr("A web search was made for this question before you answer; use its results where they "
                       "help, and cite the ones you use by number, as [1].")
        + u"\n\n"_s + text;
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
    answer->arguments = *arguments;
    if (server->make && server->config.name == WebSearchTool::serverName() && answer->scope.searchQuery) {
        // The query leaves the machine for the search service: the rules read it first.
        const std::expected<QString, QString> allowed
            = answer->scope.searchQuery(answer->arguments.value("query"_L1).toString());
        if (!allowed) {
            step.outcome = ToolStep::Outcome::Denied;
            step.isError = true;
            step.result = tr("The search was not made: %1").arg(allowed.error());
            step.note = allowed.error();
            finishCall(stream, step);
            return;
        }
        answer->arguments.insert("query"_L1, *allowed);
    }
    switch (approvalOf(*answer, *server, tool.name)) {
    case ToolApproval::Deny:
        step.outcome = ToolStep::Outcome::Denied;
        step.isError = true;
        step.result = tr("The user does not allow this tool.");
        step.note = tr("Denied by the tool's setting.");
        finishCall(stream, step);
        return;
    case ToolApproval::Allow:
        startCall(stream, server);
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
    request.arguments = QString::fromUtf8(QJsonDocument(answer->arguments).toJson(QJsonDocument::Indented)).trimmed();
    request.description = tool.description;
    answer->approval = request.id;
    Q_EMIT approvalNeeded(request);
}

void ToolBox::startCall(const ChatStream *stream, Server *server)
{
    const std::shared_ptr<Answer> answer = m_answers.value(stream);
    if (!answer) {
        return;
    }
    if (!server->client || server->client->state() != ToolSource::State::Ready) {
        answer->step.outcome = ToolStep::Outcome::Failed;
        answer->step.isError = true;
        answer->step.result = tr("The tool server “%1” is not running.").arg(server->config.name);
        finishCall(stream, answer->step);
        return;
    }
    answer->clock.start();
    answer->runningServer = server->config.name;
    answer->runningCall = server->client->callTool(answer->step.tool, answer->arguments);
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
        startCall(stream, server);
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
