// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "compare/toolstepsview.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtMath>

#include "tools/websearch.h"
#include "tools/websearchtool.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
//! At most this much of a result is shown in the pane (the whole is stored and exported).
constexpr qsizetype shownCharacters = 20'000;

QString durationText(qint64 ms)
{
    return ms < 1000 ? ToolStepsView::tr("%1 ms").arg(ms) : ToolStepsView::tr("%1 s").arg(double(ms) / 1000, 0, 'f', 1);
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024) {
        return ToolStepsView::tr("%n byte(s)", nullptr, int(bytes));
    }
    return bytes < 1024 * 1024 ? ToolStepsView::tr("%1 KB").arg(double(bytes) / 1024, 0, 'f', 1)
                               : ToolStepsView::tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

QString headerOf(const ToolStep &step)
{
    QStringList parts {step.displayName(), step.outcomeLabel()};
    if (step.outcome == ToolStep::Outcome::Ran || step.outcome == ToolStep::Outcome::Failed) {
        parts << durationText(step.durationMs);
    }
    if (step.outcome == ToolStep::Outcome::Ran) {
        parts << sizeText(step.resultBytes > 0 ? step.resultBytes : step.result.toUtf8().size());
    }
    return parts.join(u" · "_s);
}

QPlainTextEdit *plainBox(QWidget *parent, const QString &name, const QString &text)
{
    auto *box = new QPlainTextEdit(parent);
    box->setObjectName(name);
    box->setReadOnly(true);
    box->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    box->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    box->setPlainText(text);
    const int lines = qBound(1, int(text.count(u'\n')) + 1, 8);
    const qreal margins = 2 * box->document()->documentMargin() + 2 * box->frameWidth();
    box->setFixedHeight(box->fontMetrics().lineSpacing() * lines + qCeil(margins) + 2);
    return box;
}
} // namespace

//! One step: a header button that opens its details.
struct ToolStepsView::Row {
    QToolButton *header = nullptr;
    QLabel *sources = nullptr; //!< a web search's results, as links
    QWidget *details = nullptr;
    QPlainTextEdit *arguments = nullptr;
    QPlainTextEdit *result = nullptr;
    QLabel *note = nullptr;
};

ToolStepsView::ToolStepsView(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"toolSteps"_s);
    setAccessibleName(tr("Tool calls"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(1);

    m_approval = new QFrame(this);
    m_approval->setObjectName(u"toolApproval"_s);
    m_approval->setStyleSheet(u"#toolApproval { background: rgba(108, 113, 196, 0.14); border: 1px solid rgba(108, "
                              "113, 196, 0.6); border-radius: 4px; }"_s);
    m_question = new QLabel(m_approval);
    m_question->setObjectName(u"toolApprovalQuestion"_s);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    m_arguments = new QLabel(m_approval);
    m_arguments->setObjectName(u"toolApprovalArguments"_s);
    m_arguments->setTextFormat(Qt::PlainText);
    m_arguments->setWordWrap(true);
    m_arguments->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_arguments->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_remember = new QCheckBox(tr("Remember for this tool"), m_approval);
    m_remember->setObjectName(u"toolApprovalRemember"_s);
    m_remember->setAccessibleName(tr("Remember the answer for this tool"));
    m_allow = new QPushButton(tr("Allow"), m_approval);
    m_allow->setObjectName(u"toolAllowButton"_s);
    m_allow->setAccessibleName(tr("Allow this tool call"));
    m_deny = new QPushButton(tr("Deny"), m_approval);
    m_deny->setObjectName(u"toolDenyButton"_s);
    m_deny->setAccessibleName(tr("Deny this tool call"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_deny);
    buttons->addWidget(m_allow);
    auto *approvalLayout = new QVBoxLayout(m_approval);
    approvalLayout->setContentsMargins(6, 4, 6, 4);
    approvalLayout->addWidget(m_question);
    approvalLayout->addWidget(m_arguments);
    approvalLayout->addWidget(m_remember); // a line of its own: the panes are narrow
    approvalLayout->addLayout(buttons);
    m_layout->addWidget(m_approval);
    m_approval->hide();
    connect(m_allow, &QPushButton::clicked, this, [this] {
        Q_EMIT answered(std::exchange(m_asking, 0), true, m_remember->isChecked());
        m_approval->hide();
        updateVisibility();
    });
    connect(m_deny, &QPushButton::clicked, this, [this] {
        Q_EMIT answered(std::exchange(m_asking, 0), false, m_remember->isChecked());
        m_approval->hide();
        updateVisibility();
    });
    updateVisibility();
}

ToolStepsView::~ToolStepsView()
{
    qDeleteAll(m_rows);
}

void ToolStepsView::setSteps(const QList<ToolStep> &steps)
{
    // Rows for steps already shown stay (and stay open); new ones are added, gone ones removed.
    while (m_rows.size() > steps.size()) {
        Row *row = m_rows.takeLast();
        delete row->header;
        delete row->sources;
        delete row->details;
        delete row;
    }
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const ToolStep &step = steps.at(i);
        if (i < m_rows.size() && i < m_steps.size() && m_steps.at(i) == step) {
            continue;
        }
        if (i >= m_rows.size()) {
            auto *row = new Row;
            row->header = new QToolButton(this);
            row->header->setObjectName(u"toolStepHeader"_s);
            row->header->setCheckable(true);
            row->header->setAutoRaise(true);
            row->header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            row->header->setArrowType(Qt::RightArrow);
            row->header->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            row->details = new QWidget(this);
            row->details->setObjectName(u"toolStepDetails"_s);
            auto *details = new QVBoxLayout(row->details);
            details->setContentsMargins(14, 0, 0, 4);
            details->setSpacing(2);
            for (const QString &caption : {tr("Arguments"), tr("Result")}) {
                auto *label = new QLabel(caption, row->details);
                label->setObjectName(u"toolStepCaption"_s);
                label->setForegroundRole(QPalette::PlaceholderText);
                details->addWidget(label);
            }
            row->note = new QLabel(row->details);
            row->note->setObjectName(u"toolStepNote"_s);
            row->note->setTextFormat(Qt::PlainText);
            row->note->setWordWrap(true);
            row->note->setForegroundRole(QPalette::PlaceholderText);
            details->addWidget(row->note);
            row->details->hide();
            connect(
                row->header, &QToolButton::toggled, row->details, [header = row->header, d = row->details](bool open) {
                    d->setVisible(open);
                    header->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
                });
            row->sources = new QLabel(this);
            row->sources->setObjectName(u"toolStepSources"_s);
            row->sources->setTextFormat(Qt::RichText); // escaped below; links open in the browser on a click only
            row->sources->setWordWrap(true);
            row->sources->setOpenExternalLinks(true);
            row->sources->setTextInteractionFlags(Qt::TextBrowserInteraction);
            row->sources->setContentsMargins(14, 0, 0, 2);
            row->sources->hide();
            m_layout->insertWidget(m_layout->count() - 1, row->header);
            m_layout->insertWidget(m_layout->count() - 1, row->sources);
            m_layout->insertWidget(m_layout->count() - 1, row->details);
            m_rows.append(row);
        }
        Row *row = m_rows.at(i);
        const QString header = headerOf(step);
        row->header->setText(header);
        row->header->setAccessibleName(tr("Tool call: %1").arg(header));
        row->header->setToolTip(
            step.server.isEmpty() ? step.call.name : tr("%1 on the server “%2”").arg(step.tool, step.server));
        const bool bad = step.isError || step.outcome != ToolStep::Outcome::Ran;
        row->header->setStyleSheet(bad ? u"QToolButton { color: rgb(220, 50, 47); }"_s : QString());
        auto *details = static_cast<QVBoxLayout *>(row->details->layout());
        delete row->arguments;
        delete row->result;
        row->arguments = plainBox(row->details, u"toolStepArguments"_s, step.call.arguments);
        QString result = step.result.left(shownCharacters);
        if (step.result.size() > shownCharacters) {
            result += u"\n…"_s;
        }
        row->result = plainBox(row->details, u"toolStepResult"_s, result);
        details->insertWidget(1, row->arguments); // after the caption "Arguments"
        details->insertWidget(3, row->result);    // after "Result"
        row->note->setText(step.note);
        row->note->setVisible(!step.note.isEmpty());
    }
    m_steps = steps;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        showSources(i);
    }
    updateVisibility();
}

void ToolStepsView::showSources(qsizetype row)
{
    // A web search's sources stay in sight under its header: what the answer may cite. The
    // links take the palette's link colour when written (a label does not recolour them).
    const ToolStep &step = m_steps.at(row);
    const QList<WebResult> sources
        = step.server == WebSearchTool::serverName() && step.outcome == ToolStep::Outcome::Ran
        ? WebSearchWire::sourcesOf(step.result)
        : QList<WebResult> {};
    const QString link = palette().color(QPalette::Link).name();
    QStringList links;
    for (qsizetype n = 0; n < sources.size(); ++n) {
        const WebResult &source = sources.at(n);
        const QString host = QUrl(source.url).host();
        links << u"[%1] <a href=\"%2\" style=\"color:%3\">%4</a> <span style=\"opacity:0.7\">%5</span>"_s.arg(n + 1)
                     .arg(source.url.toHtmlEscaped(),
                         link,
                         (source.title.isEmpty() ? host : source.title).toHtmlEscaped(),
                         host.toHtmlEscaped());
    }
    QLabel *label = m_rows.at(row)->sources;
    label->setText(links.join(u"<br>"_s));
    label->setAccessibleName(tr("Sources of the web search"));
    label->setVisible(!links.isEmpty());
}

void ToolStepsView::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (qsizetype i = 0; i < m_rows.size() && i < m_steps.size(); ++i) {
            showSources(i); // the links in the new scheme's colour
        }
    }
}

void ToolStepsView::ask(const ToolApprovalRequest &request)
{
    m_asking = request.id;
    m_question->setText(
        tr("The model wants to call %1 on the tool server “%2”. Allow it?").arg(request.tool, request.server));
    m_arguments->setText(request.arguments.left(2000));
    m_arguments->setToolTip(request.description);
    m_remember->setChecked(false);
    m_approval->show();
    updateVisibility();
    m_allow->setFocus(Qt::OtherFocusReason);
}

void ToolStepsView::settle(qint64 requestId)
{
    if (m_asking == requestId) {
        m_asking = 0;
        m_approval->hide();
        updateVisibility();
    }
}

QStringList ToolStepsView::headers() const
{
    QStringList lines;
    for (const Row *row : m_rows) {
        lines << row->header->text();
    }
    return lines;
}

void ToolStepsView::updateVisibility()
{
    setVisible(!m_rows.isEmpty() || m_asking != 0);
}

} // namespace Quorum
