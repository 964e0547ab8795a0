// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/rulescommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/subcommandparser.h"
#include "common/settings.h"
#include "providers/providerconfig.h"
#include "routing/routeenvironment.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/rulestore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
const QString rulesCommand = u"rules"_s;

//! The rule named by \a key: its id ("3"), its place in the list ("#2"), or its name.
std::optional<StoredRule> findRule(const QList<StoredRule> &rules, const QString &key)
{
    if (key.startsWith(u'#')) {
        bool ok = false;
        const int position = key.sliced(1).toInt(&ok);
        if (ok && position >= 1 && position <= rules.size()) {
            return rules.at(position - 1);
        }
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    for (const StoredRule &stored : rules) {
        if ((isNumber && stored.id == id) || (!isNumber && stored.rule.name.compare(key, Qt::CaseInsensitive) == 0)) {
            return stored;
        }
    }
    return std::nullopt;
}

QString conditionsText(const Rule &rule)
{
    if (rule.conditions.isEmpty()) {
        return QCoreApplication::translate("Quorum::RulesCommand", "always");
    }
    QStringList specs;
    for (const Condition &c : rule.conditions) {
        specs << c.toSpec();
    }
    return specs.join(u" and "_s);
}

std::unique_ptr<Database> openRules(const CliContext &context, const QString &command, HistoryCommand::Use use)
{
    return HistoryCommand::openDatabase(context, command, use);
}

//! Warnings for targets no account or model list knows (the rule is kept: accounts come and go).
/*!
 * What remove, move, enable and disable share: open the rules for writing, find \a key (id,
 * name or #N) or fail saying so, then \a change (store, the rule, how many there are).
 */
template<typename Change>
int changeRule(const CliContext &context, const QString &command, const QString &key, Change change)
{
    const auto database = openRules(context, rulesCommand, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    RuleStore store(*database);
    const auto loaded = store.list();
    if (!loaded) {
        return context.failure(command, loaded.error().message);
    }
    const auto found = findRule(loaded->rules, key);
    if (!found) {
        return context.failure(command, RulesCommand::tr("no rule '%1' (see quorum rules list)").arg(key));
    }
    return change(store, *found, loaded->rules.size());
}

void warnAboutTargets(const CliContext &context, const Database &database, const QList<Rule> &rules)
{
    ProviderConfig config(context.paths().dataDir());
    if (!config.load()) {
        return;
    }
    const RouteEnvironment environment(&database, config.accounts());
    for (const Rule &rule : rules) {
        for (const ChatTarget &target : rule.action.targets) {
            if (const auto problem = environment.checkTarget(target); !problem.message.isEmpty()) {
                context.err() << RulesCommand::tr("Warning: rule “%1”: %2").arg(rule.name, problem.message) << Qt::endl;
            }
        }
    }
}
} // namespace

int RulesCommand::runRules(const CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == "list"_L1) {
        return list(context, rest);
    }
    if (action == "add"_L1) {
        return add(context, rest);
    }
    if (action == "remove"_L1) {
        return remove(context, rest);
    }
    if (action == "move"_L1) {
        return move(context, rest);
    }
    if (action == "enable"_L1 || action == "disable"_L1) {
        return setEnabled(context, rest, action == "enable"_L1);
    }
    if (action == "import"_L1) {
        return import(context, rest);
    }
    if (action == "export"_L1) {
        return exportRules(context, rest);
    }
    if (action.isEmpty() || action == "--help"_L1 || action == "-h"_L1) {
        context.out() << tr("Usage: quorum rules list|add|remove|move|enable|disable|import|export ...\n\n"
                            "  list [--json]                      the rules in the order they are tried\n"
                            "  add NAME [--if COND ...] ACTION    add a rule (see quorum rules add --help)\n"
                            "  add --json RULE                    add a rule written as JSON\n"
                            "  remove RULE                        remove a rule\n"
                            "  move RULE POSITION                 move a rule (1 is tried first)\n"
                            "  enable RULE / disable RULE         turn a rule on or off\n"
                            "  import FILE [--append]             replace (or extend) the rules from a file\n"
                            "  export [-o FILE]                   write the rules as JSON\n\n"
                            "RULE is a rule's id, its name, or #N for the N-th rule.\n"
                            "The file format and conditions are described in docs/rules.md.\n");
        context.out().flush();
        return action.isEmpty() ? ExitUsage : ExitOk;
    }
    return context.usageError(rulesCommand,
        tr("unknown action '%1' (list, add, remove, move, enable, disable, import or export)").arg(action));
}

int RulesCommand::list(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"rules list"_s, tr("[--json]"), tr("Lists the routing rules in the order they are tried."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    sub.parser().addOption(jsonOption);
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto database = openRules(context, rulesCommand, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto loaded = RuleStore(*database).list();
    if (!loaded) {
        return context.failure(rulesCommand, loaded.error().message);
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray rules;
        for (const StoredRule &stored : loaded->rules) {
            QJsonObject json = stored.rule.toJson();
            json.insert("id"_L1, stored.id);
            json.insert("position"_L1, stored.position + 1);
            rules.append(json);
        }
        QJsonObject root {{"rules"_L1, rules}};
        root.insert("problems"_L1, QJsonArray::fromStringList(loaded->problems));
        context.out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (loaded->rules.isEmpty()) {
        context.out() << tr("No rules: every prompt goes to the models you choose (the default rule).") << '\n';
    } else {
        for (const StoredRule &stored : loaded->rules) {
            const Rule &rule = stored.rule;
            context.out() << u"%1. %2 [%3]%4\n     if %5 → %6\n"_s.arg(stored.position + 1)
                                 .arg(rule.name)
                                 .arg(tr("id %1").arg(stored.id))
                                 .arg(rule.enabled ? QString() : tr(" (off)"))
                                 .arg(conditionsText(rule), rule.action.summary());
        }
        context.out() << tr("Otherwise: the models you choose (the default rule).") << '\n';
    }
    for (const QString &problem : loaded->problems) {
        context.err() << tr("Warning: %1").arg(problem) << Qt::endl;
    }
    context.out().flush();
    return ExitOk;
}

int RulesCommand::add(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"rules add"_s,
        tr("NAME [--if COND ...] (--send T ... | --cheapest T ... | --fallback T ... | --restrict TAG | --redact | "
           "--block MESSAGE | --tools-only TAG) [--position N] [--disabled]\n       quorum rules add --json RULE"),
        tr("Adds a routing rule. Rules are tried in order; governance rules (restrict, redact, block, tools-only) "
           "always run first. Conditions (all must hold), for example:\n"
           "  has-code  regex:^translate  any-keyword:invoice,contract  all-keywords:sql,postgres\n"
           "  tokens-above:2000  tokens-below:200  script:cyrillic  conversation-tag:work\n"
           "  time-of-day:22:00-06:00  weekday:sat,sun  budget-above:80  sensitive  sensitive:email,card\n"
           "  uses-tool:files  uses-tool:files__write_file\n"
           "A leading ! negates one: !script:latin. Targets are ID/MODEL, such as openai/gpt-4.1-mini."));
    QCommandLineParser &parser = sub.parser();
    const QCommandLineOption ifOption(u"if"_s, tr("A condition (repeatable)."), tr("cond"));
    const QCommandLineOption sendOption(
        u"send"_s, tr("Send to this target (repeatable: compare them)."), tr("id/model"));
    const QCommandLineOption cheapestOption(
        u"cheapest"_s, tr("A candidate: the cheapest whose context window fits is used (repeatable)."), tr("id/model"));
    const QCommandLineOption fallbackOption(u"fallback"_s,
        tr("Try this target, on an error before its first token the next (repeatable)."),
        tr("id/model"));
    const QCommandLineOption restrictOption(
        u"restrict"_s, tr("Only accounts with this tag may receive it."), tr("tag"));
    const QCommandLineOption redactOption(u"redact"_s, tr("Replace sensitive data by placeholders before sending."));
    const QCommandLineOption blockOption(u"block"_s, tr("Do not send; show this message."), tr("message"));
    const QCommandLineOption toolsOnlyOption(u"tools-only"_s,
        tr("The tools the uses-tool conditions name (all, without one) are offered only to accounts with this tag."),
        tr("tag"));
    const QCommandLineOption positionOption(u"position"_s, tr("Where in the list (1 is tried first)."), tr("n"));
    const QCommandLineOption disabledOption(u"disabled"_s, tr("Add it turned off."));
    const QCommandLineOption jsonOption(u"json"_s, tr("The whole rule as JSON (docs/rules.md)."), tr("rule"));
    parser.addOptions({ifOption,
        sendOption,
        cheapestOption,
        fallbackOption,
        restrictOption,
        redactOption,
        blockOption,
        toolsOnlyOption,
        positionOption,
        disabledOption,
        jsonOption});
    parser.addPositionalArgument(u"NAME"_s, tr("The rule's name."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"rules add"_s;
    QJsonObject json;
    if (parser.isSet(jsonOption)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(jsonOption).toUtf8(), &error);
        if (!document.isObject()) {
            return context.usageError(command, tr("--json needs one JSON object: %1").arg(error.errorString()));
        }
        json = document.object();
        if (!parser.positionalArguments().isEmpty()) {
            json.insert("name"_L1, parser.positionalArguments().first());
        }
    } else {
        if (parser.positionalArguments().size() != 1) {
            return context.usageError(command, tr("expected one NAME (quote it when it has spaces)"));
        }
        json.insert("name"_L1, parser.positionalArguments().first());
        QJsonArray conditions;
        for (const QString &spec : parser.values(ifOption)) {
            const auto condition = Condition::parse(spec);
            if (!condition) {
                return context.usageError(command, tr("--if %1: %2").arg(spec, condition.error()));
            }
            conditions.append(condition->toJson());
        }
        json.insert("conditions"_L1, conditions);
        QList<std::pair<QString, QJsonObject>> actions;
        const auto targets
            = [&](const QCommandLineOption &option) { return QJsonArray::fromStringList(parser.values(option)); };
        if (parser.isSet(sendOption)) {
            actions.append({u"--send"_s, {{"type"_L1, u"send"_s}, {"targets"_L1, targets(sendOption)}}});
        }
        if (parser.isSet(cheapestOption)) {
            actions.append({u"--cheapest"_s, {{"type"_L1, u"cheapest"_s}, {"targets"_L1, targets(cheapestOption)}}});
        }
        if (parser.isSet(fallbackOption)) {
            actions.append({u"--fallback"_s, {{"type"_L1, u"fallback"_s}, {"targets"_L1, targets(fallbackOption)}}});
        }
        if (parser.isSet(restrictOption)) {
            actions.append({u"--restrict"_s, {{"type"_L1, u"restrict"_s}, {"tag"_L1, parser.value(restrictOption)}}});
        }
        if (parser.isSet(redactOption)) {
            actions.append({u"--redact"_s, {{"type"_L1, u"redact"_s}}});
        }
        if (parser.isSet(blockOption)) {
            actions.append({u"--block"_s, {{"type"_L1, u"block"_s}, {"message"_L1, parser.value(blockOption)}}});
        }
        if (parser.isSet(toolsOnlyOption)) {
            actions.append(
                {u"--tools-only"_s, {{"type"_L1, u"tools-only"_s}, {"tag"_L1, parser.value(toolsOnlyOption)}}});
        }
        if (actions.size() != 1) {
            return context.usageError(command,
                tr("a rule has one action: --send, --cheapest, --fallback, --restrict, --redact, --block or "
                   "--tools-only"));
        }
        json.insert("action"_L1, actions.first().second);
    }
    if (parser.isSet(disabledOption)) {
        json.insert("enabled"_L1, false);
    }
    std::optional<int> position;
    if (parser.isSet(positionOption)) {
        bool ok = false;
        const int n = parser.value(positionOption).toInt(&ok);
        if (!ok || n < 1) {
            return context.usageError(command, tr("--position needs a number from 1"));
        }
        position = n - 1;
    }
    const auto rule = Rule::fromJson(json);
    if (!rule) {
        return context.usageError(command, rule.error());
    }
    const auto database = openRules(context, rulesCommand, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    RuleStore store(*database);
    if (const auto loaded = store.list(); loaded && findRule(loaded->rules, rule->name)) {
        return context.failure(command, tr("there is a rule “%1” already").arg(rule->name));
    }
    const auto id = store.add(*rule, position);
    if (!id) {
        return context.failure(command, id.error().message);
    }
    warnAboutTargets(context, *database, {*rule});
    context.out() << tr("Added rule “%1” (id %2).").arg(rule->name).arg(*id) << '\n';
    context.out().flush();
    return ExitOk;
}

int RulesCommand::remove(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"rules remove"_s, tr("RULE"), tr("Removes a routing rule (by id, name or #N)."));
    sub.parser().addPositionalArgument(u"RULE"_s, tr("The rule's id, name or #N."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"rules remove"_s;
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one RULE"));
    }
    return changeRule(context,
        command,
        sub.parser().positionalArguments().first(),
        [&](RuleStore &store, const StoredRule &found, qsizetype) {
            if (auto removed = store.remove(found.id); !removed) {
                return context.failure(command, removed.error().message);
            }
            context.out() << tr("Removed rule “%1”.").arg(found.rule.name) << '\n';
            context.out().flush();
            return int(ExitOk);
        });
}

int RulesCommand::move(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"rules move"_s, tr("RULE POSITION"), tr("Moves a rule; position 1 is tried first."));
    sub.parser().addPositionalArgument(u"RULE"_s, tr("The rule's id, name or #N."));
    sub.parser().addPositionalArgument(u"POSITION"_s, tr("Its new place, from 1."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"rules move"_s;
    const QStringList positional = sub.parser().positionalArguments();
    bool ok = false;
    const int position = positional.value(1).toInt(&ok);
    if (positional.size() != 2 || !ok || position < 1) {
        return context.usageError(command, tr("expected RULE and a POSITION from 1"));
    }
    return changeRule(
        context, command, positional.first(), [&](RuleStore &store, const StoredRule &found, qsizetype count) {
            if (auto moved = store.move(found.id, position - 1); !moved) {
                return context.failure(command, moved.error().message);
            }
            context.out()
                << tr("Moved rule “%1” to position %2.").arg(found.rule.name).arg(std::min(position, int(count)))
                << '\n';
            context.out().flush();
            return int(ExitOk);
        });
}

int RulesCommand::setEnabled(const CliContext &context, const QStringList &arguments, bool enabled)
{
    const QString command = enabled ? u"rules enable"_s : u"rules disable"_s;
    SubcommandParser sub(command, tr("RULE"), enabled ? tr("Turns a rule on.") : tr("Turns a rule off."));
    sub.parser().addPositionalArgument(u"RULE"_s, tr("The rule's id, name or #N."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one RULE"));
    }
    return changeRule(context,
        command,
        sub.parser().positionalArguments().first(),
        [&](RuleStore &store, const StoredRule &found, qsizetype) {
            Rule rule = found.rule;
            rule.enabled = enabled;
            if (auto updated = store.update(found.id, rule); !updated) {
                return context.failure(command, updated.error().message);
            }
            return int(ExitOk);
        });
}

int RulesCommand::import(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"rules import"_s,
        tr("FILE [--append]"),
        tr("Reads rules from a file written by quorum rules export (docs/rules.md) and replaces the "
           "rules with them, or adds them after the others with --append. Nothing changes when "
           "any rule in the file is wrong."));
    const QCommandLineOption appendOption(u"append"_s, tr("Keep the rules there are and add these after them."));
    sub.parser().addOption(appendOption);
    sub.parser().addPositionalArgument(u"FILE"_s, tr("The rules file; - reads standard input."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"rules import"_s;
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one FILE"));
    }
    const QString fileName = sub.parser().positionalArguments().first();
    QFile file;
    if (fileName == "-"_L1) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return context.failure(command, tr("cannot read standard input"));
        }
    } else {
        file.setFileName(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            return context.failure(command, tr("cannot read %1: %2").arg(fileName, file.errorString()));
        }
    }
    const auto rules = RuleStore::fromDocument(file.readAll());
    if (!rules) {
        return context.failure(command, tr("%1: %2").arg(fileName, rules.error()));
    }
    const auto database = openRules(context, rulesCommand, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    RuleStore store(*database);
    QList<Rule> all = *rules;
    if (sub.parser().isSet(appendOption)) {
        all = store.rules() + *rules;
    }
    QSet<QString> seen;
    for (const Rule &rule : std::as_const(all)) {
        if (const QString key = rule.name.toCaseFolded(); seen.contains(key)) {
            return context.failure(
                command, tr("there would be a rule “%1” twice; rule names are unique").arg(rule.name));
        } else {
            seen.insert(key);
        }
    }
    if (auto replaced = store.replaceAll(all); !replaced) {
        return context.failure(command, replaced.error().message);
    }
    warnAboutTargets(context, *database, *rules);
    context.out() << tr("Imported %n rule(s).", nullptr, static_cast<int>(rules->size())) << '\n';
    context.out().flush();
    return ExitOk;
}

int RulesCommand::exportRules(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"rules export"_s,
        tr("[-o FILE]"),
        tr("Writes the routing rules as JSON (docs/rules.md), to standard output or a file."));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, tr("Write to this file."), tr("file"));
    sub.parser().addOption(outputOption);
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"rules export"_s;
    const auto database = openRules(context, rulesCommand, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto loaded = RuleStore(*database).list();
    if (!loaded) {
        return context.failure(command, loaded.error().message);
    }
    QList<Rule> rules;
    for (const StoredRule &stored : loaded->rules) {
        rules.append(stored.rule);
    }
    const QByteArray data = RuleStore::toDocument(rules).toJson(QJsonDocument::Indented);
    if (!sub.parser().isSet(outputOption)) {
        context.out().flush();
        context.out() << QString::fromUtf8(data);
        context.out().flush();
        return ExitOk;
    }
    // Written whole or not at all: a full disk leaves the earlier file as it was.
    QSaveFile file(sub.parser().value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return context.failure(command, tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    context.err() << tr("Wrote %n rule(s) to %1.", nullptr, static_cast<int>(rules.size())).arg(file.fileName())
                  << Qt::endl;
    return ExitOk;
}

QJsonObject RulesCommand::decisionJson(const RouteDecision &decision)
{
    QJsonArray targets;
    for (const ChatTarget &t : decision.targets) {
        targets.append(t.label());
    }
    QJsonObject placeholders;
    for (const auto &[placeholder, original] : decision.redaction.placeholders) {
        placeholders.insert(placeholder, original);
    }
    return {{"rule"_L1, decision.rule},
        {"action"_L1, decision.blocked ? u"block"_s : Action::typeName(decision.action)},
        {"targets"_L1, targets},
        {"blocked"_L1, decision.blocked},
        {"message"_L1, decision.message.isEmpty() ? QJsonValue() : QJsonValue(decision.message)},
        {"redacted_prompt"_L1, decision.prompt},
        {"redactions"_L1, placeholders.size()},
        {"restricted_to"_L1, decision.restrictedTo.isEmpty() ? QJsonValue() : QJsonValue(decision.restrictedTo)},
        {"required_tags"_L1, QJsonArray::fromStringList(decision.requiredTags)},
        {"excluded"_L1, QJsonArray::fromStringList(decision.excluded)},
        {"governed_by"_L1, QJsonArray::fromStringList(decision.governedBy)},
        {"reasons"_L1, QJsonArray::fromStringList(decision.reasons)}};
}

int RulesCommand::runRoute(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"route"_s,
        tr("[--explain] [--json] [--target ID/MODEL ...] [--tag TAG ...] PROMPT"),
        tr("Says where the routing rules would send a prompt, without sending it. The default rule "
           "sends to the --target models, or without them to the models last chosen in the window."));
    QCommandLineParser &parser = sub.parser();
    const QCommandLineOption explainOption(u"explain"_s, tr("Say why: each rule looked at, in order."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    const QCommandLineOption targetOption(
        u"target"_s, tr("A model the default rule sends to (repeatable)."), tr("id/model"));
    const QCommandLineOption tagOption(u"tag"_s, tr("A tag of the conversation (repeatable)."), tr("tag"));
    const QCommandLineOption conversationOption(
        u"conversation"_s, tr("Route as a follow-up in this stored conversation (its tags count)."), tr("id"));
    parser.addOptions({explainOption, jsonOption, targetOption, tagOption, conversationOption});
    parser.addPositionalArgument(u"PROMPT"_s, tr("The prompt; - reads it from standard input."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"route"_s;
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one PROMPT (quote it, or use - to read standard input)"));
    }
    const auto read = CliContext::promptArgument(parser.positionalArguments().first());
    if (!read) {
        return context.failure(command, tr("cannot read standard input"));
    }
    QString prompt = *read;
    QList<ChatTarget> selection;
    const QStringList labels = parser.isSet(targetOption) ? parser.values(targetOption)
                                                          : Settings(context.paths().settingsFile()).composerTargets();
    for (const QString &label : labels) {
        const auto target = ChatTarget::parse(label);
        if (!target) {
            return context.usageError(command, tr("a target is ID/MODEL, not '%1'").arg(label));
        }
        selection.append(*target);
    }
    ProviderConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    const auto database = openRules(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    QStringList tags = parser.values(tagOption);
    if (parser.isSet(conversationOption)) {
        const auto conversation
            = ConversationStore(*database).conversation(parser.value(conversationOption).toLongLong());
        if (!conversation || !conversation->has_value()) {
            return context.failure(command, tr("no conversation %1").arg(parser.value(conversationOption)));
        }
        tags += (*conversation)->tags;
    }
    const RouteEnvironment environment(database.get(), config.accounts());
    for (const QString &problem : environment.problems()) {
        context.err() << tr("Warning: %1").arg(problem) << Qt::endl;
    }
    const RouteDecision decision = environment.decide(prompt, selection, tags);
    if (parser.isSet(jsonOption)) {
        context.out() << QJsonDocument(decisionJson(decision)).toJson(QJsonDocument::Compact) << '\n';
        context.out().flush();
        return ExitOk;
    }
    if (decision.blocked) {
        context.out()
            << tr("Blocked (%1): %2").arg(decision.rule.isEmpty() ? tr("no target") : decision.rule, decision.message)
            << '\n';
    } else {
        QStringList targets;
        for (const ChatTarget &t : decision.targets) {
            targets << t.label();
        }
        context.out()
            << tr("Rule: %1 (%2)").arg(decision.rule, Action::typeName(decision.action)) << '\n'
            << tr("Targets: %1").arg(targets.join(decision.action == Action::Type::Fallback ? u" → "_s : u", "_s))
            << '\n';
    }
    if (!decision.redaction.isEmpty()) {
        context.out() << tr("Sent as: %1").arg(decision.prompt) << '\n';
    }
    if (parser.isSet(explainOption)) {
        context.out() << tr("Why:") << '\n';
        for (const QString &reason : decision.reasons) {
            context.out() << u"  - "_s << reason << '\n';
        }
    }
    context.out().flush();
    return ExitOk;
}

} // namespace Quorum
