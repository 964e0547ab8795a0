// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>
#include <memory>

#include <QWidget>

#include "storage/rulestore.h"
#include "types/rule.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace Quorum
{

class Database;
class ProviderConfig;
class RouteEnvironment;
class RuleListModel;
class Settings;

/*!
 * Settings -> Routing: the routing rules in the order they are tried (drag to reorder, tick
 * to turn one on or off), a form for the selected rule (condition rows in the short form of
 * docs/rules.md, the action and its targets), validation as you type (a bad regular
 * expression, an unknown account or model), "Try a prompt" showing the decision and every
 * reason live, and import/export of the rules file. A valid change is saved at once, like
 * the other settings; an invalid one is shown and not saved.
 */
class RulesPage final : public QWidget
{
    Q_OBJECT

public:
    RulesPage(Database *database, ProviderConfig *providers, Settings *settings, QWidget *parent = nullptr);
    ~RulesPage() override;

    int ruleCount() const;
    void selectRule(int row);
    //! Adds a new rule (a "send" rule to the first chosen model) after the selected one.
    void addRule();
    void removeSelectedRule();
    //! Moves rule \a from to \a to, as a drag in the list does.
    void moveRule(int from, int to);
    //! What the selected rule's form says, and why it cannot be saved (empty: saved).
    QString validationText() const;
    QString tryResultText() const;
    QString tryReasonsText() const;
    bool importFrom(const QString &fileName);
    bool exportTo(const QString &fileName);
    //! Provider accounts or their model lists changed (Settings -> Providers).
    void accountsChanged();

Q_SIGNALS:
    //! A rule was added, changed, moved or removed (stored already).
    void rulesChanged();

private:
    struct ConditionRow;
    void onRulesReloaded();
    void showRule(int row);
    void addConditionRow(const Condition &condition);
    void clearConditionRows();
    //! Reads the form; saves when valid, else shows why.
    void onFormEdited();
    std::optional<Rule> ruleFromForm(QStringList &errors, QStringList &warnings) const;
    void updateTry();
    void updateActionFields();
    std::pair<bool, QString> targetProblem(const ChatTarget &target) const;
    //! Accounts, model lists, prices and budgets read once (not at every key typed), with
    //! the rules as they stand in the list.
    RouteEnvironment &environment() const;

    Database *m_database;
    ProviderConfig *m_providers;
    Settings *m_settings;
    RuleListModel *m_model = nullptr;
    mutable std::unique_ptr<RouteEnvironment> m_environment;
    int m_current = -1;
    bool m_loading = false;

    QListView *m_list = nullptr;
    QPushButton *m_removeButton = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QVBoxLayout *m_conditionsLayout = nullptr;
    QList<ConditionRow *> m_conditionRows;
    QComboBox *m_actionType = nullptr;
    QLineEdit *m_targets = nullptr;
    QLineEdit *m_tag = nullptr;
    QLineEdit *m_message = nullptr;
    QLabel *m_targetsLabel = nullptr;
    QLabel *m_tagLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_validation = nullptr;
    QPlainTextEdit *m_tryPrompt = nullptr;
    QLabel *m_tryResult = nullptr;
    QLabel *m_tryReasons = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace Quorum
