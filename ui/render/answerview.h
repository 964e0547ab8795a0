// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QTextBrowser>

namespace Quorum
{

/*!
 * The view of a rendered answer: a QTextBrowser whose Copy (and drag) gives each formula
 * as its TeX source between its delimiters, where a plain QTextBrowser would give an object
 * character, and which draws a 1 px border around each code block (MarkdownRenderer marks
 * their blocks): a QTextBlockFormat has no border, and a QTextFrame per code block would
 * make every edit of a long answer rescan more frames. Only the visible blocks are looked at.
 *
 * Tables are objects (TableObject): one wider than the pane pans by itself, with a
 * horizontal wheel, Shift and the wheel, or by dragging it; its links open on a click, and a
 * selection holding it copies its Markdown.
 */
class AnswerView final : public QTextBrowser
{
    Q_OBJECT

public:
    using QTextBrowser::QTextBrowser;

    //! The code blocks' borders drawn at the last paint, in viewport coordinates (for tests).
    QList<QRectF> codeBorders() const { return m_borders; }

    //! A table object under a point of the viewport.
    struct TableHit {
        int id = -1; //!< -1: none
        QRectF rect; //!< the object, in viewport coordinates
        qreal baseline = 0;
    };
    TableHit tableAt(QPointF viewportPoint) const;

protected:
    QMimeData *createMimeDataFromSelection() const override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    //! The link under \a viewportPoint in the table \a hit (empty: none).
    QString tableAnchorAt(const TableHit &hit, QPointF viewportPoint) const;

    QList<QRectF> m_borders;
    struct Pan {
        int id = -1;
        qreal lastX = 0;
        qreal travelled = 0;
        QPointF pressedAt;
    } m_pan;
};

} // namespace Quorum
