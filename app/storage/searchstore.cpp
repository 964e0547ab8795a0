// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/searchstore.h"

#include <algorithm>

#include <QSqlError>
#include <QSqlQuery>

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr int shortQueryScanRows = 5000; // newest prompts and answers a 1-2 character query looks at
constexpr int snippetContext = 40;       // characters either side of a short-query match

StorageError queryError(const Database &database, const QSqlQuery &query)
{
    return database.errorOf(query.lastError());
}

// An excerpt around the first case-insensitive occurrence of needle, with the match marked.
QString excerpt(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle, 0, Qt::CaseInsensitive);
    if (at < 0) {
        return text.left(2 * snippetContext).simplified();
    }
    const qsizetype from = qMax<qsizetype>(0, at - snippetContext);
    const qsizetype to = qMin(text.size(), at + needle.size() + snippetContext);
    QString result = (from > 0 ? u"…"_s : QString()) + text.mid(from, at - from) + SearchStore::matchStart
        + text.mid(at, needle.size()) + SearchStore::matchEnd + text.mid(at + needle.size(), to - at - needle.size())
        + (to < text.size() ? u"…"_s : QString());
    return result.replace(u'\n', u' ');
}
} // namespace

SearchStore::SearchStore(const Database &database)
    : m_database(database)
{
}

std::expected<QList<SearchHit>, StorageError> SearchStore::search(const QString &query, int limit) const
{
    const QString needle = query.trimmed();
    if (needle.isEmpty()) {
        return QList<SearchHit>();
    }
    // The trigram index needs three characters; fewer are looked up directly.
    return needle.size() >= 3 ? searchIndexed(needle, limit) : searchShort(needle, limit);
}

std::expected<QList<SearchHit>, StorageError> SearchStore::searchIndexed(const QString &needle, int limit) const
{
    // One FTS5 phrase: with the trigram tokenizer that is a literal substring match.
    const QString phrase = u'"' + QString(needle).replace(u'"', "\"\""_L1) + u'"';
    const QString start(matchStart);
    const QString end(matchEnd);
    QList<SearchHit> hits;

    QSqlQuery prompts(m_database.connection());
    prompts.setForwardOnly(true);
    prompts.prepare(u"SELECT t.conversation_id, c.title, t.id, snippet(turns_fts, 0, ?, ?, '…', 64), "
                    "bm25(turns_fts), t.created_at FROM turns_fts JOIN turns t ON t.id = turns_fts.rowid "
                    "JOIN conversations c ON c.id = t.conversation_id WHERE turns_fts MATCH ? ORDER BY rank LIMIT ?"_s);
    prompts.addBindValue(start);
    prompts.addBindValue(end);
    prompts.addBindValue(phrase);
    prompts.addBindValue(limit);
    if (!prompts.exec()) {
        return std::unexpected(queryError(m_database, prompts));
    }
    while (prompts.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Prompt;
        hit.conversationId = prompts.value(0).toLongLong();
        hit.conversationTitle = prompts.value(1).toString();
        hit.turnId = prompts.value(2).toLongLong();
        hit.snippet = prompts.value(3).toString().replace(u'\n', u' ');
        hit.rank = prompts.value(4).toDouble();
        hit.createdAt = prompts.value(5).toLongLong();
        hits.append(hit);
    }

    QSqlQuery answers(m_database.connection());
    answers.setForwardOnly(true);
    answers.prepare(u"SELECT t.conversation_id, c.title, t.id, r.id, r.provider_id || '/' || r.model, "
                    "snippet(responses_fts, 0, ?, ?, '…', 64), bm25(responses_fts), r.created_at "
                    "FROM responses_fts JOIN responses r ON r.id = responses_fts.rowid "
                    "JOIN turns t ON t.id = r.turn_id JOIN conversations c ON c.id = t.conversation_id "
                    "WHERE responses_fts MATCH ? ORDER BY rank LIMIT ?"_s);
    answers.addBindValue(start);
    answers.addBindValue(end);
    answers.addBindValue(phrase);
    answers.addBindValue(limit);
    if (!answers.exec()) {
        return std::unexpected(queryError(m_database, answers));
    }
    while (answers.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Answer;
        hit.conversationId = answers.value(0).toLongLong();
        hit.conversationTitle = answers.value(1).toString();
        hit.turnId = answers.value(2).toLongLong();
        hit.responseId = answers.value(3).toLongLong();
        hit.target = answers.value(4).toString();
        hit.snippet = answers.value(5).toString().replace(u'\n', u' ');
        hit.rank = answers.value(6).toDouble();
        hit.createdAt = answers.value(7).toLongLong();
        hits.append(hit);
    }
    // Snippet windows count tokens, and a trigram is one character: 64 (the most FTS5
    // allows) gives about 64 characters of context.
    // bm25 of the two indexes is on the same scale (same tokenizer, one column each); ties
    // go to the newer hit.
    std::ranges::stable_sort(hits, [](const SearchHit &a, const SearchHit &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.createdAt > b.createdAt;
    });
    if (hits.size() > limit) {
        hits.resize(limit);
    }
    return hits;
}

std::expected<QList<SearchHit>, StorageError> SearchStore::searchShort(const QString &needle, int limit) const
{
    QString pattern = needle;
    pattern.replace(u'\\', "\\\\"_L1).replace(u'%', "\\%"_L1).replace(u'_', "\\_"_L1);
    pattern = u'%' + pattern + u'%';
    QList<SearchHit> hits;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT kind, conversation_id, title, turn_id, response_id, target, body, created_at FROM ("
        "  SELECT 0 AS kind, t.conversation_id, c.title, t.id AS turn_id, 0 AS response_id, '' AS target, "
        "         t.prompt AS body, t.created_at FROM turns t JOIN conversations c ON c.id = t.conversation_id "
        "  WHERE t.id IN (SELECT id FROM turns ORDER BY id DESC LIMIT ?) "
        "  UNION ALL "
        "  SELECT 1, t.conversation_id, c.title, t.id, r.id, r.provider_id || '/' || r.model, r.text, r.created_at "
        "  FROM responses r JOIN turns t ON t.id = r.turn_id JOIN conversations c ON c.id = t.conversation_id "
        "  WHERE r.id IN (SELECT id FROM responses ORDER BY id DESC LIMIT ?)) "
        "WHERE body LIKE ? ESCAPE '\\' ORDER BY created_at DESC LIMIT ?"_s);
    q.addBindValue(shortQueryScanRows);
    q.addBindValue(shortQueryScanRows);
    q.addBindValue(pattern);
    q.addBindValue(limit);
    if (!q.exec()) {
        return std::unexpected(queryError(m_database, q));
    }
    while (q.next()) {
        SearchHit hit;
        hit.kind = q.value(0).toInt() == 0 ? SearchHit::Kind::Prompt : SearchHit::Kind::Answer;
        hit.conversationId = q.value(1).toLongLong();
        hit.conversationTitle = q.value(2).toString();
        hit.turnId = q.value(3).toLongLong();
        hit.responseId = q.value(4).toLongLong();
        hit.target = q.value(5).toString();
        hit.snippet = excerpt(q.value(6).toString(), needle);
        hit.createdAt = q.value(7).toLongLong();
        hits.append(hit);
    }
    return hits;
}

} // namespace Quorum
