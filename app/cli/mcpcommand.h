// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class CliContext;

/*!
 * `quorum mcp add|list|remove|tools|import`: the MCP servers whose tools models may call
 * (docs/tools.md). Their secrets (environment values, headers) go to the keychain.
 */
class McpCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::McpCommand)

public:
    static int run(const CliContext &context, const QStringList &arguments);

private:
    static int add(const CliContext &context, const QStringList &arguments);
    static int list(const CliContext &context, const QStringList &arguments);
    static int remove(const CliContext &context, const QStringList &arguments);
    static int tools(const CliContext &context, const QStringList &arguments);
    static int import(const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
