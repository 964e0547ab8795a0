// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "tools/mcpconfig.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QJsonArray names(const QHash<QString, QString> &values)
{
    QStringList keys = values.keys();
    keys.sort();
    return QJsonArray::fromStringList(keys);
}

QHash<QString, QString> namesOnly(const QJsonValue &value)
{
    QHash<QString, QString> result;
    for (const QJsonValue &name : value.toArray()) {
        result.insert(name.toString(), QString()); // the value is the keychain's
    }
    return result;
}

QHash<QString, QString> stringMap(const QJsonObject &object)
{
    QHash<QString, QString> result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        result.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    }
    return result;
}
} // namespace

McpConfig::McpConfig(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

QString McpConfig::fileName() const
{
    return QDir(m_dataDir).filePath(u"mcp.json"_s);
}

bool McpConfig::validName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

QString McpConfig::secretKey(const QString &name)
{
    return u"mcp:"_s + name;
}

std::expected<void, QString> McpConfig::load()
{
    m_servers.clear();
    m_webSearch = {};
    QFile file(fileName());
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("%1 cannot be read: %2").arg(fileName(), file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(tr("%1 is not valid JSON (%2); fix or remove it").arg(fileName(), error.errorString()));
    }
    const QJsonObject servers = document.object().value("servers"_L1).toObject();
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QJsonObject json = it.value().toObject();
        McpServerConfig server;
        server.name = it.key();
        if (!validName(server.name)) {
            continue;
        }
        server.transport = json.value("type"_L1).toString() == "http"_L1 ? McpServerConfig::Transport::Http
                                                                         : McpServerConfig::Transport::Stdio;
        server.command = json.value("command"_L1).toString();
        for (const QJsonValue &argument : json.value("args"_L1).toArray()) {
            server.arguments << argument.toString();
        }
        server.workingDirectory = json.value("cwd"_L1).toString();
        server.environment = namesOnly(json.value("env"_L1));
        server.url = QUrl(json.value("url"_L1).toString());
        server.headers = namesOnly(json.value("headers"_L1));
        server.enabled = json.value("enabled"_L1).toBool(true);
        server.callTimeout
            = std::chrono::seconds(std::clamp<qint64>(json.value("call_timeout"_L1).toInteger(120), 1, 3600));
        const QJsonObject approvals = json.value("tools"_L1).toObject();
        for (auto tool = approvals.begin(); tool != approvals.end(); ++tool) {
            if (const auto approval = toolApprovalFromName(tool.value().toString())) {
                server.approvals.insert(tool.key(), *approval);
            }
        }
        m_servers.append(server);
    }
    const QJsonObject search = document.object().value("web_search"_L1).toObject();
    if (const auto service = WebSearchConfig::serviceFromName(search.value("service"_L1).toString())) {
        m_webSearch.service = *service;
        m_webSearch.url = QUrl(search.value("url"_L1).toString());
        m_webSearch.maxResults = int(std::clamp<qint64>(search.value("max_results"_L1).toInteger(5), 1, 20));
        for (const QJsonValue &tag : search.value("tags"_L1).toArray()) {
            m_webSearch.tags << tag.toString();
        }
        m_webSearch.approval = toolApprovalFromName(search.value("approval"_L1).toString()).value_or(ToolApproval::Ask);
    }
    return {};
}

void McpConfig::setWebSearch(const WebSearchConfig &config)
{
    m_webSearch = config;
    m_webSearch.key.clear(); // the keychain's
}

QString McpConfig::webSearchSecretKey()
{
    return u"websearch"_s;
}

WebSearchConfig McpConfig::webSearchWithKey(const WebSearchConfig &config, SecretStore &keychain, QStringList *problems)
{
    WebSearchConfig withKey = config;
    if (!config.needsKey()) {
        return withKey;
    }
    const auto stored = keychain.readBlocking(webSearchSecretKey());
    if (!stored || stored->isEmpty()) {
        if (problems) {
            *problems << tr(
                "The %1 API key is not in the keychain%2: web search fails until it is set (quorum websearch "
                "set, or Settings → Tools).")
                             .arg(WebSearchConfig::displayName(config.service),
                                 stored ? QString() : u" ("_s + stored.error().message + u')');
        }
        return withKey;
    }
    withKey.key = *stored;
    return withKey;
}

std::expected<void, QString> McpConfig::save() const
{
    QJsonObject servers;
    for (const McpServerConfig &server : m_servers) {
        QJsonObject json {{"type"_L1, server.transport == McpServerConfig::Transport::Http ? u"http"_s : u"stdio"_s},
            {"enabled"_L1, server.enabled},
            {"call_timeout"_L1, qint64(server.callTimeout.count())}};
        if (server.transport == McpServerConfig::Transport::Stdio) {
            json.insert("command"_L1, server.command);
            json.insert("args"_L1, QJsonArray::fromStringList(server.arguments));
            if (!server.workingDirectory.isEmpty()) {
                json.insert("cwd"_L1, server.workingDirectory);
            }
            json.insert("env"_L1, names(server.environment));
        } else {
            json.insert("url"_L1, server.url.toString());
            json.insert("headers"_L1, names(server.headers));
        }
        if (!server.approvals.isEmpty()) {
            QJsonObject approvals;
            for (auto it = server.approvals.begin(); it != server.approvals.end(); ++it) {
                approvals.insert(it.key(), toolApprovalName(it.value()));
            }
            json.insert("tools"_L1, approvals);
        }
        servers.insert(server.name, json);
    }
    QDir().mkpath(m_dataDir);
    QSaveFile file(fileName());
    if (!file.open(QIODevice::WriteOnly)) {
        return std::unexpected(tr("%1 cannot be written: %2").arg(fileName(), file.errorString()));
    }
    QJsonObject root {{"version"_L1, 1}, {"servers"_L1, servers}};
    if (m_webSearch.configured()) {
        QJsonObject search {{"service"_L1, WebSearchConfig::serviceName(m_webSearch.service)},
            {"max_results"_L1, m_webSearch.maxResults},
            {"tags"_L1, QJsonArray::fromStringList(m_webSearch.tags)},
            {"approval"_L1, toolApprovalName(m_webSearch.approval)}};
        if (!m_webSearch.url.isEmpty()) {
            search.insert("url"_L1, m_webSearch.url.toString());
        }
        root.insert("web_search"_L1, search);
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        return std::unexpected(tr("%1 cannot be written: %2").arg(fileName(), file.errorString()));
    }
    return {};
}

std::optional<McpServerConfig> McpConfig::find(const QString &name) const
{
    const auto it = std::ranges::find(m_servers, name, &McpServerConfig::name);
    return it == m_servers.cend() ? std::nullopt : std::optional(*it);
}

void McpConfig::upsert(const McpServerConfig &server)
{
    const auto it = std::ranges::find(m_servers, server.name, &McpServerConfig::name);
    if (it != m_servers.end()) {
        *it = server;
    } else {
        m_servers.append(server);
    }
}

bool McpConfig::remove(const QString &name)
{
    return m_servers.removeIf([&name](const McpServerConfig &server) { return server.name == name; }) > 0;
}

QString McpConfig::secretsOf(const McpServerConfig &server)
{
    QJsonObject env;
    for (auto it = server.environment.cbegin(); it != server.environment.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    QJsonObject headers;
    for (auto it = server.headers.cbegin(); it != server.headers.cend(); ++it) {
        headers.insert(it.key(), it.value());
    }
    return QString::fromUtf8(
        QJsonDocument(QJsonObject {{"env"_L1, env}, {"headers"_L1, headers}}).toJson(QJsonDocument::Compact));
}

void McpConfig::applySecrets(McpServerConfig &server, const QString &stored)
{
    const QJsonObject secrets = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QJsonObject env = secrets.value("env"_L1).toObject();
    for (auto it = server.environment.begin(); it != server.environment.end(); ++it) {
        it.value() = env.value(it.key()).toString();
    }
    const QJsonObject headers = secrets.value("headers"_L1).toObject();
    for (auto it = server.headers.begin(); it != server.headers.end(); ++it) {
        it.value() = headers.value(it.key()).toString();
    }
}

std::expected<QList<McpServerConfig>, QString> McpConfig::readCommonFormat(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(tr("not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    const QJsonObject root = document.object();
    const QJsonValue list = root.contains("mcpServers"_L1) ? root.value("mcpServers"_L1) : root.value("servers"_L1);
    if (!list.isObject()) {
        return std::unexpected(tr("no “mcpServers” (or “servers”) object"));
    }
    QList<McpServerConfig> result;
    const QJsonObject servers = list.toObject();
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        const QJsonObject json = it.value().toObject();
        McpServerConfig server;
        server.name = it.key();
        if (!validName(server.name)) {
            return std::unexpected(tr("“%1” is not a server name Quorum takes (letters, digits, '-', '_', '.')")
                    .arg(server.name.left(80)));
        }
        const QString url
            = json.contains("url"_L1) ? json.value("url"_L1).toString() : json.value("serverUrl"_L1).toString();
        if (!url.isEmpty()) {
            server.transport = McpServerConfig::Transport::Http;
            server.url = QUrl(url, QUrl::StrictMode);
            if (!server.url.isValid() || (server.url.scheme() != "http"_L1 && server.url.scheme() != "https"_L1)) {
                return std::unexpected(
                    tr("server “%1”: “%2” is not an http or https URL").arg(server.name, url.left(200)));
            }
            server.headers = stringMap(json.value("headers"_L1).toObject());
        } else {
            server.command = json.value("command"_L1).toString();
            if (server.command.isEmpty()) {
                return std::unexpected(tr("server “%1” has neither a “command” nor a “url”").arg(server.name));
            }
            for (const QJsonValue &argument : json.value("args"_L1).toArray()) {
                server.arguments << argument.toString();
            }
            server.workingDirectory = json.value("cwd"_L1).toString();
            server.environment = stringMap(json.value("env"_L1).toObject());
        }
        server.enabled = !json.value("disabled"_L1).toBool(false);
        result.append(server);
    }
    return result;
}

QList<McpServerConfig> McpConfig::withSecrets(
    const QList<McpServerConfig> &servers, SecretStore &keychain, QStringList *problems)
{
    QList<McpServerConfig> ready;
    for (McpServerConfig server : servers) {
        if (!server.environment.isEmpty() || !server.headers.isEmpty()) {
            const auto stored = keychain.readBlocking(secretKey(server.name));
            if (!stored) {
                if (problems) {
                    *problems << tr("The values of %1's environment and headers are not in the keychain: %2")
                                     .arg(server.name, stored.error().message);
                }
                continue;
            }
            applySecrets(server, *stored);
        }
        ready.append(server);
    }
    return ready;
}

} // namespace Quorum
