// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QTest>

#include "cli/cli.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsGui_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("gui");
        QTest::newRow("nothing") << QStringList {u"quorum"_s} << true;
        QTest::newRow("data dir") << QStringList {u"quorum"_s, u"--data-dir"_s, u"/tmp/x"_s} << true;
        QTest::newRow("data dir =") << QStringList {u"quorum"_s, u"--data-dir=/tmp/x"_s} << true;
        QTest::newRow("qt platform") << QStringList {u"quorum"_s, u"-platform"_s, u"offscreen"_s} << true;
        QTest::newRow("qt platform=") << QStringList {u"quorum"_s, u"-platform=offscreen"_s} << true;
        QTest::newRow("qt reverse") << QStringList {u"quorum"_s, u"-reverse"_s} << true;
        QTest::newRow("version") << QStringList {u"quorum"_s, u"--version"_s} << false;
        QTest::newRow("-v") << QStringList {u"quorum"_s, u"-v"_s} << false;
        QTest::newRow("help") << QStringList {u"quorum"_s, u"--help"_s} << false;
        QTest::newRow("-h") << QStringList {u"quorum"_s, u"-h"_s} << false;
        QTest::newRow("command") << QStringList {u"quorum"_s, u"ask"_s, u"hi"_s} << false;
        QTest::newRow("command after data dir")
            << QStringList {u"quorum"_s, u"--data-dir"_s, u"d"_s, u"models"_s, u"x"_s} << false;
        QTest::newRow("unknown option") << QStringList {u"quorum"_s, u"--frobnicate"_s} << false;
        QTest::newRow("missing value") << QStringList {u"quorum"_s, u"--data-dir"_s} << false;
    }

    void startsGui()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, gui);
        QCOMPARE(CommandLine::startsGui(arguments), gui);
    }

    void guiPlatformOptionsAreRemoved()
    {
        const QStringList in {u"quorum"_s,
            u"-platform"_s,
            u"xcb"_s,
            u"-style=fusion"_s,
            u"--data-dir"_s,
            u"/d"_s,
            u"-reverse"_s,
            u"ask"_s,
            u"-platform"_s};
        // argv[0] is kept even if it looked like an option; the value of the last -platform is missing.
        QCOMPARE(CommandLine::withoutGuiPlatformOptions(in),
            (QStringList {u"quorum"_s, u"--data-dir"_s, u"/d"_s, u"ask"_s}));
    }

    void commandKeepsItsOwnOptions()
    {
        CommandLine commandLine;
        QVERIFY(commandLine.parse(
            {u"quorum"_s, u"--data-dir"_s, u"/d"_s, u"ask"_s, u"--json"_s, u"--target"_s, u"a/b"_s, u"hello"_s}));
        QCOMPARE(commandLine.dataDir(), u"/d"_s);
        QCOMPARE(commandLine.command(), u"ask"_s);
        QCOMPARE(commandLine.commandArguments(), (QStringList {u"--json"_s, u"--target"_s, u"a/b"_s, u"hello"_s}));
        QVERIFY(!commandLine.helpRequested());
    }

    void usageErrorIsDescribed()
    {
        CommandLine commandLine;
        QVERIFY(!commandLine.parse({u"quorum"_s, u"--frobnicate"_s}));
        QVERIFY2(commandLine.errorText().contains(u"frobnicate"_s), qPrintable(commandLine.errorText()));
    }
};

QTEST_APPLESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
