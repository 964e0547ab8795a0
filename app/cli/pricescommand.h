// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class CliContext;

//! `quorum prices list|import|set`: the price table of the data directory's database.
class PricesCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::PricesCommand)

public:
    static int run(const CliContext &context, const QStringList &arguments);

private:
    static int list(const CliContext &context, const QStringList &arguments);
    static int import(const CliContext &context, const QStringList &arguments);
    static int set(const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
