// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "leaderboard/leaderboarddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/experimentstore.h"
#include "storage/rulestore.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
//! A cell that sorts by a number, not by its text.
QTableWidgetItem *numberItem(const QString &text, double value)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

LeaderboardDialog::LeaderboardDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(u"leaderboardDialog"_s);
    setWindowTitle(tr("Leaderboard"));
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(u"leaderboardGroupBy"_s);
    m_groupBy->setAccessibleName(tr("Group the votes by"));
    m_groupBy->addItem(tr("Model"), static_cast<int>(Leaderboard::By::Model));
    m_groupBy->addItem(tr("Kind of prompt"), static_cast<int>(Leaderboard::By::Category));
    m_groupBy->addItem(tr("Routing rule"), static_cast<int>(Leaderboard::By::Rule));
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, &LeaderboardDialog::fillTable);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"leaderboardSummary"_s);
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Group by:"), this));
    top->addWidget(m_groupBy);
    top->addWidget(m_summary, 1);

    m_table = new QTableWidget(this);
    m_table->setObjectName(u"leaderboardTable"_s);
    m_table->setAccessibleName(tr("Your votes per model"));
    m_table->setColumnCount(11);
    m_table->setHorizontalHeaderLabels({tr("Group"),
        tr("Model"),
        tr("Won"),
        tr("Compared"),
        tr("Win rate"),
        tr("Cost per answer"),
        tr("Speed"),
        tr("First token"),
        tr("Judge score"),
        tr("Peer rank"),
        tr("Experiment checks")});
    m_table->horizontalHeaderItem(10)->setToolTip(
        tr("Cells of your experiments whose checks all passed, of those checked; kept apart from your votes"));
    m_table->horizontalHeaderItem(8)->setToolTip(
        tr("The judges' mean score (0 to 10) over the scored tables; kept apart from your votes"));
    m_table->horizontalHeaderItem(9)->setToolTip(
        tr("Mean Borda points when the models ranked each other (1: always first, 0: always last)"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    auto *suggestions = new QGroupBox(tr("Suggestions from your votes"), this);
    m_suggestionsLayout = new QVBoxLayout(suggestions);
    m_noSuggestions = new QLabel(suggestions);
    m_noSuggestions->setWordWrap(true);
    m_noSuggestions->setForegroundRole(QPalette::PlaceholderText);
    m_suggestionsLayout->addWidget(m_noSuggestions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(suggestions);
    layout->addWidget(buttons);
    resize(900, 560);
    reload();
}

void LeaderboardDialog::reload()
{
    m_board.reset();
    if (m_database) {
        const ConversationStore store(*m_database);
        const auto voted = store.votedTurns();
        const auto judged = store.judgedTurns();
        const auto tested = ExperimentStore(*m_database).outcomes();
        if (voted && judged && tested) {
            m_board.emplace(*voted, *judged, *tested);
        } else {
            m_summary->setText(!voted ? voted.error().message
                    : !judged         ? judged.error().message
                                      : tested.error().message);
        }
    }
    fillTable();
    fillSuggestions();
}

void LeaderboardDialog::fillTable()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!m_board) {
        return;
    }
    if (m_board->votes() == 0 && m_board->judged() == 0 && m_board->tested() == 0) {
        m_summary->setText(
            tr("No votes yet. Ask two or more models, then pick the best answer (☆): "
               "your picks build this table. Blind compare (View menu) hides the names until you pick."));
        return;
    }
    m_summary->setText(
        tr("From %n vote(s): turns with two or more answers where you picked the best.", nullptr, m_board->votes())
        + (m_board->judged() > 0 ? u' ' + tr("Judges scored or ranked %n turn(s).", nullptr, m_board->judged())
                                 : QString())
        + (m_board->tested() > 0 ? u' ' + tr("Experiments checked %n answer(s).", nullptr, m_board->tested())
                                 : QString()));
    const auto by = static_cast<Leaderboard::By>(m_groupBy->currentData().toInt());
    const QList<LeaderboardRow> rows = m_board->rows(by);
    m_table->setColumnHidden(0, by == Leaderboard::By::Model);
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const LeaderboardRow &row = rows.at(i);
        m_table->setItem(i,
            0,
            new QTableWidgetItem(by == Leaderboard::By::Category ? Leaderboard::categoryLabel(row.group) : row.group));
        m_table->setItem(i, 1, new QTableWidgetItem(row.target));
        m_table->setItem(i, 2, numberItem(QString::number(row.wins), row.wins));
        m_table->setItem(i, 3, numberItem(QString::number(row.compared), row.compared));
        m_table->setItem(i, 4, numberItem(u"%1 %"_s.arg(qRound(row.winRate() * 100)), row.winRate()));
        m_table->setItem(i,
            5,
            numberItem(row.costPerAnswerNanos ? formatCost(*row.costPerAnswerNanos) : tr("unknown"),
                double(row.costPerAnswerNanos.value_or(-1))));
        m_table->setItem(i,
            6,
            numberItem(row.tokensPerSecond ? tr("%1 tok/s").arg(qRound(*row.tokensPerSecond)) : QString(),
                row.tokensPerSecond.value_or(-1)));
        m_table->setItem(i,
            7,
            numberItem(row.medianFirstTokenMs ? tr("%1 ms").arg(*row.medianFirstTokenMs) : QString(),
                double(row.medianFirstTokenMs.value_or(-1))));
        m_table->setItem(i,
            8,
            numberItem(
                row.judgeScore ? tr("%1 (%n scored)", nullptr, row.scored).arg(*row.judgeScore, 0, 'f', 1) : QString(),
                row.judgeScore.value_or(-1)));
        m_table->setItem(i,
            9,
            numberItem(
                row.peerPoints ? tr("%1 (%n ranked)", nullptr, row.ranked).arg(*row.peerPoints, 0, 'f', 2) : QString(),
                row.peerPoints.value_or(-1)));
        m_table->setItem(i,
            10,
            numberItem(row.testPassRate()
                    ? u"%1/%2 (%3 %)"_s.arg(row.testsPassed).arg(row.tested).arg(qRound(*row.testPassRate() * 100))
                    : QString(),
                row.testPassRate().value_or(-1)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

void LeaderboardDialog::fillSuggestions()
{
    while (m_suggestionsLayout->count() > 1) {
        QLayoutItem *item = m_suggestionsLayout->takeAt(1);
        delete item->widget();
        delete item;
    }
    m_suggestions.clear();
    if (m_board && m_database) {
        m_suggestions = m_board->suggestions(RuleStore(*m_database).rules());
    }
    m_noSuggestions->setText(m_suggestions.isEmpty()
            ? tr("No suggestions yet: a model needs at least 5 votes of one kind of prompt (code, long, a "
                 "language) and to win 60 % of them.")
            : tr("Rules your votes argue for. Each is added at the top of your rules; edit or remove it "
                 "in Settings → Routing."));
    for (int i = 0; i < m_suggestions.size(); ++i) {
        auto *row = new QWidget(this);
        auto *text = new QLabel(m_suggestions.at(i).text, row);
        text->setObjectName(u"suggestionText"_s);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        auto *add = new QPushButton(tr("Add Rule"), row);
        add->setObjectName(u"addSuggestionButton"_s);
        add->setAccessibleName(tr("Add the rule: %1").arg(m_suggestions.at(i).rule.name));
        connect(add, &QPushButton::clicked, this, [this, i] { addSuggestion(i); });
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(text, 1);
        layout->addWidget(add);
        m_suggestionsLayout->addWidget(row);
    }
}

QStringList LeaderboardDialog::suggestionTexts() const
{
    QStringList texts;
    for (const RuleSuggestion &s : m_suggestions) {
        texts << s.text;
    }
    return texts;
}

bool LeaderboardDialog::addSuggestion(int index)
{
    if (!m_database || index < 0 || index >= m_suggestions.size()) {
        return false;
    }
    RuleStore store(*m_database);
    Rule rule = m_suggestions.at(index).rule;
    // Names are unique: a second suggestion for the same kind gets a number.
    const QList<Rule> existing = store.rules();
    const QString base = rule.name;
    for (int n = 2; std::ranges::any_of(existing, [&](const Rule &r) { return r.name == rule.name; }); ++n) {
        rule.name = u"%1 %2"_s.arg(base).arg(n);
    }
    if (auto added = store.add(rule, 0); !added) {
        m_noSuggestions->setText(added.error().message);
        return false;
    }
    Q_EMIT rulesChanged();
    fillSuggestions(); // it is no longer suggested
    return true;
}

} // namespace Quorum
