// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QDialog>

#include "routing/leaderboard.h"

class QComboBox;
class QLabel;
class QTableWidget;
class QVBoxLayout;

namespace Quorum
{

class Database;

/*!
 * View -> Leaderboard: the user's own votes per model, per category of prompt and per rule
 * (win rate, cost per answer, speed, first token), and rules suggested by them, each added
 * with one click.
 */
class LeaderboardDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LeaderboardDialog(Database *database, QWidget *parent = nullptr);

    //! Reads the votes again.
    void reload();
    QTableWidget *table() const { return m_table; }
    QStringList suggestionTexts() const;
    //! Adds suggestion \a index as a rule (what its button does).
    bool addSuggestion(int index);

Q_SIGNALS:
    void rulesChanged();

private:
    void fillTable();
    void fillSuggestions();

    Database *m_database;
    QComboBox *m_groupBy = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QVBoxLayout *m_suggestionsLayout = nullptr;
    QLabel *m_noSuggestions = nullptr;
    std::optional<Leaderboard> m_board;
    QList<RuleSuggestion> m_suggestions;
};

} // namespace Quorum
