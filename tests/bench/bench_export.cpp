// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Export figures for issue #9: a conversation of 10,000 turns × 4 answers (generated text,
// tests/bench/benchdata.h) exported to each format through QSaveFile, as `quorum export`
// does: median time of 3 runs, file size, and the peak memory of one export measured in a
// child process of its own (so formats do not inherit each other's peak). It reports
// figures; it does not pass or fail on time.
//
// HTML and PDF are laid out with fonts: the bench is a QGuiApplication on the offscreen
// platform, and the PDF (much the slowest) is timed once rather than three times.
//
// bench_export [--turns N] [--formats json,md,csv,html,pdf]        (default 10000, all)
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchdata.h"
#include "exchange/documentexport.h"
#include "export/exportjob.h"
#include "storage/database.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
QTextStream out(stdout);

bool exportTo(const ConversationStore &store, qint64 id, const QString &format, const QString &path)
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    const auto written
        = ExportJob::write(store, {id}, *ExportJob::formatFromName(format), file, {}, ExportJob::PageSize::A4);
    return written && file.commit();
}

long maxRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    DocumentExport::install();
    QCommandLineParser parser;
    const QCommandLineOption turnsOption(u"turns"_s, u"Turns in the conversation."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption formatsOption(
        u"formats"_s, u"Formats to time, comma-separated."_s, u"list"_s, u"json,md,csv,html,pdf"_s);
    parser.addOptions({turnsOption, formatsOption});
    parser.process(app);
    const int turns = parser.value(turnsOption).toInt();

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"quorum.db"_s);
    qint64 id = 0;
    {
        auto db = Database::open(dbPath);
        if (!db) {
            return 1;
        }
        Bench::TextMaker maker(20261126);
        const QStringList fourModels = Bench::threeModels + QStringList {u"mistral/mistral-large"_s};
        const auto ids = ConversationStore(**db).importConversations(
            {Bench::makeConversation(maker, turns, 1'800'000'000'000LL, fourModels)});
        if (!ids) {
            return 1;
        }
        id = ids->constFirst();
    }
    out << u"%1 turns × 4 answers, database %2 MB\n"_s.arg(turns).arg(
        double(QFileInfo(dbPath).size()) / 1e6, 0, 'f', 1);
    out << u"format  median time  file size  peak RSS of the export process (baseline: opening the database)\n"_s;
    out.flush();
    for (const QString &format : parser.value(formatsOption).split(u',')) {
        const QString path = dir.filePath(u"export."_s + format);
        // Each export in a child of its own: its peak memory is its own.
        int pipeFd[2];
        if (pipe(pipeFd) != 0) {
            return 1;
        }
        const pid_t child = fork();
        if (child == 0) {
            close(pipeFd[0]);
            auto db = Database::open(dbPath, Database::Mode::ReadOnly);
            const ConversationStore store(**db);
            const long baseline = maxRssKb();
            std::vector<double> times;
            const int runs = format == "pdf"_L1 ? 1 : 3;
            for (int run = 0; run < runs; ++run) {
                QElapsedTimer clock;
                clock.start();
                if (!exportTo(store, id, format, path)) {
                    _exit(2);
                }
                times.push_back(double(clock.nsecsElapsed()) / 1e6);
            }
            std::ranges::sort(times);
            const QByteArray line = QByteArray::number(times.at(times.size() / 2), 'f', 0) + ' '
                + QByteArray::number(qlonglong(baseline)) + ' ' + QByteArray::number(qlonglong(maxRssKb()));
            [[maybe_unused]] const auto n = write(pipeFd[1], line.constData(), size_t(line.size()));
            _exit(0);
        }
        close(pipeFd[1]);
        char buffer[128] = {};
        const auto n = read(pipeFd[0], buffer, sizeof buffer - 1);
        close(pipeFd[0]);
        int status = 0;
        waitpid(child, &status, 0);
        const QList<QByteArray> parts = QByteArray(buffer, n > 0 ? n : 0).split(' ');
        if (parts.size() != 3) {
            out << format << u"  failed\n"_s;
            continue;
        }
        out << u"%1  %2 ms  %3 MB  %4 MB (baseline %5 MB)\n"_s.arg(format, -6)
                   .arg(QString::fromLatin1(parts.at(0)), 10)
                   .arg(double(QFileInfo(path).size()) / 1e6, 7, 'f', 1)
                   .arg(parts.at(2).toDouble() / 1024.0, 0, 'f', 0)
                   .arg(parts.at(1).toDouble() / 1024.0, 0, 'f', 0);
        out.flush();
    }
    return 0;
}
