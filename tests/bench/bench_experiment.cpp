// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Experiments (#22), on the offscreen platform:
//
//   runner: an experiment of --cells cells (cases x 1 variant, checks on every answer) run by
//           ExperimentRunner against quorum-fakeprovider in another process, against the
//           baseline of the same answers sent through ChatSession directly (one conversation
//           per case, the same concurrency, no grid, no checks): wall time per cell of each and
//           the runner's overhead per cell.
//   grid:   the Experiments window's grid with 10,000 cells (100 cases x 10 variants x 10
//           repeats), all answered: the time to paint the visible grid at each of 100 scroll
//           positions (p50, p99, max), and the time to take a run's 10,000 cell updates.
//
// Usage: bench_experiment runner|grid [--cells N] [--runs N] [--fakeprovider PATH]
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include "appfixture.h"
#include "buildpaths.h"
#include "chat/chatsession.h"
#include "chat/dispatcher.h"
#include "experiment/experimentrunner.h"
#include "experiments/experimentwindow.h"
#include "models/experimentgridmodel.h"
#include "providers/providerconfig.h"
#include "secrets/keyresolver.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::ranges::sort(values);
    return values.at(qMin(values.size() - 1, static_cast<qsizetype>(p * static_cast<double>(values.size()))));
}

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

struct Environment : Testing::AppFixture {
    explicit Environment(const QUrl &url)
    {
        ProviderAccount account = *ProviderAccount::create(u"fake"_s, u"openai"_s);
        account.baseUrl = url;
        account.maxConcurrent = 4;
        account.apiKey = u"bench-key"_s;
        (void)addAccount(account);
    }
};

Experiment experimentOf(int cells)
{
    Experiment experiment;
    experiment.name = u"bench"_s;
    experiment.prompt = u"Case {{n}}: say something about the number {{n}}."_s;
    experiment.variants = {{u"echo"_s, *ChatTarget::parse(u"fake/echo-bench"_s), {}}};
    for (int c = 0; c < cells; ++c) {
        experiment.cases.append({{{u"n"_s, QString::number(c)}}, {}, c + 1});
    }
    ExperimentCheck contains;
    contains.value = u"{{n}}"_s;
    ExperimentCheck tokens;
    tokens.type = ExperimentCheck::Type::MaxTokens;
    tokens.number = 100;
    experiment.checks = {contains, tokens};
    return experiment;
}

//! Milliseconds to run \a experiment with the runner.
double runnerMs(const QUrl &url, const Experiment &experiment)
{
    Environment env(url);
    ExperimentRunner runner(env.services());
    QEventLoop loop;
    QObject::connect(&runner, &ExperimentRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    ExperimentRunOptions options;
    options.concurrency = 4;
    if (!runner.start(experiment, options)) {
        qCritical("the runner did not start");
        return -1;
    }
    loop.exec();
    return double(clock.nsecsElapsed()) / 1e6;
}

//! Milliseconds to send the same prompts through ChatSession, four at a time.
double sessionMs(const QUrl &url, const Experiment &experiment)
{
    Environment env(url);
    Dispatcher dispatcher(env.services(), Dispatcher::Governance::FollowRules);
    const ChatTarget target = experiment.variants.constFirst().target;
    QList<ChatSession *> sessions;
    qsizetype next = 0;
    int running = 0;
    QEventLoop loop;
    std::function<void()> pump;
    pump = [&] {
        while (running < 4 && next < experiment.cases.size()) {
            auto *session = new ChatSession(
                env.database(), &env.network(), [&dispatcher](const QString &id) { return dispatcher.account(id); });
            sessions.append(session);
            QObject::connect(session, &ChatSession::answerEnded, &loop, [&] {
                --running;
                QTimer::singleShot(0, &loop, pump);
            });
            ++running;
            (void)session->send(experiment.promptFor(experiment.cases.at(next++)), {target});
        }
        if (running == 0 && next == experiment.cases.size()) {
            loop.quit();
        }
    };
    QElapsedTimer clock;
    clock.start();
    dispatcher.keys().resolve({*env.providers().find(u"fake"_s)}, &loop, [&] { pump(); });
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    qDeleteAll(sessions);
    return ms;
}

int runner(const QString &fakeProvider, int cells, int runs)
{
    QProcess server;
    server.start(fakeProvider, {u"--port"_s, u"0"_s});
    if (!server.waitForReadyRead(10000)) {
        qCritical("cannot start %s", qPrintable(fakeProvider));
        return 1;
    }
    const QUrl url(QString::fromUtf8(server.readLine()).trimmed().section(u' ', 2) + u"/v1"_s);
    const Experiment experiment = experimentOf(cells);
    QList<double> withRunner;
    QList<double> withSession;
    for (int i = 0; i < runs; ++i) {
        withSession.append(sessionMs(url, experiment));
        withRunner.append(runnerMs(url, experiment));
    }
    const double session = median(withSession) / cells;
    const double run = median(withRunner) / cells;
    std::printf("runner: %d cells, concurrency 4, median of %d runs\n", cells, runs);
    std::printf("  ChatSession alone: %.3f ms per cell\n", session);
    std::printf("  ExperimentRunner:  %.3f ms per cell (%.2fx; overhead %.3f ms per cell)\n",
        run,
        run / session,
        run - session);
    server.kill();
    server.waitForFinished();
    return 0;
}

int grid()
{
    Experiment big;
    big.name = u"big"_s;
    big.prompt = u"{{n}}"_s;
    for (int v = 0; v < 10; ++v) {
        big.variants.append({u"variant %1"_s.arg(v), *ChatTarget::parse(u"fake/m%1"_s.arg(v)), {}});
    }
    for (int c = 0; c < 100; ++c) {
        big.cases.append({{{u"n"_s, QString::number(c)}}, {}, c + 1});
    }
    big.repeat = 10;
    QList<ExperimentCell> cells;
    for (int c = 0; c < 100; ++c) {
        for (int v = 0; v < 10; ++v) {
            for (int r = 0; r < 10; ++r) {
                ExperimentCell cell;
                cell.key = {c, v, r};
                cell.status = ExperimentCell::Status::Done;
                cell.passed = (c + v + r) % 3 != 0;
                cell.checks = {{u"contains"_s, *cell.passed, {}}};
                cell.durationMs = 800 + (c * 7 + r * 13) % 900;
                cell.costNanos = 40 + r;
                cells.append(cell);
            }
        }
    }
    Testing::AppFixture env;
    ExperimentWindow window(env.services());
    window.resize(1400, 900);
    window.show();
    window.tabs()->setCurrentIndex(1);
    QElapsedTimer clock;
    clock.start();
    window.grid()->reset(big, cells);
    const double resetMs = double(clock.nsecsElapsed()) / 1e6;
    QApplication::processEvents();

    QTableView *view = window.gridView();
    QScrollBar *bar = view->verticalScrollBar();
    QList<double> paints;
    for (int step = 0; step < 100; ++step) {
        bar->setValue(bar->maximum() * (step % 50) / 49);
        QApplication::processEvents();
        clock.restart();
        view->viewport()->repaint();
        paints.append(double(clock.nsecsElapsed()) / 1e6);
    }
    // A run's updates: every cell once, then one paint (what the event loop coalesces to).
    clock.restart();
    for (const ExperimentCell &cell : std::as_const(cells)) {
        window.grid()->update(cell);
    }
    view->viewport()->repaint();
    const double updatesMs = double(clock.nsecsElapsed()) / 1e6;
    std::printf("grid: 10,000 cells (100 cases x 10 variants x 10 repeats), %dx%d viewport\n",
        view->viewport()->width(),
        view->viewport()->height());
    std::printf("  reset with every cell: %.1f ms\n", resetMs);
    std::printf("  paint of the visible grid at 100 scroll positions: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
        median(paints),
        percentile(paints, 0.99),
        *std::ranges::max_element(paints));
    std::printf(
        "  10,000 cell updates and one paint: %.1f ms (%.2f us per update)\n", updatesMs, updatesMs * 1000 / 10000);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"what"_s, u"runner or grid"_s);
    const QCommandLineOption cellsOption(u"cells"_s, u"Cells of the runner benchmark."_s, u"n"_s, u"400"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs (the median is reported)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption fakeOption(u"fakeprovider"_s,
        u"The quorum-fakeprovider binary."_s,
        u"path"_s,
        Quorum::Testing::buildPath(QUORUM_FAKEPROVIDER));
    parser.addOptions({cellsOption, runsOption, fakeOption});
    parser.process(app);
    const QString what = parser.positionalArguments().value(0);
    if (what == "runner"_L1) {
        return runner(parser.value(fakeOption), parser.value(cellsOption).toInt(), parser.value(runsOption).toInt());
    }
    if (what == "grid"_L1) {
        return grid();
    }
    qCritical("usage: bench_experiment runner|grid [--cells N] [--runs N]");
    return 2;
}
