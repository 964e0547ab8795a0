// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QList>
#include <QString>

#include "storage/storageerror.h"
#include "types/modelinfo.h"

namespace Quorum
{

class Database;

//! A model of a provider account as Quorum remembers it.
struct StoredModel {
    QString id;
    QString displayName;
    qint64 contextWindow = 0; //!< 0: not known
    bool hidden = false;      //!< the user hid it from the model picker
    qint64 fetchedAt = 0;
    std::optional<ModelCapabilities> reads;  //!< what the provider's list says it reads
    std::optional<ModelCapabilities> chosen; //!< what the user says it reads (wins)

    friend bool operator==(const StoredModel &, const StoredModel &) = default;
};

//! What is known of what a model reads besides the built-in table (capabilitiesFor()).
struct ModelReads {
    std::optional<ModelCapabilities> listed; //!< the provider's list
    std::optional<ModelCapabilities> chosen; //!< the user's choice

    friend bool operator==(const ModelReads &, const ModelReads &) = default;
};

/*!
 * The models each provider account offered when last listed, and which of them the user
 * hid. Listing again replaces the list but keeps what the user hid.
 */
class ModelStore final
{
public:
    explicit ModelStore(const Database &database);

    [[nodiscard]] std::expected<void, StorageError> replace(
        const QString &providerId, const QList<ModelInfo> &models, qint64 now);
    //! Sorted by id.
    [[nodiscard]] std::expected<QList<StoredModel>, StorageError> models(const QString &providerId) const;
    [[nodiscard]] std::expected<void, StorageError> setHidden(
        const QString &providerId, const QString &modelId, bool hidden);
    //! What the list said \a modelId reads, and what the user chose (0012_modelreads.sql).
    [[nodiscard]] std::expected<ModelReads, StorageError> reads(
        const QString &providerId, const QString &modelId) const;
    //! The user's choice of what \a modelId reads; nothing: as listed or built in.
    [[nodiscard]] std::expected<void, StorageError> setReads(
        const QString &providerId, const QString &modelId, std::optional<ModelCapabilities> chosen);
    //! Forgets an account's models and choices (the account was removed).
    [[nodiscard]] std::expected<void, StorageError> removeProvider(const QString &providerId);

private:
    const Database &m_database;
};

} // namespace Quorum
