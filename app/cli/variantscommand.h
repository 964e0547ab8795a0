// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class CliContext;

/*!
 * `quorum variants [list|show|add|remove]`: named parameters a target is asked with
 * (`--target ACCOUNT/MODEL#NAME`; docs/experiments.md). Adding a name again replaces its
 * parameters and raises its version.
 */
class VariantsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::VariantsCommand)

public:
    static int run(const CliContext &context, const QStringList &arguments);

private:
    static int list(const CliContext &context, const QStringList &arguments);
    static int show(const CliContext &context, const QStringList &arguments);
    static int add(const CliContext &context, const QStringList &arguments);
    static int remove(const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
