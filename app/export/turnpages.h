// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QCoreApplication>
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

    static std::expected<TurnPages, QString> open(const ConversationStore &store, qint64 id, Scope scope);

    const ConversationRecord &conversation() const { return m_conversation; }
    //! The turns in scope, in order, without their text.
    const QList<TurnRecord> &outline() const { return m_outline; }
    //! The next turns in scope with their answers, in order; none when all were read.
    std::expected<QList<TurnRecord>, QString> next();

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
    bool m_done = false;
};

} // namespace Quorum
