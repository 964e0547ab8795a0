// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "experiments/experimentwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "chat/dispatcher.h"
#include "composer/targetparametersdialog.h"
#include "experiment/experimentreport.h"
#include "experiment/experimentsummary.h"
#include "models/experimentgridmodel.h"
#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/experimentstore.h"
#include "storage/promptstore.h"
#include "storage/variantstore.h"
#include "theme/theme.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
enum VariantColumn { VariantName, VariantTarget, VariantParameters, VariantPersona };
enum CheckColumn { CheckType, CheckValue, CheckThreshold, CheckJudge };
constexpr int ParametersRole = Qt::UserRole + 1; //!< a variant row's parameters (JSON)
constexpr int CaseChecksRole = Qt::UserRole + 2; //!< a case row's own checks (JSON), kept as read

/*!
 * Draws a cell of the grid: a mark per repeat (filled green: passed, red: failed, the
 * text colour: answered without checks, orange: error, grey: refused or skipped, an outline:
 * pending, the highlight: running), then the model's text (passed count, time, cost).
 */
class VerdictDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool dark = Theme::isDark(option.palette);
        const QColor pass = dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
        const QColor fail = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
        const QColor error = dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
        const QColor muted = option.palette.color(QPalette::PlaceholderText);
        const QColor textColor = option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                                       : option.palette.color(QPalette::Text);
        const QList<int> verdicts = index.data(ExperimentGridModel::VerdictsRole).value<QList<int>>();
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const int size = std::max(8, option.fontMetrics.height() / 2);
        int x = option.rect.left() + 6;
        const int y = option.rect.center().y() - size / 2;
        const int shown = std::min(static_cast<int>(verdicts.size()), 12);
        for (int i = 0; i < shown; ++i) {
            using V = ExperimentGridModel::Verdict;
            const auto verdict = static_cast<V>(verdicts.at(i));
            const QRectF mark(x, y, size, size);
            QColor fill;
            switch (verdict) {
            case V::Passed:
                fill = pass;
                break;
            case V::Failed:
                fill = fail;
                break;
            case V::Answered:
                fill = textColor;
                break;
            case V::Error:
                fill = error;
                break;
            case V::Refused:
            case V::Skipped:
                fill = muted;
                break;
            case V::Pending:
            case V::Running:
                break;
            }
            if (fill.isValid()) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(fill);
            } else {
                painter->setPen(QPen(verdict == V::Running ? option.palette.color(QPalette::Highlight) : muted,
                    verdict == V::Running ? 2.0 : 1.0));
                painter->setBrush(Qt::NoBrush);
            }
            painter->drawRoundedRect(mark.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
            x += size + 3;
        }
        if (verdicts.size() > shown) {
            painter->setPen(muted);
            painter->drawText(QPoint(x, option.rect.center().y() + option.fontMetrics.ascent() / 2), u"…"_s);
            x += option.fontMetrics.horizontalAdvance(u"…"_s) + 3;
        }
        painter->setPen(textColor);
        const QRect textRect(x + 6, option.rect.top(), option.rect.right() - x - 8, option.rect.height());
        painter->drawText(textRect,
            Qt::AlignVCenter | Qt::AlignLeft,
            option.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int repeats = static_cast<int>(index.data(ExperimentGridModel::VerdictsRole).value<QList<int>>().size());
        const int size = std::max(8, option.fontMetrics.height() / 2);
        const int marks = std::min(repeats, 12) * (size + 3);
        return {marks + 20 + option.fontMetrics.horizontalAdvance(index.data().toString()),
            option.fontMetrics.height() + 10};
    }
};

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setMinimumHeight(110);
    return t;
}

const QList<ExperimentCheck::Type> checkTypes {ExperimentCheck::Type::Contains,
    ExperimentCheck::Type::NotContains,
    ExperimentCheck::Type::Regex,
    ExperimentCheck::Type::Equals,
    ExperimentCheck::Type::Json,
    ExperimentCheck::Type::JsonSchema,
    ExperimentCheck::Type::MaxTokens,
    ExperimentCheck::Type::MaxMs,
    ExperimentCheck::Type::MaxCost,
    ExperimentCheck::Type::Similar,
    ExperimentCheck::Type::Judge};

//! A variant's parameters in a line: its system prompt quoted (it is what tells personas apart).
QString parametersText(const GenerationParameters &parameters)
{
    if (parameters.isEmpty()) {
        return ExperimentWindow::tr("(defaults)");
    }
    QStringList parts = parameters.summary().split(u" · "_s);
    if (parameters.system && !parts.isEmpty()) {
        QString system = parameters.system->simplified();
        if (system.size() > 48) {
            system = system.left(47) + u'…';
        }
        parts[0] = ExperimentWindow::tr("system “%1”").arg(system);
    }
    return parts.join(u" · "_s);
}

bool hasThreshold(ExperimentCheck::Type type)
{
    return type == ExperimentCheck::Type::Similar || type == ExperimentCheck::Type::Judge;
}

bool isNumeric(ExperimentCheck::Type type)
{
    return type == ExperimentCheck::Type::MaxTokens || type == ExperimentCheck::Type::MaxMs
        || type == ExperimentCheck::Type::MaxCost;
}
} // namespace

ExperimentWindow::ExperimentWindow(const AppServices &services, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_services(services)
    , m_runner(new ExperimentRunner(services, this))
    , m_grid(new ExperimentGridModel(this))
{
    setObjectName(u"experimentWindow"_s);
    setWindowTitle(tr("Experiments"));
    resize(1100, 760);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_stored = new QComboBox(this);
    m_stored->setObjectName(u"storedExperiments"_s);
    m_stored->setMinimumContentsLength(18);
    m_stored->setToolTip(tr("The experiments run before, from this window or the command line"));
    bar->addWidget(m_stored);
    auto *openButton = button(tr("&Open File…"), u"openFile"_s, this);
    auto *saveButton = button(tr("&Save File…"), u"saveFile"_s, this);
    m_run = button(tr("&Run"), u"runExperiment"_s, this);
    m_run->setDefault(true);
    m_stop = button(tr("Sto&p"), u"stopExperiment"_s, this);
    m_resume = button(tr("Res&ume"), u"resumeExperiment"_s, this);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(u"experimentEstimate"_s);
    m_estimate->setWordWrap(true);
    bar->addWidget(openButton);
    bar->addWidget(saveButton);
    bar->addSpacing(12);
    bar->addWidget(m_run);
    bar->addWidget(m_stop);
    bar->addWidget(m_resume);
    bar->addSpacing(12);
    bar->addWidget(m_estimate, 1);
    layout->addLayout(bar);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"experimentProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setPalette(Theme::problemPalette(palette()));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_tabs = new QTabWidget(this);
    auto *setup = new QWidget;
    auto *results = new QWidget;
    buildSetup(setup);
    buildResults(results);
    auto *scroll = new QScrollArea;
    scroll->setWidget(setup);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(scroll, tr("S&etup"));
    m_tabs->addTab(results, tr("Resu&lts"));
    layout->addWidget(m_tabs, 1);

    m_estimateTimer = new QTimer(this);
    m_estimateTimer->setSingleShot(true);
    m_estimateTimer->setInterval(250);
    connect(m_estimateTimer, &QTimer::timeout, this, &ExperimentWindow::updateEstimate);
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(300); // a run of thousands of cells updates the figures a few times a second
    connect(m_summaryTimer, &QTimer::timeout, this, &ExperimentWindow::fillSummary);

    connect(openButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open an Experiment"), m_directory, tr("Experiment files (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            openFile(path);
        }
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this,
            tr("Save the Experiment"),
            QDir(m_directory.isEmpty() ? QDir::homePath() : m_directory).filePath(m_name->text() + u".json"_s),
            tr("Experiment files (*.json)"));
        if (!path.isEmpty()) {
            saveFile(path);
        }
    });
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_stored, &QComboBox::activated, this, [this](int index) {
        if (const QString name = m_stored->itemData(index).toString(); !name.isEmpty()) {
            openStored(name);
        } else {
            Experiment blank;
            blank.name = tr("New experiment");
            m_directory.clear();
            load(blank);
        }
    });
    if (m_services.database) {
        connect(
            &m_services.database->changes(), &DatabaseChanges::experimentsChanged, this, &ExperimentWindow::fillStored);
    }
    connect(m_stop, &QPushButton::clicked, this, &ExperimentWindow::stop);
    connect(m_resume, &QPushButton::clicked, this, [this] { resume(); });

    connect(m_runner, &ExperimentRunner::cellStarted, this, [this](const CellKey &key) { m_grid->setRunning(key); });
    connect(m_runner, &ExperimentRunner::cellEnded, this, [this](const ExperimentCell &cell) {
        ExperimentCell shown = cell;
        if (m_services.database && shown.responseId && shown.conversationId == 0) {
            if (const auto turn = ExperimentStore(*m_services.database).caseTurn(m_runner->runId(), cell.key.caseIndex);
                turn && *turn) {
                shown.conversationId = (*turn)->first;
            }
        }
        m_grid->update(shown);
        if (!m_summaryTimer->isActive()) {
            m_summaryTimer->start();
        }
    });
    connect(m_runner, &ExperimentRunner::finished, this, [this](qint64 runId, ExperimentRunRecord::Status status) {
        setRunningState(false);
        fillRuns();
        showRun(runId);
        if (status == ExperimentRunRecord::Status::Stopped) {
            m_status->setText(tr("Run %1 was stopped: Resume goes on where it ended.").arg(runId));
        }
    });
    connect(m_runner, &ExperimentRunner::storageFailed, this, &ExperimentWindow::showProblem);

    setRunningState(false);
    Experiment blank;
    blank.name = tr("New experiment");
    load(blank);
    fillStored();
}

void ExperimentWindow::fillStored()
{
    const QString current = m_stored->currentData().toString();
    const QSignalBlocker blocker(m_stored);
    m_stored->clear();
    m_stored->addItem(tr("New experiment"), QString());
    if (m_services.database) {
        for (const ExperimentRecord &record :
            ExperimentStore(*m_services.database).experiments().value_or(QList<ExperimentRecord> {})) {
            m_stored->addItem(record.name, record.name);
        }
    }
    m_stored->setCurrentIndex(std::max(0, m_stored->findData(current.isEmpty() ? m_name->text().trimmed() : current)));
}

bool ExperimentWindow::openStored(const QString &name)
{
    if (!m_services.database) {
        return false;
    }
    ExperimentStore store(*m_services.database);
    const auto record = store.experiment(name);
    if (!record) {
        showProblem(record.error().message);
        return false;
    }
    const auto experiment = ExperimentFile::read(record->definition, QString());
    if (!experiment) {
        showProblem(tr("%1: %2").arg(name, experiment.error()));
        return false;
    }
    showProblem({});
    m_directory.clear();
    load(*experiment);
    m_stored->setCurrentIndex(std::max(0, m_stored->findData(name)));
    const auto runs = store.runs(record->id);
    if (runs && !runs->isEmpty()) {
        showRun(runs->constFirst().id);
        m_tabs->setCurrentIndex(1);
    }
    return true;
}

ExperimentWindow::~ExperimentWindow() = default;

void ExperimentWindow::buildSetup(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"experimentName"_s);
    m_prompt = new QPlainTextEdit(page);
    m_prompt->setObjectName(u"experimentPrompt"_s);
    m_prompt->setPlaceholderText(tr("The prompt, with {{variables}} filled from each case"));
    m_prompt->setFixedHeight(m_prompt->fontMetrics().lineSpacing() * 4 + 12);
    m_system = new QPlainTextEdit(page);
    m_system->setObjectName(u"experimentSystem"_s);
    m_system->setPlaceholderText(tr("Optional: the system prompt of every variant that has none of its own"));
    m_system->setFixedHeight(m_system->fontMetrics().lineSpacing() * 3 + 12);
    m_repeat = new QSpinBox(page);
    m_repeat->setObjectName(u"experimentRepeat"_s);
    m_repeat->setRange(1, 1000);
    m_judge = new QLineEdit(page);
    m_judge->setObjectName(u"experimentJudge"_s);
    m_judge->setPlaceholderText(tr("ACCOUNT/MODEL, for judge checks"));
    m_maxCost = new QDoubleSpinBox(page);
    m_maxCost->setObjectName(u"experimentMaxCost"_s);
    m_maxCost->setRange(0, 100000);
    m_maxCost->setDecimals(4);
    m_maxCost->setPrefix(u"$"_s);
    m_maxCost->setSpecialValueText(tr("No limit"));
    m_repeat->setMaximumWidth(120);
    m_maxCost->setMaximumWidth(160);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Promp&t:"), m_prompt);
    form->addRow(tr("S&ystem prompt:"), m_system);
    form->addRow(tr("Repe&ats:"), m_repeat);
    form->addRow(tr("&Judge:"), m_judge);
    form->addRow(tr("&Cost limit:"), m_maxCost);
    layout->addLayout(form);

    auto *variants = new QGroupBox(tr("Variants (columns)"), page);
    auto *variantsLayout = new QVBoxLayout(variants);
    m_variants = table({tr("Name"), tr("Target"), tr("Parameters"), tr("Persona")}, u"experimentVariants"_s, variants);
    m_variants->horizontalHeaderItem(VariantPersona)
        ->setToolTip(tr("A persona of the prompt library (NAME, or NAME@N for version N): its text is the column's "
                        "system prompt"));
    m_variants->horizontalHeader()->resizeSection(VariantName, 160);
    m_variants->setMinimumHeight(m_variants->fontMetrics().height() * 10);
    m_variants->horizontalHeader()->resizeSection(VariantTarget, 240);
    m_variants->horizontalHeader()->resizeSection(VariantParameters, 320);
    variantsLayout->addWidget(m_variants);
    auto *variantButtons = new QHBoxLayout;
    auto *addVariantButton = button(tr("Add Variant"), u"addVariant"_s, variants);
    auto *parametersButton = button(tr("Parameters…"), u"variantParameters"_s, variants);
    auto *removeVariantButton = button(tr("Remove"), u"removeVariant"_s, variants);
    variantButtons->addWidget(addVariantButton);
    variantButtons->addWidget(parametersButton);
    variantButtons->addWidget(removeVariantButton);
    variantButtons->addStretch();
    variantsLayout->addLayout(variantButtons);
    layout->addWidget(variants);

    auto *cases = new QGroupBox(tr("Cases (rows): a value for each {{variable}}"), page);
    auto *casesLayout = new QVBoxLayout(cases);
    m_cases = table({}, u"experimentCases"_s, cases);
    casesLayout->addWidget(m_cases);
    auto *caseButtons = new QHBoxLayout;
    auto *addCaseButton = button(tr("Add Case"), u"addCase"_s, cases);
    auto *removeCaseButton = button(tr("Remove"), u"removeCase"_s, cases);
    auto *importButton = button(tr("Import CSV…"), u"importCsv"_s, cases);
    caseButtons->addWidget(addCaseButton);
    caseButtons->addWidget(removeCaseButton);
    caseButtons->addWidget(importButton);
    caseButtons->addStretch();
    casesLayout->addLayout(caseButtons);
    layout->addWidget(cases);

    auto *checks = new QGroupBox(tr("Checks of every answer"), page);
    auto *checksLayout = new QVBoxLayout(checks);
    m_checks = table({tr("Check"), tr("Value, pattern, reference or rubric"), tr("Threshold"), tr("Judge")},
        u"experimentChecks"_s,
        checks);
    m_checks->horizontalHeader()->resizeSection(CheckType, 150);
    m_checks->horizontalHeader()->resizeSection(CheckValue, 380);
    m_checks->horizontalHeader()->resizeSection(CheckThreshold, 90);
    checksLayout->addWidget(m_checks);
    auto *checkButtons = new QHBoxLayout;
    auto *addCheckButton = button(tr("Add Check"), u"addCheck"_s, checks);
    auto *removeCheckButton = button(tr("Remove"), u"removeCheck"_s, checks);
    checkButtons->addWidget(addCheckButton);
    checkButtons->addWidget(removeCheckButton);
    checkButtons->addStretch();
    checksLayout->addLayout(checkButtons);
    layout->addWidget(checks);
    layout->addStretch();

    for (QLineEdit *edit : {m_name, m_judge}) {
        connect(edit, &QLineEdit::textChanged, this, &ExperimentWindow::formChanged);
    }
    for (QPlainTextEdit *edit : {m_prompt, m_system}) {
        connect(edit, &QPlainTextEdit::textChanged, this, &ExperimentWindow::formChanged);
    }
    connect(m_repeat, &QSpinBox::valueChanged, this, &ExperimentWindow::formChanged);
    connect(m_maxCost, &QDoubleSpinBox::valueChanged, this, &ExperimentWindow::formChanged);
    for (QTableWidget *t : {m_variants, m_cases, m_checks}) {
        connect(t, &QTableWidget::itemChanged, this, &ExperimentWindow::formChanged);
    }
    connect(addVariantButton, &QPushButton::clicked, this, [this] {
        addVariant(QString(), QString());
        m_variants->setCurrentCell(m_variants->rowCount() - 1, VariantTarget);
        m_variants->editItem(m_variants->currentItem());
    });
    connect(parametersButton, &QPushButton::clicked, this, [this] { editParameters(m_variants->currentRow()); });
    connect(m_variants, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column == VariantParameters) {
            editParameters(row);
        }
    });
    connect(removeVariantButton, &QPushButton::clicked, this, [this] {
        if (m_variants->currentRow() >= 0) {
            m_variants->removeRow(m_variants->currentRow());
            formChanged();
        }
    });
    connect(addCaseButton, &QPushButton::clicked, this, [this] { addCase({}); });
    connect(removeCaseButton, &QPushButton::clicked, this, [this] {
        if (m_cases->currentRow() >= 0) {
            m_cases->removeRow(m_cases->currentRow());
            formChanged();
        }
    });
    connect(importButton, &QPushButton::clicked, this, &ExperimentWindow::importCsv);
    connect(addCheckButton, &QPushButton::clicked, this, [this] { addCheck(ExperimentCheck::Type::Contains, {}); });
    connect(removeCheckButton, &QPushButton::clicked, this, [this] {
        if (m_checks->currentRow() >= 0) {
            m_checks->removeRow(m_checks->currentRow());
            formChanged();
        }
    });
}

void ExperimentWindow::buildResults(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_runs = new QComboBox(page);
    m_runs->setObjectName(u"experimentRuns"_s);
    m_runs->setMinimumContentsLength(30);
    auto *runsLabel = new QLabel(tr("Ru&n:"), page);
    runsLabel->setBuddy(m_runs);
    auto *exportButton = button(tr("E&xport Report…"), u"exportReport"_s, page);
    m_against = new QComboBox(page);
    m_against->setObjectName(u"experimentAgainst"_s);
    m_against->setMinimumContentsLength(20);
    auto *againstLabel = new QLabel(tr("Compare &with:"), page);
    againstLabel->setBuddy(m_against);
    bar->addWidget(runsLabel);
    bar->addWidget(m_runs);
    bar->addWidget(againstLabel);
    bar->addWidget(m_against);
    bar->addWidget(exportButton);
    bar->addStretch();
    layout->addLayout(bar);
    m_status = new QLabel(page);
    m_status->setObjectName(u"experimentStatus"_s);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_changes = new QLabel(page);
    m_changes->setObjectName(u"experimentChanges"_s);
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->hide();
    layout->addWidget(m_changes);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_gridView = new QTableView(splitter);
    m_gridView->setObjectName(u"experimentGrid"_s);
    m_gridView->setModel(m_grid);
    m_gridView->setItemDelegate(new VerdictDelegate(m_gridView));
    m_gridView->horizontalHeader()->setDefaultSectionSize(200);
    m_gridView->horizontalHeader()->setStretchLastSection(true);
    m_gridView->verticalHeader()->setDefaultSectionSize(m_gridView->fontMetrics().height() + 12);
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->setAlternatingRowColors(true);
    m_gridView->setToolTip(tr("Double-click a cell to read its answers in the compare view."));
    m_summary = table({tr("Variant"),
                          tr("Pass rate"),
                          tr("Mean"),
                          tr("p50"),
                          tr("p95"),
                          tr("First token"),
                          tr("Cost"),
                          tr("Judges"),
                          tr("Across repeats"),
                          tr("Since")},
        u"experimentSummary"_s,
        splitter);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->horizontalHeader()->setDefaultSectionSize(
        m_summary->fontMetrics().horizontalAdvance(u"0/00 (100%)"_s) + 16);
    m_summary->horizontalHeader()->resizeSection(0, 140);
    m_summary->horizontalHeader()->moveSection(9, 1); // "Since run N", when shown, beside the name
    auto *bottom = new QSplitter(Qt::Horizontal, splitter);
    m_summary->setParent(bottom);
    bottom->addWidget(m_summary);
    m_details = new QPlainTextEdit(bottom);
    m_details->setObjectName(u"cellDetails"_s);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a cell to read its answers and checks here."));
    bottom->addWidget(m_details);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    splitter->addWidget(m_gridView);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    connect(m_gridView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ExperimentWindow::showDetails);
    connect(m_grid, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from == m_gridView->currentIndex()) {
            showDetails(from);
        }
    });
    layout->addWidget(splitter, 1);

    connect(m_gridView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(ExperimentGridModel::ConversationRole).toLongLong(); id > 0) {
            Q_EMIT openConversation(id);
        }
    });
    connect(m_against, &QComboBox::activated, this, [this](int index) {
        compareWith(m_against->itemData(index).toLongLong());
    });
    connect(m_runs, &QComboBox::activated, this, [this](int index) {
        if (const qint64 id = m_runs->itemData(index).toLongLong(); id > 0 && id != m_shownRun) {
            showRun(id);
        }
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString filter;
        const QString path = QFileDialog::getSaveFileName(this,
            tr("Export the Run"),
            QDir::home().filePath(m_name->text() + u".html"_s),
            tr("HTML report (*.html);;CSV (*.csv);;JSON (*.json)"),
            &filter);
        if (path.isEmpty()) {
            return;
        }
        const QString suffix = QFileInfo(path).suffix().toLower();
        exportReport(path,
            suffix == "csv"_L1 || filter.startsWith(u"CSV"_s)         ? u"csv"_s
                : suffix == "json"_L1 || filter.startsWith(u"JSON"_s) ? u"json"_s
                                                                      : u"html"_s);
    });
}

void ExperimentWindow::showDetails(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    const Experiment &experiment = m_grid->experiment();
    QString text = m_grid->headerData(index.column(), Qt::Horizontal).toString() + u" · "_s
        + m_grid->headerData(index.row(), Qt::Vertical).toString() + u"\n"_s;
    for (int r = 0; r < experiment.repeat; ++r) {
        const ExperimentCell &cell = m_grid->cell({index.row(), index.column(), r});
        text += u"\n"_s
            + tr("#%1 · %2 · %3 · %4")
                  .arg(r + 1)
                  .arg(ExperimentCell::statusName(cell.status),
                      ExperimentReport::duration(cell.durationMs),
                      cell.totalCostNanos() ? formatCost(*cell.totalCostNanos()) : u"–"_s)
            + u"\n"_s;
        for (const CheckOutcome &check : cell.checks) {
            text += (check.passed ? u"  ✓ "_s : u"  ✗ "_s) + check.type + u": "_s + check.detail + u"\n"_s;
        }
        if (!cell.message.isEmpty()) {
            text += u"  "_s + cell.message + u"\n"_s;
        }
        if (!cell.text.isEmpty()) {
            text += cell.text.trimmed() + u"\n"_s;
        }
    }
    m_details->setPlainText(text);
}

void ExperimentWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_problem->setPalette(Theme::problemPalette(QApplication::palette()));
    }
    QWidget::changeEvent(event);
}

QStringList ExperimentWindow::variableNames() const
{
    static const QRegularExpression variable(u"\\{\\{\\s*([A-Za-z_][\\w.-]*)\\s*\\}\\}"_s);
    QStringList names;
    QString text = m_prompt->toPlainText() + u'\n' + m_system->toPlainText();
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        // A persona's {{variables}} are the cases' to fill as well.
        const QTableWidgetItem *persona = m_variants->item(row, VariantPersona);
        if (persona && !persona->text().trimmed().isEmpty() && m_services.database) {
            if (const auto found = PromptStore(*m_services.database).find(persona->text().trimmed())) {
                text += u'\n' + found->text;
            }
        }
        const GenerationParameters parameters = GenerationParameters::fromJson(
            QJsonDocument::fromJson(m_variants->item(row, VariantParameters)->data(ParametersRole).toByteArray())
                .object())
                                                    .value_or(GenerationParameters {});
        text += u'\n' + parameters.system.value_or(QString());
    }
    for (int row = 0; row < m_checks->rowCount(); ++row) {
        if (const QTableWidgetItem *item = m_checks->item(row, CheckValue)) {
            text += u'\n' + item->text();
        }
    }
    for (const QRegularExpressionMatch &match : variable.globalMatch(text)) {
        if (!names.contains(match.captured(1))) {
            names.append(match.captured(1));
        }
    }
    // Columns a loaded file had keep their values even when the prompt no longer names them.
    for (int column = 0; column < m_cases->columnCount(); ++column) {
        const QString name = m_cases->horizontalHeaderItem(column)->text();
        bool used = false;
        for (int row = 0; row < m_cases->rowCount() && !used; ++row) {
            used = m_cases->item(row, column) && !m_cases->item(row, column)->text().isEmpty();
        }
        if (used && !names.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

void ExperimentWindow::syncCaseColumns()
{
    const QStringList names = variableNames();
    QStringList current;
    for (int column = 0; column < m_cases->columnCount(); ++column) {
        current << m_cases->horizontalHeaderItem(column)->text();
    }
    if (names == current) {
        return;
    }
    // Keep every value under its variable's name.
    QList<QHash<QString, QString>> rows;
    QList<QVariant> ownChecks;
    for (int row = 0; row < m_cases->rowCount(); ++row) {
        QHash<QString, QString> values;
        for (int column = 0; column < m_cases->columnCount(); ++column) {
            if (const QTableWidgetItem *item = m_cases->item(row, column)) {
                values.insert(current.at(column), item->text());
            }
        }
        rows.append(values);
        ownChecks.append(
            m_cases->verticalHeaderItem(row) ? m_cases->verticalHeaderItem(row)->data(CaseChecksRole) : QVariant());
    }
    const QSignalBlocker blocker(m_cases);
    m_cases->clear();
    m_cases->setColumnCount(static_cast<int>(names.size()));
    m_cases->setHorizontalHeaderLabels(names);
    m_cases->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < names.size(); ++column) {
            m_cases->setItem(row, column, new QTableWidgetItem(rows.at(row).value(names.at(column))));
        }
        auto *header = new QTableWidgetItem(QString::number(row + 1));
        header->setData(CaseChecksRole, ownChecks.at(row));
        m_cases->setVerticalHeaderItem(row, header);
    }
}

void ExperimentWindow::formChanged()
{
    if (m_loading) {
        return;
    }
    syncCaseColumns();
    m_estimateTimer->start();
}

void ExperimentWindow::addVariant(
    const QString &name, const QString &target, const GenerationParameters &parameters, const QString &persona)
{
    const QSignalBlocker blocker(m_variants);
    const int row = m_variants->rowCount();
    m_variants->insertRow(row);
    m_variants->setItem(row, VariantName, new QTableWidgetItem(name));
    m_variants->setItem(row, VariantTarget, new QTableWidgetItem(target));
    auto *summary = new QTableWidgetItem(parametersText(parameters));
    summary->setFlags(summary->flags() & ~Qt::ItemIsEditable);
    summary->setData(ParametersRole, QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact));
    summary->setToolTip(tr("Double-click to set the parameters"));
    m_variants->setItem(row, VariantParameters, summary);
    m_variants->setItem(row, VariantPersona, new QTableWidgetItem(persona));
    formChanged();
}

void ExperimentWindow::addCase(const QHash<QString, QString> &values)
{
    syncCaseColumns();
    const QSignalBlocker blocker(m_cases);
    const int row = m_cases->rowCount();
    m_cases->insertRow(row);
    m_cases->setVerticalHeaderItem(row, new QTableWidgetItem(QString::number(row + 1)));
    for (int column = 0; column < m_cases->columnCount(); ++column) {
        const QString name = m_cases->horizontalHeaderItem(column)->text();
        m_cases->setItem(row, column, new QTableWidgetItem(values.value(name)));
    }
    // Values for variables the prompt does not name yet get their columns too.
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        bool found = false;
        for (int column = 0; column < m_cases->columnCount(); ++column) {
            found = found || m_cases->horizontalHeaderItem(column)->text() == it.key();
        }
        if (!found) {
            const int column = m_cases->columnCount();
            m_cases->insertColumn(column);
            m_cases->setHorizontalHeaderItem(column, new QTableWidgetItem(it.key()));
            m_cases->setItem(row, column, new QTableWidgetItem(it.value()));
        }
    }
    formChanged();
}

void ExperimentWindow::addCheck(
    ExperimentCheck::Type type, const QString &value, double threshold, const QString &judge)
{
    const QSignalBlocker blocker(m_checks);
    const int row = m_checks->rowCount();
    m_checks->insertRow(row);
    auto *types = new QComboBox(m_checks);
    for (const ExperimentCheck::Type t : checkTypes) {
        types->addItem(ExperimentCheck::typeName(t), static_cast<int>(t));
    }
    types->setCurrentIndex(static_cast<int>(checkTypes.indexOf(type)));
    m_checks->setCellWidget(row, CheckType, types);
    m_checks->setItem(row, CheckType, new QTableWidgetItem);
    m_checks->setItem(row, CheckValue, new QTableWidgetItem(value));
    m_checks->setItem(row, CheckThreshold, new QTableWidgetItem(QString::number(threshold)));
    m_checks->setItem(row, CheckJudge, new QTableWidgetItem(judge));
    // The threshold is read by the checks that have one; for the others it is greyed out.
    const auto showThreshold = [this, types](int) {
        for (int r = 0; r < m_checks->rowCount(); ++r) {
            if (m_checks->cellWidget(r, CheckType) != types) {
                continue;
            }
            const auto chosen = static_cast<ExperimentCheck::Type>(types->currentData().toInt());
            for (const int column : {CheckThreshold, CheckJudge}) {
                QTableWidgetItem *item = m_checks->item(r, column);
                const bool used
                    = column == CheckThreshold ? hasThreshold(chosen) : chosen == ExperimentCheck::Type::Judge;
                item->setFlags(used ? item->flags() | Qt::ItemIsEnabled | Qt::ItemIsEditable
                                    : item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsEditable));
            }
        }
    };
    showThreshold(0);
    connect(types, &QComboBox::currentIndexChanged, this, showThreshold);
    connect(types, &QComboBox::currentIndexChanged, this, &ExperimentWindow::formChanged);
    formChanged();
}

void ExperimentWindow::editParameters(int row)
{
    if (row < 0 || row >= m_variants->rowCount()) {
        return;
    }
    const auto target = ChatTarget::parse(m_variants->item(row, VariantTarget)->text().trimmed());
    if (!target) {
        showProblem(tr("Variant %1: the target is ACCOUNT/MODEL, e.g. openai/gpt-4.1.").arg(row + 1));
        return;
    }
    ChatTarget edited = *target;
    const auto json
        = QJsonDocument::fromJson(m_variants->item(row, VariantParameters)->data(ParametersRole).toByteArray());
    edited.parameters = GenerationParameters::fromJson(json.object()).value_or(GenerationParameters {});
    const QList<Variant> saved = m_services.database
        ? VariantStore(*m_services.database).variants().value_or(QList<Variant> {})
        : QList<Variant> {};
    auto *dialog = new TargetParametersDialog(
        edited,
        saved,
        [this](const ChatTarget &t) { return m_runner->dispatcher().session().parameterProblems(t); },
        false,
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= m_variants->rowCount()) {
            return;
        }
        const ChatTarget result = dialog->target();
        QTableWidgetItem *summary = m_variants->item(row, VariantParameters);
        const QSignalBlocker blocker(m_variants);
        summary->setData(ParametersRole, QJsonDocument(result.parameters.toJson()).toJson(QJsonDocument::Compact));
        summary->setText(parametersText(result.parameters));
        if (!result.variant.isEmpty() && m_variants->item(row, VariantName)->text().trimmed().isEmpty()) {
            m_variants->item(row, VariantName)->setText(result.variant);
        }
        formChanged();
    });
    dialog->open();
}

void ExperimentWindow::load(const Experiment &experiment)
{
    m_loading = true;
    m_name->setText(experiment.name);
    // A prompt from the library is shown with its text (at the version it names, or the latest).
    Experiment shown = experiment;
    m_libraryPrompt.clear();
    if (!experiment.libraryPrompt.isEmpty()) {
        shown.variants.clear(); // their personas are read when run
        if (ExperimentFile::resolveLibrary(shown, m_services.database) || !shown.prompt.isEmpty()) {
            m_libraryPrompt = shown.libraryPrompt;
        }
    }
    m_libraryPromptText = shown.prompt;
    m_prompt->setPlainText(shown.prompt);
    m_system->setPlainText(experiment.system.value_or(QString()));
    m_repeat->setValue(experiment.repeat);
    m_judge->setText(experiment.judge);
    m_maxCost->setValue(experiment.maxCostUsd.value_or(0));
    m_variants->setRowCount(0);
    m_cases->clear();
    m_cases->setRowCount(0);
    m_cases->setColumnCount(0);
    m_checks->setRowCount(0);
    for (const ExperimentVariant &variant : experiment.variants) {
        ChatTarget bare = variant.target;
        bare.parameters = {};
        GenerationParameters parameters = variant.target.parameters;
        if (!variant.persona.isEmpty()) {
            parameters.system.reset(); // the persona's text, read from the library when run
        }
        addVariant(variant.name == variant.target.label() ? QString() : variant.name,
            bare.label(),
            parameters,
            variant.persona);
    }
    for (const ExperimentCheck &check : experiment.checks) {
        QString value = check.value;
        if (check.type == ExperimentCheck::Type::JsonSchema) {
            value = QString::fromUtf8(QJsonDocument(check.schema).toJson(QJsonDocument::Compact));
        } else if (isNumeric(check.type)) {
            value = QString::number(check.number);
        }
        addCheck(check.type, value, check.threshold, check.judge);
    }
    m_loading = false;
    syncCaseColumns();
    for (const ExperimentCase &row : experiment.cases) {
        addCase(row.variables);
        if (!row.checks.isEmpty()) {
            QJsonArray own;
            for (const ExperimentCheck &check : row.checks) {
                own.append(check.toJson());
            }
            m_cases->verticalHeaderItem(m_cases->rowCount() - 1)->setData(CaseChecksRole, own);
        }
    }
    m_grid->reset(experiment);
    m_shownRun = 0;
    fillRuns();
    formChanged();
}

std::expected<Experiment, QString> ExperimentWindow::experiment() const
{
    QJsonObject root {{u"quorum_experiment"_s, Experiment::formatVersion},
        {u"name"_s, m_name->text().trimmed()},
        {u"prompt"_s, m_prompt->toPlainText()}};
    if (!m_libraryPrompt.isEmpty() && m_prompt->toPlainText() == m_libraryPromptText) {
        root.insert(u"library_prompt"_s, m_libraryPrompt); // edited: the text typed instead
    }
    if (!m_system->toPlainText().trimmed().isEmpty()) {
        root.insert(u"system"_s, m_system->toPlainText());
    }
    QJsonArray variants;
    for (int row = 0; row < m_variants->rowCount(); ++row) {
        QJsonObject variant {{u"target"_s, m_variants->item(row, VariantTarget)->text().trimmed()}};
        if (const QString name = m_variants->item(row, VariantName)->text().trimmed(); !name.isEmpty()) {
            variant.insert(u"name"_s, name);
        }
        const QJsonObject parameters
            = QJsonDocument::fromJson(m_variants->item(row, VariantParameters)->data(ParametersRole).toByteArray())
                  .object();
        if (!parameters.isEmpty()) {
            variant.insert(u"parameters"_s, parameters);
        }
        if (const QTableWidgetItem *persona = m_variants->item(row, VariantPersona);
            persona && !persona->text().trimmed().isEmpty()) {
            variant.insert(u"persona"_s, persona->text().trimmed());
        }
        variants.append(variant);
    }
    root.insert(u"variants"_s, variants);
    QJsonArray cases;
    for (int row = 0; row < m_cases->rowCount(); ++row) {
        QJsonObject vars;
        for (int column = 0; column < m_cases->columnCount(); ++column) {
            const QTableWidgetItem *item = m_cases->item(row, column);
            vars.insert(m_cases->horizontalHeaderItem(column)->text(), item ? item->text() : QString());
        }
        QJsonObject entry {{u"vars"_s, vars}};
        if (const QTableWidgetItem *header = m_cases->verticalHeaderItem(row);
            header && header->data(CaseChecksRole).isValid()) {
            entry.insert(u"checks"_s, header->data(CaseChecksRole).toJsonArray());
        }
        cases.append(entry);
    }
    if (!cases.isEmpty()) {
        root.insert(u"cases"_s, cases);
    }
    QJsonArray checks;
    for (int row = 0; row < m_checks->rowCount(); ++row) {
        const auto *types = qobject_cast<QComboBox *>(m_checks->cellWidget(row, CheckType));
        const auto type = static_cast<ExperimentCheck::Type>(types->currentData().toInt());
        const QString value = m_checks->item(row, CheckValue)->text();
        QJsonObject check {{u"type"_s, ExperimentCheck::typeName(type)}};
        if (type == ExperimentCheck::Type::JsonSchema) {
            check.insert(u"schema"_s, QJsonDocument::fromJson(value.toUtf8()).object());
        } else if (isNumeric(type)) {
            bool ok = false;
            const double number = value.trimmed().toDouble(&ok);
            check.insert(u"value"_s, ok ? QJsonValue(number) : QJsonValue(value));
        } else if (type != ExperimentCheck::Type::Json) {
            check.insert(u"value"_s, value);
        }
        if (hasThreshold(type)) {
            check.insert(u"threshold"_s, m_checks->item(row, CheckThreshold)->text().trimmed().toDouble());
        }
        if (const QString judge = m_checks->item(row, CheckJudge)->text().trimmed();
            !judge.isEmpty() && type == ExperimentCheck::Type::Judge) {
            check.insert(u"judge"_s, judge);
        }
        checks.append(check);
    }
    if (!checks.isEmpty()) {
        root.insert(u"checks"_s, checks);
    }
    root.insert(u"repeat"_s, m_repeat->value());
    if (!m_judge->text().trimmed().isEmpty()) {
        root.insert(u"judge"_s, m_judge->text().trimmed());
    }
    if (m_maxCost->value() > 0) {
        root.insert(u"max_cost_usd"_s, m_maxCost->value());
    }
    return ExperimentFile::read(QJsonDocument(root).toJson(), m_directory);
}

void ExperimentWindow::updateEstimate()
{
    const auto read = experiment();
    if (!read) {
        m_estimate->setText(tr("Not ready: %1").arg(read.error()));
        m_run->setEnabled(false);
        return;
    }
    const ExperimentPlan plan = m_runner->plan(*read);
    QString text = tr("%n cell(s) (%1 variants × %2 cases × %3 repeats)", nullptr, int(read->cellCount()))
                       .arg(read->variants.size())
                       .arg(read->cases.size())
                       .arg(read->repeat);
    text += u" · "_s
        + (plan.worstCaseNanos ? tr("at most %1").arg(formatCost(*plan.worstCaseNanos))
                               : tr("at most an unknown amount (no price for %1)").arg(plan.unpriced.join(u", "_s)));
    for (auto it = plan.refusedVariants.cbegin(); it != plan.refusedVariants.cend(); ++it) {
        text += u"\n"_s + tr("%1 cannot be sent: %2").arg(read->variants.at(it.key()).name, it.value());
    }
    if (!plan.problems.isEmpty()) {
        text += u"\n"_s + plan.problems.join(u'\n');
    }
    m_estimate->setText(text);
    m_run->setEnabled(plan.problems.isEmpty() && !m_runner->isRunning());
}

QString ExperimentWindow::estimateText() const
{
    return m_estimate->text();
}

QString ExperimentWindow::problemText() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ExperimentWindow::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool ExperimentWindow::run()
{
    showProblem({});
    const auto read = experiment();
    if (!read) {
        showProblem(read.error());
        return false;
    }
    // A run of a changed definition is a new run; one with the same definition that was
    // stopped or killed goes on.
    std::expected<qint64, QString> started;
    if (const auto interrupted = m_runner->resumable(read->name, ExperimentRunner::definitionOf(*read))) {
        started = m_runner->resume(interrupted->id);
    } else {
        started = m_runner->start(*read);
    }
    if (!started) {
        showProblem(started.error());
        return false;
    }
    m_grid->reset(m_runner->experiment(),
        m_services.database ? ExperimentStore(*m_services.database).cells(*started).value_or(QList<ExperimentCell> {})
                            : QList<ExperimentCell> {});
    m_shownRun = *started;
    setRunningState(true);
    fillRuns();
    fillSummary();
    m_tabs->setCurrentIndex(1);
    const ExperimentPlan &plan = m_runner->currentPlan();
    m_status->setText(tr("Run %1: %2 cells to ask, at most %3.")
            .arg(*started)
            .arg(plan.cells)
            .arg(plan.worstCaseNanos ? formatCost(*plan.worstCaseNanos) : tr("an unknown amount")));
    return true;
}

bool ExperimentWindow::resume()
{
    showProblem({});
    if (m_shownRun == 0) {
        return false;
    }
    const auto resumed = m_runner->resume(m_shownRun);
    if (!resumed) {
        showProblem(resumed.error());
        return false;
    }
    m_grid->reset(m_runner->experiment(),
        ExperimentStore(*m_services.database).cells(*resumed).value_or(QList<ExperimentCell> {}));
    setRunningState(true);
    m_status->setText(tr("Run %1 goes on: %2 cells to ask.").arg(*resumed).arg(m_runner->currentPlan().cells));
    return true;
}

void ExperimentWindow::stop()
{
    m_runner->stop();
}

void ExperimentWindow::setRunningState(bool running)
{
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    bool resumable = false;
    if (!running && m_services.database && m_shownRun > 0) {
        if (const auto shown = ExperimentStore(*m_services.database).run(m_shownRun)) {
            resumable = shown->status != ExperimentRunRecord::Status::Done && !m_runner->isAlive(*shown);
        }
    }
    m_resume->setEnabled(resumable);
    if (!running) {
        m_estimateTimer->start();
    }
}

void ExperimentWindow::fillRuns()
{
    const QSignalBlocker blocker(m_runs);
    m_runs->clear();
    if (!m_services.database) {
        return;
    }
    ExperimentStore store(*m_services.database);
    const auto experiment = store.experiment(m_name->text().trimmed());
    if (!experiment) {
        m_runs->addItem(tr("Not run yet"), 0);
        return;
    }
    for (const ExperimentRunRecord &run : store.runs(experiment->id).value_or(QList<ExperimentRunRecord> {})) {
        const QString status = run.status == ExperimentRunRecord::Status::Running && !m_runner->isAlive(run)
            ? tr("interrupted")
            : ExperimentRunRecord::statusName(run.status);
        m_runs->addItem(tr("Run %1 · %2 · %3")
                            .arg(run.id)
                            .arg(QDateTime::fromMSecsSinceEpoch(run.startedAt).toString(u"yyyy-MM-dd HH:mm"_s), status),
            run.id);
    }
    m_runs->setCurrentIndex(std::max(0, m_runs->findData(m_shownRun)));
    fillAgainst();
}

void ExperimentWindow::fillAgainst()
{
    const qint64 chosen = m_against->currentData().toLongLong();
    const QSignalBlocker blocker(m_against);
    m_against->clear();
    m_against->addItem(tr("the run before"), 0);
    for (int i = 0; i < m_runs->count(); ++i) {
        if (const qint64 id = m_runs->itemData(i).toLongLong(); id > 0 && id != m_shownRun) {
            m_against->addItem(tr("Run %1").arg(id), id);
        }
    }
    m_against->setCurrentIndex(std::max(0, m_against->findData(chosen)));
}

void ExperimentWindow::compareWith(qint64 runId)
{
    m_against->setCurrentIndex(std::max(0, m_against->findData(runId)));
    fillSummary();
    fillChanges();
}

std::optional<std::pair<qint64, ExperimentSummary>> ExperimentWindow::baseline() const
{
    if (!m_services.database || m_shownRun == 0 || (m_runner->isRunning() && m_runner->runId() == m_shownRun)) {
        return std::nullopt;
    }
    ExperimentStore store(*m_services.database);
    const auto shown = store.run(m_shownRun);
    if (!shown) {
        return std::nullopt;
    }
    qint64 before = m_against->currentData().toLongLong();
    if (before == 0) {
        // The run before this one of the same experiment (runs() is newest first).
        const QList<ExperimentRunRecord> runs = store.runs(shown->experimentId).value_or(QList<ExperimentRunRecord> {});
        for (qsizetype i = 0; i + 1 < runs.size(); ++i) {
            if (runs.at(i).id == m_shownRun) {
                before = runs.at(i + 1).id;
            }
        }
    }
    const auto run = before > 0 ? store.run(before) : std::unexpected(StorageError {});
    if (!run) {
        return std::nullopt;
    }
    const auto asked = ExperimentFile::read(run->definition, QString());
    if (!asked) {
        return std::nullopt;
    }
    return std::pair {before, ExperimentSummary::of(*asked, store.cells(before).value_or(QList<ExperimentCell> {}))};
}

void ExperimentWindow::showRun(qint64 runId)
{
    if (!m_services.database) {
        return;
    }
    ExperimentStore store(*m_services.database);
    const auto run = store.run(runId);
    if (!run) {
        showProblem(run.error().message);
        return;
    }
    const auto experiment = ExperimentFile::read(run->definition, QString());
    if (!experiment) {
        showProblem(experiment.error());
        return;
    }
    m_shownRun = runId;
    if (!(m_runner->isRunning() && m_runner->runId() == runId)) {
        m_grid->reset(*experiment, store.cells(runId).value_or(QList<ExperimentCell> {}));
    }
    m_runs->setCurrentIndex(std::max(0, m_runs->findData(runId)));
    fillAgainst();
    setRunningState(m_runner->isRunning());
    fillSummary();
    fillChanges();
}

QString ExperimentWindow::changesText() const
{
    return m_changes->isVisible() ? m_changes->text() : QString();
}

void ExperimentWindow::fillChanges()
{
    m_changes->hide();
    const auto compared = baseline();
    if (!compared) {
        return;
    }
    const qint64 before = compared->first;
    ExperimentStore store(*m_services.database);
    const QList<CellChange> changes = ExperimentSummary::changes(store.cells(before).value_or(QList<ExperimentCell> {}),
        store.cells(m_shownRun).value_or(QList<ExperimentCell> {}));
    const Experiment &experiment = m_grid->experiment();
    QStringList better;
    QStringList worse;
    for (const CellChange &change : changes) {
        if (change.caseIndex >= experiment.cases.size() || change.variantIndex >= experiment.variants.size()) {
            continue;
        }
        const QString where = m_grid->headerData(change.variantIndex, Qt::Horizontal).toString() + u" · "_s
            + m_grid->headerData(change.caseIndex, Qt::Vertical).toString();
        (change.better() ? better : worse) << tr("%1 (%2 of %3 passed, %4 before)")
                                                  .arg(where)
                                                  .arg(change.passedNow)
                                                  .arg(change.repeats)
                                                  .arg(change.passedBefore);
    }
    QString text = tr("Since run %1: ").arg(before);
    if (better.isEmpty() && worse.isEmpty()) {
        text += tr("no cell passed more or less often.");
    } else {
        if (!worse.isEmpty()) {
            text += tr("worse: %1").arg(worse.join(u"; "_s));
        }
        if (!better.isEmpty()) {
            text += (worse.isEmpty() ? QString() : u". "_s) + tr("better: %1").arg(better.join(u"; "_s));
        }
    }
    m_changes->setText(text);
    m_changes->show();
}

void ExperimentWindow::fillSummary()
{
    const Experiment &experiment = m_grid->experiment();
    const ExperimentSummary summary = ExperimentSummary::of(experiment, m_grid->cells());
    const auto compared = baseline();
    constexpr int sinceColumn = 9;
    m_summary->setColumnHidden(sinceColumn, !compared);
    if (compared) {
        m_summary->horizontalHeaderItem(sinceColumn)->setText(tr("Since run %1").arg(compared->first));
    }
    m_summary->setRowCount(static_cast<int>(summary.variants.size()));
    for (int v = 0; v < summary.variants.size(); ++v) {
        const VariantSummary &s = summary.variants.at(v);
        QStringList values {s.name,
            ExperimentReport::passRateText(s),
            ExperimentReport::duration(s.meanMs),
            ExperimentReport::duration(s.p50Ms),
            ExperimentReport::duration(s.p95Ms),
            ExperimentReport::duration(s.meanFirstTokenMs),
            formatCost(s.costNanos),
            s.judgeCostNanos > 0 ? formatCost(s.judgeCostNanos) : u"–"_s,
            ExperimentReport::acrossRepeatsText(s),
            QString()};
        if (compared) {
            const auto before = std::ranges::find_if(
                compared->second.variants, [&s](const VariantSummary &v) { return v.name == s.name; });
            values[sinceColumn] = before == compared->second.variants.cend() ? tr("not in that run")
                                                                             : ExperimentReport::versus(*before, s);
        }
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            if (column > 0 && column < 8) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_summary->setItem(v, column, item);
        }
    }
    for (int column = 1; column < 8; ++column) { // figures are never cut
        m_summary->resizeColumnToContents(column);
    }
    if (compared) {
        m_summary->resizeColumnToContents(sinceColumn);
    }
    if (!m_runner->isRunning() && m_shownRun > 0) {
        m_status->setText(tr("Run %1: %2 passed, %3 failed, %4 errors, %5 refused, %6 skipped, %7 pending · %8")
                .arg(m_shownRun)
                .arg(summary.passed)
                .arg(summary.failed)
                .arg(summary.errors)
                .arg(summary.refused)
                .arg(summary.skipped)
                .arg(summary.pending)
                .arg(formatCost(summary.costNanos)));
    }
}

bool ExperimentWindow::openFile(const QString &path)
{
    const auto loaded = ExperimentFile::load(path);
    if (!loaded) {
        showProblem(tr("%1: %2").arg(QFileInfo(path).fileName(), loaded.error()));
        return false;
    }
    showProblem({});
    m_directory = QFileInfo(path).absolutePath();
    Experiment experiment = *loaded;
    if (experiment.name.trimmed().isEmpty()) {
        experiment.name = QFileInfo(path).completeBaseName();
    }
    load(experiment);
    return true;
}

bool ExperimentWindow::saveFile(const QString &path)
{
    const auto read = experiment();
    if (!read) {
        showProblem(read.error());
        return false;
    }
    QSaveFile file(path);
    const QByteArray data = ExperimentFile::write(*read);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        showProblem(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_directory = QFileInfo(path).absolutePath();
    return true;
}

bool ExperimentWindow::exportReport(const QString &path, const QString &format)
{
    if (!m_services.database || m_shownRun == 0) {
        showProblem(tr("There is no run to export yet."));
        return false;
    }
    ExperimentStore store(*m_services.database);
    const auto run = store.run(m_shownRun);
    if (!run) {
        showProblem(run.error().message);
        return false;
    }
    const QList<ExperimentCell> cells = store.cells(m_shownRun).value_or(QList<ExperimentCell> {});
    ExperimentReport report(m_grid->experiment(), *run, cells);
    QList<CellChange> changes;
    if (const auto compared = baseline()) { // the same comparison as shown
        report.setBaseline(compared->first, compared->second);
        changes = ExperimentSummary::changes(store.cells(compared->first).value_or(QList<ExperimentCell> {}), cells);
    }
    const QByteArray data = format == "csv"_L1 ? report.csv().toUtf8()
        : format == "json"_L1                  ? report.json(changes)
                                               : report.html(changes).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        showProblem(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ExperimentWindow::importCsv()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import Cases"), m_directory, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    const auto rows = ExperimentFile::readCsv(QString::fromUtf8(file.readAll()));
    if (!rows) {
        // A broken row is named by its line, and nothing is added.
        showProblem(tr("%1: %2").arg(QFileInfo(path).fileName(), rows.error()));
        return;
    }
    showProblem({});
    for (const ExperimentCase &row : *rows) {
        addCase(row.variables);
    }
}

} // namespace Quorum
