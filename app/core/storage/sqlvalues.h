// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

// Conversions between the stores' typed records and the values QtSql binds and returns, and
// the one way the stores run a query.

#include <optional>

#include <QString>
#include <QVariant>

namespace Quorum::Sql
{

//! An optional integer as a bound value: SQL NULL when empty.
inline QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

inline std::optional<qint64> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

//! Empty text as SQL NULL (optional text columns).
inline QString nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

//! A null QString binds as SQL NULL; NOT NULL text columns get an empty string instead.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace Quorum::Sql

//! In a store's member function: runs the prepared \a query, and on failure returns the
//! StorageError (from the store's m_database) as the function's unexpected result.
#define QUORUM_EXEC(query)                                                                                             \
    do {                                                                                                               \
        if (!(query).exec()) {                                                                                         \
            return std::unexpected(m_database.errorOf((query).lastError()));                                           \
        }                                                                                                              \
    } while (false)
