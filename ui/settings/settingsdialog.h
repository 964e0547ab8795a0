// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QDialog>

namespace Quorum
{

class ProvidersPage;
class RulesPage;
class ToolsPage;
struct AppServices;

//! Settings: one tab per area (Providers now; Network and Appearance follow).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppServices &services, QWidget *parent = nullptr);

    ProvidersPage *providersPage() const { return m_providers; }
    RulesPage *rulesPage() const { return m_rules; }
    ToolsPage *toolsPage() const { return m_tools; }

Q_SIGNALS:
    //! The global proxy changed.
    void networkSettingsChanged();
    //! How Enter behaves in the prompt changed.
    void composerSettingsChanged();
    //! A routing rule was added, changed, moved or removed.
    void rulesChanged();
    //! The MCP servers, their tools' approvals or the web search changed (mcp.json, keychain).
    void toolsChanged();

private:
    ProvidersPage *m_providers = nullptr;
    RulesPage *m_rules = nullptr;
    ToolsPage *m_tools = nullptr;
};

} // namespace Quorum
