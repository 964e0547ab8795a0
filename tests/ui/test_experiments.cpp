// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// View -> Experiments (#22): one experiment set up in the window compares a persona against
// another on one model and reasoning effort low, medium and high on another, with a check and
// a judge's rubric; it says what it may cost before it runs, runs against the fake provider,
// and shows the grid and the figures per variant; a cell opens its answers; a run is saved to
// a file and read back the same.
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "appfixture.h"
#include "common/translations.h"
#include "composer/targetparametersdialog.h"
#include "experiments/experimentwindow.h"
#include "fakeaccounts.h"
#include "fakeproviderserver.h"
#include "leaderboard/leaderboarddialog.h"
#include "mainwindow/mainwindow.h"
#include "models/experimentgridmodel.h"
#include "screenshots.h"
#include "storage/pricestore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;

namespace
{
Fake::Script judgeScores(int score)
{
    Fake::Script script;
    script.deltas = {u"{\"synthesis\": \"\", \"claims\": [], \"scores\": [{\"answer\": \"A\", \"criterion\": \"c\", "_s,
        u"\"score\": %1, \"reason\": \"names it\"}], \"ranking\": []}"_s.arg(score)};
    return script;
}

GenerationParameters withSystem(const QString &system)
{
    GenerationParameters p;
    p.system = system;
    return p;
}

GenerationParameters withEffort(ReasoningEffort effort)
{
    GenerationParameters p;
    p.effort = effort;
    return p;
}
} // namespace

class TestExperiments : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    //! The experiment of the issue: two personas on one model, three efforts on another.
    static void setUp(ExperimentWindow &window)
    {
        window.findChild<QLineEdit *>(u"experimentName"_s)->setText(u"Personas and effort"_s);
        window.findChild<QPlainTextEdit *>(u"experimentPrompt"_s)
            ->setPlainText(u"What is the capital of {{country}}? {{capital}}"_s);
        window.findChild<QLineEdit *>(u"experimentJudge"_s)->setText(u"oa/judge"_s);
        window.addVariant(u"terse"_s, u"oa/echo-a"_s, withSystem(u"You are terse."_s));
        window.addVariant(u"poet"_s, u"oa/echo-a"_s, withSystem(u"You are a poet."_s));
        window.addVariant(u"low"_s, u"oa/o4-mini"_s, withEffort(ReasoningEffort::Low));
        window.addVariant(u"medium"_s, u"oa/o4-mini"_s, withEffort(ReasoningEffort::Medium));
        window.addVariant(u"high"_s, u"oa/o4-mini"_s); // its effort is set in the Parameters dialog below
        window.addCheck(ExperimentCheck::Type::Contains, u"{{capital}}"_s);
        window.addCheck(ExperimentCheck::Type::Judge, u"Names the capital of {{country}}"_s, 0.5);
        window.addCase({{u"country"_s, u"France"_s}, {u"capital"_s, u"Paris"_s}});
        window.addCase({{u"country"_s, u"Japan"_s}, {u"capital"_s, u"Tokyo"_s}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_server.clearRequests();
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
        QVERIFY(m_app->addAccount(Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"oa"_s)));
        ModelPrice price;
        price.scope = u"oa"_s;
        price.model = u"*"_s;
        price.inputMicros = 1'000'000;
        price.outputMicros = 2'000'000;
        QVERIFY(PriceStore(*m_app->database()).add({price}));
    }

    void personasAndEffortsInOneExperiment()
    {
        MainWindow main(m_app->settings(), m_app->services());
        main.resize(1200, 800);
        main.show();
        main.findChild<QAction *>(u"experimentsAction"_s)->trigger();
        auto *window = main.findChild<ExperimentWindow *>();
        QVERIFY(window && window->isVisible());
        window->resize(1150, 820);
        setUp(*window);

        // The third effort through the Parameters dialog, as a user sets it.
        window->editParameters(4);
        TargetParametersDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<TargetParametersDialog *>()) != nullptr);
        auto *reasoning = dialog->findChild<QComboBox *>(u"reasoning"_s);
        reasoning->setCurrentIndex(reasoning->findData(static_cast<int>(ReasoningEffort::High)));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(window->variantsTable()->item(4, 2)->text().contains(u"effort high"_s));

        // Cases get a column per variable; the estimate says what it may cost before it runs.
        QCOMPARE(window->casesTable()->columnCount(), 2);
        QTRY_VERIFY2(window->estimateText().contains(u"10 cells (5 variants × 2 cases × 1 repeats)"_s),
            qPrintable(window->estimateText()));
        QVERIFY2(window->estimateText().contains(u"at most $"_s), qPrintable(window->estimateText()));
        Testing::saveScreenshots(window, u"experiment-setup"_s);

        for (int i = 0; i < 10; ++i) {
            m_server.enqueueFor(u"judge"_s, judgeScores(8));
        }
        QSignalSpy finished(window->runner(), &ExperimentRunner::finished);
        QVERIFY2(window->run(), qPrintable(window->problemText()));
        QCOMPARE(window->tabs()->currentIndex(), 1);
        QVERIFY(finished.wait(20000));

        // The grid: each persona passes both cases; o4-mini's fixed answer names no capital.
        ExperimentGridModel *grid = window->grid();
        QCOMPARE(grid->rowCount(), 2);
        QCOMPARE(grid->columnCount(), 5);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 5; ++column) {
                const int passed = grid->index(row, column).data(ExperimentGridModel::PassedRole).toInt();
                QCOMPARE(passed, column < 2 ? 1 : 0);
                QCOMPARE(grid->index(row, column).data(ExperimentGridModel::CheckedRole).toInt(), 1);
            }
        }
        QCOMPARE(grid->headerData(2, Qt::Horizontal).toString(), u"low"_s);
        QVERIFY2(grid->index(0, 0).data().toString().contains(u" ms · $"_s),
            qPrintable(grid->index(0, 0).data().toString()));

        // On the wire: each persona its system prompt, each effort its reasoning_effort, and a
        // judge per answer with its rubric.
        QStringList systems;
        for (const auto &request : m_server.requestsFor(u"echo-a"_s)) {
            systems << request.json.value(u"messages"_s).toArray().first()[u"content"_s].toString();
        }
        systems.sort();
        QCOMPARE(systems,
            (QStringList {u"You are a poet."_s, u"You are a poet."_s, u"You are terse."_s, u"You are terse."_s}));
        QStringList efforts;
        for (const auto &request : m_server.requestsFor(u"o4-mini"_s)) {
            efforts << request.json.value(u"reasoning_effort"_s).toString();
        }
        efforts.sort();
        QCOMPARE(efforts, (QStringList {u"high"_s, u"high"_s, u"low"_s, u"low"_s, u"medium"_s, u"medium"_s}));
        const auto judges = m_server.requestsFor(u"judge"_s);
        QCOMPARE(judges.size(), 10);
        QVERIFY(judges.first().body.contains("Names the capital of "));

        // The figures per variant, the judges' cost among them.
        QTableWidget *summary = window->summaryTable();
        QCOMPARE(summary->rowCount(), 5);
        QCOMPARE(summary->item(0, 1)->text(), u"2/2 (100%)"_s);
        QCOMPARE(summary->item(2, 1)->text(), u"0/2 (0%)"_s);
        QVERIFY2(summary->item(0, 7)->text().startsWith(u"$"_s), qPrintable(summary->item(0, 7)->text()));
        window->gridView()->setCurrentIndex(grid->index(0, 1));
        Testing::saveScreenshots(window, u"experiment-results"_s);

        // A cell opens its case's answers in the compare view.
        QSignalSpy opened(window, &ExperimentWindow::openConversation);
        const QModelIndex cell = grid->index(1, 3);
        window->gridView()->scrollTo(cell);
        const QRect rect = window->gridView()->visualRect(cell);
        QTest::mouseClick(window->gridView()->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(window->findChild<QPlainTextEdit *>(u"cellDetails"_s)
                ->toPlainText()
                .contains(u"Hello from the fake server."_s));
        QTest::mouseDClick(window->gridView()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first().first().toLongLong() > 0);

        // The leaderboard counts the checked cells as a source of their own.
        LeaderboardDialog *board = main.showLeaderboard();
        QTableWidget *leaderboard = board->table();
        QStringList tested;
        for (int r = 0; r < leaderboard->rowCount(); ++r) {
            tested << leaderboard->item(r, 1)->text() + u' ' + leaderboard->item(r, 10)->text();
        }
        tested.sort();
        QCOMPARE(tested, (QStringList {u"oa/echo-a 4/4 (100 %)"_s, u"oa/o4-mini 0/6 (0 %)"_s}));
        board->close();

        // The experiment as a file, read back the same.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"experiment.json"_s);
        QVERIFY(window->saveFile(path));
        const auto before = window->experiment();
        QVERIFY(window->openFile(path));
        const auto after = window->experiment();
        QVERIFY(before && after);
        QCOMPARE(ExperimentFile::write(*after), ExperimentFile::write(*before));
        QCOMPARE(after->variants.at(4).target.parameters.effort, std::optional<ReasoningEffort>(ReasoningEffort::High));

        // Run again with a stricter judge: the window says what got worse since the run before.
        for (int i = 0; i < 10; ++i) {
            m_server.enqueueFor(u"judge"_s, judgeScores(2));
        }
        QSignalSpy again(window->runner(), &ExperimentRunner::finished);
        QVERIFY2(window->run(), qPrintable(window->problemText()));
        QVERIFY(again.wait(20000));
        const QString changes = window->changesText();
        QVERIFY2(changes.startsWith(u"Since run 1: worse: terse · 1. Paris, France (0 of 1 passed, 1 before)"_s),
            qPrintable(changes));
        QVERIFY2(!changes.contains(u"better"_s), qPrintable(changes));

        // A stored experiment (run here or from the command line) is opened from the list, with
        // its latest run.
        auto *stored = window->findChild<QComboBox *>(u"storedExperiments"_s);
        QVERIFY(stored->findData(u"Personas and effort"_s) > 0);
        QVERIFY(window->openStored(u"Personas and effort"_s));
        QCOMPARE(window->shownRun(), window->runner()->runId());
        QCOMPARE(window->variantsTable()->rowCount(), 5);

        // Two chosen runs side by side: the first run shown, compared with the second; the
        // figures per variant of both, and the cells that changed, as seen from the first.
        const qint64 second = window->runner()->runId();
        const qint64 first = window->findChild<QComboBox *>(u"experimentRuns"_s)->itemData(1).toLongLong();
        QVERIFY(first > 0 && first != second);
        window->showRun(first);
        QVERIFY(summary->isColumnHidden(9)); // no run before the first
        QVERIFY(window->changesText().isEmpty());
        auto *against = window->findChild<QComboBox *>(u"experimentAgainst"_s);
        QVERIFY(against->findData(second) > 0);
        QCOMPARE(against->findData(first), -1); // not with itself
        window->compareWith(second);
        QVERIFY(!summary->isColumnHidden(9));
        QCOMPARE(summary->horizontalHeaderItem(9)->text(), u"Since run %1"_s.arg(second));
        QCOMPARE(summary->item(0, 0)->text(), u"terse"_s);
        QVERIFY2(summary->item(0, 9)->text().startsWith(u"passed 0% → 100%, p50 "_s),
            qPrintable(summary->item(0, 9)->text()));
        QVERIFY2(window->changesText().startsWith(
                     u"Since run %1: better: terse · 1. Paris, France (1 of 1 passed, 0 before)"_s.arg(second)),
            qPrintable(window->changesText()));
        Testing::saveScreenshots(window, u"experiment-compare"_s);
        // The report says the same comparison.
        QVERIFY(window->exportReport(dir.filePath(u"compared.json"_s), u"json"_s));
        QFile compared(dir.filePath(u"compared.json"_s));
        QVERIFY(compared.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(compared.readAll()).object().value(u"summary"_s).toObject();
        QCOMPARE(report.value(u"changes_since_run"_s).toInteger(), second);
        QCOMPARE(report.value(u"variants"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"before"_s)
                     .toObject()
                     .value(u"pass_rate"_s)
                     .toDouble(),
            0.0);
        window->compareWith(0); // back to "the run before": none for the first run
        QVERIFY(summary->isColumnHidden(9));

        // And the run as a report.
        window->showRun(second);
        QVERIFY(window->exportReport(dir.filePath(u"report.html"_s), u"html"_s));
        QVERIFY(QFileInfo(dir.filePath(u"report.html"_s)).size() > 1000);
    }

    void aBrokenFormSaysWhyAndRunsNothing()
    {
        ExperimentWindow window(m_app->services());
        window.show();
        window.findChild<QPlainTextEdit *>(u"experimentPrompt"_s)->setPlainText(u"Hello {{who}}"_s);
        window.addVariant({}, u"not a target"_s);
        window.addCase({});
        QTRY_VERIFY2(window.estimateText().startsWith(u"Not ready:"_s), qPrintable(window.estimateText()));
        QVERIFY(!window.findChild<QPushButton *>(u"runExperiment"_s)->isEnabled());
        QVERIFY(!window.run());
        QVERIFY(!window.problemText().isEmpty());
        QCOMPARE(m_server.chatRequests().size(), 0);
    }

    void aGridOfTenThousandCellsIsOneModel()
    {
        Experiment big;
        big.name = u"big"_s;
        big.prompt = u"{{n}}"_s;
        for (int v = 0; v < 10; ++v) {
            big.variants.append({u"v%1"_s.arg(v), *ChatTarget::parse(u"oa/echo-a"_s), {}});
        }
        for (int c = 0; c < 100; ++c) {
            big.cases.append({{{u"n"_s, QString::number(c)}}, {}, c + 1});
        }
        big.repeat = 10;
        ExperimentWindow window(m_app->services());
        window.show();
        window.grid()->reset(big);
        window.tabs()->setCurrentIndex(1);
        QCOMPARE(window.grid()->rowCount() * window.grid()->columnCount() * big.repeat, 10000);
        // No widget per cell: the grid view has its viewport and headers, whatever the size.
        QVERIFY(window.gridView()->findChildren<QWidget *>().size() < 40);
        ExperimentCell cell;
        cell.key = {99, 9, 9};
        cell.status = ExperimentCell::Status::Done;
        cell.passed = true;
        cell.checks = {{u"contains"_s, true, {}}};
        QSignalSpy changed(window.grid(), &QAbstractItemModel::dataChanged);
        window.grid()->update(cell);
        QCOMPARE(changed.size(), 1); // one cell repainted, not the grid
        QCOMPARE(window.grid()->index(99, 9).data(ExperimentGridModel::PassedRole).toInt(), 1);
        window.gridView()->scrollToBottom();
        QApplication::processEvents();
    }
};

QTEST_MAIN(TestExperiments)
#include "test_experiments.moc"
