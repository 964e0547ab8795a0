// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QWidget>

#include "chat/appservices.h"
#include "experiment/experimentfile.h"
#include "experiment/experimentrunner.h"
#include "experiment/experimentsummary.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace Quorum
{

class ExperimentGridModel;

/*!
 * View -> Experiments: an experiment set up in a form (the prompt with {{variables}}, the
 * variants as columns with their parameters, the cases as rows, the checks, repeats, a judge
 * and a cost limit), what it may cost said as it is typed, and its runs as a grid (a row per
 * case, a column per variant, each cell's repeats as pass/fail marks with time and cost) with
 * the figures per variant. The same ExperimentRunner as `quorum experiment run`; a file is
 * opened and saved in the same format (docs/experiments.md).
 */
class ExperimentWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExperimentWindow)

public:
    explicit ExperimentWindow(const AppServices &services, QWidget *parent = nullptr);
    ~ExperimentWindow() override;

    //! Shows \a experiment in the form.
    void load(const Experiment &experiment);
    //! The form read as an experiment file is, or what is wrong with it.
    [[nodiscard]] std::expected<Experiment, QString> experiment() const;
    //! Starts a run of the form's experiment; false (with the reason shown) when refused.
    bool run();
    //! Goes on with the run shown (stopped or killed).
    bool resume();
    void stop();
    //! Loads stored experiment \a name into the form and shows its latest run.
    bool openStored(const QString &name);
    //! Shows stored run \a runId in the grid.
    void showRun(qint64 runId);
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    //! Writes the run shown as csv, json or html.
    bool exportReport(const QString &path, const QString &format);

    ExperimentRunner *runner() const { return m_runner; }
    ExperimentGridModel *grid() const { return m_grid; }
    QTableView *gridView() const { return m_gridView; }
    QTableWidget *summaryTable() const { return m_summary; }
    QTableWidget *variantsTable() const { return m_variants; }
    QTableWidget *casesTable() const { return m_cases; }
    QTableWidget *checksTable() const { return m_checks; }
    QTabWidget *tabs() const { return m_tabs; }
    //! What the form's experiment may cost, or why it cannot run, as shown.
    QString estimateText() const;
    QString problemText() const;
    //! Compares the run shown with run \a runId (0: the run before it).
    void compareWith(qint64 runId);
    //! What got better or worse in the run shown since the run compared with, as shown.
    QString changesText() const;
    qint64 shownRun() const { return m_shownRun; }

    // Rows of the form, as the buttons add them.
    /*!
     * Adds a column: \a target with \a parameters, or with \a persona ("NAME" or "NAME@N") the
     * prompt library persona as its system prompt.
     */
    void addVariant(const QString &name,
        const QString &target,
        const GenerationParameters &parameters = {},
        const QString &persona = {});
    void addCase(const QHash<QString, QString> &values);
    void addCheck(ExperimentCheck::Type type, const QString &value, double threshold = 0.5, const QString &judge = {});
    //! Opens the Parameters dialog of variant row \a row (its target's chip in the composer).
    void editParameters(int row);

Q_SIGNALS:
    //! The user wants to read a case's answers in the compare view.
    void openConversation(qint64 conversationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildSetup(QWidget *page);
    void buildResults(QWidget *page);
    void formChanged();
    void updateEstimate();
    void syncCaseColumns();
    QStringList variableNames() const;
    void fillSummary();
    void showDetails(const QModelIndex &index);
    void fillRuns();
    //! The runs the one shown can be compared with.
    void fillAgainst();
    void fillStored();
    void fillChanges();
    //! The run the one shown is compared with (chosen, else the run before) and its figures.
    std::optional<std::pair<qint64, ExperimentSummary>> baseline() const;
    void setRunningState(bool running);
    void showProblem(const QString &text);
    void importCsv();

    AppServices m_services;
    ExperimentRunner *m_runner = nullptr;
    ExperimentGridModel *m_grid = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QPlainTextEdit *m_system = nullptr;
    QSpinBox *m_repeat = nullptr;
    QLineEdit *m_judge = nullptr;
    QDoubleSpinBox *m_maxCost = nullptr;
    QTableWidget *m_variants = nullptr;
    QTableWidget *m_cases = nullptr;
    QTableWidget *m_checks = nullptr;
    QLabel *m_estimate = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_resume = nullptr;
    QComboBox *m_runs = nullptr;
    QComboBox *m_against = nullptr; //!< the run compared with (0: the run before)
    //! The loaded file's "library_prompt", kept while the prompt shows its text unchanged.
    QString m_libraryPrompt;
    QString m_libraryPromptText;
    QComboBox *m_stored = nullptr; //!< the experiments in the database (run from here or the CLI)
    QTableView *m_gridView = nullptr;
    QTableWidget *m_summary = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_changes = nullptr; //!< what got better or worse since the run before
    QTimer *m_estimateTimer = nullptr;
    QTimer *m_summaryTimer = nullptr;
    QString m_directory; //!< where the file was opened (a CSV beside it)
    qint64 m_shownRun = 0;
    bool m_loading = false;
};

} // namespace Quorum
