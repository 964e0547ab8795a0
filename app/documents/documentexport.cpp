// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "documents/documentexport.h"

#include <QDateTime>
#include <QFileDevice>
#include <QIODevice>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextDocument>
#include <QTimeZone>

#include "common/version.h"
#include "documents/markdownhtml.h"
#include "documents/mathobject.h"
#include "export/turnpages.h"
#include "storage/attachmentstore.h"
#include "storage/conversationstore.h"
#include "types/modelprice.h"
#include "types/records.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{

// The page's own colours, light then dark; the code colours come from KSyntaxHighlighting's
// default light and dark themes (MarkdownHtml::styleSheet).
constexpr auto browserStyle = R"css(
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0;
  --card: #ffffff; --prompt: #eef4ff; --accent: #0969da; --code: #f6f8fa; --error: #cf222e; --pick: #9a6700; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --card: #151b23;
    --prompt: #132339; --accent: #4493f8; --code: #1b222c; --error: #f85149; --pick: #d29922; }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 2rem 1.5rem; background: var(--bg); color: var(--fg);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }
main { max-width: 120rem; margin: 0 auto; }
a { color: var(--accent); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
.meta, .facts, .code-language, .turn-number, footer { color: var(--muted); font-size: .85rem; }
nav ol { padding-left: 1.5rem; }
.conversation { margin-bottom: 3rem; }
.system { border-left: 3px solid var(--line); padding: .25rem 1rem; margin: 1rem 0; }
.turn { margin: 1.75rem 0; }
.prompt { background: var(--prompt); border-radius: 10px; padding: .6rem 1rem; }
.who { font-weight: 600; font-size: .85rem; }
.prompt > :last-child, .answer > :last-child, .system > :last-child { margin-bottom: 0; }
.prompt p, .system p { margin: .35rem 0; }
.attachments { display: flex; flex-wrap: wrap; gap: .5rem; margin: .4rem 0 .1rem; color: var(--muted); font-size: .85rem; }
.attachments img { display: block; max-width: 16rem; max-height: 12rem; border: 1px solid var(--line); border-radius: 6px; }
.attachments figure { margin: 0; }
.answers { display: grid; gap: 1rem; margin-top: 1rem; }
.answer { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .75rem 1rem;
  min-width: 0; overflow-wrap: anywhere; }
.answer.picked { border-color: var(--pick); box-shadow: 0 0 0 1px var(--pick); }
.answer-head { border-bottom: 1px solid var(--line); padding-bottom: .4rem; margin-bottom: .5rem; }
.model { font-weight: 600; }
.account { color: var(--muted); }
.badge { color: var(--pick); font-weight: 600; }
.error { color: var(--error); }
.stopped { color: var(--muted); font-style: italic; }
.code { margin: .75rem 0; }
.code-language { margin-bottom: .15rem; }
pre { background: var(--code); border-radius: 6px; padding: .6rem .75rem; overflow-x: auto; margin: 0;
  font: .85rem/1.45 ui-monospace, "SF Mono", "DejaVu Sans Mono", monospace; }
code { font-family: ui-monospace, "SF Mono", "DejaVu Sans Mono", monospace; font-size: .9em; }
table { border-collapse: collapse; }
td, th { border: 1px solid var(--line); padding: .25rem .5rem; }
blockquote { margin: .5rem 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); }
mark { color: inherit; border-radius: 3px; padding: 0 1px; }
.math-display { display: block; text-align: center; margin: .6rem 0; overflow-x: auto; }
code.math-error { text-decoration: underline wavy var(--error); }
mark.agree { background: rgba(46, 160, 67, .28); }
mark.contradict { background: rgba(218, 54, 51, .32); }
mark.unique { background: rgba(56, 132, 244, .28); }
.synthesis { margin-top: 1rem; background: var(--card); border: 1px dashed var(--accent); border-radius: 10px;
  padding: .75rem 1rem; }
.map { list-style: none; padding-left: 0; }
.map li { margin: .2rem 0; }
.map .swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .35em; }
.swatch.agree { background: rgb(46, 160, 67); } .swatch.contradict { background: rgb(218, 54, 51); }
.swatch.unique { background: rgb(56, 132, 244); } .swatch.unstated { background: var(--muted); }
@media (max-width: 60rem) { .answers { grid-template-columns: 1fr !important; } }
@media print {
  body { padding: 0; font-size: 10pt; background: #fff; color: #000; }
  pre { white-space: pre-wrap; overflow: visible; }
  .answer, .prompt { break-inside: avoid-page; }
  .answer-head { break-after: avoid-page; }
}
)css";

// What QTextDocument's rich text understands (no variables, grid or media queries).
constexpr auto printStyle = R"css(
body { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; color: #1f2328; }
h1 { font-size: 16pt; }
a { color: #0969da; }
.meta, .facts, .code-language, .turn-number, .account { color: #59636e; font-size: 8pt; }
.system { color: #3d444d; }
.who { font-weight: bold; }
.model { font-weight: bold; }
.badge { color: #9a6700; font-weight: bold; }
.error { color: #cf222e; }
.stopped { color: #59636e; font-style: italic; }
td.answer { vertical-align: top; }
pre { background-color: #f6f8fa; font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; white-space: pre-wrap; }
code { font-family: "DejaVu Sans Mono", monospace; }
)css";

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString answerFacts(const ResponseRecord &r)
{
    QStringList facts;
    if (r.ttftMs) {
        facts << DocumentExport::tr("first token %1 s").arg(double(*r.ttftMs) / 1000.0, 0, 'f', 1);
    }
    if (r.ttftMs && r.durationMs && r.outputTokens && *r.durationMs > *r.ttftMs + 50) {
        const double perSecond = double(*r.outputTokens) * 1000.0 / double(*r.durationMs - *r.ttftMs);
        facts << DocumentExport::tr("%1 tok/s").arg(perSecond, 0, 'f', perSecond < 10 ? 1 : 0);
    }
    if (r.inputTokens || r.outputTokens) {
        facts << DocumentExport::tr("%1 in · %2 out")
                     .arg(r.inputTokens ? QString::number(*r.inputTokens) : u"?"_s,
                         r.outputTokens ? QString::number(*r.outputTokens) : u"?"_s);
    }
    if (r.costNanos) {
        facts << (r.costEstimated ? u"~"_s : QString()) + formatCost(*r.costNanos);
    }
    return facts.join(u" · "_s);
}

QString kindClass(Claim::Kind kind)
{
    switch (kind) {
    case Claim::Kind::Agreement:
        return u"agree"_s;
    case Claim::Kind::Contradiction:
        return u"contradict"_s;
    case Claim::Kind::Unique:
        return u"unique"_s;
    case Claim::Kind::Unstated:
        break;
    }
    return u"unstated"_s;
}

//! Wraps the first occurrence of each quote in \a html's text (never inside a tag) in a mark.
//! A quote that spans markup (emphasis, a line of code) is not found here: the map lists it.
QString markQuotes(QString html, const QList<std::pair<QString, Claim::Kind>> &quotes, DocumentExport::Flavour flavour)
{
    for (const auto &[quote, kind] : quotes) {
        const QString needle = quote.trimmed().toHtmlEscaped();
        if (needle.size() < 2) {
            continue;
        }
        for (qsizetype at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
            const qsizetype open = html.lastIndexOf(u'<', at);
            const qsizetype close = html.lastIndexOf(u'>', at);
            if (open > close) {
                continue; // inside a tag
            }
            const QString start = flavour == DocumentExport::Flavour::Print
                ? u"<span style=\"background-color: %1\">"_s.arg(kind == Claim::Kind::Contradiction ? u"#f6c9c8"_s
                          : kind == Claim::Kind::Unique                                             ? u"#cfe0fb"_s
                                                                                                    : u"#c9ecd2"_s)
                : u"<mark class=\"%1\">"_s.arg(kindClass(kind));
            const QString end = flavour == DocumentExport::Flavour::Print ? u"</span>"_s : u"</mark>"_s;
            html.insert(at + needle.size(), end);
            html.insert(at, start);
            break;
        }
    }
    return html;
}

//! The marks of the turn's newest synthesis in answer \a r.
QList<std::pair<QString, Claim::Kind>> quotesIn(const TurnRecord &turn, const ResponseRecord &r)
{
    QList<std::pair<QString, Claim::Kind>> quotes;
    const ResponseRecord *synthesis = turn.latestSynthesis();
    if (!synthesis || !synthesis->judgement) {
        return quotes;
    }
    for (const Claim &claim : synthesis->judgement->claims) {
        for (const ClaimStance &s : claim.stances) {
            if (s.stance != Stance::Omits && !s.quote.isEmpty() && judgeSource(*synthesis, s.answer) == r.id) {
                quotes.append({s.quote, s.stance == Stance::Contradicts ? Claim::Kind::Contradiction : claim.kind()});
            }
        }
    }
    return quotes;
}

//! An answer's tool calls (docs/tools.md): the tool, what came of it, its arguments and
//! result as escaped text. On the web each is a <details> to open; in print, all is shown.
QString stepsHtml(const QList<ToolStep> &steps, bool print)
{
    constexpr qsizetype shown = 20'000; // of a result; the JSON export keeps it whole
    QString html;
    for (const ToolStep &step : steps) {
        QStringList head {step.displayName().toHtmlEscaped(), step.outcomeLabel()};
        head << DocumentExport::tr("%1 ms").arg(step.durationMs);
        if (!step.server.isEmpty()) {
            head << DocumentExport::tr("server %1").arg(step.server.toHtmlEscaped());
        }
        const QString result = step.result.left(shown) + (step.result.size() > shown ? u"\n…"_s : QString());
        const QString body = u"<div class=\"who\">"_s + DocumentExport::tr("Arguments") + u"</div><pre>"_s
            + step.call.arguments.toHtmlEscaped() + u"</pre><div class=\"who\">"_s + DocumentExport::tr("Result")
            + u"</div><pre>"_s + result.toHtmlEscaped() + u"</pre>"_s
            + (step.note.isEmpty() ? QString() : u"<p class=\"meta\">"_s + step.note.toHtmlEscaped() + u"</p>"_s);
        html += print ? u"<div class=\"tool-step\"><p class=\"meta\">🔧 "_s + head.join(u" · "_s) + u"</p>"_s + body
                + u"</div>\n"_s
                      : u"<details class=\"tool-step\"><summary>🔧 "_s + head.join(u" · "_s) + u"</summary>"_s + body
                + u"</details>\n"_s;
    }
    return html;
}

QString answerHtml(const ResponseRecord &r,
    const MarkdownHtml &markdown,
    DocumentExport::Flavour flavour,
    const QList<std::pair<QString, Claim::Kind>> &quotes = {})
{
    const bool print = flavour == DocumentExport::Flavour::Print;
    QString html = print ? u"<td class=\"answer\">"_s
                         : (r.vote > 0 ? u"<section class=\"answer picked\">"_s : u"<section class=\"answer\">"_s);
    html += u"<div class=\"answer-head\"><span class=\"model\">"_s + r.modelWithVariant().toHtmlEscaped()
        + u"</span> <span class=\"account\">"_s + r.providerId.toHtmlEscaped() + u"</span>"_s;
    if (r.vote > 0) {
        html += u" <span class=\"badge\">"_s + DocumentExport::tr("★ picked") + u"</span>"_s;
    }
    if (const QString facts = answerFacts(r); !facts.isEmpty()) {
        html += (print ? u"<br>"_s : QString()) + u"<div class=\"facts\">"_s + facts + u"</div>"_s;
    }
    html += u"</div>\n"_s;
    html += stepsHtml(r.steps, print);
    if (r.status == ResponseStatus::Error) {
        html += u"<p class=\"error\">"_s + DocumentExport::tr("Failed: %1").arg(r.errorMessage).toHtmlEscaped()
            + u"</p>\n"_s;
    } else if (r.status == ResponseStatus::Cancelled || r.status == ResponseStatus::Interrupted) {
        html += u"<p class=\"stopped\">"_s + DocumentExport::tr("Stopped before the end.") + u"</p>\n"_s;
    }
    if (!r.text.trimmed().isEmpty()) {
        html += markQuotes(markdown.toHtml(r.text), quotes, flavour);
    }
    return html + (print ? u"</td>\n"_s : u"</section>\n"_s);
}

//! The turn's newest synthesis and its map, below the answers.
QString synthesisHtml(const TurnRecord &turn, const MarkdownHtml &markdown, DocumentExport::Flavour flavour)
{
    const ResponseRecord *s = turn.latestSynthesis();
    const QList<RankedAnswer> ranks = peerRanking(turn.judgements);
    if (!s && ranks.isEmpty()) {
        return {};
    }
    const auto nameOf = [&turn](qint64 id) {
        const ResponseRecord *r = turn.response(id);
        return r ? r->model : DocumentExport::tr("an answer");
    };
    const bool print = flavour == DocumentExport::Flavour::Print;
    QString html = print ? u"<table width=\"100%\" cellpadding=\"5\" border=\"1\" style=\"border-color: #0969da; "
                           "border-style: dashed;\"><tr><td>"_s
                         : u"<section class=\"synthesis\">"_s;
    if (s) {
        const QString mode = s->parameters.judge ? s->parameters.judge->mode : QString();
        html += u"<div class=\"answer-head\"><span class=\"model\">"_s
            + DocumentExport::tr("Synthesis (%1)").arg(mode).toHtmlEscaped() + u"</span> <span class=\"account\">"_s
            + DocumentExport::tr("by %1 · %2").arg(s->model, s->providerId).toHtmlEscaped() + u"</span>"_s;
        if (const QString facts = answerFacts(*s); !facts.isEmpty()) {
            html += (print ? u"<br>"_s : QString()) + u"<div class=\"facts\">"_s + facts + u"</div>"_s;
        }
        html += u"</div>\n"_s;
        if (s->judgement) {
            if (!s->judgement->isReadable()) {
                html += u"<p class=\"stopped\">"_s + s->judgement->problem.toHtmlEscaped() + u"</p>\n"_s;
            }
            html += markdown.toHtml(s->judgement->text);
            if (!s->judgement->claims.isEmpty()) {
                html += u"<ul class=\"map\">\n"_s;
                const auto named = [&](const QString &label) { return nameOf(judgeSource(*s, label)); };
                for (const Claim &claim : s->judgement->claims) {
                    html += u"<li><span class=\"swatch %1\"></span>"_s.arg(kindClass(claim.kind()))
                        + claim.text.toHtmlEscaped() + u" <span class=\"account\">("_s
                        + claim.whoSays(named).toHtmlEscaped() + u")</span></li>\n"_s;
                }
                html += u"</ul>\n"_s;
            }
            if (!s->judgement->scores.isEmpty()) {
                html += u"<table><tr><th>"_s + DocumentExport::tr("Answer") + u"</th><th>"_s
                    + DocumentExport::tr("Criterion") + u"</th><th>"_s + DocumentExport::tr("Score") + u"</th><th>"_s
                    + DocumentExport::tr("Why") + u"</th></tr>\n"_s;
                for (const JudgeScore &score : s->judgement->scores) {
                    html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n"_s.arg(
                        nameOf(judgeSource(*s, score.answer)).toHtmlEscaped(),
                        score.criterion.toHtmlEscaped(),
                        QString::number(score.score, 'g', 3),
                        score.reason.toHtmlEscaped());
                }
                html += u"</table>\n"_s;
            }
        }
    }
    if (!ranks.isEmpty()) {
        html += u"<p><b>"_s + DocumentExport::tr("Peer ranking (Borda)") + u"</b></p>\n<ol>\n"_s;
        for (const RankedAnswer &r : ranks) {
            html += u"<li>%1 <span class=\"account\">%2</span></li>\n"_s.arg(
                nameOf(r.responseId).toHtmlEscaped(), QString::number(r.points, 'f', 2));
        }
        html += u"</ol>\n"_s;
    }
    return html + (print ? u"</td></tr></table>\n"_s : u"</section>\n"_s);
}

QPageSize pageSizeFor(ExportJob::PageSize size)
{
    switch (size) {
    case ExportJob::PageSize::A4:
        return QPageSize(QPageSize::A4);
    case ExportJob::PageSize::Letter:
        return QPageSize(QPageSize::Letter);
    case ExportJob::PageSize::Automatic:
        break;
    }
    return QPageSize(QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

//! Calls \a each for every turn of the current branch, read a page at a time, with its number.
template<typename Each> std::expected<void, QString> eachTurn(TurnPages &pages, Each each)
{
    int number = 0;
    for (;;) {
        const auto page = pages.next();
        if (!page) {
            return std::unexpected(page.error());
        }
        if (page->isEmpty()) {
            return {};
        }
        for (const TurnRecord &turn : *page) {
            if (auto done = each(turn, ++number); !done) {
                return done;
            }
        }
    }
}

std::expected<void, QString> writeHtml(
    const ConversationStore &store, const QList<qint64> &ids, QIODevice &out, const ExportJob::Progress &progress)
{
    const auto put = [&out](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        return out.write(bytes) == bytes.size();
    };
    // The titles first: the page starts with them (a list of contents when there are several).
    QList<ConversationRecord> conversations;
    for (const qint64 id : ids) {
        const auto conversation = store.conversation(id);
        if (!conversation) {
            return std::unexpected(conversation.error().message);
        }
        if (!conversation->has_value()) {
            return std::unexpected(DocumentExport::tr("There is no conversation %1.").arg(id));
        }
        conversations.append(**conversation);
    }
    const auto titleOf
        = [](const ConversationRecord &c) { return c.title.isEmpty() ? DocumentExport::tr("Conversation") : c.title; };
    const MarkdownHtml markdown;
    const QString pageTitle = conversations.size() == 1
        ? titleOf(conversations.constFirst())
        : DocumentExport::tr("%n conversation(s)", nullptr, int(conversations.size()));
    QString start = DocumentExport::pageStart(pageTitle, markdown, DocumentExport::Flavour::Browser);
    if (conversations.size() > 1) {
        start += u"<nav><h1>"_s + pageTitle.toHtmlEscaped() + u"</h1><ol>\n"_s;
        for (qsizetype i = 0; i < conversations.size(); ++i) {
            start += u"<li><a href=\"#conversation-%1\">"_s.arg(i + 1) + titleOf(conversations.at(i)).toHtmlEscaped()
                + u"</a> <span class=\"meta\">"_s + isoTime(conversations.at(i).createdAt) + u"</span></li>\n"_s;
        }
        start += u"</ol></nav>\n"_s;
    }
    if (!put(start)) {
        return std::unexpected(out.errorString());
    }
    int number = 0;
    const auto written = TurnPages::write(
        store,
        ids,
        TurnPages::Scope::CurrentBranch,
        out,
        progress,
        [&](const TurnPages &pages, qsizetype index) {
            number = 0;
            return (u"<article class=\"conversation\" id=\"conversation-%1\">\n"_s.arg(index + 1)
                + DocumentExport::conversationHeader(pages.conversation(), pages.outline(), markdown))
                .toUtf8();
        },
        [&](const TurnPages &, const QList<TurnRecord> &turns) {
            QString html;
            for (TurnRecord turn : turns) {
                if (!turn.attachments.isEmpty()) {
                    // The images are shown: their bytes, read for this page of turns only.
                    turn.attachments
                        = AttachmentStore(store.database()).attachments(turn.id).value_or(turn.attachments);
                }
                html += DocumentExport::turnHtml(turn, ++number, markdown, DocumentExport::Flavour::Browser);
            }
            return html.toUtf8();
        },
        [](const TurnPages &, qsizetype) { return "</article>\n"_ba; });
    if (!written) {
        return written;
    }
    if (!put(DocumentExport::pageEnd(DocumentExport::Flavour::Browser))) {
        return std::unexpected(out.errorString());
    }
    return {};
}

/*!
 * Lays out HTML pieces on the PDF's pages one piece at a time. QTextDocument::print() wants
 * the whole document at once (and its painter to itself); here each piece (a conversation's
 * head, then up to turnsPerPiece turns) is laid out alone, at 96 dpi like the screen, and
 * its pages painted scaled to the writer's resolution, with a page number under each. A
 * piece starts on a new page.
 */
class PdfPager
{
public:
    PdfPager(QIODevice &out, ExportJob::PageSize size, const QString &title)
        : m_writer(&out)
    {
        m_writer.setTitle(title);
        m_writer.setCreator(u"Quorum "_s + applicationVersion());
        m_writer.setPageLayout(
            QPageLayout(pageSizeFor(size), QPageLayout::Portrait, QMarginsF(14, 14, 14, 14), QPageLayout::Millimeter));
        m_writer.setResolution(300);
        m_painter.begin(&m_writer);
        const QRectF paint = m_writer.pageLayout().paintRectPixels(m_writer.resolution());
        m_scale = m_writer.resolution() / 96.0;
        m_width = paint.width() / m_scale;
        m_height = paint.height() / m_scale - footerHeight;
    }

    bool ok() const { return m_painter.isActive(); }
    int pages() const { return m_pages; }

    void add(const QString &html)
    {
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setPageSize(QSizeF(m_width, m_height));
        document.setHtml(html);
        replaceMathImages(&document, QColor(0x1f, 0x23, 0x28));
        const int count = document.pageCount();
        for (int page = 0; page < count; ++page) {
            if (m_pages > 0) {
                m_writer.newPage();
            }
            ++m_pages;
            m_painter.save();
            m_painter.scale(m_scale, m_scale);
            m_painter.translate(0, -page * m_height);
            document.drawContents(&m_painter, QRectF(0, page * m_height, m_width, m_height));
            m_painter.restore();
            // The page number, in the writer's own units (a font's point size is the device's).
            m_painter.save();
            m_painter.setPen(QColor(0x59, 0x63, 0x6e));
            QFont font = m_painter.font();
            font.setPointSizeF(7);
            m_painter.setFont(font);
            m_painter.drawText(QRectF(0, m_height * m_scale, m_width * m_scale, footerHeight * m_scale),
                Qt::AlignRight | Qt::AlignBottom,
                QString::number(m_pages));
            m_painter.restore();
        }
    }

    bool finish() { return m_painter.end(); }

private:
    static constexpr double footerHeight = 18;
    QPdfWriter m_writer;
    QPainter m_painter;
    double m_scale = 1;
    double m_width = 0;
    double m_height = 0;
    int m_pages = 0;
};

std::expected<void, QString> writePdf(const ConversationStore &store,
    const QList<qint64> &ids,
    ExportJob::PageSize size,
    QIODevice &out,
    const ExportJob::Progress &progress)
{
    constexpr qsizetype turnsPerPiece = 40;
    std::optional<PdfPager> pager;
    MarkdownHtml markdown;
    markdown.setMath(MarkdownHtml::Math::Image);
    using Flavour = DocumentExport::Flavour;
    // Progress in turns, as the other exports count it (turns off the branch count as done
    // when their conversation is).
    const auto totalTurns = TurnPages::totalTurns(store, ids);
    if (!totalTurns) {
        return std::unexpected(totalTurns.error());
    }
    int done = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto pages = TurnPages::open(store, ids.at(i), TurnPages::Scope::CurrentBranch);
        if (!pages) {
            return std::unexpected(pages.error());
        }
        const ConversationRecord &conversation = pages->conversation();
        if (!pager) {
            const QString title = ids.size() == 1 ? conversation.title
                                                  : DocumentExport::tr("%n conversation(s)", nullptr, int(ids.size()));
            pager.emplace(out, size, title);
            if (!pager->ok()) {
                return std::unexpected(out.errorString());
            }
        }
        const QString start = DocumentExport::pageStart(conversation.title, markdown, Flavour::Print);
        QString piece = start + DocumentExport::conversationHeader(conversation, pages->outline(), markdown);
        const auto total = pages->outline().size();
        const auto written = eachTurn(*pages, [&](const TurnRecord &turn, int number) -> std::expected<void, QString> {
            piece += DocumentExport::turnHtml(turn, number, markdown, Flavour::Print);
            if (number % turnsPerPiece == 0 && number < total) {
                pager->add(piece + DocumentExport::pageEnd(Flavour::Print));
                piece = start;
                if (progress && !progress(done + number, *totalTurns)) {
                    return std::unexpected(DocumentExport::tr("Cancelled."));
                }
            }
            return {};
        });
        if (!written) {
            return written;
        }
        pager->add(piece + DocumentExport::pageEnd(Flavour::Print));
        done += pages->turnsRead();
        if (progress && !progress(done, *totalTurns)) {
            return std::unexpected(DocumentExport::tr("Cancelled."));
        }
    }
    if (!pager) {
        return std::unexpected(DocumentExport::tr("Nothing to export."));
    }
    const auto *file = qobject_cast<const QFileDevice *>(&out);
    if (!pager->finish() || (file && file->error() != QFileDevice::NoError)) {
        return std::unexpected(out.errorString());
    }
    return {};
}

} // namespace

std::expected<void, QString> DocumentExport::write(const ConversationStore &store,
    const QList<qint64> &ids,
    ExportJob::Format format,
    ExportJob::PageSize pageSize,
    QIODevice &out,
    const ExportJob::Progress &progress)
{
    if (format == ExportJob::Format::Pdf) {
        return writePdf(store, ids, pageSize, out, progress);
    }
    return writeHtml(store, ids, out, progress);
}

QString DocumentExport::pageStart(const QString &title, const MarkdownHtml &markdown, Flavour flavour)
{
    QString html = u"<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n"_s;
    if (flavour == Flavour::Browser) {
        // Nothing may be loaded or run, whatever an answer holds: the sanitiser is the first
        // wall, this the second. Images only from data: URLs (the attached ones, in the page;
        // an answer's images are links, never loaded).
        html += u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<meta name=\"generator\" content=\"Quorum\">\n"_s;
    }
    html += u"<title>"_s + title.toHtmlEscaped() + u"</title>\n<style>"_s;
    const KSyntaxHighlighting::Repository &repository = markdown.repository();
    if (flavour == Flavour::Browser) {
        html += QString::fromUtf8(browserStyle);
        html += MarkdownHtml::styleSheet(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        html += u"@media (prefers-color-scheme: dark) {\n"_s
            + MarkdownHtml::styleSheet(repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme)) + u"}\n"_s;
    } else {
        html += QString::fromUtf8(printStyle);
        html += MarkdownHtml::styleSheet(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    }
    html += u"</style>\n</head>\n<body>\n"_s;
    return html + (flavour == Flavour::Browser ? u"<main>\n"_s : QString());
}

QString DocumentExport::pageEnd(Flavour flavour)
{
    if (flavour == Flavour::Print) {
        return u"</body></html>\n"_s;
    }
    return u"</main>\n<footer><p>"_s + tr("Exported from Quorum.") + u"</p></footer>\n</body></html>\n"_s;
}

QString DocumentExport::conversationHeader(
    const ConversationRecord &conversation, const QList<TurnRecord> &branch, const MarkdownHtml &markdown)
{
    QString html = u"<h1>"_s + (conversation.title.isEmpty() ? tr("Conversation") : conversation.title).toHtmlEscaped()
        + u"</h1>\n"_s;
    QStringList meta {
        tr("Started %1").arg(isoTime(conversation.createdAt)), tr("%n turn(s)", nullptr, int(branch.size()))};
    QSet<QString> models;
    qint64 cost = 0;
    bool costKnown = false;
    for (const TurnRecord &turn : branch) {
        for (const ResponseRecord &r : turn.responses) {
            models.insert(r.model);
            if (r.costNanos) {
                cost += *r.costNanos;
                costKnown = true;
            }
        }
    }
    if (!models.isEmpty()) {
        meta << tr("%n model(s)", nullptr, int(models.size()));
    }
    if (costKnown) {
        meta << tr("%1 in all").arg(formatCost(cost));
    }
    if (!conversation.tags.isEmpty()) {
        meta << conversation.tags.join(u", "_s).toHtmlEscaped();
    }
    html += u"<p class=\"meta\">"_s + meta.join(u" · "_s) + u"</p>\n"_s;
    if (!conversation.systemPrompt.isEmpty()) {
        html += u"<div class=\"system\"><div class=\"who\">"_s + tr("System prompt") + u"</div>\n"_s
            + markdown.toHtml(conversation.systemPrompt) + u"</div>\n"_s;
    }
    return html;
}

QString DocumentExport::attachmentsHtml(const TurnRecord &turn, Flavour flavour)
{
    if (turn.attachments.isEmpty()) {
        return {};
    }
    // Images inline (data URLs: the page stays one file that fetches nothing), other files by
    // name; the printed page names them all.
    QString html = u"<div class=\"attachments\">"_s;
    for (const Attachment &a : turn.attachments) {
        const QString label = u"%1 (%2)"_s.arg(a.name, attachmentDescription(a)).toHtmlEscaped();
        if (flavour == Flavour::Browser && a.kind == AttachmentKind::Image && !a.data.isEmpty() && !a.redacted) {
            html += u"<figure><img src=\"data:%1;base64,%2\" alt=\"%3\"><figcaption>%3</figcaption></figure>"_s.arg(
                a.mimeType.toHtmlEscaped(), QString::fromLatin1(a.data.toBase64()), label);
        } else {
            html += u"<span class=\"file\">📎 %1</span> "_s.arg(label);
        }
    }
    return html + u"</div>\n"_s;
}

QString DocumentExport::turnHtml(const TurnRecord &turn, int number, const MarkdownHtml &markdown, Flavour flavour)
{
    const QString who
        = u"<div class=\"who\">"_s + tr("You") + u" <span class=\"turn-number\">#%1</span></div>\n"_s.arg(number);
    QString html;
    if (flavour == Flavour::Print) {
        // A one-cell table: Qt's rich text paints a background behind a cell, not behind a div.
        html = u"<table class=\"prompt\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
               "style=\"margin-top: 14px; margin-bottom: 6px;\" bgcolor=\"#eef4ff\"><tr><td>"_s
            + who + markdown.toHtml(turn.prompt) + attachmentsHtml(turn, flavour) + u"</td></tr></table>\n"_s;
    } else {
        html = u"<section class=\"turn\">\n<div class=\"prompt\">"_s + who + markdown.toHtml(turn.prompt)
            + attachmentsHtml(turn, flavour) + u"</div>\n"_s;
    }
    const QString end = flavour == Flavour::Print ? QString() : u"</section>\n"_s;
    if (turn.responses.isEmpty()) {
        return html + end;
    }
    if (flavour == Flavour::Print) {
        // Qt's rich text has no grid: a table, its columns of equal width.
        html += u"<table class=\"answers\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                "style=\"border-color: #d1d9e0; border-style: solid;\"><tr>\n"_s;
        for (const ResponseRecord &r : turn.responses) {
            html += answerHtml(r, markdown, flavour, quotesIn(turn, r))
                        .replace(u"<td class=\"answer\">"_s,
                            u"<td class=\"answer\" width=\"%1%\">"_s.arg(100 / turn.responses.size()));
        }
        html += u"</tr></table>\n"_s + synthesisHtml(turn, markdown, flavour);
    } else {
        html += u"<div class=\"answers\" style=\"grid-template-columns: repeat(%1, minmax(0, 1fr))\">\n"_s.arg(
            turn.responses.size());
        for (const ResponseRecord &r : turn.responses) {
            html += answerHtml(r, markdown, flavour, quotesIn(turn, r));
        }
        html += u"</div>\n"_s;
    }
    return html + synthesisHtml(turn, markdown, flavour) + end;
}

} // namespace Quorum
