// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>

#include <QList>
#include <QWidget>

#include "types/records.h"

class QLabel;
class QMenu;
class QSplitter;
class QToolButton;
class QVBoxLayout;

namespace Quorum
{

class AnswerPane;
class SynthesisRow;

//! What a turn's Synthesize menu asks of the window.
struct JudgeMenuHooks {
    //! What \a request would cost, or why it would be refused (empty: nothing to say).
    std::function<QString(const JudgeRequest &request)> estimate;
    //! The user's own modes: name and base mode.
    std::function<QList<std::pair<QString, JudgeMode>>()> customModes;
    //! Whether the conversation fuses every turn by itself.
    std::function<bool()> automatic;
};

/*!
 * One turn of a conversation: the prompt once, across the width, and below it the answers
 * side by side in resizable columns (rows of at most four). One answer can be maximised
 * (the others hide until it is restored). With synchronised scrolling on, scrolling one
 * long answer scrolls its neighbours to the same relative place.
 */
class TurnView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnView)

public:
    static constexpr int panesPerRow = 4;

    //! \a accountLabel names an account for the answers' tooltips.
    TurnView(const TurnRecord &turn, std::function<QString(const QString &)> accountLabel, QWidget *parent = nullptr);
    ~TurnView() override;

    qint64 turnId() const { return m_turn.id; }
    const TurnRecord &turn() const { return m_turn; }
    QString prompt() const { return m_turn.prompt; }
    QList<AnswerPane *> panes() const { return m_panes; }
    AnswerPane *pane(qint64 responseId) const;
    AnswerPane *addAnswer(const ResponseRecord &response);

    void setMaximised(qint64 responseId);
    qint64 maximised() const { return m_maximised; }
    void setSyncScrolling(bool on) { m_syncScrolling = on; }
    void setPicked(qint64 responseId);
    //! Blind compare: with two or more answers and none picked yet, the models are hidden
    //! ("Answer A", "Answer B") until the user picks one; then all are shown.
    void setBlind(bool blind);
    bool isHidingModels() const;
    //! Column widths shared by every turn of the conversation.
    void setColumnSizes(const QList<int> &sizes);

    //! Judges' answers were added to the turn (they are about to stream).
    void addJudges(const QList<ResponseRecord> &judges);
    //! A judge's answer ended: the map is read again and marked in the answers.
    void judgeEnded(const ResponseRecord &judge);
    SynthesisRow *synthesisRow() const { return m_synthesis; }
    bool hasJudge(qint64 responseId) const
    {
        return std::ranges::any_of(
            m_turn.judgements, [responseId](const ResponseRecord &j) { return j.id == responseId; });
    }
    //! The newest synthesis's pane (null: none yet).
    AnswerPane *synthesisPane() const;
    //! Scrolls every answer to its span of claim \a index (of the newest synthesis's map);
    //! returns how many answers have one.
    int revealClaim(int index);
    //! Marks the newest synthesis's quotes in the answers; returns how many were found.
    int applyMap();
    //! What the Synthesize menu asks of the window: estimates, custom modes, the automatic check.
    void setJudgeMenu(const JudgeMenuHooks &hooks) { m_judgeMenu = hooks; }
    //! The synthesis the row shows (0: the newest); a new synthesis is shown when it starts.
    void showSynthesis(qint64 responseId);
    qint64 shownSynthesisId() const;

Q_SIGNALS:
    void paneAdded(Quorum::AnswerPane *pane);
    void editRequested(qint64 turnId);
    void addTargetRequested(qint64 turnId);
    //! The user asked a judge about this turn's answers (the judge is the one chosen before).
    void synthesizeRequested(const Quorum::JudgeRequest &request);
    //! The user wants to choose the judge (then send \a request).
    void chooseJudgeRequested(const Quorum::JudgeRequest &request);
    //! The user wants to see or edit the judge modes.
    void judgeModesRequested();
    //! The user turned the conversation's automatic synthesis on or off.
    void autoSynthesisToggled(bool on);
    void columnsResized(const QList<int> &sizes);

private:
    void relayout();
    void applyBlind();
    AnswerPane *makePane(const ResponseRecord &response);
    void syncScroll(AnswerPane *from, int value);

    TurnRecord m_turn;
    std::function<QString(const QString &)> m_accountLabel;
    QLabel *m_prompt = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QList<QSplitter *> m_splitters;
    QList<AnswerPane *> m_panes;
    qint64 m_maximised = 0;
    bool m_syncScrolling = true;
    bool m_syncing = false;
    bool m_blind = false;
    bool m_shuffled = false; //!< blind: the answers are shown in an order of their own
    SynthesisRow *m_synthesis = nullptr;
    JudgeMenuHooks m_judgeMenu;
    qint64 m_shownSynthesis = 0; //!< 0: the newest
    void showJudges();
    const ResponseRecord *shownSynthesis() const;
    void fillJudgeMenu(QMenu *menu);
};

} // namespace Quorum
