// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "render/tableobject.h"

#include <map>

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr auto storeName = "quorum-tables";

//! The tables of one answer's document, by id; a child of the document.
class TableStore final : public QObject
{
public:
    using QObject::QObject;
    std::map<int, std::unique_ptr<TableObject::Table>> tables;
    int next = 0;
};

TableStore *storeOf(const QTextDocument *document)
{
    // Found by its name (a class without Q_OBJECT cannot be looked for by type; only this file
    // makes children with the name).
    return static_cast<TableStore *>(
        document->findChild<QObject *>(QLatin1StringView(storeName), Qt::FindDirectChildrenOnly));
}

//! Cells of a table row: its unescaped pipes, less an outer one at either end.
int cellCount(QStringView line)
{
    QStringView row = line.trimmed();
    if (row.startsWith(u'|')) {
        row = row.sliced(1);
    }
    if (row.endsWith(u'|') && !row.endsWith(u"\\|")) {
        row.chop(1);
    }
    int cells = 1;
    for (qsizetype at = 0; at < row.size(); ++at) {
        if (row.at(at) == u'\\') {
            ++at; // an escaped character, a pipe among them
        } else if (row.at(at) == u'|') {
            ++cells;
        }
    }
    return cells;
}

bool isHeaderRow(QStringView line)
{
    // At the margin (an indented one belongs to a list item or is code), with a pipe, and not
    // a line that begins another block.
    if (line.isEmpty() || line.front().isSpace() || !line.contains(u'|')) {
        return false;
    }
    static const QRegularExpression otherBlock(u"^(#|>|[-*+]\\s|\\d{1,9}[.)]\\s)"_s);
    return !otherBlock.matchView(line).hasMatch();
}

bool isDelimiterRow(QStringView line)
{
    static const QRegularExpression delimiter(u"^ {0,3}\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$"_s);
    return line.contains(u'|') && delimiter.matchView(line).hasMatch();
}
} // namespace

QList<MarkdownPart> splitTables(const QString &markdown)
{
    QList<MarkdownPart> parts;
    if (!markdown.contains(u'|')) {
        return {{markdown, false}};
    }
    const QList<QStringView> lines = QStringView(markdown).split(u'\n');
    QString prose;
    const auto flushProse = [&] {
        if (!prose.trimmed().isEmpty()) {
            parts.append({prose, false});
        }
        prose.clear();
    };
    for (qsizetype at = 0; at < lines.size();) {
        if (at + 1 < lines.size() && isHeaderRow(lines.at(at)) && isDelimiterRow(lines.at(at + 1))
            && cellCount(lines.at(at)) == cellCount(lines.at(at + 1))) {
            flushProse();
            QString table = lines.at(at) + u'\n' + lines.at(at + 1) + u'\n';
            qsizetype next = at + 2;
            for (; next < lines.size() && !lines.at(next).trimmed().isEmpty() && lines.at(next).contains(u'|');
                ++next) {
                table += lines.at(next) + u'\n';
            }
            parts.append({table, true});
            at = next;
            continue;
        }
        prose += lines.at(at);
        if (at + 1 < lines.size()) {
            prose += u'\n';
        }
        ++at;
    }
    flushProse();
    return parts;
}

void TableObject::install(QTextDocument *document)
{
    // One handler for every document of the thread; a layout keeps it in a QPointer.
    static thread_local TableObject handler;
    document->documentLayout()->registerHandler(objectType, &handler);
}

int TableObject::insert(QTextCursor &cursor, std::unique_ptr<Table> table)
{
    QTextDocument *document = cursor.document();
    TableStore *store = storeOf(document);
    if (!store) {
        store = new TableStore(document);
        store->setObjectName(QLatin1StringView(storeName));
    }
    const int id = store->next++;
    store->tables[id] = std::move(table);
    QTextBlockFormat block;
    block.setTopMargin(4);
    block.setBottomMargin(10);
    cursor.setBlockFormat(block);
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(idProperty, id);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    return id;
}

TableObject::Table *TableObject::table(const QTextDocument *document, const QTextFormat &format)
{
    if (!isTable(format)) {
        return nullptr;
    }
    return table(document, format.intProperty(idProperty));
}

TableObject::Table *TableObject::table(const QTextDocument *document, int id)
{
    const TableStore *store = document ? storeOf(document) : nullptr;
    if (!store) {
        return nullptr;
    }
    const auto found = store->tables.find(id);
    return found == store->tables.end() ? nullptr : found->second.get();
}

void TableObject::dropFrom(QTextDocument *document, int id)
{
    if (TableStore *store = storeOf(document)) {
        store->tables.erase(store->tables.lower_bound(id), store->tables.end());
        store->next = std::min(store->next, std::max(id, 0));
    }
}

int TableObject::nextId(const QTextDocument *document)
{
    const TableStore *store = storeOf(document);
    return store ? store->next : 0;
}

bool TableObject::scrollBy(Table *table, qreal dx)
{
    const qreal offset = std::clamp(table->offset + dx, 0.0, std::max(0.0, table->natural - table->shown));
    if (qFuzzyCompare(offset + 1, table->offset + 1)) {
        return false;
    }
    table->offset = offset;
    return true;
}

QSizeF TableObject::intrinsicSize(QTextDocument *document, int position, const QTextFormat &format)
{
    Q_UNUSED(position)
    Table *table = TableObject::table(document, format);
    if (!table) {
        return {};
    }
    // The width the answer gives its text; none (no wrapping): the table's own.
    const qreal available = document->textWidth() > 0 ? document->textWidth() - 2 * document->documentMargin() : -1;
    if (table->laidOutAt != available) {
        table->laidOutAt = available;
        const auto layOut = [table](qreal width) {
            table->document->setTextWidth(width);
            table->natural = 0;
            for (QTextFrame *frame : table->document->rootFrame()->childFrames()) {
                const QRectF box = table->document->documentLayout()->frameBoundingRect(frame);
                table->natural = std::max(table->natural, box.right() + table->document->documentMargin());
            }
        };
        layOut(available);
        if (available > 0 && table->natural > available && table->natural - available < 16) {
            // Qt's collapsed borders end a pixel or two past the width a table was given: laid
            // out that much narrower, a table that fits does not get a scroll bar for them.
            layOut(available - (table->natural - available) - 1);
        }
        table->height = table->document->documentLayout()->documentSize().height();
    }
    table->shown = available < 0 ? table->natural : std::min(table->natural, available);
    table->offset = std::clamp(table->offset, 0.0, std::max(0.0, table->natural - table->shown));
    return {table->shown, table->height + (table->overflows() ? barHeight : 0)};
}

void TableObject::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *document, int position, const QTextFormat &format)
{
    Q_UNUSED(position)
    Table *table = TableObject::table(document, format);
    if (!table) {
        return;
    }
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    painter->translate(rect.left() - table->offset, rect.top());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, table->colour);
    context.clip = QRectF(table->offset, 0, rect.width(), table->height);
    table->document->documentLayout()->draw(painter, context);
    painter->restore();
    if (table->overflows()) {
        // Where the view is along the table: a thin track and its thumb.
        const QRectF track(rect.left(), rect.bottom() - barHeight + 2, rect.width(), barHeight - 3);
        const qreal thumbWidth = std::max(24.0, track.width() * table->shown / table->natural);
        const qreal travel = table->natural - table->shown;
        const qreal x = track.left() + (track.width() - thumbWidth) * (travel > 0 ? table->offset / travel : 0);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor trackColour = table->colour;
        trackColour.setAlphaF(0.10F);
        painter->setBrush(trackColour);
        painter->drawRoundedRect(track, 2, 2);
        QColor thumbColour = table->colour;
        thumbColour.setAlphaF(0.45F);
        painter->setBrush(thumbColour);
        painter->drawRoundedRect(QRectF(x, track.top(), thumbWidth, track.height()), 2, 2);
        painter->restore();
    }
}

} // namespace Quorum
