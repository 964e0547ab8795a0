// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "documents/markdownhtml.h"

#include <memory>
#include <vector>

#include <QColor>
#include <QMetaEnum>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include "documents/codedefinition.h"
#include "documents/mathjax.h"
#include "documents/mathobject.h"
#include "documents/mathspans.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{

QString styleName(KSyntaxHighlighting::Theme::TextStyle style)
{
    return QString::fromLatin1(QMetaEnum::fromType<KSyntaxHighlighting::Theme::TextStyle>().valueToKey(style));
}

/*!
 * Code as HTML spans with a class per text style. KSyntaxHighlighting's own HTML writer
 * (the ksyntaxhighlighter tool's) is not public API and writes one theme's colours inline;
 * a class per style lets the page carry two themes.
 */
class CodeToHtml final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString highlight(const QString &code)
    {
        QString html;
        html.reserve(code.size() * 2);
        m_html = &html;
        KSyntaxHighlighting::State state;
        const QStringList lines = code.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            m_line = lines.at(i);
            m_at = 0;
            state = highlightLine(m_line, state);
            if (m_at < m_line.size()) {
                append(KSyntaxHighlighting::Theme::Normal, m_line.sliced(m_at));
            }
            if (i + 1 < lines.size()) {
                append(KSyntaxHighlighting::Theme::Normal, u"\n"_s);
            }
        }
        flush();
        m_html = nullptr;
        return html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (offset > m_at) {
            append(KSyntaxHighlighting::Theme::Normal, m_line.sliced(m_at, offset - m_at));
        }
        append(format.textStyle(), m_line.sliced(offset, length));
        m_at = offset + length;
    }

private:
    //! Neighbouring pieces of one style share a span.
    void append(KSyntaxHighlighting::Theme::TextStyle style, const QString &text)
    {
        if (style != m_style) {
            flush();
            m_style = style;
        }
        m_pending += text;
    }

    void flush()
    {
        if (m_pending.isEmpty()) {
            return;
        }
        if (m_style == KSyntaxHighlighting::Theme::Normal) {
            *m_html += m_pending.toHtmlEscaped();
        } else {
            *m_html
                += u"<span class=\"ds-"_s + styleName(m_style) + u"\">"_s + m_pending.toHtmlEscaped() + u"</span>"_s;
        }
        m_pending.clear();
    }

    KSyntaxHighlighting::Theme::TextStyle m_style = KSyntaxHighlighting::Theme::Normal;
    QString m_pending;
    QString *m_html = nullptr;
    QString m_line;
    qsizetype m_at = 0;
};

bool safeUrl(const char *url)
{
    const QString lower = QString::fromUtf8(url ? url : "").trimmed().toLower();
    return lower.startsWith("http://"_L1) || lower.startsWith("https://"_L1) || lower.startsWith("mailto:"_L1)
        || lower.startsWith(u'#');
}

QString plainText(cmark_node *node)
{
    QString text;
    cmark_iter *it = cmark_iter_new(node);
    for (auto event = cmark_iter_next(it); event != CMARK_EVENT_DONE; event = cmark_iter_next(it)) {
        cmark_node *current = cmark_iter_get_node(it);
        if (event == CMARK_EVENT_ENTER && current != node) {
            if (const char *literal = cmark_node_get_literal(current)) {
                text += QString::fromUtf8(literal);
            }
        }
    }
    cmark_iter_free(it);
    return text;
}

cmark_node *textNode(const QString &text)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, text.toUtf8().constData());
    return node;
}

void replace(cmark_node *old, cmark_node *with)
{
    cmark_node_replace(old, with);
    cmark_node_free(old);
}

struct ParserDeleter {
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

} // namespace

MarkdownHtml::MarkdownHtml()
{
    cmark_gfm_core_extensions_ensure_registered();
    addQuorumDefinitions(m_repository);
}

QString MarkdownHtml::codeBlock(const QString &code, const QString &language) const
{
    QString body = code;
    if (body.endsWith(u'\n')) {
        body.chop(1);
    }
    const KSyntaxHighlighting::Definition definition = codeDefinition(m_repository, language);
    QString html = u"<div class=\"code\">"_s;
    if (!language.isEmpty()) {
        html += u"<div class=\"code-language\">"_s + language.toHtmlEscaped() + u"</div>"_s;
    }
    html += u"<pre><code>"_s;
    if (definition.isValid()) {
        CodeToHtml highlighter;
        highlighter.setDefinition(definition);
        highlighter.setTheme(m_repository.defaultTheme());
        html += highlighter.highlight(body);
    } else {
        html += body.toHtmlEscaped();
    }
    return html + u"</code></pre></div>\n"_s;
}

QString MarkdownHtml::toHtml(const QString &markdown) const
{
    const std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
    for (const char *name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(parser.get(), extension);
        }
    }
    // Formulas are taken out before cmark sees them (its _ and * are TeX's subscripts and
    // products) and put back into the HTML after.
    const ProtectedMath math = protectMath(markdown);
    const QByteArray utf8 = math.markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    const std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));

    // Collected first, changed after: the tree is not changed under its iterator. In reverse
    // document order, so what is inside a node (raw HTML in an image's text) is changed
    // before the node itself is replaced.
    std::vector<cmark_node *> nodes;
    cmark_iter *it = cmark_iter_new(document.get());
    for (auto event = cmark_iter_next(it); event != CMARK_EVENT_DONE; event = cmark_iter_next(it)) {
        if (event != CMARK_EVENT_ENTER) {
            continue;
        }
        cmark_node *node = cmark_iter_get_node(it);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
        case CMARK_NODE_CODE_BLOCK:
            nodes.push_back(node);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(it);

    for (auto node = nodes.rbegin(); node != nodes.rend(); ++node) {
        cmark_node *current = *node;
        switch (cmark_node_get_type(current)) {
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK: {
            // A custom block's HTML is written as given: here only what codeBlock() made.
            const bool code = cmark_node_get_type(current) == CMARK_NODE_CODE_BLOCK;
            const QString language
                = code ? QString::fromUtf8(cmark_node_get_fence_info(current)).section(u' ', 0, 0) : QString();
            cmark_node *block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
            cmark_node_set_on_enter(block,
                codeBlock(QString::fromUtf8(cmark_node_get_literal(current)), language.trimmed()).toUtf8().constData());
            cmark_node_set_on_exit(block, "");
            replace(current, block);
            break;
        }
        case CMARK_NODE_HTML_INLINE:
            replace(current, textNode(QString::fromUtf8(cmark_node_get_literal(current))));
            break;
        case CMARK_NODE_LINK:
            if (!safeUrl(cmark_node_get_url(current))) {
                // The text stays, the link goes.
                while (cmark_node *child = cmark_node_first_child(current)) {
                    cmark_node_insert_before(current, child);
                }
                cmark_node_free(current);
            }
            break;
        case CMARK_NODE_IMAGE: {
            const QString label = u"[image: %1]"_s.arg(plainText(current));
            if (safeUrl(cmark_node_get_url(current))) {
                cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
                cmark_node_set_url(link, cmark_node_get_url(current));
                cmark_node_append_child(link, textNode(label));
                replace(current, link);
            } else {
                replace(current, textNode(label));
            }
            break;
        }
        default:
            break;
        }
    }

    // Safe mode stays on (no raw HTML, no javascript: links) as a second wall behind the above.
    char *html = cmark_render_html(document.get(), CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser.get()));
    QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return math.spans.isEmpty() ? result : withMath(result, math.spans);
}

QString MarkdownHtml::withMath(const QString &html, const QList<MathSpan> &spans) const
{
    QString result;
    result.reserve(html.size() + spans.size() * 4096);
    qsizetype from = 0;
    for (qsizetype at = html.indexOf(QChar(mathPlaceholderOpen)); at >= 0;
        at = html.indexOf(QChar(mathPlaceholderOpen), at + 1)) {
        qsizetype length = 0;
        const qsizetype index = mathPlaceholderAt(html, at, &length);
        if (index < 0 || index >= spans.size()) {
            continue;
        }
        result += QStringView(html).sliced(from, at - from);
        from = at + length;
        const MathSpan &span = spans[index];
        const QString source = delimitedTex(span.tex, span.display);
        const auto svg = MathJax::forThisThread().toSvg(span.tex, span.display);
        if (!svg) {
            result += u"<code class=\"math-error\" title=\"%1\">%2</code>"_s.arg(
                svg.error().toHtmlEscaped(), source.toHtmlEscaped());
        } else if (m_math == Math::Image) {
            // A display formula alone in its paragraph is centred (QTextDocument's HTML has
            // no CSS display: block).
            if (span.display && result.endsWith(u"<p>"_s) && QStringView(html).sliced(from).startsWith(u"</p>"_s)) {
                result.chop(3);
                result += u"<p align=\"center\">"_s;
            }
            result += mathImageHtml(span.tex, span.display);
        } else {
            // The TeX goes along as the formula's accessible name and tooltip.
            result += u"<span class=\"%1\" role=\"img\" aria-label=\"%2\" title=\"%2\">"_s.arg(
                span.display ? u"math-display"_s : u"math-inline"_s, source.toHtmlEscaped());
            result += QString::fromUtf8(svg->svg) + u"</span>"_s;
        }
    }
    result += QStringView(html).sliced(from);
    return result;
}

QString MarkdownHtml::styleSheet(const KSyntaxHighlighting::Theme &theme, const QString &scope)
{
    QString css;
    const QMetaEnum styles = QMetaEnum::fromType<KSyntaxHighlighting::Theme::TextStyle>();
    for (int i = 0; i < styles.keyCount(); ++i) {
        const auto style = KSyntaxHighlighting::Theme::TextStyle(styles.value(i));
        if (style == KSyntaxHighlighting::Theme::Normal) {
            continue;
        }
        QStringList rules;
        if (const QRgb color = theme.textColor(style); color != 0) {
            rules << u"color:"_s + QColor::fromRgba(color).name();
        }
        if (const QRgb background = theme.backgroundColor(style); background != 0) {
            rules << u"background-color:"_s + QColor::fromRgba(background).name();
        }
        if (theme.isBold(style)) {
            rules << u"font-weight:bold"_s;
        }
        if (theme.isItalic(style)) {
            rules << u"font-style:italic"_s;
        }
        if (!rules.isEmpty()) {
            css += scope + u".ds-"_s + styleName(style) + u" { "_s + rules.join(u"; "_s) + u" }\n"_s;
        }
    }
    return css;
}

} // namespace Quorum
