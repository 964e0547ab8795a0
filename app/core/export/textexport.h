// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <functional>

#include <QCoreApplication>

#include "storage/conversationstore.h"

class QIODevice;

namespace Quorum
{

/*!
 * Exports meant for people and spreadsheets: Markdown (the current branch of each
 * conversation: every prompt, then every answer under a heading with its model, tokens and
 * cost; code fences as the model wrote them) and CSV (one row per answer, with its usage and
 * cost). Model output is untrusted: in Markdown, raw HTML outside code is escaped, links
 * other than http(s)/mailto are made inert and images become plain links, so no viewer runs
 * or loads anything from an exported answer.
 */
class TextExport final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::TextExport)

public:
    using Progress = std::function<bool(int done, int total)>;

    static QString markdown(const ConversationRecord &conversation, const QList<TurnRecord> &turns);
    static QString markdownHeader(const ConversationRecord &conversation);
    static QString markdownTurn(const TurnRecord &turn);
    //! Model text made safe for a Markdown file (see the class).
    static QString inertMarkdown(const QString &text);
    [[nodiscard]] static std::expected<void, QString> writeMarkdown(
        const ConversationStore &store, const QList<qint64> &ids, QIODevice &out, const Progress &progress = {});

    static QString csvHeader();
    static QString csvRows(const ConversationRecord &conversation, const QList<TurnRecord> &turns);
    [[nodiscard]] static std::expected<void, QString> writeCsv(
        const ConversationStore &store, const QList<qint64> &ids, QIODevice &out, const Progress &progress = {});
};

} // namespace Quorum
