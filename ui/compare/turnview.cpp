// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "compare/turnview.h"

#include <random>

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include "compare/answerpane.h"
#include "compare/synthesisrow.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

TurnView::TurnView(const TurnRecord &turn, std::function<QString(const QString &)> accountLabel, QWidget *parent)
    : QWidget(parent)
    , m_turn(turn)
    , m_accountLabel(std::move(accountLabel))
{
    setObjectName(u"turnView"_s);

    auto *promptBox = new QFrame(this);
    promptBox->setObjectName(u"promptBox"_s);
    promptBox->setAutoFillBackground(true);
    promptBox->setBackgroundRole(QPalette::AlternateBase);
    promptBox->setFrameShape(QFrame::NoFrame);
    // Never taller than its text: height the turn is given beyond its answers' is not the prompt's.
    promptBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_prompt = new QLabel(promptBox);
    m_prompt->setObjectName(u"promptText"_s);
    m_prompt->setTextFormat(Qt::PlainText); // the user's own text, shown as typed
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_prompt->setText(turn.prompt);
    m_prompt->setAccessibleName(tr("Prompt"));
    auto *you = new QLabel(tr("You"), promptBox);
    QFont bold = you->font();
    bold.setBold(true);
    you->setFont(bold);
    auto *edit = new QToolButton(promptBox);
    edit->setObjectName(u"editPromptButton"_s);
    edit->setText(tr("Edit"));
    edit->setToolTip(tr("Edit this prompt and send it again as a new branch"));
    edit->setAutoRaise(true);
    edit->setAccessibleName(tr("Edit prompt"));
    connect(edit, &QToolButton::clicked, this, [this] { Q_EMIT editRequested(m_turn.id); });
    auto *add = new QToolButton(promptBox);
    add->setObjectName(u"addTargetButton"_s);
    add->setText(tr("+ Model"));
    add->setToolTip(tr("Ask another model this prompt, with the same history"));
    add->setAutoRaise(true);
    add->setAccessibleName(tr("Add a model to this turn"));
    connect(add, &QToolButton::clicked, this, [this] { Q_EMIT addTargetRequested(m_turn.id); });
    auto *synthesize = new QToolButton(promptBox);
    synthesize->setObjectName(u"synthesizeButton"_s);
    synthesize->setText(tr("Synthesize"));
    synthesize->setToolTip(tr("Let a judge model fuse, list, score or rank these answers and map where they disagree"));
    synthesize->setAutoRaise(true);
    synthesize->setAccessibleName(tr("Synthesize the answers"));
    synthesize->setPopupMode(QToolButton::InstantPopup);
    auto *judgeMenu = new QMenu(synthesize);
    judgeMenu->setObjectName(u"synthesizeMenu"_s);
    connect(judgeMenu, &QMenu::aboutToShow, this, [this, judgeMenu] { fillJudgeMenu(judgeMenu); });
    synthesize->setMenu(judgeMenu);
    auto *promptHeader = new QHBoxLayout;
    promptHeader->addWidget(you);
    promptHeader->addStretch(1);
    promptHeader->addWidget(edit);
    promptHeader->addWidget(add);
    promptHeader->addWidget(synthesize);
    auto *promptLayout = new QVBoxLayout(promptBox);
    promptLayout->setContentsMargins(10, 6, 10, 8);
    promptLayout->setSpacing(2);
    promptLayout->addLayout(promptHeader);
    promptLayout->addWidget(m_prompt);
    if (!turn.attachments.isEmpty()) {
        // The files that went with the prompt; each answer says what its model received of them.
        QStringList files;
        for (const Attachment &a : turn.attachments) {
            files << u"%1 (%2)"_s.arg(a.name, attachmentDescription(a));
        }
        auto *attached = new QLabel(tr("Attached: %1").arg(files.join(u" · "_s)), promptBox);
        attached->setObjectName(u"promptAttachments"_s);
        attached->setTextFormat(Qt::PlainText);
        attached->setWordWrap(true);
        attached->setForegroundRole(QPalette::PlaceholderText);
        attached->setTextInteractionFlags(Qt::TextSelectableByMouse);
        promptLayout->addWidget(attached);
    }

    m_rows = new QVBoxLayout;
    m_rows->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 12);
    layout->setSpacing(6);
    layout->addWidget(promptBox);
    layout->addLayout(m_rows);

    for (const ResponseRecord &response : turn.responses) {
        makePane(response);
    }
    relayout(); // once for all answers
    m_synthesis = new SynthesisRow(
        [this](qint64 id) {
            AnswerPane *p = pane(id);
            if (!p) {
                return tr("an answer no longer shown");
            }
            return isHidingModels() ? tr("Answer %1").arg(QChar(u'A' + static_cast<char16_t>(m_panes.indexOf(p))))
                                    : p->targetLabel();
        },
        this);
    connect(m_synthesis, &SynthesisRow::claimActivated, this, [this](int index) { revealClaim(index); });
    connect(m_synthesis, &SynthesisRow::synthesisChosen, this, &TurnView::showSynthesis);
    connect(m_synthesis, &SynthesisRow::fuseRequested, this, [this](const QStringList &points) {
        // Beam's guided merge: a fused answer of the ticked points only, by the same judge.
        JudgeRequest request;
        request.turnId = m_turn.id;
        request.mode = JudgeMode::Fuse;
        request.points = points;
        if (const ResponseRecord *checklist = shownSynthesis()) {
            request.judge = ChatTarget::fromResponse(*checklist);
        }
        Q_EMIT synthesizeRequested(request);
    });
    layout->addWidget(m_synthesis);
    if (!turn.judgements.isEmpty()) {
        showJudges();
    }
}

void TurnView::fillJudgeMenu(QMenu *menu)
{
    menu->clear();
    const auto add = [this, menu](const QString &text, const JudgeRequest &request, const QString &name) {
        const QString estimate = m_judgeMenu.estimate ? m_judgeMenu.estimate(request) : QString();
        QAction *action = menu->addAction(estimate.isEmpty() ? text : u"%1  (%2)"_s.arg(text, estimate));
        action->setObjectName(u"judge:"_s + name);
        connect(action, &QAction::triggered, this, [this, request] { Q_EMIT synthesizeRequested(request); });
    };
    const QList<std::pair<JudgeMode, QString>> modes {{JudgeMode::Fuse, tr("Fuse into One Answer")},
        {JudgeMode::Checklist, tr("Checklist of Points")},
        {JudgeMode::Table, tr("Scored Table")},
        {JudgeMode::Rank, tr("Peer Ranking (the Models Rank Each Other)")}};
    for (const auto &[mode, text] : modes) {
        JudgeRequest request;
        request.turnId = m_turn.id;
        request.mode = mode;
        add(text, request, judgeModeName(mode));
    }
    const auto custom = m_judgeMenu.customModes ? m_judgeMenu.customModes() : QList<std::pair<QString, JudgeMode>> {};
    if (!custom.isEmpty()) {
        menu->addSection(tr("Your Modes"));
        for (const auto &[name, base] : custom) {
            JudgeRequest request;
            request.turnId = m_turn.id;
            request.mode = base;
            request.custom = name;
            add(tr("%1 (based on %2)").arg(name, judgeModeName(base)), request, u"custom:"_s + name);
        }
    }
    menu->addSeparator();
    menu->addAction(tr("Judge Modes…"), this, &TurnView::judgeModesRequested)->setObjectName(u"judgeModesAction"_s);
    menu->addAction(tr("Choose the Judge…"),
            this,
            [this] {
                JudgeRequest request;
                request.turnId = m_turn.id;
                Q_EMIT chooseJudgeRequested(request);
            })
        ->setObjectName(u"chooseJudgeAction"_s);
    QAction *automatic = menu->addAction(tr("Fuse Every Turn of This Conversation"));
    automatic->setObjectName(u"autoSynthesisAction"_s);
    automatic->setCheckable(true);
    automatic->setChecked(m_judgeMenu.automatic && m_judgeMenu.automatic());
    automatic->setToolTip(
        tr("When a turn's answers have ended, the judge fuses them (off by default: it costs a request)"));
    connect(automatic, &QAction::toggled, this, &TurnView::autoSynthesisToggled);
}

AnswerPane *TurnView::synthesisPane() const
{
    return m_synthesis ? m_synthesis->pane() : nullptr;
}

const ResponseRecord *TurnView::shownSynthesis() const
{
    const ResponseRecord *chosen = m_shownSynthesis != 0 ? m_turn.response(m_shownSynthesis) : nullptr;
    return chosen ? chosen : m_turn.latestSynthesis();
}

qint64 TurnView::shownSynthesisId() const
{
    const ResponseRecord *shown = shownSynthesis();
    return shown ? shown->id : 0;
}

void TurnView::showSynthesis(qint64 responseId)
{
    m_shownSynthesis = responseId;
    showJudges();
}

void TurnView::showJudges()
{
    // The synthesis shown (the newest unless the user chose another) gets the pane; peer
    // ballots show as ranks.
    const ResponseRecord *shown = shownSynthesis();
    AnswerPane *current = synthesisPane();
    AnswerPane *pane = current;
    if (shown && (!current || current->responseId() != shown->id)) {
        pane = new AnswerPane(*shown, m_accountLabel ? m_accountLabel(shown->providerId) : shown->providerId, this);
    } else if (!shown) {
        pane = nullptr;
    }
    m_synthesis->setJudges(m_turn.judgements, shown ? shown->id : 0, pane);
    if (pane && pane != current) {
        Q_EMIT paneAdded(pane);
    }
    applyMap();
}

void TurnView::addJudges(const QList<ResponseRecord> &judges)
{
    m_turn.judgements.append(judges);
    m_shownSynthesis = 0; // a new synthesis is shown as it streams
    showJudges();
}

void TurnView::judgeEnded(const ResponseRecord &judge)
{
    for (ResponseRecord &j : m_turn.judgements) {
        if (j.id == judge.id) {
            const ResponseRecord before = j;
            j = judge;
            j.kind = ResponseKind::Judge;
            j.turnId = before.turnId;
            j.parameters = before.parameters;
        }
    }
    showJudges();
}

int TurnView::applyMap()
{
    const ResponseRecord *synthesis = shownSynthesis();
    int found = 0;
    for (AnswerPane *p : std::as_const(m_panes)) {
        QList<QuoteMark> marks;
        if (synthesis && synthesis->judgement && synthesis->parameters.judge) {
            QString label;
            for (const JudgeSource &source : synthesis->parameters.judge->sources) {
                if (source.responseId == p->responseId()) {
                    label = source.label;
                }
            }
            const QList<Claim> &claims = synthesis->judgement->claims;
            for (int i = 0; i < claims.size(); ++i) {
                for (const ClaimStance &s : claims.at(i).stances) {
                    if (s.answer == label && s.stance != Stance::Omits && !s.quote.isEmpty()) {
                        // A contradicting span is marked as a contradiction whatever the claim's kind.
                        marks.append({s.quote,
                            s.stance == Stance::Contradicts ? Claim::Kind::Contradiction : claims.at(i).kind(),
                            i});
                    }
                }
            }
        }
        found += p->setQuoteMarks(marks);
    }
    return found;
}

int TurnView::revealClaim(int index)
{
    int shown = 0;
    for (AnswerPane *p : std::as_const(m_panes)) {
        shown += p->revealClaim(index) ? 1 : 0;
    }
    return shown;
}

TurnView::~TurnView() = default;

AnswerPane *TurnView::pane(qint64 responseId) const
{
    const auto it
        = std::ranges::find_if(m_panes, [responseId](AnswerPane *p) { return p->responseId() == responseId; });
    if (it != m_panes.end()) {
        return *it;
    }
    AnswerPane *synthesis = synthesisPane();
    return synthesis && synthesis->responseId() == responseId ? synthesis : nullptr;
}

AnswerPane *TurnView::addAnswer(const ResponseRecord &response)
{
    m_turn.responses.append(response);
    AnswerPane *pane = makePane(response);
    relayout();
    applyBlind();
    Q_EMIT paneAdded(pane);
    return pane;
}

AnswerPane *TurnView::makePane(const ResponseRecord &response)
{
    auto *pane
        = new AnswerPane(response, m_accountLabel ? m_accountLabel(response.providerId) : response.providerId, this);
    m_panes.append(pane);
    connect(
        pane, &AnswerPane::maximiseRequested, this, [this](qint64 id) { setMaximised(m_maximised == id ? 0 : id); });
    connect(pane->body()->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane](int value) {
        syncScroll(pane, value);
    });
    return pane;
}

void TurnView::relayout()
{
    // Panes move into new splitters: take them out first so no splitter deletes them.
    for (AnswerPane *pane : std::as_const(m_panes)) {
        pane->setParent(this);
    }
    qDeleteAll(m_splitters);
    m_splitters.clear();
    const QList<AnswerPane *> shown = m_maximised ? QList<AnswerPane *> {pane(m_maximised)} : m_panes;
    for (AnswerPane *pane : std::as_const(m_panes)) {
        pane->setVisible(shown.contains(pane));
        pane->setShowsMaximised(pane->responseId() == m_maximised);
    }
    for (qsizetype at = 0; at < shown.size(); at += panesPerRow) {
        auto *splitter = new QSplitter(Qt::Horizontal, this);
        splitter->setObjectName(u"answerRow"_s);
        splitter->setChildrenCollapsible(false);
        splitter->setHandleWidth(6);
        for (qsizetype i = at; i < qMin(at + panesPerRow, shown.size()); ++i) {
            splitter->addWidget(shown.at(i));
            shown.at(i)->show();
        }
        connect(
            splitter, &QSplitter::splitterMoved, this, [this, splitter] { Q_EMIT columnsResized(splitter->sizes()); });
        m_rows->addWidget(splitter);
        splitter->show(); // at once: a layout shows new children only from the event loop
        m_splitters.append(splitter);
    }
}

void TurnView::setMaximised(qint64 responseId)
{
    m_maximised = pane(responseId) ? responseId : 0;
    relayout();
}

void TurnView::setPicked(qint64 responseId)
{
    for (AnswerPane *pane : std::as_const(m_panes)) {
        pane->setPicked(pane->responseId() == responseId);
    }
    if (AnswerPane *synthesis = synthesisPane()) {
        synthesis->setPicked(synthesis->responseId() == responseId);
    }
    for (ResponseRecord &j : m_turn.judgements) {
        j.vote = j.id == responseId ? 1 : 0;
    }
    for (ResponseRecord &r : m_turn.responses) {
        r.vote = r.id == responseId ? 1 : 0;
    }
    applyBlind();
}

void TurnView::setBlind(bool blind)
{
    m_blind = blind;
    applyBlind();
}

bool TurnView::isHidingModels() const
{
    return m_blind && m_panes.size() >= 2
        && std::ranges::none_of(m_panes, [](const AnswerPane *p) { return p->isPicked(); });
}

void TurnView::applyBlind()
{
    const bool hide = isHidingModels();
    if (hide && !m_shuffled && m_panes.size() >= 2) {
        // The order the models were chosen in would give them away: a blind turn shows its
        // answers in an order of its own, the same each time it is opened (seeded by its id).
        std::mt19937 random(static_cast<std::mt19937::result_type>(m_turn.id));
        std::shuffle(m_panes.begin(), m_panes.end(), random);
        m_shuffled = true;
        relayout();
    }
    for (int i = 0; i < m_panes.size(); ++i) {
        m_panes.at(i)->setBlindLetter(hide ? i : -1);
    }
}

void TurnView::setColumnSizes(const QList<int> &sizes)
{
    for (QSplitter *splitter : std::as_const(m_splitters)) {
        if (splitter->count() == sizes.size()) {
            splitter->setSizes(sizes);
        }
    }
}

void TurnView::syncScroll(AnswerPane *from, int value)
{
    if (!m_syncScrolling || m_syncing) {
        return;
    }
    const QScrollBar *source = from->body()->verticalScrollBar();
    if (source->maximum() <= 0) {
        return;
    }
    const double fraction = static_cast<double>(value) / source->maximum();
    m_syncing = true;
    for (AnswerPane *pane : std::as_const(m_panes)) {
        if (pane != from) {
            QScrollBar *bar = pane->body()->verticalScrollBar();
            bar->setValue(qRound(fraction * bar->maximum()));
        }
    }
    m_syncing = false;
}

} // namespace Quorum
