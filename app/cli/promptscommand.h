// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class CliContext;

/*!
 * `quorum prompts [list|show|add|edit|remove]`: the prompt library (docs/prompt-library.md).
 * Saved prompts and personas with {{variables}}; editing saves the next version, and
 * `quorum ask --prompt NAME[@N] --var NAME=VALUE` or `--persona NAME[@N]` uses one.
 */
class PromptsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::PromptsCommand)

public:
    static int run(const CliContext &context, const QStringList &arguments);

private:
    static int list(const CliContext &context, const QStringList &arguments);
    static int show(const CliContext &context, const QStringList &arguments);
    static int add(const CliContext &context, const QStringList &arguments);
    static int edit(const CliContext &context, const QStringList &arguments);
    static int remove(const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
