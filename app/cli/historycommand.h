// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include "types/records.h"

namespace Quorum
{

class CliContext;
class Database;

/*!
 * `quorum history [--json]`, `quorum show ID [--json]` and `quorum search QUERY [--json]`:
 * the stored conversations, one of them with its turns and answers (each answer in the
 * shape of `ask --json`), and full-text search over prompts and answers.
 */
class HistoryCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::HistoryCommand)

public:
    static int runHistory(const CliContext &context, const QStringList &arguments);
    static int runShow(const CliContext &context, const QStringList &arguments);
    static int runSearch(const CliContext &context, const QStringList &arguments);
    static int runBackup(const CliContext &context, const QStringList &arguments);
    static int runRestore(const CliContext &context, const QStringList &arguments);

    //! A stored answer as `ask --json` prints it (plus its response_id).
    static QJsonObject responseJson(const ResponseRecord &response);
    enum class Use {
        Read,  //!< only reads: falls back to read-only access on a read-only disk
        Write, //!< writes: a read-only or full disk is an error
    };
    /*!
     * Opens the data directory's database for a command; prints the problem and returns null.
     * \a diskHint is added to the message when the disk is read-only or full.
     */
    static std::unique_ptr<Database> openDatabase(
        const CliContext &context, const QString &command, Use use = Use::Write, const QString &diskHint = {});
    //! ISO 8601 UTC with milliseconds for a stored time.
    static QString isoTime(qint64 msSinceEpoch);
};

} // namespace Quorum
