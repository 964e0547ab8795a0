// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/subcommandparser.h"

#include "cli/clicontext.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

SubcommandParser::SubcommandParser(QString command, QString synopsis, QString description)
    : m_help({u"h"_s, u"help"_s}, tr("Show this help and exit."))
    , m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
}

std::optional<int> SubcommandParser::parse(const CliContext &context, const QStringList &arguments)
{
    if (!m_parser.parse(QStringList {u"quorum"_s} + arguments)) {
        return context.usageError(m_command, m_parser.errorText());
    }
    if (m_parser.isSet(m_help)) {
        context.out() << helpText();
        context.out().flush();
        return ExitOk;
    }
    return std::nullopt;
}

QString SubcommandParser::helpText() const
{
    // QCommandLineParser names the executable path in its usage line; name the command instead.
    QString text = m_parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    return tr("Usage: quorum %1 %2").arg(m_command, m_synopsis) + text.sliced(firstLineEnd);
}

int SubcommandParser::runAction(const CliContext &context,
    const QString &command,
    const QStringList &arguments,
    const QList<Action> &actions,
    const QString &help)
{
    const QString first = arguments.value(0);
    if (first == "--help"_L1 || first == "-h"_L1) {
        context.out() << help;
        return ExitOk;
    }
    if (first.isEmpty() || first.startsWith(u'-')) {
        return actions.constFirst().run(context, arguments);
    }
    QStringList names;
    for (const Action &action : actions) {
        if (action.name == first) {
            return action.run(context, arguments.mid(1));
        }
        names << action.name;
    }
    return context.usageError(command, tr("unknown action '%1' (%2)").arg(first, names.join(u", "_s)));
}

} // namespace Quorum
