// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/searchstore.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "storage/database.h"
#include "types/judgement.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr int shortQueryScanRows = 5000; // newest prompts and answers a 1-2 character query looks at
constexpr int snippetContext = 40;       // characters either side of a match in a snippet
constexpr int candidateRows = 200;       // newest matches of each kind that are ranked

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
//! Reads a row of either query (kind: 0 prompt, 1 response; conversation, title, turn,
//! response, target, body, created_at, the response's kind, its judgement) into \a hit, and
//! what is searched and excerpted into \a body.
//! A judge's reply is JSON around the synthesis: what a reader would search is the synthesis,
//! its claims and its reasons, so that is the body, and a match only in the JSON is no hit.
bool readHit(const QSqlQuery &q, const QString &needle, SearchHit &hit, QString &body)
{
    hit.kind = q.value(0).toInt() == 0 ? SearchHit::Kind::Prompt : SearchHit::Kind::Answer;
    hit.conversationId = q.value(1).toLongLong();
    hit.conversationTitle = q.value(2).toString();
    hit.turnId = q.value(3).toLongLong();
    hit.responseId = q.value(4).toLongLong();
    hit.target = q.value(5).toString();
    body = q.value(6).toString();
    hit.createdAt = q.value(7).toLongLong();
    if (q.value(8).toString() != "judge"_L1) {
        return true;
    }
    hit.kind = SearchHit::Kind::Synthesis;
    if (const QString stored = q.value(9).toString(); !stored.isEmpty()) {
        const Judgement judgement = Judgement::fromJson(QJsonDocument::fromJson(stored.toUtf8()).object());
        QStringList parts {judgement.text};
        for (const Claim &claim : judgement.claims) {
            parts << claim.text;
        }
        for (const JudgeScore &score : judgement.scores) {
            parts << score.reason;
        }
        body = parts.join(u'\n');
    }
    return body.contains(needle, Qt::CaseInsensitive);
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

    // Ranking every match with bm25() (ORDER BY rank) costs time in proportion to how many
    // rows match: 112 ms for "the" over 50,000 messages, seconds over a million. FTS5
    // walks its index newest first and stops early for ORDER BY rowid DESC LIMIT, so the
    // newest candidateRows matches of each kind are fetched, and ranked here by a BM25
    // term-frequency score (occurrences, normalised by length). bm25()'s IDF part is the
    // same for every row of a one-phrase query, so this orders the candidates as bm25()
    // would, with their average length standing in for the table's. Recency breaks ties.
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT 0, t.conversation_id, c.title, t.id, 0, '', t.prompt, t.created_at, '', NULL "
        "FROM turns t JOIN conversations c ON c.id = t.conversation_id "
        "WHERE t.id IN (SELECT rowid FROM turns_fts WHERE turns_fts MATCH :phrase ORDER BY rowid DESC LIMIT :n) "
        "UNION ALL "
        "SELECT 1, t.conversation_id, c.title, t.id, r.id, r.provider_id || '/' || r.model, r.text, r.created_at, "
        "r.kind, r.judgement "
        "FROM responses r JOIN turns t ON t.id = r.turn_id JOIN conversations c ON c.id = t.conversation_id "
        "WHERE r.id IN (SELECT rowid FROM responses_fts WHERE responses_fts MATCH :phrase "
        "ORDER BY rowid DESC LIMIT :n)"_s);
    q.bindValue(u":phrase"_s, phrase);
    q.bindValue(u":n"_s, candidateRows);
    if (!q.exec()) {
        return std::unexpected(queryError(m_database, q));
    }
    struct Candidate {
        SearchHit hit;
        QString body;
        qsizetype occurrences = 0;
    };
    QList<Candidate> candidates;
    double totalLength = 0;
    while (q.next()) {
        Candidate c;
        if (!readHit(q, needle, c.hit, c.body)) {
            continue;
        }
        c.occurrences = qMax<qsizetype>(1, c.body.count(needle, Qt::CaseInsensitive));
        totalLength += static_cast<double>(c.body.size());
        candidates.append(std::move(c));
    }
    // BM25's term-frequency part, k1 = 1.2 and b = 0.75 as in FTS5's bm25(), negated so
    // that lower is better like bm25().
    const double averageLength = candidates.isEmpty() ? 1.0 : qMax(1.0, totalLength / double(candidates.size()));
    for (Candidate &c : candidates) {
        constexpr double k1 = 1.2;
        constexpr double b = 0.75;
        const auto tf = static_cast<double>(c.occurrences);
        const double norm = 1.0 - b + b * static_cast<double>(c.body.size()) / averageLength;
        c.hit.rank = -(tf * (k1 + 1.0)) / (tf + k1 * norm);
    }
    std::ranges::stable_sort(candidates, [](const Candidate &a, const Candidate &b) {
        return a.hit.rank != b.hit.rank ? a.hit.rank < b.hit.rank : a.hit.createdAt > b.hit.createdAt;
    });
    QList<SearchHit> hits;
    for (Candidate &c : candidates) {
        if (hits.size() == limit) {
            break;
        }
        c.hit.snippet = excerpt(c.body, needle);
        hits.append(std::move(c.hit));
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
        u"SELECT kind, conversation_id, title, turn_id, response_id, target, body, created_at, response_kind, "
        "judgement FROM ("
        "  SELECT 0 AS kind, t.conversation_id, c.title, t.id AS turn_id, 0 AS response_id, '' AS target, "
        "         t.prompt AS body, t.created_at, '' AS response_kind, NULL AS judgement "
        "  FROM turns t JOIN conversations c ON c.id = t.conversation_id "
        "  WHERE t.id IN (SELECT id FROM turns ORDER BY id DESC LIMIT ?) "
        "  UNION ALL "
        "  SELECT 1, t.conversation_id, c.title, t.id, r.id, r.provider_id || '/' || r.model, r.text, r.created_at, "
        "         r.kind, r.judgement FROM responses r JOIN turns t ON t.id = r.turn_id JOIN conversations c ON c.id = "
        "t.conversation_id "
        "  WHERE r.id IN (SELECT id FROM responses ORDER BY id DESC LIMIT ?)) "
        "WHERE body LIKE ? ESCAPE '\\' ORDER BY created_at DESC"_s);
    q.addBindValue(shortQueryScanRows);
    q.addBindValue(shortQueryScanRows);
    q.addBindValue(pattern);
    if (!q.exec()) {
        return std::unexpected(queryError(m_database, q));
    }
    while (hits.size() < limit && q.next()) {
        SearchHit hit;
        QString body;
        if (readHit(q, needle, hit, body)) {
            hit.snippet = excerpt(body, needle);
            hits.append(hit);
        }
    }
    return hits;
}

} // namespace Quorum
