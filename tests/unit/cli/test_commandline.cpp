// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QCoreApplication>
#include <QTest>

#include "cli/cli.h"
#include "languages.h"

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

    void helpFitsATerminalInEveryLanguage_data() { Testing::addLanguageRows(); }

    void helpFitsATerminalInEveryLanguage()
    {
        // quorum --help in 80 columns, the table of commands with one row per command: no
        // line wrapped by the parser in the middle of a row, none longer than the terminal.
        QFETCH(QString, language);
        const Testing::SpeakLanguage speaking(language);
        const QString help = CommandLine().helpText();
        for (const QString &line : help.split(u'\n')) {
            if (line.contains(QCoreApplication::arguments().constFirst())) {
                continue; // the usage line names the program as it was started, a path here
            }
            QVERIFY2(line.size() <= 80, qPrintable(u"%1 columns: %2"_s.arg(line.size()).arg(line)));
        }
        for (const char *command : {"ask",
                 "providers",
                 "models",
                 "prices",
                 "spend",
                 "budget",
                 "rules",
                 "route",
                 "history",
                 "show",
                 "search",
                 "export",
                 "import",
                 "backup"}) {
            const QString row = u"\n  "_s + QLatin1StringView(command) + u' ';
            QVERIFY2(help.count(row) == 1, qPrintable(language + u": no row for "_s + QLatin1StringView(command)));
        }
        if (language != "en"_L1) {
            QVERIFY(!help.contains(u"Each command has its own --help."_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_commandline.moc"
