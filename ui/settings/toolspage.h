// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>
#include <optional>

#include <QWidget>

#include "tools/mcpconfig.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Quorum
{

class McpClient;
class SecretStore;
class Settings;
class WebSearch;

/*!
 * Settings → Tools (docs/tools.md): the MCP servers (add, remove, turn on and off), each
 * tool's approval (allow, ask, deny), the rounds an answer may make, and the web search
 * service (its API key to the keychain). The same mcp.json `quorum mcp` and `quorum
 * websearch` write; toolsChanged() tells the window to read it again.
 */
class ToolsPage final : public QWidget
{
    Q_OBJECT

public:
    ToolsPage(QString dataDir,
        SecretStore *keychain,
        Settings *settings,
        QNetworkAccessManager *network,
        QWidget *parent = nullptr);
    ~ToolsPage() override;

    //! Reads mcp.json again (another process may have written it).
    void reload();

Q_SIGNALS:
    //! mcp.json or a secret changed.
    void toolsChanged();

private:
    void save();
    void showProblem(const QString &problem);
    void serverSelected();
    void listTools();
    void setApproval(const QString &server, const QString &tool, ToolApproval approval);
    void addServer();
    void removeServer();
    void showWebSearch();
    void saveWebSearch();
    void testWebSearch();
    std::optional<McpServerConfig> selectedServer() const;

    QString m_dataDir;
    SecretStore *m_keychain;
    Settings *m_settings;
    McpConfig m_config;
    QTreeWidget *m_servers = nullptr;
    QPushButton *m_remove = nullptr;
    QTreeWidget *m_tools = nullptr;
    QPushButton *m_listTools = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    QSpinBox *m_results = nullptr;
    QLineEdit *m_searchTags = nullptr;
    QComboBox *m_searchApproval = nullptr;
    QLabel *m_searchStatus = nullptr;
    std::unique_ptr<McpClient> m_lister; //!< the server whose tools are being listed
    std::unique_ptr<WebSearch> m_tester;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace Quorum
