// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>

#include <QColor>
#include <QObject>
#include <QTextObjectInterface>

#include "documents/mathspans.h"

class QTextCursor;
class QTextDocument;

namespace Quorum
{

struct MathSvg;

/*!
 * A formula inside a QTextDocument: one object character whose format carries the TeX and
 * MathJax's SVG, drawn by QSvgRenderer at paint time, so it stays vector at every zoom, on
 * HiDPI screens and in a PDF. Its baseline sits on the line's; a display formula wider than
 * the text shrinks to fit it. The SVG's currentColor is the format's foreground.
 */
class MathObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 17;
    enum Property : int {
        TexProperty = QTextFormat::UserProperty + 170,
        DisplayProperty,
        SvgProperty,
        WidthProperty,
        HeightProperty,
        DepthProperty,
    };

    //! Lets \a document's layout draw formulas (call again when the layout is replaced).
    static void install(QTextDocument *document);
    //! The format of \a svg (the formula \a tex) as an object character in \a colour.
    static QTextCharFormat format(
        const MathSvg &svg, const QString &tex, bool display, const QColor &colour, QTextCharFormat base = {});
    static bool isMath(const QTextFormat &format) { return format.objectType() == objectType; }
    //! A formula's TeX with its delimiters ("$x^2$", "$$\sum_i i$$"): what it copies as.
    static QString source(const QTextFormat &format);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter,
        const QRectF &rect,
        QTextDocument *document,
        int position,
        const QTextFormat &format) override;

private:
    using QObject::QObject;
};

/*!
 * Replaces the math placeholders (protectMath()) in \a document from \a from on with the
 * formulas of \a spans, in \a colour: each drawn by MathJax, or, when it cannot be, its source
 * with a red wavy underline and the reason as its tooltip (never an empty box). A display
 * formula alone in its paragraph is centred. Returns how many were drawn.
 */
int insertMath(QTextDocument *document, int from, const QList<MathSpan> &spans, const QColor &colour);

//! A formula as an <img> for QTextDocument's HTML, made a formula by replaceMathImages().
QString mathImageHtml(const QString &tex, bool display);
/*!
 * Turns the mathImageHtml() images of \a document into formulas in \a colour (a document
 * made from HTML: a PDF export); returns how many. One that cannot be drawn becomes its source.
 */
int replaceMathImages(QTextDocument *document, const QColor &colour);

/*!
 * The text of \a selection with each formula as its TeX source (what Copy puts on the
 * clipboard), and each other object as \a objectText gives it (if given).
 */
QString plainTextWithMath(
    const QTextCursor &selection, const std::function<QString(const QTextFormat &)> &objectText = {});

} // namespace Quorum
