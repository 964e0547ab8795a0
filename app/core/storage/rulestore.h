// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include "storage/storageerror.h"
#include "types/rule.h"

namespace Quorum
{

class Database;

//! A routing rule as stored: its row id and its place in the order (0 first).
struct StoredRule {
    qint64 id = 0;
    int position = 0;
    Rule rule;
    friend bool operator==(const StoredRule &, const StoredRule &) = default;
};

/*!
 * The routing rules, in order, in the routing_rules table (conditions and action as the
 * JSON of docs/rules.md). Every change renumbers the positions in one transaction, so the
 * order is always 0..n-1. A row whose JSON no longer parses (written by a newer Quorum, or
 * edited by hand) is reported, not dropped: list() names it in `problems`, and the router
 * runs without it.
 */
class RuleStore final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::RuleStore)

public:
    explicit RuleStore(const Database &database);

    struct Loaded {
        QList<StoredRule> rules;
        QStringList problems; //!< one line per row that could not be read
    };
    [[nodiscard]] std::expected<Loaded, StorageError> list() const;
    //! The rules alone, in order (what the router is built from).
    QList<Rule> rules() const;

    //! Adds \a rule at \a position (nullopt or past the end: last); returns its id.
    [[nodiscard]] std::expected<qint64, StorageError> add(const Rule &rule, std::optional<int> position = std::nullopt);
    [[nodiscard]] std::expected<void, StorageError> update(qint64 id, const Rule &rule);
    [[nodiscard]] std::expected<void, StorageError> remove(qint64 id);
    //! Moves rule \a id to \a position (0 first; past the end: last).
    [[nodiscard]] std::expected<void, StorageError> move(qint64 id, int position);
    //! Replaces every rule by \a rules, in that order, in one transaction.
    [[nodiscard]] std::expected<void, StorageError> replaceAll(const QList<Rule> &rules);

    //! The rules file format (docs/rules.md): {"format": "quorum-rules", "version": 1, "rules": [...]}.
    static QJsonDocument toDocument(const QList<Rule> &rules);
    //! Reads a rules file; the message names the rule (by number and name) that is wrong.
    [[nodiscard]] static std::expected<QList<Rule>, QString> fromDocument(const QByteArray &data);

private:
    [[nodiscard]] std::expected<void, StorageError> renumber(QList<qint64> order) const;
    [[nodiscard]] std::expected<QList<qint64>, StorageError> order() const;

    const Database &m_database;
};

} // namespace Quorum
