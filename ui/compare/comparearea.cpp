// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "compare/comparearea.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include "chat/chatsession.h"
#include "compare/answerpane.h"
#include "compare/diffdialog.h"
#include "compare/inspectordialog.h"
#include "compare/turnview.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/spendstore.h"
#include "theme/theme.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

CompareArea::CompareArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"compareArea"_s);
    setAccessibleName(tr("Answers"));
    // The answers are the document of this window: they sit on the base colour.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_welcomeLabel = new QLabel(this);
    m_welcomeLabel->setObjectName(u"compareWelcomeLabel"_s);
    m_welcomeLabel->setTextFormat(Qt::RichText);
    m_welcomeLabel->setText(tr("<h2>Ask several models at once</h2>"
                               "<p>Type a prompt below and choose the models that should answer it.<br>"
                               "Their answers appear here side by side, each with its tokens, speed and cost.</p>"));
    m_welcomeLabel->setAlignment(Qt::AlignCenter);
    m_welcomeLabel->setWordWrap(true);
    // Its page has room to spare: no height-for-width, which made every size the window's
    // layouts asked for lay the rich text out again (nearly half of start-up's CPU).
    QSizePolicy welcomePolicy = m_welcomeLabel->sizePolicy();
    welcomePolicy.setHeightForWidth(false);
    m_welcomeLabel->setSizePolicy(welcomePolicy);
    m_welcomeLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *welcomePage = new QWidget(this);
    auto *welcomeLayout = new QVBoxLayout(welcomePage);
    welcomeLayout->setContentsMargins(12, 12, 12, 12);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(m_welcomeLabel);
    welcomeLayout->addStretch(2);

    // The conversation: a bar with its title, cost and options, then the turns.
    m_conversationPage = new QWidget(this);
    m_titleLabel = new QLabel(m_conversationPage);
    m_titleLabel->setObjectName(u"conversationTitle"_s);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_totalTimer = new QTimer(this);
    m_totalTimer->setSingleShot(true);
    m_totalTimer->setInterval(80);
    connect(m_totalTimer, &QTimer::timeout, this, &CompareArea::updateTotal);
    m_totalLabel = new QLabel(m_conversationPage);
    m_totalLabel->setObjectName(u"conversationTotal"_s);
    m_totalLabel->setTextFormat(Qt::PlainText);
    m_totalLabel->setToolTip(tr("What this conversation has cost so far"));
    m_followUp = new QComboBox(m_conversationPage);
    m_followUp->setObjectName(u"followUpPolicy"_s);
    m_followUp->setAccessibleName(tr("Follow-up history"));
    m_followUp->addItem(
        tr("Follow-ups: each model continues its own answers"), followUpPolicyName(FollowUpPolicy::OwnThread));
    m_followUp->addItem(
        tr("Follow-ups: all continue from the picked answer ★"), followUpPolicyName(FollowUpPolicy::PickedAnswer));
    m_followUp->addItem(
        tr("Follow-ups: all continue from the synthesis"), followUpPolicyName(FollowUpPolicy::Synthesis));
    m_followUp->setToolTip(tr("Which earlier answers each model is given with your next prompt"));
    connect(m_followUp, &QComboBox::currentIndexChanged, this, [this] {
        if (m_session) {
            m_session->setFollowUpPolicy(
                followUpPolicyFromName(m_followUp->currentData().toString()).value_or(FollowUpPolicy::OwnThread));
        }
    });
    m_syncBox = new QCheckBox(tr("Sync scrolling"), m_conversationPage);
    m_syncBox->setObjectName(u"syncScrolling"_s);
    m_syncBox->setAccessibleName(tr("Synchronised scrolling"));
    m_syncBox->setChecked(true);
    m_syncBox->setToolTip(tr("Scrolling a long answer scrolls the other answers of its turn along"));
    connect(m_syncBox, &QCheckBox::toggled, this, &CompareArea::setSyncScrolling);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(10, 6, 10, 4);
    bar->addWidget(m_titleLabel, 1);
    bar->addWidget(m_totalLabel);
    bar->addSpacing(12);
    bar->addWidget(m_followUp);
    bar->addWidget(m_syncBox);

    m_notice = new QLabel(m_conversationPage);
    m_notice->setObjectName(u"compareNotice"_s);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(10, 2, 10, 2);
    m_notice->hide();

    m_scroll = new QScrollArea(m_conversationPage);
    m_scroll->setObjectName(u"turnsScrollArea"_s);
    m_scroll->setAccessibleName(tr("Answers"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(m_scroll);
    m_content->setBackgroundRole(QPalette::Base);
    m_olderButton = new QPushButton(tr("Show Earlier Turns"), m_content);
    m_olderButton->setObjectName(u"olderTurnsButton"_s);
    m_olderButton->setFlat(true);
    m_olderButton->setAccessibleName(tr("Show earlier turns"));
    connect(m_olderButton, &QPushButton::clicked, this, [this] { loadOlderTurns(); });
    m_turnsLayout = new QVBoxLayout(m_content);
    m_turnsLayout->setContentsMargins(10, 4, 10, 10);
    m_turnsLayout->setSpacing(4);
    m_turnsLayout->addWidget(m_olderButton, 0, Qt::AlignHCenter);
    m_turnsLayout->addStretch(1);
    m_scroll->setWidget(m_content);
    m_scroll->viewport()->installEventFilter(this);
    // Scrolling to the top brings the earlier turns (the button says so too).
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && hasOlderTurns() && m_scroll->verticalScrollBar()->maximum() > 0) {
            QTimer::singleShot(0, this, [this] { loadOlderTurns(); });
        }
    });
    m_olderButton->hide();

    auto *pageLayout = new QVBoxLayout(m_conversationPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addLayout(bar);
    pageLayout->addWidget(m_notice);
    pageLayout->addWidget(m_scroll, 1);

    m_stack = new QStackedLayout(this);
    m_stack->addWidget(welcomePage);
    m_stack->addWidget(m_conversationPage);

    setMinimumSize(320, 200);
}

CompareArea::~CompareArea() = default;

void CompareArea::setSession(ChatSession *session, Database *database)
{
    if (m_session) {
        m_session->disconnect(this);
    }
    m_session = session;
    m_database = database;
    if (!session) {
        return;
    }
    connect(session, &ChatSession::answerStarted, this, [this](qint64 id) {
        if (AnswerPane *p = pane(id)) {
            p->follow(m_session->stream(id));
        }
    });
    connect(session, &ChatSession::answerFellBack, this, [this](const ResponseRecord &response) {
        if (AnswerPane *p = pane(response.id)) {
            p->setTarget(response);
        }
    });
    connect(session, &ChatSession::answerQueued, this, [this](qint64 id) {
        if (AnswerPane *p = pane(id)) {
            p->setQueued();
        }
    });
    connect(session, &ChatSession::answerStatusChanged, this, [this](qint64 id, ChatStream::Status status) {
        if (AnswerPane *p = pane(id)) {
            p->setLiveStatus(status);
        }
    });
    const auto grew = [this](qint64 id) {
        if (AnswerPane *p = pane(id)) {
            p->scheduleRefresh();
        }
    };
    connect(session, &ChatSession::answerGrew, this, grew);
    connect(session, &ChatSession::answerUsageUpdated, this, grew);
    connect(session,
        &ChatSession::answerRetrying,
        this,
        [this](qint64 id, int attempt, qint64 delayMs, const StreamError &why) {
            if (AnswerPane *p = pane(id)) {
                p->setRetrying(attempt, delayMs, why.message);
            }
        });
    connect(session, &ChatSession::answerEnded, this, [this](const ResponseRecord &ended) {
        if (AnswerPane *p = pane(ended.id)) {
            ResponseRecord record = ended;
            // The stored identity of the answer stays as the pane knows it.
            record.turnId = p->response().turnId;
            record.position = p->response().position;
            record.providerId = p->response().providerId;
            record.model = p->response().model;
            record.parameters = p->response().parameters;
            record.kind = p->response().kind;
            record.vote = p->response().vote;
            p->setResponse(record);
        }
        for (TurnView *view : std::as_const(m_turnViews)) {
            if (view->hasJudge(ended.id)) {
                view->judgeEnded(ended); // the map is read again, and marked in the answers
            }
        }
        updateTotal();
    });
    connect(session, &ChatSession::answerStepsChanged, this, grew);
    connect(session, &ChatSession::approvalNeeded, this, [this](qint64 id, const ToolApprovalRequest &request) {
        if (AnswerPane *p = pane(id)) {
            p->askApproval(request);
        } else if (m_session->toolBox()) {
            m_session->toolBox()->answer(request.id, false); // no pane shows it: nobody could say yes
        }
    });
    connect(session, &ChatSession::approvalSettled, this, [this](qint64 requestId) {
        for (AnswerPane *p : findChildren<AnswerPane *>()) {
            p->settleApproval(requestId);
        }
    });
    connect(session, &ChatSession::storageFailed, this, [this](const StorageError &error) {
        showNotice(tr("The answers could not be saved yet (retrying): %1").arg(error.message));
    });
    connect(session, &ChatSession::conversationChanged, this, &CompareArea::scheduleTotal);
    m_followUp->setCurrentIndex(m_followUp->findData(followUpPolicyName(session->followUpPolicy())));
}

void CompareArea::clearTurns()
{
    qDeleteAll(m_turnViews);
    m_turnViews.clear();
    m_olderParent.reset();
    m_oldestPosition = 0;
    m_linear = false;
    m_notice->hide();
}

void CompareArea::reload()
{
    clearTurns();
    if (!m_session || m_session->conversationId() == 0) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (m_database) {
        const ConversationStore store(*m_database);
        if (const auto conversation = store.conversation(m_session->conversationId());
            conversation && conversation->has_value()) {
            m_titleLabel->setText((*conversation)->title);
        }
        // The newest turn is the head of the current branch.
        const auto newest = store.recentTurns(m_session->conversationId(), 1);
        if (!newest) {
            showNotice(newest.error().message);
        } else if (!newest->isEmpty()) {
            m_olderParent = newest->constFirst().id;
            m_oldestPosition = newest->constFirst().position + 1;
            m_linear = !newest->constFirst().parentId && newest->constFirst().position > 0;
            loadOlderTurns(initialTurns);
            // The newest turn paints first; a few before it follow right after, so that
            // scrolling up finds them already there.
            QTimer::singleShot(100, this, [this, id = m_session->conversationId()] {
                if (m_session && m_session->conversationId() == id && m_turnViews.size() == initialTurns) {
                    loadOlderTurns(3);
                }
            });
        }
    } else {
        const auto turns = m_session->branch();
        if (!turns) {
            showNotice(turns.error());
        } else {
            for (const TurnRecord &turn : *turns) {
                makeTurnView(turn, static_cast<int>(m_turnViews.size()));
            }
        }
    }
    updateOlderButton();
    m_totalLabel->clear(); // the last conversation's is not this one's
    scheduleTotal();
    // Open at the newest turn.
    QTimer::singleShot(
        0, this, [this] { m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum()); });
}

bool CompareArea::hasOlderTurns() const
{
    return m_database && m_olderParent.has_value();
}

int CompareArea::loadOlderTurns(int count)
{
    if (!m_database || !m_session || !m_olderParent) {
        return 0;
    }
    const ConversationStore store(*m_database);
    QList<TurnRecord> older; // newest first
    // Walk back along the parent chain a batch of positions at a time (branches interleave).
    while (older.size() < count && m_olderParent) {
        const auto batch = store.recentTurns(m_session->conversationId(), count * 2, m_oldestPosition);
        if (!batch) {
            showNotice(batch.error().message);
            break;
        }
        if (batch->isEmpty()) {
            m_olderParent.reset();
            break;
        }
        for (auto it = batch->crbegin(); it != batch->crend() && older.size() < count; ++it) {
            m_oldestPosition = it->position;
            if (m_linear || it->id == *m_olderParent) {
                older.append(*it);
                m_olderParent = it->parentId;
                if (m_linear) {
                    m_olderParent = it->position > 0 ? std::optional<qint64>(it->id) : std::nullopt;
                }
                if (!m_olderParent) {
                    break;
                }
            }
        }
    }
    // Keep what is on screen where it is while turns appear above it.
    QScrollBar *scroll = m_scroll->verticalScrollBar();
    const int fromBottom = scroll->maximum() - scroll->value();
    for (const TurnRecord &turn : std::as_const(older)) {
        makeTurnView(turn, 0);
    }
    updateOlderButton();
    if (!older.isEmpty() && m_turnViews.size() > older.size()) {
        m_content->adjustSize();
        QTimer::singleShot(0, this, [this, fromBottom] {
            m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum() - fromBottom);
        });
    }
    return static_cast<int>(older.size());
}

void CompareArea::updateOlderButton()
{
    m_olderButton->setVisible(hasOlderTurns());
}

TurnView *CompareArea::makeTurnView(const TurnRecord &turn, int at)
{
    auto *view = new TurnView(turn, m_accountLabel, m_content);
    view->setBlind(m_blind);
    view->setSyncScrolling(m_syncScrolling);
    connect(
        view, &TurnView::editRequested, this, [this, view](qint64 id) { Q_EMIT editRequested(id, view->prompt()); });
    connect(view, &TurnView::addTargetRequested, this, &CompareArea::addTargetRequested);
    connect(view, &TurnView::synthesizeRequested, this, &CompareArea::synthesizeRequested);
    connect(view, &TurnView::chooseJudgeRequested, this, &CompareArea::chooseJudgeRequested);
    view->setJudgeMenu(m_judgeMenu);
    connect(view, &TurnView::judgeModesRequested, this, &CompareArea::judgeModesRequested);
    connect(view, &TurnView::autoSynthesisToggled, this, &CompareArea::autoSynthesisToggled);
    connect(view, &TurnView::paneAdded, this, [this, view](AnswerPane *p) { connectPane(view, p); });
    connect(view, &TurnView::columnsResized, this, [this](const QList<int> &sizes) {
        m_columnSizes = sizes;
        for (TurnView *other : std::as_const(m_turnViews)) {
            other->setColumnSizes(sizes);
        }
    });
    for (AnswerPane *p : view->panes()) {
        connectPane(view, p);
    }
    // After the "earlier turns" button (index 0), before the stretch at the end.
    m_turnsLayout->insertWidget(1 + at, view);
    m_turnViews.insert(at, view);
    return view;
}

void CompareArea::connectPane(TurnView *turn, AnswerPane *p)
{
    p->setDark(m_dark);
    p->setMaximumBodyHeight(bodyHeightCap());
    if (m_session && m_session->isRunning(p->responseId())) {
        p->follow(m_session->stream(p->responseId()));
        if (ToolBox *tools = m_session->toolBox()) {
            for (const ToolApprovalRequest &request : tools->pendingApprovals()) {
                if (request.stream == m_session->stream(p->responseId())) {
                    p->askApproval(request); // it asked before this pane was made
                }
            }
        }
    }
    connect(p, &AnswerPane::toolApprovalAnswered, this, [this](qint64 requestId, bool allow, bool remember) {
        if (m_session && m_session->toolBox()) {
            m_session->toolBox()->answer(requestId, allow, remember);
        }
    });
    connect(p, &AnswerPane::stopRequested, this, [this](qint64 id) {
        if (m_session) {
            m_session->stop(id);
        }
    });
    // Asking again goes through the engine (it finds the key first), like any send.
    connect(p, &AnswerPane::retryRequested, this, &CompareArea::regenerateRequested);
    connect(p, &AnswerPane::pickRequested, this, [this, turn](qint64 id) {
        if (!m_session) {
            return;
        }
        const qint64 pick = turn->pane(id)->isPicked() ? 0 : id; // a second click takes the pick back
        if (const auto picked = m_session->pickBest(turn->turnId(), pick); !picked) {
            Q_EMIT problem(picked.error());
            return;
        }
        turn->setPicked(pick);
    });
    connect(p, &AnswerPane::continueOnlyRequested, this, [this, p] {
        Q_EMIT continueOnlyRequested(ChatTarget::fromResponse(p->response()));
    });
    connect(p, &AnswerPane::inspectRequested, this, &CompareArea::inspect);
    connect(p, &AnswerPane::compareRequested, this, &CompareArea::compareFrom);
    connect(p, &AnswerPane::historyRequested, this, &CompareArea::showHistory);
}

void CompareArea::setBlind(bool blind)
{
    m_blind = blind;
    for (TurnView *view : std::as_const(m_turnViews)) {
        view->setBlind(blind);
    }
}

TurnView *CompareArea::appendTurn(const TurnRecord &turn)
{
    m_stack->setCurrentIndex(1);
    if (m_turnViews.isEmpty()) {
        m_titleLabel->setText(turn.prompt.simplified().left(80));
        if (m_database && m_session) {
            if (const auto c = ConversationStore(*m_database).conversation(m_session->conversationId());
                c && c->has_value()) {
                m_titleLabel->setText((*c)->title);
            }
        }
    }
    TurnView *view = makeTurnView(turn, static_cast<int>(m_turnViews.size()));
    if (!m_columnSizes.isEmpty()) {
        view->setColumnSizes(m_columnSizes);
    }
    QTimer::singleShot(0, this, [this, view] {
        m_scroll->ensureWidgetVisible(view, 0, 0);
        m_scroll->verticalScrollBar()->setValue(view->y());
    });
    return view;
}

void CompareArea::addJudges(const QList<ResponseRecord> &judges)
{
    if (judges.isEmpty()) {
        return;
    }
    for (TurnView *view : std::as_const(m_turnViews)) {
        if (view->turnId() == judges.constFirst().turnId) {
            view->addJudges(judges);
            updateTotal();
        }
    }
}

AnswerPane *CompareArea::pane(qint64 responseId) const
{
    for (TurnView *view : m_turnViews) {
        if (AnswerPane *p = view->pane(responseId)) {
            return p;
        }
    }
    return nullptr;
}

TurnView *CompareArea::turnOf(qint64 responseId) const
{
    for (TurnView *view : m_turnViews) {
        if (view->pane(responseId)) {
            return view;
        }
    }
    return nullptr;
}

AnswerPane *CompareArea::currentPane() const
{
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (auto *p = qobject_cast<AnswerPane *>(w)) {
            return p;
        }
    }
    return nullptr;
}

void CompareArea::focusPane(int step)
{
    QList<AnswerPane *> all;
    for (TurnView *view : std::as_const(m_turnViews)) {
        for (AnswerPane *p : view->panes()) {
            if (p->isVisible()) {
                all.append(p);
            }
        }
    }
    if (all.isEmpty()) {
        return;
    }
    const qsizetype at = all.indexOf(currentPane());
    const qsizetype next = at < 0 ? (step > 0 ? all.size() - qMin<qsizetype>(all.size(), 4) : all.size() - 1)
                                  : qBound<qsizetype>(0, at + step, all.size() - 1);
    AnswerPane *target = all.at(next);
    target->body()->setFocus(Qt::ShortcutFocusReason);
    m_scroll->ensureWidgetVisible(target, 0, 40);
}

void CompareArea::setDark(bool dark)
{
    m_dark = dark;
    for (TurnView *view : std::as_const(m_turnViews)) {
        for (AnswerPane *p : view->panes()) {
            p->setDark(dark);
        }
    }
}

void CompareArea::setSyncScrolling(bool on)
{
    m_syncScrolling = on;
    m_syncBox->setChecked(on);
    for (TurnView *view : std::as_const(m_turnViews)) {
        view->setSyncScrolling(on);
    }
}

QString CompareArea::totalText() const
{
    if (m_totalTimer->isActive()) {
        m_totalTimer->stop();
        const_cast<CompareArea *>(this)->updateTotal(); // asked for now: no need to wait
    }
    return m_totalLabel->text();
}

void CompareArea::scheduleTotal()
{
    m_totalTimer->start();
}

void CompareArea::updateTotal()
{
    if (!m_session || m_session->conversationId() == 0) {
        m_totalLabel->clear();
        return;
    }
    std::optional<qint64> nanos;
    bool estimated = false;
    if (m_database) {
        if (const auto total = SpendStore(*m_database).conversationTotal(m_session->conversationId())) {
            if (total->answers > total->unknown) {
                nanos = total->nanos;
            }
            estimated = total->estimated > 0;
        }
    } else {
        for (TurnView *view : std::as_const(m_turnViews)) {
            for (AnswerPane *p : view->panes()) {
                if (p->response().costNanos) {
                    nanos = nanos.value_or(0) + *p->response().costNanos;
                    estimated = estimated || p->response().costEstimated;
                }
            }
        }
    }
    m_totalLabel->setText(nanos
            ? tr("Total %1%2").arg(formatCost(*nanos), estimated ? tr(" (partly estimated)") : QString())
            : QString());
}

void CompareArea::showNotice(const QString &text)
{
    m_notice->setText(u"⚠ "_s + text);
    m_notice->setVisible(!text.isEmpty());
}

QString CompareArea::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

int CompareArea::bodyHeightCap() const
{
    return qMax(160, m_scroll->viewport()->height() * 3 / 4);
}

bool CompareArea::eventFilter(QObject *watched, QEvent *event)
{
    // Answers may be as tall as three quarters of what the turns are shown in.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize) {
        const int cap = bodyHeightCap();
        for (TurnView *view : std::as_const(m_turnViews)) {
            for (AnswerPane *p : view->panes()) {
                p->setMaximumBodyHeight(cap);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CompareArea::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        setDark(Theme::isDark(palette())); // code blocks follow the light or dark palette
    }
}

bool CompareArea::reveal(qint64 turnId, qint64 responseId, const QString &highlight)
{
    const auto find = [this, turnId]() -> TurnView * {
        for (TurnView *view : std::as_const(m_turnViews)) {
            if (view->turnId() == turnId) {
                return view;
            }
        }
        return nullptr;
    };
    TurnView *view = find();
    while (!view && hasOlderTurns()) {
        if (loadOlderTurns(moreTurns) == 0) {
            break;
        }
        view = find();
    }
    if (!view) {
        return false;
    }
    AnswerPane *target = responseId ? view->pane(responseId) : nullptr;
    QTimer::singleShot(0, this, [this, view, target, highlight] {
        m_scroll->verticalScrollBar()->setValue(view->y());
        if (target) {
            m_scroll->ensureWidgetVisible(target, 0, 40);
            target->attachDocument();
            if (!highlight.isEmpty()) {
                target->body()->moveCursor(QTextCursor::Start);
                target->body()->find(highlight); // selects the match, case-insensitively
            }
            target->body()->setFocus(Qt::OtherFocusReason);
        }
    });
    return true;
}

void CompareArea::compareFrom(qint64 responseId)
{
    TurnView *view = turnOf(responseId);
    AnswerPane *from = pane(responseId);
    if (!view || !from) {
        return;
    }
    QList<AnswerPane *> others;
    QStringList names;
    for (AnswerPane *p : view->panes()) {
        if (p != from) {
            others.append(p);
            names.append(p->targetLabel());
        }
    }
    if (others.isEmpty()) {
        Q_EMIT problem(tr("This turn has only one answer."));
        return;
    }
    int chosen = 0;
    if (others.size() > 1) {
        bool ok = false;
        const QString name = QInputDialog::getItem(
            this, tr("Compare Answers"), tr("Compare %1 with:").arg(from->targetLabel()), names, 0, false, &ok);
        if (!ok) {
            return;
        }
        chosen = static_cast<int>(names.indexOf(name));
    }
    AnswerPane *to = others.at(chosen);
    auto *dialog
        = new DiffDialog(from->targetLabel(), from->response().text, to->targetLabel(), to->response().text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void CompareArea::showHistory(qint64 responseId)
{
    AnswerPane *p = pane(responseId);
    if (!p) {
        return;
    }
    const QList<qint64> ids = ChatSession::historyOf(p->response());
    QStringList lines;
    if (ids.isEmpty()) {
        lines << tr("No earlier turns: this answer was given only its prompt.");
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        AnswerPane *given = pane(ids.at(i));
        const QString source = given ? given->targetLabel() : tr("answer %1 (not loaded)").arg(ids.at(i));
        const bool own = given && given->response().providerId == p->response().providerId
            && given->response().model == p->response().model;
        lines << tr("Turn %1: the answer of %2%3").arg(i + 1).arg(source, own ? tr(" (its own)") : QString());
    }
    const std::optional<FollowUpPolicy> policy = ChatSession::policyOf(p->response());
    if (policy) {
        lines << QString()
              << (*policy == FollowUpPolicy::OwnThread ? tr("Chosen by: each model continues its own answers.")
                                                       : tr("Chosen by: all continue from the picked answer."));
    }
    QMessageBox box(QMessageBox::Information,
        tr("History of %1").arg(p->targetLabel()),
        tr("Besides its prompt, this answer was given:"),
        QMessageBox::Close,
        this);
    box.setObjectName(u"historyBox"_s);
    box.setInformativeText(lines.join(u'\n'));
    box.exec();
}

void CompareArea::inspect(qint64 responseId)
{
    AnswerPane *p = pane(responseId);
    if (!p || !m_session) {
        return;
    }
    auto *dialog = new InspectorDialog(
        p->targetLabel(), m_session->inspectRequest(responseId), m_session->inspectResponse(responseId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace Quorum
