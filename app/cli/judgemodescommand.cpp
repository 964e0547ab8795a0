// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/judgemodescommand.h"

#include <array>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/subcommandparser.h"
#include "judge/judgeprompt.h"
#include "storage/database.h"
#include "storage/judgestore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
const QString command = u"judge modes"_s;
} // namespace

int JudgeModesCommand::run(const CliContext &context, const QStringList &arguments)
{
    return SubcommandParser::runAction(context,
        command,
        arguments,
        {{u"list"_s, &JudgeModesCommand::list},
            {u"show"_s, &JudgeModesCommand::show},
            {u"add"_s, &JudgeModesCommand::add},
            {u"remove"_s, &JudgeModesCommand::remove}},
        tr("Usage: quorum judge modes [list|show|add|remove] ...\n\n"
           "  list [--json]                 the built-in modes and your own\n"
           "  show NAME                     a mode's instructions, as the judge gets them\n"
           "  add NAME --base MODE --file F your own mode (F: a file, or - for stdin);\n"
           "                                adding it again makes a new version\n"
           "  remove NAME                   remove your mode (its syntheses stay)\n"));
}

int JudgeModesCommand::list(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"judge modes list"_s, tr("[--json]"), tr("Lists the judge modes: built-in and your own."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    sub.parser().addOption(jsonOption);
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto custom = JudgeStore(*database).customModes();
    if (!custom) {
        return context.failure(command, custom.error().message);
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray modes;
        for (const JudgeMode mode : allJudgeModes) {
            modes.append(QJsonObject {{"name"_L1, judgeModeName(mode)},
                {"base"_L1, judgeModeName(mode)},
                {"built_in"_L1, true},
                {"version"_L1, JudgeTemplate::builtIn(mode).version}});
        }
        for (const CustomJudgeMode &mode : *custom) {
            modes.append(QJsonObject {{"name"_L1, mode.name},
                {"base"_L1, judgeModeName(mode.base)},
                {"built_in"_L1, false},
                {"version"_L1, mode.version}});
        }
        context.out() << QJsonDocument(QJsonObject {{"modes"_L1, modes}}).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    for (const JudgeMode mode : allJudgeModes) {
        context.out() << tr("%1  built-in, version %2")
                             .arg(judgeModeName(mode).leftJustified(16))
                             .arg(JudgeTemplate::builtIn(mode).version)
                      << '\n';
    }
    for (const CustomJudgeMode &mode : *custom) {
        context.out() << tr("%1  based on %2, version %3")
                             .arg(mode.name.leftJustified(16), judgeModeName(mode.base))
                             .arg(mode.version)
                      << '\n';
    }
    return ExitOk;
}

int JudgeModesCommand::show(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(
        u"judge modes show"_s, tr("NAME"), tr("Prints a judge mode's instructions, as the judge is sent them."));
    sub.parser().addPositionalArgument(u"NAME"_s, tr("fuse, checklist, table, rank or your mode's name."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(u"judge modes show"_s, tr("expected one mode name"));
    }
    const QString name = sub.parser().positionalArguments().constFirst();
    if (const auto mode = judgeModeFromName(name)) {
        const JudgeTemplate t = JudgeTemplate::builtIn(*mode);
        context.out() << tr("# %1: built-in, version %2").arg(name).arg(t.version) << "\n\n"_L1 << t.instructions;
    } else {
        const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
        if (!database) {
            return ExitFailure;
        }
        const auto custom = JudgeStore(*database).customMode(name);
        if (!custom) {
            return context.failure(command, custom.error().message);
        }
        if (!custom->has_value()) {
            return context.failure(command, tr("there is no judge mode named '%1' (see quorum judge modes)").arg(name));
        }
        context.out() << tr("# %1: based on %2, version %3")
                             .arg((*custom)->name, judgeModeName((*custom)->base))
                             .arg((*custom)->version)
                      << "\n\n"_L1 << (*custom)->instructions;
    }
    context.out() << "\n\n"_L1
                  << tr("# Quorum adds what the reply must look like (docs/judge.md) and the answers, labelled A, B, "
                        "C.")
                  << '\n';
    return ExitOk;
}

int JudgeModesCommand::add(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"judge modes add"_s;
    SubcommandParser sub(subCommand,
        tr("NAME --base MODE (--file FILE | --instructions TEXT)"),
        tr("Adds your own judge mode: a built-in mode's reply (--base) with your instructions. Adding a "
           "name again replaces its instructions and raises its version."));
    QCommandLineParser &parser = sub.parser();
    const QCommandLineOption baseOption(
        u"base"_s, tr("What the judge returns: fuse, checklist, table or rank."), tr("mode"), u"fuse"_s);
    const QCommandLineOption fileOption(u"file"_s, tr("The instructions, from a file (- for stdin)."), tr("file"));
    const QCommandLineOption textOption(u"instructions"_s, tr("The instructions, as an argument."), tr("text"));
    parser.addOptions({baseOption, fileOption, textOption});
    parser.addPositionalArgument(u"NAME"_s, tr("The mode's name."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(subCommand, tr("expected one mode name"));
    }
    CustomJudgeMode mode;
    mode.name = parser.positionalArguments().constFirst().trimmed();
    if (judgeModeFromName(mode.name)) {
        return context.usageError(subCommand, tr("'%1' is a built-in mode's name: choose another").arg(mode.name));
    }
    const auto base = judgeModeFromName(parser.value(baseOption));
    if (!base) {
        return context.usageError(subCommand, tr("--base is fuse, checklist, table or rank"));
    }
    mode.base = *base;
    if (parser.isSet(fileOption) == parser.isSet(textOption)) {
        return context.usageError(subCommand, tr("give the instructions with --file or --instructions"));
    }
    if (parser.isSet(textOption)) {
        mode.instructions = parser.value(textOption);
    } else if (const QString file = parser.value(fileOption); file == "-"_L1) {
        const auto read = CliContext::promptArgument(file);
        if (!read) {
            return context.failure(subCommand, tr("could not read standard input"));
        }
        mode.instructions = *read;
    } else {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            return context.failure(subCommand, tr("cannot read %1: %2").arg(file, in.errorString()));
        }
        mode.instructions = QString::fromUtf8(in.readAll());
    }
    mode.instructions = mode.instructions.trimmed();
    if (mode.instructions.isEmpty()) {
        return context.usageError(subCommand, tr("the instructions are empty"));
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    const auto saved = JudgeStore(*database).saveCustomMode(mode);
    if (!saved) {
        return context.failure(subCommand, saved.error().message);
    }
    context.err() << tr("Judge mode '%1' (based on %2) is at version %3.")
                         .arg(saved->name, judgeModeName(saved->base))
                         .arg(saved->version)
                  << Qt::endl;
    return ExitOk;
}

int JudgeModesCommand::remove(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(
        u"judge modes remove"_s, tr("NAME"), tr("Removes your judge mode; syntheses made with it stay stored."));
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The mode's name."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(u"judge modes remove"_s, tr("expected one mode name"));
    }
    const QString name = sub.parser().positionalArguments().constFirst();
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    const auto existing = JudgeStore(*database).customMode(name);
    if (!existing) {
        return context.failure(command, existing.error().message);
    }
    if (!existing->has_value()) {
        return context.failure(command, tr("there is no judge mode of yours named '%1'").arg(name));
    }
    if (const auto removed = JudgeStore(*database).removeCustomMode(name); !removed) {
        return context.failure(command, removed.error().message);
    }
    return ExitOk;
}

} // namespace Quorum
