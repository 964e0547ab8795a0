// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "experiment/experimentsummary.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "experiment/checks.h"

namespace Quorum
{

namespace
{
//! The nearest-rank percentile \a p (0-100) of sorted \a values.
qint64 percentile(const QList<qint64> &sorted, int p)
{
    const auto rank = static_cast<qsizetype>(std::ceil(double(p) / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double standardDeviation(const QList<qint64> &values)
{
    double mean = 0;
    for (const qint64 v : values) {
        mean += double(v);
    }
    mean /= double(values.size());
    double squares = 0;
    for (const qint64 v : values) {
        squares += (double(v) - mean) * (double(v) - mean);
    }
    return std::sqrt(squares / double(values.size()));
}

//! A cell's place in the grid without its repeat.
using Slot = std::pair<int, int>; // case, variant
} // namespace

ExperimentSummary ExperimentSummary::of(const Experiment &experiment, const QList<ExperimentCell> &cells)
{
    ExperimentSummary summary;
    const auto variantCount = experiment.variants.size();
    for (const ExperimentVariant &variant : experiment.variants) {
        VariantSummary column;
        column.name = variant.name.isEmpty() ? variant.target.label() : variant.name;
        column.cells = static_cast<int>(experiment.cases.size()) * experiment.repeat;
        column.pending = column.cells;
        summary.variants.append(column);
    }
    summary.cells = static_cast<int>(experiment.cellCount());

    QList<QList<qint64>> durations(variantCount);
    QList<QList<qint64>> firstTokens(variantCount);
    std::map<Slot, QList<const ExperimentCell *>> repeats;
    for (const ExperimentCell &cell : cells) {
        if (cell.key.variantIndex < 0 || cell.key.variantIndex >= variantCount || cell.key.caseIndex < 0
            || cell.key.caseIndex >= experiment.cases.size() || cell.key.repeat >= experiment.repeat) {
            continue;
        }
        VariantSummary &column = summary.variants[cell.key.variantIndex];
        switch (cell.status) {
        case ExperimentCell::Status::Running:
            continue; // still pending
        case ExperimentCell::Status::Done:
            ++column.answered;
            if (cell.passed) {
                ++column.checked;
                ++(*cell.passed ? column.passed : column.failed);
            }
            if (cell.durationMs) {
                durations[cell.key.variantIndex].append(*cell.durationMs);
            }
            if (cell.ttftMs) {
                firstTokens[cell.key.variantIndex].append(*cell.ttftMs);
            }
            repeats[{cell.key.caseIndex, cell.key.variantIndex}].append(&cell);
            break;
        case ExperimentCell::Status::Error:
            ++column.errors;
            break;
        case ExperimentCell::Status::Refused:
            ++column.refused;
            break;
        case ExperimentCell::Status::Skipped:
            ++column.skipped;
            break;
        }
        --column.pending;
        // What was paid counts wherever it was paid (a failed answer may have been billed).
        if (cell.costNanos) {
            column.costNanos += *cell.costNanos;
        } else if (cell.status == ExperimentCell::Status::Done) {
            ++column.unknownCosts;
        }
        column.costNanos += cell.judgeCostNanos.value_or(0);
        column.judgeCostNanos += cell.judgeCostNanos.value_or(0);
    }

    QList<double> similarities(variantCount, 0);
    QList<int> similarityPairs(variantCount, 0);
    QList<double> stdevs(variantCount, 0);
    QList<int> stdevCases(variantCount, 0);
    for (const auto &[slot, done] : repeats) {
        if (done.size() < 2) {
            continue;
        }
        VariantSummary &column = summary.variants[slot.second];
        const bool anyPassed = std::ranges::any_of(done, [](const ExperimentCell *c) { return c->passed == true; });
        const bool anyFailed = std::ranges::any_of(done, [](const ExperimentCell *c) { return c->passed == false; });
        if (anyPassed && anyFailed) {
            ++column.flakyCases;
        }
        for (qsizetype i = 0; i < done.size(); ++i) {
            for (qsizetype j = i + 1; j < done.size(); ++j) {
                similarities[slot.second] += Checks::rougeL(done.at(i)->text, done.at(j)->text);
                ++similarityPairs[slot.second];
            }
        }
        QList<qint64> latencies;
        for (const ExperimentCell *cell : done) {
            if (cell->durationMs) {
                latencies.append(*cell->durationMs);
            }
        }
        if (latencies.size() >= 2) {
            stdevs[slot.second] += standardDeviation(latencies);
            ++stdevCases[slot.second];
        }
    }

    for (qsizetype v = 0; v < variantCount; ++v) {
        VariantSummary &column = summary.variants[v];
        QList<qint64> &ms = durations[v];
        if (!ms.isEmpty()) {
            std::ranges::sort(ms);
            qint64 sum = 0;
            for (const qint64 m : ms) {
                sum += m;
            }
            column.meanMs = sum / ms.size();
            column.p50Ms = percentile(ms, 50);
            column.p95Ms = percentile(ms, 95);
        }
        if (const QList<qint64> &first = firstTokens.at(v); !first.isEmpty()) {
            qint64 sum = 0;
            for (const qint64 m : first) {
                sum += m;
            }
            column.meanFirstTokenMs = sum / first.size();
        }
        const qsizetype vi = v;
        if (similarityPairs.at(vi) > 0) {
            column.repeatSimilarity = similarities.at(vi) / similarityPairs.at(vi);
        }
        if (stdevCases.at(vi) > 0) {
            column.latencyStdevMs = std::llround(stdevs.at(vi) / stdevCases.at(vi));
        }
        summary.passed += column.passed;
        summary.failed += column.failed;
        summary.errors += column.errors;
        summary.refused += column.refused;
        summary.skipped += column.skipped;
        summary.pending += column.pending;
        summary.costNanos += column.costNanos;
        summary.judgeCostNanos += column.judgeCostNanos;
        summary.unknownCosts += column.unknownCosts;
    }
    return summary;
}

QList<CellChange> ExperimentSummary::changes(const QList<ExperimentCell> &before, const QList<ExperimentCell> &after)
{
    struct Count {
        int passed = 0;
        int judged = 0;
    };
    const auto count = [](const QList<ExperimentCell> &cells) {
        std::map<Slot, Count> counts;
        for (const ExperimentCell &cell : cells) {
            if (cell.status == ExperimentCell::Status::Done && cell.passed) {
                Count &c = counts[{cell.key.caseIndex, cell.key.variantIndex}];
                ++c.judged;
                c.passed += *cell.passed ? 1 : 0;
            }
        }
        return counts;
    };
    const std::map<Slot, Count> earlier = count(before);
    const std::map<Slot, Count> now = count(after);
    QList<CellChange> list;
    for (const auto &[slot, counted] : now) {
        const auto was = earlier.find(slot);
        if (was == earlier.end() || was->second.passed == counted.passed) {
            continue;
        }
        list.append({slot.first, slot.second, was->second.passed, counted.passed, counted.judged});
    }
    return list;
}

} // namespace Quorum
