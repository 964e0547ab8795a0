// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The quorum executable: a headless command (QCoreApplication, no display needed), or
// the window (QApplication).
#include <QApplication>
#include <QDir>
#include <QNetworkAccessManager>

#include "cli/cli.h"
#include "common/apppaths.h"
#include "common/settings.h"
#include "common/translations.h"
#include "common/version.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerconfig.h"
#include "secrets/secretstore.h"
#include "startup/databaseopener.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace
{

int runGui(int &argc, char **argv)
{
    Quorum::CommandLine::setApplicationIdentity();
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QApplication::translate("Quorum::MainWindow", "Quorum"));
    QGuiApplication::setDesktopFileName(Quorum::applicationId());
    Quorum::installTranslations(app);

    Quorum::CommandLine commandLine;
    commandLine.parse(app.arguments()); // already validated by startsGui()
    const Quorum::AppPaths paths = Quorum::AppPaths::resolve(commandLine.dataDir());
    QDir().mkpath(paths.dataDir());

    Quorum::Settings settings(paths.settingsFile());
    // Before the window: a database that does not open is the user's decision, asked first.
    auto storage = Quorum::DatabaseOpener(paths.dataDir()).open(nullptr);
    if (!storage) {
        return 0; // the user chose to quit; nothing was changed
    }
    Quorum::ProviderConfig providers(paths.dataDir());
    if (auto loaded = providers.load(); !loaded) {
        qWarning("%s", qUtf8Printable(loaded.error()));
    }
    Quorum::KeychainSecretStore keychain;
    Quorum::MemorySecretStore sessionKeys;
    QNetworkAccessManager network;
    Quorum::AppServices services {
        paths.dataDir(), storage->database.get(), &providers, &keychain, &sessionKeys, &network, &settings};
    Quorum::MainWindow window(settings, services);
    if (!storage->notice.isEmpty()) {
        window.setStorageNotice(storage->notice);
    }
    window.show();
    return QApplication::exec();
}

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    if (Quorum::CommandLine::startsGui(rawArguments(argc, argv))) {
        return runGui(argc, argv);
    }
    return Quorum::runCli(argc, argv);
}
