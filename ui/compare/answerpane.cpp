// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "compare/answerpane.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include "chat/chatsession.h"
#include "compare/toolstepsview.h"
#include "judge/judgereader.h"
#include "judge/quoteindex.h"
#include "providers/bedrockconverse.h"
#include "render/answerview.h"
#include "render/markdownrenderer.h"
#include "theme/theme.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString formatMs(qint64 ms)
{
    return ms < 1000 ? AnswerPane::tr("%1 ms").arg(ms)
                     : AnswerPane::tr("%1 s").arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
}

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

/*!
 * The streaming panes' refreshes, one per pass of the event loop. Each pane's refresh timer
 * runs out at about the same moment (their texts arrive together, coalesced by the network
 * thread), and Qt runs every timer that is due in one go: eight panes at ~2 ms each held
 * the GUI thread for 16 ms. Queued here, the input, paint and timer events of the window get
 * their turn between two panes.
 */
class RefreshQueue final : public QObject
{
public:
    static RefreshQueue &instance()
    {
        static QPointer<RefreshQueue> queue;
        if (!queue) {
            queue = new RefreshQueue(QCoreApplication::instance()); // goes with the application
        }
        return *queue;
    }

    void request(AnswerPane *pane, std::function<void()> refresh)
    {
        if (std::ranges::none_of(m_waiting, [pane](const Waiting &waiting) { return waiting.pane == pane; })) {
            m_waiting.append({pane, std::move(refresh)});
        }
        if (!m_timer.isActive()) {
            m_timer.start();
        }
    }

    void forget(const AnswerPane *pane)
    {
        m_waiting.removeIf([pane](const Waiting &waiting) { return waiting.pane == pane; });
    }

private:
    explicit RefreshQueue(QObject *parent)
        : QObject(parent)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(0); // after the events already waiting
        connect(&m_timer, &QTimer::timeout, this, [this] {
            while (!m_waiting.isEmpty()) {
                const Waiting next = m_waiting.takeFirst();
                if (next.pane) {
                    next.refresh();
                    break;
                }
            }
            if (!m_waiting.isEmpty()) {
                m_timer.start();
            }
        });
    }

    struct Waiting {
        QPointer<AnswerPane> pane;
        std::function<void()> refresh;
    };
    QList<Waiting> m_waiting;
    QTimer m_timer;
};
} // namespace

AnswerPane::AnswerPane(const ResponseRecord &response, const QString &accountLabel, QWidget *parent)
    : QFrame(parent)
    , m_response(response)
    , m_accountLabel(accountLabel)
{
    setObjectName(u"answerPane"_s);
    setAccessibleName(tr("Answer of %1").arg(targetLabel()));
    setMinimumWidth(220);

    // The title: the account's mark, the model (what the user compares), the account. Both
    // texts are elided to fit the pane (elideTitle); the buttons are never pushed out.
    m_titleBox = new QWidget(this);
    m_titleBox->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_titleBox->setMinimumWidth(40);
    m_icon = new QLabel(m_titleBox);
    m_icon->setObjectName(u"answerIcon"_s);
    m_title = new QLabel(m_titleBox);
    m_title->setObjectName(u"answerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_account = new QLabel(m_titleBox);
    m_account->setObjectName(u"answerAccount"_s);
    m_account->setTextFormat(Qt::PlainText);
    m_account->setForegroundRole(QPalette::PlaceholderText);
    auto *titleLayout = new QHBoxLayout(m_titleBox);
    titleLayout->setContentsMargins(0, 0, 0, 0);
    titleLayout->setSpacing(4);
    titleLayout->addWidget(m_icon);
    titleLayout->addWidget(m_title);
    titleLayout->addWidget(m_account);
    titleLayout->addStretch(1);
    m_titleBox->installEventFilter(this); // elided again whenever its width changes
    m_status = new QLabel(this);
    m_status->setObjectName(u"answerStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_stats = new QLabel(this);
    m_stats->setObjectName(u"answerStats"_s);
    m_stats->setTextFormat(Qt::PlainText);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setForegroundRole(QPalette::PlaceholderText);
    m_stats->setWordWrap(true);
    // Room for two lines from the start: figures that change many times a second must not
    // change the header's height (that lays the row out again).
    m_stats->setMinimumHeight(m_stats->fontMetrics().lineSpacing() * 2);
    m_stats->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_pickButton = toolButton(this, u"pickButton"_s, u"☆"_s, tr("Pick as the best answer of this turn"));
    m_pickButton->setCheckable(true);
    m_retryButton = toolButton(this, u"retryButton"_s, u"↻"_s, tr("Ask again (regenerate)"));
    m_stopButton = toolButton(this, u"stopButton"_s, u"■"_s, tr("Stop this answer"));
    m_maximiseButton = toolButton(this, u"maximiseButton"_s, u"⤢"_s, tr("Maximise this answer"));
    m_moreButton = toolButton(this, u"moreButton"_s, u"⋯"_s, tr("More actions"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_moreButton);
    QAction *copy = menu->addAction(tr("Copy Answer"), this, [this] {
        QApplication::clipboard()->setText(shownText());
        QToolTip::showText(m_moreButton->mapToGlobal(QPoint(0, m_moreButton->height())), tr("Copied"), m_moreButton);
    });
    copy->setObjectName(u"copyAction"_s);
    copy->setIcon(QIcon::fromTheme(QIcon::ThemeIcon::EditCopy));
    // Code wraps in a narrow pane; unticked, its long lines stay whole and this pane scrolls.
    QAction *wrap = menu->addAction(tr("Wrap Long Code Lines"));
    wrap->setObjectName(u"wrapCodeAction"_s);
    wrap->setCheckable(true);
    wrap->setChecked(true);
    connect(wrap, &QAction::toggled, this, [this](bool on) { m_renderer->setWrapCode(on); });
    QAction *numbers = menu->addAction(tr("Number Code Lines"));
    numbers->setObjectName(u"lineNumbersAction"_s);
    numbers->setCheckable(true);
    connect(numbers, &QAction::toggled, this, [this](bool on) { m_renderer->setLineNumbers(on); });
    menu->addSeparator();
    menu->addAction(tr("Continue with This Model Only"), this, [this] { Q_EMIT continueOnlyRequested(responseId()); })
        ->setObjectName(u"continueOnlyAction"_s);
    menu->addAction(tr("Compare with Another Answer…"), this, [this] { Q_EMIT compareRequested(responseId()); })
        ->setObjectName(u"compareAction"_s);
    menu->addAction(tr("What Was It Given?"), this, [this] { Q_EMIT historyRequested(responseId()); })
        ->setObjectName(u"historyAction"_s);
    menu->addAction(tr("Inspect Request and Response…"), this, [this] { Q_EMIT inspectRequested(responseId()); })
        ->setObjectName(u"inspectAction"_s);
    m_moreButton->setMenu(menu);
    if (isJudge()) {
        // A judge's answer is about the others: it is picked to be continued from, redone
        // from the synthesis row, and has nothing to compare with or continue alone.
        const QString tip = tr("Continue the next turn from this synthesis");
        m_pickButton->setToolTip(tip);
        m_pickButton->setAccessibleName(tip);
        m_retryButton->hide();
        m_maximiseButton->hide();
        for (const auto *name : {"continueOnlyAction", "compareAction", "historyAction"}) {
            if (QAction *action = menu->findChild<QAction *>(QString::fromLatin1(name))) {
                action->setVisible(false);
            }
        }
    }

    connect(m_pickButton, &QToolButton::clicked, this, [this] { Q_EMIT pickRequested(responseId()); });
    connect(m_retryButton, &QToolButton::clicked, this, [this] { Q_EMIT retryRequested(responseId()); });
    connect(m_stopButton, &QToolButton::clicked, this, [this] { Q_EMIT stopRequested(responseId()); });
    connect(m_maximiseButton, &QToolButton::clicked, this, [this] { Q_EMIT maximiseRequested(responseId()); });

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(4);
    titleRow->addWidget(m_titleBox, 1);
    for (QToolButton *button : {m_pickButton, m_retryButton, m_stopButton, m_maximiseButton, m_moreButton}) {
        titleRow->addWidget(button);
    }

    m_reasoningToggle = new QToolButton(this);
    m_reasoningToggle->setObjectName(u"reasoningToggle"_s);
    m_reasoningToggle->setCheckable(true);
    m_reasoningToggle->setAccessibleName(tr("Show reasoning"));
    m_reasoningToggle->setAutoRaise(true);
    m_reasoningToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_reasoningToggle->setArrowType(Qt::RightArrow);
    m_reasoning = new QPlainTextEdit(this);
    m_reasoning->setObjectName(u"reasoning"_s);
    m_reasoning->setReadOnly(true);
    m_reasoning->setAccessibleName(tr("Reasoning"));
    m_reasoning->setMaximumHeight(160);
    m_reasoning->setForegroundRole(QPalette::PlaceholderText);
    m_reasoning->hide();
    m_reasoningToggle->hide();
    connect(m_reasoningToggle, &QToolButton::toggled, this, [this](bool open) {
        m_reasoning->setVisible(open);
        m_reasoningToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    m_toolSteps = new ToolStepsView(this);
    connect(m_toolSteps, &ToolStepsView::answered, this, &AnswerPane::toolApprovalAnswered);

    m_errorBox = new QFrame(this);
    m_errorBox->setObjectName(u"answerError"_s);
    m_errorBox->setFrameShape(QFrame::StyledPanel);
    m_errorBox->setStyleSheet(
        u"#answerError { background: rgba(220, 50, 47, 0.12); border: 1px solid rgba(220, 50, 47, 0.5); border-radius: 4px; }"_s);
    m_errorLabel = new QLabel(m_errorBox);
    m_errorLabel->setObjectName(u"answerErrorText"_s);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorRetry = new QPushButton(tr("Retry"), m_errorBox);
    m_errorRetry->setObjectName(u"errorRetryButton"_s);
    m_errorRetry->setAccessibleName(tr("Retry this answer"));
    connect(m_errorRetry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(responseId()); });
    auto *errorLayout = new QHBoxLayout(m_errorBox);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(m_errorRetry, 0, Qt::AlignTop);
    m_errorBox->hide();

    m_body = new AnswerView(this);
    m_body->setObjectName(u"answerBody"_s);
    m_body->setAccessibleName(tr("Answer text"));
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setOpenLinks(false);
    m_body->setOpenExternalLinks(false);
    m_body->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_document = new SafeTextDocument(m_body);
    m_document->setDocumentMargin(6);
    m_renderer = std::make_unique<MarkdownRenderer>(m_document);
    connect(m_body, &QTextBrowser::anchorClicked, this, &AnswerPane::onAnchorClicked);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(2);
    auto *statsRow = new QHBoxLayout;
    statsRow->setSpacing(6);
    statsRow->addWidget(m_status, 0, Qt::AlignTop);
    statsRow->addWidget(m_stats, 1);
    layout->addLayout(titleRow);
    layout->addLayout(statsRow);
    m_routeNote = new QLabel(this);
    m_routeNote->setObjectName(u"routeNote"_s);
    m_routeNote->setTextFormat(Qt::PlainText);
    m_routeNote->setWordWrap(true);
    m_routeNote->setForegroundRole(QPalette::PlaceholderText);
    m_routeNote->hide();
    layout->addWidget(m_routeNote);
    layout->addWidget(m_reasoningToggle);
    layout->addWidget(m_reasoning);
    layout->addWidget(m_toolSteps);
    layout->addWidget(m_errorBox);
    layout->addWidget(m_body);
    layout->addStretch(1);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshIntervalMs);
    m_refreshTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        RefreshQueue::instance().request(this, [this] { refresh(); });
    });

    // The stored text is rendered before the document has a layout or a view (showEvent).
    setResponse(response);
}

void AnswerPane::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    // The document meets its view when the pane first shows: by then the view has its
    // width, so the text is laid out once, at that width (not first at a default one).
    attachDocument();
}

void AnswerPane::attachDocument()
{
    if (m_body->document() != m_document) {
        m_body->setDocument(m_document);
        connect(m_document->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged,
            this,
            &AnswerPane::updateBodyHeight);
        updateBodyHeight();
    }
}

AnswerPane::~AnswerPane() = default;

void AnswerPane::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    // A card on the page: a thin rounded border in the palette's own colours, so it follows
    // a switch between light and dark at once (a style sheet would keep the old colours).
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(m_response.vote > 0 ? QPalette::Highlight : QPalette::Mid), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

QString AnswerPane::targetLabel() const
{
    return m_response.targetLabel();
}

void AnswerPane::setBlindLetter(int index)
{
    m_blindIndex = index;
    updateHeader();
    updateRouteNote();
}

QString AnswerPane::shownText() const
{
    if (isJudge()) {
        return m_stream ? synthesisSoFar(m_stream->text())
                        : (m_response.judgement ? m_response.judgement->text : synthesisSoFar(m_response.text));
    }
    return m_redaction.restore(m_stream ? m_stream->text() : m_response.text);
}

QColor AnswerPane::markColour(Claim::Kind kind)
{
    // Translucent, so the same colours read on a light and on a dark page.
    switch (kind) {
    case Claim::Kind::Agreement:
        return QColor(46, 160, 67, 80);
    case Claim::Kind::Contradiction:
        return QColor(218, 54, 51, 95);
    case Claim::Kind::Unique:
        return QColor(56, 132, 244, 80);
    case Claim::Kind::Unstated:
        break;
    }
    return QColor(128, 128, 128, 60);
}

int AnswerPane::setQuoteMarks(const QList<QuoteMark> &marks)
{
    m_quoteMarks = marks;
    m_marks.clear();
    if (!marks.isEmpty()) {
        // Positions of the raw text are the document's own (blocks, frames, cells included).
        const QuoteIndex index(m_document->toRawText());
        for (const QuoteMark &mark : marks) {
            if (const auto span = index.locate(mark.quote)) {
                m_marks.append({static_cast<int>(span->first), static_cast<int>(span->second), mark.kind, mark.claim});
            }
        }
    }
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_marks.size());
    for (const PlacedMark &mark : std::as_const(m_marks)) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_document);
        selection.cursor.setPosition(mark.start);
        selection.cursor.setPosition(mark.end, QTextCursor::KeepAnchor);
        selection.format.setBackground(markColour(mark.kind));
        selection.format.setProperty(QTextFormat::UserProperty, mark.claim);
        selections.append(selection);
    }
    m_body->setExtraSelections(selections);
    return static_cast<int>(m_marks.size());
}

bool AnswerPane::revealClaim(int claim)
{
    const auto it = std::ranges::find_if(m_marks, [claim](const PlacedMark &m) { return m.claim == claim; });
    if (it == m_marks.end()) {
        return false;
    }
    QTextCursor cursor(m_document);
    cursor.setPosition(it->start);
    cursor.setPosition(it->end, QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor); // selected: the span stands out over its mark
    m_body->ensureCursorVisible();
    return true;
}

void AnswerPane::setTarget(const ResponseRecord &response)
{
    m_response.providerId = response.providerId;
    m_response.model = response.model;
    m_response.parameters = response.parameters;
    updateRouteNote();
    updateHeader();
}

QString AnswerPane::routeNote() const
{
    return m_routeNote->isVisibleTo(this) ? m_routeNote->text() : QString();
}

void AnswerPane::updateRouteNote()
{
    const AnswerParameters &p = m_response.parameters;
    const QString rule = p.rule.value_or(QString());
    QStringList lines;
    // "Anthropic overloaded -> answered by OpenAI gpt-4.1-mini (rule 'Cheap default')"
    for (const FallbackAttempt &attempt : p.fallbackFrom.value_or(QList<FallbackAttempt> {})) {
        QString line = tr("%1: %2 → answered by %3").arg(attempt.target, attempt.message, targetLabel());
        if (!rule.isEmpty()) {
            line += tr(" (rule “%1”)").arg(rule);
        }
        lines << line;
    }
    if (lines.isEmpty() && !rule.isEmpty() && rule != "default"_L1) {
        lines << tr("Routed by the rule “%1”").arg(rule);
    }
    // A Bedrock prompt router answers with one of its models; its trace says which.
    if (m_response.model.contains("prompt-router/"_L1) && !m_response.servedModel.isEmpty()) {
        lines << tr("The prompt router chose %1").arg(m_response.servedModel);
    }
    if (!m_redaction.isEmpty()) {
        QStringList placeholders;
        for (const auto &[placeholder, original] : m_redaction.placeholders) {
            placeholders << placeholder;
        }
        lines << tr("Sent with %n item(s) redacted (%1), restored here", nullptr, static_cast<int>(placeholders.size()))
                     .arg(placeholders.join(u", "_s));
    }
    // What this model was sent of the turn's files: the comparison is fair only if it is seen.
    if (!m_response.received.isEmpty()) {
        QStringList sent;
        QStringList left;
        qint64 tokens = 0;
        for (const AttachmentDelivery &d : m_response.received) {
            tokens += d.tokens;
            if (d.form == AttachmentDelivery::Form::Omitted) {
                left << tr("%1 not sent (%2)").arg(d.name, d.note);
                continue;
            }
            sent << (d.note.isEmpty() ? tr("%1: %2").arg(d.name, d.summary())
                                      : tr("%1: %2 (%3)").arg(d.name, d.summary(), d.note));
        }
        if (!sent.isEmpty()) {
            lines << tr("Received %1; about %n token(s)", nullptr, static_cast<int>(tokens)).arg(sent.join(u"; "_s));
        }
        lines += left;
    }
    if (const QStringList overrode = p.overrode.value_or(QStringList {}); !overrode.isEmpty()) {
        lines << tr("Sent past your rule(s): %1").arg(overrode.join(u", "_s));
    }
    if (p.judge && p.judge->truncatedCharacters) {
        lines
            << tr("The answers were cut by %1 characters to fit the judge's input.").arg(*p.judge->truncatedCharacters);
    }
    if (m_response.judgement && !m_response.judgement->isReadable()) {
        lines << m_response.judgement->problem;
    }
    // In a blind comparison the note would name the model: it waits for the vote too.
    const bool blind = m_blindIndex >= 0 && m_response.vote <= 0;
    m_routeNote->setText(lines.join(u'\n'));
    m_routeNote->setVisible(!lines.isEmpty() && !blind);
}

bool AnswerPane::isRunning() const
{
    return m_stream && m_stream->isActive();
}

void AnswerPane::follow(const ChatStream *stream)
{
    m_stream = stream;
    m_queued = false;
    m_liveStatus.reset();
    m_retryNote.clear();
    m_response.status = ResponseStatus::Pending;
    m_response.text.clear();
    m_response.reasoning.clear();
    m_response.errorMessage.clear();
    m_response.costNanos.reset();
    m_renderer->clear();
    refresh();
}

void AnswerPane::scheduleRefresh()
{
    if (!m_refreshTimer.isActive()) {
        m_refreshTimer.start();
    }
}

void AnswerPane::setLiveStatus(ChatStream::Status status)
{
    m_liveStatus = status;
    m_queued = false;
    if (status != ChatStream::Status::Retrying) {
        m_retryNote.clear();
    }
    if (status == ChatStream::Status::Tools && m_stream) {
        // The text so far is shown now, not at the next refresh: the pane may wait for the
        // user's word a long time, and what the model said before asking belongs there.
        m_refreshTimer.stop();
        RefreshQueue::instance().forget(this);
        refresh();
        updateBodyHeight();
        return;
    }
    updateHeader();
    updateActions();
}

void AnswerPane::askApproval(const ToolApprovalRequest &request)
{
    m_toolSteps->ask(request);
    updateBodyHeight();
}

void AnswerPane::settleApproval(qint64 requestId)
{
    m_toolSteps->settle(requestId);
}

void AnswerPane::setQueued()
{
    m_queued = true;
    m_retryNote = tr("Queued: its provider is answering other requests; this one starts when a slot frees.");
    updateHeader();
}

void AnswerPane::setRetrying(int attempt, qint64 delayMs, const QString &why)
{
    m_retryNote = tr("%1 Trying again in %2 (attempt %3).").arg(why, formatMs(delayMs)).arg(attempt + 1);
    updateHeader();
}

void AnswerPane::refresh()
{
    ++m_refreshes;
    if (m_stream) {
        // A judge streams JSON: its pane shows the synthesis inside as it arrives.
        m_renderer->setText(
            isJudge() ? synthesisSoFar(m_stream->text()) : m_redaction.restoreGrowing(m_stream->text()));
        if (const QString reasoning = m_stream->reasoning(); reasoning.size() != m_shownReasoning.size()) {
            // Only what is new is added (setting the whole text at every refresh made long
            // reasoning quadratic); anything else (a retry started over) is set anew.
            if (!m_shownReasoning.isEmpty() && reasoning.startsWith(m_shownReasoning)) {
                QTextCursor end(m_reasoning->document());
                end.movePosition(QTextCursor::End);
                end.insertText(reasoning.sliced(m_shownReasoning.size()));
            } else {
                m_reasoning->setPlainText(reasoning);
            }
            m_shownReasoning = reasoning;
            m_reasoning->verticalScrollBar()->setValue(m_reasoning->verticalScrollBar()->maximum());
        }
        m_reasoningToggle->setVisible(!m_stream->reasoning().isEmpty());
        m_reasoningToggle->setText(
            tr("Thinking (%n characters)", nullptr, static_cast<int>(m_stream->reasoning().size())));
        if (m_stream->steps().size() != m_toolSteps->stepCount()) {
            m_toolSteps->setSteps(m_stream->steps());
        }
    }
    updateHeader();
    updateActions();
}

void AnswerPane::setResponse(const ResponseRecord &response)
{
    m_refreshTimer.stop();
    RefreshQueue::instance().forget(this);
    m_stream = nullptr;
    m_liveStatus.reset();
    m_retryNote.clear();
    m_response = response;
    m_redaction = ChatSession::redactionOf(response);
    updateRouteNote();
    if (isJudge()) {
        m_renderer->setText(response.judgement ? response.judgement->text : synthesisSoFar(response.text));
    } else {
        m_renderer->setText(m_redaction.restore(response.text));
    }
    m_renderer->finish();
    m_marks.clear();
    m_quoteMarks.clear();
    m_body->setExtraSelections({});
    m_reasoning->setPlainText(response.reasoning);
    m_shownReasoning = response.reasoning;
    m_toolSteps->setSteps(response.steps);
    m_reasoningToggle->setVisible(!response.reasoning.isEmpty());
    m_reasoningToggle->setText(tr("Thinking (%n characters)", nullptr, static_cast<int>(response.reasoning.size())));
    const bool failed = response.status == ResponseStatus::Error || response.status == ResponseStatus::Interrupted;
    if (failed) {
        QString message = response.errorMessage;
        if (response.status == ResponseStatus::Interrupted) {
            message
                = tr("This answer was interrupted (Quorum was closed while it streamed); its text is kept as it was.");
        } else if (message.isEmpty()) {
            message = tr("The answer failed.");
        }
        if (response.httpStatus > 0) {
            message = tr("%1 (HTTP %2)").arg(message).arg(response.httpStatus);
        }
        m_errorLabel->setText(message);
    }
    m_errorBox->setVisible(failed);
    m_body->setVisible(!response.text.isEmpty() || !failed);
    ++m_refreshes;
    updateHeader();
    updateActions();
    updateBodyHeight();
}

void AnswerPane::setPicked(bool picked)
{
    m_response.vote = picked ? 1 : 0;
    updateHeader();
    updateRouteNote();
    update();
}

void AnswerPane::setDark(bool dark)
{
    m_renderer->setDark(dark);
    // A widget with a style sheet keeps the palette it was polished with: the status badge
    // would keep the other scheme's text colour (white on a light badge). Polished again.
    const QString badge = m_status->styleSheet();
    m_status->setStyleSheet(QString());
    m_status->setStyleSheet(badge);
    if (!m_quoteMarks.isEmpty()) {
        setQuoteMarks(m_quoteMarks); // rendered again: the marks' positions are found again
    }
}

void AnswerPane::setMaximumBodyHeight(int height)
{
    if (height != m_maxBodyHeight) {
        m_maxBodyHeight = height;
        updateBodyHeight();
    }
}

void AnswerPane::setShowsMaximised(bool maximised)
{
    m_maximiseButton->setText(maximised ? u"⤡"_s : u"⤢"_s);
    const QString tip = maximised ? tr("Show all answers of this turn") : tr("Maximise this answer");
    m_maximiseButton->setToolTip(tip);
    m_maximiseButton->setAccessibleName(tip);
}

void AnswerPane::updateBodyHeight()
{
    if (m_body->document() != m_document) {
        return; // still being set up (see the constructor)
    }
    const QSizeF size = m_document->documentLayout()->documentSize();
    // A wide code line brings a horizontal scroll bar: room for it, so no vertical one is needed.
    const int scrollBar
        = size.width() > m_body->viewport()->width() ? m_body->horizontalScrollBar()->sizeHint().height() : 0;
    const int content = qCeil(size.height()) + scrollBar + 2 * m_body->frameWidth();
    int needed = content + 2;
    if (isRunning()) {
        // While streaming, grow in steps of 8 lines: each change of height lays out the whole
        // row of answers again and repaints them, which at 25 updates a second for 8 panes
        // was most of the window's work.
        const int step = fontMetrics().lineSpacing() * 8;
        needed = (needed + step - 1) / step * step;
    }
    const int wanted = qBound(fontMetrics().lineSpacing() * 2, needed, qMax(120, m_maxBodyHeight));
    if (m_body->height() != wanted || m_body->minimumHeight() != wanted) {
        m_body->setFixedHeight(wanted);
    }
}

void AnswerPane::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == QLatin1StringView(MarkdownRenderer::copyScheme)) {
        QApplication::clipboard()->setText(m_renderer->codeBlock(url.path().toInt()));
        QToolTip::showText(QCursor::pos(), tr("Code copied"), m_body);
        return;
    }
    // Links in answers open in the browser only when clicked, and only web and mail links.
    if (url.scheme() == "https"_L1 || url.scheme() == "http"_L1 || url.scheme() == "mailto"_L1) {
        QDesktopServices::openUrl(url);
    }
}

QString AnswerPane::statusText() const
{
    return m_status->text();
}

QString AnswerPane::statsText() const
{
    return m_stats->text();
}

QString AnswerPane::errorText() const
{
    return m_errorBox->isVisibleTo(const_cast<AnswerPane *>(this)) ? m_errorLabel->text() : QString();
}

QString AnswerPane::costText() const
{
    if (isRunning()) {
        return {};
    }
    if (!m_response.costNanos) {
        return m_response.status == ResponseStatus::Done ? tr("cost unknown") : QString();
    }
    return m_response.costEstimated ? tr("~%1 (estimated)").arg(formatCost(*m_response.costNanos))
                                    : formatCost(*m_response.costNanos);
}

void AnswerPane::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elideTitle();
    layoutStats();
}

void AnswerPane::layoutStats()
{
    // The figures wrap between two of them, never inside one nor next to a separator: a
    // line neither starts nor ends with "·" (QLabel's own wrapping broke at any space).
    static const QString separator = u"  ·  "_s;
    const QFontMetrics metrics(m_stats->font());
    const int width = m_stats->contentsRect().width();
    QString text;
    int line = 0;
    for (const QString &part : std::as_const(m_statsParts)) {
        const int partWidth = metrics.horizontalAdvance(part);
        if (!text.isEmpty()) {
            const int separatorWidth = metrics.horizontalAdvance(separator);
            if (width > 0 && line + separatorWidth + partWidth > width) {
                text += u'\n';
                line = 0;
            } else {
                text += separator;
                line += separatorWidth;
            }
        }
        text += part;
        line += partWidth;
    }
    if (text != m_stats->text()) {
        m_stats->setText(text);
    }
}

bool AnswerPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_titleBox && event->type() == QEvent::Resize) {
        elideTitle();
    }
    return QFrame::eventFilter(watched, event);
}

void AnswerPane::elideTitle()
{
    // The model first: whole when it fits, else "gpt-4.1-…-2025-04-14" (elided in the middle,
    // where model names differ least); the account gets what is left, at least a few letters.
    // Both whole in the tooltip and the accessible name.
    const int available = m_titleBox->width() - (m_icon->isVisible() ? m_icon->sizeHint().width() + 4 : 0);
    const QFontMetrics modelMetrics = m_title->fontMetrics();
    const QFontMetrics accountMetrics = m_account->fontMetrics();
    const int modelWidth = modelMetrics.horizontalAdvance(m_titleText) + 2;
    const int accountWidth = m_accountText.isEmpty() ? 0 : accountMetrics.horizontalAdvance(m_accountText) + 6;
    const int accountShare = accountWidth == 0
        ? 0
        : std::min(accountWidth, std::max(accountMetrics.horizontalAdvance(u"abc…"_s) + 6, available - modelWidth));
    const int modelShare = std::max(20, available - accountShare);
    m_title->setText(modelMetrics.elidedText(m_titleText, Qt::ElideMiddle, modelShare));
    m_title->setFixedWidth(std::min(modelShare, modelWidth));
    // 2 px to spare, as the model has: the advance is rounded and elidedText() measures the
    // unrounded width, so "fake" given exactly its advance came out as "fa…".
    m_account->setText(accountMetrics.elidedText(m_accountText, Qt::ElideRight, std::max(0, accountShare - 4)));
    m_account->setVisible(accountShare > 0);
}

void AnswerPane::updateHeader()
{
    const bool blind = m_blindIndex >= 0 && m_response.vote <= 0;
    // The model first (what the user compares), then the account it went through.
    // An ARN (a Bedrock prompt router, a profile) by its last part; the whole in the tooltip.
    m_titleText = blind ? tr("Answer %1").arg(QChar(u'A' + m_blindIndex))
                        : BedrockConverse::modelIdFromArn(m_response.model)
            + m_response.modelWithVariant().mid(m_response.model.size());
    if (isJudge()) {
        m_titleText = tr("Judge %1").arg(m_titleText);
    }
    m_accountText = blind ? QString() : m_response.providerId;
    m_icon->setVisible(!blind);
    if (!blind) {
        m_icon->setPixmap(Theme::accountIcon(m_response.providerId, devicePixelRatioF()).pixmap(QSize(16, 16)));
        m_icon->setToolTip(m_accountLabel);
    }
    m_account->setToolTip(m_accountLabel);
    elideTitle();
    m_title->setToolTip(blind ? tr("The model is shown once you pick the best answer.")
                              : (m_response.servedModel.isEmpty() || m_response.servedModel == m_response.model
                                        ? m_accountLabel
                                        : tr("%1, answered by %2").arg(m_accountLabel, m_response.servedModel))
                + (m_response.model.startsWith("arn:"_L1) ? u'\n' + m_response.model : QString()));

    // One label for the stored and the live states (Retrying is only ever live).
    enum class Shown { Waiting, Queued, Streaming, Retrying, Tools, Done, Error, Stopped, Interrupted };
    Shown shown = Shown::Waiting;
    if (m_queued && !m_stream) {
        shown = Shown::Queued;
    } else if (m_stream) {
        switch (m_liveStatus.value_or(ChatStream::Status::Waiting)) {
        case ChatStream::Status::Idle:
        case ChatStream::Status::Waiting:
            shown = Shown::Waiting;
            break;
        case ChatStream::Status::Streaming:
            shown = Shown::Streaming;
            break;
        case ChatStream::Status::Retrying:
            shown = Shown::Retrying;
            break;
        case ChatStream::Status::Tools:
            shown = Shown::Tools;
            break;
        case ChatStream::Status::Finished:
            shown = Shown::Done;
            break;
        case ChatStream::Status::Failed:
            shown = Shown::Error;
            break;
        case ChatStream::Status::Cancelled:
            shown = Shown::Stopped;
            break;
        }
    } else {
        switch (m_response.status) {
        case ResponseStatus::Pending:
            shown = Shown::Waiting;
            break;
        case ResponseStatus::Streaming:
            shown = Shown::Streaming;
            break;
        case ResponseStatus::Done:
            shown = Shown::Done;
            break;
        case ResponseStatus::Error:
            shown = Shown::Error;
            break;
        case ResponseStatus::Cancelled:
            shown = Shown::Stopped;
            break;
        case ResponseStatus::Interrupted:
            shown = Shown::Interrupted;
            break;
        }
    }
    const auto [status, colour] = [shown]() -> std::pair<QString, QString> {
        switch (shown) {
        case Shown::Waiting:
            return {tr("Waiting"), u"128,128,128"_s};
        case Shown::Queued:
            return {tr("Queued"), u"128,128,128"_s};
        case Shown::Streaming:
            return {tr("Streaming"), u"38,139,210"_s};
        case Shown::Retrying:
            return {tr("Retrying"), u"203,75,22"_s};
        case Shown::Tools:
            return {tr("Tools"), u"108,113,196"_s};
        case Shown::Done:
            return {tr("Done"), u"133,153,0"_s};
        case Shown::Error:
            return {tr("Error"), u"220,50,47"_s};
        case Shown::Stopped:
            return {tr("Stopped"), u"128,128,128"_s};
        case Shown::Interrupted:
            return {tr("Interrupted"), u"203,75,22"_s};
        }
        return {};
    }();
    m_status->setText(status);
    if (colour != m_statusColour) { // a style sheet is parsed and applied anew: only on a change
        m_statusColour = colour;
        m_status->setStyleSheet(
            u"QLabel { border-radius: 3px; padding: 0 5px; background: rgba(%1, 0.18); border: 1px solid rgba(%1, 0.6); }"_s
                .arg(colour));
    }

    // Figures: time to first token, speed, tokens, cost.
    QStringList parts;
    std::optional<qint64> ttft = m_response.ttftMs;
    std::optional<qint64> duration = m_response.durationMs;
    std::optional<qint64> input = m_response.inputTokens;
    std::optional<qint64> output = m_response.outputTokens;
    qint64 characters = m_response.text.size() + m_response.reasoning.size();
    bool outputEstimated = false;
    if (m_stream) {
        ttft = m_stream->timeToFirstTokenMs();
        duration = m_stream->durationMs();
        characters = m_stream->text().size() + m_stream->reasoning().size();
        if (const auto usage = m_stream->usage()) {
            input = usage->input;
            output = usage->output > 0 ? std::optional<qint64>(usage->output) : std::nullopt;
        } else {
            input.reset();
            output.reset();
        }
    }
    if (!output && characters > 0) {
        output = (characters + 3) / 4;
        outputEstimated = true;
    }
    if (ttft) {
        parts << tr("first token %1").arg(formatMs(*ttft));
    }
    if (ttft && duration && output && *duration > *ttft + 50) {
        const double perSecond = static_cast<double>(*output) * 1000.0 / static_cast<double>(*duration - *ttft);
        parts << tr("%1 tok/s").arg(perSecond, 0, 'f', perSecond < 10 ? 1 : 0);
    }
    if (input || output) {
        parts << tr("%1 in · %2%3 out")
                     .arg(input ? QString::number(*input) : u"?"_s)
                     .arg(outputEstimated ? u"~"_s : QString())
                     .arg(output ? QString::number(*output) : u"?"_s);
    }
    // The price would give the model away in a blind comparison: it waits for the pick.
    if (const QString cost = costText(); !cost.isEmpty() && (m_blindIndex < 0 || m_response.vote > 0)) {
        parts << cost;
    }
    if (!m_retryNote.isEmpty()) {
        parts = QStringList {m_retryNote};
    }
    m_statsParts = parts;
    layoutStats();
    m_pickButton->setChecked(m_response.vote > 0);
    m_pickButton->setText(m_response.vote > 0 ? u"★"_s : u"☆"_s);
}

void AnswerPane::updateActions()
{
    const bool running = isRunning();
    m_stopButton->setVisible(running);
    m_retryButton->setEnabled(!running);
    m_pickButton->setEnabled(!running);
}

} // namespace Quorum
