// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "experiment/experimentreport.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QJsonValue usd(std::optional<qint64> nanos)
{
    return nanos ? QJsonValue(usdFromNanos(*nanos)) : QJsonValue();
}

QJsonValue number(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r')) {
        return text;
    }
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString optionalText(std::optional<qint64> value)
{
    return value ? QString::number(*value) : QString();
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODate);
}
} // namespace

ExperimentReport::ExperimentReport(Experiment experiment, ExperimentRunRecord run, QList<ExperimentCell> cells)
    : m_experiment(std::move(experiment))
    , m_run(std::move(run))
    , m_cells(std::move(cells))
    , m_summary(ExperimentSummary::of(m_experiment, m_cells))
{
    std::ranges::sort(m_cells, {}, &ExperimentCell::key);
}

QString ExperimentReport::passRateText(const VariantSummary &s)
{
    return s.passRate() ? u"%1/%2 (%3%)"_s.arg(s.passed).arg(s.checked).arg(qRound(*s.passRate() * 100)) : u"–"_s;
}

QString ExperimentReport::acrossRepeatsText(const VariantSummary &s)
{
    return s.repeatSimilarity ? tr("%n flaky case(s), answers %1% alike, ±%2", nullptr, s.flakyCases)
                                    .arg(qRound(*s.repeatSimilarity * 100))
                                    .arg(duration(s.latencyStdevMs))
                              : u"–"_s;
}

QString ExperimentReport::duration(std::optional<qint64> ms)
{
    if (!ms) {
        return u"–"_s;
    }
    return *ms < 1000 ? tr("%1 ms").arg(*ms) : tr("%1 s").arg(double(*ms) / 1000.0, 0, 'f', 1);
}

void ExperimentReport::setBaseline(qint64 runId, const ExperimentSummary &before)
{
    m_baselineRun = runId;
    m_baseline = before;
}

const VariantSummary *ExperimentReport::baselineOf(const QString &name) const
{
    if (m_baselineRun == 0) {
        return nullptr;
    }
    const auto found
        = std::ranges::find_if(m_baseline.variants, [&name](const VariantSummary &v) { return v.name == name; });
    return found == m_baseline.variants.cend() ? nullptr : &*found;
}

QString ExperimentReport::versus(const VariantSummary &before, const VariantSummary &now)
{
    const auto rate
        = [](const VariantSummary &s) { return s.passRate() ? u"%1%"_s.arg(qRound(*s.passRate() * 100)) : u"–"_s; };
    return tr("passed %1 → %2, p50 %3 → %4, cost %5 → %6")
        .arg(rate(before),
            rate(now),
            duration(before.p50Ms),
            duration(now.p50Ms),
            formatCost(before.costNanos),
            formatCost(now.costNanos));
}

QString ExperimentReport::variantName(int index) const
{
    const ExperimentVariant &variant = m_experiment.variants.at(index);
    return variant.name.isEmpty() ? variant.target.label() : variant.name;
}

QString ExperimentReport::caseName(int index) const
{
    return tr("case %1").arg(index + 1);
}

QJsonObject ExperimentReport::cellJson(const ExperimentCell &cell) const
{
    QJsonArray checks;
    for (const CheckOutcome &check : cell.checks) {
        checks.append(QJsonObject {{u"type"_s, check.type}, {u"passed"_s, check.passed}, {u"detail"_s, check.detail}});
    }
    const bool known = cell.key.variantIndex >= 0 && cell.key.variantIndex < m_experiment.variants.size();
    QJsonObject json {
        {u"type"_s, u"cell"_s},
        {u"run"_s, m_run.id},
        {u"case"_s, cell.key.caseIndex + 1},
        {u"variant"_s, known ? variantName(cell.key.variantIndex) : QString()},
        {u"target"_s, known ? m_experiment.variants.at(cell.key.variantIndex).target.label() : QString()},
        {u"repeat"_s, cell.key.repeat + 1},
        {u"status"_s, ExperimentCell::statusName(cell.status)},
        {u"passed"_s, cell.passed ? QJsonValue(*cell.passed) : QJsonValue()},
        {u"checks"_s, checks},
        {u"text"_s, cell.text},
        {u"input_tokens"_s, number(cell.inputTokens)},
        {u"output_tokens"_s, number(cell.outputTokens)},
        {u"ttft_ms"_s, number(cell.ttftMs)},
        {u"duration_ms"_s, number(cell.durationMs)},
        {u"cost_usd"_s, usd(cell.costNanos)},
        {u"judge_cost_usd"_s, usd(cell.judgeCostNanos)},
        {u"response_id"_s, number(cell.responseId)},
        {u"conversation_id"_s, cell.conversationId > 0 ? QJsonValue(cell.conversationId) : QJsonValue()},
    };
    if (!cell.message.isEmpty()) {
        json.insert(u"message"_s, cell.message);
    }
    if (cell.key.caseIndex >= 0 && cell.key.caseIndex < m_experiment.cases.size()) {
        QJsonObject vars;
        const ExperimentCase &row = m_experiment.cases.at(cell.key.caseIndex);
        for (auto it = row.variables.cbegin(); it != row.variables.cend(); ++it) {
            vars.insert(it.key(), it.value());
        }
        json.insert(u"vars"_s, vars);
    }
    return json;
}

QJsonObject ExperimentReport::summaryJson(const QList<CellChange> &changes) const
{
    QJsonArray variants;
    for (qsizetype v = 0; v < m_summary.variants.size(); ++v) {
        const VariantSummary &s = m_summary.variants.at(v);
        variants.append(QJsonObject {
            {u"name"_s, s.name},
            {u"target"_s, m_experiment.variants.at(v).target.label()},
            {u"cells"_s, s.cells},
            {u"answered"_s, s.answered},
            {u"checked"_s, s.checked},
            {u"passed"_s, s.passed},
            {u"failed"_s, s.failed},
            {u"errors"_s, s.errors},
            {u"refused"_s, s.refused},
            {u"skipped"_s, s.skipped},
            {u"pending"_s, s.pending},
            {u"pass_rate"_s, s.passRate() ? QJsonValue(*s.passRate()) : QJsonValue()},
            {u"mean_ms"_s, number(s.meanMs)},
            {u"p50_ms"_s, number(s.p50Ms)},
            {u"p95_ms"_s, number(s.p95Ms)},
            {u"mean_ttft_ms"_s, number(s.meanFirstTokenMs)},
            {u"cost_usd"_s, usdFromNanos(s.costNanos)},
            {u"judge_cost_usd"_s, usdFromNanos(s.judgeCostNanos)},
            {u"unknown_costs"_s, s.unknownCosts},
            {u"flaky_cases"_s, s.flakyCases},
            {u"repeat_similarity"_s, s.repeatSimilarity ? QJsonValue(*s.repeatSimilarity) : QJsonValue()},
            {u"latency_stdev_ms"_s, number(s.latencyStdevMs)},
        });
        if (const VariantSummary *before = baselineOf(s.name)) {
            QJsonObject object = variants.last().toObject();
            object.insert(u"before"_s,
                QJsonObject {{u"passed"_s, before->passed},
                    {u"checked"_s, before->checked},
                    {u"pass_rate"_s, before->passRate() ? QJsonValue(*before->passRate()) : QJsonValue()},
                    {u"p50_ms"_s, number(before->p50Ms)},
                    {u"cost_usd"_s, usdFromNanos(before->costNanos)}});
            variants.replace(variants.size() - 1, object);
        }
    }
    QJsonArray changed;
    for (const CellChange &change : changes) {
        changed.append(QJsonObject {
            {u"case"_s, change.caseIndex + 1},
            {u"variant"_s,
                change.variantIndex < m_experiment.variants.size() ? variantName(change.variantIndex) : QString()},
            {u"passed_before"_s, change.passedBefore},
            {u"passed_now"_s, change.passedNow},
            {u"repeats"_s, change.repeats},
            {u"better"_s, change.better()},
        });
    }
    return {
        {u"type"_s, u"summary"_s},
        {u"run"_s, m_run.id},
        {u"experiment"_s, m_experiment.name},
        {u"status"_s, ExperimentRunRecord::statusName(m_run.status)},
        {u"succeeded"_s, m_summary.succeeded()},
        {u"cells"_s, m_summary.cells},
        {u"passed"_s, m_summary.passed},
        {u"failed"_s, m_summary.failed},
        {u"errors"_s, m_summary.errors},
        {u"refused"_s, m_summary.refused},
        {u"skipped"_s, m_summary.skipped},
        {u"pending"_s, m_summary.pending},
        {u"cost_usd"_s, usdFromNanos(m_summary.costNanos)},
        {u"judge_cost_usd"_s, usdFromNanos(m_summary.judgeCostNanos)},
        {u"unknown_costs"_s, m_summary.unknownCosts},
        {u"max_cost_usd"_s, usd(m_run.maxCostNanos)},
        {u"worst_case_usd"_s, usd(m_run.estimateNanos)},
        {u"variants"_s, variants},
        {u"changes"_s, changed},
        {u"changes_since_run"_s, m_baselineRun > 0 ? QJsonValue(m_baselineRun) : QJsonValue()},
    };
}

QByteArray ExperimentReport::json(const QList<CellChange> &changes) const
{
    QJsonArray cells;
    for (const ExperimentCell &cell : m_cells) {
        cells.append(cellJson(cell));
    }
    const QJsonObject root {
        {u"quorum_experiment_run"_s, formatVersion},
        {u"experiment"_s, QJsonDocument::fromJson(ExperimentFile::write(m_experiment)).object()},
        {u"run"_s,
            QJsonObject {{u"id"_s, m_run.id},
                {u"status"_s, ExperimentRunRecord::statusName(m_run.status)},
                {u"started_at"_s, timeText(m_run.startedAt)},
                {u"ended_at"_s, m_run.endedAt ? QJsonValue(timeText(*m_run.endedAt)) : QJsonValue()}}},
        {u"cells"_s, cells},
        {u"summary"_s, summaryJson(changes)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ExperimentReport::csv() const
{
    QStringList variables;
    for (const ExperimentCase &row : m_experiment.cases) {
        for (auto it = row.variables.cbegin(); it != row.variables.cend(); ++it) {
            if (!variables.contains(it.key())) {
                variables.append(it.key());
            }
        }
    }
    std::ranges::sort(variables);
    QStringList header {u"case"_s};
    for (const QString &name : std::as_const(variables)) {
        header << csvField(name);
    }
    header << u"variant"_s << u"target"_s << u"repeat"_s << u"status"_s << u"passed"_s << u"failed_checks"_s
           << u"input_tokens"_s << u"output_tokens"_s << u"ttft_ms"_s << u"duration_ms"_s << u"cost_usd"_s
           << u"judge_cost_usd"_s << u"message"_s << u"answer"_s;
    QString out = header.join(u',') + u"\r\n"_s;
    for (const ExperimentCell &cell : m_cells) {
        if (cell.key.caseIndex >= m_experiment.cases.size() || cell.key.variantIndex >= m_experiment.variants.size()) {
            continue;
        }
        QStringList row {QString::number(cell.key.caseIndex + 1)};
        const ExperimentCase &source = m_experiment.cases.at(cell.key.caseIndex);
        for (const QString &name : std::as_const(variables)) {
            row << csvField(source.variables.value(name));
        }
        QStringList failed;
        for (const CheckOutcome &check : cell.checks) {
            if (!check.passed) {
                failed << check.type + u": "_s + check.detail;
            }
        }
        row << csvField(variantName(cell.key.variantIndex))
            << csvField(m_experiment.variants.at(cell.key.variantIndex).target.label())
            << QString::number(cell.key.repeat + 1) << ExperimentCell::statusName(cell.status)
            << (cell.passed ? (*cell.passed ? u"true"_s : u"false"_s) : QString()) << csvField(failed.join(u"; "_s))
            << optionalText(cell.inputTokens) << optionalText(cell.outputTokens) << optionalText(cell.ttftMs)
            << optionalText(cell.durationMs) << (cell.costNanos ? formatUsdNanos(*cell.costNanos) : QString())
            << (cell.judgeCostNanos ? formatUsdNanos(*cell.judgeCostNanos) : QString()) << csvField(cell.message)
            << csvField(cell.text);
        out += row.join(u',') + u"\r\n"_s;
    }
    return out;
}

QString ExperimentReport::html(const QList<CellChange> &changes) const
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString page;
    page += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            "<meta name=\"generator\" content=\"Quorum\"><title>"_s
        + esc(m_experiment.name) + u"</title>\n<style>\n"_s
        + uR"(:root{color-scheme:light dark;--bg:#fff;--fg:#1d1d1f;--muted:#6e6e73;--line:#d2d2d7;--head:#f2f2f5;--pass:#1a7f37;--fail:#c62828;--warn:#9a6700}
@media (prefers-color-scheme:dark){:root{--bg:#1c1c1e;--fg:#f2f2f7;--muted:#a1a1a6;--line:#3a3a3c;--head:#2c2c2e;--pass:#3fb950;--fail:#ff6b6b;--warn:#d29922}}
body{background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,sans-serif;margin:2em}
h1{font-size:1.5em;margin:0 0 .2em}.meta{color:var(--muted);margin-bottom:1.5em}
table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid var(--line);padding:.4em .6em;vertical-align:top;text-align:left}
th{background:var(--head)}td.num{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:var(--pass);font-weight:600}.fail{color:var(--fail);font-weight:600}.other{color:var(--warn);font-weight:600}
.rep{border-top:1px dashed var(--line);padding-top:.3em;margin-top:.3em}.rep:first-child{border:0;margin:0;padding:0}
.fig{color:var(--muted);font-size:.9em}details pre{white-space:pre-wrap;max-width:40em;font-size:.9em}
ul.checks{margin:.2em 0;padding-left:1.2em;font-size:.9em}
)"_s + u"</style></head><body>\n"_s;
    page += u"<h1>"_s + esc(m_experiment.name) + u"</h1>\n<div class=\"meta\">"_s
        + esc(tr("Run %1 · %2 · started %3 · %4 cells (%5 variants × %6 cases × %7 repeats)")
                .arg(m_run.id)
                .arg(ExperimentRunRecord::statusName(m_run.status), timeText(m_run.startedAt))
                .arg(m_summary.cells)
                .arg(m_experiment.variants.size())
                .arg(m_experiment.cases.size())
                .arg(m_experiment.repeat))
        + u"<br>"_s
        + esc(tr("Passed %1, failed %2, errors %3, refused %4, skipped %5 · cost %6 (judges %7)")
                .arg(m_summary.passed)
                .arg(m_summary.failed)
                .arg(m_summary.errors)
                .arg(m_summary.refused)
                .arg(m_summary.skipped)
                .arg(formatCost(m_summary.costNanos), formatCost(m_summary.judgeCostNanos)))
        + u"<br>"_s + esc(tr("Prompt: %1").arg(m_experiment.prompt)) + u"</div>\n"_s;

    // Per column.
    page += u"<h2>"_s + esc(tr("Variants")) + u"</h2>\n<table><tr><th>"_s + esc(tr("Variant")) + u"</th><th>"_s
        + esc(tr("Target")) + u"</th><th>"_s + esc(tr("Pass rate")) + u"</th><th>"_s + esc(tr("Mean")) + u"</th><th>"_s
        + esc(tr("p50")) + u"</th><th>"_s + esc(tr("p95")) + u"</th><th>"_s + esc(tr("First token")) + u"</th><th>"_s
        + esc(tr("Cost")) + u"</th><th>"_s + esc(tr("Across repeats")) + u"</th></tr>\n"_s;
    for (qsizetype v = 0; v < m_summary.variants.size(); ++v) {
        const VariantSummary &s = m_summary.variants.at(v);
        const QString rate = passRateText(s);
        const QString variance = acrossRepeatsText(s);
        page += u"<tr><td>"_s + esc(s.name) + u"</td><td>"_s + esc(m_experiment.variants.at(v).target.label())
            + u"</td><td class=\"num\">"_s + rate + u"</td><td class=\"num\">"_s + ExperimentReport::duration(s.meanMs)
            + u"</td><td class=\"num\">"_s + ExperimentReport::duration(s.p50Ms) + u"</td><td class=\"num\">"_s
            + ExperimentReport::duration(s.p95Ms) + u"</td><td class=\"num\">"_s
            + ExperimentReport::duration(s.meanFirstTokenMs) + u"</td><td class=\"num\">"_s
            + esc(formatCost(s.costNanos)) + u"</td><td>"_s + esc(variance) + u"</td></tr>\n"_s;
    }
    page += u"</table>\n"_s;

    if (m_baselineRun > 0) {
        page += u"<h2>"_s + esc(tr("Since run %1").arg(m_baselineRun)) + u"</h2>\n<ul>\n"_s;
        for (const VariantSummary &s : m_summary.variants) {
            if (const VariantSummary *before = baselineOf(s.name)) {
                page += u"<li>"_s + esc(s.name) + u": "_s + esc(versus(*before, s)) + u"</li>\n"_s;
            }
        }
        page += u"</ul>\n"_s;
    }
    if (!changes.isEmpty()) {
        page += u"<h2>"_s
            + esc(m_baselineRun > 0 ? tr("Cells that changed since run %1").arg(m_baselineRun)
                                    : tr("Since the run before"))
            + u"</h2>\n<ul>\n"_s;
        for (const CellChange &change : changes) {
            page += u"<li class=\""_s + (change.better() ? u"pass"_s : u"fail"_s) + u"\">"_s
                + esc(tr("%1, %2: %3 of %4 passed, %5 before")
                        .arg(caseName(change.caseIndex), variantName(change.variantIndex))
                        .arg(change.passedNow)
                        .arg(change.repeats)
                        .arg(change.passedBefore))
                + u"</li>\n"_s;
        }
        page += u"</ul>\n"_s;
    }

    // The grid.
    QMap<std::pair<int, int>, QList<const ExperimentCell *>> grid;
    for (const ExperimentCell &cell : m_cells) {
        grid[{cell.key.caseIndex, cell.key.variantIndex}].append(&cell);
    }
    page += u"<h2>"_s + esc(tr("Cells")) + u"</h2>\n<table><tr><th>"_s + esc(tr("Case")) + u"</th>"_s;
    for (qsizetype v = 0; v < m_experiment.variants.size(); ++v) {
        page += u"<th>"_s + esc(variantName(static_cast<int>(v))) + u"</th>"_s;
    }
    page += u"</tr>\n"_s;
    for (int c = 0; c < m_experiment.cases.size(); ++c) {
        const ExperimentCase &row = m_experiment.cases.at(c);
        QStringList vars;
        for (auto it = row.variables.cbegin(); it != row.variables.cend(); ++it) {
            vars << it.key() + u" = "_s + it.value();
        }
        std::ranges::sort(vars);
        page += u"<tr><th>"_s + esc(caseName(c)) + u"<div class=\"fig\">"_s + esc(vars.join(u", "_s)).left(2000)
            + u"</div></th>"_s;
        for (int v = 0; v < m_experiment.variants.size(); ++v) {
            page += u"<td>"_s;
            for (const ExperimentCell *cell : grid.value({c, v})) {
                QString verdict;
                QString css = u"other"_s;
                if (cell->status == ExperimentCell::Status::Done) {
                    if (cell->passed) {
                        verdict = *cell->passed ? tr("pass") : tr("fail");
                        css = *cell->passed ? u"pass"_s : u"fail"_s;
                    } else {
                        verdict = tr("answered");
                        css = u"pass"_s;
                    }
                } else {
                    verdict = ExperimentCell::statusName(cell->status);
                }
                page += u"<div class=\"rep\"><span class=\""_s + css + u"\">"_s + esc(verdict)
                    + u"</span> <span class=\"fig\">"_s
                    + esc(tr("#%1 · %2 · %3 tokens · %4")
                            .arg(cell->key.repeat + 1)
                            .arg(ExperimentReport::duration(cell->durationMs))
                            .arg(cell->outputTokens ? QString::number(*cell->outputTokens) : u"?"_s)
                            .arg(cell->totalCostNanos() ? formatCost(*cell->totalCostNanos()) : u"?"_s))
                    + u"</span>"_s;
                if (!cell->message.isEmpty()) {
                    page += u"<div class=\"fig\">"_s + esc(cell->message) + u"</div>"_s;
                }
                if (!cell->checks.isEmpty()) {
                    page += u"<ul class=\"checks\">"_s;
                    for (const CheckOutcome &check : cell->checks) {
                        page += u"<li class=\""_s + (check.passed ? u"pass"_s : u"fail"_s) + u"\">"_s + esc(check.type)
                            + u" <span class=\"fig\">"_s + esc(check.detail) + u"</span></li>"_s;
                    }
                    page += u"</ul>"_s;
                }
                if (!cell->text.isEmpty()) {
                    page += u"<details><summary>"_s + esc(tr("Answer")) + u"</summary><pre>"_s + esc(cell->text)
                        + u"</pre></details>"_s;
                }
                page += u"</div>"_s;
            }
            page += u"</td>"_s;
        }
        page += u"</tr>\n"_s;
    }
    page += u"</table>\n</body></html>\n"_s;
    return page;
}

} // namespace Quorum
