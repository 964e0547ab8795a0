// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "compare/synthesisrow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "compare/answerpane.h"
#include "types/records.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QIcon swatch(Claim::Kind kind)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor colour = AnswerPane::markColour(kind);
    colour.setAlpha(220);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 2, 2);
    return QIcon(pixmap);
}

QString kindWord(Claim::Kind kind)
{
    switch (kind) {
    case Claim::Kind::Agreement:
        return SynthesisRow::tr("agree");
    case Claim::Kind::Contradiction:
        return SynthesisRow::tr("contradict");
    case Claim::Kind::Unique:
        return SynthesisRow::tr("unique");
    case Claim::Kind::Unstated:
        break;
    }
    return SynthesisRow::tr("unstated");
}
} // namespace

SynthesisRow::SynthesisRow(std::function<QString(qint64)> answerName, QWidget *parent)
    : QFrame(parent)
    , m_answerName(std::move(answerName))
{
    setObjectName(u"synthesisRow"_s);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"mapHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(u"synthesisChoice"_s);
    m_choice->setAccessibleName(tr("Synthesis shown"));
    m_choice->setToolTip(tr("The turn's syntheses, newest first: choose the one to show"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_choice, &QComboBox::activated, this, [this](int index) {
        Q_EMIT synthesisChosen(m_choice->itemData(index).toLongLong());
    });
    m_legend = new QLabel(this);
    m_legend->setObjectName(u"mapLegend"_s);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_claims = new QListWidget(this);
    m_claims->setObjectName(u"claimList"_s);
    m_claims->setAccessibleName(tr("Claims of the answers"));
    m_claims->setWordWrap(true);
    m_claims->setTextElideMode(Qt::ElideNone);
    m_claims->setMinimumHeight(120);
    connect(m_claims, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT claimActivated(item->data(Qt::UserRole).toInt());
    });
    connect(m_claims, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT claimActivated(item->data(Qt::UserRole).toInt());
    });
    connect(m_claims, &QListWidget::itemChanged, this, &SynthesisRow::updateFuseTicked);
    m_fuseTicked = new QPushButton(this);
    m_fuseTicked->setObjectName(u"fuseTickedButton"_s);
    m_fuseTicked->setToolTip(tr("The judge writes one answer from the ticked points only"));
    connect(m_fuseTicked, &QPushButton::clicked, this, [this] {
        if (const QStringList points = tickedPoints(); !points.isEmpty()) {
            Q_EMIT fuseRequested(points);
        }
    });
    m_scores = new QLabel(this);
    m_scores->setObjectName(u"mapScores"_s);
    m_scores->setTextFormat(Qt::PlainText);
    m_scores->setWordWrap(true);
    m_scores->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ranks = new QLabel(this);
    m_ranks->setObjectName(u"mapRanks"_s);
    m_ranks->setTextFormat(Qt::PlainText);
    m_ranks->setWordWrap(true);
    m_ranks->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *side = new QVBoxLayout;
    side->setSpacing(4);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(m_choice);
    side->addLayout(headingRow);
    side->addWidget(m_legend);
    side->addWidget(m_claims, 1);
    side->addWidget(m_fuseTicked, 0, Qt::AlignLeft);
    side->addWidget(m_scores);
    side->addWidget(m_ranks);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(side, 2);
    hide();
}

SynthesisRow::~SynthesisRow() = default;

void SynthesisRow::setJudges(const QList<ResponseRecord> &judges, qint64 shownId, AnswerPane *pane)
{
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    if (pane != m_pane) {
        delete m_pane;
        m_pane = pane;
        if (pane) {
            pane->setParent(this);
            layout->insertWidget(0, pane, 3);
            pane->show();
        }
    }
    const ResponseRecord *synthesis = nullptr;
    m_choice->clear();
    for (auto it = judges.crbegin(); it != judges.crend(); ++it) {
        if (it->parameters.judge && it->parameters.judge->rankerOf) {
            continue; // a peer ballot: counted in the ranks
        }
        const QString mode = it->parameters.judge
            ? it->parameters.judge->custom.isEmpty() ? it->parameters.judge->mode : it->parameters.judge->custom
            : QString();
        const QString points = it->parameters.judge && !it->parameters.judge->points.isEmpty()
            ? tr(", %n point(s)", nullptr, int(it->parameters.judge->points.size()))
            : QString();
        m_choice->addItem(tr("%1%2 · %3").arg(mode, points, it->model), it->id);
        if (it->id == shownId) {
            synthesis = &*it;
            m_choice->setCurrentIndex(m_choice->count() - 1);
        }
    }
    m_choice->setVisible(m_choice->count() > 1);
    const QSignalBlocker blockTicks(m_claims);
    m_claims->clear();
    m_checklist = synthesis && synthesis->parameters.judge
        && synthesis->parameters.judge->mode == judgeModeName(JudgeMode::Checklist);
    QStringList scoreLines;
    QMap<Claim::Kind, int> counts;
    if (synthesis && synthesis->judgement) {
        const Judgement &map = *synthesis->judgement;
        for (int i = 0; i < map.claims.size(); ++i) {
            const Claim &claim = map.claims.at(i);
            const QString who = claim.whoSays(
                [this, synthesis](const QString &label) { return m_answerName(judgeSource(*synthesis, label)); });
            auto *item = new QListWidgetItem(swatch(claim.kind()), claim.text, m_claims);
            item->setData(Qt::UserRole, i);
            if (m_checklist) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            item->setToolTip(u"%1\n%2"_s.arg(kindWord(claim.kind()), who));
            ++counts[claim.kind()];
        }
        for (const JudgeScore &s : map.scores) {
            scoreLines << tr("%1 · %2: %3 (%4)")
                              .arg(m_answerName(judgeSource(*synthesis, s.answer)), s.criterion)
                              .arg(s.score, 0, 'g', 3)
                              .arg(s.reason);
        }
    }
    QStringList legend;
    for (const Claim::Kind kind : {Claim::Kind::Agreement, Claim::Kind::Contradiction, Claim::Kind::Unique}) {
        QColor colour = AnswerPane::markColour(kind);
        colour.setAlpha(220);
        legend << u"<span style=\"background:%1\">&nbsp;&nbsp;&nbsp;</span> %2 %3"_s.arg(colour.name(QColor::HexRgb))
                      .arg(counts.value(kind))
                      .arg(kindWord(kind).toHtmlEscaped());
    }
    m_legend->setText(legend.join(u" &nbsp; "_s));
    m_legend->setAccessibleName(legendText());
    m_claims->setVisible(m_claims->count() > 0);
    updateFuseTicked();
    m_scores->setText(scoreLines.join(u'\n'));
    m_scores->setVisible(!scoreLines.isEmpty());
    QStringList rankLines;
    int place = 1;
    for (const RankedAnswer &r : peerRanking(judges)) {
        rankLines << tr("%1. %2 — %3 points, first in %4 of %5")
                         .arg(place++)
                         .arg(m_answerName(r.responseId))
                         .arg(r.points, 0, 'f', 2)
                         .arg(r.firsts)
                         .arg(r.ballots);
    }
    m_ranks->setText(rankLines.isEmpty() ? QString() : tr("Peer ranking (Borda):\n") + rankLines.join(u'\n'));
    m_ranks->setVisible(!rankLines.isEmpty());
    const QString mode
        = synthesis && synthesis->parameters.judge ? synthesis->parameters.judge->mode : judgeModeName(JudgeMode::Rank);
    m_heading->setText(tr("Where the answers agree (%1)").arg(mode));
    setVisible(!judges.isEmpty());
}

QStringList SynthesisRow::tickedPoints() const
{
    QStringList points;
    for (int i = 0; i < m_claims->count(); ++i) {
        if (m_claims->item(i)->checkState() == Qt::Checked) {
            points << m_claims->item(i)->text();
        }
    }
    return points;
}

void SynthesisRow::updateFuseTicked()
{
    const qsizetype ticked = m_checklist ? tickedPoints().size() : 0;
    m_fuseTicked->setVisible(m_checklist && m_claims->count() > 0);
    m_fuseTicked->setEnabled(ticked > 0);
    m_fuseTicked->setText(
        ticked > 0 ? tr("Fuse the %n Ticked Point(s)", nullptr, int(ticked)) : tr("Tick Points to Fuse Them"));
}

QString SynthesisRow::scoresText() const
{
    return m_scores->text();
}

QString SynthesisRow::ranksText() const
{
    return m_ranks->text();
}

QString SynthesisRow::legendText() const
{
    QString plain = m_legend->text();
    plain.remove(QRegularExpression(u"<[^>]*>"_s));
    plain.replace(u"&nbsp;"_s, u" "_s);
    return plain.simplified();
}

} // namespace Quorum
