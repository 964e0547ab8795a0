// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "documents/exportjob.h"
#include "types/records.h"

class QIODevice;

namespace Quorum
{

class ConversationStore;
class MarkdownHtml;

/*!
 * The HTML and PDF exports: the current branch of each conversation, every turn's prompt
 * and then its answers side by side, each under its model, account, speed, tokens and cost,
 * Markdown rendered and code highlighted (MarkdownHtml: model output is made inert).
 *
 * HTML is one self-contained page: inline CSS, no script, no external resource, a
 * Content-Security-Policy that forbids loading anything, light and dark by the reader's
 * prefers-color-scheme, and print rules. PDF is the same layout in the rich-text subset
 * QTextDocument understands (a table for the columns, light colours), laid out a piece at a
 * time onto QPdfWriter's A4 or Letter pages, so memory stays flat however long the export.
 */
class DocumentExport final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::DocumentExport)

public:
    [[nodiscard]] static std::expected<void, QString> write(const ConversationStore &store,
        const QList<qint64> &ids,
        ExportJob::Format format,
        ExportJob::PageSize pageSize,
        QIODevice &out,
        const ExportJob::Progress &progress);

    //! Which markup and style sheet: a browser's (grid, CSS variables, two themes) or QTextDocument's.
    enum class Flavour { Browser, Print };
    static QString pageStart(const QString &title, const MarkdownHtml &markdown, Flavour flavour);
    static QString pageEnd(Flavour flavour);
    static QString conversationHeader(
        const ConversationRecord &conversation, const QList<TurnRecord> &branch, const MarkdownHtml &markdown);
    //! The files attached to \a turn's prompt: images shown (Browser, when their bytes are
    //! loaded), other files named.
    static QString attachmentsHtml(const TurnRecord &turn, Flavour flavour);
    static QString turnHtml(const TurnRecord &turn, int number, const MarkdownHtml &markdown, Flavour flavour);
};

} // namespace Quorum
