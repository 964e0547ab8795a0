// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "documents/mathobject.h"

#include <QAbstractTextDocumentLayout>
#include <QCache>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QUrl>

#include "documents/mathjax.h"

using namespace Qt::Literals::StringLiterals;

namespace Quorum
{

namespace
{

//! Where a formula goes on its line: its size, and where its own baseline is in it.
struct Placement {
    double width = 0;
    double ascent = 0;  //!< the SVG's part above its baseline
    double descent = 0; //!< ... and below it
    double lineAscent = 0;
    double lineDescent = 0;
};

/*!
 * QTextDocumentLayout sets an inline object's baseline in one of two ways only: at its
 * bottom, or (AlignMiddle) with ascent - descent = half the font's x-height. A formula reaches
 * below the baseline by its own depth, so the object is made tall enough for both, and the SVG
 * is drawn where its baseline falls on the line's.
 */
Placement place(QTextDocument *document, const QTextFormat &format)
{
    const QFont font = format.toCharFormat().font();
    const double ex = QFontMetricsF(font).xHeight();
    double scale = 1;
    const double width = format.doubleProperty(MathObject::WidthProperty) * ex;
    if (format.boolProperty(MathObject::DisplayProperty) && document && document->textWidth() > 0) {
        const double available = document->textWidth() - 2 * document->documentMargin() - 8;
        if (available > 0 && width > available) {
            scale = std::max(0.4, available / width);
        }
    }
    Placement placement;
    placement.width = width * scale;
    const double height = format.doubleProperty(MathObject::HeightProperty) * ex * scale;
    placement.descent = format.doubleProperty(MathObject::DepthProperty) * ex * scale;
    placement.ascent = height - placement.descent;
    const double halfX = QFontMetrics(font).xHeight() / 2.0; // as QTextDocumentLayout has it
    placement.lineDescent = std::max(placement.descent, placement.ascent - halfX);
    placement.lineAscent = placement.lineDescent + halfX;
    return placement;
}

//! A parsed SVG per formula and colour (parsing one costs more than drawing it).
QSvgRenderer *renderer(const QByteArray &svg, const QColor &colour)
{
    static thread_local QCache<QByteArray, QSvgRenderer> cache(400);
    const QByteArray name = colour.name(QColor::HexRgb).toLatin1();
    const QByteArray key = name + svg;
    if (QSvgRenderer *found = cache.object(key)) {
        return found;
    }
    QByteArray coloured = svg;
    coloured.replace("currentColor", name);
    auto *created = new QSvgRenderer(coloured);
    cache.insert(key, created);
    return created;
}

} // namespace

void MathObject::install(QTextDocument *document)
{
    // One handler for every document of the thread; a layout keeps it in a QPointer.
    static thread_local MathObject handler;
    document->documentLayout()->registerHandler(objectType, &handler);
}

QTextCharFormat MathObject::format(
    const MathSvg &svg, const QString &tex, bool display, const QColor &colour, QTextCharFormat base)
{
    base.setObjectType(objectType);
    base.setProperty(TexProperty, tex);
    base.setProperty(DisplayProperty, display);
    base.setProperty(SvgProperty, svg.svg);
    base.setProperty(WidthProperty, svg.widthEx);
    base.setProperty(HeightProperty, svg.heightEx);
    base.setProperty(DepthProperty, svg.depthEx);
    base.setForeground(colour);
    base.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    base.setToolTip(delimitedTex(tex, display));
    base.setAnchor(false);
    return base;
}

QString MathObject::source(const QTextFormat &format)
{
    return delimitedTex(format.stringProperty(TexProperty), format.boolProperty(DisplayProperty));
}

QSizeF MathObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const Placement placement = place(document, format);
    return {placement.width, placement.lineAscent + placement.lineDescent};
}

void MathObject::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *document, int, const QTextFormat &format)
{
    const Placement placement = place(document, format);
    const QColor colour = format.toCharFormat().foreground().color();
    QSvgRenderer *svg = renderer(format.property(SvgProperty).toByteArray(), colour);
    const QRectF target(rect.left(),
        rect.top() + placement.lineAscent - placement.ascent,
        placement.width,
        placement.ascent + placement.descent);
    svg->render(painter, target);
}

int insertMath(QTextDocument *document, int from, const QList<MathSpan> &spans, const QColor &colour)
{
    int drawn = 0;
    int position = from;
    MathJax &mathJax = MathJax::forThisThread();
    while (true) {
        const QTextCursor found = document->find(QString(QChar(mathPlaceholderOpen)), position);
        if (found.isNull()) {
            break;
        }
        const int start = found.selectionStart();
        const QTextBlock block = found.block();
        qsizetype length = 0;
        const qsizetype index = mathPlaceholderAt(block.text(), start - block.position(), &length);
        if (index < 0 || index >= spans.size()) {
            position = start + 1;
            continue;
        }
        const MathSpan &span = spans[index];
        QTextCursor cursor(document);
        cursor.setPosition(start + 1);
        QTextCharFormat base = cursor.charFormat(); // the placeholder's (bold, in a heading ...)
        base.setFont(base.font().resolve(document->defaultFont()));
        cursor.setPosition(start);
        cursor.setPosition(start + int(length), QTextCursor::KeepAnchor);
        if (const auto svg = mathJax.toSvg(span.tex, span.display)) {
            cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                MathObject::format(*svg, span.tex, span.display, colour, base));
            ++drawn;
            if (span.display && cursor.block().length() == 2) {
                QTextBlockFormat centred;
                centred.setAlignment(Qt::AlignHCenter);
                cursor.mergeBlockFormat(centred);
            }
        } else {
            QTextCharFormat marked = base;
            marked.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            marked.setUnderlineColor(QColor(0xd0, 0x3a, 0x3a));
            marked.setToolTip(QCoreApplication::translate("Quorum::MathObject", "This formula could not be drawn: %1")
                    .arg(svg.error()));
            cursor.insertText(delimitedTex(span.tex, span.display), marked);
        }
        position = cursor.position();
    }
    return drawn;
}

namespace
{
constexpr auto mathImageScheme = "quorum-math:";
} // namespace

QString mathImageHtml(const QString &tex, bool display)
{
    // The TeX in the name, percent-encoded: nothing in it can end the attribute.
    const QString name = QString::fromLatin1(mathImageScheme) + (display ? u"d:"_s : u"i:"_s)
        + QString::fromLatin1(QUrl::toPercentEncoding(tex));
    return u"<img src=\"%1\">"_s.arg(name);
}

int replaceMathImages(QTextDocument *document, const QColor &colour)
{
    MathObject::install(document);
    struct Found {
        int position;
        QString tex;
        bool display;
        QTextCharFormat format;
    };
    QList<Found> found;
    const QString scheme = QString::fromLatin1(mathImageScheme);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.isImageFormat()) {
                continue;
            }
            const QString name = format.toImageFormat().name();
            if (!name.startsWith(scheme) || name.size() < scheme.size() + 2) {
                continue;
            }
            const bool display = name.at(scheme.size()) == u'd';
            const QString tex = QUrl::fromPercentEncoding(name.sliced(scheme.size() + 2).toLatin1());
            for (int i = 0; i < fragment.length(); ++i) {
                found.append({fragment.position() + i, tex, display, format});
            }
        }
    }
    int drawn = 0;
    MathJax &mathJax = MathJax::forThisThread();
    // From the end: a formula that becomes its source changes the positions after it.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        QTextCursor cursor(document);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + 1, QTextCursor::KeepAnchor);
        QTextCharFormat base;
        base.setFont(it->format.font().resolve(document->defaultFont()));
        if (const auto svg = mathJax.toSvg(it->tex, it->display)) {
            cursor.insertText(QString(QChar::ObjectReplacementCharacter),
                MathObject::format(*svg, it->tex, it->display, colour, base));
            ++drawn;
        } else {
            cursor.insertText(delimitedTex(it->tex, it->display), base);
        }
    }
    return drawn;
}

QString plainTextWithMath(const QTextCursor &selection, const std::function<QString(const QTextFormat &)> &objectText)
{
    QString text = selection.selection().toPlainText();
    if (!text.contains(QChar::ObjectReplacementCharacter)) {
        return text;
    }
    // The objects in the selection, in order, each one's text: a formula's source, another's
    // as objectText has it, else as is.
    QStringList objects;
    const QTextDocument *document = selection.document();
    const int start = selection.selectionStart();
    const int end = selection.selectionEnd();
    for (QTextBlock block = document->findBlock(start); block.isValid() && block.position() < end;
        block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int from = std::max(start, fragment.position());
            const int to = std::min(end, fragment.position() + fragment.length());
            const QString fragmentText = fragment.text();
            for (int at = from; at < to; ++at) {
                if (fragmentText.at(at - fragment.position()) == QChar::ObjectReplacementCharacter) {
                    const QTextCharFormat format = fragment.charFormat();
                    objects.append(MathObject::isMath(format) ? MathObject::source(format)
                            : objectText                      ? objectText(format)
                                                              : QString(QChar::ObjectReplacementCharacter));
                }
            }
        }
    }
    if (objects.size() != text.count(QChar::ObjectReplacementCharacter)) {
        return text;
    }
    QString result;
    result.reserve(text.size());
    qsizetype next = 0;
    for (const QChar c : std::as_const(text)) {
        if (c == QChar::ObjectReplacementCharacter) {
            result += objects[next++];
        } else {
            result += c;
        }
    }
    return result;
}

} // namespace Quorum
