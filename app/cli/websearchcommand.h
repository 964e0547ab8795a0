// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class CliContext;

/*!
 * `quorum websearch set|show|off|run`: the web search service models search with, as a tool
 * or once per turn for all (docs/tools.md, "Web search"). Its API key goes to the keychain.
 */
class WebSearchCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::WebSearchCommand)

public:
    static int run(const CliContext &context, const QStringList &arguments);

private:
    static int set(const CliContext &context, const QStringList &arguments);
    static int show(const CliContext &context, const QStringList &arguments);
    static int off(const CliContext &context, const QStringList &arguments);
    static int search(const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
