// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QSqlDatabase>

#include "storage/storageerror.h"

namespace Quorum
{

class Database;

/*!
 * A write transaction (BEGIN IMMEDIATE, so it takes the write lock at once and waits at
 * most the busy timeout). Rolls back in the destructor unless commit() succeeded.
 * Durability: FULL by default; Durability::Normal lowers synchronous for this transaction
 * only (the streaming checkpoints, which are re-written 4 times a second).
 */
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    enum class Durability { Full, Normal };

    explicit Transaction(const Database &database, Durability durability = Durability::Full);
    ~Transaction();

    //! Whether BEGIN succeeded; if not, error() says why and nothing may be written.
    bool isActive() const { return m_active; }
    [[nodiscard]] std::expected<void, StorageError> commit();
    StorageError error() const { return m_error; }

private:
    const Database &m_database;
    Durability m_durability;
    StorageError m_error;
    bool m_active = false;
};

} // namespace Quorum
