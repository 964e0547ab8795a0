// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "storage/storageerror.h"
#include "types/generationparameters.h"

namespace Quorum
{

class Database;

//! Named parameters a target is asked with: "account/model#name" (docs/experiments.md).
struct Variant {
    QString name;
    GenerationParameters parameters;
    int version = 1; //!< raised at every change of the parameters
    qint64 updatedAt = 0;

    friend bool operator==(const Variant &, const Variant &) = default;
};

/*!
 * The variants table. A name is what the user types after '#': letters, digits and "-_."
 * (validName). Changes are said by DatabaseChanges::variantsChanged.
 */
class VariantStore final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::VariantStore)

public:
    explicit VariantStore(const Database &database);

    //! Why \a name cannot name a variant (empty: it can).
    static QString nameProblem(const QString &name);

    [[nodiscard]] std::expected<QList<Variant>, StorageError> variants() const;
    //! NotFound when there is none of that name.
    [[nodiscard]] std::expected<Variant, StorageError> variant(const QString &name) const;
    //! Adds or replaces the variant \a variant.name; its version goes up when its parameters change.
    [[nodiscard]] std::expected<Variant, StorageError> save(const Variant &variant);
    [[nodiscard]] std::expected<void, StorageError> remove(const QString &name);

private:
    const Database &m_database;
};

} // namespace Quorum
