// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Storage figures for issue #4, on a real SQLite file through the real stores:
//   1. insert 1,000,000 messages (250,000 prompts + 750,000 answers of three models, in
//      10,000 conversations of 25 turns) in batches of 100 conversations: messages/s;
//   2. search over them: per-query median of 5 runs for 20 typical queries, then p50/p95;
//   3. open a conversation of 10,000 turns: its newest screenful (recentTurns) against
//      reading all of it (turns);
//   4. one streaming checkpoint transaction for 8 answers, by answer length, with the
//      checkpoint durability (synchronous=NORMAL) against FULL in the same run.
// Text is generated from a fixed seed: English prose with a Zipf-like word choice, code
// blocks in a fifth of the answers and Japanese or Chinese in one in twenty. Lengths are
// log-normal: prompts median 100 characters, answers median 600 (means ~140 and ~830).
// It reports figures; it does not pass or fail on time.
//
// bench_storage [--messages N] [--dir DIR]   (defaults: 1000000, a temporary directory)
#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include "benchdata.h"
#include "benchtiming.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/searchstore.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using namespace Quorum::Bench;

namespace
{
QTextStream out(stdout);

double msSince(const QElapsedTimer &clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    std::ranges::sort(values);
    const auto at = static_cast<size_t>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values.at(std::min(at, values.size() - 1));
}

QString fileSize(const QString &path)
{
    qint64 bytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
    return u"%1 MiB"_s.arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 0);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption messagesOption(u"messages"_s, u"Messages to insert."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Directory for the database."_s, u"dir"_s);
    parser.addOptions({messagesOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const int messages = parser.value(messagesOption).toInt();
    QTemporaryDir temporary(parser.isSet(dirOption) ? QDir(parser.value(dirOption)).filePath(u"bench-XXXXXX"_s)
                                                    : QDir::tempPath() + u"/bench-XXXXXX"_s);
    const QString path = QDir(temporary.path()).filePath(u"quorum.db"_s);
    auto opened = Database::open(path);
    if (!opened) {
        out << opened.error().message << Qt::endl;
        return 1;
    }
    std::unique_ptr<Database> db = std::move(*opened);
    ConversationStore store(*db);
    TextMaker maker(20261125);

    // 1. Insert.
    constexpr int turnsPerConversation = 25;
    constexpr int messagesPerConversation = turnsPerConversation * 4;
    constexpr int conversationsPerBatch = 100;
    const int conversations = std::max(1, messages / messagesPerConversation);
    double insertMs = 0;
    double generateMs = 0;
    qint64 characters = 0;
    std::vector<double> batchRates;
    for (int done = 0; done < conversations; done += conversationsPerBatch) {
        QElapsedTimer generate;
        generate.start();
        QList<ConversationStore::Import> batch;
        for (int i = done; i < std::min(conversations, done + conversationsPerBatch); ++i) {
            batch.append(makeConversation(maker, turnsPerConversation, 1'700'000'000'000LL + i * 3'600'000LL));
            for (const TurnRecord &turn : std::as_const(batch.last().turns)) {
                characters += turn.prompt.size();
                for (const ResponseRecord &r : turn.responses) {
                    characters += r.text.size();
                }
            }
        }
        generateMs += msSince(generate);
        QElapsedTimer clock;
        clock.start();
        if (auto stored = store.importConversations(batch); !stored) {
            out << stored.error().message << Qt::endl;
            return 1;
        }
        const double ms = msSince(clock);
        insertMs += ms;
        batchRates.push_back(static_cast<double>(batch.size() * messagesPerConversation) / ms * 1000.0);
    }
    const int inserted = conversations * messagesPerConversation;
    const auto tenth = std::max<size_t>(1, batchRates.size() / 10);
    const auto average = [](auto begin, auto end) {
        double sum = 0;
        for (auto it = begin; it != end; ++it) {
            sum += *it;
        }
        return sum / static_cast<double>(std::distance(begin, end));
    };
    out << "== insert: " << inserted << " messages (" << characters / 1'000'000 << " M characters) in "
        << conversations / conversationsPerBatch << " transactions of "
        << conversationsPerBatch * messagesPerConversation << " messages\n";
    out << QString::asprintf("   %.1f s: %.0f messages/s, %.1f MB of text/s; first tenth %.0f/s, last tenth %.0f/s\n",
        insertMs / 1000,
        inserted / insertMs * 1000,
        static_cast<double>(characters) / insertMs / 1000,
        average(batchRates.begin(), batchRates.begin() + static_cast<qsizetype>(tenth)),
        average(batchRates.end() - static_cast<qsizetype>(tenth), batchRates.end()));
    out << "   file " << fileSize(path) << "; generating the text took " << QString::number(generateMs / 1000, 'f', 1)
        << " s (not counted)" << Qt::endl;

    // 2. Search.
    const QStringList queries = {u"recursion"_s,
        u"database migration"_s,
        u"std::vector"_s,
        u"def __init__"_s,
        u"async fn"_s,
        u"東京"_s,
        u"SELECT * FROM"_s,
        u"kubernetes"_s,
        u"memory leak"_s,
        u"make_unique"_s,
        u"HashMap<String"_s,
        u"性能"_s,
        u"race condition"_s,
        u"pandas"_s,
        u"git rebase"_s,
        u"OAuth"_s,
        u"the"_s,
        u"segfault"_s,
        u"Go"_s,
        u"latency budget"_s};
    SearchStore search(*db);
    std::vector<double> medians;
    out << "== search: median of 5 runs per query, 20 results, after one warm-up run\n";
    for (const QString &query : queries) {
        int hits = 0;
        (void)search.search(query); // warm the page cache for this query's pages
        const double ms = Bench::medianMs(
            5, [&] { hits = static_cast<int>(search.search(query).value_or(QList<SearchHit> {}).size()); });
        medians.push_back(ms);
        out << QString::asprintf("   %-18s %8.2f ms  %d hits\n", qUtf8Printable(u'"' + query + u'"'), ms, hits);
    }
    out << QString::asprintf("   p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
        percentile(medians, 0.5),
        percentile(medians, 0.95),
        percentile(medians, 1.0));
    out.flush();

    // 3. A conversation of 10,000 turns.
    const auto longIds = store.importConversations({makeConversation(maker, 10'000, 1'800'000'000'000LL)});
    if (!longIds) {
        out << longIds.error().message << Qt::endl;
        return 1;
    }
    const qint64 longId = longIds->first();
    db.reset(); // a fresh connection: nothing of it in SQLite's own cache
    db = std::move(*Database::open(path));
    ConversationStore reader(*db);
    QElapsedTimer first;
    first.start();
    const int screenful = static_cast<int>(reader.recentTurns(longId, 20).value_or(QList<TurnRecord> {}).size());
    const double firstMs = msSince(first);
    // The time is what is measured here; each result was checked above or is by the tests.
    const double pageMs = Bench::medianMs(7, [&] { (void)reader.recentTurns(longId, 20); });
    const double countMs = Bench::medianMs(7, [&] { (void)reader.turnCount(longId); });
    const double allMs = Bench::medianMs(3, [&] { (void)reader.turns(longId); });
    out << "== open a conversation of 10,000 turns (30,000 answers)\n";
    out << QString::asprintf(
        "   newest %d turns with their answers: %.2f ms on a fresh connection, %.2f ms median of 7; turnCount %.2f "
        "ms\n   all 10,000 turns: %.0f ms (%.0fx the screenful)\n",
        screenful,
        firstMs,
        pageMs,
        countMs,
        allMs,
        allMs / pageMs);
    out.flush();

    // 4. Checkpoints of 8 streaming answers.
    const qint64 conversationId = *reader.createConversation(u"streaming"_s);
    QList<NewResponse> targets;
    for (int i = 0; i < 8; ++i) {
        targets.append({u"p%1"_s.arg(i), u"m"_s, {}});
    }
    const TurnRecord turn = *reader.addTurn(conversationId, u"Go"_s, targets);
    out << "== one checkpoint transaction for 8 streaming answers (median of 41)\n";
    for (const int length : {1'000, 4'000, 16'000, 64'000}) {
        QList<ResponseCheckpoint> partials;
        const QString text = maker.prose(length);
        for (const ResponseRecord &r : turn.responses) {
            partials.append({r.id, text, {}});
        }
        const double normal = Bench::medianMs(41, [&] { (void)reader.checkpoint(partials); });
        // The same statements through the same Transaction, committed with FULL durability
        // (what user actions get) against NORMAL (what checkpoints get).
        const auto replica = [&](Transaction::Durability durability) {
            Transaction transaction(*db, durability);
            QSqlQuery q(db->connection());
            q.prepare(u"UPDATE responses SET text = ?, reasoning = ?, status = 'streaming', updated_at = ? "
                      "WHERE id = ? AND status IN ('pending', 'streaming')"_s);
            for (const ResponseCheckpoint &p : std::as_const(partials)) {
                q.bindValue(0, p.text);
                q.bindValue(1, u""_s);
                q.bindValue(2, 0);
                q.bindValue(3, p.responseId);
                q.exec();
            }
            (void)transaction.commit(); // timed; a failure would show as a missing row in the tests
        };
        const double normalReplica = Bench::medianMs(41, [&] { replica(Transaction::Durability::Normal); });
        const double full = Bench::medianMs(41, [&] { replica(Transaction::Durability::Full); });
        out << QString::asprintf("   %6d characters each: checkpoint() %.2f ms; the same writes with NORMAL %.2f ms, "
                                 "with FULL %.2f ms (%.1fx)\n",
            length,
            normal,
            normalReplica,
            full,
            full / normalReplica);
    }
    out.flush();
    return 0;
}
