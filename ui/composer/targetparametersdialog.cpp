// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "composer/targetparametersdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "theme/theme.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
// The reasoning combo's items: the provider's default, each effort, or a budget.
constexpr int defaultReasoning = -1;
constexpr int budgetReasoning = -2;
} // namespace

TargetParametersDialog::TargetParametersDialog(
    const ChatTarget &target, const QList<Variant> &saved, Check check, bool nameRequired, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_check(std::move(check))
    , m_nameRequired(nameRequired)
    , m_saved(saved)
{
    setObjectName(u"targetParametersDialog"_s);
    setWindowTitle(tr("Parameters of %1").arg(target.modelLabel()));
    auto *form = new QFormLayout;

    m_name = new QLineEdit(target.variant, this);
    m_name->setObjectName(u"variantName"_s);
    m_name->setPlaceholderText(nameRequired ? tr("needed: the model is chosen twice") : tr("none: this chip only"));
    m_name->setToolTip(tr("A variant's name saves these parameters under it, for any model: ACCOUNT/MODEL#NAME "
                          "on the command line."));
    form->addRow(tr("&Variant name:"), m_name);

    m_startFrom = new QComboBox(this);
    m_startFrom->setObjectName(u"startFrom"_s);
    m_startFrom->addItem(tr("(as they are)"));
    for (const Variant &variant : std::as_const(m_saved)) {
        m_startFrom->addItem(u"%1 — %2"_s.arg(variant.name, variant.parameters.summary()), variant.name);
    }
    m_startFrom->setEnabled(!m_saved.isEmpty());
    form->addRow(tr("Start &from:"), m_startFrom);

    m_ownSystem = new QCheckBox(tr("Its own system prompt"), this);
    m_ownSystem->setObjectName(u"ownSystem"_s);
    m_system = new QPlainTextEdit(this);
    m_system->setObjectName(u"systemPrompt"_s);
    m_system->setPlaceholderText(tr("Replaces the conversation's system prompt for this model"));
    m_system->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(m_ownSystem, m_system);

    const auto optional = [this, form](QCheckBox *&box, QWidget *field, const QString &label) {
        box = new QCheckBox(label, this);
        box->setObjectName(u"use_"_s + field->objectName());
        form->addRow(box, field);
        connect(box, &QCheckBox::toggled, field, &QWidget::setEnabled);
    };
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setObjectName(u"temperature"_s);
    m_temperature->setRange(0, 2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setValue(1);
    optional(m_useTemperature, m_temperature, tr("&Temperature"));
    m_topP = new QDoubleSpinBox(this);
    m_topP->setObjectName(u"topP"_s);
    m_topP->setRange(0.01, 1);
    m_topP->setSingleStep(0.05);
    m_topP->setValue(1);
    optional(m_useTopP, m_topP, tr("Top &p"));
    m_maxTokens = new QSpinBox(this);
    m_maxTokens->setObjectName(u"maxTokens"_s);
    m_maxTokens->setRange(1, 1'000'000);
    m_maxTokens->setSingleStep(256);
    m_maxTokens->setValue(1024);
    optional(m_useMaxTokens, m_maxTokens, tr("&Maximum output tokens"));

    auto *reasoningRow = new QHBoxLayout;
    m_reasoning = new QComboBox(this);
    m_reasoning->setObjectName(u"reasoning"_s);
    m_reasoning->addItem(tr("The provider's default"), defaultReasoning);
    for (const ReasoningEffort effort : {ReasoningEffort::None,
             ReasoningEffort::Minimal,
             ReasoningEffort::Low,
             ReasoningEffort::Medium,
             ReasoningEffort::High}) {
        m_reasoning->addItem(tr("Effort: %1").arg(reasoningEffortName(effort)), static_cast<int>(effort));
    }
    m_reasoning->addItem(tr("A budget of thinking tokens"), budgetReasoning);
    m_budget = new QSpinBox(this);
    m_budget->setObjectName(u"reasoningBudget"_s);
    m_budget->setRange(0, 1'000'000);
    m_budget->setSingleStep(1024);
    m_budget->setValue(8192);
    m_budget->setSuffix(tr(" tokens"));
    reasoningRow->addWidget(m_reasoning, 1);
    reasoningRow->addWidget(m_budget);
    auto *reasoningLabel = new QLabel(tr("&Reasoning:"), this);
    reasoningLabel->setBuddy(m_reasoning);
    form->addRow(reasoningLabel, reasoningRow);

    m_schema = new QPlainTextEdit(this);
    m_schema->setObjectName(u"outputSchema"_s);
    m_schema->setPlaceholderText(u"{\"type\": \"object\", \"properties\": {…}}"_s);
    m_schema->setFixedHeight(fontMetrics().lineSpacing() * 5 + 12);
    optional(m_useSchema, m_schema, tr("Output &JSON Schema"));

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"parameterProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    loadParameters(target.parameters);
    connect(m_startFrom, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0) {
            const QString name = m_startFrom->itemData(index).toString();
            for (const Variant &variant : std::as_const(m_saved)) {
                if (variant.name == name) {
                    loadParameters(variant.parameters);
                    m_name->setText(variant.name);
                }
            }
        }
    });
    for (QCheckBox *box : {m_ownSystem, m_useTemperature, m_useTopP, m_useMaxTokens, m_useSchema}) {
        connect(box, &QCheckBox::toggled, this, &TargetParametersDialog::update);
    }
    connect(m_ownSystem, &QCheckBox::toggled, m_system, &QWidget::setEnabled);
    connect(m_name, &QLineEdit::textChanged, this, &TargetParametersDialog::update);
    connect(m_system, &QPlainTextEdit::textChanged, this, &TargetParametersDialog::update);
    connect(m_schema, &QPlainTextEdit::textChanged, this, &TargetParametersDialog::update);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &TargetParametersDialog::update);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, &TargetParametersDialog::update);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &TargetParametersDialog::update);
    connect(m_budget, &QSpinBox::valueChanged, this, &TargetParametersDialog::update);
    connect(m_reasoning, &QComboBox::currentIndexChanged, this, &TargetParametersDialog::update);
    update();
}

void TargetParametersDialog::loadParameters(const GenerationParameters &p)
{
    m_ownSystem->setChecked(p.system.has_value());
    m_system->setPlainText(p.system.value_or(QString()));
    m_system->setEnabled(p.system.has_value());
    const auto load = [](QCheckBox *box, QWidget *field, bool set) {
        box->setChecked(set);
        field->setEnabled(set);
    };
    load(m_useTemperature, m_temperature, p.temperature.has_value());
    m_temperature->setValue(p.temperature.value_or(1));
    load(m_useTopP, m_topP, p.topP.has_value());
    m_topP->setValue(p.topP.value_or(1));
    load(m_useMaxTokens, m_maxTokens, p.maxTokens.has_value());
    m_maxTokens->setValue(p.maxTokens.value_or(1024));
    int reasoning = defaultReasoning;
    if (p.reasoningBudget) {
        reasoning = budgetReasoning;
        m_budget->setValue(*p.reasoningBudget);
    } else if (p.effort) {
        reasoning = static_cast<int>(*p.effort);
    }
    m_reasoning->setCurrentIndex(m_reasoning->findData(reasoning));
    load(m_useSchema, m_schema, p.outputSchema.has_value());
    m_schema->setPlainText(
        p.outputSchema ? QString::fromUtf8(QJsonDocument(*p.outputSchema).toJson(QJsonDocument::Indented)) : QString());
}

QString TargetParametersDialog::inputProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() && m_nameRequired) {
        return tr("Give the variant a name: the model is chosen twice, and the name tells them apart.");
    }
    if (!name.isEmpty()) {
        if (const QString problem = VariantStore::nameProblem(name); !problem.isEmpty()) {
            return problem;
        }
    }
    if (m_useSchema->isChecked()) {
        QJsonParseError error;
        const QJsonDocument schema = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8(), &error);
        if (!schema.isObject()) {
            return error.error == QJsonParseError::NoError
                ? tr("The output schema must be a JSON object.")
                : tr("The output schema is not JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset);
        }
    }
    return {};
}

ChatTarget TargetParametersDialog::target() const
{
    ChatTarget target = m_target;
    target.variant = m_name->text().trimmed();
    GenerationParameters &p = target.parameters;
    p = {};
    if (m_ownSystem->isChecked()) {
        p.system = m_system->toPlainText();
    }
    if (m_useTemperature->isChecked()) {
        p.temperature = m_temperature->value();
    }
    if (m_useTopP->isChecked()) {
        p.topP = m_topP->value();
    }
    if (m_useMaxTokens->isChecked()) {
        p.maxTokens = m_maxTokens->value();
    }
    if (const int reasoning = m_reasoning->currentData().toInt(); reasoning == budgetReasoning) {
        p.reasoningBudget = m_budget->value();
    } else if (reasoning != defaultReasoning) {
        p.effort = static_cast<ReasoningEffort>(reasoning);
    }
    if (m_useSchema->isChecked()) {
        const QJsonDocument schema = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8());
        if (schema.isObject()) {
            p.outputSchema = schema.object();
        }
    }
    return target;
}

QString TargetParametersDialog::problemsText() const
{
    return m_problems->text();
}

void TargetParametersDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        paintProblems();
    }
}

void TargetParametersDialog::paintProblems()
{
    m_problems->setPalette(Theme::problemPalette(palette()));
}

void TargetParametersDialog::update()
{
    paintProblems();
    m_budget->setEnabled(m_reasoning->currentData().toInt() == budgetReasoning);
    const QString problem = inputProblem();
    QStringList lines;
    if (!problem.isEmpty()) {
        lines << problem;
    } else if (m_check) {
        // What the engine would refuse at Send, said now; OK stays possible (a variant is for
        // any model), and Send says it again.
        // The parameters as shown, not a stored variant's (it may not be saved yet).
        ChatTarget shown = target();
        shown.variant.clear();
        lines << m_check(shown);
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Quorum
