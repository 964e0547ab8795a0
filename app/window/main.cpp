// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The quorum-window executable: the window (QApplication), and every command of the CLI with
// the documents layer linked (attachments, export, import; a QGuiApplication on the offscreen
// platform where text is drawn). The headless `quorum` starts it for those
// (docs/architecture.md "Two executables"); the desktop file starts it directly.
#include <memory>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QNetworkAccessManager>

#include "cli/cli.h"
#include "common/apppaths.h"
#include "common/settings.h"
#include "common/translations.h"
#include "common/version.h"
#include "documentcommands/documentcommands.h"
#include "documents/attachmentreader.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerconfig.h"
#include "secrets/secretstore.h"
#include "startup/backgroundbackup.h"
#include "startup/databaseopener.h"
#include "startup/startupreporter.h"
#include "storage/database.h"
#include "theme/theme.h"

using namespace Qt::StringLiterals;

namespace
{

int runGui(int &argc, char **argv)
{
    Quorum::StartupReporter::mark("main");
    Quorum::CommandLine::setApplicationIdentity();
    QApplication app(argc, argv);
    Quorum::StartupReporter::mark("application");
    Quorum::Theme::installStyle(); // no image-format plugin for the first screen's icons
    QGuiApplication::setApplicationDisplayName(QApplication::translate("Quorum::MainWindow", "Quorum"));
    QGuiApplication::setDesktopFileName(Quorum::applicationId());
    // The installed icon (hicolor theme), else the one built in.
    QApplication::setWindowIcon(
        QIcon::fromTheme(Quorum::applicationId(), QIcon(u":/icons/%1.svg"_s.arg(Quorum::applicationId()))));

    Quorum::CommandLine commandLine;
    commandLine.parse(app.arguments()); // already validated by startsGui()
    const Quorum::AppPaths paths = Quorum::AppPaths::resolve(commandLine.dataDir());
    QDir().mkpath(paths.dataDir());

    Quorum::Settings settings(paths.settingsFile());
    // The language chosen in Settings -> Appearance, else the system's.
    const QString language = settings.language();
    Quorum::installTranslations(app, language.isEmpty() ? QLocale() : QLocale(language));
    // Before the window: a database that does not open is the user's decision, asked first.
    auto storage = Quorum::DatabaseOpener(paths.dataDir()).open(nullptr);
    if (!storage) {
        return 0; // the user chose to quit; nothing was changed
    }
    Quorum::StartupReporter::mark("database");
    Quorum::ProviderConfig providers(paths.dataDir());
    if (auto loaded = providers.load(); !loaded) {
        qWarning("%s", qUtf8Printable(loaded.error()));
    }
    Quorum::KeychainSecretStore keychain;
    Quorum::MemorySecretStore sessionKeys;
    QNetworkAccessManager network;
    Quorum::AppServices services {
        paths.dataDir(), storage->database.get(), &providers, &keychain, &sessionKeys, &network, &settings};
    Quorum::StartupReporter::mark("services");
    Quorum::MainWindow window(settings, services);
    Quorum::StartupReporter::mark("window");
    if (!storage->notice.isEmpty()) {
        window.setStorageNotice(storage->notice);
    }
    const auto reporter = Quorum::StartupReporter::fromEnvironment(&window); // benchmarks only
    window.show();
    Quorum::StartupReporter::mark("shown");
    // The daily backup, off the way of the first paint and of the window's thread.
    Quorum::BackgroundBackup backup(paths.dataDir());
    if (storage->database) {
        backup.start(2000);
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    const QStringList arguments = Quorum::CommandLine::argumentsOf(argc, argv);
    // Attached PDFs are read by a child process of this executable (docs/attachments.md).
    constexpr auto pdfHelperFlag = "--pdf-helper"_L1;
    if (arguments.size() == 2 && arguments.at(1) == pdfHelperFlag) {
        const QCoreApplication helper(argc, argv);
        return Quorum::AttachmentReader::runPdfHelper();
    }
    Quorum::AttachmentReader::setPdfHelper(QFileInfo(u"/proc/self/exe"_s).symLinkTarget(), {pdfHelperFlag});
    if (Quorum::CommandLine::startsGui(arguments)) {
        return runGui(argc, argv);
    }
    const Quorum::DocumentCommands documents;
    if (Quorum::CommandLine::needsFonts(arguments)) {
        // Text is laid out, but no window opens: the offscreen platform, display or not.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return Quorum::runCli(
            argc,
            argv,
            [](int &count, char **values) -> std::unique_ptr<QCoreApplication> {
                return std::make_unique<QGuiApplication>(count, values);
            },
            &documents);
    }
    return Quorum::runCli(argc, argv, {}, &documents);
}
