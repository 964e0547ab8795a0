// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "render/markdownrenderer.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QPalette>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include "documents/mathjax.h"
#include "documents/mathobject.h"
#include "documents/mathspans.h"
#include "render/tableobject.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

SafeTextDocument::SafeTextDocument(QObject *parent)
    : QTextDocument(parent)
{
    setUndoRedoEnabled(false);
    // Formulas are objects its layout draws; the layout is made when first asked for (by a
    // view, or by the first size() asked), and made again when a view brings its own.
    connect(this, &QTextDocument::documentLayoutChanged, this, [this] {
        MathObject::install(this);
        TableObject::install(this);
    });
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_refused; // untrusted output: no image, style sheet or anything else is fetched
    return {};
}

/*!
 * Highlights one line at a time, handing back the formatted ranges; the caller inserts
 * them. KSyntaxHighlighting's SyntaxHighlighter (a QSyntaxHighlighter) highlights a whole
 * document in one language, while an answer mixes prose and code in several languages,
 * so this drives the AbstractHighlighter per code line, carrying its state from line to line.
 */
class CodeLineHighlighter final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Range {
        int offset;
        int length;
        KSyntaxHighlighting::Format format;
    };
    QList<Range> ranges;

    KSyntaxHighlighting::State run(const QString &line, const KSyntaxHighlighting::State &state)
    {
        ranges.clear();
        return highlightLine(line, state);
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        ranges.append({offset, length, format});
    }
};

namespace
{
constexpr auto markdownFeatures
    = QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);

} // namespace

namespace
{
KSyntaxHighlighting::Definition definitionFor(const QString &language)
{
    return codeDefinition(MarkdownRenderer::repository(), language);
}

QTextCharFormat charFormatFor(
    const KSyntaxHighlighting::Format &format, const KSyntaxHighlighting::Theme &theme, const QTextCharFormat &base)
{
    QTextCharFormat result = base;
    if (format.hasTextColor(theme)) {
        result.setForeground(format.textColor(theme));
    }
    if (format.hasBackgroundColor(theme)) {
        result.setBackground(format.backgroundColor(theme));
    }
    if (format.isBold(theme)) {
        result.setFontWeight(QFont::Bold);
    }
    if (format.isItalic(theme)) {
        result.setFontItalic(true);
    }
    return result;
}
} // namespace

KSyntaxHighlighting::Repository &MarkdownRenderer::repository()
{
    static KSyntaxHighlighting::Repository instance;
    static const bool added = [] {
        addQuorumDefinitions(instance);
        return true;
    }();
    Q_UNUSED(added)
    return instance;
}

MarkdownRenderer::MarkdownRenderer(QTextDocument *document, bool dark)
    : m_document(document)
    , m_highlighter(std::make_unique<CodeLineHighlighter>())
{
    m_dark = !dark; // so that setDark() below sets the theme
    setDark(dark);
}

MarkdownRenderer::~MarkdownRenderer() = default;

void MarkdownRenderer::setDark(bool dark)
{
    if (dark == m_dark) {
        return;
    }
    m_dark = dark;
    m_theme = repository().defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
    m_highlighter->setTheme(m_theme);
    renderAgain();
}

void MarkdownRenderer::setWrapCode(bool wrap)
{
    if (wrap == m_wrapCode) {
        return;
    }
    m_wrapCode = wrap;
    renderAgain();
}

void MarkdownRenderer::setLineNumbers(bool on)
{
    if (on == m_lineNumbers) {
        return;
    }
    m_lineNumbers = on;
    renderAgain();
}

void MarkdownRenderer::renderAgain()
{
    m_codeFormat = QTextCharFormat();
    m_codeFormat.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_codeFormat.setForeground(QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    m_codeBlockFormat = QTextBlockFormat();
    // The theme's editor background set off from the answer's: the light theme's is white, as
    // the pane is, so a code block would not show where it starts and ends.
    const QColor editor = QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
    m_codeBlockFormat.setBackground(m_dark ? editor.lighter(118) : editor.darker(105));
    m_codeBlockFormat.setNonBreakableLines(!m_wrapCode);
    // A wrapped line goes on indented under its start (a hanging indent), so it reads as one.
    m_codeBlockFormat.setLeftMargin(4 + 16);
    m_codeBlockFormat.setTextIndent(-16);
    m_codeBlockFormat.setRightMargin(4);
    m_codeBlockFormat.setProperty(codeLineProperty, true);
    m_codeBlockFormat.setProperty(codeBorderProperty, m_dark ? editor.lighter(150) : editor.darker(118));
    if (!m_source.isEmpty()) {
        const QString text = m_source;
        const bool finished = m_finished;
        clear();
        setText(text);
        if (finished) {
            finish();
        }
    }
}

void MarkdownRenderer::clear()
{
    m_document->clear();
    TableObject::dropFrom(m_document, 0);
    m_source.clear();
    m_scanned = 0;
    m_pending.clear();
    m_pendingBlank = false;
    m_fence.reset();
    m_codeBlocks.clear();
    m_tailStart = -1;
    m_tailTables = -1;
    m_styleTablesFrom = -1;
    m_finished = false;
    m_committedBlocks = 0;
}

void MarkdownRenderer::setText(const QString &text)
{
    if (!text.startsWith(m_source) || m_finished) {
        clear();
    }
    if (text.size() == m_source.size() && !text.isEmpty()) {
        return;
    }
    // Only what is new is copied, into a buffer of the renderer's own: holding a share of the
    // caller's growing string would make its next append copy the whole answer (a 1 MB answer
    // in 4 KB pieces copied 512 MB; not copying it saves ~10 % of its time).
    m_source.append(QStringView(text).sliced(m_source.size()));
    update(false);
}

void MarkdownRenderer::finish()
{
    if (m_finished) {
        return;
    }
    update(true);
    m_finished = true;
}

QTextCursor MarkdownRenderer::endCursor(bool newBlock)
{
    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);
    if (newBlock && m_document->characterCount() > 1) {
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
    }
    return cursor;
}

QColor MarkdownRenderer::textColour() const
{
    // The application's text colour when its palette matches the theme asked for (a pane
    // in the app), else the usual dark or light text.
    const QColor text = QGuiApplication::palette().color(QPalette::Text);
    if ((text.lightnessF() > 0.5) == m_dark) {
        return text;
    }
    return m_dark ? QColor(0xe6, 0xe8, 0xea) : QColor(0x1f, 0x23, 0x28);
}

void MarkdownRenderer::insertMarkdown(QTextCursor &cursor, const QString &markdown)
{
    // Tables at the margin become objects with a document of their own (TableObject says
    // why); the prose around them is imported as it comes.
    bool first = true;
    for (const MarkdownPart &part : splitTables(markdown)) {
        if (!first) {
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        }
        first = false;
        if (part.table) {
            insertTable(cursor, part.text);
        } else {
            insertProse(cursor, part.text);
        }
    }
}

void MarkdownRenderer::importMarkdown(QTextCursor &cursor, const QString &markdown) const
{
    const int from = cursor.position();
    // Formulas are taken out before the Markdown importer sees them (it would read \( as an
    // escaped parenthesis and _ as emphasis) and put back as objects after.
    const ProtectedMath math = protectMath(markdown);
    cursor.insertFragment(QTextDocumentFragment::fromMarkdown(math.markdown, markdownFeatures));
    if (!math.spans.isEmpty()) {
        insertMath(cursor.document(), from, math.spans, textColour());
    }
}

void MarkdownRenderer::insertProse(QTextCursor &cursor, const QString &markdown)
{
    const int from = cursor.position();
    importMarkdown(cursor, markdown);
    if (markdown.contains(u'|')) {
        // An indented table (in a list item) is still Qt's own, styled once the edit block has
        // ended: inside it the document's frames are not known yet (QTextDocument builds
        // them when the block ends).
        m_styleTablesFrom = m_styleTablesFrom < 0 ? from : std::min(m_styleTablesFrom, from);
    }
}

void MarkdownRenderer::insertTable(QTextCursor &cursor, const QString &markdown)
{
    auto table = std::make_unique<TableObject::Table>();
    auto document = std::make_unique<SafeTextDocument>();
    document->setDefaultFont(m_document->defaultFont());
    document->setDocumentMargin(1); // room for the outer border's pixel
    // Cells wrap between words only: a column is at least as wide as its longest word, and a
    // table whose words do not fit the pane is wider than it and scrolls (Qt's default would
    // break "memory" into "mem/ory" to squeeze it in).
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document->setDefaultTextOption(option);
    QTextCursor start(document.get());
    importMarkdown(start, markdown);
    styleTables(document.get(), 0);
    for (QTextFrame *frame : document->rootFrame()->childFrames()) {
        QTextFrameFormat format = frame->frameFormat();
        format.setMargin(0); // the object's block keeps the space around it
        frame->setFrameFormat(format);
    }
    table->document = std::move(document);
    table->markdown = markdown.trimmed();
    table->colour = textColour();
    TableObject::insert(cursor, std::move(table));
}

void MarkdownRenderer::styleTables(QTextDocument *document, int from) const
{
    // Tables as the HTML export draws them: thin borders, a header row that stands out, and
    // numbers right-aligned when a whole column is numeric (unless the Markdown aligned it).
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (auto it = frames.crbegin(); it != frames.crend() && (*it)->firstPosition() >= from; ++it) {
        auto *table = qobject_cast<QTextTable *>(*it);
        if (!table) {
            continue;
        }
        const QColor line = m_dark ? QColor(0x55, 0x5a, 0x60) : QColor(0xd0, 0xd7, 0xde);
        QTextTableFormat format = table->format();
        // Collapsed borders, as CSS has them: with border-collapse on, Qt draws the lines the
        // cells' own formats give (the table's border alone draws nothing in Qt 6.8).
        format.setBorder(1);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(line);
        format.setBorderCollapse(true);
        format.setCellPadding(4);
        format.setCellSpacing(0);
        table->setFormat(format);
        static const QRegularExpression number(u"^[-+−]?[$€£¥]?\\d[\\d,.\\x{202f}\\x{a0} ]*(%|[kKMGx×]|ms|s)?$"_s);
        for (int column = 0; column < table->columns(); ++column) {
            bool numeric = table->rows() > 1;
            for (int row = 1; row < table->rows() && numeric; ++row) {
                const QTextTableCell cell = table->cellAt(row, column);
                QTextCursor text = cell.firstCursorPosition();
                text.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                const QString value = text.selectedText().trimmed();
                numeric = value.isEmpty() || number.match(value).hasMatch();
            }
            // The column's alignment: the Markdown's (Qt's importer gives it to the body
            // cells only), else right for numbers; the header follows it.
            const auto leftAligned = [](const QTextCursor &cell) {
                const Qt::Alignment own = cell.blockFormat().alignment() & Qt::AlignHorizontal_Mask;
                return own == 0 || own == Qt::AlignLeft || own == (Qt::AlignLeft | Qt::AlignLeading);
            };
            Qt::Alignment columnAlignment = numeric ? Qt::AlignRight : Qt::AlignLeft;
            if (table->rows() > 1) {
                if (const QTextCursor body = table->cellAt(1, column).firstCursorPosition(); !leftAligned(body)) {
                    columnAlignment = body.blockFormat().alignment() & Qt::AlignHorizontal_Mask;
                }
            }
            for (int row = 0; row < table->rows(); ++row) {
                QTextTableCell cell = table->cellAt(row, column);
                QTextCursor cursor = cell.firstCursorPosition();
                QTextBlockFormat block = cursor.blockFormat();
                if (columnAlignment != Qt::AlignLeft && leftAligned(cursor)) {
                    block.setAlignment(columnAlignment);
                    cursor.setBlockFormat(block);
                }
                if (row == 0) {
                    QTextCursor all = cell.firstCursorPosition();
                    all.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                    QTextCharFormat bold;
                    bold.setFontWeight(QFont::Bold);
                    all.mergeCharFormat(bold);
                }
                // Last: the cell's own format is its first character's, which the merge sets.
                QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                cellFormat.setBorder(1);
                cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cellFormat.setBorderBrush(line);
                if (row == 0) {
                    cellFormat.setBackground(m_dark ? QColor(0x2d, 0x31, 0x36) : QColor(0xf0, 0xf2, 0xf5));
                }
                cell.setFormat(cellFormat);
            }
        }
    }
}

void MarkdownRenderer::commitMarkdown(const QString &markdown)
{
    if (markdown.trimmed().isEmpty()) {
        return;
    }
    QTextCursor cursor = endCursor(true);
    insertMarkdown(cursor, markdown);
    ++m_committedBlocks;
}

std::optional<MarkdownRenderer::Fence> MarkdownRenderer::fenceOpening(const QString &line)
{
    // CommonMark: up to three spaces, then at least three backticks or tildes, then the info
    // string (its first word is the language).
    qsizetype at = 0;
    while (at < line.size() && at < 3 && line.at(at) == u' ') {
        ++at;
    }
    if (at >= line.size() || (line.at(at) != u'`' && line.at(at) != u'~')) {
        return std::nullopt;
    }
    Fence fence;
    fence.marker = line.at(at);
    while (at < line.size() && line.at(at) == fence.marker) {
        ++fence.length;
        ++at;
    }
    if (fence.length < 3) {
        return std::nullopt;
    }
    const QString info = line.sliced(at).trimmed();
    if (fence.marker == u'`' && info.contains(u'`')) {
        return std::nullopt;
    }
    fence.language = info.section(u' ', 0, 0).remove(u'{').remove(u'}').remove(u'.');
    return fence;
}

bool MarkdownRenderer::closesFence(const QString &line) const
{
    const QString trimmed = line.trimmed();
    if (trimmed.size() < m_fence->length || line.size() - line.trimmed().size() > 3 + 2) {
        return false;
    }
    return std::ranges::all_of(trimmed, [this](QChar c) { return c == m_fence->marker; });
}

bool MarkdownRenderer::startsTopLevelParagraph(const QString &line)
{
    if (line.isEmpty() || line.at(0).isSpace()) {
        return false; // indented: a list item's continuation or nested content
    }
    // A list item keeps a loose list in one block (numbering, nesting).
    static const QRegularExpression listItem(u"^([-*+]|\\d{1,9}[.)])(\\s|$)"_s);
    return !listItem.match(line).hasMatch();
}

void MarkdownRenderer::openFence(const QString &line)
{
    m_fence = fenceOpening(line);
    m_fence->index = static_cast<int>(m_codeBlocks.size());
    m_fence->math = m_fence->language.compare(u"math"_s, Qt::CaseInsensitive) == 0;
    m_codeBlocks.append(QString());
    m_highlighter->setDefinition(definitionFor(m_fence->language));
    m_fence->state = KSyntaxHighlighting::State();

    // The header: the language, and a Copy link the view handles (nothing else is a command).
    QTextCursor cursor = endCursor(true);
    m_fence->start = cursor.block().position();
    QTextBlockFormat header = m_codeBlockFormat;
    header.setTopMargin(6);
    header.setProperty(codeHeaderProperty, true);
    cursor.setBlockFormat(header);
    QTextCharFormat label = m_codeFormat;
    label.setFontPointSize(qMax(7.0, m_codeFormat.font().pointSizeF() * 0.85));
    label.setForeground(QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Comment)));
    if (m_fence->language.compare(u"mermaid"_s, Qt::CaseInsensitive) == 0) {
        // Said where the user looks: no packaged library draws Mermaid without a browser.
        QTextCharFormat note = label;
        note.setToolTip(QCoreApplication::translate("Quorum::MarkdownRenderer",
            "Quorum does not draw Mermaid diagrams (it would need a web browser); the diagram's source is shown."));
        cursor.insertText(QCoreApplication::translate("Quorum::MarkdownRenderer", "%1 · diagram shown as source")
                              .arg(m_fence->language),
            note);
    } else {
        cursor.insertText(m_fence->language.isEmpty() ? u"code"_s : m_fence->language, label);
    }
    cursor.insertText(u"   "_s, label);
    QTextCharFormat link = label;
    link.setAnchor(true);
    link.setAnchorHref(QString::fromLatin1(copyScheme) + u':' + QString::number(m_fence->index));
    link.setForeground(QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Function)));
    link.setFontUnderline(true);
    link.setToolTip(QCoreApplication::translate("Quorum::MarkdownRenderer", "Copy this code"));
    cursor.insertText(QCoreApplication::translate("Quorum::MarkdownRenderer", "Copy"), link);
}

void MarkdownRenderer::appendCodeLine(const QString &line, bool commit)
{
    QTextCursor cursor(m_document);
    cursor.movePosition(QTextCursor::End);
    cursor.insertBlock(m_codeBlockFormat, m_codeFormat);
    const QString code = line.endsWith(u'\r') ? line.chopped(1) : line;
    if (m_lineNumbers) {
        // In the comment colour, right-aligned in three places (four past 999); not in the
        // block's source, so Copy leaves them out.
        QTextCharFormat number = m_codeFormat;
        number.setForeground(QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Comment)));
        cursor.insertText(QString::number(m_fence->lines + 1).rightJustified(3) + u"  "_s, number);
    }
    KSyntaxHighlighting::State state = m_fence->state;
    if (m_highlighter->definition().isValid()) {
        state = m_highlighter->run(code, m_fence->state);
        int at = 0;
        for (const CodeLineHighlighter::Range &range : std::as_const(m_highlighter->ranges)) {
            if (range.offset > at) {
                cursor.insertText(code.mid(at, range.offset - at), m_codeFormat);
            }
            cursor.insertText(code.mid(range.offset, range.length), charFormatFor(range.format, m_theme, m_codeFormat));
            at = range.offset + range.length;
        }
        if (at < code.size()) {
            cursor.insertText(code.sliced(at), m_codeFormat);
        }
    } else {
        cursor.insertText(code, m_codeFormat);
    }
    if (commit) {
        ++m_fence->lines;
        m_fence->state = state;
        QString &block = m_codeBlocks[m_fence->index];
        block += code + u'\n';
    }
}

void MarkdownRenderer::closeFence()
{
    QString &block = m_codeBlocks[m_fence->index];
    if (block.endsWith(u'\n')) {
        block.chop(1);
    }
    // A ```math block (GitHub's way) is display math once it is whole; while it streams, and
    // if it does not parse, it stays code.
    if (m_fence->math && !block.trimmed().isEmpty()) {
        if (const auto svg = MathJax::forThisThread().toSvg(block.trimmed(), true)) {
            QTextCursor cursor(m_document);
            cursor.setPosition(m_fence->start);
            cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            QTextBlockFormat centred;
            centred.setAlignment(Qt::AlignHCenter);
            cursor.setBlockFormat(centred);
            QTextCharFormat base;
            base.setFont(m_document->defaultFont());
            cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                MathObject::format(*svg, block.trimmed(), true, textColour(), base));
        }
    }
    m_fence.reset();
    ++m_committedBlocks;
}

void MarkdownRenderer::update(bool final)
{
    updateBlocks(final);
    if (m_styleTablesFrom >= 0) {
        QTextCursor batch(m_document);
        batch.beginEditBlock();
        styleTables(m_document, m_styleTablesFrom);
        batch.endEditBlock();
        m_styleTablesFrom = -1;
    }
}

void MarkdownRenderer::updateBlocks(bool final)
{
    // One edit block per update: Qt re-scans the document's frames (tables) and lays out
    // once at its end instead of after every inserted piece.
    QTextCursor batch(m_document);
    batch.beginEditBlock();
    const auto endBatch = qScopeGuard([&batch] { batch.endEditBlock(); });
    if (m_tailStart == 0) {
        m_document->clear(); // also drops a block format the tail gave the first block
        m_tailStart = -1;
    } else if (m_tailStart > 0) {
        QTextCursor cursor(m_document);
        cursor.setPosition(m_tailStart);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        m_tailStart = -1;
    }
    if (m_tailTables >= 0) {
        TableObject::dropFrom(m_document, m_tailTables); // the tail's tables went with it
        m_tailTables = -1;
    }
    const auto processLine = [this](const QString &line) {
        if (m_fence) {
            if (closesFence(line)) {
                closeFence();
            } else {
                appendCodeLine(line, true);
            }
        } else if (fenceOpening(line)) {
            commitMarkdown(m_pending);
            m_pending.clear();
            m_pendingBlank = false;
            openFence(line);
        } else if (line.trimmed().isEmpty()) {
            m_pendingBlank = true;
            m_pending += line + u'\n';
        } else {
            if (m_pendingBlank && startsTopLevelParagraph(line)) {
                commitMarkdown(m_pending);
                m_pending.clear();
            }
            m_pendingBlank = false;
            m_pending += line + u'\n';
        }
    };
    for (qsizetype newline; (newline = m_source.indexOf(u'\n', m_scanned)) >= 0;) {
        processLine(m_source.sliced(m_scanned, newline - m_scanned));
        m_scanned = newline + 1;
    }
    const QString partial = m_source.sliced(m_scanned);
    if (final) {
        if (!partial.isEmpty()) {
            processLine(partial);
            m_scanned = m_source.size();
        }
        if (m_fence) {
            closeFence(); // the answer ended inside a fence: the code is still code
        }
        commitMarkdown(m_pending);
        m_pending.clear();
        return;
    }
    // The tail: the open block as it stands, rendered again on the next update.
    m_tailStart = m_document->characterCount() - 1;
    m_tailTables = TableObject::nextId(m_document);
    ++m_tailRenders;
    if (m_fence) {
        if (!partial.isEmpty()) {
            appendCodeLine(partial, false);
        }
    } else if (const QString tail = m_pending + partial; !tail.trimmed().isEmpty()) {
        QTextCursor cursor = endCursor(true);
        insertMarkdown(cursor, tail);
    }
}

} // namespace Quorum
