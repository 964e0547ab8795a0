// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class CliContext;

/*!
 * `quorum providers add|list|remove|set-key` and `quorum models ID`: the provider accounts of the
 * data directory and the models each one offers.
 */
class ProvidersCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ProvidersCommand)

public:
    static int runProviders(const CliContext &context, const QStringList &arguments);
    //! `quorum models [--json] ID`, `models pull ID/NAME` and `models delete ID/NAME` (Ollama).
    static int runModels(const CliContext &context, const QStringList &arguments);

private:
    static int pullOrDelete(const CliContext &context, const QStringList &arguments, bool pull);
    static int reads(const CliContext &context, const QStringList &arguments);
    static int add(const CliContext &context, const QStringList &arguments);
    static int list(const CliContext &context, const QStringList &arguments);
    static int remove(const CliContext &context, const QStringList &arguments);
    static int setKey(const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
