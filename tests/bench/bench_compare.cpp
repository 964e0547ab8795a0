// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The main window under load, on the offscreen platform (painting to memory):
//
//   stream: 8 panes, each streaming realistic Markdown with code from a fake provider in
//           another process (500 deltas a second each by default), for --seconds. Reports
//           the main thread's event-loop latency (how late a 5 ms timer fires: p50, p99,
//           max), the CPU time of this process per wall second, and pane refreshes.
//   open:   a stored conversation of --turns turns x 4 answers: time from opening it to the
//           first paint of the answers, and the memory it takes.
//   list:   the conversation list's first screen with --conversations stored.
//   highlight: a judge's map of 50 claims marked in 4 answers of 20 KB (find + mark).
//   attach: a PDF of --pages pages attached in the composer: time until its chip shows, and
//           the GUI thread's lateness meanwhile, against the same reading done on it; with
//           --pdf-helper PATH (the quorum binary), read by the PDF helper process as the app does.
//   send:   what planning a send of a --pages-page PDF to 4 targets that take page images
//           costs the GUI thread: drawn there (no preparation) against prepared before.
//
// Usage: bench_compare stream|open|list|highlight|attach|send [--seconds S] [--turns N]
//        [--pages N] [--fakeprovider PATH] [--pdf-helper PATH]
#include <algorithm>
#include <functional>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>

#include "appfixture.h"
#include "attachments/preparedmedia.h"
#include "benchdata.h"
#include "buildpaths.h"
#include "chat/chatsession.h"
#include "common/settings.h"
#include "compare/answerpane.h"
#include "compare/comparearea.h"
#include "compare/turnview.h"
#include "composer/composer.h"
#include "conversations/conversationlistpanel.h"
#include "documents/attachmentreader.h"
#include "mainwindow/mainwindow.h"
#include "models/conversationlistmodel.h"
#include "providers/providerconfig.h"
#include "samplefiles.h"
#include "secrets/secretstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double rssMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::ranges::sort(values);
    return values.at(qMin(values.size() - 1, static_cast<qsizetype>(p * static_cast<double>(values.size()))));
}

//! The window's services (tests/support/appfixture.h) with one account "fakeN" per URL.
struct Environment : Testing::AppFixture {
    explicit Environment(const QList<QUrl> &fakeUrls)
    {
        for (qsizetype i = 0; i < fakeUrls.size(); ++i) {
            ProviderAccount account = *ProviderAccount::create(u"fake%1"_s.arg(i), u"openai"_s);
            account.baseUrl = fakeUrls.at(i);
            account.maxConcurrent = 0;
            account.apiKey = u"bench-key"_s;
            (void)addAccount(account);
        }
    }
};

//! How late a precise 5 ms timer fires on this thread: the event loop's latency.
struct LatenessProbe {
    QList<double> lateness; //!< ms, one per tick
    QElapsedTimer clock;
    QTimer timer;
    qint64 expected = 0;
    std::function<void(qint64 nowNs)> onTick; //!< optional: more to do at each tick

    LatenessProbe()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            const qint64 now = clock.nsecsElapsed();
            lateness.append(static_cast<double>(qMax<qint64>(0, now - expected)) / 1e6);
            expected = now + 5'000'000;
            if (onTick) {
                onTick(now);
            }
        });
    }
    void start()
    {
        clock.start();
        expected = 5'000'000;
        timer.start();
    }
};

int stream(const QString &fakeProvider, int seconds, int panes, int deltasPerSecond)
{
    // Qt opens at most 6 HTTP/1.1 connections to one host and port (HTTP/2 providers
    // multiplex): two fake servers, so all 8 panes stream at the same time.
    QList<QUrl> urls;
    std::vector<std::unique_ptr<QProcess>> servers;
    for (int i = 0; i < 2; ++i) {
        auto server = std::make_unique<QProcess>();
        server->start(fakeProvider, {u"--port"_s, u"0"_s});
        if (!server->waitForReadyRead(10000)) {
            qCritical("cannot start %s", qPrintable(fakeProvider));
            return 1;
        }
        const QString line = QString::fromUtf8(server->readLine()).trimmed(); // "listening on http://127.0.0.1:N"
        urls.append(QUrl(line.section(u' ', 2) + u"/v1"_s));
        servers.push_back(std::move(server));
    }
    Environment env(urls);
    MainWindow window(env.settings(), env.services());
    window.resize(1600, 1000);
    window.show();
    QList<ChatTarget> targets;
    // Five deltas a write (about 1.4 KB of SSE every 10 ms at 500 deltas/s): one timer per
    // delta would cap what the fake server can send, not what the window can show.
    const int delayMs = 5000 / deltasPerSecond;
    for (int i = 0; i < panes; ++i) {
        targets.append(*ChatTarget::parse(
            u"fake%4/fake+deltas=%1+delay=%2+chunk=1400+markdown+pane=%3"_s.arg(seconds * deltasPerSecond)
                .arg(delayMs)
                .arg(i)
                .arg(i % 2)));
    }
    window.composer()->setTargets(targets);
    window.composer()->setPrompt(u"Write an iterative quicksort with a table of timings."_s);

    // Event-loop latency: how late a precise 5 ms timer fires while the answers stream.
    LatenessProbe probe;
    const QList<double> &lateness = probe.lateness;
    probe.onTick = [&window](qint64 now) {
        if (qEnvironmentVariableIsSet("QUORUM_BENCH_TRACE") && !window.compareArea()->turnViews().isEmpty()) {
            static int last = 0;
            const int count = window.compareArea()->turnViews().constFirst()->panes().constFirst()->refreshCount();
            if (count != last) {
                std::printf("%lld ms: refresh %d\n", static_cast<long long>(now / 1'000'000), count);
                last = count;
            }
        }
    };

    QEventLoop loop;
    QObject::connect(window.session(), &ChatSession::idle, &loop, &QEventLoop::quit);
    int grew = 0;
    QObject::connect(window.session(), &ChatSession::answerGrew, &loop, [&grew] { ++grew; });
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    probe.start();
    window.sendPrompt();
    QTimer::singleShot((seconds + 60) * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.timer.stop();
    const double elapsed = static_cast<double>(wall.elapsed()) / 1000.0;
    const double cpu = cpuSeconds() - cpuBefore;

    qint64 characters = 0;
    double rate = 0;        // deltas a second while each pane streamed, averaged
    double refreshRate = 0; // refreshes a second while each pane streamed, averaged
    int done = 0;
    for (AnswerPane *pane : window.compareArea()->turnViews().constFirst()->panes()) {
        const ResponseRecord &r = pane->response();
        characters += r.text.size();
        const double streamed = static_cast<double>(r.durationMs.value_or(1) - r.ttftMs.value_or(0)) / 1000.0;
        rate += static_cast<double>(r.text.size()) / 4.0 / streamed / panes;
        refreshRate += pane->refreshCount() / streamed / panes;
        done += r.status == ResponseStatus::Done ? 1 : 0;
    }
    std::printf("stream: %d panes x %d deltas/s asked, %.0f delivered (4 characters each), of Markdown with code "
                "for %.1f s (%d finished, %lld characters)\n",
        panes,
        deltasPerSecond,
        rate,
        elapsed,
        done,
        static_cast<long long>(characters));
    std::printf("  event-loop lateness over %lld samples: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
        static_cast<long long>(lateness.size()),
        percentile(lateness, 0.50),
        percentile(lateness, 0.99),
        percentile(lateness, 1.0));
    std::printf("  CPU of the app process: %.1f s in %.1f s = %.0f%% of one core; %.1f refreshes a second per "
                "streaming pane\n",
        cpu,
        elapsed,
        100.0 * cpu / elapsed,
        refreshRate);
    std::printf("  resident memory at the end: %.0f MiB; %d text signals in all\n", rssMiB(), grew);
    for (const auto &server : servers) {
        server->kill();
        server->waitForFinished();
    }
    return done == panes ? 0 : 1;
}

double median(QList<double> values)
{
    std::ranges::sort(values);
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int open(int turns)
{
    Environment env({QUrl(u"http://127.0.0.1:9/v1"_s)});
    // A long conversation: each turn a prompt and four answers of about 1.5 KB with code.
    ConversationStore store(*env.database());
    ConversationStore::Import conversation;
    conversation.conversation.title = u"A long comparison"_s;
    conversation.conversation.createdAt = 1'800'000'000'000LL;
    conversation.conversation.updatedAt = conversation.conversation.createdAt;
    const QString answer
        = u"Here is **one way**, with a table:\n\n| n | ms |\n|--:|---:|\n| 10 | 1 |\n\n```cpp\n"
          "int main() {\n    std::vector<int> v {3, 1, 2};\n    std::ranges::sort(v);\n    return v.front();\n}\n"
          "```\n\nIt works because *sorting* is stable here. "_s.repeated(3);
    for (int t = 0; t < turns; ++t) {
        TurnRecord turn;
        turn.id = t + 1;
        turn.parentId = t > 0 ? std::optional<qint64>(t) : std::nullopt;
        turn.position = t;
        turn.prompt = u"Question %1: how would you sort this list, and why?"_s.arg(t);
        turn.createdAt = conversation.conversation.createdAt + t;
        for (int a = 0; a < 4; ++a) {
            ResponseRecord r;
            r.position = a;
            r.providerId = u"fake0"_s;
            r.model = u"model-%1"_s.arg(a);
            r.text = answer;
            r.status = ResponseStatus::Done;
            r.inputTokens = 100;
            r.outputTokens = 400;
            r.costNanos = 1200;
            r.ttftMs = 300;
            r.durationMs = 4000;
            r.createdAt = turn.createdAt;
            r.updatedAt = turn.createdAt;
            turn.responses.append(r);
        }
        conversation.turns.append(turn);
    }
    const qint64 id = store.importConversations({conversation})->constFirst();
    // Another conversation to switch to between two openings of the long one.
    ConversationStore::Import small;
    small.conversation.title = u"A short one"_s;
    small.conversation.createdAt = conversation.conversation.createdAt + 1;
    small.conversation.updatedAt = small.conversation.createdAt;
    small.turns = {conversation.turns.constFirst()};
    small.turns.first().parentId.reset();
    small.turns.first().position = 0;
    const qint64 other = store.importConversations({small})->constFirst();

    MainWindow window(env.settings(), env.services());
    window.resize(1600, 1000);
    window.show();
    QApplication::processEvents();
    const double rssBefore = rssMiB();
    bool painted = false;
    struct PaintWatch : QObject {
        bool *painted;
        explicit PaintWatch(bool *p)
            : painted(p)
        {
        }
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                *painted = true;
            }
            return false;
        }
    } watch(&painted);
    // Opens \a conversation; returns the time to it being loaded and to its first paint.
    const auto openAndPaint = [&](qint64 conversationId) {
        painted = false;
        QElapsedTimer timer;
        timer.start();
        window.openConversation(conversationId);
        const double loaded = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        for (TurnView *turn : window.compareArea()->turnViews()) {
            for (AnswerPane *pane : turn->panes()) {
                pane->body()->viewport()->installEventFilter(&watch);
            }
        }
        while (!painted && timer.elapsed() < 10000) {
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        const double paintedAt = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        // What follows the first paint (older turns, the total) settles before the next.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 300) {
            QApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        return std::pair {loaded, paintedAt};
    };
    const auto [loadedMs, paintedMs] = openAndPaint(id);
    const double rssAfter = rssMiB();
    // Six more times, from the short conversation each time.
    QList<double> loads {loadedMs};
    QList<double> paints {paintedMs};
    for (int run = 0; run < 6 && painted; ++run) {
        openAndPaint(other);
        const auto [loaded, paintedAt] = openAndPaint(id);
        loads.append(loaded);
        paints.append(paintedAt);
    }
    std::printf("open: a conversation of %d turns x 4 answers (%lld characters of answers)\n",
        turns,
        static_cast<long long>(answer.size()) * turns * 4);
    std::printf("  first opening: loaded and laid out in %.1f ms; first paint of the answers after %.1f ms (%lld turns "
                "shown)\n",
        loadedMs,
        paintedMs,
        static_cast<long long>(window.compareArea()->turnViews().size()));
    std::printf("  %lld openings: loaded median %.1f ms; first paint median %.1f ms (min %.1f, max %.1f)\n",
        static_cast<long long>(paints.size()),
        median(loads),
        median(paints),
        *std::ranges::min_element(paints),
        *std::ranges::max_element(paints));
    std::printf("  resident memory: %.0f MiB before, %.0f MiB after opening\n", rssBefore, rssAfter);
    return painted ? 0 : 1;
}
//! Waits (at most 10 s) for \a widget to paint once; the milliseconds since \a timer started.
double firstPaint(QWidget *widget, const QElapsedTimer &timer)
{
    bool painted = false;
    struct PaintWatch : QObject {
        bool *painted;
        explicit PaintWatch(bool *p)
            : painted(p)
        {
        }
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint) {
                *painted = true;
            }
            return false;
        }
    } watch(&painted);
    widget->installEventFilter(&watch);
    while (!painted && timer.elapsed() < 10000) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    widget->removeEventFilter(&watch);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/*!
 * The conversation list's first screen with \a count stored conversations: the model of the
 * core (a page, then more as the list scrolls) against the way the list was filled before
 * issue #20 (a QListWidget of the newest 500, rebuilt from SQL), in the same run.
 */
int list(int count)
{
    Environment env({QUrl(u"http://127.0.0.1:9/v1"_s)});
    QSqlQuery fill(env.database()->connection());
    if (!fill.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                   "INSERT INTO conversations (title, created_at, updated_at) "
                   "SELECT 'Conversation number ' || i, i, i FROM n"_s.arg(count))) {
        return 1;
    }
    QList<double> before;
    QList<double> model;
    for (int run = 0; run < 7; ++run) {
        {
            QElapsedTimer timer;
            timer.start();
            QListWidget widget;
            widget.setUniformItemSizes(true);
            // As ConversationListPanel::reload() did: 500 rows, an item each.
            for (const ConversationRecord &c :
                ConversationStore(*env.database()).listConversations(500).value_or(QList<ConversationRecord> {})) {
                auto *item = new QListWidgetItem(c.title, &widget);
                item->setData(Qt::UserRole, c.id);
                item->setFlags(item->flags() | Qt::ItemIsEditable);
                item->setToolTip(c.title);
            }
            widget.resize(260, 800);
            widget.show();
            before.append(firstPaint(widget.viewport(), timer));
        }
        {
            QElapsedTimer timer;
            timer.start();
            ConversationListPanel panel;
            panel.setDatabase(env.database());
            panel.resize(260, 800);
            panel.show();
            model.append(firstPaint(panel.listView()->viewport(), timer));
        }
    }
    std::printf("list: the conversation list's first screen with %d conversations (median of 7)\n", count);
    std::printf("  before (a QListWidget of the newest 500): %.1f ms\n", median(before));
    std::printf("  the model (a page of %d, more on scrolling): %.1f ms (%.2fx)\n",
        ConversationListModel::pageSize,
        median(model),
        median(model) / median(before));
    return 0;
}
/*!
 * A judge's map marked in the answers (issue #21): \a claims claims with a quote in each of
 * 4 answers of about 20 KB of Markdown (prose, a table, code), in panes that are shown and
 * laid out. What one pass costs the GUI thread: finding every quote in the rendered text and
 * placing the marks (AnswerPane::setQuoteMarks on the 4 panes), median of 21 passes; the
 * same with the quotes copied from the Markdown (emphasis marks the rendered text lacks).
 */
int highlight(int claims)
{
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    QList<AnswerPane *> panes;
    QList<QStringList> sentences;
    for (int a = 0; a < 4; ++a) {
        QString text;
        QStringList said;
        int n = 0;
        while (text.size() < 20'000) {
            const QString sentence
                = u"Answer %1 makes point number %2 about **sorting** and its cost in time %3."_s.arg(a).arg(n).arg(
                    n * 7 + a);
            said.append(sentence);
            text += sentence + (n % 5 == 4 ? u"\n\n"_s : u" "_s);
            if (n % 40 == 20) {
                text += u"\n\n| n | ms |\n|--:|---:|\n| %1 | %2 |\n\n```cpp\nstd::ranges::sort(v); // %1\n```\n\n"_s
                            .arg(n)
                            .arg(n * 3);
            }
            ++n;
        }
        ResponseRecord r;
        r.id = a + 1;
        r.providerId = u"fake"_s;
        r.model = u"model-%1"_s.arg(a);
        r.text = text;
        r.status = ResponseStatus::Done;
        auto *pane = new AnswerPane(r, u"fake"_s, &window);
        pane->setMaximumBodyHeight(700); // a screenful, as the compare view gives (the rest scrolls)
        layout->addWidget(pane);
        panes.append(pane);
        sentences.append(said);
    }
    window.resize(1600, 1000);
    window.show();
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
    // Each claim quotes a sentence of each answer, spread over the whole answer.
    const auto marksFor = [&](int a, bool fromMarkdown) {
        QList<QuoteMark> marks;
        const QStringList &said = sentences.at(a);
        for (int c = 0; c < claims; ++c) {
            QString quote = said.at(static_cast<qsizetype>(c) * said.size() / claims);
            if (!fromMarkdown) {
                quote.remove(u"**"_s); // as rendered
            }
            marks.append(
                {quote.first(quote.size() - 1), c % 3 == 0 ? Claim::Kind::Contradiction : Claim::Kind::Agreement, c});
        }
        return marks;
    };
    qint64 characters = 0;
    for (AnswerPane *pane : panes) {
        characters += pane->response().text.size();
    }
    // The baseline: painting the 4 answers unmarked, in the same run.
    QList<double> unmarked;
    for (int run = 0; run < 21; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (AnswerPane *pane : panes) {
            pane->body()->viewport()->repaint();
        }
        unmarked.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    for (const bool fromMarkdown : {false, true}) {
        QList<QList<QuoteMark>> marks;
        for (int a = 0; a < 4; ++a) {
            marks.append(marksFor(a, fromMarkdown));
        }
        QList<double> times;
        QList<double> painted;
        int found = 0;
        for (int run = 0; run < 21; ++run) {
            QElapsedTimer timer;
            timer.start();
            found = 0;
            for (int a = 0; a < 4; ++a) {
                found += panes.at(a)->setQuoteMarks(marks.at(a));
            }
            times.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            for (AnswerPane *pane : panes) {
                pane->body()->viewport()->repaint(); // what the user sees, painted now
            }
            painted.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            for (AnswerPane *pane : panes) {
                (void)pane->setQuoteMarks({}); // each pass starts unmarked
            }
        }
        std::printf("highlight: %d claims x 4 answers of %lld characters in all, quotes %s\n",
            claims,
            static_cast<long long>(characters),
            fromMarkdown ? "copied from the Markdown (**emphasis**)" : "as rendered");
        std::printf("  %d of %d quotes found; one pass (find + mark, 4 panes): median %.2f ms, min %.2f, max %.2f (21 "
                    "passes)\n",
            found,
            claims * 4,
            median(times),
            *std::ranges::min_element(times),
            *std::ranges::max_element(times));
        std::printf("  with the 4 answers painted again: median %.2f ms, max %.2f (painting them unmarked: %.2f ms)\n",
            median(painted),
            *std::ranges::max_element(painted),
            median(unmarked));
    }
    return 0;
}
//! A data directory with \a count conversations of one turn and three answers each, the
//! newest with 4 turns, and one provider account, as a user who has been using Quorum has
//! (for bench_startup.sh: start-up with stored conversations).
int seed(const QString &dir, int count)
{
    ProviderConfig providers(dir);
    ProviderAccount account;
    account.id = u"local"_s;
    account.kind = ProviderKind::OpenAi;
    account.baseUrl = QUrl(u"http://127.0.0.1:9/v1"_s); // never asked during start-up
    providers.upsert(account);
    if (!providers.save()) {
        return 1;
    }
    auto db = Database::open(QDir(dir).filePath(u"quorum.db"_s));
    if (!db) {
        return 1;
    }
    ConversationStore store(**db);
    Bench::TextMaker maker(7);
    constexpr int batch = 500;
    for (int done = 0; done < count; done += batch) {
        QList<ConversationStore::Import> items;
        for (int i = done; i < std::min(count, done + batch); ++i) {
            items.append(Bench::makeConversation(maker, i == count - 1 ? 4 : 1, 1764000000000LL + i * 3'600'000LL));
        }
        if (!store.importConversations(items)) {
            return 1;
        }
    }
    std::printf("seeded %s with %d conversations\n", qPrintable(dir), count);
    return 0;
}
} // namespace

//! Attaching a PDF of \a pages pages in the window: how long until its chip shows (text
//! extracted, first page drawn as its thumbnail), and how late a 5 ms timer fires on the GUI
//! thread meanwhile. The same reading done on the GUI thread is the baseline, in the same run.
int attach(int pages, int runs)
{
    QStringList texts;
    for (int p = 0; p < pages; ++p) {
        texts << u"Page %1 of the quarterly report: revenue, costs, headcount and the outlook for next year."_s.arg(
            p + 1);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    {
        QFile file(path);
        const QByteArray pdf = Testing::minimalPdf(texts);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
            qCritical("cannot write %s", qPrintable(path));
            return 1;
        }
    }
    Environment env({});
    MainWindow window(env.settings(), env.services());
    window.resize(1600, 1000);
    window.show();
    Composer *composer = window.composer();

    QList<double> inline_;
    QList<double> totals;
    QList<double> p99s;
    QList<double> worst;
    for (int run = 0; run < runs; ++run) {
        // Baseline: read and drawn on the GUI thread, as a synchronous attach would.
        QElapsedTimer direct;
        direct.start();
        const auto read = AttachmentReader::readFile(path);
        const QImage thumbnail = read ? AttachmentReader::thumbnail(*read, 96) : QImage();
        inline_.append(static_cast<double>(direct.nsecsElapsed()) / 1e6);
        if (!read || thumbnail.isNull() || read->pages != pages) {
            qCritical("the PDF could not be read: %s", read ? "no thumbnail" : qPrintable(read.error()));
            return 1;
        }

        composer->clearAttachments();
        LatenessProbe probe;
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(1);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (composer->attachments().size() == 1 || !composer->attachmentProblem().isEmpty()) {
                loop.quit();
            }
        });
        probe.start();
        poll.start();
        Q_EMIT composer->attachFilesRequested({path});
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
        probe.timer.stop();
        totals.append(static_cast<double>(probe.clock.nsecsElapsed()) / 1e6);
        if (composer->attachments().size() != 1) {
            qCritical("not attached: %s", qPrintable(composer->attachmentProblem()));
            return 1;
        }
        p99s.append(percentile(probe.lateness, 0.99));
        worst.append(percentile(probe.lateness, 1.0));
    }
    std::printf("attach: a %d-page PDF (%lld bytes), %d runs, medians\n",
        pages,
        static_cast<long long>(QFileInfo(path).size()),
        runs);
    std::printf("  in the window (read and first page drawn off the GUI thread): chip shown after %.1f ms; "
                "GUI-thread lateness p99 %.2f ms, worst %.2f ms\n",
        median(totals),
        median(p99s),
        median(worst));
    std::printf("  baseline, the same reading on the GUI thread: %.1f ms of stall\n", median(inline_));
    return 0;
}

//! Planning a send of a \a pages-page PDF to four targets that take page images (Claude 3
//! Haiku's limits: 20 pages at 1,024 px): the GUI thread's time in planMessage, with nothing
//! prepared (every page drawn then, once for the four) and with PreparedMedia having drawn
//! them before, as the window does while the user types.
int send(int pages, int runs)
{
    QStringList texts;
    for (int p = 0; p < pages; ++p) {
        texts << u"Page %1 of the quarterly report: revenue, costs, headcount and the outlook."_s.arg(p + 1);
    }
    const auto read = AttachmentReader::read(Testing::minimalPdf(texts), u"report.pdf"_s);
    if (!read) {
        qCritical("%s", qPrintable(read.error()));
        return 1;
    }
    const QList<Attachment> files {*read};
    const ProviderAccount account = *ProviderAccount::create(u"an"_s, u"anthropic"_s);
    const QString model = u"claude-3-haiku-20240307"_s;
    const ModelCapabilities reads {true, false};
    const AttachmentReader reader;
    const auto planFour = [&](const AttachmentMedia *media) {
        const RememberingMedia remembering(media); // as ChatSession::send plans its targets
        QElapsedTimer timer;
        timer.start();
        int drawn = 0;
        for (int target = 0; target < 4; ++target) {
            drawn
                = planMessage(u"Summarise."_s, files, account, model, reads, &remembering).deliveries.at(0).pageImages;
        }
        return std::pair {static_cast<double>(timer.nsecsElapsed()) / 1e6, drawn};
    };
    QList<double> cold;
    QList<double> warm;
    QList<double> preparing;
    int drawn = 0;
    for (int run = 0; run < runs; ++run) {
        {
            PreparedMedia nothingPrepared(&reader);
            const auto [ms, pagesDrawn] = planFour(&nothingPrepared);
            cold.append(ms);
            drawn = pagesDrawn;
        }
        PreparedMedia prepared(&reader);
        QElapsedTimer worker;
        worker.start();
        prepared.prepare(files, {{account, model, reads}});
        prepared.waitForPrepared();
        preparing.append(static_cast<double>(worker.nsecsElapsed()) / 1e6);
        warm.append(planFour(&prepared).first);
    }
    std::printf("send: a %d-page PDF (%lld bytes) to 4 targets taking %d page images, %d runs, medians\n",
        pages,
        static_cast<long long>(files.at(0).size()),
        drawn,
        runs);
    std::printf("  GUI thread at send, nothing prepared (pages drawn then): %.1f ms\n", median(cold));
    std::printf("  GUI thread at send, prepared while typing: %.2f ms (the preparation took %.1f ms on a worker)\n",
        median(warm),
        median(preparing));
    return 0;
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"mode"_s, u"stream, open, list, highlight, attach, send or seed DIR"_s);
    const QCommandLineOption seconds(u"seconds"_s, u"Seconds of streaming."_s, u"s"_s, u"30"_s);
    const QCommandLineOption panes(u"panes"_s, u"Panes."_s, u"n"_s, u"8"_s);
    const QCommandLineOption rate(u"rate"_s, u"Deltas per second per pane."_s, u"n"_s, u"500"_s);
    const QCommandLineOption turns(u"turns"_s, u"Turns of the stored conversation."_s, u"n"_s, u"2000"_s);
    const QCommandLineOption pages(u"pages"_s, u"Pages of the PDF attached."_s, u"n"_s, u"100"_s);
    const QCommandLineOption runs(u"runs"_s, u"Runs (attach)."_s, u"n"_s, u"5"_s);
    const QCommandLineOption conversations(u"conversations"_s, u"Stored conversations."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption fake(u"fakeprovider"_s,
        u"The quorum-fakeprovider binary."_s,
        u"path"_s,
        Quorum::Testing::buildPath(QUORUM_FAKEPROVIDER));
    const QCommandLineOption helper(
        u"pdf-helper"_s, u"Read PDFs with this quorum binary's --pdf-helper, as the app does."_s, u"path"_s);
    parser.addOptions({seconds, panes, rate, turns, conversations, fake, pages, runs, helper});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    if (parser.isSet(helper)) {
        AttachmentReader::setPdfHelper(parser.value(helper), {u"--pdf-helper"_s});
    }
    if (mode == "send"_L1) {
        return send(parser.value(pages).toInt(), parser.value(runs).toInt());
    }
    if (mode == "attach"_L1) {
        return attach(parser.value(pages).toInt(), parser.value(runs).toInt());
    }
    if (mode == "stream"_L1) {
        return stream(
            parser.value(fake), parser.value(seconds).toInt(), parser.value(panes).toInt(), parser.value(rate).toInt());
    }
    if (mode == "open"_L1) {
        return open(parser.value(turns).toInt());
    }
    if (mode == "list"_L1) {
        return list(parser.value(conversations).toInt());
    }
    if (mode == "highlight"_L1) {
        return highlight(50);
    }
    if (mode == "seed"_L1) {
        return seed(parser.positionalArguments().value(1), parser.value(conversations).toInt());
    }
    parser.showHelp(2);
}
