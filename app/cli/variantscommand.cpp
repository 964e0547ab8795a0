// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/variantscommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/parameteroptions.h"
#include "cli/subcommandparser.h"
#include "storage/database.h"
#include "storage/variantstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
const QString command = u"variants"_s;

QJsonObject variantJson(const Variant &variant)
{
    return QJsonObject {
        {"name"_L1, variant.name}, {"version"_L1, variant.version}, {"parameters"_L1, variant.parameters.toJson()}};
}

//! NAME as the only positional argument, or the exit status of the usage error said.
std::expected<QString, int> oneName(const CliContext &context, SubcommandParser &sub, const QString &subCommand)
{
    if (sub.parser().positionalArguments().size() != 1) {
        return std::unexpected(context.usageError(subCommand, VariantsCommand::tr("expected one variant name")));
    }
    return sub.parser().positionalArguments().constFirst();
}
} // namespace

int VariantsCommand::run(const CliContext &context, const QStringList &arguments)
{
    return SubcommandParser::runAction(context,
        command,
        arguments,
        {{u"list"_s, &VariantsCommand::list},
            {u"show"_s, &VariantsCommand::show},
            {u"add"_s, &VariantsCommand::add},
            {u"remove"_s, &VariantsCommand::remove}},
        tr("Usage: quorum variants [list|show|add|remove] ...\n\n"
           "  list [--json]            the variants and their parameters\n"
           "  show NAME [--json]       one variant\n"
           "  add NAME [parameters]    a variant (see variants add --help);\n"
           "                           adding it again makes a new version\n"
           "  remove NAME              remove a variant (answers keep theirs)\n\n"
           "A target uses one as ACCOUNT/MODEL#NAME.\n"));
}

int VariantsCommand::list(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"variants list"_s, tr("[--json]"), tr("Lists the variants and their parameters."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    sub.parser().addOption(jsonOption);
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto variants = VariantStore(*database).variants();
    if (!variants) {
        return context.failure(command, variants.error().message);
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const Variant &variant : *variants) {
            array.append(variantJson(variant));
        }
        context.out() << QJsonDocument(QJsonObject {{"variants"_L1, array}}).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    if (variants->isEmpty()) {
        context.err() << tr("No variants yet: quorum variants add NAME --temperature 0.2 ...") << Qt::endl;
    }
    for (const Variant &variant : *variants) {
        context.out() << tr("%1  v%2  %3")
                             .arg(variant.name.leftJustified(16))
                             .arg(variant.version)
                             .arg(variant.parameters.summary())
                      << '\n';
    }
    return ExitOk;
}

int VariantsCommand::show(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"variants show"_s;
    SubcommandParser sub(subCommand, tr("NAME [--json]"), tr("Prints a variant's parameters."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    sub.parser().addOption(jsonOption);
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The variant's name."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto name = oneName(context, sub, subCommand);
    if (!name) {
        return name.error();
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto variant = VariantStore(*database).variant(*name);
    if (!variant) {
        return context.failure(subCommand, variant.error().message);
    }
    if (sub.parser().isSet(jsonOption)) {
        context.out() << QJsonDocument(variantJson(*variant)).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    context.out() << tr("# %1, version %2").arg(variant->name).arg(variant->version) << '\n'
                  << QString::fromUtf8(QJsonDocument(variant->parameters.toJson()).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int VariantsCommand::add(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"variants add"_s;
    SubcommandParser sub(subCommand,
        tr("NAME [--system TEXT] [--temperature T] [--top-p P] [--max-tokens N] [--effort LEVEL] "
           "[--reasoning-budget N] [--schema FILE]"),
        tr("Adds a variant: parameters a target is asked with when written ACCOUNT/MODEL#NAME. Each "
           "provider is sent them in its own fields, and what a model does not take is said before "
           "anything is sent. Adding a name again replaces its parameters and raises its version."));
    const ParameterOptions parameterOptions(true);
    parameterOptions.addTo(sub.parser());
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The variant's name."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto name = oneName(context, sub, subCommand);
    if (!name) {
        return name.error();
    }
    if (const QString problem = VariantStore::nameProblem(*name); !problem.isEmpty()) {
        return context.usageError(subCommand, problem);
    }
    const auto parameters = parameterOptions.read(sub.parser());
    if (!parameters) {
        return context.usageError(subCommand, parameters.error());
    }
    if (parameters->isEmpty()) {
        return context.usageError(subCommand, tr("a variant needs at least one parameter"));
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    const auto saved = VariantStore(*database).save(Variant {*name, *parameters, 1, 0});
    if (!saved) {
        return context.failure(subCommand, saved.error().message);
    }
    context.err()
        << tr("Variant '%1' is at version %2: %3").arg(saved->name).arg(saved->version).arg(saved->parameters.summary())
        << Qt::endl;
    return ExitOk;
}

int VariantsCommand::remove(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"variants remove"_s;
    SubcommandParser sub(subCommand, tr("NAME"), tr("Removes a variant; answers asked with it keep their parameters."));
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The variant's name."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto name = oneName(context, sub, subCommand);
    if (!name) {
        return name.error();
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    if (const auto removed = VariantStore(*database).remove(*name); !removed) {
        return context.failure(subCommand, removed.error().message);
    }
    return ExitOk;
}

} // namespace Quorum
