// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <functional>

#include <QCoreApplication>
#include <QJsonObject>

#include "storage/conversationstore.h"

class QIODevice;

namespace Quorum
{

/*!
 * Quorum's own export format (docs/export-format.md): everything stored about a
 * conversation — every branch, every answer with its parameters, usage, cost and timings —
 * so that exporting, importing into another database and exporting again gives the same
 * bytes. Ids are the file's own (turns and answers numbered from 1 per conversation); money
 * stays integer nano-dollars (version 1 wrote micro-dollars as "cost_micros"; still read). Written a page of turns at a
 * time (memory does not grow with the number or length of conversations); read whole, validated before anything is
 * stored.
 */
class QuorumJson final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::QuorumJson)

public:
    static constexpr int version = 2;

    /*!
     * Writes conversations \a ids to \a out. \a progress (done, total) may return false to
     * cancel; the caller discards the half-written file (QSaveFile::cancelWriting).
     */
    [[nodiscard]] static std::expected<void, QString> write(const ConversationStore &store,
        const QList<qint64> &ids,
        QIODevice &out,
        const std::function<bool(int done, int total)> &progress = {});
    //! Reads a file; the message says where it broke ("conversation 2, turn 5: ...").
    [[nodiscard]] static std::expected<QList<ConversationStore::Import>, QString> read(const QByteArray &data);
    //! Whether \a data looks like this format (for `quorum import` without --from).
    static bool recognises(const QByteArray &data);
};

} // namespace Quorum
