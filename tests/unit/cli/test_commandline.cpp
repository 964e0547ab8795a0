// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QBuffer>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "cli/cli.h"
#include "cli/clicontext.h"
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

    void needsDocuments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("window");
        const auto q = [](std::initializer_list<QString> rest) {
            QStringList all {u"quorum"_s};
            all.append(rest);
            return all;
        };
        QTest::newRow("the window") << q({}) << true;
        QTest::newRow("the window, qt options") << q({u"-platform"_s, u"offscreen"_s}) << true;
        QTest::newRow("version") << q({u"--version"_s}) << false;
        QTest::newRow("help") << q({u"--help"_s}) << false;
        QTest::newRow("ask") << q({u"ask"_s, u"--target"_s, u"a/b"_s, u"hi"_s}) << false;
        QTest::newRow("ask --json") << q({u"--data-dir"_s, u"d"_s, u"ask"_s, u"--json"_s, u"hi"_s}) << false;
        QTest::newRow("ask --attach") << q({u"ask"_s, u"--attach"_s, u"f.png"_s, u"hi"_s}) << true;
        QTest::newRow("ask --attach=") << q({u"ask"_s, u"--attach=f.png"_s, u"hi"_s}) << true;
        QTest::newRow("ask --conversation") << q({u"ask"_s, u"--conversation"_s, u"3"_s, u"hi"_s}) << true;
        QTest::newRow("ask --conversation=") << q({u"ask"_s, u"--conversation=3"_s, u"hi"_s}) << true;
        QTest::newRow("ask --attachment (another word)") << q({u"ask"_s, u"--attachments"_s, u"hi"_s}) << false;
        QTest::newRow("after --") << q({u"ask"_s, u"--"_s, u"--attach"_s}) << false;
        QTest::newRow("export") << q({u"export"_s, u"--all"_s, u"--format"_s, u"md"_s}) << true;
        QTest::newRow("import") << q({u"import"_s, u"x.json"_s}) << true;
        QTest::newRow("history") << q({u"history"_s, u"--json"_s}) << false;
        QTest::newRow("judge") << q({u"judge"_s, u"--help"_s}) << false;
        QTest::newRow("unknown option") << q({u"--frobnicate"_s}) << false;
    }

    void needsDocuments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, window);
        QCOMPARE(CommandLine::needsDocuments(arguments), window);
    }

    // `ask --json` writes an answer's text in 64 Ki pieces: the line must be the one Qt writes
    // for the whole object, byte for byte, whatever falls on a piece's edge.
    void jsonLineWritesTheLongValueInPieces_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("short") << u"hello"_s;
        QString edge(64 * 1024 - 1, u'a');
        edge += u"\U0001F600"_s; // a surrogate pair across the first piece's edge
        edge += u"\"quoted\"\n\t\\ \u0001 ü €"_s;
        QTest::newRow("pair on the edge") << edge;
        QString large;
        for (int i = 0; i < 40'000; ++i) {
            large += u"line %1: \"x\" < y & \U0001D11E\n"_s.arg(i);
        }
        QTest::newRow("1.2 MB") << large;
    }

    void jsonLineWritesTheLongValueInPieces()
    {
        QFETCH(QString, value);
        const QJsonObject rest {{u"target"_s, u"a/b"_s},
            {u"tokens"_s, 12},
            {u"usage"_s, QJsonValue()},
            {u"error"_s, QJsonObject {{u"text"_s, u"nested, before"_s}}},
            {u"zz"_s, u"after"_s}};
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QTextStream out(&buffer);
        QTextStream err(stderr);
        const CliContext context(AppPaths::resolve(u"/tmp/unused"_s), out, err);
        out << "before\n";
        context.printJsonLine(rest, "text"_L1, value);
        QJsonObject whole = rest;
        whole.insert(u"text"_s, value);
        QCOMPARE(buffer.data(), "before\n" + QJsonDocument(whole).toJson(QJsonDocument::Compact) + '\n');
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
