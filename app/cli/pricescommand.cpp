// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/pricescommand.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/subcommandparser.h"
#include "pricing/pricelist.h"
#include "pricing/pricing.h"
#include "providers/providerconfig.h"
#include "storage/database.h"
#include "storage/pricestore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QJsonValue usdPerMillion(const std::optional<qint64> &micros)
{
    return micros ? QJsonValue(static_cast<double>(*micros) / 1e6) : QJsonValue();
}

QString cell(const std::optional<qint64> &micros)
{
    return micros ? formatUsd(*micros) : u"–"_s;
}

// Opens the database and makes sure the built-in prices are in it.
std::unique_ptr<Database> openPrices(const CliContext &context, const QString &command, HistoryCommand::Use use)
{
    auto database = HistoryCommand::openDatabase(context, command, use);
    if (database && !database->isReadOnly()) {
        if (auto seeded = Pricing(*database).seedBuiltIn(); !seeded) {
            context.err()
                << QCoreApplication::translate("Quorum::PricesCommand", "Warning: %1").arg(seeded.error().message)
                << Qt::endl;
        }
    }
    return database;
}
} // namespace

int PricesCommand::run(const CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == "list"_L1) {
        return list(context, rest);
    }
    if (action == "import"_L1) {
        return import(context, rest);
    }
    if (action == "set"_L1) {
        return set(context, rest);
    }
    if (action.isEmpty() || action == "--help"_L1 || action == "-h"_L1) {
        context.out() << tr("Usage: quorum prices list|import|set ...\n\n"
                            "  list [--json] [--scope ID]          the prices in force, USD per million tokens\n"
                            "  import FILE                         LiteLLM's model_prices_and_context_window.json,\n"
                            "                                      or a list in Quorum's own format\n"
                            "  set ID/MODEL --input X --output Y   your own price for a model of an account ID,\n"
                            "      [--cached-input Z]              or of every account of a kind such as openai;\n"
                            "      [--cache-write W]               an account's own price wins over its kind's\n"
                            "      [--reasoning R]\n");
        context.out().flush();
        return action.isEmpty() ? ExitUsage : ExitOk;
    }
    return context.usageError(u"prices"_s, tr("unknown action '%1' (list, import or set)").arg(action));
}

int PricesCommand::list(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"prices list"_s,
        tr("[--json] [--scope ID]"),
        tr("Lists the prices in force, in USD per million tokens: for each scope (an account, or a "
           "provider kind) and model, the user's own, imported and built-in rows."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON array."));
    const QCommandLineOption scopeOption(u"scope"_s, tr("Only this account or kind."), tr("id"));
    sub.parser().addOptions({jsonOption, scopeOption});
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto database = openPrices(context, u"prices list"_s, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    auto prices = PriceStore(*database).list(QDateTime::currentMSecsSinceEpoch());
    if (!prices) {
        return context.failure(u"prices list"_s, prices.error().message);
    }
    if (sub.parser().isSet(scopeOption)) {
        const QString scope = sub.parser().value(scopeOption);
        prices->removeIf([&](const ModelPrice &p) { return p.scope != scope; });
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const ModelPrice &p : std::as_const(*prices)) {
            array.append(QJsonObject {{"scope"_L1, p.scope},
                {"model"_L1, p.model},
                {"input"_L1, usdPerMillion(p.inputMicros)},
                {"cached_input"_L1, usdPerMillion(p.cachedInputMicros)},
                {"cache_write"_L1, usdPerMillion(p.cacheWriteMicros)},
                {"output"_L1, usdPerMillion(p.outputMicros)},
                {"reasoning"_L1, usdPerMillion(p.reasoningMicros)},
                {"source"_L1, priceSourceName(p.source)},
                {"checked_on"_L1, p.checkedOn.isEmpty() ? QJsonValue() : QJsonValue(p.checkedOn)},
                {"effective_from"_L1, HistoryCommand::isoTime(p.effectiveFrom)},
                {"long_context"_L1,
                    p.longContextAbove ? QJsonValue(QJsonObject {{"above_tokens"_L1, *p.longContextAbove},
                                             {"input"_L1, usdPerMillion(p.longInputMicros)},
                                             {"cached_input"_L1, usdPerMillion(p.longCachedInputMicros)},
                                             {"cache_write"_L1, usdPerMillion(p.longCacheWriteMicros)},
                                             {"output"_L1, usdPerMillion(p.longOutputMicros)}})
                                       : QJsonValue()}});
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        context.out().flush();
        return ExitOk;
    }
    context.out() << tr("USD per million tokens") << u'\n';
    context.out() << u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(tr("scope"), -12)
                         .arg(tr("model"), -44)
                         .arg(tr("input"), 9)
                         .arg(tr("cached"), 9)
                         .arg(tr("write"), 9)
                         .arg(tr("output"), 9)
                         .arg(tr("source"));
    for (const ModelPrice &p : std::as_const(*prices)) {
        context.out() << u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(p.scope, -12)
                             .arg(p.model, -44)
                             .arg(cell(p.inputMicros), 9)
                             .arg(cell(p.cachedInputMicros), 9)
                             .arg(cell(p.cacheWriteMicros), 9)
                             .arg(cell(p.outputMicros), 9)
                             .arg(priceSourceName(p.source));
    }
    context.out().flush();
    return ExitOk;
}

int PricesCommand::import(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"prices import"_s,
        tr("FILE"),
        tr("Imports prices: LiteLLM's model_prices_and_context_window.json (USD per token; the chat "
           "models of the providers Quorum knows), or a list in Quorum's format. Imported prices are "
           "in force from now; costs already stored stay as they were."));
    sub.parser().addPositionalArgument(u"FILE"_s, tr("The file to read."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"prices import"_s;
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one FILE"));
    }
    const QString path = sub.parser().positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.failure(command, tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool quorumFormat = QJsonDocument::fromJson(bytes).object().contains("prices"_L1);
    auto parsed = quorumFormat
        ? PriceList::fromQuorumJson(bytes, ModelPrice::Source::Imported)
        : PriceList::fromLiteLlm(bytes, now.toMSecsSinceEpoch(), now.date().toString(Qt::ISODate));
    if (!parsed) {
        return context.failure(command, tr("%1: %2").arg(path, parsed.error()));
    }
    if (quorumFormat) {
        for (ModelPrice &price : parsed->prices) {
            price.effectiveFrom = now.toMSecsSinceEpoch();
        }
    }
    for (const QString &problem : std::as_const(parsed->problems)) {
        context.err() << tr("%1: %2").arg(path, problem) << Qt::endl;
    }
    const auto database = openPrices(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    const auto added = PriceStore(*database).add(parsed->prices);
    if (!added) {
        return context.failure(command, added.error().message);
    }
    context.out() << tr("Imported %n price(s)", nullptr, *added) << u"; "_s
                  << tr("%n unchanged", nullptr, static_cast<int>(parsed->prices.size()) - *added) << u"; "_s
                  << tr("%n entries skipped (not chat models of a provider Quorum knows, or not priced per token)",
                         nullptr,
                         parsed->skipped)
                  << u".\n"_s;
    context.out().flush();
    return parsed->problems.isEmpty() ? ExitOk : ExitFailure;
}

int PricesCommand::set(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"prices set"_s,
        tr("ID/MODEL --input X --output Y [--cached-input Z] [--cache-write W] [--reasoning R]"),
        tr("Sets your own price for a model, in USD per million tokens, in force from now. ID is a "
           "provider account, or a provider kind (openai, anthropic, gemini, mistral, ...) for every "
           "account of it; an account's own price wins over its kind's."));
    const QCommandLineOption inputOption(u"input"_s, tr("Input tokens."), tr("usd"));
    const QCommandLineOption outputOption(u"output"_s, tr("Output tokens (reasoning included)."), tr("usd"));
    const QCommandLineOption cachedOption(u"cached-input"_s, tr("Input read from the cache."), tr("usd"));
    const QCommandLineOption writeOption(u"cache-write"_s, tr("Input written to the cache."), tr("usd"));
    const QCommandLineOption reasoningOption(
        u"reasoning"_s, tr("Reasoning tokens, if billed unlike output."), tr("usd"));
    sub.parser().addOptions({inputOption, outputOption, cachedOption, writeOption, reasoningOption});
    sub.parser().addPositionalArgument(u"ID/MODEL"_s, tr("Account or kind, and model: openai/gpt-4.1."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"prices set"_s;
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one ID/MODEL"));
    }
    const QString target = sub.parser().positionalArguments().first();
    const qsizetype slash = target.indexOf(u'/');
    if (slash <= 0 || slash == target.size() - 1) {
        return context.usageError(command, tr("expected ID/MODEL, not '%1'").arg(target));
    }
    ModelPrice price;
    price.scope = target.first(slash);
    price.model = target.sliced(slash + 1);
    price.source = ModelPrice::Source::User;
    price.effectiveFrom = QDateTime::currentMSecsSinceEpoch();
    price.checkedOn = QDate::currentDate().toString(Qt::ISODate);

    ProviderConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    const bool isAccount = config.find(price.scope).has_value();
    const bool isKind = ProviderPreset::find(price.scope).has_value() || price.scope == "bedrock"_L1;
    if (!isAccount && !isKind) {
        return context.usageError(
            command, tr("'%1' is neither a provider account nor a provider kind").arg(price.scope));
    }
    const auto amount = [&](const QCommandLineOption &option) -> std::optional<std::optional<qint64>> {
        if (!sub.parser().isSet(option)) {
            return std::optional<qint64>();
        }
        const auto value = parseUsdMicros(sub.parser().value(option));
        return value ? std::optional<std::optional<qint64>>(value) : std::nullopt;
    };
    const auto input = amount(inputOption);
    const auto output = amount(outputOption);
    const auto cached = amount(cachedOption);
    const auto write = amount(writeOption);
    const auto reasoning = amount(reasoningOption);
    if (!input || !output || !cached || !write || !reasoning) {
        return context.usageError(command, tr("prices are amounts in USD per million tokens, such as 2.50"));
    }
    if (!*input || !*output) {
        return context.usageError(command, tr("--input and --output are required"));
    }
    price.inputMicros = **input;
    price.outputMicros = **output;
    price.cachedInputMicros = *cached;
    price.cacheWriteMicros = *write;
    price.reasoningMicros = *reasoning;

    const auto database = openPrices(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    if (const auto added = PriceStore(*database).add({price}); !added) {
        return context.failure(command, added.error().message);
    }
    context.out() << tr("%1: input $%2, output $%3 per million tokens, from now on.")
                         .arg(target, formatUsd(price.inputMicros), formatUsd(price.outputMicros))
                  << u'\n';
    context.out().flush();
    return ExitOk;
}

} // namespace Quorum
