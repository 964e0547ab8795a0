// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <functional>

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

#include "storage/conversationstore.h"

namespace Quorum
{

/*!
 * A conversation read for an export a page of turns at a time, so that memory does not grow
 * with its length (a 10,000-turn conversation holds hundreds of megabytes of text). First its
 * outline (turns and answers without text: enough to find the current branch and total it
 * up), then next() until it returns no turns.
 */
class TurnPages final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::TurnPages)

public:
    enum class Scope { Everything, CurrentBranch };
    static constexpr int pageSize = 200;

    [[nodiscard]] static std::expected<TurnPages, QString> open(const ConversationStore &store, qint64 id, Scope scope);

    const ConversationRecord &conversation() const { return m_conversation; }
    //! The turns in scope, in order, without their text.
    const QList<TurnRecord> &outline() const { return m_outline; }
    //! The next turns in scope with their answers, in order; none when all were read.
    [[nodiscard]] std::expected<QList<TurnRecord>, QString> next();
    //! How many turns next() has read from the database so far (in scope or not).
    int turnsRead() const { return m_read; }

    /*!
     * The turns in \a ids, for progress counted in turns (one conversation of 10,000 turns
     * moves the bar as smoothly as 10,000 conversations of one).
     */
    [[nodiscard]] static std::expected<int, QString> totalTurns(
        const ConversationStore &store, const QList<qint64> &ids);

    using Progress = std::function<bool(int done, int total)>;
    /*!
     * Writes conversations \a ids to \a out, each as \a head, then \a turns for every page
     * of its turns in \a scope, then \a tail (each returns the bytes to write, given the
     * pages and the conversation's index). \a progress (done, total, in turns read) is
     * asked after every page and may return false to cancel. What every export but PDF does.
     */
    template<typename Head, typename Turns, typename Tail>
    [[nodiscard]] static std::expected<void, QString> write(const ConversationStore &store,
        const QList<qint64> &ids,
        Scope scope,
        QIODevice &out,
        const Progress &progress,
        Head head,
        Turns turns,
        Tail tail)
    {
        const auto put = [&out](const QByteArray &bytes) { return out.write(bytes) == bytes.size(); };
        const auto total = totalTurns(store, ids);
        if (!total) {
            return std::unexpected(total.error());
        }
        int done = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            auto pages = open(store, ids.at(i), scope);
            if (!pages) {
                return std::unexpected(pages.error());
            }
            if (!put(head(*pages, i))) {
                return std::unexpected(out.errorString());
            }
            for (;;) {
                const auto page = pages->next();
                if (!page) {
                    return std::unexpected(page.error());
                }
                if (page->isEmpty()) {
                    break;
                }
                if (!put(turns(*pages, *page))) {
                    return std::unexpected(out.errorString());
                }
                if (progress && !progress(done + pages->turnsRead(), *total)) {
                    return std::unexpected(tr("Cancelled."));
                }
            }
            if (!put(tail(*pages, i))) {
                return std::unexpected(out.errorString());
            }
            done += pages->turnsRead();
            if (progress && !progress(done, *total)) {
                return std::unexpected(tr("Cancelled."));
            }
        }
        return {};
    }

private:
    TurnPages(const ConversationStore &store, ConversationRecord conversation)
        : m_store(&store)
        , m_conversation(std::move(conversation))
    {
    }

    const ConversationStore *m_store;
    ConversationRecord m_conversation;
    QList<TurnRecord> m_outline;
    QSet<qint64> m_inScope; //!< empty: every turn
    int m_position = 0;
    int m_read = 0;
    bool m_done = false;
};

} // namespace Quorum
