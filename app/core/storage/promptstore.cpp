// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/promptstore.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
//! A library text is a prompt, not a document: a megabyte is far above any real one.
constexpr qsizetype maxTextLength = 1'000'000;

const QString latestColumns
    = u"p.id, p.name, p.kind, v.version, v.text, p.created_at, p.updated_at FROM library_prompts p "
      "JOIN library_prompt_versions v ON v.prompt_id = p.id "
      "AND v.version = (SELECT max(version) FROM library_prompt_versions WHERE prompt_id = p.id)"_s;

LibraryPrompt promptFrom(const QSqlQuery &q)
{
    LibraryPrompt p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.kind = libraryKindFromName(q.value(2).toString()).value_or(LibraryPrompt::Kind::Prompt);
    p.version = q.value(3).toInt();
    p.text = q.value(4).toString();
    p.createdAt = q.value(5).toLongLong();
    p.updatedAt = q.value(6).toLongLong();
    return p;
}
} // namespace

PromptStore::PromptStore(const Database &database)
    : m_database(database)
{
}

QString PromptStore::nameProblem(const QString &name)
{
    // Shown in menus and typed on the command line: one line, no surrounding spaces.
    static const QRegularExpression valid(u"^[^\\s\\p{Cc}](?:[^\\p{Cc}]{0,78}[^\\s\\p{Cc}])?$"_s);
    if (!valid.match(name).hasMatch()) {
        return tr("A prompt's name is 1 to 80 characters on one line, not starting or ending with a space "
                  "('%1' is not).")
            .arg(name);
    }
    return {};
}

QString PromptStore::textProblem(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return tr("A prompt needs some text.");
    }
    return text.size() > maxTextLength ? tr("A prompt is at most %1 characters.").arg(maxTextLength) : QString();
}

std::expected<QList<LibraryPrompt>, StorageError> PromptStore::prompts(std::optional<LibraryPrompt::Kind> kind) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT "_s + latestColumns + (kind ? u" WHERE p.kind = ?"_s : QString())
        + u" ORDER BY p.name COLLATE NOCASE"_s);
    if (kind) {
        q.addBindValue(libraryKindName(*kind));
    }
    QUORUM_EXEC(q);
    QList<LibraryPrompt> list;
    while (q.next()) {
        list.append(promptFrom(q));
    }
    return list;
}

std::expected<LibraryPrompt, StorageError> PromptStore::prompt(const QString &name, std::optional<int> version) const
{
    QSqlQuery q(m_database.connection());
    if (version) {
        q.prepare(u"SELECT p.id, p.name, p.kind, v.version, v.text, p.created_at, p.updated_at FROM library_prompts p "
                  "JOIN library_prompt_versions v ON v.prompt_id = p.id AND v.version = ? WHERE p.name = ?"_s);
        q.addBindValue(*version);
    } else {
        q.prepare(u"SELECT "_s + latestColumns + u" WHERE p.name = ?"_s);
    }
    q.addBindValue(name);
    QUORUM_EXEC(q);
    if (!q.next()) {
        return std::unexpected(StorageError {StorageError::Kind::NotFound,
            version ? tr("The prompt library has no version %1 of '%2'.").arg(*version).arg(name)
                    : tr("The prompt library has nothing named '%1'.").arg(name)});
    }
    return promptFrom(q);
}

std::expected<LibraryPrompt, StorageError> PromptStore::find(const QString &spec) const
{
    auto found = prompt(spec);
    if (found || found.error().kind != StorageError::Kind::NotFound) {
        return found;
    }
    if (const auto pinned = PromptRef::fromPinned(spec)) {
        return prompt(pinned->name, pinned->version);
    }
    return found;
}

std::expected<QList<PromptVersion>, StorageError> PromptStore::versions(const QString &name) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT v.version, v.text, v.created_at FROM library_prompt_versions v "
              "JOIN library_prompts p ON p.id = v.prompt_id WHERE p.name = ? ORDER BY v.version"_s);
    q.addBindValue(name);
    QUORUM_EXEC(q);
    QList<PromptVersion> list;
    while (q.next()) {
        list.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    if (list.isEmpty()) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("The prompt library has nothing named '%1'.").arg(name)});
    }
    return list;
}

std::expected<LibraryPrompt, StorageError> PromptStore::add(
    const QString &name, LibraryPrompt::Kind kind, const QString &text)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        return std::unexpected(StorageError {StorageError::Kind::Invalid, problem});
    }
    if (const QString problem = textProblem(text); !problem.isEmpty()) {
        return std::unexpected(StorageError {StorageError::Kind::Invalid, problem});
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT name FROM library_prompts WHERE name = ?"_s);
    q.addBindValue(name);
    QUORUM_EXEC(q);
    if (q.next()) {
        return std::unexpected(StorageError {StorageError::Kind::Invalid,
            tr("The prompt library already has '%1': edit it to make a new version.").arg(q.value(0).toString())});
    }
    q.finish();
    q.prepare(u"INSERT INTO library_prompts (name, kind, created_at, updated_at) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(name);
    q.addBindValue(libraryKindName(kind));
    q.addBindValue(now);
    q.addBindValue(now);
    QUORUM_EXEC(q);
    const qint64 id = q.lastInsertId().toLongLong();
    q.prepare(u"INSERT INTO library_prompt_versions (prompt_id, version, text, created_at) VALUES (?, 1, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(text);
    q.addBindValue(now);
    QUORUM_EXEC(q);
    if (auto committed = transaction.commit(); !committed) {
        return std::unexpected(committed.error());
    }
    Q_EMIT m_database.changes().promptsChanged();
    return LibraryPrompt {id, name, kind, 1, text, now, now};
}

std::expected<LibraryPrompt, StorageError> PromptStore::edit(
    const QString &name, const QString &text, std::optional<LibraryPrompt::Kind> kind)
{
    if (const QString problem = textProblem(text); !problem.isEmpty()) {
        return std::unexpected(StorageError {StorageError::Kind::Invalid, problem});
    }
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    auto latest = prompt(name);
    if (!latest) {
        return std::unexpected(latest.error());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_database.connection());
    bool changed = false;
    if (text != latest->text) {
        q.prepare(u"INSERT INTO library_prompt_versions (prompt_id, version, text, created_at) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(latest->id);
        q.addBindValue(latest->version + 1);
        q.addBindValue(text);
        q.addBindValue(now);
        QUORUM_EXEC(q);
        latest->version += 1;
        latest->text = text;
        latest->updatedAt = now;
        changed = true;
    }
    if (kind && *kind != latest->kind) {
        latest->kind = *kind;
        changed = true;
    }
    if (!changed) {
        return *latest;
    }
    q.prepare(u"UPDATE library_prompts SET kind = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(libraryKindName(latest->kind));
    q.addBindValue(latest->updatedAt);
    q.addBindValue(latest->id);
    QUORUM_EXEC(q);
    if (auto committed = transaction.commit(); !committed) {
        return std::unexpected(committed.error());
    }
    Q_EMIT m_database.changes().promptsChanged();
    return *latest;
}

std::expected<void, StorageError> PromptStore::rename(const QString &name, const QString &newName)
{
    if (const QString problem = nameProblem(newName); !problem.isEmpty()) {
        return std::unexpected(StorageError {StorageError::Kind::Invalid, problem});
    }
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*) FROM library_prompts WHERE name = ? AND name <> ?"_s);
    q.addBindValue(newName);
    q.addBindValue(name);
    QUORUM_EXEC(q);
    if (q.next() && q.value(0).toInt() > 0) {
        return std::unexpected(
            StorageError {StorageError::Kind::Invalid, tr("The prompt library already has '%1'.").arg(newName)});
    }
    q.finish();
    q.prepare(u"UPDATE library_prompts SET name = ? WHERE name = ?"_s);
    q.addBindValue(newName);
    q.addBindValue(name);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("The prompt library has nothing named '%1'.").arg(name)});
    }
    Q_EMIT m_database.changes().promptsChanged();
    return {};
}

std::expected<void, StorageError> PromptStore::remove(const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"DELETE FROM library_prompts WHERE name = ?"_s);
    q.addBindValue(name);
    QUORUM_EXEC(q);
    if (q.numRowsAffected() != 1) {
        return std::unexpected(
            StorageError {StorageError::Kind::NotFound, tr("The prompt library has nothing named '%1'.").arg(name)});
    }
    Q_EMIT m_database.changes().promptsChanged();
    return {};
}

} // namespace Quorum
