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
 */
class AnswerView final : public QTextBrowser
{
    Q_OBJECT

public:
    using QTextBrowser::QTextBrowser;

    //! The code blocks' borders drawn at the last paint, in viewport coordinates (for tests).
    QList<QRectF> codeBorders() const { return m_borders; }

protected:
    QMimeData *createMimeDataFromSelection() const override;
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QRectF> m_borders;
};

} // namespace Quorum
