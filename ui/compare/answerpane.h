// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>

#include <QFrame>
#include <QPointer>
#include <QTimer>

#include "providers/chatstream.h"
#include "routing/sensitive.h"
#include "types/judgement.h"
#include "types/records.h"

class QLabel;
class QTextBrowser;
class QToolButton;
class QPushButton;
class QPlainTextEdit;

namespace Quorum
{

class ToolStepsView;
struct ToolApprovalRequest;

//! One quoted span of a judge's map, to be marked in an answer.
struct QuoteMark {
    QString quote;
    Claim::Kind kind = Claim::Kind::Unique;
    int claim = 0; //!< the claim's index in the map
};

class MarkdownRenderer;
class SafeTextDocument;

/*!
 * One model's answer to one turn: a header with the provider and model, its live status,
 * time to first token, speed, tokens and cost, the actions on it (pick as best, copy,
 * retry, stop, continue with this model only, maximise, inspect, compare), the reasoning
 * (collapsed), and the answer rendered from Markdown. While the answer streams, updates
 * are coalesced to at most 25 a second; an error shows here, with the provider's message
 * and a Retry button, and nowhere else.
 */
class AnswerPane final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerPane)

public:
    static constexpr int refreshIntervalMs = 40;

    AnswerPane(const ResponseRecord &response, const QString &accountLabel, QWidget *parent = nullptr);
    ~AnswerPane() override;

    qint64 responseId() const { return m_response.id; }
    const ResponseRecord &response() const { return m_response; }
    QString targetLabel() const;

    //! Follows a running answer: text, status and figures come from \a stream.
    void follow(const ChatStream *stream);
    //! The answer grew: shown at the next refresh (coalesced).
    void scheduleRefresh();
    void setLiveStatus(ChatStream::Status status);
    //! Waiting for its provider: one request at a time, or every connection busy.
    void setQueued();
    void setRetrying(int attempt, qint64 delayMs, const QString &why);
    //! A tool call of this answer waits for the user's word: asked in this pane.
    void askApproval(const ToolApprovalRequest &request);
    void settleApproval(qint64 requestId);
    //! The tool calls shown (for tests).
    const ToolStepsView *toolSteps() const { return m_toolSteps; }
    //! The answer ended, or was loaded from storage: shows it as stored.
    void setResponse(const ResponseRecord &response);
    //! A fallback chain moved the running answer on to another target (\a response names it).
    void setTarget(const ResponseRecord &response);
    //! The line under the header: the rule that routed it, a fallback, redacted data.
    QString routeNote() const;
    void setPicked(bool picked);
    void setDark(bool dark);
    //! Caps the answer's height (it scrolls inside beyond it); the view gives a screenful.
    void setMaximumBodyHeight(int height);
    void setShowsMaximised(bool maximised);
    //! Hides the model's name until the user picks (blind compare); -1 shows it.
    void setBlindLetter(int index);
    //! Gives the answer's document to its view (done at the first show; before that the
    //! text is rendered but not laid out).
    void attachDocument();
    bool isJudge() const { return m_response.kind == ResponseKind::Judge; }

    /*!
     * Marks a judge's quotes in the answer (agreement, contradiction, unique: colours of the
     * legend) as extra selections, which leave the document itself alone. Quotes are found in
     * the rendered text (QuoteIndex); returns how many were found.
     */
    int setQuoteMarks(const QList<QuoteMark> &marks);
    int quoteMarkCount() const { return static_cast<int>(m_marks.size()); }
    //! Scrolls to the first span of claim \a claim and flashes it; false when it has none.
    bool revealClaim(int claim);
    //! The colour of \a kind's marks (for the legend).
    static QColor markColour(Claim::Kind kind);

    QTextBrowser *body() const { return m_body; }
    SafeTextDocument *document() const { return m_document; }
    QString statusText() const;
    QString statsText() const;
    QString costText() const;
    QString errorText() const;
    bool isPicked() const { return m_response.vote > 0; }
    int refreshCount() const { return m_refreshes; }
    MarkdownRenderer *renderer() const { return m_renderer.get(); }

Q_SIGNALS:
    void stopRequested(qint64 responseId);
    void retryRequested(qint64 responseId);
    void pickRequested(qint64 responseId);
    void continueOnlyRequested(qint64 responseId);
    void maximiseRequested(qint64 responseId);
    void inspectRequested(qint64 responseId);
    void compareRequested(qint64 responseId);
    void historyRequested(qint64 responseId);
    //! The user's word on a tool call this answer asked about.
    void toolApprovalAnswered(qint64 requestId, bool allow, bool remember);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void updateHeader();
    void elideTitle();
    //! The figures, a line break between two of them where the next would not fit.
    void layoutStats();
    void updateBodyHeight();
    void updateActions();
    void updateRouteNote();
    //! The answer's text with the placeholders of a redacted prompt put back.
    QString shownText() const;
    void onAnchorClicked(const QUrl &url);
    bool isRunning() const;

    ResponseRecord m_response;
    Redaction m_redaction;
    QLabel *m_routeNote = nullptr;
    QString m_accountLabel;
    QPointer<const ChatStream> m_stream;
    std::optional<ChatStream::Status> m_liveStatus;
    QString m_retryNote;
    bool m_queued = false;
    QString m_statusColour;
    QString m_titleText;
    int m_blindIndex = -1;

    QLabel *m_icon = nullptr;    //!< the account's mark
    QLabel *m_title = nullptr;   //!< the model, whole or elided in the middle
    QLabel *m_account = nullptr; //!< the account it went through
    QWidget *m_titleBox = nullptr;
    QString m_accountText;
    QLabel *m_status = nullptr;
    QLabel *m_stats = nullptr;
    QStringList m_statsParts; //!< the figures, each kept whole on its line
    QToolButton *m_pickButton = nullptr;
    QToolButton *m_retryButton = nullptr;
    QToolButton *m_stopButton = nullptr;
    QToolButton *m_maximiseButton = nullptr;
    QToolButton *m_moreButton = nullptr;
    QToolButton *m_reasoningToggle = nullptr;
    QPlainTextEdit *m_reasoning = nullptr;
    ToolStepsView *m_toolSteps = nullptr;
    QString m_shownReasoning; //!< what m_reasoning shows of a running answer's reasoning
    QFrame *m_errorBox = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_errorRetry = nullptr;
    QTextBrowser *m_body = nullptr;
    SafeTextDocument *m_document = nullptr;
    std::unique_ptr<MarkdownRenderer> m_renderer;
    struct PlacedMark {
        int start = 0;
        int end = 0;
        Claim::Kind kind = Claim::Kind::Unique;
        int claim = 0;
    };
    QList<PlacedMark> m_marks;
    QList<QuoteMark> m_quoteMarks; //!< placed again when the document is rendered again
    QTimer m_refreshTimer;
    int m_maxBodyHeight = 600;
    int m_refreshes = 0;
};

} // namespace Quorum
