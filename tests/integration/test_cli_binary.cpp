// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Runs the real quorum executable. The environment has no display and asks for the xcb
// platform: if the headless path created a QGuiApplication, Qt would abort on start.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

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
        Quorum::Testing::CliRunner cli(QStringLiteral(QUORUM_BINARY), m_dir.path());
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

    void germanHelpIsTranslated()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"de"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(QUORUM_BINARY), {u"--help"_s});
        QVERIFY(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(out.contains(u"Ohne Befehl öffnet es sein Fenster."_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliBinary)
#include "test_cli_binary.moc"
