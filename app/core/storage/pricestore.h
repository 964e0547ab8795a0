// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "storage/storageerror.h"
#include "types/modelprice.h"

namespace Quorum
{

class Database;

/*!
 * The price table. Rows are never changed: a new price is a new row in force from its
 * time, so the history stays (and answers keep the cost stored with them). Lookups take
 * the first scope in the given order that has a row for the model, and within a scope the
 * user's own row before an imported one before a built-in one, newest first.
 */
class PriceStore final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::PriceStore)

public:
    explicit PriceStore(const Database &database);

    /*!
     * Adds rows in one transaction. A row whose prices equal those of the newest row with
     * the same scope, model and source is skipped (re-importing the same list adds
     * nothing). Returns how many were added.
     */
    [[nodiscard]] std::expected<int, StorageError> add(const QList<ModelPrice> &prices);
    //! The rows in force at \a at: the newest per scope, model and source, sorted by scope and model.
    [[nodiscard]] std::expected<QList<ModelPrice>, StorageError> list(qint64 at) const;
    //! The price for the first of \a models in the first of \a scopes that has one, in force at \a at.
    [[nodiscard]] std::expected<std::optional<ModelPrice>, StorageError> find(
        const QStringList &scopes, const QStringList &models, qint64 at) const;

private:
    const Database &m_database;
};

} // namespace Quorum
