// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QDialog>
#include <QHash>

#include "types/libraryprompt.h"

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace Quorum
{

/*!
 * The small form that using a library prompt or persona with {{variables}} opens: a field per
 * variable (in the order the text uses them, each starting from the value used last time),
 * and the text as it will be sent, filled as the fields are typed. OK is offered once every
 * variable has a value.
 */
class PromptVariablesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptVariablesDialog)

public:
    PromptVariablesDialog(
        const LibraryPrompt &prompt, const QHash<QString, QString> &previous, QWidget *parent = nullptr);
    ~PromptVariablesDialog() override;

    QHash<QString, QString> values() const;
    //! The text with the values filled in.
    QString filledText() const;
    //! The field of \a variable (tests).
    QLineEdit *field(const QString &variable) const { return m_fields.value(variable); }

private:
    void update();

    LibraryPrompt m_prompt;
    QHash<QString, QLineEdit *> m_fields;
    QPlainTextEdit *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Quorum
