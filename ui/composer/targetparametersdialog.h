// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>

#include <QDialog>

#include "storage/variantstore.h"
#include "types/chattarget.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Quorum
{

/*!
 * The parameters of one model in the composer (docs/experiments.md): its own system prompt,
 * temperature, top_p, output limit, reasoning effort or budget, and an output schema, with a
 * variant's name to save them under and to tell two chips of one model apart. What the model
 * does not take is said as it is typed (the engine's check, the same that refuses a send).
 */
class TargetParametersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetParametersDialog)

public:
    using Check = std::function<QStringList(const ChatTarget &target)>;

    //! \a saved: the variants to start from; \a nameRequired: a second chip of a model needs one.
    TargetParametersDialog(const ChatTarget &target,
        const QList<Variant> &saved,
        Check check,
        bool nameRequired,
        QWidget *parent = nullptr);

    //! The target as edited: its variant's name (may be empty) and its parameters.
    ChatTarget target() const;
    //! Why the values cannot be taken as they are (a schema that is not JSON); empty: they can.
    QString inputProblem() const;
    //! What the check says of target() now, as shown.
    QString problemsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintProblems();
    void loadParameters(const GenerationParameters &parameters);
    void update();

    ChatTarget m_target;
    Check m_check;
    bool m_nameRequired = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_startFrom = nullptr;
    QCheckBox *m_ownSystem = nullptr;
    QPlainTextEdit *m_system = nullptr;
    QCheckBox *m_useTemperature = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QCheckBox *m_useTopP = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    QCheckBox *m_useMaxTokens = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QComboBox *m_reasoning = nullptr;
    QSpinBox *m_budget = nullptr;
    QCheckBox *m_useSchema = nullptr;
    QPlainTextEdit *m_schema = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<Variant> m_saved;
};

} // namespace Quorum
