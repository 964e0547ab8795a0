// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Export figures for issue #9: a conversation of 10,000 turns × 4 answers (generated text,
// tests/bench/benchdata.h) exported to each format through QSaveFile, as `quorum export`
// does: median time of 3 runs, file size, and the peak memory of the exports measured in a
// process started afresh for each format (so no format inherits another's peak, nor the
// generator's freed memory). It reports
// figures; it does not pass or fail on time.
//
// HTML and PDF are laid out with fonts: the bench is a QGuiApplication on the offscreen
// platform, and the PDF (much the slowest) is timed once rather than three times.
//
// md-whole is the baseline: Markdown from the whole conversation read at once (as before
// exports read a page of turns at a time).
//
// bench_export [--turns N] [--formats md-whole,json,md,csv,html,pdf]        (default 10000, all)
#include <atomic>
#include <chrono>
#include <thread>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchdata.h"
#include "documents/exportjob.h"
#include "export/textexport.h"
#include "storage/database.h"

#include <malloc.h>
#include <sys/resource.h>

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
    if (format == "md-whole"_L1) {
        // The baseline: the whole conversation read at once, as exports did before paging.
        const auto turns = store.turns(id);
        const auto conversation = store.conversation(id);
        if (!turns || !conversation || !conversation->has_value()) {
            return false;
        }
        const QByteArray bytes = TextExport::markdown(**conversation, *turns).toUtf8();
        return file.write(bytes) == bytes.size() && file.commit();
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

//! The child: one format, timed, its peak memory its own (a process started afresh, so no
//! free memory inherited from the generator absorbs the export's allocations).
int measure(const QString &dbPath, qint64 id, const QString &format, const QString &path)
{
    auto db = Database::open(dbPath, Database::Mode::ReadOnly);
    if (!db) {
        return 1;
    }
    const ConversationStore store(**db);
    // Peak RSS counts the database file SQLite maps into memory; the heap in use (malloc's
    // own count, sampled every 2 ms) is what the export itself holds.
    const auto heap = [] {
        const struct mallinfo2 info = mallinfo2();
        return qint64(info.uordblks + info.hblkhd);
    };
    const qint64 heapBefore = heap();
    std::atomic<qint64> heapPeak = heapBefore;
    std::atomic<bool> sampling = true;
    std::thread sampler([&] {
        while (sampling) {
            qint64 now = heap();
            qint64 seen = heapPeak.load();
            while (now > seen && !heapPeak.compare_exchange_weak(seen, now)) { }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    const long baseline = maxRssKb();
    std::vector<double> times;
    const int runs = format == "pdf"_L1 ? 1 : 3;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        if (!exportTo(store, id, format, path)) {
            return 2;
        }
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    sampling = false;
    sampler.join();
    std::ranges::sort(times);
    out << times.at(times.size() / 2) << ' ' << baseline << ' ' << maxRssKb() << ' '
        << double(heapPeak - heapBefore) / 1e6 << '\n';
    return 0;
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption turnsOption(u"turns"_s, u"Turns in the conversation."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption formatsOption(
        u"formats"_s, u"Formats to time, comma-separated."_s, u"list"_s, u"md-whole,json,md,csv,html,pdf"_s);
    const QCommandLineOption childOption(u"measure"_s, u"(internal) DB ID FORMAT PATH"_s);
    parser.addOptions({turnsOption, formatsOption, childOption});
    parser.process(app);
    if (parser.isSet(childOption)) {
        const QStringList a = parser.positionalArguments();
        return a.size() == 4 ? measure(a.at(0), a.at(1).toLongLong(), a.at(2), a.at(3)) : 1;
    }
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
    out << u"format  median time  file size  peak heap above the start  peak RSS (baseline: database open)\n"_s;
    out.flush();
    for (const QString &format : parser.value(formatsOption).split(u',')) {
        const QString path = dir.filePath(u"export."_s + format);
        QProcess child;
        child.start(
            QCoreApplication::applicationFilePath(), {u"--measure"_s, dbPath, QString::number(id), format, path});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            out << format << u"  failed\n"_s;
            continue;
        }
        const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split(' ');
        if (parts.size() != 4) {
            out << format << u"  failed\n"_s;
            continue;
        }
        out << u"%1  %2 ms  %3 MB  +%4 MB heap  %5 MB RSS (baseline %6 MB)\n"_s.arg(format, -6)
                   .arg(QString::number(parts.at(0).toDouble(), 'f', 0), 10)
                   .arg(double(QFileInfo(path).size()) / 1e6, 7, 'f', 1)
                   .arg(parts.at(3).toDouble(), 6, 'f', 1)
                   .arg(parts.at(2).toDouble() / 1024.0, 0, 'f', 0)
                   .arg(parts.at(1).toDouble() / 1024.0, 0, 'f', 0);
        out.flush();
    }
    return 0;
}
