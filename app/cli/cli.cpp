// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/cli.h"

#include <array>

#include <QTextStream>

#include "cli/askcommand.h"
#include "cli/clicontext.h"
#include "cli/clidocuments.h"
#include "cli/experimentcommand.h"
#include "cli/historycommand.h"
#include "cli/judgecommand.h"
#include "cli/mcpcommand.h"
#include "cli/pricescommand.h"
#include "cli/promptscommand.h"
#include "cli/providerscommand.h"
#include "cli/rulescommand.h"
#include "cli/spendcommand.h"
#include "cli/variantscommand.h"
#include "cli/websearchcommand.h"
#include "common/apppaths.h"
#include "common/translations.h"
#include "common/version.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

CommandLine::CommandLine()
    : m_helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."))
    , m_versionOption({u"v"_s, u"version"_s}, tr("Show the version and exit."))
    , m_dataDirOption(u"data-dir"_s,
          tr("Keep data and settings in <dir> (default: the XDG locations; "
             "the QUORUM_DATA_DIR environment variable does the same)."),
          tr("dir"))
{
    m_parser.setApplicationDescription(
        tr("Quorum asks several large language models at once and compares their answers.\n"
           "Without a command it opens its window."));
    m_parser.addOption(m_helpOption);
    m_parser.addOption(m_versionOption);
    m_parser.addOption(m_dataDirOption);
    m_parser.addPositionalArgument(u"command"_s,
        tr("A command to run without opening the window (see Commands below)."),
        tr("[command [options]]"));
    // Options after the command belong to the command, which parses them itself.
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

void CommandLine::setApplicationIdentity()
{
    // The application name is lower case: it names the XDG directories (~/.local/share/quorum).
    QCoreApplication::setApplicationName(u"quorum"_s);
    QCoreApplication::setApplicationVersion(applicationVersion());
    QCoreApplication::setOrganizationName(QString());
}

QStringList CommandLine::withoutGuiPlatformOptions(const QStringList &arguments)
{
    // QGuiApplication strips these from its own argument list, but the decision whether to
    // create one must be taken before it exists. Qt offers no query for them, so the list is
    // kept here (from QGuiApplication's and QApplication's documentation).
    static constexpr std::array withValue {
        "-platform"_L1,
        "-platformpluginpath"_L1,
        "-platformtheme"_L1,
        "-plugin"_L1,
        "-qwindowgeometry"_L1,
        "-qwindowicon"_L1,
        "-qwindowtitle"_L1,
        "-session"_L1,
        "-display"_L1,
        "-geometry"_L1,
        "-style"_L1,
        "-stylesheet"_L1,
        "-qmljsdebugger"_L1,
    };
    static constexpr std::array flags {"-reverse"_L1, "-widgetcount"_L1, "-nograb"_L1, "-dograb"_L1, "-sync"_L1};

    QStringList result;
    result.reserve(arguments.size());
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (i > 0 && arg.startsWith(u'-') && !arg.startsWith("--"_L1)) {
            const QString name = arg.section(u'=', 0, 0);
            if (std::ranges::find(withValue, name) != withValue.end()) {
                if (!arg.contains(u'=')) {
                    ++i; // skip the value
                }
                continue;
            }
            if (std::ranges::find(flags, arg) != flags.end()) {
                continue;
            }
        }
        result.append(arg);
    }
    return result;
}

bool CommandLine::needsFonts(const QStringList &arguments)
{
    CommandLine commandLine;
    if (!commandLine.parse(withoutGuiPlatformOptions(arguments)) || commandLine.command() != "export"_L1) {
        return false;
    }
    const QStringList rest = commandLine.commandArguments();
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest.at(i) == "--format=pdf"_L1 || (rest.at(i) == "--format"_L1 && rest.value(i + 1) == "pdf"_L1)) {
            return true;
        }
    }
    return false;
}

QStringList CommandLine::argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

bool CommandLine::needsDocuments(const QStringList &arguments)
{
    CommandLine commandLine;
    if (!commandLine.parse(withoutGuiPlatformOptions(arguments))) {
        return false; // the CLI reports the usage error
    }
    if (!commandLine.helpRequested() && !commandLine.versionRequested() && commandLine.command().isEmpty()) {
        return true; // the window
    }
    const QString command = commandLine.command();
    if (command == "export"_L1 || command == "import"_L1) {
        return true;
    }
    if (command != "ask"_L1) {
        return false;
    }
    // Files attached now, or a follow-up whose conversation may hold files to send again. A
    // value that merely looks like these options only costs starting the larger executable.
    const QStringList rest = commandLine.commandArguments();
    for (const QString &argument : rest) {
        if (argument == "--"_L1) {
            break;
        }
        for (const auto name : {"--attach"_L1, "--conversation"_L1}) {
            if (argument == name || (argument.startsWith(name) && argument.mid(name.size()).startsWith(u'='))) {
                return true;
            }
        }
    }
    return false;
}

bool CommandLine::startsGui(const QStringList &arguments)
{
    CommandLine commandLine;
    if (!commandLine.parse(withoutGuiPlatformOptions(arguments))) {
        return false; // the CLI reports the usage error
    }
    return !commandLine.helpRequested() && !commandLine.versionRequested() && commandLine.command().isEmpty();
}

bool CommandLine::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

QString CommandLine::errorText() const
{
    return m_parser.errorText();
}

bool CommandLine::helpRequested() const
{
    return m_parser.isSet(m_helpOption);
}

bool CommandLine::versionRequested() const
{
    return m_parser.isSet(m_versionOption);
}

QString CommandLine::dataDir() const
{
    return m_parser.value(m_dataDirOption);
}

QString CommandLine::command() const
{
    const QStringList positional = m_parser.positionalArguments();
    return positional.isEmpty() ? QString() : positional.first();
}

QStringList CommandLine::commandArguments() const
{
    return m_parser.positionalArguments().mid(1);
}

QString CommandLine::helpText() const
{
    // The commands follow the parser's text rather than being the description of its
    // "command" argument: QCommandLineParser wraps a description at 79 columns, which breaks
    // a table's rows (each translation keeps its rows within 79 columns; a test checks).
    return m_parser.helpText() + u'\n'
        + tr("Commands:\n"
             "  ask          ask one prompt of several models\n"
             "  judge        let a judge model fuse, score or rank a turn's answers\n"
             "  prompts      the prompt library: prompts and personas with {{variables}}\n"
             "  variants     named parameters for targets: ACCOUNT/MODEL#NAME\n"
             "  experiment   run variants x cases x repeats with checks; list, show, export\n"
             "  providers    add, list or remove provider accounts\n"
             "  models       list the models of an account; pull or delete Ollama models\n"
             "  mcp          add, list or remove MCP servers; list a server's tools\n"
             "  websearch    set the web search service models may use; search now\n"
             "  prices       list, import or set model prices\n"
             "  spend        what the answers cost, by model, provider or day\n"
             "  budget       set, clear or list monthly budgets\n"
             "  rules        list, add, remove, move, import or export routing rules\n"
             "  route        where the routing rules would send a prompt, and why\n"
             "  history      list the stored conversations\n"
             "  show         print a stored conversation\n"
             "  search       search every prompt and answer\n"
             "  export       write conversations as Markdown, JSON, HTML, PDF or CSV\n"
             "  import       read conversations from Quorum, ChatGPT or Claude exports\n"
             "  backup       copy the database now; restore FILE brings a copy back\n"
             "Each command has its own --help.\n");
}

int runCli(int &argc, char **argv, const ApplicationFactory &makeApplication, const CliDocuments *documents)
{
    CommandLine::setApplicationIdentity();
    const std::unique_ptr<QCoreApplication> application
        = makeApplication ? makeApplication(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    if (!commandLine.parse(app.arguments())) {
        err << "quorum: "_L1 << commandLine.errorText() << '\n'
            << CommandLine::tr("Try 'quorum --help' for more information.") << '\n';
        return 2;
    }
    if (commandLine.helpRequested()) {
        out << commandLine.helpText();
        return 0;
    }
    if (commandLine.versionRequested()) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const CliContext context(AppPaths::resolve(commandLine.dataDir()), out, err, documents);
    const QString command = commandLine.command();
    const QStringList arguments = commandLine.commandArguments();
    if (command == "ask"_L1) {
        return AskCommand::run(context, arguments);
    }
    if (command == "judge"_L1) {
        return JudgeCommand::run(context, arguments);
    }
    if (command == "experiment"_L1) {
        return ExperimentCommand::run(context, arguments);
    }
    if (command == "prompts"_L1) {
        return PromptsCommand::run(context, arguments);
    }
    if (command == "variants"_L1) {
        return VariantsCommand::run(context, arguments);
    }
    if (command == "providers"_L1) {
        return ProvidersCommand::runProviders(context, arguments);
    }
    if (command == "models"_L1) {
        return ProvidersCommand::runModels(context, arguments);
    }
    if (command == "mcp"_L1) {
        return McpCommand::run(context, arguments);
    }
    if (command == "websearch"_L1) {
        return WebSearchCommand::run(context, arguments);
    }
    if (command == "prices"_L1) {
        return PricesCommand::run(context, arguments);
    }
    if (command == "spend"_L1) {
        return SpendCommand::runSpend(context, arguments);
    }
    if (command == "budget"_L1) {
        return SpendCommand::runBudget(context, arguments);
    }
    if (command == "rules"_L1) {
        return RulesCommand::runRules(context, arguments);
    }
    if (command == "route"_L1) {
        return RulesCommand::runRoute(context, arguments);
    }
    if (command == "history"_L1) {
        return HistoryCommand::runHistory(context, arguments);
    }
    if (command == "show"_L1) {
        return HistoryCommand::runShow(context, arguments);
    }
    if (command == "search"_L1) {
        return HistoryCommand::runSearch(context, arguments);
    }
    if (command == "export"_L1 || command == "import"_L1) {
        const CliDocuments *exchange = context.requireDocuments(command);
        if (!exchange) {
            return ExitFailure;
        }
        return command == "export"_L1 ? exchange->runExport(context, arguments)
                                      : exchange->runImport(context, arguments);
    }
    if (command == "backup"_L1) {
        return HistoryCommand::runBackup(context, arguments);
    }
    if (command == "restore"_L1) {
        return HistoryCommand::runRestore(context, arguments);
    }
    err << "quorum: "_L1 << CommandLine::tr("unknown command '%1'").arg(command) << '\n'
        << CommandLine::tr("Try 'quorum --help' for more information.") << '\n';
    return ExitUsage;
}

} // namespace Quorum
