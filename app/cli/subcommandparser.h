// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Quorum
{

class CliContext;

/*!
 * A QCommandLineParser for one sub-command ("providers add"): adds --help, parses the
 * sub-command's arguments, prints its help or its usage error. Returns an exit status
 * from parse() when the command must stop there (help shown, or a usage error).
 */
class SubcommandParser final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::SubcommandParser)

public:
    SubcommandParser(QString command, QString synopsis, QString description);

    QCommandLineParser &parser() { return m_parser; }
    //! Parses \a arguments; std::nullopt to go on, else the exit status to return.
    std::optional<int> parse(const CliContext &context, const QStringList &arguments);
    QString helpText() const;

    //! One action of a command with actions ("variants add").
    struct Action {
        QString name;
        std::function<int(const CliContext &context, const QStringList &arguments)> run;
    };
    /*!
     * `quorum COMMAND ACTION ...`: runs the action named by the first argument with the rest;
     * with no action, or an option first, the first action with every argument; --help
     * prints \a help; anything else is a usage error that lists the actions.
     */
    static int runAction(const CliContext &context,
        const QString &command,
        const QStringList &arguments,
        const QList<Action> &actions,
        const QString &help);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QString m_command;
    QString m_synopsis;
};

} // namespace Quorum
