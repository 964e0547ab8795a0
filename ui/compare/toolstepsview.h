// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QFrame>
#include <QList>

#include "tools/toolbox.h"
#include "types/toolcall.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Quorum
{

/*!
 * An answer's tool calls in its pane (docs/tools.md, "Side by side"): one collapsible row per
 * step, its header saying the tool, what came of it, how long it took and how much it
 * returned; opened, the arguments and the result as plain text (a tool's output is never
 * HTML, never fetched from). A call waiting for the user's word shows what it would do and
 * Allow / Deny, in this pane only: the other panes go on.
 */
class ToolStepsView final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolStepsView)

public:
    explicit ToolStepsView(QWidget *parent = nullptr);
    ~ToolStepsView() override;

    //! Shows \a steps (rows already shown keep whether they are open).
    void setSteps(const QList<ToolStep> &steps);
    int stepCount() const { return static_cast<int>(m_steps.size()); }
    //! Asks the user about \a request until approvalSettled() (or setSteps of its step).
    void ask(const ToolApprovalRequest &request);
    void settle(qint64 requestId);
    bool isAsking() const { return m_asking != 0; }
    //! One line per step as its header says it (tests, accessibility).
    QStringList headers() const;

Q_SIGNALS:
    void answered(qint64 requestId, bool allow, bool remember);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSources(qsizetype row);
    struct Row;
    void updateVisibility();

    QList<ToolStep> m_steps;
    QList<Row *> m_rows;
    QVBoxLayout *m_layout = nullptr;
    QFrame *m_approval = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_arguments = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_allow = nullptr;
    QPushButton *m_deny = nullptr;
    qint64 m_asking = 0;
};

} // namespace Quorum
