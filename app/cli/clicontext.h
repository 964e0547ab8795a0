// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <initializer_list>
#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include "common/apppaths.h"

namespace Quorum
{

class CliDocuments;

//! Exit statuses of every command: 0 success, 1 failure, 2 usage error.
enum ExitStatus : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/*!
 * What every CLI command gets: where the data lives, the output streams, and helpers for
 * the usual messages. Commands print results on out and everything else on err.
 */
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::CliContext)

public:
    //! \a documents: the documents layer, when the executable links it (quorum-window), else null.
    CliContext(AppPaths paths, QTextStream &out, QTextStream &err, const CliDocuments *documents = nullptr);

    const AppPaths &paths() const { return m_paths; }
    QTextStream &out() const { return m_out; }
    QTextStream &err() const { return m_err; }
    //! What reads and draws documents (attachments, exports); null in the headless `quorum`.
    const CliDocuments *documents() const { return m_documents; }
    /*!
     * The documents layer, or null after printing "quorum COMMAND: ... needs quorum-window":
     * the headless executable starts quorum-window for the commands that need it, so this is
     * a guard, not a path users take.
     */
    const CliDocuments *requireDocuments(const QString &command) const;

    /*!
     * Prints \a utf8 (UTF-8 already, as QJsonDocument makes it) and a newline on out,
     * straight to its device when it has one: through the QTextStream a long answer's JSON
     * would be decoded to UTF-16 and encoded again (two more copies of it in memory).
     */
    void printUtf8Line(QByteArrayView utf8) const;
    /*!
     * Prints \a object with \a key set to \a value as one compact JSON line, the value
     * escaped and written in pieces straight to out: a long answer is neither copied into
     * the object nor held whole in its JSON (2-3 copies of it at once, otherwise).
     */
    void printJsonLine(QJsonObject object, QLatin1StringView key, const QString &value) const;
    //! Prints "quorum COMMAND: MESSAGE" and the hint to --help; returns ExitUsage.
    int usageError(const QString &command, const QString &message) const;
    //! Prints "quorum COMMAND: MESSAGE"; returns ExitFailure.
    int failure(const QString &command, const QString &message) const;
    //! A secret (an API key) from standard input: typed without echo after \a prompt on a
    //! terminal, else the first line; trimmed.
    QString readSecret(const QString &prompt) const;
    //! A PROMPT argument: as given, or "-" for all of standard input (nullopt: unreadable).
    static std::optional<QString> promptArgument(const QString &argument);

private:
    //! Writes \a pieces (UTF-8) after what out holds, straight to its device when it has one.
    void writeUtf8(std::initializer_list<QByteArrayView> pieces) const;
    //! A newline, and the file flushed.
    void endUtf8Line() const;

    AppPaths m_paths;
    QTextStream &m_out;
    QTextStream &m_err;
    const CliDocuments *m_documents = nullptr;
};

} // namespace Quorum
