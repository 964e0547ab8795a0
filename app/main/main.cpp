// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The quorum executable: the headless commands (a QCoreApplication, no display needed). It
// links no Qt GUI: a command that streams answers maps only QtCore, QtNetwork, QtSql and the
// keychain. The window and the commands that read or draw documents (attached files, export,
// import) are quorum-window's, found beside this executable and started in this process's
// place (execv: the same process id, standard streams and exit status), before anything is
// read (docs/architecture.md "Two executables").
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include "cli/cli.h"

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{

//! Replaces this process with quorum-window and the same arguments; returns only on failure.
int execWindow(char **argv)
{
    const QString self = QFileInfo(u"/proc/self/exe"_s).symLinkTarget();
    const QString window = QFileInfo(self).dir().filePath(u"quorum-window"_s);
    const QByteArray path = QFile::encodeName(window);
    argv[0] = const_cast<char *>(path.constData()); // its own path, as a shell would give it
    ::execv(path.constData(), argv);
    const int error = errno;
    std::fprintf(stderr,
        "quorum: cannot start %s (the window, attachments, export and import are its): %s\n",
        path.constData(),
        std::strerror(error));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (Quorum::CommandLine::needsDocuments(Quorum::CommandLine::argumentsOf(argc, argv))) {
        return execWindow(argv);
    }
    return Quorum::runCli(argc, argv);
}
