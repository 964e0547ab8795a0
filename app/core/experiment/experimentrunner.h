// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QString>
#include <QStringList>

#include "chat/appservices.h"
#include "experiment/experimentfile.h"
#include "routing/router.h"
#include "types/experimentrun.h"
#include "types/records.h"

class QLockFile;
class QTimer;

namespace Quorum
{

class ChatSession;
class ChatStream;
class Dispatcher;
class ExperimentStore;

//! What a run would ask and cost at most, said before it starts (ExperimentRunner::plan).
struct ExperimentPlan {
    qint64 cells = 0;     //!< cells to ask (those of a resumed run that are done are not)
    qint64 asked = 0;     //!< of which the cells that will be sent (not refused)
    qint64 doneCells = 0; //!< cells a resumed run keeps
    //! The most the cells to ask may cost: answers at their output limit, judges included.
    //! Empty when a model has no known price (unpriced names them).
    std::optional<qint64> worstCaseNanos;
    //! What the cells it keeps cost.
    qint64 spentNanos = 0;
    QStringList unpriced; //!< "account/model" of models without a price
    //! A column whose cells cannot be sent (an unknown account or variant, a parameter the
    //! model does not take): its index, and why, said in each of its cells.
    QHash<int, QString> refusedVariants;
    //! Why the run cannot start at all (nothing was sent).
    QStringList problems;
};

//! How a run is run (ExperimentRunner::start, resume).
struct ExperimentRunOptions {
    std::optional<qint64> maxCostNanos; //!< empty: the experiment's own limit, if any
    int concurrency = 0;                //!< answers at once per account; 0: the account's
};

/*!
 * Runs an experiment's grid (docs/experiments.md, "Runs") over the engine the window and the
 * command line share: each case is a turn of a conversation of its own (kept with the run,
 * not listed with the others), each cell an answer of that turn, sent by a ChatSession with
 * the routing rules applied (a prompt a rule blocks, or keeps from an account, refuses those
 * cells) and recorded as any answer is, so costs, budgets, search and the compare view
 * count and show it. Checks run when a cell's answer ends; a judge check asks a judge model
 * (the scored table of docs/judge.md with the rubric as its one criterion).
 *
 * At most `concurrency` answers stream at once per account (the account's own limit, else
 * 4). With a cost limit a cell starts only while what was spent plus the worst case of the
 * running cells and of this one stays within it; the others are Skipped. A run is stored
 * cell by cell: after a crash, a kill or stop(), resume() asks only the cells that are not
 * done, and a cell whose answer had ended is checked, not asked again.
 */
class ExperimentRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentRunner)

public:
    using Options = ExperimentRunOptions;

    //! The output tokens a cell's worst case assumes when its target sets no max_tokens.
    static constexpr int assumedMaxOutputTokens = 4096;
    //! A judge's reply (the scored table) at most, and what its instructions add to its input.
    static constexpr int judgeReplyTokens = 2048;
    static constexpr int judgeInstructionCharacters = 6000;
    //! How often a running run says it is alive (ExperimentRunRecord::heartbeatAt).
    static constexpr int heartbeatMs = 2000;

    //! \a services must hold a database: a run is stored.
    explicit ExperimentRunner(const AppServices &services, QObject *parent = nullptr);
    ~ExperimentRunner() override;

    /*!
     * What running \a experiment would ask and cost at most, with \a kept the cells of an
     * earlier run that are done (a resume). Sends nothing.
     */
    ExperimentPlan plan(
        const Experiment &experiment, const Options &options = {}, const QList<ExperimentCell> &kept = {}) const;

    /*!
     * Saves \a experiment under its name (replacing an earlier definition) and starts a new
     * run of it; the cells start when control returns to the event loop. The run's id, or
     * why nothing was started (plan().problems).
     */
    [[nodiscard]] std::expected<qint64, QString> start(const Experiment &experiment, const Options &options = {});
    //! Goes on with stored run \a runId: the cells that are not done are asked (again).
    [[nodiscard]] std::expected<qint64, QString> resume(qint64 runId, const Options &options = {});
    /*!
     * The latest run of the experiment named \a name that was stopped or killed before it
     * ended, when it asks what \a definition asks (the same file, the same repeats).
     */
    std::optional<ExperimentRunRecord> resumable(const QString &name, const QByteArray &definition) const;
    //! Whether run \a runId is running in a process (this one or another).
    bool isAlive(const ExperimentRunRecord &run) const;
    //! Stops the running answers; the run is stored as stopped, to be resumed.
    void stop();

    bool isRunning() const { return m_runId != 0 && !m_finished; }
    qint64 runId() const { return m_runId; }
    const Experiment &experiment() const { return m_experiment; }
    //! The plan the current run started with.
    const ExperimentPlan &currentPlan() const { return m_plan; }
    //! Every cell of the current run known so far (stored or running), in grid order.
    QList<ExperimentCell> cells() const;
    std::optional<ExperimentCell> cell(const CellKey &key) const;
    //! What the current run's cells cost so far, judges included.
    qint64 spentNanos() const { return m_spent; }
    //! The engine the runs are asked through (the routing rules, the keys).
    Dispatcher &dispatcher() { return *m_dispatcher; }

    //! The file's definition of \a experiment as a run stores it (cases inline).
    static QByteArray definitionOf(const Experiment &experiment);

Q_SIGNALS:
    void cellStarted(const Quorum::CellKey &key);
    //! A cell ended (done, failed, refused or skipped): \a cell holds its checks and figures.
    void cellEnded(const Quorum::ExperimentCell &cell);
    //! The run ended (Done) or was stopped (Stopped).
    void finished(qint64 runId, Quorum::ExperimentRunRecord::Status status);
    //! Something could not be stored (the run goes on; the message says what).
    void storageFailed(const QString &message);

private:
    struct CaseState;
    struct Resolved; //!< a column's target as sent, or why it is refused
    [[nodiscard]] std::expected<qint64, QString> begin(qint64 runId, const QList<ExperimentCell> &stored);
    QList<Resolved> resolveVariants(const Experiment &experiment) const;
    //! \a variant's target for case \a row: its system prompt's {{variables}} filled in.
    static ChatTarget targetFor(const Resolved &variant, const ExperimentCase &row);
    std::optional<qint64> worstCase(
        const Experiment &experiment, const Resolved &variant, const ExperimentCase &row) const;
    std::optional<qint64> cellWorstCase(const CellKey &key);
    int limitFor(const QString &accountId) const;
    CaseState *caseState(int caseIndex);
    void pump();
    void startCell(const CellKey &key);
    void endCell(ExperimentCell cell, ExperimentCell::Status status, const QString &message = {});
    void onAnswerEnded(const ResponseRecord &response);
    void runChecks(const CellKey &key, const ResponseRecord &answer);
    void onJudgeEnded(const CellKey &key, const ResponseRecord &judge);
    //! A judge check's outcome from the judge's answer: its score of answer A against \a threshold.
    static CheckOutcome gradeOf(const ResponseRecord &judge, double threshold);
    //! Adds what \a judge cost to \a cell (an unknown cost adds nothing).
    static void addJudgeCost(ExperimentCell &cell, const ResponseRecord &judge);
    void finishIfIdle();
    void save(const ExperimentCell &cell);

    AppServices m_services;
    Dispatcher *m_dispatcher = nullptr;
    std::unique_ptr<ExperimentStore> m_store;
    Options m_options;
    Experiment m_experiment;
    ExperimentPlan m_plan;
    QList<Resolved> m_variants;
    qint64 m_runId = 0;
    bool m_finished = false;
    bool m_stopping = false;
    std::optional<qint64> m_limit;
    qint64 m_spent = 0;
    QHash<CellKey, ExperimentCell> m_cells;
    QHash<CellKey, qint64> m_reserved; //!< the worst case of each running cell
    qint64 m_reservedTotal = 0;
    QHash<qint64, CellKey> m_byResponse; //!< answers and judges -> their cell
    //! Judges asked and not ended: the index of their check in the cell's, and its threshold.
    QHash<qint64, std::pair<int, double>> m_judges;
    QHash<CellKey, int> m_judgesPending;
    QHash<int, CaseState *> m_cases;
    QHash<int, int> m_caseOpen;
    QHash<std::pair<int, int>, std::optional<qint64>>
        m_worst;                //!< per (case, variant) //!< per case, its cells of this run that have not ended
    qint64 m_routingReadAt = 0; //!< when the rules and this month's spend were last read
    bool m_pumping = false;
    bool m_pumpAgain = false;
    QHash<QString, QQueue<CellKey>> m_queues; //!< per account, in grid order
    QStringList m_accounts;                   //!< the queues' accounts, in the order of the columns
    QHash<QString, int> m_running;            //!< cells running per account
    QTimer *m_heartbeat = nullptr;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Quorum
