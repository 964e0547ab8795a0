// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/spendcommand.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/subcommandparser.h"
#include "storage/database.h"
#include "storage/spendstore.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString statusName(SpendStore::Budget::Level level)
{
    switch (level) {
    case SpendStore::Budget::Level::Ok:
        return u"ok"_s;
    case SpendStore::Budget::Level::Warning:
        return u"warning"_s;
    case SpendStore::Budget::Level::Exceeded:
        return u"exceeded"_s;
    }
    return {};
}

QString budgetLine(const SpendStore::Budget &budget)
{
    const QString who = budget.providerId.isEmpty()
        ? QCoreApplication::translate("Quorum::SpendCommand", "all providers")
        : budget.providerId;
    return QCoreApplication::translate("Quorum::SpendCommand", "%1: %2 of %3 this month (%4 %)")
        .arg(who, formatCost(budget.spentNanos), formatCost(budget.monthlyNanos))
        .arg(qRound(budget.fraction() * 100));
}
} // namespace

QJsonArray SpendCommand::budgetsJson(const CliContext &context, const Database &database, bool *ok)
{
    QJsonArray array;
    const auto budgets = SpendStore(database).budgets();
    if (!budgets) {
        context.err() << budgets.error().message << Qt::endl;
        *ok = false;
        return array;
    }
    *ok = true;
    for (const SpendStore::Budget &b : *budgets) {
        array.append(QJsonObject {{"provider"_L1, b.providerId.isEmpty() ? QJsonValue() : QJsonValue(b.providerId)},
            {"monthly_usd"_L1, usdFromNanos(b.monthlyNanos)},
            {"spent_usd"_L1, usdFromNanos(b.spentNanos)},
            {"percent"_L1, qRound(b.fraction() * 1000) / 10.0},
            {"status"_L1, statusName(b.level)}});
    }
    return array;
}

void SpendCommand::warnAboutBudgets(const CliContext &context, const Database &database)
{
    const auto budgets = SpendStore(database).budgets();
    if (!budgets) {
        return; // the answers were shown; a budget check is no reason to fail
    }
    for (const SpendStore::Budget &b : *budgets) {
        if (b.level == SpendStore::Budget::Level::Exceeded) {
            context.err() << tr("Budget exceeded: %1").arg(budgetLine(b)) << Qt::endl;
        } else if (b.level == SpendStore::Budget::Level::Warning) {
            context.err() << tr("Budget at 80 %: %1").arg(budgetLine(b)) << Qt::endl;
        }
    }
}

int SpendCommand::runSpend(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"spend"_s,
        tr("[--since DATE] [--by model|provider|day] [--json]"),
        tr("What the stored answers cost, from the costs stored with them, and the monthly budgets."));
    const QCommandLineOption sinceOption(
        u"since"_s, tr("From this day (YYYY-MM-DD, local time; default: the first of this month)."), tr("date"));
    const QCommandLineOption byOption(
        u"by"_s, tr("Group by model, provider or day (default: model)."), tr("group"), u"model"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    sub.parser().addOptions({sinceOption, byOption, jsonOption});
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"spend"_s;
    if (!sub.parser().positionalArguments().isEmpty()) {
        return context.usageError(command, tr("takes no arguments"));
    }
    QDate since = QDate::currentDate();
    since.setDate(since.year(), since.month(), 1);
    if (sub.parser().isSet(sinceOption)) {
        since = QDate::fromString(sub.parser().value(sinceOption), Qt::ISODate);
        if (!since.isValid()) {
            return context.usageError(command, tr("--since needs a date such as 2026-11-01"));
        }
    }
    const QString byName = sub.parser().value(byOption);
    SpendStore::GroupBy by = SpendStore::GroupBy::Model;
    if (byName == "provider"_L1) {
        by = SpendStore::GroupBy::Provider;
    } else if (byName == "day"_L1) {
        by = SpendStore::GroupBy::Day;
    } else if (byName != "model"_L1) {
        return context.usageError(command, tr("--by is model, provider or day, not '%1'").arg(byName));
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto rows = SpendStore(*database).totals(
        by, QDateTime(since, QTime(0, 0)).toMSecsSinceEpoch(), std::numeric_limits<qint64>::max());
    if (!rows) {
        return context.failure(command, rows.error().message);
    }
    SpendStore::Row total;
    for (const SpendStore::Row &row : *rows) {
        total.nanos += row.nanos;
        total.answers += row.answers;
        total.estimated += row.estimated;
        total.unknown += row.unknown;
    }
    if (sub.parser().isSet(jsonOption)) {
        bool ok = true;
        const QJsonArray budgets = budgetsJson(context, *database, &ok);
        QJsonArray array;
        for (const SpendStore::Row &row : *rows) {
            array.append(QJsonObject {{"key"_L1, row.key},
                {"cost_usd"_L1, usdFromNanos(row.nanos)},
                {"answers"_L1, row.answers},
                {"estimated"_L1, row.estimated},
                {"unknown_cost"_L1, row.unknown}});
        }
        const QJsonObject json {{"since"_L1, since.toString(Qt::ISODate)},
            {"by"_L1, byName},
            {"total_usd"_L1, usdFromNanos(total.nanos)},
            {"answers"_L1, total.answers},
            {"estimated"_L1, total.estimated},
            {"unknown_cost"_L1, total.unknown},
            {"rows"_L1, array},
            {"budgets"_L1, budgets}};
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        context.out().flush();
        return ok ? ExitOk : ExitFailure;
    }
    context.out() << tr("Spent since %1: %2 for %n answer(s)", nullptr, total.answers)
                         .arg(QLocale().toString(since, QLocale::ShortFormat), formatCost(total.nanos))
                  << u'\n';
    if (total.estimated > 0) {
        context.out() << tr(
            "  %n of them estimated from the text (the provider sent no usage)", nullptr, total.estimated)
                      << u'\n';
    }
    if (total.unknown > 0) {
        context.out() << tr(
            "  %n of them with an unknown cost, not counted (no price for the model)", nullptr, total.unknown)
                      << u'\n';
    }
    for (const SpendStore::Row &row : *rows) {
        context.out() << u"  %1 %2 %3\n"_s.arg(row.key, -44)
                             .arg(formatCost(row.nanos), 14)
                             .arg(tr("%n answer(s)", nullptr, row.answers));
    }
    if (const auto list = SpendStore(*database).budgets(); !list) {
        return context.failure(command, list.error().message);
    } else {
        for (const SpendStore::Budget &b : *list) {
            context.out() << tr("Budget %1").arg(budgetLine(b))
                          << (b.level == SpendStore::Budget::Level::Exceeded         ? tr(" — exceeded")
                                     : b.level == SpendStore::Budget::Level::Warning ? tr(" — over 80 %")
                                                                                     : QString())
                          << u'\n';
        }
    }
    context.out().flush();
    return ExitOk;
}

int SpendCommand::runBudget(const CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QString command = u"budget"_s;
    if (action.isEmpty() || action == "--help"_L1 || action == "-h"_L1) {
        context.out() << tr("Usage: quorum budget set|clear|list ...\n\n"
                            "  set USD [--provider ID]     a monthly budget, overall or for one provider account;\n"
                            "                              quorum warns at 80 % and at 100 %\n"
                            "  clear [--provider ID]       remove it\n"
                            "  list [--json]               the budgets and what was spent this month\n");
        context.out().flush();
        return action.isEmpty() ? ExitUsage : ExitOk;
    }
    if (action != "set"_L1 && action != "clear"_L1 && action != "list"_L1) {
        return context.usageError(command, tr("unknown action '%1' (set, clear or list)").arg(action));
    }
    SubcommandParser sub(u"budget "_s + action, QString(), tr("Monthly budgets."));
    const QCommandLineOption providerOption(u"provider"_s, tr("A provider account."), tr("id"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON array."));
    sub.parser().addOptions({providerOption, jsonOption});
    if (const auto stop = sub.parse(context, arguments.mid(1))) {
        return *stop;
    }
    const QStringList positional = sub.parser().positionalArguments();
    std::optional<qint64> amount;
    if (action == "set"_L1) {
        amount = positional.size() == 1 ? parseUsdNanos(positional.first()) : std::nullopt;
        if (!amount || *amount <= 0) {
            return context.usageError(command, tr("budget set needs an amount in USD, such as 20 or 12.50"));
        }
    } else if (!positional.isEmpty()) {
        return context.usageError(command, tr("budget %1 takes no amount").arg(action));
    }
    const auto database = HistoryCommand::openDatabase(
        context, command, action == "list"_L1 ? HistoryCommand::Use::Read : HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    if (action != "list"_L1) {
        const QString provider = sub.parser().value(providerOption);
        if (auto done = SpendStore(*database).setMonthlyBudget(provider, amount.value_or(0)); !done) {
            return context.failure(command, done.error().message);
        }
    }
    bool ok = true;
    const QJsonArray budgets = budgetsJson(context, *database, &ok);
    if (sub.parser().isSet(jsonOption)) {
        context.out() << QJsonDocument(budgets).toJson(QJsonDocument::Indented);
    } else if (const auto list = SpendStore(*database).budgets(); list) {
        for (const SpendStore::Budget &b : *list) {
            context.out() << budgetLine(b) << u'\n';
        }
        if (list->isEmpty()) {
            context.out() << tr("No budget is set.") << u'\n';
        }
    }
    context.out().flush();
    return ok ? ExitOk : ExitFailure;
}

} // namespace Quorum
