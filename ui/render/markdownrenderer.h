// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QList>
#include <QString>
#include <QTextCharFormat>
#include <QTextDocument>

#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include "documents/codedefinition.h"

namespace KSyntaxHighlighting
{
class Repository;
} // namespace KSyntaxHighlighting

namespace Quorum
{

class CodeLineHighlighter;

//! The syntax of a code fence's language ("cpp", "Python", "shell", "ts"), invalid if unknown.
KSyntaxHighlighting::Definition codeDefinition(
    const KSyntaxHighlighting::Repository &repository, const QString &language);

/*!
 * A QTextDocument for untrusted model output: it loads no resource of any kind (images,
 * style sheets), local or remote; an image in an answer shows as its alt text's place only.
 */
class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT

public:
    //! Without undo (an answer is never edited; an undo stack would keep every streamed piece).
    explicit SafeTextDocument(QObject *parent = nullptr);
    //! How many resources were asked for and refused (tests check that nothing was loaded).
    int refusedResources() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    int m_refused = 0;
};

/*!
 * Renders a model's Markdown answer into a QTextDocument, incrementally while it streams.
 *
 * The answer is cut into blocks that Markdown cannot join again: a fenced code block, or a
 * run of lines up to a blank line that is followed by a line starting a new top-level
 * paragraph (not indented, not a list item, so lists and nested lists stay one block).
 * Completed blocks are rendered once and appended; only the last, still-growing block (the
 * "tail") is taken out and rendered again on each update. Inside an open code fence every
 * completed line is highlighted once, carrying the highlighter's state, so a long code
 * block costs one line per update. The result equals rendering the whole text at once.
 *
 * Markdown goes through Qt's own importer (QTextDocumentFragment::fromMarkdown, GitHub
 * dialect, raw HTML off: nothing in an answer can become markup). Fenced code is
 * highlighted with KSyntaxHighlighting for the fence's language in a theme matching the
 * palette, under a header line with the language and a "Copy" link (quorum-copy:N).
 *
 * TeX math ($...$, $$...$$, \(...\), \[...\], ```math) is found by Pandoc's rules
 * (findMath()), taken out before the importer sees it and put back as MathObject formulas
 * drawn by MathJax in the theme's text colour; one that does not parse shows as its source,
 * underlined in red, with the reason as its tooltip.
 */
class MarkdownRenderer final
{
public:
    static constexpr auto copyScheme = "quorum-copy";
    //! Block properties of a code block's blocks: its header starts a block, the colour of
    //! its border (AnswerView draws the border: a QTextBlockFormat has none).
    static constexpr int codeHeaderProperty = QTextFormat::UserProperty + 300;
    static constexpr int codeLineProperty = QTextFormat::UserProperty + 301;
    static constexpr int codeBorderProperty = QTextFormat::UserProperty + 302;

    explicit MarkdownRenderer(QTextDocument *document, bool dark = false);
    ~MarkdownRenderer();
    Q_DISABLE_COPY_MOVE(MarkdownRenderer)

    //! Shows \a text: appends when it extends what is shown, else renders it anew.
    void setText(const QString &text);
    //! Renders the last block as final (the stream ended: an unclosed fence closes).
    void finish();
    void clear();
    //! Light or dark code theme; renders again when it changes.
    void setDark(bool dark);
    /*!
     * Long code lines wrap at the view's width (the default: a narrow pane never scrolls
     * sideways), or stay whole, for the view to scroll; renders again when it changes. A
     * block's Copy takes its source either way (no soft wraps).
     */
    void setWrapCode(bool wrap);
    bool wrapsCode() const { return m_wrapCode; }
    /*!
     * Numbers each line of a code block (off by default); renders again when it changes. The
     * numbers are not part of what a block's Copy takes.
     */
    void setLineNumbers(bool on);
    bool showsLineNumbers() const { return m_lineNumbers; }

    QString text() const { return m_source; }
    //! The code of fenced block \a index (the target of its Copy link).
    QString codeBlock(int index) const { return m_codeBlocks.value(index); }
    qsizetype codeBlockCount() const { return m_codeBlocks.size(); }
    //! Blocks rendered so far and how often the tail was rendered (for tests and benchmarks).
    int committedBlocks() const { return m_committedBlocks; }
    int tailRenders() const { return m_tailRenders; }

    //! The shared highlighting repository (loaded on first use).
    static KSyntaxHighlighting::Repository &repository();

private:
    struct Fence {
        QChar marker;
        int length = 0;
        QString language;
        int index = 0;
        int start = 0;     //!< where its header starts in the document
        int lines = 0;     //!< lines of code committed so far
        bool math = false; //!< ```math: display math once the fence closes
        KSyntaxHighlighting::State state;
    };

    void update(bool final);
    void updateBlocks(bool final);
    //! Rebuilds the formats from the theme and the wrap setting, and renders the text again.
    void renderAgain();
    void commitMarkdown(const QString &markdown);
    //! Imports \a markdown at \a cursor, its formulas as objects (prose and tables alike).
    void importMarkdown(QTextCursor &cursor, const QString &markdown) const;
    void openFence(const QString &line);
    void appendCodeLine(const QString &line, bool commit);
    void closeFence();
    void insertMarkdown(QTextCursor &cursor, const QString &markdown);
    void insertProse(QTextCursor &cursor, const QString &markdown);
    void insertTable(QTextCursor &cursor, const QString &markdown);
    //! The colour formulas are drawn in: the theme's text colour.
    QColor textColour() const;
    //! Borders, a header row and numeric columns for the tables inserted from \a from on.
    void styleTables(QTextDocument *document, int from) const;
    QTextCursor endCursor(bool newBlock);
    static std::optional<Fence> fenceOpening(const QString &line);
    bool closesFence(const QString &line) const;
    static bool startsTopLevelParagraph(const QString &line);

    QTextDocument *m_document;
    bool m_dark = false;
    bool m_wrapCode = true;
    bool m_lineNumbers = false;
    KSyntaxHighlighting::Theme m_theme;
    std::unique_ptr<CodeLineHighlighter> m_highlighter;
    QTextCharFormat m_codeFormat;
    QTextBlockFormat m_codeBlockFormat;

    QString m_source;
    qsizetype m_scanned = 0; //!< m_source up to here is in whole lines processed into blocks
    QString m_pending;       //!< Markdown lines of the open (not yet committed) block
    bool m_pendingBlank = false;
    std::optional<Fence> m_fence; //!< the open code fence
    QStringList m_codeBlocks;
    int m_tailStart = -1;       //!< document position where the tail's rendering starts (-1: none)
    int m_tailTables = -1;      //!< the id of the tail's first table (-1: no tail)
    int m_styleTablesFrom = -1; //!< tables inserted from here on are styled after the update
    bool m_finished = false;
    int m_committedBlocks = 0;
    int m_tailRenders = 0;
};

} // namespace Quorum
