// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "settings/rulespage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/settings.h"
#include "models/rulelistmodel.h"
#include "providers/providerconfig.h"
#include "routing/routeenvironment.h"
#include "settings/formscrollarea.h"
#include "storage/database.h"
#include "theme/theme.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
struct ConditionKind {
    Condition::Type type;
    const char *label;
    const char *example;
};

// The order of the type menu: content first, then context, then governance.
const QList<ConditionKind> &conditionKinds()
{
    static const QList<ConditionKind> kinds {
        {Condition::Type::AnyKeyword, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Contains any of"), "invoice, contract"},
        {Condition::Type::AllKeywords, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Contains all of"), "sql, postgres"},
        {Condition::Type::Regex,
            QT_TRANSLATE_NOOP("Quorum::RulesPage", "Matches the regular expression"),
            "^translate\\b"},
        {Condition::Type::HasCode, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Contains code"), ""},
        {Condition::Type::TokensAbove, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Longer than (tokens)"), "2000"},
        {Condition::Type::TokensBelow, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Shorter than (tokens)"), "200"},
        {Condition::Type::Script, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Written in the script"), "cyrillic"},
        {Condition::Type::ConversationTag, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Conversation is tagged"), "work"},
        {Condition::Type::TimeOfDay, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Time of day is between"), "22:00-06:00"},
        {Condition::Type::Weekday, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Weekday is"), "sat, sun"},
        {Condition::Type::BudgetAbove, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Monthly budget spent above (%)"), "80"},
        {Condition::Type::Sensitive,
            QT_TRANSLATE_NOOP("Quorum::RulesPage", "Contains sensitive data"),
            "email, card, iban, phone, api-key, aws-key"},
        {Condition::Type::HasAttachment, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Has attached files"), ""},
        {Condition::Type::AttachmentKind, QT_TRANSLATE_NOOP("Quorum::RulesPage", "Has attached files of kind"), "pdf"},
        {Condition::Type::AttachmentSizeAbove,
            QT_TRANSLATE_NOOP("Quorum::RulesPage", "Has an attached file larger than (MB)"),
            "10"},
    };
    return kinds;
}

QString actionLabel(Action::Type type)
{
    switch (type) {
    case Action::Type::Send:
        return RulesPage::tr("Send to (several: compare)");
    case Action::Type::Cheapest:
        return RulesPage::tr("The cheapest that fits of");
    case Action::Type::Fallback:
        return RulesPage::tr("Try in turn (fallback)");
    case Action::Type::Restrict:
        return RulesPage::tr("Only accounts tagged");
    case Action::Type::Redact:
        return RulesPage::tr("Redact sensitive data");
    case Action::Type::Block:
        return RulesPage::tr("Block, saying");
    case Action::Type::ToolsOnly:
        return RulesPage::tr("Tools only for accounts tagged");
    }
    return {};
}
} // namespace

//! One condition of the form: [not] [type] [value] [x]; the value in the short form.
struct RulesPage::ConditionRow {
    QWidget *widget = nullptr;
    QCheckBox *negate = nullptr;
    QComboBox *type = nullptr;
    QLineEdit *value = nullptr;
    //! As loaded: kept whole while the row says the same (the short form does not carry
    //! custom sensitive-data patterns).
    std::optional<Condition> original;

    QString spec() const
    {
        const QString name = Condition::typeName(static_cast<Condition::Type>(type->currentData().toInt()));
        const QString v = value->text().trimmed();
        return (negate->isChecked() ? u"!"_s : QString()) + name + (v.isEmpty() ? QString() : u':' + v);
    }
};

RulesPage::RulesPage(Database *database, ProviderConfig *providers, Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_providers(providers)
    , m_settings(settings)
{
    setObjectName(u"rulesPage"_s);
    auto *intro = new QLabel(tr("Rules are tried from the top; the first that matches chooses the models (with "
                                "Auto on). Governance rules (only accounts tagged, redact, block) always apply, "
                                "even to models you chose yourself. No match: the models you chose."),
        this);
    intro->setWordWrap(true);

    // The rules as stored, following every change (this page's, the store's, another
    // process's): ticking a rule or dragging it writes through the model.
    m_model = new RuleListModel(database, this);
    m_list = new QListView(this);
    m_list->setObjectName(u"rulesList"_s);
    m_list->setAccessibleName(tr("Routing rules"));
    m_list->setModel(m_model);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        showRule(current.isValid() ? current.row() : -1);
    });
    connect(m_model, &RuleListModel::problem, this, [this](const QString &message) {
        m_problems->setText(message);
        m_problems->show();
    });
    connect(m_model, &RuleListModel::reloaded, this, &RulesPage::onRulesReloaded);

    auto *addButton = new QPushButton(tr("A&dd Rule"), this);
    addButton->setObjectName(u"addRuleButton"_s);
    addButton->setAccessibleName(tr("Add a routing rule"));
    connect(addButton, &QPushButton::clicked, this, &RulesPage::addRule);
    m_removeButton = new QPushButton(tr("Remo&ve"), this);
    m_removeButton->setObjectName(u"removeRuleButton"_s);
    m_removeButton->setAccessibleName(tr("Remove the selected rule"));
    connect(m_removeButton, &QPushButton::clicked, this, &RulesPage::removeSelectedRule);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    importButton->setObjectName(u"importRulesButton"_s);
    importButton->setAccessibleName(tr("Import rules from a file"));
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import Rules"), {}, tr("Rules (*.json)"));
        if (!file.isEmpty()) {
            importFrom(file);
        }
    });
    auto *exportButton = new QPushButton(tr("&Export…"), this);
    exportButton->setObjectName(u"exportRulesButton"_s);
    exportButton->setAccessibleName(tr("Export the rules to a file"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getSaveFileName(this, tr("Export Rules"), u"quorum-rules.json"_s, tr("Rules (*.json)"));
        if (!file.isEmpty()) {
            exportTo(file);
        }
    });
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    listButtons->addWidget(importButton);
    listButtons->addWidget(exportButton);
    m_problems = new QLabel(this);
    m_problems->setObjectName(u"rulesProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->hide();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_problems);
    leftLayout->addLayout(listButtons);

    // The form of the selected rule.
    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"ruleName"_s);
    m_name->setAccessibleName(tr("Rule name"));
    connect(m_name, &QLineEdit::textEdited, this, &RulesPage::onFormEdited);
    auto *conditionsBox = new QGroupBox(tr("When all of these hold (none: always)"), m_form);
    m_conditionsLayout = new QVBoxLayout;
    m_conditionsLayout->setSpacing(2);
    auto *addCondition = new QPushButton(tr("Add C&ondition"), conditionsBox);
    addCondition->setObjectName(u"addConditionButton"_s);
    addCondition->setAccessibleName(tr("Add a condition"));
    connect(addCondition, &QPushButton::clicked, this, [this] {
        Condition c;
        c.type = Condition::Type::AnyKeyword;
        addConditionRow(c);
        m_conditionRows.constLast()->value->setFocus();
    });
    auto *conditionsOuter = new QVBoxLayout(conditionsBox);
    conditionsOuter->addLayout(m_conditionsLayout);
    conditionsOuter->addWidget(addCondition, 0, Qt::AlignLeft);

    m_actionType = new QComboBox(m_form);
    m_actionType->setObjectName(u"ruleAction"_s);
    m_actionType->setAccessibleName(tr("What the rule does"));
    for (const Action::Type type : {Action::Type::Send,
             Action::Type::Cheapest,
             Action::Type::Fallback,
             Action::Type::Restrict,
             Action::Type::Redact,
             Action::Type::Block,
             Action::Type::ToolsOnly}) {
        m_actionType->addItem(actionLabel(type), static_cast<int>(type));
    }
    connect(m_actionType, &QComboBox::activated, this, [this] {
        updateActionFields();
        onFormEdited();
    });
    m_targets = new QLineEdit(m_form);
    m_targets->setObjectName(u"ruleTargets"_s);
    m_targets->setAccessibleName(tr("Models, as account/model, separated by commas"));
    m_targets->setPlaceholderText(tr("openai/gpt-4.1-mini, anthropic/claude-sonnet-4-5"));
    connect(m_targets, &QLineEdit::textEdited, this, &RulesPage::onFormEdited);
    m_tag = new QLineEdit(m_form);
    m_tag->setObjectName(u"ruleTag"_s);
    m_tag->setAccessibleName(tr("Account tag"));
    m_tag->setPlaceholderText(tr("local, eu, no-training …"));
    connect(m_tag, &QLineEdit::textEdited, this, &RulesPage::onFormEdited);
    m_message = new QLineEdit(m_form);
    m_message->setObjectName(u"ruleMessage"_s);
    m_message->setAccessibleName(tr("Message shown when blocked"));
    connect(m_message, &QLineEdit::textEdited, this, &RulesPage::onFormEdited);
    m_validation = new QLabel(m_form);
    m_validation->setObjectName(u"ruleValidation"_s);
    m_validation->setWordWrap(true);
    m_validation->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(conditionsBox);
    form->addRow(tr("T&hen:"), m_actionType);
    m_targetsLabel = new QLabel(tr("Mode&ls:"), m_form);
    m_targetsLabel->setBuddy(m_targets);
    form->addRow(m_targetsLabel, m_targets);
    m_tagLabel = new QLabel(tr("&Tag:"), m_form);
    m_tagLabel->setBuddy(m_tag);
    form->addRow(m_tagLabel, m_tag);
    m_messageLabel = new QLabel(tr("Me&ssage:"), m_form);
    m_messageLabel->setBuddy(m_message);
    form->addRow(m_messageLabel, m_message);
    form->addRow(m_validation);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addStretch(1);
    auto *scroll = formScrollArea(m_form, u"ruleFormScroll"_s, tr("Rule"), this);

    // Try a prompt: the decision and every reason, as you type.
    auto *tryBox = new QGroupBox(tr("Try a prompt"), this);
    m_tryPrompt = new QPlainTextEdit(tryBox);
    m_tryPrompt->setObjectName(u"tryPrompt"_s);
    m_tryPrompt->setAccessibleName(tr("A prompt to try the rules on"));
    m_tryPrompt->setPlaceholderText(tr("Type a prompt to see where the rules send it, and why."));
    m_tryPrompt->setMaximumHeight(70);
    m_tryPrompt->setTabChangesFocus(true);
    connect(m_tryPrompt, &QPlainTextEdit::textChanged, this, &RulesPage::updateTry);
    m_tryResult = new QLabel(tryBox);
    m_tryResult->setObjectName(u"tryResult"_s);
    m_tryResult->setTextFormat(Qt::PlainText);
    m_tryResult->setWordWrap(true);
    QFont bold = m_tryResult->font();
    bold.setBold(true);
    m_tryResult->setFont(bold);
    m_tryReasons = new QLabel(tryBox);
    m_tryReasons->setObjectName(u"tryReasons"_s);
    m_tryReasons->setTextFormat(Qt::PlainText);
    m_tryReasons->setWordWrap(true);
    m_tryReasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *tryLayout = new QVBoxLayout(tryBox);
    tryLayout->addWidget(m_tryPrompt);
    tryLayout->addWidget(m_tryResult);
    tryLayout->addWidget(m_tryReasons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(tryBox);

    onRulesReloaded();
    selectRule(0);
}

RulesPage::~RulesPage()
{
    qDeleteAll(m_conditionRows);
}

int RulesPage::ruleCount() const
{
    return m_model->rowCount();
}

void RulesPage::onRulesReloaded()
{
    const QStringList problems = m_model->problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_environment.reset(); // accounts or models may have changed since
    if (m_model->rowCount() == 0) {
        showRule(-1);
    } else if (m_current >= m_model->rowCount() || m_current < 0) {
        selectRule(m_model->rowCount() - 1);
    }
    updateTry();
    Q_EMIT rulesChanged();
}

void RulesPage::selectRule(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_list->setCurrentIndex({});
        showRule(-1);
        return;
    }
    m_list->setCurrentIndex(m_model->index(row));
}

void RulesPage::clearConditionRows()
{
    for (ConditionRow *row : std::as_const(m_conditionRows)) {
        delete row->widget;
        delete row;
    }
    m_conditionRows.clear();
}

void RulesPage::addConditionRow(const Condition &condition)
{
    auto *row = new ConditionRow;
    row->widget = new QWidget(m_form);
    row->negate = new QCheckBox(tr("not"), row->widget);
    row->negate->setAccessibleName(tr("Negate this condition"));
    row->negate->setChecked(condition.negate);
    row->type = new QComboBox(row->widget);
    row->type->setAccessibleName(tr("Condition"));
    for (const ConditionKind &kind : conditionKinds()) {
        row->type->addItem(tr(kind.label), static_cast<int>(kind.type));
    }
    row->type->setCurrentIndex(row->type->findData(static_cast<int>(condition.type)));
    row->value = new QLineEdit(row->widget);
    row->value->setAccessibleName(tr("Condition value"));
    const QString spec = condition.toSpec();
    const qsizetype colon = spec.indexOf(u':');
    row->value->setText(colon < 0 ? QString() : spec.sliced(colon + 1));
    row->original = condition;
    auto *remove = new QToolButton(row->widget);
    remove->setText(u"✕"_s);
    remove->setAccessibleName(tr("Remove this condition"));
    remove->setToolTip(tr("Remove this condition"));
    const auto setExample = [row] {
        const auto type = static_cast<Condition::Type>(row->type->currentData().toInt());
        for (const ConditionKind &kind : conditionKinds()) {
            if (kind.type == type) {
                row->value->setPlaceholderText(QString::fromUtf8(kind.example));
                row->value->setEnabled(type != Condition::Type::HasCode && type != Condition::Type::HasAttachment);
            }
        }
    };
    setExample();
    connect(row->type, &QComboBox::activated, this, [this, setExample] {
        setExample();
        onFormEdited();
    });
    connect(row->negate, &QCheckBox::toggled, this, &RulesPage::onFormEdited);
    connect(row->value, &QLineEdit::textEdited, this, &RulesPage::onFormEdited);
    connect(remove, &QToolButton::clicked, this, [this, row] {
        m_conditionRows.removeOne(row);
        row->widget->deleteLater();
        delete row;
        onFormEdited();
    });
    auto *layout = new QHBoxLayout(row->widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row->negate);
    layout->addWidget(row->type);
    layout->addWidget(row->value, 1);
    layout->addWidget(remove);
    m_conditionsLayout->addWidget(row->widget);
    m_conditionRows.append(row);
}

void RulesPage::showRule(int row)
{
    m_current = row;
    const bool has = row >= 0 && row < m_model->rowCount();
    m_form->setEnabled(has);
    m_removeButton->setEnabled(has);
    m_loading = true;
    clearConditionRows();
    const Rule rule = has ? m_model->at(row).rule : Rule {};
    m_name->setText(rule.name);
    for (const Condition &c : rule.conditions) {
        addConditionRow(c);
    }
    m_actionType->setCurrentIndex(m_actionType->findData(static_cast<int>(rule.action.type)));
    QStringList labels;
    for (const ChatTarget &t : rule.action.targets) {
        labels << t.label();
    }
    m_targets->setText(labels.join(u", "_s));
    m_tag->setText(rule.action.tag);
    m_message->setText(rule.action.message);
    updateActionFields();
    m_validation->clear();
    m_loading = false;
}

void RulesPage::updateActionFields()
{
    const auto type = static_cast<Action::Type>(m_actionType->currentData().toInt());
    const bool targets = type == Action::Type::Send || type == Action::Type::Cheapest || type == Action::Type::Fallback;
    m_targets->setVisible(targets);
    m_targetsLabel->setVisible(targets);
    m_tag->setVisible(type == Action::Type::Restrict || type == Action::Type::ToolsOnly);
    m_tagLabel->setVisible(type == Action::Type::Restrict || type == Action::Type::ToolsOnly);
    m_message->setVisible(type == Action::Type::Block);
    m_messageLabel->setVisible(type == Action::Type::Block);
}

RouteEnvironment &RulesPage::environment() const
{
    if (!m_environment) {
        // ProviderConfig::accounts() has the built-in Ollama unless the user configured one.
        const QList<ProviderAccount> accounts
            = m_providers ? m_providers->accounts() : QList<ProviderAccount> {ProviderAccount::builtInOllama()};
        m_environment = std::make_unique<RouteEnvironment>(m_database, accounts);
    }
    return *m_environment;
}

std::pair<bool, QString> RulesPage::targetProblem(const ChatTarget &target) const
{
    const auto problem = environment().checkTarget(target);
    return {problem.unknownAccount, problem.message};
}

std::optional<Rule> RulesPage::ruleFromForm(QStringList &errors, QStringList &warnings) const
{
    QJsonObject json {{"name"_L1, m_name->text().trimmed()},
        {"enabled"_L1, m_current >= 0 && m_current < m_model->rowCount() ? m_model->at(m_current).rule.enabled : true}};
    QJsonArray conditions;
    for (int i = 0; i < m_conditionRows.size(); ++i) {
        const ConditionRow *row = m_conditionRows.at(i);
        if (row->original && row->original->toSpec() == row->spec()) {
            conditions.append(row->original->toJson()); // unchanged: kept whole
            continue;
        }
        const auto condition = Condition::parse(row->spec());
        if (!condition) {
            errors << tr("Condition %1: %2").arg(i + 1).arg(condition.error());
            continue;
        }
        conditions.append(condition->toJson());
    }
    json.insert("conditions"_L1, conditions);
    const auto type = static_cast<Action::Type>(m_actionType->currentData().toInt());
    QJsonObject action {{"type"_L1, Action::typeName(type)}};
    if (m_targets->isVisible() || type == Action::Type::Send || type == Action::Type::Cheapest
        || type == Action::Type::Fallback) {
        QJsonArray targets;
        for (const QString &label : m_targets->text().split(u',', Qt::SkipEmptyParts)) {
            const auto target = ChatTarget::parse(label.trimmed());
            if (!target) {
                errors << tr("“%1” is not account/model, such as openai/gpt-4.1-mini.").arg(label.trimmed());
                continue;
            }
            if (const auto [fatal, problem] = targetProblem(*target); !problem.isEmpty()) {
                (fatal ? errors : warnings) << problem;
            }
            targets.append(target->label());
        }
        action.insert("targets"_L1, targets);
    }
    if (type == Action::Type::Restrict || type == Action::Type::ToolsOnly) {
        action.insert("tag"_L1, m_tag->text().trimmed());
    }
    if (type == Action::Type::Block) {
        action.insert("message"_L1, m_message->text().trimmed());
    }
    json.insert("action"_L1, action);
    auto rule = Rule::fromJson(json);
    if (!rule) {
        errors << rule.error();
        return std::nullopt;
    }
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (i != m_current && m_model->at(i).rule.name.compare(rule->name, Qt::CaseInsensitive) == 0) {
            errors << tr("There is a rule “%1” already; names are unique.").arg(rule->name);
        }
    }
    if (!errors.isEmpty()) {
        return std::nullopt;
    }
    return *rule;
}

void RulesPage::onFormEdited()
{
    if (m_loading || m_current < 0 || m_current >= m_model->rowCount()) {
        return;
    }
    QStringList errors;
    QStringList warnings;
    const auto rule = ruleFromForm(errors, warnings);
    if (!rule) {
        m_validation->setText(tr("Not saved: %1").arg(errors.join(u' ')));
        m_validation->setPalette(Theme::problemPalette(palette()));
        return;
    }
    m_validation->setPalette(palette());
    m_validation->setText(warnings.isEmpty() ? tr("Saved.") : tr("Saved. Note: %1").arg(warnings.join(u' ')));
    if (m_database) {
        // The list follows through the store's change signal.
        if (auto saved = RuleStore(*m_database).update(m_model->at(m_current).id, *rule); !saved) {
            m_validation->setText(tr("Not saved: %1").arg(saved.error().message));
            return;
        }
    }
}

QString RulesPage::validationText() const
{
    return m_validation->text();
}

void RulesPage::addRule()
{
    if (!m_database) {
        return;
    }
    Rule rule;
    int n = m_model->rowCount() + 1;
    const auto taken = [this](const QString &name) {
        return std::ranges::any_of(
            m_model->rows(), [&](const StoredRule &r) { return r.rule.name.compare(name, Qt::CaseInsensitive) == 0; });
    };
    do {
        rule.name = tr("Rule %1").arg(n++);
    } while (taken(rule.name));
    rule.action.type = Action::Type::Send;
    const QStringList chosen = m_settings ? m_settings->composerTargets() : QStringList {};
    rule.action.targets
        = {ChatTarget::parse(chosen.value(0)).value_or(ChatTarget {u"ollama"_s, u"llama3.2"_s, {}, {}, {}})};
    Condition keywords;
    keywords.type = Condition::Type::AnyKeyword;
    keywords.words = {tr("example")};
    rule.conditions = {keywords};
    const int at = m_current >= 0 ? m_current + 1 : m_model->rowCount();
    const auto added = RuleStore(*m_database).add(rule, at);
    if (!added) {
        m_problems->setText(added.error().message);
        m_problems->show();
        return;
    }
    selectRule(m_model->rowOf(*added)); // in the list already, from the store's change signal
    m_name->setFocus();
    m_name->selectAll();
}

void RulesPage::removeSelectedRule()
{
    if (!m_database || m_current < 0 || m_current >= m_model->rowCount()) {
        return;
    }
    const int row = m_current;
    if (auto removed = RuleStore(*m_database).remove(m_model->at(row).id); !removed) {
        m_problems->setText(removed.error().message);
        m_problems->show();
        return;
    }
    selectRule(std::min(row, m_model->rowCount() - 1));
}

void RulesPage::moveRule(int from, int to)
{
    // As a drag does: a move of the model's row, which moves the stored rule.
    if (m_model->moveRow({}, from, {}, to > from ? to + 1 : to)) {
        selectRule(std::clamp(to, 0, m_model->rowCount() - 1));
    }
}

void RulesPage::updateTry()
{
    const QString prompt = m_tryPrompt->toPlainText();
    if (prompt.trimmed().isEmpty()) {
        m_tryResult->setText(tr("Type a prompt above to try the rules."));
        m_tryReasons->clear();
        return;
    }
    QList<Rule> rules;
    for (const StoredRule &r : m_model->rows()) {
        rules.append(r.rule);
    }
    RouteEnvironment &environment = this->environment();
    environment.setRules(rules);
    QList<ChatTarget> chosen;
    for (const QString &label : m_settings ? m_settings->composerTargets() : QStringList {}) {
        if (const auto t = ChatTarget::parse(label)) {
            chosen.append(*t);
        }
    }
    const RouteDecision d = environment.decide(prompt, chosen);
    QString result = d.blocked ? tr("Blocked: %1").arg(d.message) : d.summary();
    if (!d.redaction.isEmpty()) {
        result += u"\n"_s + tr("Sent as: %1").arg(d.prompt);
    }
    m_tryResult->setText(result);
    QStringList lines;
    for (const QString &reason : d.reasons) {
        lines << u"• "_s + reason;
    }
    m_tryReasons->setText(lines.join(u'\n'));
}

void RulesPage::accountsChanged()
{
    m_environment.reset();
    updateTry();
}

QString RulesPage::tryResultText() const
{
    return m_tryResult->text();
}

QString RulesPage::tryReasonsText() const
{
    return m_tryReasons->text();
}

bool RulesPage::importFrom(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems->setText(tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        m_problems->show();
        return false;
    }
    const auto rules = RuleStore::fromDocument(file.readAll());
    if (!rules) {
        m_problems->setText(tr("Nothing imported from %1: %2").arg(fileName, rules.error()));
        m_problems->show();
        return false;
    }
    if (!m_database) {
        return false;
    }
    if (auto replaced = RuleStore(*m_database).replaceAll(*rules); !replaced) {
        m_problems->setText(replaced.error().message);
        m_problems->show();
        return false;
    }
    selectRule(0);
    return true;
}

bool RulesPage::exportTo(const QString &fileName)
{
    QList<Rule> rules;
    for (const StoredRule &r : m_model->rows()) {
        rules.append(r.rule);
    }
    const QByteArray data = RuleStore::toDocument(rules).toJson(QJsonDocument::Indented);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        m_problems->setText(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
        m_problems->show();
        return false;
    }
    return true;
}

} // namespace Quorum
