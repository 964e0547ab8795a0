// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class CliContext;

/*!
 * `quorum judge modes [list|show|add|remove]`: the judge modes, as the window's Judge Modes
 * dialog shows them. The built-in ones are shown as they are sent; the user's own are a
 * built-in mode's reply with instructions of their own, versioned at every change.
 */
class JudgeModesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::JudgeModesCommand)

public:
    static int run(const CliContext &context, const QStringList &arguments);

private:
    static int list(const CliContext &context, const QStringList &arguments);
    static int show(const CliContext &context, const QStringList &arguments);
    static int add(const CliContext &context, const QStringList &arguments);
    static int remove(const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
