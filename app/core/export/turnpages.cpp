// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "export/turnpages.h"

#include "types/records.h"

namespace Quorum
{

std::expected<TurnPages, QString> TurnPages::open(const ConversationStore &store, qint64 id, Scope scope)
{
    const auto conversation = store.conversation(id);
    if (!conversation) {
        return std::unexpected(conversation.error().message);
    }
    if (!conversation->has_value()) {
        return std::unexpected(tr("There is no conversation %1.").arg(id));
    }
    auto outline = store.turnOutline(id);
    if (!outline) {
        return std::unexpected(outline.error().message);
    }
    TurnPages pages(store, **conversation);
    if (scope == Scope::CurrentBranch) {
        pages.m_outline = currentBranch(*outline);
        if (pages.m_outline.size() != outline->size()) {
            for (const TurnRecord &turn : std::as_const(pages.m_outline)) {
                pages.m_inScope.insert(turn.id);
            }
        }
    } else {
        pages.m_outline = std::move(*outline);
    }
    return pages;
}

std::expected<int, QString> TurnPages::totalTurns(const ConversationStore &store, const QList<qint64> &ids)
{
    int total = 0;
    for (const qint64 id : ids) {
        const auto count = store.turnCount(id);
        if (!count) {
            return std::unexpected(count.error().message);
        }
        total += *count;
    }
    return total;
}

std::expected<QList<TurnRecord>, QString> TurnPages::next()
{
    while (!m_done) {
        const auto page = m_store->turnsFrom(m_conversation.id, m_position, pageSize);
        if (!page) {
            return std::unexpected(page.error().message);
        }
        if (page->size() < pageSize) {
            m_done = true;
        }
        if (page->isEmpty()) {
            break;
        }
        m_position = page->constLast().position + 1;
        m_read += int(page->size());
        if (m_inScope.isEmpty()) {
            return *page;
        }
        QList<TurnRecord> inScope;
        for (const TurnRecord &turn : *page) {
            if (m_inScope.contains(turn.id)) {
                inScope.append(turn);
            }
        }
        if (!inScope.isEmpty()) {
            return inScope;
        }
    }
    return QList<TurnRecord> {};
}

} // namespace Quorum
