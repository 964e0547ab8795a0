// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Quorum
{

class CliContext;
struct RouteDecision;

/*!
 * `quorum rules list|add|remove|move|enable|disable|import|export` (the routing rules, kept
 * in the database) and `quorum route [--explain] [--json] PROMPT` (where a prompt would go,
 * and why). The rules file format and the condition short forms are in docs/rules.md.
 */
class RulesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::RulesCommand)

public:
    static int runRules(const CliContext &context, const QStringList &arguments);
    static int runRoute(const CliContext &context, const QStringList &arguments);

    //! The --json object of `route` (the documented contract of #8).
    static QJsonObject decisionJson(const RouteDecision &decision);

private:
    static int list(const CliContext &context, const QStringList &arguments);
    static int add(const CliContext &context, const QStringList &arguments);
    static int remove(const CliContext &context, const QStringList &arguments);
    static int move(const CliContext &context, const QStringList &arguments);
    static int setEnabled(const CliContext &context, const QStringList &arguments, bool enabled);
    static int import(const CliContext &context, const QStringList &arguments);
    static int exportRules(const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
