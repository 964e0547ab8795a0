// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

namespace Quorum
{

/*!
 * Turns a model's Markdown into an HTML fragment that is safe to put in a file someone will
 * open in a browser: nothing in it runs, loads or submits anything.
 *
 * Parsing and HTML output are cmark-gfm's (CommonMark with GitHub's tables, strikethrough,
 * autolinks and task lists). Between the two the tree is made inert: raw HTML (blocks and
 * inline) becomes visible text, a link is kept only to http(s), mailto or a #fragment (else its
 * text stays without the link), an image becomes a link "[image: alt]" to where it is (never
 * loaded). Fenced code is highlighted by KSyntaxHighlighting for the fence's language, as
 * spans with a class per text style ("ds-Keyword"), so one page can carry a light and a dark
 * theme (styleSheet()) and let the reader's colour scheme pick.
 *
 * One per thread: it owns a KSyntaxHighlighting::Repository.
 */
class MarkdownHtml final
{
public:
    MarkdownHtml();
    Q_DISABLE_COPY_MOVE(MarkdownHtml)

    //! How formulas are written into the HTML.
    enum class Math {
        Svg,   //!< MathJax's SVG inline, in currentColor (a browser draws it)
        Image, //!< <img src="quorum-math:..."> for QTextDocument (replaceMathImages() draws it)
    };
    void setMath(Math math) { m_math = math; }

    /*!
     * \a markdown as a safe HTML fragment. TeX math ($...$, $$...$$, \(...\), \[...\],
     * found by Pandoc's rules) is drawn by MathJax; a formula that does not parse is its
     * source in a <code class="math-error"> with the reason as its title.
     */
    QString toHtml(const QString &markdown) const;
    //! \a code highlighted as \a language (a fence's info string), inside <pre><code>.
    QString codeBlock(const QString &code, const QString &language) const;
    //! CSS rules for the code spans in \a theme's colours, each selector prefixed by \a scope.
    static QString styleSheet(const KSyntaxHighlighting::Theme &theme, const QString &scope = {});
    const KSyntaxHighlighting::Repository &repository() const { return m_repository; }

private:
    QString withMath(const QString &html, const QList<struct MathSpan> &spans) const;

    KSyntaxHighlighting::Repository m_repository;
    Math m_math = Math::Svg;
};

} // namespace Quorum
