// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/promptscommand.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/subcommandparser.h"
#include "storage/database.h"
#include "storage/promptstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
const QString command = u"prompts"_s;

QJsonObject promptJson(const LibraryPrompt &prompt)
{
    return QJsonObject {{"name"_L1, prompt.name},
        {"kind"_L1, libraryKindName(prompt.kind)},
        {"version"_L1, prompt.version},
        {"text"_L1, prompt.text},
        {"variables"_L1, QJsonArray::fromStringList(prompt.variables())},
        {"created_at"_L1, prompt.createdAt},
        {"updated_at"_L1, prompt.updatedAt}};
}

//! NAME as the only positional argument, or the exit status of the usage error said.
std::expected<QString, int> oneName(const CliContext &context, SubcommandParser &sub, const QString &subCommand)
{
    if (sub.parser().positionalArguments().size() != 1) {
        return std::unexpected(context.usageError(subCommand, PromptsCommand::tr("expected one name")));
    }
    return sub.parser().positionalArguments().constFirst();
}

/*!
 * The text of add and edit: --file FILE ("-": standard input) or TEXT after the name; the
 * exit status of the usage error said otherwise.
 */
std::expected<QString, int> textArgument(
    const CliContext &context, SubcommandParser &sub, const QString &subCommand, const QCommandLineOption &fileOption)
{
    const QStringList positional = sub.parser().positionalArguments();
    const bool fromFile = sub.parser().isSet(fileOption);
    if (positional.size() != (fromFile ? 1 : 2)) {
        return std::unexpected(context.usageError(
            subCommand, PromptsCommand::tr("expected a NAME and its TEXT (or --file FILE), in quotes")));
    }
    if (!fromFile) {
        return positional.at(1);
    }
    const QString path = sub.parser().value(fileOption);
    if (path == "-"_L1) {
        if (const auto read = CliContext::promptArgument(path)) {
            return *read;
        }
        return std::unexpected(context.failure(subCommand, PromptsCommand::tr("cannot read standard input")));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(
            context.failure(subCommand, PromptsCommand::tr("cannot read %1: %2").arg(path, file.errorString())));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(file.read(4'000'001)); // the store refuses more than a million characters
    if (utf8.hasError()) {
        return std::unexpected(context.failure(subCommand, PromptsCommand::tr("%1 is not UTF-8 text").arg(path)));
    }
    return text;
}
} // namespace

int PromptsCommand::run(const CliContext &context, const QStringList &arguments)
{
    return SubcommandParser::runAction(context,
        command,
        arguments,
        {{u"list"_s, &PromptsCommand::list},
            {u"show"_s, &PromptsCommand::show},
            {u"add"_s, &PromptsCommand::add},
            {u"edit"_s, &PromptsCommand::edit},
            {u"remove"_s, &PromptsCommand::remove}},
        tr("Usage: quorum prompts [list|show|add|edit|remove] ...\n\n"
           "  list [--json] [--kind prompt|persona]  the library, latest versions\n"
           "  show NAME[@N] [--json]       one item, its variables and versions\n"
           "  add NAME [--persona] TEXT    a prompt (or a persona) at version 1;\n"
           "                               --file FILE reads the text\n"
           "  edit NAME TEXT               save TEXT as the next version\n"
           "  remove NAME                  remove it (answers keep what they used)\n\n"
           "{{name}} in a text is a variable. quorum ask --prompt NAME[@N]\n"
           "--var name=value asks with one; --persona NAME[@N] is a system prompt.\n"));
}

int PromptsCommand::list(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"prompts list"_s,
        tr("[--json] [--kind prompt|persona]"),
        tr("Lists the prompt library at each item's latest version."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    const QCommandLineOption kindOption(u"kind"_s, tr("Only prompts or only personas."), tr("kind"));
    sub.parser().addOptions({jsonOption, kindOption});
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    std::optional<LibraryPrompt::Kind> kind;
    if (sub.parser().isSet(kindOption)) {
        kind = libraryKindFromName(sub.parser().value(kindOption));
        if (!kind) {
            return context.usageError(u"prompts list"_s, tr("--kind is prompt or persona"));
        }
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto prompts = PromptStore(*database).prompts(kind);
    if (!prompts) {
        return context.failure(command, prompts.error().message);
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const LibraryPrompt &prompt : *prompts) {
            array.append(promptJson(prompt));
        }
        context.out() << QJsonDocument(QJsonObject {{"prompts"_L1, array}}).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    if (prompts->isEmpty()) {
        context.err() << tr("The prompt library is empty: quorum prompts add NAME \"TEXT with {{variables}}\"")
                      << Qt::endl;
    }
    for (const LibraryPrompt &prompt : *prompts) {
        const QStringList variables = prompt.variables();
        context.out()
            << tr("%1  %2  v%3  %4")
                   .arg(prompt.name.leftJustified(20),
                       (prompt.kind == LibraryPrompt::Kind::Persona ? tr("persona") : tr("prompt")).leftJustified(7))
                   .arg(prompt.version)
                   .arg(variables.isEmpty() ? tr("no variables") : variables.join(u", "_s))
            << '\n';
    }
    return ExitOk;
}

int PromptsCommand::show(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"prompts show"_s;
    SubcommandParser sub(subCommand,
        tr("NAME[@N] [--json]"),
        tr("Prints a library item's text (the latest version, or version N), its variables and its versions."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    sub.parser().addOption(jsonOption);
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The item's name, with @N for version N."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto spec = oneName(context, sub, subCommand);
    if (!spec) {
        return spec.error();
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const PromptStore store(*database);
    const auto prompt = store.find(*spec);
    if (!prompt) {
        return context.failure(subCommand, prompt.error().message);
    }
    const auto versions = store.versions(prompt->name);
    if (!versions) {
        return context.failure(subCommand, versions.error().message);
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonObject json = promptJson(*prompt);
        QJsonArray all;
        for (const PromptVersion &v : *versions) {
            all.append(QJsonObject {{"version"_L1, v.version}, {"created_at"_L1, v.createdAt}});
        }
        json.insert("versions"_L1, all);
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    const QStringList variables = prompt->variables();
    context.out() << tr("# %1 (%2), version %3 of %4")
                         .arg(prompt->name, prompt->kind == LibraryPrompt::Kind::Persona ? tr("persona") : tr("prompt"))
                         .arg(prompt->version)
                         .arg(versions->constLast().version)
                  << '\n';
    if (!variables.isEmpty()) {
        context.out() << tr("Variables: %1").arg(variables.join(u", "_s)) << '\n';
    }
    context.out() << '\n' << prompt->text << (prompt->text.endsWith(u'\n') ? "" : "\n");
    return ExitOk;
}

int PromptsCommand::add(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"prompts add"_s;
    SubcommandParser sub(subCommand,
        tr("NAME [--persona] (TEXT | --file FILE)"),
        tr("Adds a prompt to the library, or with --persona a system prompt, at version 1. {{name}} in the "
           "text is a variable, filled in each time it is used."));
    const QCommandLineOption personaOption(u"persona"_s, tr("It is a persona (a system prompt)."));
    const QCommandLineOption fileOption(u"file"_s, tr("Read the text from FILE (- for standard input)."), tr("FILE"));
    sub.parser().addOptions({personaOption, fileOption});
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The item's name."));
    sub.parser().addPositionalArgument(u"TEXT"_s, tr("Its text."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto text = textArgument(context, sub, subCommand, fileOption);
    if (!text) {
        return text.error();
    }
    const QString name = sub.parser().positionalArguments().constFirst();
    if (const QString problem = PromptStore::nameProblem(name); !problem.isEmpty()) {
        return context.usageError(subCommand, problem);
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    const auto kind = sub.parser().isSet(personaOption) ? LibraryPrompt::Kind::Persona : LibraryPrompt::Kind::Prompt;
    const auto added = PromptStore(*database).add(name, kind, *text);
    if (!added) {
        return context.failure(subCommand, added.error().message);
    }
    const QStringList variables = added->variables();
    context.err() << (variables.isEmpty()
            ? tr("Added '%1' (version 1).").arg(added->name)
            : tr("Added '%1' (version 1) with variables: %2.").arg(added->name, variables.join(u", "_s)))
                  << Qt::endl;
    return ExitOk;
}

int PromptsCommand::edit(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"prompts edit"_s;
    SubcommandParser sub(subCommand,
        tr("NAME (TEXT | --file FILE) [--kind prompt|persona]"),
        tr("Saves TEXT as the next version of a library item. Earlier versions are kept: answers that used "
           "them still say which."));
    const QCommandLineOption fileOption(u"file"_s, tr("Read the text from FILE (- for standard input)."), tr("FILE"));
    const QCommandLineOption kindOption(u"kind"_s, tr("Make it a prompt or a persona."), tr("kind"));
    sub.parser().addOptions({fileOption, kindOption});
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The item's name."));
    sub.parser().addPositionalArgument(u"TEXT"_s, tr("Its new text."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto text = textArgument(context, sub, subCommand, fileOption);
    if (!text) {
        return text.error();
    }
    std::optional<LibraryPrompt::Kind> kind;
    if (sub.parser().isSet(kindOption)) {
        kind = libraryKindFromName(sub.parser().value(kindOption));
        if (!kind) {
            return context.usageError(subCommand, tr("--kind is prompt or persona"));
        }
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    const QString name = sub.parser().positionalArguments().constFirst();
    PromptStore store(*database);
    const auto before = store.prompt(name);
    if (!before) {
        return context.failure(subCommand, before.error().message);
    }
    const auto edited = store.edit(name, *text, kind);
    if (!edited) {
        return context.failure(subCommand, edited.error().message);
    }
    context.err() << (edited->version == before->version
            ? tr("'%1' is unchanged (version %2).").arg(edited->name).arg(edited->version)
            : tr("'%1' is now at version %2.").arg(edited->name).arg(edited->version))
                  << Qt::endl;
    return ExitOk;
}

int PromptsCommand::remove(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"prompts remove"_s;
    SubcommandParser sub(subCommand,
        tr("NAME"),
        tr("Removes a library item with all its versions; answers that used it keep its name and version."));
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The item's name."));
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
    if (const auto removed = PromptStore(*database).remove(*name); !removed) {
        return context.failure(subCommand, removed.error().message);
    }
    return ExitOk;
}

} // namespace Quorum
