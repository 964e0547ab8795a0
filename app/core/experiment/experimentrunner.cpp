// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "experiment/experimentrunner.h"

#include <cmath>

#include <QDateTime>
#include <QDir>
#include <QLockFile>
#include <QTimer>

#include "chat/chatsession.h"
#include "chat/dispatcher.h"
#include "experiment/checks.h"
#include "judge/judgeprompt.h"
#include "pricing/cost.h"
#include "providers/providerconfig.h"
#include "secrets/keyresolver.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/experimentstore.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

struct ExperimentRunner::Resolved {
    ChatTarget target; //!< with its variant's parameters, as it is sent
    std::optional<ProviderAccount> account;
    QString refused; //!< why its cells cannot be sent (empty: they can)
};

struct ExperimentRunner::CaseState {
    ChatSession *session = nullptr;
    qint64 turnId = 0; //!< the case's turn, once its first cell was sent
    QString prompt;
    RouteDecision decision;
    int open = 0; //!< its cells of this run that have not ended
};

namespace
{
//! The checks of a cell of \a row: the experiment's, then the case's own.
QList<ExperimentCheck> checksOf(const Experiment &experiment, const ExperimentCase &row)
{
    return experiment.checks + row.checks;
}

//! Every cell of \a experiment in grid order: by case, then variant, then repeat.
template<typename Visit> void forEachCell(const Experiment &experiment, Visit visit)
{
    for (int c = 0; c < experiment.cases.size(); ++c) {
        for (int v = 0; v < experiment.variants.size(); ++v) {
            for (int r = 0; r < experiment.repeat; ++r) {
                visit(CellKey {c, v, r});
            }
        }
    }
}
} // namespace

ExperimentRunner::ExperimentRunner(const AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_dispatcher(new Dispatcher(services, Dispatcher::Governance::FollowRules, this))
{
    if (m_services.database) {
        m_store = std::make_unique<ExperimentStore>(*m_services.database);
    }
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(heartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, [this] {
        if (m_store && m_runId != 0) {
            (void)m_store->heartbeat(m_runId); // a missed beat only delays noticing a kill
        }
    });
}

ExperimentRunner::~ExperimentRunner()
{
    if (isRunning()) {
        stop();
    }
    qDeleteAll(m_cases);
}

QByteArray ExperimentRunner::definitionOf(const Experiment &experiment)
{
    return ExperimentFile::write(experiment);
}

ChatTarget ExperimentRunner::targetFor(const Resolved &variant, const ExperimentCase &row)
{
    ChatTarget target = variant.target;
    if (target.parameters.system) { // a persona's or a variant's {{variables}}, from this case
        target.parameters.system = Checks::fill(*target.parameters.system, row.variables);
    }
    return target;
}

QList<ExperimentRunner::Resolved> ExperimentRunner::resolveVariants(const Experiment &experiment) const
{
    QList<Resolved> list;
    for (const ExperimentVariant &variant : experiment.variants) {
        Resolved resolved;
        resolved.target = variant.target;
        resolved.account = m_services.providers ? m_services.providers->find(variant.target.accountId) : std::nullopt;
        if (!resolved.account) {
            resolved.refused = tr("There is no provider account '%1'.").arg(variant.target.accountId);
            list.append(resolved);
            continue;
        }
        const auto withVariant = m_dispatcher->withVariant(variant.target);
        if (!withVariant) {
            resolved.refused = withVariant.error();
            list.append(resolved);
            continue;
        }
        resolved.target = *withVariant;
        if (const QStringList problems = m_dispatcher->session().parameterProblems(resolved.target);
            !problems.isEmpty()) {
            resolved.refused = problems.join(u'\n');
        }
        // Two columns of one model are told apart wherever their answers are shown by the
        // column's name (the compare view titles an answer "model #name").
        if (!variant.name.isEmpty() && variant.name != variant.target.label()) {
            resolved.target.variant = variant.name;
        }
        list.append(resolved);
    }
    return list;
}

std::optional<qint64> ExperimentRunner::worstCase(
    const Experiment &experiment, const Resolved &variant, const ExperimentCase &row) const
{
    if (!variant.account) {
        return 0;
    }
    const GenerationParameters &parameters = variant.target.parameters;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Pricing &pricing = m_dispatcher->session().pricing();
    const QString system = parameters.system.value_or(experiment.system.value_or(QString()));
    const qint64 promptCharacters = experiment.promptFor(row).size() + system.size();
    const qint64 budget = parameters.budgetTokens().value_or(0);
    // A thinking budget is paid as output; without max_tokens a model may write anything,
    // and the assumed limit is documented (docs/experiments.md, "Costs").
    const qint64 outputTokens
        = parameters.maxTokens ? std::max<qint64>(*parameters.maxTokens, budget) : assumedMaxOutputTokens + budget;
    const auto price = pricing.priceFor(*variant.account, variant.target.model, {}, now);
    std::optional<qint64> worst
        = CostCalculator::estimate(promptCharacters, outputTokens * CostCalculator::charactersPerToken, price).nanos;
    if (!worst) {
        return std::nullopt;
    }
    for (const ExperimentCheck &check : checksOf(experiment, row)) {
        if (check.type != ExperimentCheck::Type::Judge) {
            continue;
        }
        const auto judge = ChatTarget::parse(check.judge.isEmpty() ? experiment.judge : check.judge);
        const auto account
            = judge && m_services.providers ? m_services.providers->find(judge->accountId) : std::nullopt;
        if (!account) {
            return std::nullopt;
        }
        const qint64 judgeInput = promptCharacters + outputTokens * CostCalculator::charactersPerToken
            + check.value.size() + judgeInstructionCharacters;
        const auto judged = CostCalculator::estimate(judgeInput,
            qint64(judgeReplyTokens) * CostCalculator::charactersPerToken,
            pricing.priceFor(*account, judge->model, {}, now))
                                .nanos;
        if (!judged) {
            return std::nullopt;
        }
        *worst += *judged;
    }
    return worst;
}

ExperimentPlan ExperimentRunner::plan(
    const Experiment &given, const Options &options, const QList<ExperimentCell> &kept) const
{
    ExperimentPlan plan;
    if (!m_store) {
        plan.problems << tr("Experiments are kept in the database: run them with a data directory that has one.");
        return plan;
    }
    // What the prompt library's texts would make of it (costs and checks see those words).
    Experiment experiment = given;
    if (auto resolved = ExperimentFile::resolveLibrary(experiment, m_services.database); !resolved) {
        plan.problems << resolved.error();
        return plan;
    }
    if (experiment.name.trimmed().isEmpty()) {
        plan.problems << tr("The experiment has no name.");
    }
    if (experiment.cellCount() == 0) {
        plan.problems << tr("The experiment has no cells: it needs a variant and a case.");
    }
    const QList<Resolved> variants = resolveVariants(experiment);
    for (qsizetype v = 0; v < variants.size(); ++v) {
        if (!variants.at(v).refused.isEmpty()) {
            plan.refusedVariants.insert(static_cast<int>(v), variants.at(v).refused);
        }
    }
    // Every judge a check names must be an account of this Quorum with a price, like the columns.
    QStringList judges;
    for (const ExperimentCase &row : experiment.cases) {
        for (const ExperimentCheck &check : checksOf(experiment, row)) {
            if (check.type != ExperimentCheck::Type::Judge) {
                continue;
            }
            const QString name = check.judge.isEmpty() ? experiment.judge : check.judge;
            if (name.isEmpty()) {
                plan.problems << tr("A judge check needs a judge: set \"judge\" in the experiment or in the check.");
                break;
            }
            if (!judges.contains(name)) {
                judges << name;
            }
        }
    }
    plan.problems.removeDuplicates();
    for (const QString &name : std::as_const(judges)) {
        const auto target = ChatTarget::parse(name);
        const auto account
            = target && m_services.providers ? m_services.providers->find(target->accountId) : std::nullopt;
        if (!account) {
            plan.problems << tr("The judge '%1' is not a provider account and model of this Quorum.").arg(name);
        } else if (!m_dispatcher->session().pricing().priceFor(
                       *account, target->model, {}, QDateTime::currentMSecsSinceEpoch())) {
            plan.unpriced << name;
        }
    }

    QHash<CellKey, const ExperimentCell *> done;
    for (const ExperimentCell &cell : kept) {
        if (cell.status == ExperimentCell::Status::Done) {
            done.insert(cell.key, &cell);
            plan.spentNanos += cell.totalCostNanos().value_or(0);
        }
    }
    plan.doneCells = done.size();
    // A rule that blocks a case's prompt, or keeps it from an account, refuses those cells.
    QList<ChatTarget> targets;
    for (const Resolved &variant : variants) {
        targets.append(variant.target);
    }
    qint64 worst = 0;
    bool priced = true;
    for (int c = 0; c < experiment.cases.size(); ++c) {
        const ExperimentCase &row = experiment.cases.at(c);
        const RouteDecision decision = m_dispatcher->decide(experiment.promptFor(row), targets, false);
        for (int v = 0; v < variants.size(); ++v) {
            const Resolved &variant = variants.at(v);
            const bool sendable = variant.refused.isEmpty() && !decision.blocked
                && !decision.excluded.contains(variant.target.modelLabel());
            std::optional<qint64> cellWorst;
            if (sendable) {
                cellWorst = worstCase(experiment, variant, row);
                if (!cellWorst && !plan.unpriced.contains(variant.target.modelLabel())
                    && !m_dispatcher->session().pricing().priceFor(
                        *variant.account, variant.target.model, {}, QDateTime::currentMSecsSinceEpoch())) {
                    plan.unpriced << variant.target.modelLabel();
                }
            }
            for (int r = 0; r < experiment.repeat; ++r) {
                if (done.contains(CellKey {c, v, r})) {
                    continue;
                }
                ++plan.cells;
                if (!sendable) {
                    continue;
                }
                ++plan.asked;
                if (cellWorst) {
                    worst += *cellWorst;
                } else {
                    priced = false;
                }
            }
        }
    }
    if (priced && plan.unpriced.isEmpty()) {
        plan.worstCaseNanos = worst;
    }
    const std::optional<qint64> limit = options.maxCostNanos ? options.maxCostNanos
        : experiment.maxCostUsd ? std::optional<qint64>(nanosFromUsd(*experiment.maxCostUsd))
                                : std::nullopt;
    if (limit && !plan.unpriced.isEmpty()) {
        plan.problems << tr("A cost limit cannot be kept without prices: %1 has none (set one with quorum "
                            "prices set, or run without a limit).")
                             .arg(plan.unpriced.join(u", "_s));
    }
    return plan;
}

std::expected<qint64, QString> ExperimentRunner::start(const Experiment &given, const Options &options)
{
    if (isRunning()) {
        return std::unexpected(tr("A run is going on; stop it first."));
    }
    // The library's texts at their versions now, pinned in the run's definition.
    Experiment experiment = given;
    if (auto resolved = ExperimentFile::resolveLibrary(experiment, m_services.database); !resolved) {
        return std::unexpected(resolved.error());
    }
    const ExperimentPlan planned = plan(experiment, options);
    if (!planned.problems.isEmpty()) {
        return std::unexpected(planned.problems.join(u'\n'));
    }
    const QByteArray definition = definitionOf(experiment);
    const auto saved = m_store->save(experiment.name, definition);
    if (!saved) {
        return std::unexpected(saved.error().message);
    }
    m_experiment = experiment;
    m_options = options;
    const auto run = m_store->startRun(saved->id, definition, m_options.maxCostNanos, planned.worstCaseNanos);
    if (!run) {
        return std::unexpected(run.error().message);
    }
    m_plan = planned;
    return begin(run->id, {});
}

std::expected<qint64, QString> ExperimentRunner::resume(qint64 runId, const Options &options)
{
    if (isRunning()) {
        return std::unexpected(tr("A run is going on; stop it first."));
    }
    if (!m_store) {
        return std::unexpected(
            tr("Experiments are kept in the database: run them with a data directory that has one."));
    }
    const auto run = m_store->run(runId);
    if (!run) {
        return std::unexpected(run.error().message);
    }
    if (isAlive(*run)) {
        return std::unexpected(tr("Run %1 is going on in another Quorum.").arg(runId));
    }
    auto experiment = ExperimentFile::read(run->definition, QString());
    if (!experiment) {
        return std::unexpected(tr("Run %1 cannot be read: %2").arg(runId).arg(experiment.error()));
    }
    if (auto resolved = ExperimentFile::resolveLibrary(*experiment, m_services.database); !resolved) {
        return std::unexpected(tr("Run %1 cannot be read: %2").arg(runId).arg(resolved.error()));
    }
    const auto stored = m_store->cells(runId);
    if (!stored) {
        return std::unexpected(stored.error().message);
    }
    Options resumed = options;
    if (!resumed.maxCostNanos) {
        resumed.maxCostNanos = run->maxCostNanos;
    }
    const ExperimentPlan planned = plan(*experiment, resumed, *stored);
    if (!planned.problems.isEmpty()) {
        return std::unexpected(planned.problems.join(u'\n'));
    }
    if (const auto running = m_store->setRunStatus(runId, ExperimentRunRecord::Status::Running); !running) {
        return std::unexpected(running.error().message);
    }
    m_experiment = *experiment;
    m_options = resumed;
    m_plan = planned;
    return begin(runId, *stored);
}

std::optional<ExperimentRunRecord> ExperimentRunner::resumable(const QString &name, const QByteArray &definition) const
{
    if (!m_store) {
        return std::nullopt;
    }
    const auto experiment = m_store->experiment(name);
    if (!experiment) {
        return std::nullopt;
    }
    const auto runs = m_store->runs(experiment->id);
    if (!runs || runs->isEmpty()) {
        return std::nullopt;
    }
    const ExperimentRunRecord &latest = runs->constFirst();
    if (latest.status == ExperimentRunRecord::Status::Done || latest.definition != definition || isAlive(latest)) {
        return std::nullopt;
    }
    return latest;
}

bool ExperimentRunner::isAlive(const ExperimentRunRecord &run) const
{
    if (run.status != ExperimentRunRecord::Status::Running) {
        return false;
    }
    if (run.id == m_runId && isRunning()) {
        return true;
    }
    if (m_services.dataDir.isEmpty()) {
        // No lock to ask: a run that beat recently is taken to be alive.
        return QDateTime::currentMSecsSinceEpoch() - run.heartbeatAt < 3 * heartbeatMs;
    }
    // The lock file names the process that holds it: a killed one's lock is stale at once.
    QLockFile lock(QDir(m_services.dataDir).filePath(u"experiment-runs/%1.lock"_s.arg(run.id)));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return false;
    }
    return lock.error() == QLockFile::LockFailedError;
}

std::expected<qint64, QString> ExperimentRunner::begin(qint64 runId, const QList<ExperimentCell> &stored)
{
    qDeleteAll(m_cases);
    m_cases.clear();
    m_cells.clear();
    m_reserved.clear();
    m_reservedTotal = 0;
    m_byResponse.clear();
    m_judges.clear();
    m_judgesPending.clear();
    m_queues.clear();
    m_accounts.clear();
    m_running.clear();
    m_caseOpen.clear();
    m_worst.clear();
    m_spent = 0;
    m_stopping = false;
    m_finished = false;
    m_runId = runId;
    m_limit = m_options.maxCostNanos ? m_options.maxCostNanos
        : m_experiment.maxCostUsd    ? std::optional<qint64>(nanosFromUsd(*m_experiment.maxCostUsd))
                                     : std::nullopt;
    m_variants = resolveVariants(m_experiment);

    if (!m_services.dataDir.isEmpty()) {
        QDir(m_services.dataDir).mkpath(u"experiment-runs"_s);
        m_lock
            = std::make_unique<QLockFile>(QDir(m_services.dataDir).filePath(u"experiment-runs/%1.lock"_s.arg(runId)));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            m_runId = 0;
            return std::unexpected(tr("Run %1 is going on in another Quorum.").arg(runId));
        }
    }

    for (const ExperimentCell &cell : stored) {
        m_cells.insert(cell.key, cell);
    }
    QList<ProviderAccount> accounts;
    forEachCell(m_experiment, [&](const CellKey &key) {
        const auto found = m_cells.constFind(key);
        if (found != m_cells.cend() && found->status == ExperimentCell::Status::Done) {
            m_spent += found->totalCostNanos().value_or(0);
            return;
        }
        const Resolved &variant = m_variants.at(key.variantIndex);
        const QString account = variant.target.accountId;
        if (!m_queues.contains(account)) {
            m_accounts.append(account);
            if (variant.account) {
                accounts.append(*variant.account);
            }
        }
        m_queues[account].enqueue(key);
        ++m_caseOpen[key.caseIndex];
    });
    m_heartbeat->start();
    (void)m_store->heartbeat(runId);
    // The keys first (the keychain may be asked once per account), then the cells, from the
    // event loop: whoever started the run connects to its signals first.
    m_dispatcher->keys().resolve(accounts, this, [this, runId] {
        QMetaObject::invokeMethod(
            this,
            [this, runId] {
                if (m_runId == runId && !m_finished) {
                    pump();
                }
            },
            Qt::QueuedConnection);
    });
    return runId;
}

std::optional<qint64> ExperimentRunner::cellWorstCase(const CellKey &key)
{
    // The same for every repeat of a case and variant, and it reads prices: worked out once.
    const std::pair slot {key.caseIndex, key.variantIndex};
    if (const auto known = m_worst.constFind(slot); known != m_worst.cend()) {
        return *known;
    }
    const std::optional<qint64> worst
        = worstCase(m_experiment, m_variants.at(key.variantIndex), m_experiment.cases.at(key.caseIndex));
    m_worst.insert(slot, worst);
    return worst;
}

int ExperimentRunner::limitFor(const QString &accountId) const
{
    if (m_options.concurrency > 0) {
        return m_options.concurrency;
    }
    for (const Resolved &variant : m_variants) {
        if (variant.account && variant.account->id == accountId) {
            const int own = variant.account->effectiveMaxConcurrent();
            return own > 0 ? own : 4;
        }
    }
    return 4;
}

void ExperimentRunner::pump()
{
    if (m_stopping || m_finished) {
        return;
    }
    // A cell may end as soon as it starts (refused, skipped, already answered): it pumps
    // again, which only notes that the loop below must go round once more.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        for (const QString &account : std::as_const(m_accounts)) {
            QQueue<CellKey> &queue = m_queues[account];
            const int limit = limitFor(account);
            while (!queue.isEmpty() && m_running.value(account) < limit && !m_stopping) {
                // A cell that fits the cost limit only once running cells have ended (and
                // given back what was held for them) waits for them; one that cannot fit
                // even then is skipped by startCell.
                if (m_limit && !m_reserved.isEmpty()) {
                    const CellKey &next = queue.head();
                    const auto worst = cellWorstCase(next);
                    if (worst && m_spent + *worst <= *m_limit && m_spent + m_reservedTotal + *worst > *m_limit) {
                        break;
                    }
                }
                startCell(queue.dequeue());
            }
        }
    } while (m_pumpAgain && !m_stopping);
    m_pumping = false;
    finishIfIdle();
}

ExperimentRunner::CaseState *ExperimentRunner::caseState(int caseIndex)
{
    if (CaseState *existing = m_cases.value(caseIndex)) {
        return existing;
    }
    auto *state = new CaseState;
    const ExperimentCase &row = m_experiment.cases.at(caseIndex);
    state->prompt = m_experiment.promptFor(row);
    Dispatcher *dispatcher = m_dispatcher;
    state->session = new ChatSession(
        m_services.database,
        m_services.network,
        [dispatcher](const QString &id) { return dispatcher->account(id); },
        this);
    state->session->setStreamOptions(m_dispatcher->session().streamOptions());
    state->session->setSystemPrompt(Checks::fill(m_experiment.system.value_or(QString()), row.variables));
    state->session->setLibraryPrompt(m_experiment.libraryPromptRef); // the case's first answer; the others copy it
    state->session->setExperimentRun(
        m_runId, tr("%1 · case %2").arg(m_experiment.name).arg(row.line > 0 ? row.line : caseIndex + 1));
    if (const auto stored = m_store->caseTurn(m_runId, caseIndex); stored && *stored) {
        if (state->session->open((*stored)->first)) {
            state->turnId = (*stored)->second;
        }
    }
    QList<ChatTarget> targets;
    for (const Resolved &variant : std::as_const(m_variants)) {
        targets.append(targetFor(variant, row));
    }
    // Budget rules look at this month's spend, which the run itself raises: read again at
    // most once a second (a read takes a few milliseconds).
    if (const qint64 now = QDateTime::currentMSecsSinceEpoch(); now - m_routingReadAt >= 1000) {
        m_dispatcher->reloadRouting();
        m_routingReadAt = now;
    }
    state->decision = m_dispatcher->decide(state->prompt, targets, false);
    connect(state->session, &ChatSession::answerEnded, this, [this](const ResponseRecord &response) {
        onAnswerEnded(response);
    });
    connect(state->session, &ChatSession::storageFailed, this, [this](const StorageError &error) {
        Q_EMIT storageFailed(error.message);
    });
    m_cases.insert(caseIndex, state);
    return state;
}

void ExperimentRunner::startCell(const CellKey &key)
{
    ExperimentCell cell = m_cells.value(key);
    cell.key = key;
    const Resolved &variant = m_variants.at(key.variantIndex);
    if (!variant.refused.isEmpty()) {
        endCell(cell, ExperimentCell::Status::Refused, variant.refused);
        return;
    }
    CaseState *state = caseState(key.caseIndex);
    if (state->decision.blocked) {
        endCell(cell, ExperimentCell::Status::Refused, state->decision.message);
        return;
    }
    if (state->decision.excluded.contains(variant.target.modelLabel())) {
        endCell(cell,
            ExperimentCell::Status::Refused,
            tr("A rule keeps this prompt from %1: %2 (%3).")
                .arg(variant.target.modelLabel(),
                    state->decision.restrictedTo,
                    state->decision.governedBy.join(u", "_s)));
        return;
    }
    const std::optional<qint64> worst = cellWorstCase(key);
    if (m_limit && worst && m_spent + m_reservedTotal + *worst > *m_limit) {
        endCell(cell,
            ExperimentCell::Status::Skipped,
            tr("Not asked: it may cost up to %1, and the run's limit of %2 leaves %3.")
                .arg(formatCost(*worst),
                    formatCost(*m_limit),
                    formatCost(std::max<qint64>(0, *m_limit - m_spent - m_reservedTotal))));
        return;
    }
    if (m_limit && !worst) {
        endCell(cell,
            ExperimentCell::Status::Skipped,
            tr("Not asked: its model has no price, and the run has a cost limit."));
        return;
    }

    // Running from here: the account's slot and the worst case are held until it ends.
    m_reserved.insert(key, worst.value_or(0));
    m_reservedTotal += worst.value_or(0);
    ++m_running[variant.target.accountId];

    // An answer that ended before the run was stopped or killed is checked, not asked again.
    std::optional<ResponseRecord> earlier;
    if (cell.responseId) {
        if (const auto stored = ConversationStore(*m_services.database).response(*cell.responseId); stored && *stored) {
            earlier = **stored;
        }
    }
    if (earlier && earlier->status == ResponseStatus::Done) {
        m_cells.insert(key, cell);
        Q_EMIT cellStarted(key);
        runChecks(key, *earlier);
        return;
    }

    std::optional<qint64> responseId;
    QString failure;
    if (earlier && state->turnId != 0) {
        if (const auto again = state->session->regenerate(earlier->id)) {
            responseId = earlier->id;
        } else {
            failure = again.error();
        }
    } else if (state->turnId == 0) {
        RouteDecision only = state->decision;
        only.action = Action::Type::Send;
        only.targets = {targetFor(variant, m_experiment.cases.at(key.caseIndex))};
        if (const auto turn = state->session->send(only, false)) {
            state->turnId = turn->id;
            responseId = turn->responses.constFirst().id;
        } else {
            failure = turn.error().message;
        }
    } else if (const auto added
        = state->session->addTarget(state->turnId, targetFor(variant, m_experiment.cases.at(key.caseIndex)))) {
        responseId = added->id;
    } else {
        failure = added.error();
    }
    if (!responseId) {
        endCell(cell, ExperimentCell::Status::Error, failure);
        return;
    }
    cell.status = ExperimentCell::Status::Running;
    cell.responseId = responseId;
    cell.passed.reset();
    cell.checks.clear();
    cell.message.clear();
    cell.judgeCostNanos.reset();
    cell.judgeResponseIds.clear();
    m_byResponse.insert(*responseId, key);
    m_cells.insert(key, cell);
    save(cell);
    Q_EMIT cellStarted(key);
}

void ExperimentRunner::onAnswerEnded(const ResponseRecord &response)
{
    if (m_stopping || m_finished) {
        return; // left running in storage: resume() asks it again or checks it
    }
    const auto found = m_byResponse.constFind(response.id);
    if (found == m_byResponse.cend()) {
        return;
    }
    const CellKey key = *found;
    m_byResponse.remove(response.id);
    if (response.kind == ResponseKind::Judge) {
        onJudgeEnded(key, response);
        return;
    }
    ExperimentCell cell = m_cells.value(key);
    cell.text = response.text;
    cell.inputTokens = response.inputTokens;
    cell.outputTokens = response.outputTokens;
    cell.ttftMs = response.ttftMs;
    cell.durationMs = response.durationMs;
    cell.costNanos = response.costNanos;
    m_cells.insert(key, cell);
    if (response.status != ResponseStatus::Done) {
        endCell(cell,
            ExperimentCell::Status::Error,
            response.errorMessage.isEmpty() ? tr("The answer did not end (%1).").arg(response.finishReasonRaw)
                                            : response.errorMessage);
        return;
    }
    runChecks(key, response);
}

void ExperimentRunner::runChecks(const CellKey &key, const ResponseRecord &answer)
{
    ExperimentCell cell = m_cells.value(key);
    cell.key = key;
    cell.text = answer.text;
    cell.inputTokens = answer.inputTokens;
    cell.outputTokens = answer.outputTokens;
    cell.ttftMs = answer.ttftMs;
    cell.durationMs = answer.durationMs;
    cell.costNanos = answer.costNanos;
    const ExperimentCase &row = m_experiment.cases.at(key.caseIndex);
    const CheckFacts facts {answer.text, answer.outputTokens, answer.durationMs, answer.costNanos};
    const QList<qint64> earlierJudges = cell.judgeResponseIds;
    cell.checks.clear();
    cell.judgeResponseIds.clear();
    cell.judgeCostNanos.reset();

    CaseState *state = caseState(key.caseIndex);
    QList<ChatSession::JudgeJob> jobs;
    QList<std::pair<int, double>> jobChecks; // each job's check, and its threshold
    int judgeNumber = 0;
    ConversationStore conversations(*m_services.database);
    for (const ExperimentCheck &unfilled : checksOf(m_experiment, row)) {
        const ExperimentCheck check = Checks::fill(unfilled, row.variables);
        const QString type = ExperimentCheck::typeName(check.type);
        if (check.type != ExperimentCheck::Type::Judge) {
            const CheckResult result = Checks::run(check, facts);
            cell.checks.append({type, result.passed, result.detail});
            continue;
        }
        const int index = static_cast<int>(cell.checks.size());
        cell.checks.append({type, false, tr("waiting for the judge")});
        // A judge that graded this answer before the run stopped is not asked again.
        if (judgeNumber < earlierJudges.size()) {
            const auto stored = conversations.response(earlierJudges.at(judgeNumber));
            if (stored && *stored && (*stored)->status == ResponseStatus::Done && (*stored)->judgement) {
                const ResponseRecord &judged = **stored;
                cell.judgeResponseIds.append(judged.id);
                addJudgeCost(cell, judged);
                ++judgeNumber;
                cell.checks[index] = gradeOf(judged, check.threshold);
                continue;
            }
        }
        ++judgeNumber;
        const QString judgeName = check.judge.isEmpty() ? m_experiment.judge : check.judge;
        auto judge = ChatTarget::parse(judgeName);
        if (judge) {
            if (auto resolved = m_dispatcher->withVariant(*judge)) {
                judge = *resolved;
            } else {
                cell.checks[index] = {type, false, resolved.error()};
                continue;
            }
        } else {
            cell.checks[index] = {type, false, tr("'%1' is not a judge (ACCOUNT/MODEL)").arg(judgeName)};
            continue;
        }
        // The judge reads the prompt and the answer: it is held to the rules as a column is.
        const RouteDecision decision = m_dispatcher->decide(state->prompt, {*judge}, false);
        if (decision.blocked || decision.excluded.contains(judge->modelLabel())) {
            cell.checks[index] = {type,
                false,
                decision.blocked ? decision.message : tr("A rule keeps this prompt from the judge %1.").arg(judgeName)};
            continue;
        }
        JudgeOptions options;
        options.criteria = {check.value};
        JudgeBuild build = buildJudgeRequest(JudgeTemplate::builtIn(JudgeMode::Table),
            decision.prompt,
            {JudgeAnswer {u"A"_s, answer.id, answer.text}},
            options);
        jobs.append({*judge, build, {}});
        jobChecks.append({index, check.threshold});
    }

    if (jobs.isEmpty()) {
        m_cells.insert(key, cell);
        endCell(cell, ExperimentCell::Status::Done);
        return;
    }
    const auto asked = state->session->judge(state->turnId, jobs);
    if (!asked) {
        for (const auto &[index, threshold] : std::as_const(jobChecks)) {
            cell.checks[index].detail = tr("the judge could not be asked: %1").arg(asked.error());
        }
        endCell(cell, ExperimentCell::Status::Done);
        return;
    }
    for (qsizetype i = 0; i < asked->size(); ++i) {
        const qint64 id = asked->at(i).id;
        m_byResponse.insert(id, key);
        m_judges.insert(id, {jobChecks.at(i).first, jobChecks.at(i).second});
        cell.judgeResponseIds.append(id);
    }
    m_judgesPending.insert(key, static_cast<int>(asked->size()));
    m_cells.insert(key, cell);
    save(cell);
}

void ExperimentRunner::addJudgeCost(ExperimentCell &cell, const ResponseRecord &judge)
{
    if (judge.costNanos) {
        cell.judgeCostNanos = cell.judgeCostNanos.value_or(0) + *judge.costNanos;
    }
}

CheckOutcome ExperimentRunner::gradeOf(const ResponseRecord &judge, double threshold)
{
    CheckOutcome outcome {ExperimentCheck::typeName(ExperimentCheck::Type::Judge), false, {}};
    if (judge.status != ResponseStatus::Done) {
        outcome.detail = tr("the judge failed: %1").arg(judge.errorMessage);
    } else if (const std::optional<double> score
        = judge.judgement ? judge.judgement->meanScore(u"A"_s) : std::nullopt) {
        outcome.passed = *score / 10.0 >= threshold - 1e-9;
        outcome.detail = tr("scored %1/10 (%2 needed)").arg(*score, 0, 'f', 1).arg(threshold * 10.0, 0, 'f', 1);
        if (const auto &scores = judge.judgement->scores; !scores.isEmpty() && !scores.constFirst().reason.isEmpty()) {
            outcome.detail += u": "_s + scores.constFirst().reason;
        }
    } else {
        outcome.detail = tr("the judge gave no score: %1")
                             .arg(judge.judgement && !judge.judgement->problem.isEmpty() ? judge.judgement->problem
                                                                                         : judge.text.left(200));
    }
    return outcome;
}

void ExperimentRunner::onJudgeEnded(const CellKey &key, const ResponseRecord &judge)
{
    const auto [index, threshold] = m_judges.take(judge.id);
    ExperimentCell cell = m_cells.value(key);
    addJudgeCost(cell, judge);
    cell.checks[index] = gradeOf(judge, threshold);
    m_cells.insert(key, cell);
    if (--m_judgesPending[key] <= 0) {
        m_judgesPending.remove(key);
        endCell(cell, ExperimentCell::Status::Done);
    }
}

void ExperimentRunner::endCell(ExperimentCell cell, ExperimentCell::Status status, const QString &message)
{
    cell.status = status;
    if (!message.isEmpty() || status == ExperimentCell::Status::Done) {
        cell.message = message;
    }
    if (status == ExperimentCell::Status::Done && !cell.checks.isEmpty()) {
        cell.passed = std::ranges::all_of(cell.checks, [](const CheckOutcome &c) { return c.passed; });
    } else {
        cell.passed.reset();
    }
    m_cells.insert(cell.key, cell);
    save(cell);
    const QString account = m_variants.at(cell.key.variantIndex).target.accountId;
    if (const auto reserved = m_reserved.constFind(cell.key); reserved != m_reserved.cend()) {
        m_reservedTotal -= *reserved;
        m_reserved.erase(reserved);
        --m_running[account];
    }
    m_spent += cell.costNanos.value_or(0) + cell.judgeCostNanos.value_or(0);
    Q_EMIT cellEnded(cell);
    if (--m_caseOpen[cell.key.caseIndex] <= 0) {
        m_caseOpen.remove(cell.key.caseIndex);
        if (CaseState *state = m_cases.take(cell.key.caseIndex)) {
            // Its answers are stored; the session goes once it is back in the event loop.
            state->session->deleteLater();
            delete state;
        }
    }
    pump();
}

void ExperimentRunner::finishIfIdle()
{
    if (m_finished || m_stopping || m_pumping || !m_reserved.isEmpty()) {
        return;
    }
    for (const QQueue<CellKey> &queue : std::as_const(m_queues)) {
        if (!queue.isEmpty()) {
            return;
        }
    }
    m_finished = true;
    m_heartbeat->stop();
    if (const auto done = m_store->setRunStatus(m_runId, ExperimentRunRecord::Status::Done); !done) {
        Q_EMIT storageFailed(done.error().message);
    }
    m_lock.reset();
    Q_EMIT finished(m_runId, ExperimentRunRecord::Status::Done);
}

void ExperimentRunner::stop()
{
    if (!isRunning()) {
        return;
    }
    m_stopping = true;
    m_finished = true;
    for (QQueue<CellKey> &queue : m_queues) {
        queue.clear();
    }
    for (CaseState *state : std::as_const(m_cases)) {
        state->session->stopAll();
    }
    m_heartbeat->stop();
    if (const auto stopped = m_store->setRunStatus(m_runId, ExperimentRunRecord::Status::Stopped); !stopped) {
        Q_EMIT storageFailed(stopped.error().message);
    }
    m_lock.reset();
    Q_EMIT finished(m_runId, ExperimentRunRecord::Status::Stopped);
}

void ExperimentRunner::save(const ExperimentCell &cell)
{
    if (const auto saved = m_store->saveCell(m_runId, cell); !saved) {
        Q_EMIT storageFailed(saved.error().message);
    }
}

QList<ExperimentCell> ExperimentRunner::cells() const
{
    QList<ExperimentCell> list = m_cells.values();
    std::ranges::sort(list, {}, &ExperimentCell::key);
    return list;
}

std::optional<ExperimentCell> ExperimentRunner::cell(const CellKey &key) const
{
    const auto found = m_cells.constFind(key);
    return found == m_cells.cend() ? std::nullopt : std::optional<ExperimentCell>(*found);
}

} // namespace Quorum
