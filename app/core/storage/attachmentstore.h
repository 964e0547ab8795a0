// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QCoreApplication>
#include <QList>

#include "storage/storageerror.h"
#include "types/attachment.h"

namespace Quorum
{

class Database;

/*!
 * The files attached to turns (0011_attachments.sql, docs/attachments.md "Storage"): each
 * content stored once, shared by every turn that attached it; the last turn to go takes it
 * with it.
 */
class AttachmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::AttachmentStore)

public:
    explicit AttachmentStore(const Database &database);

    //! Ties \a attachments to turn \a turnId, in order, in a transaction of its own.
    [[nodiscard]] std::expected<void, StorageError> attach(qint64 turnId, const QList<Attachment> &attachments);
    //! The same inside the caller's open Transaction (a turn is stored with its files).
    [[nodiscard]] std::expected<void, StorageError> attachWithin(qint64 turnId, const QList<Attachment> &attachments);
    //! Turn \a turnId's files, in order, with their bytes (empty: none).
    [[nodiscard]] std::expected<QList<Attachment>, StorageError> attachments(qint64 turnId) const;

    struct Usage {
        qint64 files = 0; //!< distinct contents stored
        qint64 bytes = 0;
    };
    [[nodiscard]] std::expected<Usage, StorageError> usage() const;

private:
    const Database &m_database;
};

} // namespace Quorum
