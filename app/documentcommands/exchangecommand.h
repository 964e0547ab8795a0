// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class CliContext;

/*!
 * `quorum export ID ...|--all --format md|json|csv [-o PATH]` and `quorum import PATH
 * [--from quorum]`. Files are written whole or not at all (QSaveFile); an import is one
 * transaction, and conversations already there (the same file imported twice) are skipped
 * and named.
 */
class ExchangeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ExchangeCommand)

public:
    static int runExport(const CliContext &context, const QStringList &arguments);
    static int runImport(const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
