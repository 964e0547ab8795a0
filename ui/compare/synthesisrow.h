// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>

#include <QFrame>

#include "types/records.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Quorum
{

class AnswerPane;

/*!
 * A turn's synthesis, in its own row under the answers: the newest judge's answer (a pane
 * that streams like any answer, with its model, tokens, speed and cost) and beside it the
 * map: a legend, the claims (click one to see it in every answer), the scores of a table,
 * the aggregated ranks of a peer ranking. Labels are shown as the answers' models (or as
 * "Answer A" in a blind comparison). Older syntheses of the turn can be chosen again; peer
 * ballots show as their aggregated ranks. A checklist's points can be ticked and fused.
 */
class SynthesisRow final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SynthesisRow)

public:
    //! \a answerName names an answer by its id for the map (model, or "Answer B" when blind).
    SynthesisRow(std::function<QString(qint64 responseId)> answerName, QWidget *parent = nullptr);
    ~SynthesisRow() override;

    //! Shows \a judges (the turn's, oldest first) with synthesis \a shownId in \a pane (owned here).
    void setJudges(const QList<ResponseRecord> &judges, qint64 shownId, AnswerPane *pane);
    AnswerPane *pane() const { return m_pane; }
    QListWidget *claimList() const { return m_claims; }
    QComboBox *synthesisChoice() const { return m_choice; }
    QPushButton *fuseTickedButton() const { return m_fuseTicked; }
    //! The ticked points of a checklist, in their order.
    QStringList tickedPoints() const;
    QString scoresText() const;
    QString ranksText() const;
    //! The legend's counts, e.g. "2 agree · 1 contradict · 1 unique".
    QString legendText() const;

Q_SIGNALS:
    //! The user clicked claim \a index of the newest synthesis's map.
    void claimActivated(int index);
    //! The user chose to see another synthesis of the turn.
    void synthesisChosen(qint64 responseId);
    //! The user asked for one answer fused from \a points (a checklist's ticked ones).
    void fuseRequested(const QStringList &points);

private:
    std::function<QString(qint64)> m_answerName;
    AnswerPane *m_pane = nullptr;
    QLabel *m_heading = nullptr;
    QComboBox *m_choice = nullptr;
    QPushButton *m_fuseTicked = nullptr;
    bool m_checklist = false;
    void updateFuseTicked();
    QLabel *m_legend = nullptr;
    QListWidget *m_claims = nullptr;
    QLabel *m_scores = nullptr;
    QLabel *m_ranks = nullptr;
};

} // namespace Quorum
