// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class CliContext;

/*!
 * `quorum experiment [run|list|show|export|remove]`: experiments over the one engine
 * (docs/experiments.md). `run FILE` says what the run may cost at most, asks every cell,
 * prints each as it ends (one JSON object per line with --json, then a summary) and exits 1
 * when a check failed or a cell was not answered. A run that was stopped or killed is
 * resumed by running the same file again: the cells that are done are not asked again.
 */
class ExperimentCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ExperimentCommand)

public:
    static int run(const CliContext &context, const QStringList &arguments);

private:
    static int runFile(const CliContext &context, const QStringList &arguments);
    static int list(const CliContext &context, const QStringList &arguments);
    static int show(const CliContext &context, const QStringList &arguments);
    static int exportRun(const CliContext &context, const QStringList &arguments);
    static int remove(const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
