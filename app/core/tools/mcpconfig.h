// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QList>

#include "tools/mcpserverconfig.h"
#include "tools/websearch.h"

namespace Quorum
{

class SecretStore;

/*!
 * The configured MCP servers (docs/tools.md, "Servers"): `mcp.json` in the data directory,
 * written whole (QSaveFile). The file names a server's environment variables and headers but
 * never holds their values: those are secrets (tokens, keys) and live in the keychain, one
 * entry per server (secretKey()), as API keys do.
 */
class McpConfig final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::McpConfig)

public:
    explicit McpConfig(QString dataDir);

    //! Reads the file; none is no servers.
    [[nodiscard]] std::expected<void, QString> load();
    [[nodiscard]] std::expected<void, QString> save() const;
    QString fileName() const;

    const QList<McpServerConfig> &servers() const { return m_servers; }
    std::optional<McpServerConfig> find(const QString &name) const;
    //! Adds \a server, or replaces the one of that name.
    void upsert(const McpServerConfig &server);
    bool remove(const QString &name);

    //! The web search service (docs/tools.md, "Web search"), without its key.
    const WebSearchConfig &webSearch() const { return m_webSearch; }
    void setWebSearch(const WebSearchConfig &config);
    //! Where the search service's API key is kept in the keychain.
    static QString webSearchSecretKey();
    /*!
     * \a config with its API key read from \a keychain (blocking); without one where the
     * service needs it, \a problems says why (the search then fails with the reason).
     */
    static WebSearchConfig webSearchWithKey(
        const WebSearchConfig &config, SecretStore &keychain, QStringList *problems);

    //! A server's name: letters, digits, '-', '_' and '.', up to 64 (it names its tools).
    static bool validName(const QString &name);
    //! Where a server's secrets are kept in the keychain.
    static QString secretKey(const QString &name);
    //! \a server's secret values (its environment and headers) as kept in the keychain: JSON.
    static QString secretsOf(const McpServerConfig &server);
    //! Fills \a server's environment and headers with the values \a stored holds.
    static void applySecrets(McpServerConfig &server, const QString &stored);
    /*!
     * \a servers with their secrets read from \a keychain (blocking: a command, or the window's
     * start); a server whose secrets cannot be read is left out, and \a problems says why.
     */
    static QList<McpServerConfig> withSecrets(
        const QList<McpServerConfig> &servers, SecretStore &keychain, QStringList *problems);

    /*!
     * The servers of the configuration format other apps use (Claude Desktop, Cursor,
     * Cherry Studio, VS Code): {"mcpServers" | "servers": {NAME: {command, args, env, cwd} or
     * {url | serverUrl, headers, type}}}; or why the file is not one.
     */
    [[nodiscard]] static std::expected<QList<McpServerConfig>, QString> readCommonFormat(const QByteArray &json);

private:
    QString m_dataDir;
    QList<McpServerConfig> m_servers;
    WebSearchConfig m_webSearch;
};

} // namespace Quorum
