// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QDialog>

#include "types/judgement.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Quorum
{

class Database;

/*!
 * The judge modes: the four built-in templates, shown as they are sent (read-only, with
 * their version), and the user's own modes, each a built-in mode's reply with instructions
 * of their own (JudgeStore). Saving a changed mode raises its version, so a synthesis says
 * which text it was made with. What the reply must look like is added by Quorum to every
 * mode, so a custom mode cannot break the map.
 */
class JudgeModesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JudgeModesDialog)

public:
    explicit JudgeModesDialog(Database &database, QWidget *parent = nullptr);
    ~JudgeModesDialog() override;

    QListWidget *modeList() const { return m_list; }
    //! Selects the mode named \a name (a built-in mode's name or a custom one's).
    bool select(const QString &name);
    QString problem() const;

private:
    void reload(const QString &selectName);
    void showSelected();
    void startNew();
    void save();
    void remove();
    void setProblem(const QString &message);

    Database &m_database;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_base = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace Quorum
