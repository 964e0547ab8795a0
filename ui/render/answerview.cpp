// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "render/answerview.h"

#include <QAbstractTextDocumentLayout>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QWheelEvent>

#include "documents/mathobject.h"
#include "render/markdownrenderer.h"
#include "render/tableobject.h"

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
    const QTextDocument *doc = document();
    data->setText(plainTextWithMath(selection, [doc](const QTextFormat &format) {
        const TableObject::Table *table = TableObject::table(doc, format);
        return table ? table->markdown : QString(QChar::ObjectReplacementCharacter);
    }));
    return data;
}

AnswerView::TableHit AnswerView::tableAt(QPointF viewportPoint) const
{
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const QPointF point = viewportPoint + offset;
    QTextDocument *doc = document();
    const int position = doc->documentLayout()->hitTest(point, Qt::FuzzyHit);
    const QTextBlock block = doc->findBlock(std::max(0, position));
    // A table is alone in its block.
    if (!block.isValid() || block.length() != 2 || !block.layout() || block.layout()->lineCount() == 0) {
        return {};
    }
    const QTextCharFormat format = block.begin().fragment().charFormat();
    const TableObject::Table *table = TableObject::table(doc, format);
    if (!table) {
        return {};
    }
    const QTextLine line = block.layout()->lineAt(0);
    const QPointF origin = block.layout()->position() + QPointF(line.x(), line.y());
    const qreal baseline = origin.y() + line.ascent();
    const qreal height = table->height + (table->overflows() ? TableObject::barHeight : 0);
    const QRectF rect(origin.x(), baseline - height, table->shown, height);
    if (!rect.contains(point)) {
        return {};
    }
    return {format.intProperty(TableObject::idProperty), rect.translated(-offset), baseline - offset.y()};
}

QString AnswerView::tableAnchorAt(const TableHit &hit, QPointF viewportPoint) const
{
    const TableObject::Table *table = TableObject::table(document(), hit.id);
    if (!table) {
        return {};
    }
    const QPointF inTable = viewportPoint - hit.rect.topLeft() + QPointF(table->offset, 0);
    return table->document->documentLayout()->anchorAt(inTable);
}

void AnswerView::wheelEvent(QWheelEvent *event)
{
    const TableHit hit = tableAt(event->position());
    if (TableObject::Table *table = TableObject::table(document(), hit.id); table && table->overflows()) {
        // A touchpad's pixels, else the wheel's eighths of a degree (a notch: 60 px).
        const bool pixels = !event->pixelDelta().isNull();
        const QPointF delta = pixels ? QPointF(event->pixelDelta()) : QPointF(event->angleDelta()) / 2.0;
        qreal dx = delta.x();
        if (dx == 0 && (event->modifiers() & Qt::ShiftModifier)) {
            dx = delta.y();
        }
        if (dx != 0) {
            if (TableObject::scrollBy(table, -dx)) {
                viewport()->update();
            }
            event->accept();
            return;
        }
    }
    QTextBrowser::wheelEvent(event);
}

void AnswerView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const TableHit hit = tableAt(event->position()); hit.id >= 0) {
            // On a table a drag pans it (its text is not selectable on its own).
            m_pan = {hit.id, event->position().x(), 0, event->position()};
            event->accept();
            return;
        }
    }
    QTextBrowser::mousePressEvent(event);
}

void AnswerView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pan.id >= 0) {
        TableObject::Table *table = TableObject::table(document(), m_pan.id);
        if (!table) {
            m_pan = {}; // the table was rendered again meanwhile
        } else {
            const qreal dx = event->position().x() - m_pan.lastX;
            m_pan.lastX = event->position().x();
            m_pan.travelled += std::abs(dx);
            if (TableObject::scrollBy(table, -dx)) {
                viewport()->update();
            }
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        event->accept();
        return;
    }
    QTextBrowser::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton) {
        if (const TableHit hit = tableAt(event->position()); hit.id >= 0) {
            const TableObject::Table *table = TableObject::table(document(), hit.id);
            viewport()->setCursor(!tableAnchorAt(hit, event->position()).isEmpty() ? Qt::PointingHandCursor
                    : table && table->overflows()                                  ? Qt::OpenHandCursor
                                                                                   : Qt::ArrowCursor);
        }
    }
}

void AnswerView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pan.id >= 0 && event->button() == Qt::LeftButton) {
        const Pan pan = std::exchange(m_pan, {});
        if (pan.travelled < 4) {
            // A click, not a drag: a link in the table opens as one in the text does.
            const TableHit hit = tableAt(pan.pressedAt);
            if (const QString anchor = tableAnchorAt(hit, pan.pressedAt); hit.id == pan.id && !anchor.isEmpty()) {
                Q_EMIT anchorClicked(QUrl(anchor));
            }
        }
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QTextBrowser::mouseReleaseEvent(event);
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
