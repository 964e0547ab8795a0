// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The quorum executable: a headless command (QCoreApplication, no display needed), or
// the window (QApplication).
#include <cstdio>
#include <memory>

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QTimer>

#include "cli/cli.h"
#include "common/apppaths.h"
#include "common/settings.h"
#include "common/translations.h"
#include "common/version.h"
#include "exchange/documentexport.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerconfig.h"
#include "secrets/secretstore.h"
#include "startup/databaseopener.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace
{

double residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
            }
        }
    }
    return 0;
}

//! Reports the first paint of the window (wall clock, ms since the epoch) and idle memory.
class StartupReporter final : public QObject
{
public:
    StartupReporter(QWidget *window, bool exit)
        : m_exit(exit)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            watched->removeEventFilter(this);
            // After this paint has been handled.
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stderr,
                    "quorum: first paint at %lld ms since the epoch, resident %.1f MiB\n",
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                    residentMiB());
                QTimer::singleShot(3000, this, [this] {
                    std::fprintf(stderr, "quorum: idle after 3 s, resident %.1f MiB\n", residentMiB());
                    if (m_exit) {
                        QCoreApplication::quit();
                    }
                });
            });
        }
        return false;
    }

private:
    bool m_exit = false;
    bool m_painted = false;
};

int runGui(int &argc, char **argv)
{
    Quorum::CommandLine::setApplicationIdentity();
    QApplication app(argc, argv);
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
    // Benchmarks (tests/bench/bench_startup.sh): when the window first paints, say when, and
    // after 3 s of idling how much memory it holds; "exit" then quits.
    const QByteArray report = qgetenv("QUORUM_STARTUP_REPORT");
    std::unique_ptr<StartupReporter> reporter;
    if (!report.isEmpty()) {
        reporter = std::make_unique<StartupReporter>(&window, report == "exit");
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
    Quorum::DocumentExport::install();
    const QStringList arguments = rawArguments(argc, argv);
    if (Quorum::CommandLine::startsGui(arguments)) {
        return runGui(argc, argv);
    }
    if (Quorum::CommandLine::needsFonts(arguments)) {
        // Text is laid out, but no window opens: the offscreen platform, display or not.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return Quorum::runCli(argc, argv, [](int &count, char **values) -> std::unique_ptr<QCoreApplication> {
            return std::make_unique<QGuiApplication>(count, values);
        });
    }
    return Quorum::runCli(argc, argv);
}
