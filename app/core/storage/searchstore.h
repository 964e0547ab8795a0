// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QList>
#include <QString>

#include "storage/storageerror.h"

namespace Quorum
{

class Database;

//! One place a search found: a prompt or an answer, in which conversation.
struct SearchHit {
    enum class Kind { Prompt, Answer, Synthesis }; //!< Synthesis: a judge's, searched as read
    Kind kind = Kind::Prompt;
    qint64 conversationId = 0;
    QString conversationTitle;
    qint64 turnId = 0;
    qint64 responseId = 0; //!< 0 for a prompt
    QString target;        //!< "provider/model" of an answer or of a synthesis's judge
    //! A short excerpt; the match is between SearchStore::matchStart and matchEnd.
    QString snippet;
    double rank = 0; //!< lower is better (the term-frequency part of BM25, negated)
    qint64 createdAt = 0;
};

/*!
 * Full-text search over prompts and answers (schema 0002: FTS5, trigram tokenizer). The
 * query is matched as one literal substring, case-insensitively: code and non-Latin text
 * are found as typed. The newest 200 matching prompts and 200 matching answers are ranked
 * (searchstore.cpp says why), so a search costs about the same over a year of history as
 * over a week. Queries of one or two characters use LIKE over the newest rows.
 */
class SearchStore final
{
public:
    static constexpr QChar matchStart = QChar(0x02);
    static constexpr QChar matchEnd = QChar(0x03);

    explicit SearchStore(const Database &database);

    //! The best \a limit hits, best first.
    [[nodiscard]] std::expected<QList<SearchHit>, StorageError> search(const QString &query, int limit = 20) const;

private:
    [[nodiscard]] std::expected<QList<SearchHit>, StorageError> searchIndexed(const QString &query, int limit) const;
    [[nodiscard]] std::expected<QList<SearchHit>, StorageError> searchShort(const QString &query, int limit) const;

    const Database &m_database;
};

} // namespace Quorum
