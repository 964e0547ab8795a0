// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/mcpcommand.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include "cli/clicontext.h"
#include "cli/subcommandparser.h"
#include "secrets/secretstore.h"
#include "tools/mcpclient.h"
#include "tools/mcpconfig.h"
#include "tools/websearchtool.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
bool hasSecrets(const McpServerConfig &server)
{
    return !server.environment.isEmpty() || !server.headers.isEmpty();
}

//! Saves \a servers into the configuration and their secrets into the keychain; the reason
//! it could not, or nothing.
std::optional<QString> store(const CliContext &context, const QList<McpServerConfig> &servers)
{
    McpConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return loaded.error();
    }
    KeychainSecretStore keychain;
    for (const McpServerConfig &server : servers) {
        // The secrets first: a server is never configured without the values it needs.
        if (hasSecrets(server)) {
            if (auto written = keychain.writeBlocking(McpConfig::secretKey(server.name), McpConfig::secretsOf(server));
                !written) {
                return McpCommand::tr("the values of %1's environment and headers stay out of files, and the "
                                      "keychain cannot keep them: %2")
                    .arg(server.name, written.error().message);
            }
        } else if (config.find(server.name)) {
            (void)keychain.removeBlocking(McpConfig::secretKey(server.name)); // none now
        }
        config.upsert(server);
    }
    if (const auto saved = config.save(); !saved) {
        return saved.error();
    }
    return std::nullopt;
}

QString describe(const McpServerConfig &server)
{
    if (server.transport == McpServerConfig::Transport::Http) {
        return server.url.toString();
    }
    QStringList words {server.command};
    words << server.arguments;
    return words.join(u' ');
}
} // namespace

int McpCommand::run(const CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == "add"_L1) {
        return add(context, rest);
    }
    if (action == "list"_L1) {
        return list(context, rest);
    }
    if (action == "remove"_L1) {
        return remove(context, rest);
    }
    if (action == "tools"_L1) {
        return tools(context, rest);
    }
    if (action == "import"_L1) {
        return import(context, rest);
    }
    if (action.isEmpty() || action == "--help"_L1 || action == "-h"_L1) {
        context.out() << tr("Usage: quorum mcp add|list|remove|tools|import ...\n\n"
                            "  add NAME [--env K=V] -- COMMAND [ARGS...]   a server run as a child process (stdio)\n"
                            "  add NAME --url URL [--header \"N: V\"]        a server over HTTP\n"
                            "  list [--json]                               the configured servers\n"
                            "  remove NAME                                 a server, and its secrets\n"
                            "  tools [--json] NAME                         start a server and list its tools\n"
                            "  import FILE                                 the \"mcpServers\" of another app's file\n");
        context.out().flush();
        return action.isEmpty() ? ExitUsage : ExitOk;
    }
    return context.usageError(u"mcp"_s, tr("unknown action '%1' (add, list, remove, tools or import)").arg(action));
}

int McpCommand::add(const CliContext &context, const QStringList &arguments)
{
    const QString command = u"mcp add"_s;
    SubcommandParser sub(command,
        tr("NAME [--env NAME=VALUE ...] [--timeout S] -- COMMAND [ARGS...] | NAME --url URL [--header \"Name: value\" "
           "...]"),
        tr("Adds an MCP server, or replaces the one of that name. A stdio server is started as a child process "
           "with only the environment given here (and PATH, HOME and the like): never Quorum's API keys. "
           "Environment values and headers are kept in the system keychain, never in a file."));
    const QCommandLineOption envOption(
        u"env"_s, tr("An environment variable of the server (repeatable)."), tr("name=value"));
    const QCommandLineOption urlOption(u"url"_s, tr("The server's Streamable HTTP endpoint."), tr("url"));
    const QCommandLineOption headerOption(
        u"header"_s, tr("An HTTP header, \"Name: value\" (repeatable)."), tr("header"));
    const QCommandLineOption timeoutOption(u"timeout"_s, tr("Seconds a tool call may take (default 120)."), tr("s"));
    const QCommandLineOption cwdOption(u"cwd"_s, tr("The folder the server runs in."), tr("dir"));
    sub.parser().addOptions({envOption, urlOption, headerOption, timeoutOption, cwdOption});
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The server's name (letters, digits, '-', '_', '.')."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QStringList positional = sub.parser().positionalArguments();
    McpServerConfig server;
    server.name = positional.value(0);
    if (!McpConfig::validName(server.name)) {
        return context.usageError(command, tr("expected a server NAME (letters, digits, '-', '_', '.'; up to 64)"));
    }
    if (server.name == WebSearchTool::serverName()) {
        return context.usageError(
            command, tr("“web” is the built-in web search (quorum websearch); choose another name"));
    }
    if (sub.parser().isSet(urlOption)) {
        if (positional.size() != 1) {
            return context.usageError(command, tr("a server is either --url URL or -- COMMAND, not both"));
        }
        server.transport = McpServerConfig::Transport::Http;
        server.url = QUrl(sub.parser().value(urlOption), QUrl::StrictMode);
        if (!server.url.isValid() || (server.url.scheme() != "http"_L1 && server.url.scheme() != "https"_L1)) {
            return context.usageError(command, tr("--url needs an http or https URL"));
        }
        for (const QString &header : sub.parser().values(headerOption)) {
            const qsizetype colon = header.indexOf(u':');
            if (colon <= 0) {
                return context.usageError(command, tr("a header is \"Name: value\", not \"%1\"").arg(header));
            }
            server.headers.insert(header.left(colon).trimmed(), header.mid(colon + 1).trimmed());
        }
    } else {
        if (positional.size() < 2) {
            return context.usageError(command, tr("expected the server's command after --, or --url URL"));
        }
        server.command = positional.at(1);
        server.arguments = positional.mid(2);
        server.workingDirectory = sub.parser().value(cwdOption);
        for (const QString &variable : sub.parser().values(envOption)) {
            const qsizetype equals = variable.indexOf(u'=');
            if (equals <= 0) {
                return context.usageError(command, tr("--env is NAME=VALUE, not \"%1\"").arg(variable));
            }
            server.environment.insert(variable.left(equals), variable.mid(equals + 1));
        }
    }
    if (sub.parser().isSet(timeoutOption)) {
        bool ok = false;
        const int seconds = sub.parser().value(timeoutOption).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            return context.usageError(command, tr("--timeout is 1 to 3600 seconds"));
        }
        server.callTimeout = std::chrono::seconds(seconds);
    }
    if (const auto problem = store(context, {server})) {
        return context.failure(command, *problem);
    }
    context.out() << tr("Added %1: %2").arg(server.name, describe(server)) << '\n'
                  << tr("Its tools: quorum mcp tools %1").arg(server.name) << Qt::endl;
    return ExitOk;
}

int McpCommand::list(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"mcp list"_s, tr("[--json]"), tr("Lists the configured MCP servers."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON array."));
    sub.parser().addOption(jsonOption);
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    McpConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(u"mcp list"_s, loaded.error());
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const McpServerConfig &server : config.servers()) {
            QJsonObject json {{"name"_L1, server.name},
                {"transport"_L1, server.transport == McpServerConfig::Transport::Http ? u"http"_s : u"stdio"_s},
                {"enabled"_L1, server.enabled},
                {"call_timeout"_L1, qint64(server.callTimeout.count())}};
            if (server.transport == McpServerConfig::Transport::Http) {
                json.insert("url"_L1, server.url.toString());
                json.insert("headers"_L1, QJsonArray::fromStringList(server.headers.keys()));
            } else {
                json.insert("command"_L1, server.command);
                json.insert("args"_L1, QJsonArray::fromStringList(server.arguments));
                QStringList env = server.environment.keys();
                env.sort();
                json.insert("env"_L1, QJsonArray::fromStringList(env)); // names only: values are secrets
            }
            array.append(json);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    } else if (config.servers().isEmpty()) {
        context.out() << tr("No MCP servers. Add one with: quorum mcp add NAME -- COMMAND [ARGS...]") << '\n';
    } else {
        for (const McpServerConfig &server : config.servers()) {
            context.out() << server.name.leftJustified(16) << ' '
                          << (server.transport == McpServerConfig::Transport::Http ? u"http "_s : u"stdio"_s) << ' '
                          << describe(server) << (server.enabled ? QString() : QString(u' ' + tr("(disabled)")))
                          << '\n';
        }
    }
    context.out().flush();
    return ExitOk;
}

int McpCommand::remove(const CliContext &context, const QStringList &arguments)
{
    const QString command = u"mcp remove"_s;
    SubcommandParser sub(command, tr("NAME"), tr("Removes an MCP server and its secrets."));
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The server."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one NAME"));
    }
    const QString name = sub.parser().positionalArguments().first();
    McpConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    if (!config.remove(name)) {
        return context.failure(command, tr("no MCP server '%1' (see quorum mcp list)").arg(name));
    }
    if (const auto saved = config.save(); !saved) {
        return context.failure(command, saved.error());
    }
    if (auto forgotten = KeychainSecretStore().removeBlocking(McpConfig::secretKey(name)); !forgotten
        && forgotten.error().kind != SecretError::Kind::NoKeychain
        && forgotten.error().kind != SecretError::Kind::NotFound) {
        context.err() << tr("Warning: %1").arg(forgotten.error().message) << Qt::endl;
    }
    context.out() << tr("Removed %1.").arg(name) << Qt::endl;
    return ExitOk;
}

int McpCommand::tools(const CliContext &context, const QStringList &arguments)
{
    const QString command = u"mcp tools"_s;
    SubcommandParser sub(command, tr("[--json] NAME"), tr("Starts an MCP server and lists the tools it offers."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON object."));
    sub.parser().addOption(jsonOption);
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The server."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one NAME"));
    }
    const QString name = sub.parser().positionalArguments().first();
    McpConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    std::optional<McpServerConfig> server = config.find(name);
    if (!server) {
        return context.failure(command, tr("no MCP server '%1' (see quorum mcp list)").arg(name));
    }
    if (hasSecrets(*server)) {
        const auto stored = KeychainSecretStore().readBlocking(McpConfig::secretKey(name));
        if (!stored) {
            return context.failure(command,
                tr("the values of %1's environment and headers are not in the keychain: %2")
                    .arg(name, stored.error().message));
        }
        McpConfig::applySecrets(*server, *stored);
    }
    McpClient client(*server);
    QEventLoop loop;
    QObject::connect(&client, &McpClient::ready, &loop, &QEventLoop::quit);
    QObject::connect(&client, &McpClient::failed, &loop, &QEventLoop::quit);
    client.start();
    if (client.state() == McpClient::State::Starting) {
        loop.exec();
    }
    if (client.state() != McpClient::State::Ready) {
        return context.failure(command, tr("%1: %2").arg(name, client.problem()));
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray tools;
        for (const McpTool &tool : client.tools()) {
            tools.append(QJsonObject {{"name"_L1, tool.name},
                {"title"_L1, tool.title},
                {"description"_L1, tool.description},
                {"input_schema"_L1, tool.inputSchema}});
        }
        context.out() << QJsonDocument(
            QJsonObject {{"server"_L1, name},
                {"server_name"_L1, client.serverName()},
                {"protocol_version"_L1, client.protocolVersion()},
                {"tools"_L1,
                    tools}}).toJson(QJsonDocument::Compact)
                      << '\n';
    } else {
        context.out() << tr("%1 (%2, MCP %3): %n tool(s)", nullptr, int(client.tools().size()))
                             .arg(name, client.serverName(), client.protocolVersion())
                      << '\n';
        for (const McpTool &tool : client.tools()) {
            // A server's words: one line each, cut, never interpreted.
            const QString description = tool.description.simplified().left(100);
            context.out() << u"  "_s << tool.name.leftJustified(20) << ' ' << description << '\n';
        }
    }
    context.out().flush();
    client.stop();
    return ExitOk;
}

int McpCommand::import(const CliContext &context, const QStringList &arguments)
{
    const QString command = u"mcp import"_s;
    SubcommandParser sub(command,
        tr("FILE"),
        tr("Adds the MCP servers of another app's configuration file (the common \"mcpServers\" format of Claude "
           "Desktop, Cursor, Cherry Studio; VS Code's \"servers\"). Servers of the same name are replaced."));
    sub.parser().addPositionalArgument(u"FILE"_s, tr("The configuration file."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one FILE"));
    }
    const QString path = sub.parser().positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.failure(command, tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    const auto servers = McpConfig::readCommonFormat(file.read(16LL * 1024 * 1024));
    if (!servers) {
        return context.failure(command, tr("nothing imported from %1: %2").arg(path, servers.error()));
    }
    if (const auto problem = store(context, *servers)) {
        return context.failure(command, tr("nothing imported: %1").arg(*problem));
    }
    QStringList names;
    for (const McpServerConfig &server : *servers) {
        names << server.name;
    }
    context.out() << tr("Imported %n server(s): %1.", nullptr, int(names.size())).arg(names.join(u", "_s)) << Qt::endl;
    return ExitOk;
}

} // namespace Quorum
