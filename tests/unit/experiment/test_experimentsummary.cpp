// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QTest>

#include "experiment/experimentsummary.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
ExperimentCell done(CellKey key, bool passed, const QString &text, qint64 ms, qint64 nanos)
{
    ExperimentCell cell;
    cell.key = key;
    cell.status = ExperimentCell::Status::Done;
    cell.passed = passed;
    cell.checks = {{u"contains"_s, passed, {}}};
    cell.text = text;
    cell.durationMs = ms;
    cell.ttftMs = ms / 10;
    cell.costNanos = nanos;
    return cell;
}

Experiment grid(int cases, int repeat)
{
    Experiment experiment;
    experiment.name = u"e"_s;
    experiment.variants = {{u"a"_s, *ChatTarget::parse(u"x/m"_s), {}}, {u"b"_s, *ChatTarget::parse(u"x/n"_s), {}}};
    experiment.cases = QList<ExperimentCase>(cases);
    experiment.repeat = repeat;
    return experiment;
}
} // namespace

//! A run's figures per column: pass rate, latency percentiles, costs, variance across repeats.
class TestExperimentSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresPerColumn()
    {
        const Experiment experiment = grid(2, 3);
        QList<ExperimentCell> cells;
        // Column a, case 0: the repeats disagree (flaky) and say different things.
        cells << done({0, 0, 0}, true, u"the capital is Paris"_s, 100, 10)
              << done({0, 0, 1}, false, u"it is Lyon"_s, 300, 10)
              << done({0, 0, 2}, true, u"the capital is Paris"_s, 200, 10);
        // Case 1: the same answer three times.
        cells << done({1, 0, 0}, true, u"Tokyo"_s, 400, 20) << done({1, 0, 1}, true, u"Tokyo"_s, 400, 20)
              << done({1, 0, 2}, true, u"Tokyo"_s, 400, 20);
        cells.last().judgeCostNanos = 5;
        // Column b: an error (billed), a refusal, a skip, a running cell and an unknown cost.
        ExperimentCell error;
        error.key = {0, 1, 0};
        error.status = ExperimentCell::Status::Error;
        error.costNanos = 3;
        ExperimentCell refused;
        refused.key = {0, 1, 1};
        refused.status = ExperimentCell::Status::Refused;
        ExperimentCell skipped;
        skipped.key = {0, 1, 2};
        skipped.status = ExperimentCell::Status::Skipped;
        ExperimentCell running;
        running.key = {1, 1, 0};
        ExperimentCell unpriced = done({1, 1, 1}, true, u"x"_s, 50, 0);
        unpriced.costNanos.reset();
        cells << error << refused << skipped << running << unpriced;
        ExperimentCell outside = done({5, 0, 0}, true, {}, 1, 1000); // not in the grid: left out
        cells << outside;

        const ExperimentSummary s = ExperimentSummary::of(experiment, cells);
        QCOMPARE(s.cells, 12);
        const VariantSummary &a = s.variants.at(0);
        QCOMPARE(a.answered, 6);
        QCOMPARE(a.passed, 5);
        QCOMPARE(a.failed, 1);
        QCOMPARE(a.passRate(), std::optional<double>(5.0 / 6.0));
        QCOMPARE(a.meanMs, std::optional<qint64>(300)); // (100+300+200+400*3)/6
        QCOMPARE(a.p50Ms, std::optional<qint64>(300));  // nearest rank of 100 200 300 400 400 400
        QCOMPARE(a.p95Ms, std::optional<qint64>(400));
        QCOMPARE(a.meanFirstTokenMs, std::optional<qint64>(30));
        QCOMPARE(a.costNanos, 95);
        QCOMPARE(a.judgeCostNanos, 5);
        QCOMPARE(a.flakyCases, 1);
        // Case 0's three pairs: identical once, different twice; case 1: identical three times.
        QVERIFY(a.repeatSimilarity && *a.repeatSimilarity < 1.0 && *a.repeatSimilarity > 0.5);
        // Case 0's latencies 100, 300, 200 have a deviation of 81.6; case 1's none: mean 41.
        QCOMPARE(a.latencyStdevMs, std::optional<qint64>(41));

        const VariantSummary &b = s.variants.at(1);
        QCOMPARE(b.errors, 1);
        QCOMPARE(b.refused, 1);
        QCOMPARE(b.skipped, 1);
        QCOMPARE(b.pending, 2); // the running cell and the one never stored
        QCOMPARE(b.unknownCosts, 1);
        QCOMPARE(b.costNanos, 3); // the error was billed
        QVERIFY(!b.passRate() || *b.passRate() == 1.0);
        QCOMPARE(s.pending, 2);
        QVERIFY(!s.succeeded());
    }

    void whatChangedSinceTheRunBefore()
    {
        const QList<ExperimentCell> before {
            done({0, 0, 0}, false, {}, 1, 1), done({0, 0, 1}, false, {}, 1, 1), done({1, 0, 0}, true, {}, 1, 1)};
        const QList<ExperimentCell> after {done({0, 0, 0}, true, {}, 1, 1),
            done({0, 0, 1}, false, {}, 1, 1),
            done({1, 0, 0}, false, {}, 1, 1),
            done({2, 0, 0}, true, {}, 1, 1)};
        const QList<CellChange> changes = ExperimentSummary::changes(before, after);
        QCOMPARE(changes.size(), 2); // case 2 is new: no change to speak of
        QCOMPARE(changes.at(0).caseIndex, 0);
        QVERIFY(changes.at(0).better());
        QCOMPARE(changes.at(0).passedNow, 1);
        QCOMPARE(changes.at(0).repeats, 2);
        QCOMPARE(changes.at(1).caseIndex, 1);
        QVERIFY(!changes.at(1).better());
    }
};

QTEST_GUILESS_MAIN(TestExperimentSummary)
#include "test_experimentsummary.moc"
