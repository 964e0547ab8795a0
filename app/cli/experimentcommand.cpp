// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/experimentcommand.h"

#include <tuple>

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>

#include "chat/dispatcher.h"
#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/interruptwatcher.h"
#include "cli/subcommandparser.h"
#include "common/settings.h"
#include "experiment/experimentreport.h"
#include "experiment/experimentrunner.h"
#include "providers/providerconfig.h"
#include "secrets/keyresolver.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/experimentstore.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
const QString command = u"experiment"_s;

//! A run picked by the experiment's name (its latest, or --run ID), with what it asked.
struct LoadedRun {
    ExperimentRunRecord run;
    Experiment experiment;
    QList<ExperimentCell> cells;
    QList<CellChange> changes; //!< since the baseline
    qint64 baselineRun = 0;    //!< --against, else the run before it (0: none)
    ExperimentSummary baseline;

    ExperimentReport report() const
    {
        ExperimentReport report(experiment, run, cells);
        if (baselineRun > 0) {
            report.setBaseline(baselineRun, baseline);
        }
        return report;
    }
};

std::expected<LoadedRun, QString> loadRun(const ExperimentStore &store,
    const QString &name,
    std::optional<qint64> runId,
    std::optional<qint64> againstId = std::nullopt)
{
    const auto experiment = store.experiment(name);
    if (!experiment) {
        return std::unexpected(experiment.error().message);
    }
    const auto runs = store.runs(experiment->id);
    if (!runs) {
        return std::unexpected(runs.error().message);
    }
    if (runs->isEmpty()) {
        return std::unexpected(ExperimentCommand::tr("'%1' has not been run yet.").arg(name));
    }
    qsizetype index = 0;
    if (runId) {
        index = -1;
        for (qsizetype i = 0; i < runs->size(); ++i) {
            if (runs->at(i).id == *runId) {
                index = i;
            }
        }
        if (index < 0) {
            return std::unexpected(ExperimentCommand::tr("'%1' has no run %2.").arg(name).arg(*runId));
        }
    }
    LoadedRun loaded;
    loaded.run = runs->at(index);
    auto definition = ExperimentFile::read(loaded.run.definition, QString());
    if (!definition) {
        return std::unexpected(definition.error());
    }
    loaded.experiment = *definition;
    auto cells = store.cells(loaded.run.id);
    if (!cells) {
        return std::unexpected(cells.error().message);
    }
    loaded.cells = *cells;
    std::optional<ExperimentRunRecord> baseline;
    if (againstId) {
        const auto found
            = std::ranges::find_if(*runs, [&againstId](const ExperimentRunRecord &r) { return r.id == *againstId; });
        if (found == runs->cend() || found->id == loaded.run.id) {
            return std::unexpected(
                ExperimentCommand::tr("'%1' has no other run %2 to compare with.").arg(name).arg(*againstId));
        }
        baseline = *found;
    } else if (index + 1 < runs->size()) {
        baseline = runs->at(index + 1);
    }
    if (baseline) {
        const auto before = store.cells(baseline->id);
        const auto asked = ExperimentFile::read(baseline->definition, QString());
        if (before && asked) {
            loaded.changes = ExperimentSummary::changes(*before, loaded.cells);
            loaded.baselineRun = baseline->id;
            loaded.baseline = ExperimentSummary::of(*asked, *before);
        }
    }
    return loaded;
}

//! --run ID and --against ID (each optional), or the exit status of the usage error said.
std::expected<std::pair<std::optional<qint64>, std::optional<qint64>>, int> runIds(const CliContext &context,
    const QCommandLineParser &parser,
    const QString &subCommand,
    const QCommandLineOption &runOption,
    const QCommandLineOption &againstOption)
{
    std::pair<std::optional<qint64>, std::optional<qint64>> ids;
    for (const auto &[option, id, message] :
        {std::tuple {&runOption, &ids.first, ExperimentCommand::tr("--run needs a run ID (a number)")},
            std::tuple {&againstOption, &ids.second, ExperimentCommand::tr("--against needs a run ID (a number)")}}) {
        if (parser.isSet(*option)) {
            bool ok = false;
            *id = parser.value(*option).toLongLong(&ok);
            if (!ok) {
                return std::unexpected(context.usageError(subCommand, message));
            }
        }
    }
    return ids;
}

//! One line for a cell that ended: "case 2 · terse · #1  pass  1.2 s  $0.0001".
QString cellLine(const ExperimentReport &report, const ExperimentCell &cell)
{
    QString verdict = ExperimentCell::statusName(cell.status);
    if (cell.status == ExperimentCell::Status::Done) {
        verdict = !cell.passed ? ExperimentCommand::tr("answered")
            : *cell.passed     ? ExperimentCommand::tr("pass")
                               : ExperimentCommand::tr("FAIL");
    }
    QString line = ExperimentCommand::tr("%1 · %2 · #%3  %4")
                       .arg(report.caseName(cell.key.caseIndex), report.variantName(cell.key.variantIndex))
                       .arg(cell.key.repeat + 1)
                       .arg(verdict);
    if (cell.status == ExperimentCell::Status::Done) {
        line += u"  "_s + ExperimentReport::duration(cell.durationMs) + u"  "_s
            + (cell.totalCostNanos() ? formatCost(*cell.totalCostNanos()) : u"?"_s);
    }
    for (const CheckOutcome &check : cell.checks) {
        if (!check.passed) {
            line += u"  "_s + ExperimentCommand::tr("failed: %1").arg(check.detail.left(160));
            break;
        }
    }
    if (!cell.message.isEmpty()) {
        line += u"  "_s + cell.message.left(200);
    }
    return line;
}

//! The per-column table and the totals, for people.
void printSummary(const CliContext &context, const ExperimentReport &report, const QList<CellChange> &changes)
{
    const ExperimentSummary &s = report.summary();
    QTextStream &out = context.out();
    out << '\n'
        << ExperimentCommand::tr("%1 passed, %2 failed, %3 errors, %4 refused, %5 skipped, %6 pending · %7 (judges %8)")
               .arg(s.passed)
               .arg(s.failed)
               .arg(s.errors)
               .arg(s.refused)
               .arg(s.skipped)
               .arg(s.pending)
               .arg(formatCost(s.costNanos), formatCost(s.judgeCostNanos))
        << '\n';
    int width = 8;
    for (const VariantSummary &column : s.variants) {
        width = std::max(width, static_cast<int>(column.name.size()));
    }
    width = std::min(width, 32);
    out << ExperimentCommand::tr("variant").leftJustified(width) << "  "
        << ExperimentCommand::tr("passed").rightJustified(12) << "  " << ExperimentCommand::tr("mean").rightJustified(7)
        << "  " << ExperimentCommand::tr("p50").rightJustified(7) << "  "
        << ExperimentCommand::tr("p95").rightJustified(7) << "  " << ExperimentCommand::tr("cost").rightJustified(9)
        << "  " << ExperimentCommand::tr("across repeats") << '\n';
    for (const VariantSummary &column : s.variants) {
        QString rate = u"–"_s;
        if (column.passRate()) {
            rate = u"%1/%2 %3%"_s.arg(column.passed).arg(column.checked).arg(qRound(*column.passRate() * 100));
        }
        QString variance;
        if (column.repeatSimilarity) {
            variance = ExperimentCommand::tr("%n flaky, %1% alike, ±%2", nullptr, column.flakyCases)
                           .arg(qRound(*column.repeatSimilarity * 100))
                           .arg(ExperimentReport::duration(column.latencyStdevMs));
        }
        out << column.name.left(width).leftJustified(width) << "  " << rate.rightJustified(12) << "  "
            << ExperimentReport::duration(column.meanMs).rightJustified(7) << "  "
            << ExperimentReport::duration(column.p50Ms).rightJustified(7) << "  "
            << ExperimentReport::duration(column.p95Ms).rightJustified(7) << "  "
            << formatCost(column.costNanos).rightJustified(9) << "  " << variance << '\n';
    }
    if (report.baselineRun() > 0) {
        out << '\n' << ExperimentCommand::tr("Since run %1:").arg(report.baselineRun()) << '\n';
        for (const VariantSummary &column : s.variants) {
            if (const VariantSummary *before = report.baselineOf(column.name)) {
                out << "  " << column.name << ": " << ExperimentReport::versus(*before, column) << '\n';
            }
        }
    }
    if (!changes.isEmpty()) {
        out << '\n' << ExperimentCommand::tr("Cells that passed more or less often:") << '\n';
        for (const CellChange &change : changes) {
            out << "  " << (change.better() ? u"+ "_s : u"- "_s)
                << ExperimentCommand::tr("%1, %2: %3 of %4 passed, %5 before")
                       .arg(report.caseName(change.caseIndex), report.variantName(change.variantIndex))
                       .arg(change.passedNow)
                       .arg(change.repeats)
                       .arg(change.passedBefore)
                << '\n';
        }
    }
}
} // namespace

int ExperimentCommand::run(const CliContext &context, const QStringList &arguments)
{
    return SubcommandParser::runAction(context,
        command,
        arguments,
        {{u"run"_s, &ExperimentCommand::runFile},
            {u"list"_s, &ExperimentCommand::list},
            {u"show"_s, &ExperimentCommand::show},
            {u"export"_s, &ExperimentCommand::exportRun},
            {u"remove"_s, &ExperimentCommand::remove}},
        tr("Usage: quorum experiment [run|list|show|export|remove] ...\n\n"
           "  run FILE [--json] [--repeat N] [--max-cost USD]\n"
           "                           ask every cell of an experiment file;\n"
           "                           exit 1 when a check fails\n"
           "  list [--json]            the experiments and their latest runs\n"
           "  show NAME [--run ID]     a run's figures per variant\n"
           "  export NAME --format csv|json|html [--run ID] [-o FILE]\n"
           "                           a run as CSV, JSON or an HTML report\n"
           "  remove NAME              an experiment with its runs\n\n"
           "The file's format: docs/experiments.md.\n"));
}

int ExperimentCommand::runFile(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"experiment run"_s;
    SubcommandParser sub(subCommand,
        tr("FILE [--json] [--repeat N] [--max-cost USD] [--concurrency N] [--fresh]"),
        tr("Runs an experiment file: every case with every variant, each repeated. Says first what it may "
           "cost at most, prints each cell as it ends and a summary per variant, and exits 1 when a check "
           "failed or a cell was not answered. A run that was stopped or killed goes on where it ended "
           "when the same file is run again (cells that are done are not asked again)."));
    QCommandLineParser &parser = sub.parser();
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Print one JSON object per cell as it ends, then a summary object (one per line)."));
    const QCommandLineOption repeatOption(
        u"repeat"_s, tr("Ask each cell N times (over the file's \"repeat\")."), tr("n"));
    const QCommandLineOption costOption(
        u"max-cost"_s, tr("Spend at most this many US dollars; cells that could go over are skipped."), tr("usd"));
    const QCommandLineOption concurrencyOption(
        u"concurrency"_s, tr("At most N answers at once per account (default: the account's limit, else 4)."), tr("n"));
    const QCommandLineOption freshOption(u"fresh"_s, tr("Start a new run even if the last one was interrupted."));
    const QCommandLineOption resumeOption(u"resume"_s, tr("Go on with run ID (FILE is not needed)."), tr("id"));
    parser.addOptions({jsonOption, repeatOption, costOption, concurrencyOption, freshOption, resumeOption});
    parser.addPositionalArgument(u"FILE"_s, tr("The experiment file (JSON)."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const bool json = parser.isSet(jsonOption);
    ExperimentRunner::Options options;
    bool ok = true;
    if (parser.isSet(costOption)) {
        options.maxCostNanos = parseUsdNanos(parser.value(costOption));
        if (!options.maxCostNanos) {
            return context.usageError(subCommand, tr("--max-cost is an amount of US dollars, e.g. 0.50"));
        }
    }
    if (parser.isSet(concurrencyOption)) {
        options.concurrency = parser.value(concurrencyOption).toInt(&ok);
        if (!ok || options.concurrency < 1) {
            return context.usageError(subCommand, tr("--concurrency is a number from 1"));
        }
    }
    std::optional<qint64> resumeId;
    if (parser.isSet(resumeOption)) {
        resumeId = parser.value(resumeOption).toLongLong(&ok);
        if (!ok || *resumeId <= 0) {
            return context.usageError(subCommand, tr("--resume needs a run ID (a number)"));
        }
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.isEmpty() && !resumeId)) {
        return context.usageError(subCommand, tr("expected one experiment file"));
    }
    Experiment experiment;
    if (!positional.isEmpty()) {
        auto loaded = ExperimentFile::load(positional.constFirst());
        if (!loaded) {
            return context.failure(subCommand, loaded.error());
        }
        experiment = *loaded;
        if (experiment.name.trimmed().isEmpty()) {
            experiment.name = QFileInfo(positional.constFirst()).completeBaseName();
        }
        if (parser.isSet(repeatOption)) {
            experiment.repeat = parser.value(repeatOption).toInt(&ok);
            if (!ok || experiment.repeat < 1 || experiment.repeat > 1000) {
                return context.usageError(subCommand, tr("--repeat is a number from 1 to 1000"));
            }
        }
    }

    Settings settings(context.paths().settingsFile());
    ProviderConfig accounts(context.paths().dataDir());
    if (const auto loaded = accounts.load(); !loaded) {
        return context.failure(subCommand, loaded.error());
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    KeychainSecretStore keychain;
    KeyResolver keys(&keychain);
    QNetworkAccessManager network;
    AppServices services;
    services.dataDir = context.paths().dataDir();
    services.database = database.get();
    services.providers = &accounts;
    services.keychain = &keychain;
    services.network = &network;
    services.settings = &settings;
    services.keys = &keys;
    ExperimentRunner runner(services);
    StreamOptions streamOptions = runner.dispatcher().session().streamOptions();
    streamOptions.keepRawBytes = 0;
    runner.dispatcher().session().setStreamOptions(streamOptions);

    if (!resumeId && !parser.isSet(freshOption)) {
        if (const auto interrupted = runner.resumable(experiment.name, ExperimentRunner::definitionOf(experiment))) {
            resumeId = interrupted->id;
        }
    }
    std::expected<qint64, QString> started;
    ExperimentStore store(*database);
    if (resumeId) {
        started = runner.resume(*resumeId, options);
        if (started) {
            const ExperimentPlan &plan = runner.currentPlan();
            context.err() << tr("Going on with run %1 of %2: %3 of %4 cells are done (%5); %6 to ask")
                                 .arg(*resumeId)
                                 .arg(runner.experiment().name)
                                 .arg(plan.doneCells)
                                 .arg(runner.experiment().cellCount())
                                 .arg(formatCost(plan.spentNanos))
                                 .arg(plan.cells);
        }
    } else {
        started = runner.start(experiment, options);
        if (started) {
            context.err() << tr("Run %1 of %2: %3 cells (%4 variants × %5 cases × %6 repeats)")
                                 .arg(*started)
                                 .arg(experiment.name)
                                 .arg(experiment.cellCount())
                                 .arg(experiment.variants.size())
                                 .arg(experiment.cases.size())
                                 .arg(experiment.repeat);
        }
    }
    if (!started) {
        return context.failure(subCommand, started.error());
    }
    const ExperimentPlan &plan = runner.currentPlan();
    if (plan.worstCaseNanos) {
        context.err() << tr(", at most %1.").arg(formatCost(*plan.worstCaseNanos)) << Qt::endl;
    } else {
        context.err() << tr(", at most an unknown amount: no price for %1.").arg(plan.unpriced.join(u", "_s))
                      << Qt::endl;
    }
    for (auto it = plan.refusedVariants.cbegin(); it != plan.refusedVariants.cend(); ++it) {
        context.err() << tr("%1 cannot be sent: %2").arg(runner.experiment().variants.at(it.key()).name, it.value())
                      << Qt::endl;
    }

    ExperimentRunRecord liveRun;
    liveRun.id = *started;
    const ExperimentReport live(runner.experiment(), liveRun, {});
    QEventLoop loop;
    ExperimentRunRecord::Status ended = ExperimentRunRecord::Status::Running;
    QObject::connect(&runner, &ExperimentRunner::cellEnded, &loop, [&](const ExperimentCell &cell) {
        if (json) {
            ExperimentCell shown = cell;
            if (shown.responseId) {
                // The conversation that holds it, to open it in the window (quorum show ID).
                if (const auto turn = store.caseTurn(runner.runId(), cell.key.caseIndex); turn && *turn) {
                    shown.conversationId = (*turn)->first;
                }
            }
            context.out() << QJsonDocument(live.cellJson(shown)).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            context.out() << cellLine(live, cell) << Qt::endl;
        }
    });
    QObject::connect(&runner, &ExperimentRunner::storageFailed, &loop, [&](const QString &message) {
        context.err() << tr("Not stored: %1").arg(message) << Qt::endl;
    });
    QObject::connect(&runner, &ExperimentRunner::finished, &loop, [&](qint64, ExperimentRunRecord::Status status) {
        ended = status;
        loop.quit();
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
        context.err() << tr("Stopping (Ctrl+C again to quit at once)…") << Qt::endl;
        runner.stop();
    });
    loop.exec();

    const auto loaded = loadRun(store, runner.experiment().name, runner.runId());
    if (!loaded) {
        return context.failure(subCommand, loaded.error());
    }
    const ExperimentReport report = loaded->report();
    if (json) {
        context.out() << QJsonDocument(report.summaryJson(loaded->changes)).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        printSummary(context, report, loaded->changes);
    }
    if (ended == ExperimentRunRecord::Status::Stopped) {
        context.err() << tr("Stopped. Run the same file again to go on where it ended.") << Qt::endl;
        return ExitFailure;
    }
    return report.summary().succeeded() ? ExitOk : ExitFailure;
}

int ExperimentCommand::list(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"experiment list"_s, tr("[--json]"), tr("Lists the experiments and their latest runs."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    sub.parser().addOption(jsonOption);
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    ExperimentStore store(*database);
    const auto experiments = store.experiments();
    if (!experiments) {
        return context.failure(command, experiments.error().message);
    }
    QJsonArray array;
    if (experiments->isEmpty() && !sub.parser().isSet(jsonOption)) {
        context.err() << tr("No experiments yet: quorum experiment run FILE") << Qt::endl;
    }
    for (const ExperimentRecord &record : *experiments) {
        const auto runs = store.runs(record.id);
        const qsizetype runCount = runs ? runs->size() : 0;
        QJsonObject json {{u"name"_s, record.name}, {u"runs"_s, runCount}};
        QString latest = tr("not run");
        if (runs && !runs->isEmpty()) {
            if (const auto loaded = loadRun(store, record.name, runs->constFirst().id)) {
                const ExperimentReport report = loaded->report();
                json.insert(u"latest"_s, report.summaryJson(loaded->changes));
                const ExperimentSummary &s = report.summary();
                latest = tr("run %1 %2: %3 passed, %4 failed of %5 cells, %6")
                             .arg(loaded->run.id)
                             .arg(ExperimentRunRecord::statusName(loaded->run.status))
                             .arg(s.passed)
                             .arg(s.failed)
                             .arg(s.cells)
                             .arg(formatCost(s.costNanos));
            }
        }
        array.append(json);
        if (!sub.parser().isSet(jsonOption)) {
            context.out() << record.name.leftJustified(24) << "  " << tr("%n run(s)", nullptr, int(runCount)) << "  "
                          << latest << '\n';
        }
    }
    if (sub.parser().isSet(jsonOption)) {
        context.out() << QJsonDocument(QJsonObject {{u"experiments"_s, array}}).toJson(QJsonDocument::Compact) << '\n';
    }
    return ExitOk;
}

int ExperimentCommand::show(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"experiment show"_s;
    SubcommandParser sub(subCommand,
        tr("NAME [--run ID] [--against ID] [--json]"),
        tr("Prints a run's cells and its figures per variant (the latest run unless --run), and what got "
           "better or worse since the run before (or run --against)."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object (the run, as export --format json)."));
    const QCommandLineOption runOption(u"run"_s, tr("The run's ID (see experiment list)."), tr("id"));
    const QCommandLineOption againstOption(
        u"against"_s, tr("Compare with this run of the experiment instead of the run before."), tr("id"));
    sub.parser().addOptions({jsonOption, runOption, againstOption});
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The experiment's name."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(subCommand, tr("expected one experiment name"));
    }
    const auto ids = runIds(context, sub.parser(), subCommand, runOption, againstOption);
    if (!ids) {
        return ids.error();
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto loaded
        = loadRun(ExperimentStore(*database), sub.parser().positionalArguments().constFirst(), ids->first, ids->second);
    if (!loaded) {
        return context.failure(subCommand, loaded.error());
    }
    const ExperimentReport report = loaded->report();
    if (sub.parser().isSet(jsonOption)) {
        context.out() << report.json(loaded->changes);
        return ExitOk;
    }
    context.out() << tr("Run %1 of %2 (%3)")
                         .arg(loaded->run.id)
                         .arg(loaded->experiment.name, ExperimentRunRecord::statusName(loaded->run.status))
                  << '\n';
    for (const ExperimentCell &cell : loaded->cells) {
        context.out() << cellLine(report, cell) << '\n';
    }
    printSummary(context, report, loaded->changes);
    return ExitOk;
}

int ExperimentCommand::exportRun(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"experiment export"_s;
    SubcommandParser sub(subCommand,
        tr("NAME --format csv|json|html [--run ID] [--against ID] [-o FILE]"),
        tr("Writes a run (the latest unless --run) as CSV (a row per cell), JSON (the experiment, every "
           "cell and the summary) or a self-contained HTML report (the grid, the checks, the costs)."));
    const QCommandLineOption formatOption(u"format"_s, tr("csv, json or html."), tr("format"));
    const QCommandLineOption runOption(u"run"_s, tr("The run's ID (see experiment list)."), tr("id"));
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, tr("Write to FILE instead of standard output."), tr("file"));
    const QCommandLineOption againstOption(
        u"against"_s, tr("Compare with this run of the experiment instead of the run before."), tr("id"));
    sub.parser().addOptions({formatOption, runOption, againstOption, outputOption});
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The experiment's name."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(subCommand, tr("expected one experiment name"));
    }
    const QString format = sub.parser().value(formatOption);
    if (format != "csv"_L1 && format != "json"_L1 && format != "html"_L1) {
        return context.usageError(subCommand, tr("--format is csv, json or html"));
    }
    const auto ids = runIds(context, sub.parser(), subCommand, runOption, againstOption);
    if (!ids) {
        return ids.error();
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const auto loaded
        = loadRun(ExperimentStore(*database), sub.parser().positionalArguments().constFirst(), ids->first, ids->second);
    if (!loaded) {
        return context.failure(subCommand, loaded.error());
    }
    const ExperimentReport report = loaded->report();
    const QByteArray data = format == "csv"_L1 ? report.csv().toUtf8()
        : format == "json"_L1                  ? report.json(loaded->changes)
                                               : report.html(loaded->changes).toUtf8();
    if (!sub.parser().isSet(outputOption)) {
        context.out() << QString::fromUtf8(data);
        return ExitOk;
    }
    QSaveFile file(sub.parser().value(outputOption));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return context.failure(subCommand, tr("could not write %1: %2").arg(file.fileName(), file.errorString()));
    }
    return ExitOk;
}

int ExperimentCommand::remove(const CliContext &context, const QStringList &arguments)
{
    const QString subCommand = u"experiment remove"_s;
    SubcommandParser sub(subCommand, tr("NAME"), tr("Removes an experiment with its runs and their answers."));
    sub.parser().addPositionalArgument(u"NAME"_s, tr("The experiment's name."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(subCommand, tr("expected one experiment name"));
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    if (const auto removed = ExperimentStore(*database).remove(sub.parser().positionalArguments().constFirst());
        !removed) {
        return context.failure(subCommand, removed.error().message);
    }
    return ExitOk;
}

} // namespace Quorum
