// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Runs the real quorum executable. The environment has no display and asks for the xcb
// platform: if the headless path created a QGuiApplication, Qt would abort on start.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "clirunner.h"

using namespace Qt::StringLiterals;

namespace
{
using Result = Quorum::Testing::CliResult;
} // namespace

class TestCliBinary : public QObject
{
    Q_OBJECT

private:
    Result run(const QStringList &arguments)
    {
        Quorum::Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.path());
        cli.environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s); // no display: the CLI must not need one
        return cli.run(arguments);
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void version_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("long") << u"--version"_s;
        QTest::newRow("short") << u"-v"_s;
    }

    void version()
    {
        QFETCH(QString, option);
        const Result r = run({option});
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression pattern(u"^quorum \\d+\\.\\d+\\.\\d+\n$"_s);
        QVERIFY2(pattern.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    void help()
    {
        const Result r = run({u"--help"_s});
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Usage: "_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"--data-dir <dir>"_s));
        QVERIFY(r.out.contains(u"--version"_s));
        QVERIFY(r.out.contains(u"Without a command it opens its window."_s));
    }

    void unknownOptionIsAUsageError()
    {
        const Result r = run({u"--frobnicate"_s});
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"frobnicate"_s) && r.err.contains(u"quorum --help"_s), qPrintable(r.err));
    }

    void unknownCommandIsAUsageError()
    {
        const Result r = run({u"frobnicate"_s, u"--now"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unknown command 'frobnicate'"_s), qPrintable(r.err));
    }

    // docs/architecture.md "Two executables": the headless commands load none of the libraries
    // that draw. ld.so lists what it would load and stops (LD_TRACE_LOADED_OBJECTS, ldd's way).
    void headlessExecutableLinksNothingThatDraws()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LD_TRACE_LOADED_OBJECTS"_s, u"1"_s);
        process.setProcessEnvironment(env);
        process.start(Quorum::Testing::buildPath(QUORUM_BINARY), {u"--version"_s});
        QVERIFY(process.waitForFinished(30000));
        const QString loaded = QString::fromLocal8Bit(process.readAllStandardOutput());
        QVERIFY2(loaded.contains(u"libQt6Core.so"_s) && loaded.contains(u"libQt6Network.so"_s), qPrintable(loaded));
        for (const QString &library :
            {u"libQt6Gui"_s, u"libQt6Widgets"_s, u"libQt6Pdf"_s, u"libQt6Svg"_s, u"libKF6SyntaxHighlighting"_s}) {
            QVERIFY2(!loaded.contains(library), qPrintable(library + u" is loaded by quorum:\n"_s + loaded));
        }
    }

    // A command that reads documents runs in quorum-window, in the same process (execv): the
    // same pid, the same standard input, the same exit status.
    void attachingStartsTheWindowExecutableInItsPlace()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.insert(u"QUORUM_DATA_DIR"_s, m_dir.path());
        process.setProcessEnvironment(env);
        const QString missing = m_dir.filePath(u"not-there.png"_s);
        process.start(Quorum::Testing::buildPath(QUORUM_BINARY),
            {u"ask"_s, u"--target"_s, u"fake/model"_s, u"--attach"_s, missing, u"-"_s});
        QVERIFY(process.waitForStarted());
        const QString exe = u"/proc/%1/exe"_s.arg(process.processId());
        // The prompt is read from standard input first: quorum-window waits there.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(exe).symLinkTarget().endsWith(u"/quorum-window"_s), 10000);
        process.write("describe it\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains(u"cannot attach"_s) && err.contains(missing), qPrintable(err));
    }

    // The first screen shows no raster image, so none of Qt's image-format plugins (libtiff,
    // libwebp, libjpeg, libmng... 1.9 MiB) is loaded for it: Theme::SymbolStyle draws the
    // standard icons Qt would read from PNG files.
    void theWindowStartsWithoutImagePlugins()
    {
        const QTemporaryDir data;
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"QUORUM_STARTUP_REPORT"_s, u"1"_s); // says when it first painted, then idles
        window.setProcessEnvironment(env);
        window.start(QFileInfo(Quorum::Testing::buildPath(QUORUM_BINARY)).dir().filePath(u"quorum-window"_s),
            {u"--data-dir"_s, data.path()});
        QVERIFY(window.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += window.readAllStandardError()).contains("first paint"), 60000);
        QFile maps(u"/proc/%1/maps"_s.arg(window.processId()));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        window.kill();
        window.waitForFinished();
        QVERIFY2(mapped.contains("libQt6Widgets.so"), mapped.constData()); // the window it is
        QVERIFY2(!mapped.contains("/imageformats/"), mapped.constData());
    }

    void aMissingWindowExecutableIsSaid()
    {
        // quorum alone, without quorum-window beside it.
        const QString alone = m_dir.filePath(u"alone/quorum"_s);
        QVERIFY(QDir().mkpath(QFileInfo(alone).path()));
        QVERIFY(QFile::copy(Quorum::Testing::buildPath(QUORUM_BINARY), alone));
        Quorum::Testing::CliRunner cli(alone, m_dir.path());
        const Result r = cli.run({u"export"_s, u"--all"_s, u"--format"_s, u"md"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cannot start"_s) && r.err.contains(m_dir.filePath(u"alone/quorum-window"_s)),
            qPrintable(r.err));
        // What needs no document still works alone.
        QCOMPARE(cli.run({u"history"_s, u"--json"_s}).exitCode, 0);
    }

    void germanHelpIsTranslated()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"de"_s);
        process.setProcessEnvironment(env);
        process.start(Quorum::Testing::buildPath(QUORUM_BINARY), {u"--help"_s});
        QVERIFY(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(u"Ohne Befehl öffnet es sein Fenster."_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliBinary)
#include "test_cli_binary.moc"
