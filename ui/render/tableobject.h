// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>

#include <QColor>
#include <QObject>
#include <QTextObjectInterface>

class QTextCursor;
class QTextDocument;

namespace Quorum
{

//! One stretch of an answer's Markdown: prose, or a whole GitHub table.
struct MarkdownPart {
    QString text;
    bool table = false;
};

/*!
 * Splits \a markdown into prose and the GitHub tables that start at the margin (a header
 * row, a delimiter row with as many cells, then the rows up to a blank line or a line
 * without a pipe). An indented table (in a list item, say) stays in the prose.
 */
QList<MarkdownPart> splitTables(const QString &markdown);

/*!
 * A Markdown table inside an answer: one object character in the answer's document, the
 * table laid out in a small document of its own and drawn there at paint time.
 *
 * Why not Qt's own table (a QTextTable frame in the answer's document)? Qt rescans every
 * fragment of a document whenever an edit adds or removes a frame, so a long answer with
 * tables paid for its whole length at each streamed piece (a 1 MB answer in 4 KB pieces:
 * 2.3 s, quadratic). And a frame is as wide as the text: a table wider than a narrow pane
 * widened the whole answer. As an object it costs its own size, and one wider than the pane
 * scrolls by itself (AnswerView pans it), with a thin bar showing where it is. Its text is
 * not selectable on its own: a selection holding it copies the table's Markdown.
 */
class TableObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 18;
    static constexpr int idProperty = QTextFormat::UserProperty + 180;
    //! Height of the horizontal bar under a table wider than the pane.
    static constexpr qreal barHeight = 7;

    //! One table's own document and view state.
    struct Table {
        std::unique_ptr<QTextDocument> document;
        QString markdown;
        QColor colour;        //!< the text's (and the bar's)
        qreal laidOutAt = -1; //!< the width the document was last laid out at
        qreal natural = 0;    //!< the table's width at that width (more than it: it scrolls)
        qreal shown = 0;      //!< the object's width
        qreal height = 0;     //!< the table's height (the object adds the bar's when it scrolls)
        qreal offset = 0;     //!< how far it is scrolled to the left
        bool overflows() const { return natural > shown + 0.5; }
    };

    //! Lets \a document's layout draw tables (call again when the layout is replaced).
    static void install(QTextDocument *document);
    static bool isTable(const QTextFormat &format) { return format.objectType() == objectType; }
    /*!
     * Inserts \a table (its document made and styled by the caller) at \a cursor as one
     * object character, in a block of its own; returns the table's id in \a document.
     */
    static int insert(QTextCursor &cursor, std::unique_ptr<Table> table);
    //! The table of \a format in \a document (null: none, or dropped).
    static Table *table(const QTextDocument *document, const QTextFormat &format);
    static Table *table(const QTextDocument *document, int id);
    //! Forgets \a document's tables from id \a id on (the ones a re-rendered tail replaces).
    static void dropFrom(QTextDocument *document, int id);
    //! The id the next inserted table of \a document gets.
    static int nextId(const QTextDocument *document);
    //! Moves \a table's view by \a dx pixels, within its width; true if it moved.
    static bool scrollBy(Table *table, qreal dx);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter,
        const QRectF &rect,
        QTextDocument *document,
        int position,
        const QTextFormat &format) override;

private:
    using QObject::QObject;
};

} // namespace Quorum
