// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The incremental Markdown renderer on tricky inputs: what streams in, cut anywhere, must
// end up exactly as the whole text rendered at once; unclosed fences, nested lists,
// tables, long lines and a 1 MB answer; no resource is ever loaded; raw HTML stays text.
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFrame>
#include <QTextTable>
#include <QWheelEvent>

#include "compare/diffdialog.h"
#include "documents/codedefinition.h"
#include "documents/mathobject.h"
#include "render/answerview.h"
#include "render/markdownrenderer.h"
#include "render/tableobject.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
const QString tricky = uR"(# Comparing sorts

Here is **bold**, *emphasis*, `inline code` and a [link](https://example.org/docs).

1. First item
2. Second item
   - nested one
   - nested two

     with a paragraph inside

3. Third item after a blank line

> A block quote
> over two lines

| Language | Speed | Notes |
|----------|------:|-------|
| C++      |  1.0x | fast  |
| Python   | 30.0x | slow  |

```python
def quicksort(xs):
    if len(xs) <= 1:
        return xs  # done
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot]
```

Some text between.

~~~cpp
#include <vector>
int main() { return 0; }
~~~

Final paragraph.)"_s;

QString render(const QString &text)
{
    SafeTextDocument document;
    MarkdownRenderer renderer(&document);
    renderer.setText(text);
    renderer.finish();
    return document.toHtml();
}

QString renderInPieces(const QString &text, quint32 seed, SafeTextDocument *document = nullptr)
{
    SafeTextDocument local;
    SafeTextDocument *doc = document ? document : &local;
    MarkdownRenderer renderer(doc);
    QRandomGenerator random(seed);
    for (qsizetype at = 0; at < text.size();) {
        at = qMin(text.size(), at + 1 + random.bounded(12));
        renderer.setText(text.first(at));
    }
    renderer.finish();
    return doc->toHtml();
}

const QString mathAnswer = u"Euler: $e^{i\\pi} + 1 = 0$, and money: $5 and $10.\n\n"
                           "$$\n\\sum_{i=1}^n i = \\frac{n(n+1)}{2}\n$$\n\n"
                           "| n | $n^2$ |\n|---|---:|\n| 3 | $9$ |\n\n"
                           "```math\n\\int_0^1 x\\,dx\n```\n\n"
                           "Broken: $\\frac{1}{$ and \\(a_1 + b_1\\) to end."_s;

int mathObjects(const QTextDocument &document)
{
    int count = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (MathObject::isMath(it.fragment().charFormat())) {
                count += it.fragment().length();
            } else if (const TableObject::Table *table = TableObject::table(&document, it.fragment().charFormat())) {
                count += mathObjects(*table->document); // a table's formulas are in its own document
            }
        }
    }
    return count;
}

//! The first table of \a document: a table object's own, else one of Qt's frames.
QTextTable *firstTable(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (const TableObject::Table *table = TableObject::table(&document, block.begin().fragment().charFormat())) {
            for (QTextFrame *frame : table->document->rootFrame()->childFrames()) {
                if (auto *found = qobject_cast<QTextTable *>(frame)) {
                    return found;
                }
            }
        }
    }
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        if (auto *found = qobject_cast<QTextTable *>(frame)) {
            return found;
        }
    }
    return nullptr;
}

bool hasTable(const QTextDocument &document)
{
    return firstTable(document) != nullptr;
}
} // namespace

class TestMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedEqualsWholeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("tricky") << tricky;
        QTest::newRow("only code") << u"```js\nlet a = 1;\nlet b = 2;\n```"_s;
        QTest::newRow("unclosed fence") << u"Intro\n\n```rust\nfn main() {\n    println!(\"hi\");\n"_s;
        QTest::newRow("crlf") << u"Line one\r\n\r\n```sh\r\necho hi\r\n```\r\nafter\r\n"_s;
        QTest::newRow("loose list") << u"- a\n\n- b\n\n  - c\n\nText\n\n1. x\n\n2. y\n"_s;
        QTest::newRow("math") << mathAnswer;
    }

    void streamedEqualsWholeText()
    {
        QFETCH(QString, text);
        const QString whole = render(text);
        for (const quint32 seed : {1u, 2u, 3u, 42u}) {
            QCOMPARE(renderInPieces(text, seed), whole);
        }
    }

    void rendersTheMarkdown()
    {
        SafeTextDocument document;
        MarkdownRenderer renderer(&document);
        renderer.setText(tricky);
        renderer.finish();
        const QString plain = document.toPlainText();
        QVERIFY(plain.contains(u"Comparing sorts"_s));
        QVERIFY(!plain.contains(u"**"_s)); // emphasis became formatting
        QVERIFY(plain.contains(u"nested two"_s));
        QVERIFY(hasTable(document));
        QCOMPARE(document.firstBlock().blockFormat().headingLevel(), 1);
        QVERIFY(document.toHtml().contains(u"href=\"https://example.org/docs\""_s));
        QVERIFY(document.toHtml().contains(u"href=\"quorum-copy:0\""_s));
        QVERIFY(document.toHtml().contains(u"href=\"quorum-copy:1\""_s));
        // Both fenced blocks, as the Copy links give them.
        QCOMPARE(renderer.codeBlockCount(), 2);
        QVERIFY(renderer.codeBlock(0).startsWith(u"def quicksort(xs):\n"_s));
        QVERIFY(renderer.codeBlock(0).endsWith(u"+ [pivot]"_s));
        QCOMPARE(renderer.codeBlock(1), u"#include <vector>\nint main() { return 0; }"_s);
    }

    // TeX in an answer: formulas as objects (inline, display, in a table cell, a ```math
    // block), money left alone, a formula that does not parse shown as its source; drawn in
    // the theme's text colour; Copy gives the TeX back between its delimiters.
    void rendersMath()
    {
        AnswerView view;
        view.resize(480, 600);
        auto *document = new SafeTextDocument(&view);
        view.setDocument(document);
        MarkdownRenderer renderer(document);
        renderer.setText(mathAnswer);
        renderer.finish();
        QCOMPARE(mathObjects(*document), 6);
        const QString plain = document->toPlainText();
        QVERIFY(plain.contains(u"money: $5 and $10."_s));
        QVERIFY(plain.contains(u"$\\frac{1}{$"_s));
        QVERIFY(!plain.contains(u"```"_s));
        QVERIFY(hasTable(*document));

        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.selectAll();
        view.copy();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"Euler: $e^{i\\pi} + 1 = 0$, and money: $5 and $10."_s), qPrintable(copied));
        QVERIFY(copied.contains(u"$$\\sum_{i=1}^n i = \\frac{n(n+1)}{2}$$"_s));
        QVERIFY(copied.contains(u"$$\\int_0^1 x\\,dx$$"_s));
        QVERIFY(copied.contains(u"$a_1 + b_1$"_s));

        // Drawn in the theme's text colour, light and dark.
        for (const bool dark : {false, true}) {
            renderer.setDark(dark);
            QCOMPARE(mathObjects(*document), 6);
            QImage image(document->size().toSize(), QImage::Format_RGB32);
            image.fill(dark ? Qt::black : Qt::white);
            QPainter painter(&image);
            document->drawContents(&painter);
            painter.end();
            if (!qEnvironmentVariableIsEmpty("QUORUM_SCREENSHOT_DIR")) {
                image.save(
                    qEnvironmentVariable("QUORUM_SCREENSHOT_DIR") + (dark ? u"/math-dark.png"_s : u"/math.png"_s));
            }
            QTextCursor cursor(document);
            cursor.setPosition(int(document->toPlainText().indexOf(QChar::ObjectReplacementCharacter)) + 1);
            const QColor colour = cursor.charFormat().foreground().color();
            QCOMPARE(colour.lightnessF() > 0.5, dark);
            // The table (an object of its own) and its formula follow the theme too.
            const TableObject::Table *table = TableObject::table(document, 0);
            QVERIFY(table);
            QCOMPARE(table->colour.lightnessF() > 0.5, dark);
            QCOMPARE(mathObjects(*table->document), 2);
        }
    }

    // No package draws Mermaid without a browser: its source, highlighted by Quorum's own
    // definition, with a note in the block's header.
    void mermaidIsHighlightedSourceWithANote()
    {
        SafeTextDocument document;
        MarkdownRenderer renderer(&document);
        renderer.setText(u"```mermaid\ngraph TD\n  A[Start] -->|yes| B(Done)\n  %% a comment\n```\n"_s);
        renderer.finish();
        QVERIFY(codeDefinition(MarkdownRenderer::repository(), u"mermaid"_s).isValid());
        QVERIFY(document.toPlainText().contains(u"mermaid · diagram shown as source"_s));
        QCOMPARE(renderer.codeBlock(0), u"graph TD\n  A[Start] -->|yes| B(Done)\n  %% a comment"_s);
        // "graph", the arrow and the comment each have a colour of their own.
        const QTextBlock line = document.findBlock(int(document.toPlainText().indexOf(u"graph TD"_s)));
        const QTextBlock arrow = line.next();
        const QTextBlock comment = arrow.next();
        const auto colourAt = [](const QTextBlock &block, const QString &text) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().text().contains(text)) {
                    return it.fragment().charFormat().foreground().color();
                }
            }
            return QColor();
        };
        const QColor keyword = colourAt(line, u"graph"_s);
        const QColor operatorColour = colourAt(arrow, u"-->"_s);
        const QColor commentColour = colourAt(comment, u"%% a comment"_s);
        QVERIFY(keyword.isValid() && operatorColour.isValid() && commentColour.isValid());
        QVERIFY(keyword != commentColour);
        QVERIFY(operatorColour != colourAt(arrow, u"A"_s));
    }

    void highlightsCodeInTheFenceLanguage()
    {
        SafeTextDocument document;
        MarkdownRenderer renderer(&document);
        renderer.setText(u"```python\ndef f():\n    return 1  # one\n```\n"_s);
        renderer.finish();
        // "def" (a keyword) and "# one" (a comment) are drawn in different colours.
        QSet<QRgb> colours;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.textFormats()) {
                colours.insert(range.format.foreground().color().rgb());
            }
        }
        QVERIFY2(colours.size() >= 3, qPrintable(QString::number(colours.size())));
        // Dark theme: another background for code.
        const QColor light = document.lastBlock().previous().blockFormat().background().color();
        renderer.setDark(true);
        const QColor dark = document.lastBlock().previous().blockFormat().background().color();
        QVERIFY(light.lightness() > dark.lightness());
    }

    void unclosedFenceStreamsAsCode()
    {
        SafeTextDocument document;
        MarkdownRenderer renderer(&document);
        renderer.setText(u"Look:\n\n```cpp\nint x = 1;\nint y"_s);
        // The open fence's lines are code already (monospace), not paragraph text.
        const QTextBlock last = document.lastBlock();
        QCOMPARE(last.text(), u"int y"_s);
        QVERIFY(last.charFormat().font().fixedPitch() || last.begin().fragment().charFormat().fontFixedPitch()
            || QFontInfo(last.begin().fragment().charFormat().font()).fixedPitch());
        QVERIFY(!document.toPlainText().contains(u"```"_s));
        renderer.setText(u"Look:\n\n```cpp\nint x = 1;\nint y = 2;\n"_s);
        QCOMPARE(document.lastBlock().text(), u"int y = 2;"_s);
        renderer.finish();
        QCOMPARE(renderer.codeBlock(0), u"int x = 1;\nint y = 2;"_s);
    }

    void onlyTheTailIsRenderedAgain()
    {
        // 200 paragraphs arriving a few characters at a time: each completed paragraph is
        // committed once; the document never holds the tail twice.
        QString text;
        for (int i = 0; i < 200; ++i) {
            text += u"Paragraph %1 with some words in it.\n\n"_s.arg(i);
        }
        SafeTextDocument document;
        MarkdownRenderer renderer(&document);
        for (qsizetype at = 0; at < text.size(); at += 7) {
            renderer.setText(text.first(at));
        }
        renderer.setText(text);
        renderer.finish();
        QCOMPARE(renderer.committedBlocks(), 200);
        QCOMPARE(document.blockCount(), 200);
        QCOMPARE(document.toHtml(), render(text));
    }

    void rawHtmlAndImagesStayInert()
    {
        SafeTextDocument document;
        MarkdownRenderer renderer(&document);
        renderer.setText(u"<script>alert(1)</script>\n\n<img src=\"http://127.0.0.1:9/x.png\">\n\n"
                         "![remote](http://127.0.0.1:9/track.png)\n\n[click](javascript:alert(1))\n"_s);
        renderer.finish();
        const QString html = document.toHtml();
        QVERIFY(!html.contains(u"<script"_s));
        // Raw HTML is not markup: its <img> is no image (the Markdown image below is one).
        QVERIFY2(!html.contains(u"<img src=\"http://127.0.0.1:9/x.png"_s), qPrintable(html));
        // Nothing is asked for before the layout ...
        QCOMPARE(document.refusedResources(), 0);
        // ... which asks for the Markdown image: it is refused, nothing is fetched.
        document.setTextWidth(400);
        document.size();
        QVERIFY(document.refusedResources() >= 1);
        QVERIFY(document.resource(QTextDocument::ImageResource, QUrl(u"http://127.0.0.1:9/track.png"_s)).isNull());
    }

    void longLinesAndAMegabyte()
    {
        const QString longLine = QString(20000, u'x');
        QCOMPARE(render(longLine + u"\n\n```\n"_s + longLine + u"\n```"_s).isEmpty(), false);

        // 1 MB of realistic Markdown with code, streamed in 4 KB pieces.
        QString chunk = tricky + u"\n\n"_s;
        if (qEnvironmentVariableIsSet("QUORUM_MD_NOTABLE")) {
            chunk.remove(QRegularExpression(u"\\|[^\n]*\n"_s));
        }
        QString big;
        const qsizetype size = qEnvironmentVariableIntValue("QUORUM_MD_KB") > 0
            ? qEnvironmentVariableIntValue("QUORUM_MD_KB") * 1024
            : 1024 * 1024;
        while (big.size() < size) {
            big += chunk;
        }
        SafeTextDocument document;
        MarkdownRenderer renderer(&document);
        QElapsedTimer timer;
        timer.start();
        QString soFar; // grows as a stream's text does
        for (qsizetype at = 0; at < big.size(); at += 4096) {
            soFar.append(QStringView(big).sliced(at, qMin<qsizetype>(4096, big.size() - at)));
            renderer.setText(soFar);
        }
        renderer.finish();
        const qint64 ms = timer.elapsed();
        qInfo("%lld KB answer streamed in 4 KB pieces: %lld ms, %d blocks, %d tail renders",
            static_cast<qint64>(big.size() / 1024),
            ms,
            renderer.committedBlocks(),
            renderer.tailRenders());
        // The floor, same run: Qt importing the whole answer at once (no streaming, no code
        // highlighting, no math, tables as Qt's frames).
        timer.restart();
        QTextDocument once;
        once.setMarkdown(big);
        qInfo("the same imported at once by QTextDocument::setMarkdown: %lld ms", timer.elapsed());
        QVERIFY(document.toPlainText().size() > size * 7 / 10);
        QCOMPARE(renderer.codeBlockCount(), 2 * (big.size() / chunk.size()));
    }

    // A long code line wraps at the view's width: a narrow pane never scrolls sideways; the
    // pane's toggle keeps lines whole (the view scrolls); Copy takes the source either way.
    void longCodeLinesWrapInANarrowView()
    {
        const QString line
            = u"result = compute_something(alpha, beta, gamma, delta, epsilon, zeta, eta, theta, iota)"_s;
        QTextBrowser view;
        view.resize(330, 400);
        view.show();
        auto *document = new SafeTextDocument(&view);
        view.setDocument(document);
        MarkdownRenderer renderer(document);
        renderer.setText(u"Text\n\n```python\n"_s + line + u"\n```\n"_s);
        renderer.finish();
        QVERIFY(renderer.wrapsCode());
        QCoreApplication::processEvents();
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        QCOMPARE(renderer.codeBlock(0), line); // no soft wraps in what is copied
        renderer.setWrapCode(false);
        QCoreApplication::processEvents();
        QVERIFY(view.horizontalScrollBar()->maximum() > 0);
        QCOMPARE(renderer.codeBlock(0), line);
        QCOMPARE(document->toPlainText().count(line), 1);
        // The block stands out from the answer's background in both themes.
        for (const bool dark : {false, true}) {
            renderer.setDark(dark);
            const QTextBlock code = document->findBlock(document->toPlainText().indexOf(line));
            QVERIFY(code.blockFormat().background().style() != Qt::NoBrush);
            QVERIFY(code.blockFormat().background().color() != (dark ? QColor(0x23, 0x26, 0x29) : QColor(Qt::white)));
        }
    }

    // Each code block has a border of its own, in both themes, drawn by the answer's view
    // around the block's background; prose has none.
    void codeBlocksHaveABorder()
    {
        AnswerView view;
        view.resize(360, 400);
        auto *document = new SafeTextDocument(&view);
        view.setDocument(document);
        MarkdownRenderer renderer(document);
        renderer.setText(u"Intro\n\n```python\nx = 1\ny = 2\n```\n\nBetween.\n\n```\nz\n```\n\nAfter."_s);
        renderer.finish();
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (const bool dark : {false, true}) {
            renderer.setDark(dark);
            const QImage image = view.viewport()->grab().toImage();
            QCOMPARE(view.codeBorders().size(), 2);
            const QRectF first = view.codeBorders().constFirst();
            const QColor border = document->findBlock(int(document->toPlainText().indexOf(u"x = 1"_s)))
                                      .blockFormat()
                                      .property(MarkdownRenderer::codeBorderProperty)
                                      .value<QColor>();
            QVERIFY(border.isValid());
            // The left edge, half-way down the first block, is the border's colour (near
            // enough: antialiasing), and the background just inside is not.
            const QPoint edge(qRound(first.left() - 0.5), qRound(first.center().y()));
            const QColor seen = image.pixelColor(edge * image.devicePixelRatio());
            QVERIFY2(qAbs(seen.red() - border.red()) + qAbs(seen.green() - border.green())
                        + qAbs(seen.blue() - border.blue())
                    < 60,
                qPrintable(u"%1 vs %2"_s.arg(seen.name(), border.name())));
            // The prose between the blocks is outside both.
            const QRectF second = view.codeBorders().at(1);
            QVERIFY(second.top() > first.bottom() + 10);
        }
    }

    // Line numbers, when asked for: in the view, not in what a block's Copy takes.
    void codeLinesCanBeNumbered()
    {
        SafeTextDocument document;
        MarkdownRenderer renderer(&document);
        const QString code = u"first()\nsecond()\nthird()"_s;
        renderer.setText(u"Intro\n\n```python\n"_s + code + u"\n```\n\nAfter"_s);
        renderer.finish();
        QVERIFY(!document.toPlainText().contains(u"  1  first()"_s));
        renderer.setLineNumbers(true);
        QVERIFY(renderer.showsLineNumbers());
        const QString plain = document.toPlainText();
        QVERIFY2(plain.contains(u"  1  first()\n  2  second()\n  3  third()"_s), qPrintable(plain));
        QCOMPARE(renderer.codeBlock(0), code);
        // Streaming: the growing last line is numbered too, and the count carries on.
        SafeTextDocument streamed;
        MarkdownRenderer live(&streamed);
        live.setLineNumbers(true);
        live.setText(u"```\na\nb"_s);
        QVERIFY(streamed.toPlainText().contains(u"  1  a\n  2  b"_s));
        live.setText(u"```\na\nb\nc\n```"_s);
        live.finish();
        QVERIFY2(streamed.toPlainText().contains(u"  1  a\n  2  b\n  3  c"_s), qPrintable(streamed.toPlainText()));
        QCOMPARE(live.codeBlock(0), u"a\nb\nc"_s);
    }

    // Tables: thin borders, a bold header row on a tint, numeric columns right-aligned.
    void tablesHaveBordersAHeaderAndAlignedNumbers()
    {
        SafeTextDocument document;
        MarkdownRenderer renderer(&document);
        renderer.setText(
            u"Before\n\n| Model | Score | Notes |\n|---|---|---|\n| a | 1,200 | fast |\n| b | 30.5% | slow |\n\nAfter"_s);
        renderer.finish();
        QTextTable *table = firstTable(document);
        QVERIFY(table);
        QVERIFY(document.rootFrame()->childFrames().isEmpty()); // an object, not a frame of the answer
        QCOMPARE(table->format().border(), 1.0);
        QVERIFY(table->format().borderCollapse());
        QCOMPARE(table->cellAt(0, 0).firstCursorPosition().charFormat().fontWeight(), int(QFont::Bold));
        QVERIFY(table->cellAt(0, 1).format().background().style() != Qt::NoBrush);
        QCOMPARE(table->cellAt(1, 1).firstCursorPosition().blockFormat().alignment() & Qt::AlignHorizontal_Mask,
            Qt::AlignRight); // a numeric column
        QCOMPARE(table->cellAt(1, 2).firstCursorPosition().blockFormat().alignment() & Qt::AlignHorizontal_Mask,
            Qt::AlignLeft); // words stay left
        // The header follows its column.
        QCOMPARE(table->cellAt(0, 1).firstCursorPosition().blockFormat().alignment() & Qt::AlignHorizontal_Mask,
            Qt::AlignRight);

        // And the lines are drawn: a 1 px grid in the border colour, rows and columns
        // (a table format's border alone draws nothing when borders collapse).
        document.setTextWidth(400);
        QImage image(document.size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        document.drawContents(&painter);
        painter.end();
        const QRgb line = QColor(0xd0, 0xd7, 0xde).rgb();
        int fullRows = 0;
        int fullColumns = 0;
        for (int y = 0; y < image.height(); ++y) {
            int run = 0;
            for (int x = 0; x < image.width(); ++x) {
                run = image.pixel(x, y) == line ? run + 1 : 0;
                if (run >= 60) {
                    ++fullRows;
                    break;
                }
            }
        }
        for (int x = 0; x < image.width(); ++x) {
            int run = 0;
            for (int y = 0; y < image.height(); ++y) {
                run = image.pixel(x, y) == line ? run + 1 : 0;
                if (run >= 40) {
                    ++fullColumns;
                    break;
                }
            }
        }
        QVERIFY2(fullRows >= 4, qPrintable(QString::number(fullRows)));       // top, under the header, between, bottom
        QVERIFY2(fullColumns >= 4, qPrintable(QString::number(fullColumns))); // left, two between, right
    }

    void tablesAreFoundAtTheMargin()
    {
        const auto tables = [](const QString &markdown) {
            QStringList found;
            for (const MarkdownPart &part : splitTables(markdown)) {
                found << (part.table ? u"T:"_s : u"P:"_s) + part.text.trimmed();
            }
            return found;
        };
        QCOMPARE(tables(u"Before\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\nAfter"_s),
            QStringList({u"P:Before"_s, u"T:| a | b |\n|---|:-:|\n| 1 | 2 |"_s, u"P:After"_s}));
        // Without outer pipes; a paragraph line right before it; the rows end at a line without a pipe.
        QCOMPARE(tables(u"Text\na | b\n--- | ---\n1 | 2\nNot a row"_s),
            QStringList({u"P:Text"_s, u"T:a | b\n--- | ---\n1 | 2"_s, u"P:Not a row"_s}));
        // Not tables: cells that do not match, no delimiter row, an indented one (a list
        // item's: Qt's importer keeps it in the list), a heading, a quote, an escaped pipe.
        for (const QString &prose : {u"| a | b |\n|---|\n| 1 | 2 |"_s,
                 u"| a | b |\n| 1 | 2 |"_s,
                 u"1. Item\n   | a | b |\n   |---|---|"_s,
                 u"# a | b\n|---|---|"_s,
                 u"> a | b\n> |---|---|"_s,
                 u"a \\| b\n|---|---|"_s}) {
            QCOMPARE(tables(prose).size(), 1);
            QVERIFY2(tables(prose).constFirst().startsWith(u"P:"_s), qPrintable(prose));
        }
        QCOMPARE(splitTables(u"No pipes at all."_s).size(), 1);
    }

    // A table is an object of the answer with a document of its own: one wider than a
    // narrow pane scrolls by itself (wheel, Shift+wheel, drag), never the answer; its links
    // open; Copy gives its Markdown; streaming keeps no stale tables.
    void wideTablesScrollByThemselves()
    {
        AnswerView view;
        view.resize(330, 500);
        auto *document = new SafeTextDocument(&view);
        view.setDocument(document);
        MarkdownRenderer renderer(document);
        const QString table
            = u"| Model | Latency p50 | Latency p99 | Throughput | Cost per million | Notes |\n"
              "|---|---|---|---|---|---|\n"
              "| alpha-large-2025 | 1,200 ms | 4,800 ms | 95 tok/s | $15.00 | [docs](https://example.org/a) |\n"
              "| beta-mini | 300 ms | 900 ms | 240 tok/s | $0.60 | cheapest_of_all_the_models |\n"_s;
        const QString text = u"Before the table.\n\n"_s + table + u"\nAfter the table."_s;
        // Streamed in pieces: the tail's tables are replaced, none is left behind.
        for (qsizetype at = 7; at < text.size(); at += 7) {
            renderer.setText(text.first(at));
        }
        renderer.setText(text);
        renderer.finish();
        int objects = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            objects += TableObject::isTable(block.begin().fragment().charFormat()) ? 1 : 0;
        }
        QCOMPARE(objects, 1);
        QCOMPARE(TableObject::nextId(document), 1);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0); // the answer does not scroll sideways

        const int tableAt = int(document->toPlainText().indexOf(QChar::ObjectReplacementCharacter));
        QVERIFY(tableAt > 0);
        const QTextBlock block = document->findBlock(tableAt);
        TableObject::Table *wide = TableObject::table(document, block.begin().fragment().charFormat());
        QVERIFY(wide);
        QVERIFY2(wide->overflows(), qPrintable(u"%1 in %2"_s.arg(wide->natural).arg(wide->shown)));
        QVERIFY(wide->shown <= view.viewport()->width());
        const QRectF lines = document->documentLayout()->blockBoundingRect(block);
        const QPoint inside = QPointF(lines.left() + 40, lines.center().y()).toPoint();
        const AnswerView::TableHit hit = view.tableAt(inside);
        QCOMPARE(hit.id, 0);
        QVERIFY(view.tableAt(QPoint(5, 5)).id < 0); // the prose above is not the table

        // The wheel sideways pans the table: its pixels change, the answer stays put.
        const QImage before = view.viewport()->grab(hit.rect.toAlignedRect()).toImage();
        QWheelEvent sideways(inside,
            view.viewport()->mapToGlobal(inside),
            {},
            QPoint(-240, 0),
            Qt::NoButton,
            Qt::NoModifier,
            Qt::NoScrollPhase,
            false);
        QCoreApplication::sendEvent(view.viewport(), &sideways);
        QVERIFY(wide->offset > 0);
        QCOMPARE(view.horizontalScrollBar()->value(), 0);
        QCoreApplication::processEvents();
        QVERIFY(view.viewport()->grab(hit.rect.toAlignedRect()).toImage() != before);
        // Shift and the wheel pan it back; a drag pans it to the other end and no further.
        QWheelEvent back(inside,
            view.viewport()->mapToGlobal(inside),
            {},
            QPoint(0, 2400),
            Qt::NoButton,
            Qt::ShiftModifier,
            Qt::NoScrollPhase,
            false);
        QCoreApplication::sendEvent(view.viewport(), &back);
        QCOMPARE(wide->offset, 0.0);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, inside);
        QTest::mouseMove(view.viewport(), inside - QPoint(150, 0));
        QTest::mouseMove(view.viewport(), inside - QPoint(2000, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, inside - QPoint(2000, 0));
        QCOMPARE(wide->offset, wide->natural - wide->shown);
        // An ordinary wheel over it scrolls the answer, not the table.
        const qreal offset = wide->offset;
        QWheelEvent down(inside,
            view.viewport()->mapToGlobal(inside),
            {},
            QPoint(0, -120),
            Qt::NoButton,
            Qt::NoModifier,
            Qt::NoScrollPhase,
            false);
        QCoreApplication::sendEvent(view.viewport(), &down);
        QCOMPARE(wide->offset, offset);

        // The link in the table (its last column) opens on a click.
        view.verticalScrollBar()->setValue(0);
        TableObject::scrollBy(wide, 10000);
        QSignalSpy clicked(&view, &QTextBrowser::anchorClicked);
        QPoint link;
        for (int y = 1; y < int(wide->height) && link.isNull(); y += 2) {
            for (int x = 1; x < int(wide->shown) && link.isNull(); x += 2) {
                if (wide->document->documentLayout()->anchorAt(QPointF(x + wide->offset, y))
                    == "https://example.org/a"_L1) {
                    link = (hit.rect.topLeft() + QPointF(x, y)).toPoint();
                }
            }
        }
        QVERIFY(!link.isNull());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, link);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.constFirst().constFirst().toUrl(), QUrl(u"https://example.org/a"_s));

        // Copying the whole answer gives the table's Markdown between the prose.
        view.selectAll();
        view.copy();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(
            copied.contains(u"Before the table.\n"_s + table.trimmed() + u"\nAfter the table."_s), qPrintable(copied));

        // A narrow table takes only its own width and does not scroll.
        renderer.setText(u"| a | b |\n|---|---|\n| 1 | 2 |"_s);
        renderer.finish();
        QCoreApplication::processEvents();
        const TableObject::Table *narrow
            = TableObject::table(document, document->firstBlock().begin().fragment().charFormat());
        QVERIFY(narrow);
        QVERIFY(!narrow->overflows());
        QVERIFY(narrow->shown < 200);
        QCOMPARE(TableObject::nextId(document), 1); // the earlier answer's table is gone

        // A table whose long cells wrap to the pane fills it and does not scroll either (Qt's
        // collapsed borders ended a pixel or two past the width: a bar for nothing).
        renderer.setText(u"| Algorithm | Best | Worst | Notes |\n|---|---|---|---|\n"
                         "| Quicksort | n log n | n² | fastest in practice on arrays, by a long way |\n"
                         "| Mergesort | n log n | n log n | good for linked lists and external sorting |"_s);
        renderer.finish();
        QCoreApplication::processEvents();
        const TableObject::Table *filling
            = TableObject::table(document, document->firstBlock().begin().fragment().charFormat());
        QVERIFY(filling);
        QVERIFY2(!filling->overflows(), qPrintable(u"%1 in %2"_s.arg(filling->natural).arg(filling->shown)));
        QVERIFY(filling->shown > 250); // it did need the pane's width
    }

    void wordDiffMarksChangedWords()
    {
        const QList<DiffPiece> pieces = wordDiff(u"The quick brown fox jumps."_s, u"The slow brown fox leaps!"_s);
        QString removed;
        QString added;
        QString same;
        for (const DiffPiece &p : pieces) {
            (p.kind == DiffPiece::Kind::Removed ? removed : p.kind == DiffPiece::Kind::Added ? added : same) += p.text;
        }
        QCOMPARE(removed, u"quickjumps."_s);
        QCOMPARE(added, u"slowleaps!"_s);
        QCOMPARE(same, u"The  brown fox "_s);
        QVERIFY(wordDiff(u"same"_s, u"same"_s).size() == 1);
        QVERIFY(wordDiff(QString(), u"new"_s).constFirst().kind == DiffPiece::Kind::Added);
    }
};

QTEST_MAIN(TestMarkdown)
#include "test_markdown.moc"
