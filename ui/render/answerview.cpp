// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "render/answerview.h"

#include <QAbstractTextDocumentLayout>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>

#include "documents/mathobject.h"
#include "render/markdownrenderer.h"

namespace Quorum
{

QMimeData *AnswerView::createMimeDataFromSelection() const
{
    const QTextCursor selection = textCursor();
    if (!selection.selectedText().contains(QChar::ObjectReplacementCharacter)) {
        return QTextBrowser::createMimeDataFromSelection();
    }
    // With a formula in it, plain text only (a fresh QMimeData: QTextEdit's own fills in its
    // text from the selection when first read): in an HTML or ODF copy the formula would be an
    // empty object where it is pasted.
    auto *data = new QMimeData;
    data->setText(plainTextWithMath(selection));
    return data;
}

void AnswerView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    m_borders.clear();
    QTextDocument *doc = document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QRectF visible(offset, viewport()->size());
    // The first visible block, then back to the header of the code block it may be in.
    const int first = layout->hitTest(visible.topLeft(), Qt::FuzzyHit);
    QTextBlock block = doc->findBlock(qMax(0, first));
    while (block.isValid() && block.blockFormat().hasProperty(MarkdownRenderer::codeLineProperty)
        && !block.blockFormat().hasProperty(MarkdownRenderer::codeHeaderProperty) && block.previous().isValid()) {
        block = block.previous();
    }
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    QRectF run;
    QColor colour;
    const auto drawRun = [&] {
        if (run.isValid()) {
            QRectF box = run.translated(-offset);
            box.adjust(0.5, 0.5, -0.5, -0.5);
            painter.setPen(QPen(colour, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(box, 3, 3);
            m_borders.append(box);
        }
        run = QRectF();
    };
    for (; block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const QRectF rect = layout->blockBoundingRect(block);
        if (format.hasProperty(MarkdownRenderer::codeHeaderProperty)) {
            drawRun();
        }
        if (format.hasProperty(MarkdownRenderer::codeLineProperty)) {
            // Without the block's margins, as Qt fills its background; to its right margin.
            const QRectF inner = rect.adjusted(0, 0, format.rightMargin(), 0);
            run = run.isValid() ? run.united(inner) : inner;
            colour = format.property(MarkdownRenderer::codeBorderProperty).value<QColor>();
        } else {
            drawRun();
        }
        if (rect.top() > visible.bottom()) {
            break; // a run cut off here is drawn below, as far as it shows
        }
    }
    drawRun();
}

} // namespace Quorum
