// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// TeX math: where it is found in Markdown (Pandoc's rules: money stays money), how MathJax
// draws it (fifty formulas of the kinds models write; hostile ones end in an error, fast),
// and the formula as an object in a QTextDocument: drawn, vector, copied as its source.

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include "buildpaths.h"
#include "documents/mathjax.h"
#include "documents/mathobject.h"
#include "documents/mathspans.h"

using namespace Qt::Literals::StringLiterals;
using namespace Quorum;

namespace
{

//! "tex" for inline math, "[tex]" for display math, joined by " | ".
QString found(const QString &markdown)
{
    QStringList parts;
    for (const MathSpan &span : findMath(markdown)) {
        parts.append(span.display ? u"["_s + span.tex + u"]"_s : span.tex);
    }
    return parts.join(u" | "_s);
}

//! How many pixels of \a image differ from its top-left pixel.
int inkedPixels(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            count += image.pixel(x, y) != background ? 1 : 0;
        }
    }
    return count;
}

QImage draw(QTextDocument &document, qreal scale = 1)
{
    document.setTextWidth(400);
    QImage image((document.size() * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    document.drawContents(&painter);
    painter.end();
    return image;
}

} // namespace

class TestMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsMathByPandocsRules_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("inline") << u"The sum $\\sum_{i=1}^n i$ holds."_s << u"\\sum_{i=1}^n i"_s;
        QTest::newRow("two inline") << u"a $x$, b $y$."_s << u"x | y"_s;
        QTest::newRow("money") << u"$20,000 and $30,000"_s << QString();
        QTest::newRow("prices") << u"It costs $5 and $10."_s << QString();
        QTest::newRow("slash") << u"between $5/$10 a month"_s << QString();
        QTest::newRow("cents") << u"Price: $3.50, or $4 with tax"_s << QString();
        QTest::newRow("space after opening") << u"$ x$"_s << QString();
        QTest::newRow("space before closing") << u"$x $"_s << QString();
        QTest::newRow("digit after closing") << u"$x$5"_s << QString();
        QTest::newRow("escaped") << u"\\$x\\$"_s << QString();
        QTest::newRow("escaped dollar in math") << u"$\\$100$"_s << u"\\$100"_s;
        QTest::newRow("code span") << u"`$x$` and $y$"_s << u"y"_s;
        QTest::newRow("double code span") << u"``a ` $x$ `` then"_s << QString();
        QTest::newRow("unclosed code span") << u"a ` b $x$"_s << u"x"_s;
        QTest::newRow("fence") << u"```\n$x$\n```\nthen $y$"_s << u"y"_s;
        QTest::newRow("tilde fence") << u"~~~tex\n$$x$$\n~~~\n$z$"_s << u"z"_s;
        QTest::newRow("display") << u"$$\n\\int_0^1 x\\,dx\n$$"_s << u"[\\int_0^1 x\\,dx]"_s;
        QTest::newRow("display and inline") << u"$$x$$ and $y$"_s << u"[x] | y"_s;
        QTest::newRow("brackets") << u"\\[ a^2 + b^2 = c^2 \\]"_s << u"[a^2 + b^2 = c^2]"_s;
        QTest::newRow("parentheses") << u"so \\(x_1\\) is"_s << u"x_1"_s;
        QTest::newRow("blank line in display") << u"$$a\n\nb$$"_s << QString();
        QTest::newRow("blank line in inline") << u"$a\n\nb$"_s << QString();
        QTest::newRow("line break in inline") << u"$a +\nb$"_s << u"a +\nb"_s;
        QTest::newRow("empty display") << u"$$ $$"_s << QString();
        QTest::newRow("unclosed") << u"$x and nothing else"_s << QString();
        QTest::newRow("shell variable") << u"run `echo $HOME` and $PATH"_s << QString();
    }

    void findsMathByPandocsRules()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        QCOMPARE(found(markdown), expected);
    }

    void placeholdersCannotBeForged()
    {
        const QString forged = QChar(mathPlaceholderOpen) + u"0"_s + QChar(mathPlaceholderClose);
        const ProtectedMath math = protectMath(forged + u" and $x^2$"_s);
        QCOMPARE(math.spans.size(), 1);
        QCOMPARE(math.spans[0].tex, u"x^2"_s);
        // The forged one is no placeholder any more; the real one is.
        QCOMPARE(math.markdown.count(QChar(mathPlaceholderOpen)), 1);
        qsizetype length = 0;
        QCOMPARE(mathPlaceholderAt(math.markdown, math.markdown.indexOf(QChar(mathPlaceholderOpen)), &length), 0);
        QCOMPARE(length, 3);
        QVERIFY(math.markdown.startsWith(QChar::ReplacementCharacter));
    }

    void drawsFiftyFormulas()
    {
        QFile file(Quorum::Testing::buildPath(QUORUM_SOURCE_DIR "/tests/data/math/formulas.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList formulas;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (!line.isEmpty() && !line.startsWith(u'#')) {
                formulas.append(line);
            }
        }
        QCOMPARE(formulas.size(), 50);
        MathJax &mathJax = MathJax::forThisThread();
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(mathJax.load(), qPrintable(mathJax.loadError()));
        const qint64 loadMs = timer.restart();
        for (const QString &tex : std::as_const(formulas)) {
            for (const bool display : {true, false}) {
                const auto svg = mathJax.toSvg(tex, display);
                QVERIFY2(svg.has_value(), qPrintable(tex + u": "_s + (svg ? QString() : svg.error())));
                QVERIFY(svg->widthEx > 0.5);
                QVERIFY(svg->heightEx > 0.5);
                QVERIFY(svg->svg.contains("currentColor"));
                QSvgRenderer renderer(svg->svg);
                QVERIFY2(renderer.isValid(), qPrintable(tex));
                QImage image(QSize(qCeil(svg->widthEx * 8), qCeil(svg->heightEx * 8)), QImage::Format_RGB32);
                image.fill(Qt::white);
                QPainter painter(&image);
                renderer.render(&painter);
                painter.end();
                QVERIFY2(inkedPixels(image) > 10, qPrintable(tex));
                if (!qEnvironmentVariableIsEmpty("QUORUM_MATH_PNG_DIR") && display) {
                    image.save(
                        qEnvironmentVariable("QUORUM_MATH_PNG_DIR") + u"/formula-%1.png"_s.arg(formulas.indexOf(tex)));
                }
            }
        }
        qInfo("MathJax loaded in %lld ms; 100 formulas drawn in %lld ms", loadMs, timer.elapsed());
        // The second time comes from the cache.
        const int conversions = mathJax.conversions();
        QVERIFY(mathJax.toSvg(formulas.first(), true).has_value());
        QCOMPARE(mathJax.conversions(), conversions);
    }

    void hostileFormulasEndInAnError_data()
    {
        QTest::addColumn<QString>("tex");
        QTest::newRow("unclosed brace") << u"\\frac{1}{"_s;
        QTest::newRow("unknown macro") << u"\\undefinedmacro x"_s;
        QTest::newRow("href is not loaded") << u"\\href{https://example.com}{x}"_s;
        QTest::newRow("style is not loaded") << u"\\style{color:red}{x}"_s;
        QTest::newRow("too long") << QString(MathJax::maximumLength + 1, u'x');
        QTest::newRow("self-recursive macro") << u"\\def\\a{\\a}\\a"_s;
        QTest::newRow("exponential macro") << u"\\newcommand{\\x}{\\x\\x}\\x"_s;
        QTest::newRow("deep nesting") << QString(5000, u'{') + u"x"_s + QString(5000, u'}');
        QTest::newRow("huge matrix") << u"\\begin{matrix}"_s + QString(4000, u'&') + u"\\end{matrix}"_s;
    }

    void hostileFormulasEndInAnError()
    {
        QFETCH(QString, tex);
        MathJax &mathJax = MathJax::forThisThread();
        QElapsedTimer timer;
        timer.start();
        const auto svg = mathJax.toSvg(tex, true);
        const qint64 ms = timer.elapsed();
        // A huge matrix may draw; what matters is that it ends, and soon.
        if (QByteArray(QTest::currentDataTag()) != "huge matrix") {
            QVERIFY2(!svg.has_value(), QTest::currentDataTag());
            QVERIFY(!svg.error().isEmpty());
            qInfo("%s: %s (%lld ms)", QTest::currentDataTag(), qPrintable(svg.error().left(100)), ms);
        }
        QVERIFY2(ms < 5 * MathJax::timeLimitMs, qPrintable(QString::number(ms)));
        // MathJax still draws after it.
        QVERIFY(mathJax.toSvg(u"x^2"_s, false).has_value());
    }

    // A formula in a document: one object character, drawn (ink where it is), sized from
    // the text's x-height, vector (twice the scale, twice the ink's extent), copied as TeX.
    void formulasAreObjectsOfTheirDocument()
    {
        const QString markdown = u"Euler: $e^{i\\pi} + 1 = 0$ and a *bad* one $\\frac{1}{$.\n\n"
                                 "$$\n\\sum_{i=1}^n i = \\frac{n(n+1)}{2}\n$$\n\nThe end costs $5 and $10."_s;
        const ProtectedMath math = protectMath(markdown);
        QCOMPARE(math.spans.size(), 3);
        QTextDocument document;
        MathObject::install(&document);
        QTextCursor cursor(&document);
        cursor.insertFragment(QTextDocumentFragment::fromMarkdown(math.markdown));
        QCOMPARE(insertMath(&document, 0, math.spans, Qt::black), 2);

        const QString plain = document.toPlainText();
        QCOMPARE(plain.count(QChar::ObjectReplacementCharacter), 2);
        QVERIFY(!plain.contains(QChar(mathPlaceholderOpen)));
        // The formula that does not parse shows as its source, marked, with the reason.
        const int bad = int(plain.indexOf(u"$\\frac{1}{$"_s));
        QVERIFY2(bad >= 0, qPrintable(plain));
        QTextCursor at(&document);
        at.setPosition(bad + 2);
        QCOMPARE(at.charFormat().underlineStyle(), QTextCharFormat::WaveUnderline);
        QVERIFY(at.charFormat().toolTip().contains(u"brace"_s, Qt::CaseInsensitive));
        QVERIFY(plain.endsWith(u"The end costs $5 and $10."_s));
        // The display formula is centred, alone in its paragraph.
        const QTextBlock display = document.findBlock(int(plain.lastIndexOf(QChar::ObjectReplacementCharacter)));
        QCOMPARE(display.blockFormat().alignment() & Qt::AlignHorizontal_Mask, Qt::AlignHCenter);

        // Copy gives the source back.
        QTextCursor all(&document);
        all.select(QTextCursor::Document);
        const QString copied = plainTextWithMath(all);
        QVERIFY2(copied.contains(u"Euler: $e^{i\\pi} + 1 = 0$ and"_s), qPrintable(copied));
        QVERIFY(copied.contains(u"$$\\sum_{i=1}^n i = \\frac{n(n+1)}{2}$$"_s));

        // Drawn, and in vector: at twice the scale the ink covers about four times the area (less
        // the edges' antialiasing).
        QTextDocument onlyMath;
        MathObject::install(&onlyMath);
        const ProtectedMath one = protectMath(u"$$\\int_0^1 x^2\\,dx$$"_s);
        QTextCursor(&onlyMath).insertFragment(QTextDocumentFragment::fromMarkdown(one.markdown));
        QCOMPARE(insertMath(&onlyMath, 0, one.spans, Qt::black), 1);
        const int ink = inkedPixels(draw(onlyMath));
        const int ink2 = inkedPixels(draw(onlyMath, 2));
        QVERIFY2(ink > 50, qPrintable(QString::number(ink)));
        QVERIFY2(ink2 > 2.5 * ink && ink2 < 5 * ink, qPrintable(u"%1 vs %2"_s.arg(ink).arg(ink2)));
        // Its height follows the text's x-height: a larger font, a larger formula.
        const qreal height = onlyMath.size().height();
        QFont big = onlyMath.defaultFont();
        big.setPointSizeF(big.pointSizeF() * 2);
        QTextDocument larger;
        larger.setDefaultFont(big);
        MathObject::install(&larger);
        QTextCursor(&larger).insertFragment(QTextDocumentFragment::fromMarkdown(one.markdown));
        insertMath(&larger, 0, one.spans, Qt::black);
        larger.setTextWidth(400);
        QVERIFY2(
            larger.size().height() > 1.6 * height, qPrintable(u"%1 vs %2"_s.arg(larger.size().height()).arg(height)));
    }

    // The SVG follows the colour it is given (the theme's text colour).
    void formulasTakeTheTextColour()
    {
        const ProtectedMath math = protectMath(u"$x^2 + y^2$"_s);
        QTextDocument document;
        MathObject::install(&document);
        QTextCursor(&document).insertFragment(QTextDocumentFragment::fromMarkdown(math.markdown));
        insertMath(&document, 0, math.spans, QColor(0xff, 0, 0));
        const QImage image = draw(document);
        int red = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red += (c.red() > 200 && c.green() < 80 && c.blue() < 80) ? 1 : 0;
            }
        }
        QVERIFY2(red > 20, qPrintable(QString::number(red)));
    }
};

QTEST_MAIN(TestMath)
#include "test_math.moc"
