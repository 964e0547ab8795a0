// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "compare/turnview.h"
#include "types/chattarget.h"
#include "types/followuppolicy.h"
#include "types/records.h"

class QCheckBox;
class QComboBox;
class QTimer;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedLayout;
class QVBoxLayout;

namespace Quorum
{

class AnswerPane;
class ChatSession;
class Database;
class TurnView;

/*!
 * The centre of the main window: the open conversation, turn by turn, each turn's answers
 * side by side (TurnView), with the conversation's running cost, the follow-up policy and
 * synchronised scrolling above it. Drives the ChatSession for what is done on an answer
 * (stop, retry, pick, inspect, compare) and shows what the session streams.
 *
 * A long conversation opens at its newest turns (a few, so the first paint is quick) and
 * loads older ones, following the current branch, when the user asks for them.
 */
class CompareArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareArea)

public:
    static constexpr int initialTurns = 1;
    static constexpr int moreTurns = 20;

    explicit CompareArea(QWidget *parent = nullptr);
    ~CompareArea() override;

    //! The session the area shows; \a database (may be null) pages older turns in.
    void setSession(ChatSession *session, Database *database);
    void setAccountLabels(std::function<QString(const QString &)> label) { m_accountLabel = std::move(label); }
    //! What each turn's Synthesize menu asks: estimates, custom modes, the automatic check.
    void setJudgeMenu(const JudgeMenuHooks &hooks) { m_judgeMenu = hooks; }
    //! Judges' answers were added to a turn: its synthesis row shows them.
    void addJudges(const QList<ResponseRecord> &judges);

    //! Shows the session's conversation from its newest turns (empty: the welcome text).
    void reload();
    //! Shows a turn just sent and scrolls to it.
    TurnView *appendTurn(const TurnRecord &turn);
    //! Loads up to \a count older turns of the current branch; returns how many.
    int loadOlderTurns(int count = moreTurns);
    bool hasOlderTurns() const;
    //! Scrolls to turn \a turnId (loading older turns as needed) and focuses answer \a responseId.
    //! With \a highlight, the first occurrence of it in that answer is selected.
    bool reveal(qint64 turnId, qint64 responseId = 0, const QString &highlight = {});

    QList<TurnView *> turnViews() const { return m_turnViews; }
    AnswerPane *pane(qint64 responseId) const;
    TurnView *turnOf(qint64 responseId) const;
    //! The pane that has the focus, or the first of the newest turn.
    AnswerPane *currentPane() const;
    //! Moves the focus to the next (+1) or previous (-1) answer.
    void focusPane(int step);
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    void setSyncScrolling(bool on);
    //! Blind compare for every turn shown and every turn to come (see TurnView::setBlind).
    void setBlind(bool blind);
    bool isBlind() const { return m_blind; }
    //! The running total shown above the answers.
    QString totalText() const;
    QComboBox *followUpBox() const { return m_followUp; }
    QString noticeText() const;

Q_SIGNALS:
    void continueOnlyRequested(const Quorum::ChatTarget &target);
    //! Retry on a pane: ask its model again.
    void regenerateRequested(qint64 responseId);
    void editRequested(qint64 turnId, const QString &prompt);
    void addTargetRequested(qint64 turnId);
    void synthesizeRequested(const Quorum::JudgeRequest &request);
    void chooseJudgeRequested(const Quorum::JudgeRequest &request);
    void judgeModesRequested();
    void autoSynthesisToggled(bool on);
    //! Something the user should read (a failed store, a refused action).
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TurnView *makeTurnView(const TurnRecord &turn, int at);
    void connectPane(TurnView *turn, AnswerPane *pane);
    void clearTurns();
    void updateTotal();
    //! The total, a little later (it sums every answer of the conversation: ~6 ms for 8,000
    //! of them), so that an opened conversation paints first.
    void scheduleTotal();
    void updateOlderButton();
    void showNotice(const QString &text);
    void compareFrom(qint64 responseId);
    void showHistory(qint64 responseId);
    void inspect(qint64 responseId);
    int bodyHeightCap() const;

    bool m_blind = false;
    QPointer<ChatSession> m_session;
    Database *m_database = nullptr;
    std::function<QString(const QString &)> m_accountLabel;
    JudgeMenuHooks m_judgeMenu;
    QStackedLayout *m_stack = nullptr;
    QLabel *m_welcomeLabel = nullptr;
    QWidget *m_conversationPage = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_totalLabel = nullptr;
    QComboBox *m_followUp = nullptr;
    QCheckBox *m_syncBox = nullptr;
    QLabel *m_notice = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_turnsLayout = nullptr;
    QPushButton *m_olderButton = nullptr;
    QList<TurnView *> m_turnViews;
    QList<int> m_columnSizes;
    // Paging back along the branch: the parent of the oldest turn shown, and its position.
    std::optional<qint64> m_olderParent;
    int m_oldestPosition = 0;
    bool m_linear = false; //!< a conversation without recorded parents: page by position
    bool m_dark = false;
    bool m_syncScrolling = true;
    QTimer *m_totalTimer = nullptr;
};

} // namespace Quorum
