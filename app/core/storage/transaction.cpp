// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
StorageError fromQuery(const Database &database, const QSqlQuery &query)
{
    return database.errorOf(query.lastError());
}
} // namespace

Transaction::Transaction(const Database &database, Durability durability)
    : m_database(database)
    , m_durability(durability)
{
    QSqlQuery query(m_database.connection());
    if (m_durability == Durability::Normal) {
        query.exec(u"PRAGMA synchronous = NORMAL"_s);
    }
    if (!query.exec(u"BEGIN IMMEDIATE"_s)) {
        m_error = fromQuery(m_database, query);
        if (m_durability == Durability::Normal) {
            query.exec(u"PRAGMA synchronous = FULL"_s);
        }
        return;
    }
    m_active = true;
}

Transaction::~Transaction()
{
    QSqlQuery query(m_database.connection());
    if (m_active) {
        query.exec(u"ROLLBACK"_s);
    }
    if (m_durability == Durability::Normal) {
        query.exec(u"PRAGMA synchronous = FULL"_s);
    }
}

std::expected<void, StorageError> Transaction::commit()
{
    if (!m_active) {
        return std::unexpected(m_error);
    }
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"COMMIT"_s)) {
        m_error = fromQuery(m_database, query);
        return std::unexpected(m_error); // still active: the destructor rolls back
    }
    m_active = false;
    return {};
}

} // namespace Quorum
