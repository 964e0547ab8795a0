// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>

#include <QFrame>

#include "types/records.h"

class QLabel;
class QListWidget;

namespace Quorum
{

class AnswerPane;

/*!
 * A turn's synthesis, in its own row under the answers: the newest judge's answer (a pane
 * that streams like any answer, with its model, tokens, speed and cost) and beside it the
 * map: a legend, the claims (click one to see it in every answer), the scores of a table,
 * the aggregated ranks of a peer ranking. Labels are shown as the answers' models (or as
 * "Answer A" in a blind comparison). Older judges of the turn stay stored; the row shows the
 * newest synthesis and every peer ballot's outcome.
 */
class SynthesisRow final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SynthesisRow)

public:
    //! \a answerName names an answer by its id for the map (model, or "Answer B" when blind).
    SynthesisRow(std::function<QString(qint64 responseId)> answerName, QWidget *parent = nullptr);
    ~SynthesisRow() override;

    //! Shows \a judges (the turn's, oldest first); \a pane is the newest synthesis's, owned here.
    void setJudges(const QList<ResponseRecord> &judges, AnswerPane *pane);
    AnswerPane *pane() const { return m_pane; }
    QListWidget *claimList() const { return m_claims; }
    QString scoresText() const;
    QString ranksText() const;
    //! The legend's counts, e.g. "2 agree · 1 contradict · 1 unique".
    QString legendText() const;

Q_SIGNALS:
    //! The user clicked claim \a index of the newest synthesis's map.
    void claimActivated(int index);

private:
    std::function<QString(qint64)> m_answerName;
    AnswerPane *m_pane = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_legend = nullptr;
    QListWidget *m_claims = nullptr;
    QLabel *m_scores = nullptr;
    QLabel *m_ranks = nullptr;
};

} // namespace Quorum
