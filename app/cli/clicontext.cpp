// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/clicontext.h"

#include <QFile>
#include <QFileDevice>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Quorum
{

CliContext::CliContext(AppPaths paths, QTextStream &out, QTextStream &err)
    : m_paths(std::move(paths))
    , m_out(out)
    , m_err(err)
{
}

void CliContext::printUtf8Line(QByteArrayView utf8) const
{
    m_out.flush(); // what was printed before comes first
    if (QIODevice *device = m_out.device()) {
        device->write(utf8.data(), utf8.size());
        device->write("\n", 1);
        if (auto *file = qobject_cast<QFileDevice *>(device)) {
            file->flush();
        }
        return;
    }
    m_out << QString::fromUtf8(utf8) << '\n';
}

int CliContext::usageError(const QString &command, const QString &message) const
{
    m_err << "quorum "_L1 << command << ": "_L1 << message << '\n'
          << tr("Try 'quorum %1 --help' for more information.").arg(command) << Qt::endl;
    return ExitUsage;
}

std::optional<QString> CliContext::promptArgument(const QString &argument)
{
    if (argument != "-"_L1) {
        return argument;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return QString::fromUtf8(in.readAll());
}

int CliContext::failure(const QString &command, const QString &message) const
{
    m_err << "quorum "_L1 << command << ": "_L1 << message << Qt::endl;
    return ExitFailure;
}

QString CliContext::readSecret(const QString &prompt) const
{
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        m_err << prompt;
        m_err.flush();
        termios before {};
        const bool terminal = ::tcgetattr(STDIN_FILENO, &before) == 0;
        if (terminal) {
            termios silent = before;
            silent.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
        QTextStream in(stdin);
        const QString secret = in.readLine();
        if (terminal) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
        }
        m_err << Qt::endl;
        return secret.trimmed();
    }
#endif
    Q_UNUSED(prompt)
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

} // namespace Quorum
