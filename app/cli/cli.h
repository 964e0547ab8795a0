// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>
#include <memory>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class CliDocuments;

/*!
 * Quorum's command line: global options (--data-dir, --help, --version) and the
 * sub-command with its own arguments. Decides whether a run opens the window or stays
 * headless; the headless path works without a display (a PDF export, which lays out text,
 * gets a QGuiApplication on the offscreen platform).
 */
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::CommandLine)
    Q_DISABLE_COPY_MOVE(CommandLine)

public:
    CommandLine();

    //! argv as strings (the local 8-bit encoding), before any application object exists.
    static QStringList argumentsOf(int argc, char **argv);
    //! Sets application name, version and organisation; call before creating the application.
    static void setApplicationIdentity();
    //! True when \a arguments (argv[0] first) ask for the window rather than a CLI command.
    static bool startsGui(const QStringList &arguments);
    /*!
     * True when the command in \a arguments draws text (a PDF export): it needs a
     * QGuiApplication (fonts), still without a window.
     */
    static bool needsFonts(const QStringList &arguments);
    /*!
     * True when the command in \a arguments needs what only quorum-window links (Qt GUI, Qt
     * PDF, Qt SVG, KSyntaxHighlighting): the window, `export`, `import`, and `ask` with
     * --attach or --conversation (a follow-up's earlier files are prepared again). The
     * headless `quorum` starts quorum-window in its place for these (docs/architecture.md).
     */
    static bool needsDocuments(const QStringList &arguments);
    //! \a arguments without the options QGuiApplication consumes itself (-platform X, ...).
    static QStringList withoutGuiPlatformOptions(const QStringList &arguments);

    //! Parses \a arguments (argv[0] first); false on a usage error, see errorText().
    bool parse(const QStringList &arguments);
    QString errorText() const;
    bool helpRequested() const;
    bool versionRequested() const;
    QString dataDir() const;
    //! The sub-command (first positional argument), empty for none.
    QString command() const;
    //! Everything after the sub-command, options included, for the sub-command's own parser.
    QStringList commandArguments() const;
    QString helpText() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_dataDirOption;
};

using ApplicationFactory = std::function<std::unique_ptr<QCoreApplication>(int &argc, char **argv)>;

/*!
 * The headless entry point: creates a QCoreApplication (or what \a makeApplication makes:
 * the QGuiApplication a PDF export needs), runs the command and returns the process exit
 * status: 0 success, 1 failure, 2 usage error. \a documents: what reads and draws documents
 * (quorum-window's DocumentCommands); null in the headless `quorum`.
 */
int runCli(
    int &argc, char **argv, const ApplicationFactory &makeApplication = {}, const CliDocuments *documents = nullptr);

} // namespace Quorum
