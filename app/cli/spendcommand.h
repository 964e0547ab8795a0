// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace Quorum
{

class CliContext;
class Database;

//! `quorum spend` (totals by model, provider or day) and `quorum budget set|clear|list`.
class SpendCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::SpendCommand)

public:
    static int runSpend(const CliContext &context, const QStringList &arguments);
    static int runBudget(const CliContext &context, const QStringList &arguments);
    //! Prints a warning for every budget at 80 % or more (after quorum ask); false on a storage error.
    static void warnAboutBudgets(const CliContext &context, const Database &database);

private:
    static QJsonArray budgetsJson(const CliContext &context, const Database &database, bool *ok);
};

} // namespace Quorum
