// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/askcommand.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include "chat/dispatcher.h"
#include "cli/askprinter.h"
#include "cli/clicontext.h"
#include "cli/clidocuments.h"
#include "cli/historycommand.h"
#include "cli/interruptwatcher.h"
#include "cli/judgecommand.h"
#include "cli/parameteroptions.h"
#include "cli/spendcommand.h"
#include "cli/subcommandparser.h"
#include "common/settings.h"
#include "providers/chatstream.h"
#include "providers/providerconfig.h"
#include "secrets/keyresolver.h"
#include "secrets/secretstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/promptstore.h"
#include "tools/mcpconfig.h"
#include "tools/toolbox.h"
#include "tools/websearchtool.h"
#include "types/modelprice.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString noStoreHint()
{
    return QCoreApplication::translate("Quorum::AskCommand", "To ask without saving the conversation, add --no-store.");
}

//! Asks on the terminal whether a tool call may run; no terminal: no.
bool askOnTerminal(const CliContext &context, const ToolApprovalRequest &request)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Quorum::AskCommand", text); };
    if (!::isatty(STDIN_FILENO) || !::isatty(STDERR_FILENO)) {
        context.err()
            << QString(tr("Denied %1: there is no terminal to ask on (--allow-tool %1 runs it).")).arg(request.name)
            << Qt::endl;
        return false;
    }
    const ChatStream *stream = request.stream;
    context.err() << QString(tr("%1 wants to call %2 (server “%3”) with:"))
                         .arg(stream ? stream->account().id + u'/' + stream->request().model : QString(),
                             request.tool,
                             request.server)
                  << Qt::endl
                  << request.arguments << Qt::endl
                  << tr("Allow it? [y/N] ") << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == "y"_L1 || answer == "yes"_L1;
}

} // namespace

//! What the command line asks for; the sending is the engine's.
struct AskCommand::Options {
    SendRequest request;
    bool json = false;
    bool store = true;
    std::optional<qint64> conversationId;
    QStringList tags;
    std::optional<FollowUpPolicy> followUp;
    std::optional<std::chrono::milliseconds> responseTimeout;
    GenerationParameters parameters; //!< every target's, over its variant's
    QString system;
    QString libraryPrompt; //!< --prompt NAME[@N]: the prompt library's text, variables filled
    QString persona;       //!< --persona NAME[@N]: the library's system prompt
    QHash<QString, QString> variables;
    std::optional<JudgeRequest> judge;    //!< --judge: a synthesis once the answers have ended
    std::optional<QStringList> toolset;   //!< --tools: the MCP servers the answers may use
    std::optional<QString> search;        //!< --search: tool, shared or off
    QHash<QString, ToolApproval> allowed; //!< --allow-tool: run without asking
    std::optional<int> maxToolRounds;
};

std::expected<AskCommand::Options, int> AskCommand::parseOptions(
    const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"ask"_s,
        tr("[options] (--target ID/MODEL [--target ID/MODEL ...] | --auto) (PROMPT | --prompt NAME)"),
        tr("Asks one prompt of one or more models at once and streams their answers. With --auto the "
           "routing rules choose the models (quorum route --explain says why); the --target models, or "
           "those last chosen in the window, are the default rule."));
    QCommandLineParser &parser = sub.parser();
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Print one JSON object per target, on its own line, when it ends."));
    const QCommandLineOption systemOption(u"system"_s, tr("A system prompt."), tr("text"));
    const ParameterOptions parameterOptions(false);
    const QCommandLineOption targetOption(u"target"_s,
        tr("A provider account and model, such as openai/gpt-4.1, or ID/MODEL#VARIANT for a variant's "
           "parameters (repeatable)."),
        tr("id/model"));
    const QCommandLineOption conversationOption(
        u"conversation"_s, tr("Continue this stored conversation (see quorum history)."), tr("id"));
    const QCommandLineOption noStoreOption(u"no-store"_s, tr("Do not keep this conversation."));
    const QCommandLineOption autoOption(u"auto"_s, tr("Let the routing rules choose the models."));
    const QCommandLineOption tagOption(
        u"tag"_s, tr("Tag the conversation (repeatable); routing rules can test its tags."), tr("tag"));
    const QCommandLineOption timeoutOption(
        u"response-timeout"_s, tr("Seconds to wait for a response to begin (default 60)."), tr("s"));
    const QCommandLineOption followUpOption(u"follow-up"_s,
        tr("Which earlier answers a follow-up carries: own-thread (each model its own), picked-answer "
           "(the one picked as best) or synthesis (each turn's judge's synthesis); default: as set in the window."),
        tr("policy"));
    const QCommandLineOption judgeOption(u"judge"_s,
        tr("When the answers have ended, ask this judge (a provider account and model) about them."),
        tr("id/model"));
    const QCommandLineOption modeOption(u"mode"_s,
        tr("What the judge does: fuse, checklist, table or rank (default fuse), or a custom mode's name."),
        tr("mode"));
    const QCommandLineOption criterionOption(
        u"criterion"_s, tr("--mode table: a criterion to score (repeatable)."), tr("text"));
    const QCommandLineOption promptOption(u"prompt"_s,
        tr("Ask with the prompt library's NAME (its latest version, or @N for version N) instead of PROMPT."),
        tr("name"));
    const QCommandLineOption varOption(
        u"var"_s, tr("A value for a {{variable}} of --prompt or --persona (repeatable)."), tr("name=value"));
    const QCommandLineOption personaOption(
        u"persona"_s, tr("The prompt library's persona NAME[@N] is the system prompt."), tr("name"));
    const QCommandLineOption attachOption(u"attach"_s,
        tr("Attach a file: an image, a PDF or a text file (repeatable). Each model receives what it can "
           "read of it; --json lists what each received."),
        tr("file"));
    const QCommandLineOption toolsOption(u"tools"_s,
        tr("The models may call the tools of these MCP servers (comma-separated, repeatable; see quorum mcp list); "
           "\"none\" for no tools. Default: the conversation's servers."),
        tr("servers"));
    const QCommandLineOption allowToolOption(u"allow-tool"_s,
        tr("Run this tool without asking: SERVER__TOOL, SERVER__* or the tool's name (repeatable). Other calls are "
           "asked about on the terminal, and denied without one."),
        tr("name"));
    const QCommandLineOption maxRoundsOption(
        u"max-tool-rounds"_s, tr("How many rounds of tool calls an answer may make (default 8)."), tr("n"));
    const QCommandLineOption searchOption(u"search"_s,
        tr("Web search (see quorum websearch): \"tool\" offers it to the models as a tool; \"shared\" searches once "
           "with the prompt and gives every model the same results; \"off\". Default: the conversation's."),
        tr("mode"));
    parser.addOptions({promptOption, varOption, personaOption, attachOption});
    parser.addOptions({toolsOption, allowToolOption, maxRoundsOption, searchOption});
    parser.addOptions({judgeOption, modeOption, criterionOption});
    parameterOptions.addTo(parser);
    parser.addOptions({jsonOption,
        systemOption,
        targetOption,
        conversationOption,
        noStoreOption,
        autoOption,
        tagOption,
        timeoutOption,
        followUpOption});
    parser.addPositionalArgument(u"PROMPT"_s, tr("The prompt; - reads it from standard input."));
    if (const auto stop = sub.parse(context, arguments)) {
        return std::unexpected(*stop);
    }
    const QString command = u"ask"_s;
    const auto usage = [&](const QString &message) { return std::unexpected(context.usageError(command, message)); };
    const bool fromLibrary = parser.isSet(promptOption);
    if (parser.positionalArguments().size() != (fromLibrary ? 0 : 1)) {
        return usage(fromLibrary ? tr("--prompt and a PROMPT exclude each other")
                                 : tr("expected one PROMPT (quote it, or use - to read standard input)"));
    }
    if (parser.isSet(personaOption) && parser.isSet(systemOption)) {
        return usage(tr("--persona and --system exclude each other"));
    }
    Options options;
    options.request.automatic = parser.isSet(autoOption);
    if (!parser.isSet(targetOption) && !options.request.automatic) {
        return usage(tr("at least one --target ID/MODEL (or --auto) is needed"));
    }
    options.json = parser.isSet(jsonOption);
    options.system = parser.value(systemOption);
    if (auto parameters = parameterOptions.read(parser)) {
        options.parameters = *parameters;
    } else {
        return usage(parameters.error());
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double s = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || s <= 0) {
            return usage(tr("--response-timeout needs a positive number of seconds"));
        }
        options.responseTimeout = std::chrono::milliseconds(static_cast<qint64>(s * 1000));
    }
    if (parser.isSet(followUpOption)) {
        options.followUp = followUpPolicyFromName(parser.value(followUpOption));
        if (!options.followUp) {
            return usage(tr("--follow-up is own-thread, picked-answer or synthesis"));
        }
    }
    options.libraryPrompt = parser.value(promptOption);
    options.persona = parser.value(personaOption);
    for (const QString &assignment : parser.values(varOption)) {
        const qsizetype equals = assignment.indexOf(u'=');
        if (equals <= 0) {
            return usage(tr("--var is NAME=VALUE, not '%1'").arg(assignment));
        }
        options.variables.insert(assignment.left(equals).trimmed(), assignment.mid(equals + 1));
    }
    if (!fromLibrary) {
        const auto read = CliContext::promptArgument(parser.positionalArguments().first());
        if (!read) {
            return std::unexpected(context.failure(command, tr("cannot read standard input")));
        }
        options.request.prompt = *read;
        if (options.request.prompt.trimmed().isEmpty()) {
            return usage(tr("the prompt is empty"));
        }
    }
    const QStringList attachPaths = parser.values(attachOption);
    const CliDocuments *documents = attachPaths.isEmpty() ? nullptr : context.requireDocuments(command);
    if (!attachPaths.isEmpty() && !documents) {
        return std::unexpected(ExitFailure);
    }
    for (const QString &path : attachPaths) {
        auto attachment = documents->readAttachment(path);
        if (!attachment) {
            return std::unexpected(context.failure(command, tr("cannot attach %1: %2").arg(path, attachment.error())));
        }
        options.request.attachments.append(std::move(*attachment));
    }
    options.store = !parser.isSet(noStoreOption);
    if (parser.isSet(conversationOption)) {
        bool ok = false;
        options.conversationId = parser.value(conversationOption).toLongLong(&ok);
        if (!ok) {
            return usage(tr("--conversation needs a conversation ID (a number)"));
        }
        if (!options.store) {
            return usage(tr("--conversation and --no-store exclude each other"));
        }
    }
    for (const QString &label : parser.values(targetOption)) {
        auto target = ChatTarget::parse(label);
        if (!target) {
            return usage(tr("a target is ID/MODEL, not '%1'").arg(label));
        }
        options.request.chosen.append(*target);
    }
    options.tags = parser.values(tagOption);
    if (parser.isSet(toolsOption)) {
        QStringList servers;
        for (const QString &value : parser.values(toolsOption)) {
            for (const QString &server : value.split(u',', Qt::SkipEmptyParts)) {
                if (server.trimmed() != "none"_L1) {
                    servers << server.trimmed();
                }
            }
        }
        options.toolset = servers;
    }
    if (parser.isSet(searchOption)) {
        const QString mode = parser.value(searchOption).trimmed().toLower();
        if (mode != "tool"_L1 && mode != "shared"_L1 && mode != "off"_L1) {
            return usage(tr("--search takes tool, shared or off"));
        }
        options.search = mode;
    }
    for (const QString &name : parser.values(allowToolOption)) {
        options.allowed.insert(name.trimmed(), ToolApproval::Allow);
    }
    if (parser.isSet(maxRoundsOption)) {
        bool ok = false;
        const int rounds = parser.value(maxRoundsOption).toInt(&ok);
        if (!ok || rounds < 1 || rounds > 50) {
            return usage(tr("--max-tool-rounds takes a number from 1 to 50"));
        }
        options.maxToolRounds = rounds;
    }
    if (parser.isSet(judgeOption) || parser.isSet(modeOption)) {
        JudgeRequest judge;
        if (parser.isSet(modeOption) && !JudgeCommand::parseMode(parser.value(modeOption), judge)) {
            return usage(tr("--mode is fuse, checklist, table, rank or a custom mode's name"));
        }
        if (parser.isSet(judgeOption)) {
            judge.judge = ChatTarget::parse(parser.value(judgeOption));
            if (!judge.judge) {
                return usage(tr("a judge is ID/MODEL, not '%1'").arg(parser.value(judgeOption)));
            }
        } else if (judge.mode != JudgeMode::Rank || !judge.custom.isEmpty()) {
            return usage(tr("--mode needs --judge ID/MODEL (only --mode rank goes without)"));
        }
        judge.criteria = parser.values(criterionOption);
        options.judge = judge;
    }
    return options;
}

QJsonObject AskCommand::resultJson(const QString &target, const ChatStream &stream, const Cost &cost)
{
    const bool ok = stream.status() == ChatStream::Status::Finished;
    const bool cancelled = stream.status() == ChatStream::Status::Cancelled;
    QJsonObject json {
        {"target"_L1, target},
        {"status"_L1, ok ? "ok"_L1 : (cancelled ? "cancelled"_L1 : "error"_L1)},
        {"reasoning"_L1, stream.reasoning()},
        {"finish_reason"_L1, ok ? QJsonValue(stream.finishReason().name()) : QJsonValue()},
        {"finish_reason_raw"_L1, ok ? QJsonValue(stream.finishReason().raw) : QJsonValue()},
        {"cost_usd"_L1, cost.nanos ? QJsonValue(usdFromNanos(*cost.nanos)) : QJsonValue()},
        {"cost_estimated"_L1, cost.nanos ? QJsonValue(cost.estimated()) : QJsonValue()},
        {"ttft_ms"_L1, stream.timeToFirstTokenMs() ? QJsonValue(*stream.timeToFirstTokenMs()) : QJsonValue()},
        {"duration_ms"_L1, stream.durationMs()},
        {"served_model"_L1, stream.servedModel().isEmpty() ? QJsonValue() : QJsonValue(stream.servedModel())},
        {"attempts"_L1, stream.attempts()},
    };
    if (!stream.steps().isEmpty() || !stream.request().tools.isEmpty()) {
        QJsonArray steps;
        for (const ToolStep &step : stream.steps()) {
            steps.append(step.toJson());
        }
        json.insert("tool_steps"_L1, steps);
    }
    if (!stream.toolProblems().isEmpty()) {
        json.insert("tool_problems"_L1, QJsonArray::fromStringList(stream.toolProblems()));
    }
    if (const auto usage = stream.usage()) {
        json.insert("usage"_L1,
            QJsonObject {{"input"_L1, usage->input},
                {"cached_input"_L1, usage->cachedInput},
                {"output"_L1, usage->output},
                {"reasoning"_L1, usage->reasoning}});
        if (usage->providerCostUsd) {
            json.insert("provider_cost_usd"_L1, *usage->providerCostUsd);
        }
    } else {
        json.insert("usage"_L1, QJsonValue());
    }
    if (ok) {
        json.insert("error"_L1, QJsonValue());
    } else {
        const StreamError error = stream.error();
        json.insert("error"_L1,
            QJsonObject {{"kind"_L1, error.kindName()},
                {"http_status"_L1, error.httpStatus > 0 ? QJsonValue(error.httpStatus) : QJsonValue()},
                {"message"_L1, error.message}});
    }
    return json;
}

int AskCommand::run(const CliContext &context, const QStringList &arguments)
{
    auto parsed = parseOptions(context, arguments);
    if (!parsed) {
        return parsed.error();
    }
    Options &options = *parsed;
    const QString command = u"ask"_s;

    Settings settings(context.paths().settingsFile());
    ProviderConfig accounts(context.paths().dataDir());
    if (const auto loaded = accounts.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    if (options.request.chosen.isEmpty()) {
        // --auto without --target: the models last chosen in the window are the default rule.
        for (const QString &label : settings.composerTargets()) {
            if (const auto target = ChatTarget::parse(label)) {
                options.request.chosen.append(*target);
            }
        }
    }
    for (ChatTarget &target : options.request.chosen) {
        if (!accounts.find(target.accountId)) {
            return context.usageError(
                command, tr("no provider '%1' (see quorum providers list)").arg(target.accountId));
        }
        target.parameters = target.parameters.overriddenBy(options.parameters);
    }

    // The conversation's file, or none with --no-store; the rules are read either way: a script
    // cannot send what the user's rules keep from leaving the machine.
    std::unique_ptr<Database> database;
    std::unique_ptr<Database> rulesDatabase;
    if (options.store) {
        database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write, noStoreHint());
        if (!database) {
            return ExitFailure;
        }
        // Answers another Quorum left streaming and has not touched for 30 s died with it.
        if (const auto recovered
            = ConversationStore(*database).recoverInterrupted(QDateTime::currentMSecsSinceEpoch() - 30'000);
            !recovered) {
            context.err() << tr("Warning: %1").arg(recovered.error().message) << Qt::endl; // the ask goes on
        }
    } else if (QFile::exists(QDir(context.paths().dataDir()).filePath(u"quorum.db"_s))) {
        rulesDatabase = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
        if (!rulesDatabase) {
            return ExitFailure; // the rules cannot be read: nothing is sent unchecked
        }
    }

    KeychainSecretStore keychain;
    KeyResolver keys(&keychain);
    QNetworkAccessManager network;
    // The MCP servers (docs/tools.md): started only if the answers use them.
    ToolBox tools;
    if (const auto loaded = tools.load(context.paths().dataDir(), &keychain, &network); !loaded) {
        context.err() << tr("Warning: %1").arg(loaded.error()) << Qt::endl;
    } else {
        for (const QString &problem : *loaded) {
            context.err() << tr("Warning: %1").arg(problem) << Qt::endl;
        }
    }
    AppServices services;
    services.dataDir = context.paths().dataDir();
    services.database = database.get();
    services.providers = &accounts;
    services.keychain = &keychain;
    services.network = &network;
    services.settings = &settings;
    services.keys = &keys;
    // Images fitted and PDF pages drawn for a follow-up's files: quorum-window's (a follow-up
    // starts it; CommandLine::needsDocuments); without it, files go as they are or as text.
    services.media = context.documents() ? &context.documents()->media() : nullptr;
    services.tools = &tools;
    Dispatcher engine(services, Dispatcher::Governance::FollowRules);
    engine.setToolApprovals(options.allowed);
    if (rulesDatabase) {
        engine.setRoutingDatabase(rulesDatabase.get());
    }
    for (const QString &problem : engine.routingProblems()) {
        context.err() << tr("Warning: %1").arg(problem) << Qt::endl;
    }
    ChatSession &session = engine.session();
    StreamOptions streamOptions = session.streamOptions();
    streamOptions.keepRawBytes = 0; // nothing here inspects the raw response
    if (options.responseTimeout) {
        streamOptions.responseTimeout = *options.responseTimeout;
    }
    session.setStreamOptions(streamOptions);
    if (options.followUp) {
        session.setFollowUpPolicy(*options.followUp);
    }
    if (options.conversationId) {
        if (const auto opened = session.open(*options.conversationId); !opened) {
            return context.failure(command, tr("no conversation %1").arg(*options.conversationId));
        }
    }
    if (!options.libraryPrompt.isEmpty() || !options.persona.isEmpty()) {
        const Database *library = database ? database.get() : rulesDatabase.get();
        if (!library) {
            return context.failure(command, tr("the prompt library is empty (there is no database yet)"));
        }
        // Filled here, as the window's form does: a variable without a value sends nothing.
        const auto filled = [&](const QString &spec) -> std::expected<std::pair<QString, PromptRef>, int> {
            const auto found = PromptStore(*library).find(spec);
            if (!found) {
                return std::unexpected(context.failure(command, found.error().message));
            }
            QStringList missing;
            const QString text = PromptTemplate::fill(found->text, options.variables, &missing);
            if (!missing.isEmpty()) {
                return std::unexpected(context.usageError(command,
                    tr("'%1' needs a value for: %2 (--var NAME=VALUE)").arg(found->name, missing.join(u", "_s))));
            }
            return std::pair {text, found->ref()};
        };
        if (!options.libraryPrompt.isEmpty()) {
            const auto prompt = filled(options.libraryPrompt);
            if (!prompt) {
                return prompt.error();
            }
            options.request.prompt = prompt->first;
            options.request.libraryPrompt = prompt->second;
        }
        if (!options.persona.isEmpty()) {
            const auto persona = filled(options.persona);
            if (!persona) {
                return persona.error();
            }
            session.setSystemPrompt(persona->first, persona->second);
        }
    }
    if (!options.system.isEmpty()) {
        session.setSystemPrompt(options.system); // stored with a new conversation; this request only otherwise
    }
    if (options.maxToolRounds) {
        session.setMaxToolRounds(*options.maxToolRounds);
    }
    if (options.toolset || options.search) {
        QStringList toolset = options.toolset.value_or(session.toolset());
        if (options.search) {
            toolset.removeAll(WebSearchTool::serverName());
            toolset.removeAll(WebSearchTool::sharedEntry());
            if (*options.search == "tool"_L1) {
                toolset << WebSearchTool::serverName();
            } else if (*options.search == "shared"_L1) {
                toolset << WebSearchTool::sharedEntry();
            }
        }
        for (const QString &server : std::as_const(toolset)) {
            if (server == WebSearchTool::serverName() || server == WebSearchTool::sharedEntry()) {
                if (!tools.webSearch().configured()) {
                    return context.usageError(
                        command, tr("no web search service is set up (see quorum websearch set)"));
                }
            } else if (!McpConfig::validName(server)
                || !std::ranges::contains(tools.servers(), server, &McpServerConfig::name)) {
                return context.usageError(command, tr("no MCP server '%1' (see quorum mcp list)").arg(server));
            }
        }
        if (const auto set = session.setToolset(toolset); !set) {
            return context.failure(command, set.error());
        }
    }
    if (!options.tags.isEmpty()) {
        QStringList tags = session.tags();
        for (const QString &tag : std::as_const(options.tags)) {
            if (!tags.contains(tag, Qt::CaseInsensitive)) {
                tags.append(tag);
            }
        }
        if (const auto tagged = session.setTags(tags); !tagged) {
            return context.failure(command, tagged.error());
        }
    }

    AskPrinter printer(context, session, options.json, options.store);
    QEventLoop loop;
    int status = ExitOk;
    QObject::connect(&engine, &Dispatcher::routed, &printer, &AskPrinter::showRoute);
    qint64 turnId = 0;
    QObject::connect(&engine, &Dispatcher::sent, &printer, [&](const TurnRecord &turn) {
        turnId = turn.id;
        printer.begin(turn);
    });
    QObject::connect(&engine, &Dispatcher::failed, &loop, [&](const SendFailure &failure) {
        const bool disk
            = failure.storage == StorageError::Kind::Full || failure.storage == StorageError::Kind::ReadOnly;
        status = failure.kind == SendFailure::Kind::UnknownAccount
            ? context.usageError(command, failure.message)
            : context.failure(command, failure.message + (disk ? u'\n' + noStoreHint() : QString()));
        loop.quit();
    });
    QObject::connect(&session, &ChatSession::idle, &loop, &QEventLoop::quit);
    // A call that asks: the terminal is asked; without one it is denied (--allow-tool allows).
    QObject::connect(&session, &ChatSession::approvalNeeded, &loop, [&](qint64, const ToolApprovalRequest &request) {
        tools.answer(request.id, askOnTerminal(context, request));
    });
    QObject::connect(&session, &ChatSession::answerStepsChanged, &printer, &AskPrinter::showSteps);
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
        context.err() << tr("Stopping (Ctrl+C again to quit at once)…") << Qt::endl;
        session.stopAll();
    });
    QMetaObject::invokeMethod(&loop, [&] { engine.send(options.request); }, Qt::QueuedConnection);
    loop.exec();
    if (status != ExitOk) {
        return status;
    }
    int judged = ExitOk;
    if (options.judge && turnId != 0) {
        JudgeRequest judge = *options.judge;
        judge.turnId = turnId;
        judged = JudgeCommand::judge(context, command, engine, judge, options.json, options.store);
    }
    if (database) {
        if (!session.isSaved()) {
            context.err() << tr("The answers were not saved: %1").arg(printer.storageProblem()) << Qt::endl;
            return ExitFailure;
        }
        SpendCommand::warnAboutBudgets(context, *database);
    }
    return printer.failures() == 0 && judged == ExitOk ? ExitOk : ExitFailure;
}

} // namespace Quorum
