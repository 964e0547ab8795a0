// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Quorum
{

/*!
 * The composer at the bottom of the main window: the prompt, the models it goes to,
 * and Send. Send is enabled only when there is a prompt and at least one model.
 */
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    QString prompt() const;
    void setPrompt(const QString &text);
    void clear();
    void focusPrompt();
    //! The number of models the prompt goes to; Send needs at least one.
    void setTargetCount(int count);
    bool canSend() const;

Q_SIGNALS:
    void sendRequested(const QString &prompt);

private:
    void updateSendState();

    QPlainTextEdit *m_promptEdit = nullptr;
    QToolButton *m_modelsButton = nullptr;
    QLabel *m_targetsLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    int m_targetCount = 0;
};

} // namespace Quorum
