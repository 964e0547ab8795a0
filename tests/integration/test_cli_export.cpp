// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// `quorum export` and `quorum import` through the real executable, on real database files
// seeded here: JSON round trip byte for byte, duplicates, broken files, Markdown (golden),
// hostile model output, CSV, and files written whole or not at all.
#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "buildpaths.h"
#include "clirunner.h"
#include "samplefiles.h"
#include "storage/attachmentstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "types/records.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
using Result = Testing::CliResult;

ResponseRecord answer(qint64 id, const QString &provider, const QString &model, const QString &text)
{
    ResponseRecord r;
    r.id = id;
    r.providerId = provider;
    r.model = model;
    r.text = text;
    r.status = ResponseStatus::Done;
    r.finishReason = u"stop"_s;
    r.finishReasonRaw = u"stop"_s;
    r.inputTokens = 120;
    r.outputTokens = 48;
    r.costNanos = 612'000;
    r.ttftMs = 420;
    r.durationMs = 1900;
    r.createdAt = 1764000000000;
    r.updatedAt = 1764000002000;
    return r;
}

//! Two conversations with what the format must carry: a branch, a failed answer, a pick,
//! reasoning, parameters with history, code, non-Latin text, tags, a system prompt, and
//! hostile model output.
QList<ConversationStore::Import> sample()
{
    ConversationStore::Import first;
    first.conversation.title = u"Rust vs C++ error handling"_s;
    first.conversation.systemPrompt = u"Answer briefly."_s;
    first.conversation.tags = {u"code"_s, u"client"_s};
    first.conversation.pinned = true;
    first.conversation.createdAt = 1764000000000;
    first.conversation.updatedAt = 1764000300000;
    TurnRecord t1;
    t1.id = 1;
    t1.prompt = u"How does std::expected compare with Result<T, E>?"_s;
    t1.createdAt = 1764000000000;
    ResponseRecord a1 = answer(1,
        u"openai"_s,
        u"gpt-4.1"_s,
        u"Both carry a value or an error.\n\n```cpp\nstd::expected<int, Err> parse(std::string_view s);\n```\n"_s);
    a1.vote = 1;
    a1.servedModel = u"gpt-4.1-2025-04-14"_s;
    a1.parameters = AnswerParameters::fromJson(QJsonObject {{"temperature"_L1, 0.2}, {"history"_L1, QJsonArray {}}});
    ResponseRecord a2 = answer(2, u"anthropic"_s, u"claude-sonnet-4-5"_s, QString());
    a2.status = ResponseStatus::Error;
    a2.errorKind = u"auth"_s;
    a2.errorMessage = u"invalid x-api-key"_s;
    a2.httpStatus = 401;
    a2.costNanos.reset();
    a2.inputTokens.reset();
    a2.outputTokens.reset();
    a2.finishReason.clear();
    a2.finishReasonRaw.clear();
    t1.responses = {a1, a2};
    TurnRecord t2;
    t2.id = 2;
    t2.parentId = 1;
    t2.prompt = u"Show an example with and_then."_s;
    t2.createdAt = 1764000200000;
    ResponseRecord a3 = answer(3, u"openai"_s, u"gpt-4.1"_s, u"auto r = parse(s).and_then(check);"_s);
    a3.reasoning = u"The user wants a short example."_s;
    a3.parameters
        = AnswerParameters::fromJson(QJsonObject {{"history"_L1, QJsonArray {1}}, {"follow_up"_L1, u"own-thread"_s}});
    a3.costEstimated = true;
    t2.responses = {a3};
    TurnRecord t3; // a branch: the second prompt edited
    t3.id = 3;
    t3.parentId = 1;
    t3.prompt = u"Show an example with or_else."_s;
    t3.createdAt = 1764000250000;
    t3.responses = {answer(4, u"openai"_s, u"gpt-4.1"_s, u"auto r = parse(s).or_else(recover);"_s)};
    first.turns = {t1, t2, t3};

    ConversationStore::Import second;
    second.conversation.title = u"東京の天気"_s;
    second.conversation.createdAt = 1764100000000;
    second.conversation.updatedAt = 1764100100000;
    TurnRecord t4;
    t4.id = 1;
    t4.prompt = u"明日の東京の天気はどうですか？"_s;
    t4.createdAt = 1764100000000;
    t4.responses = {answer(1,
        u"ollama"_s,
        u"qwen3:8b"_s,
        u"晴れのち曇り。<script>alert(1)</script> See [this](javascript:alert(1)) and "
        "![tracker](https://evil.example/p.png?u=1), <https://ok.example> or <javascript:x>.\n"
        "`<b>kept in code</b>` =SUM(A1)"_s)};
    second.turns = {t4};
    return {first, second};
}
} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    Result run(const QStringList &arguments, const QString &dataDir = {})
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), dataDir.isEmpty() ? m_dir->path() : dataDir);
        cli.environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // the Markdown's headings are in the user's language
        cli.environment.remove(u"LANGUAGE"_s);
        return cli.run(arguments);
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }

    static int conversationCount(const QString &dataDir)
    {
        auto db = Database::open(QDir(dataDir).filePath(u"quorum.db"_s), Database::Mode::ReadOnly);
        if (!db) {
            return -1;
        }
        return int(ConversationStore(**db).listConversations(1000)->size());
    }

    //! \a program's standard output (poppler's pdftotext and pdfinfo).
    static QString tool(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    //! Stores \a conversation beside the sample ones.
    static void store(const QString &dataDir, const ConversationStore::Import &conversation)
    {
        auto db = Database::open(QDir(dataDir).filePath(u"quorum.db"_s));
        QVERIFY(db);
        QVERIFY(ConversationStore(**db).importConversations({conversation}));
    }

    //! No element or attribute in \a html that runs, loads or submits anything.
    static void assertInert(const QString &html)
    {
        static const QRegularExpression tag(u"<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>"_s);
        static const QRegularExpression attribute(u"\\s([a-zA-Z:-]+)\\s*=\\s*\"([^\"]*)\""_s);
        static const QSet<QString> allowed {u"html"_s,
            u"head"_s,
            u"meta"_s,
            u"title"_s,
            u"style"_s,
            u"body"_s,
            u"main"_s,
            u"nav"_s,
            u"ol"_s,
            u"ul"_s,
            u"li"_s,
            u"a"_s,
            u"article"_s,
            u"section"_s,
            u"div"_s,
            u"span"_s,
            u"h1"_s,
            u"h2"_s,
            u"h3"_s,
            u"h4"_s,
            u"h5"_s,
            u"h6"_s,
            u"p"_s,
            u"br"_s,
            u"hr"_s,
            u"pre"_s,
            u"code"_s,
            u"em"_s,
            u"strong"_s,
            u"del"_s,
            u"blockquote"_s,
            u"table"_s,
            u"thead"_s,
            u"tbody"_s,
            u"tr"_s,
            u"th"_s,
            u"td"_s,
            u"input"_s,
            u"footer"_s,
            u"details"_s, // a tool step (inert: no script opens it)
            u"summary"_s,
            // MathJax's SVG of a formula (its <use> points into the same <svg> only)
            u"svg"_s,
            u"defs"_s,
            u"g"_s,
            u"path"_s,
            u"use"_s,
            u"rect"_s,
            u"mask"_s,
            u"line"_s,
            u"text"_s};
        QVERIFY(html.contains(u"Content-Security-Policy\" content=\"default-src 'none'"_s));
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const QString name = m.captured(1).toLower();
            QVERIFY2(allowed.contains(name), qPrintable(u"element <%1> in the export"_s.arg(name)));
            for (auto a = attribute.globalMatch(m.captured(2)); a.hasNext();) {
                const auto am = a.next();
                const QString key = am.captured(1).toLower();
                QVERIFY2(!key.startsWith(u"on"_s) && key != "src"_L1 && key != "srcset"_L1 && key != "action"_L1,
                    qPrintable(m.captured()));
                if (key == "xlink:href"_L1) {
                    QVERIFY2(am.captured(2).startsWith(u'#'), qPrintable(m.captured()));
                }
                if (key == "href"_L1) {
                    const QString url = am.captured(2).toLower();
                    QVERIFY2(url.startsWith(u"http://"_s) || url.startsWith(u"https://"_s)
                            || url.startsWith(u"mailto:"_s) || url.startsWith(u'#'),
                        qPrintable(m.captured()));
                }
            }
            if (name == "input"_L1) { // a task list's box, never a form field that sends
                QVERIFY(m.captured(2).contains(u"disabled"_s));
            }
        }
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"url("_s, Qt::CaseInsensitive)); // no CSS that loads
        QVERIFY(!html.contains(u"@import"_s, Qt::CaseInsensitive));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"quorum.db"_s));
        QVERIFY(db);
        QVERIFY(ConversationStore(**db).importConversations(sample()));
    }

    void jsonRoundTripIsByteForByte()
    {
        const QString first = m_dir->filePath(u"first.json"_s);
        Result r = run({u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, first});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"Exported 2 conversations"_s), qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(read(first)).object();
        QCOMPARE(root.value("format"_L1).toString(), u"quorum-conversations"_s);
        QCOMPARE(root.value("version"_L1).toInt(), 2);
        const QJsonArray turns = root.value("conversations"_L1).toArray().at(0).toObject().value("turns"_L1).toArray();
        QCOMPARE(turns.size(), 3);
        QCOMPARE(turns.at(2).toObject().value("parent"_L1).toInt(), 1); // the branch
        // History refers to the file's own answer numbers.
        const QJsonObject followUp = turns.at(1).toObject().value("responses"_L1).toArray().at(0).toObject();
        QCOMPARE(followUp.value("parameters"_L1).toObject().value("history"_L1).toArray(), QJsonArray {1});
        QCOMPARE(followUp.value("cost_nanos"_L1).toInteger(), 612'000);

        QTemporaryDir other;
        r = run({u"import"_s, first}, other.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"Imported 2 conversations."_s);
        const QString second = m_dir->filePath(u"second.json"_s);
        QCOMPARE(run({u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, second}, other.path()).exitCode, 0);
        QCOMPARE(read(second), read(first));

        // The stored history points at the right stored answer in the new database.
        auto db = Database::open(QDir(other.path()).filePath(u"quorum.db"_s), Database::Mode::ReadOnly);
        QVERIFY(db);
        ConversationStore store(**db);
        const QList<ConversationRecord> stored = store.listConversations().value_or(QList<ConversationRecord> {});
        QCOMPARE(stored.size(), 2);
        bool checked = false;
        for (const ConversationRecord &c : stored) {
            const QList<TurnRecord> turns = store.turns(c.id).value_or(QList<TurnRecord> {});
            if (turns.size() == 3) {
                const auto given = turns.at(1).responses.at(0).parameters.history;
                QCOMPARE(given, std::optional<QList<qint64>>({turns.at(0).responses.at(0).id}));
                checked = true;
            }
        }
        QVERIFY(checked);

        // The same file again: nothing new, each named.
        r = run({u"import"_s, u"--json"_s, first}, other.path());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value("imported"_L1).toArray().size(), 0);
        QCOMPARE(summary.value("skipped"_L1).toArray().size(), 2);
        QCOMPARE(summary.value("skipped"_L1).toArray().at(1).toObject().value("title"_L1).toString(), u"東京の天気"_s);
        QCOMPARE(conversationCount(other.path()), 2);
    }

    // A file of format version 1 counted micro-dollars ("cost_micros"): read as nano-dollars.
    void version1CostsAreReadAsNanoDollars()
    {
        const QString path = m_dir->filePath(u"v1.json"_s);
        const QJsonObject answer {{"id"_L1, 1},
            {"provider"_L1, "openai"_L1},
            {"model"_L1, "gpt-4.1"_L1},
            {"parameters"_L1, QJsonObject {{"history"_L1, QJsonArray {}}}},
            {"text"_L1, "Hello"_L1},
            {"status"_L1, "done"_L1},
            {"cost_micros"_L1, 612},
            {"cost_estimated"_L1, false}};
        const QJsonObject turn {{"id"_L1, 1},
            {"parent"_L1, QJsonValue()},
            {"prompt"_L1, "Hi"_L1},
            {"created_at"_L1, qint64(1764000000000)},
            {"responses"_L1, QJsonArray {answer}}};
        const QJsonObject conversation {
            {"title"_L1, "Old"_L1}, {"created_at"_L1, qint64(1764000000000)}, {"turns"_L1, QJsonArray {turn}}};
        write(path,
            QJsonDocument(QJsonObject {{"format"_L1, "quorum-conversations"_L1},
                              {"version"_L1, 1},
                              {"conversations"_L1, QJsonArray {conversation}}})
                .toJson());
        QTemporaryDir other;
        QCOMPARE(run({u"import"_s, path}, other.path()).exitCode, 0);
        auto db = Database::open(QDir(other.path()).filePath(u"quorum.db"_s), Database::Mode::ReadOnly);
        QVERIFY(db);
        ConversationStore store(**db);
        const QList<ConversationRecord> stored = store.listConversations().value_or(QList<ConversationRecord> {});
        QCOMPARE(stored.size(), 1);
        const QList<TurnRecord> turns = store.turns(stored.first().id).value_or(QList<TurnRecord> {});
        QCOMPARE(turns.size(), 1);
        QCOMPARE(turns.first().responses.first().costNanos, std::optional<qint64>(612'000));
    }

    void brokenFilesImportNothing()
    {
        const QString good = m_dir->filePath(u"good.json"_s);
        QCOMPARE(run({u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, good}).exitCode, 0);
        const QByteArray data = read(good);
        QTemporaryDir other;
        const QString bad = m_dir->filePath(u"bad.json"_s);

        write(bad, data.left(data.size() / 2)); // truncated
        Result r = run({u"import"_s, bad}, other.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"nothing imported from"_s) && r.err.contains(u"not valid JSON at line"_s),
            qPrintable(r.err));

        // A field missing in the second conversation: the first is not imported either.
        QJsonObject root = QJsonDocument::fromJson(data).object();
        QJsonArray conversations = root.value("conversations"_L1).toArray();
        QJsonObject broken = conversations.at(1).toObject();
        QJsonArray turns = broken.value("turns"_L1).toArray();
        QJsonObject turn = turns.at(0).toObject();
        turn.remove("prompt"_L1);
        turns[0] = turn;
        broken.insert("turns"_L1, turns);
        conversations[1] = broken;
        root.insert("conversations"_L1, conversations);
        write(bad, QJsonDocument(root).toJson());
        r = run({u"import"_s, bad}, other.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"conversation 2, turn 1: “prompt” is missing"_s), qPrintable(r.err));
        QVERIFY(conversationCount(other.path()) <= 0); // checked before the database is even opened

        write(bad, "{\"format\":\"something-else\"}");
        r = run({u"import"_s, bad}, other.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not a Quorum, ChatGPT or Claude export"_s), qPrintable(r.err));
        QCOMPARE(run({u"import"_s, u"--from"_s, u"chatgpt"_s, bad}, other.path()).exitCode, 1);
    }

    // ChatGPT's conversations.json (tests/integration/samples, written from the export's
    // format): the mapping tree becomes turns, the branch ChatGPT showed last is current.
    void importsChatGpt()
    {
        QTemporaryDir other;
        const QString sample = Quorum::Testing::buildPath(QUORUM_SAMPLES_DIR "/chatgpt-conversations.json");
        Result r = run({u"import"_s, sample, u"--json"_s}, other.path()); // recognised without --from
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("imported"_L1).toArray().size(), 2);
        auto db = Database::open(QDir(other.path()).filePath(u"quorum.db"_s), Database::Mode::ReadOnly);
        QVERIFY(db);
        const ConversationStore store(**db);
        const auto conversations = store.listConversations(10);
        QVERIFY(conversations && conversations->size() == 2);
        const auto sorting = store.conversation(1);
        QVERIFY(sorting && sorting->has_value());
        QCOMPARE((*sorting)->title, u"Sorting floats in Rust"_s);
        QCOMPARE((*sorting)->createdAt, 1731400000000);
        // Custom instructions (a hidden message) are the system prompt; the hidden system message is not a turn.
        QVERIFY((*sorting)->systemPrompt.contains(u"Prefer Rust examples."_s));
        const auto turns = store.turns(1);
        QVERIFY(turns);
        QCOMPARE(turns->size(), 4); // the first prompt, its follow-up, and two prompts after the regenerated answer
        const TurnRecord &first = turns->at(0);
        QCOMPARE(first.prompt, u"How do I sort a Vec<f64> in Rust?"_s);
        QCOMPARE(first.responses.size(), 2); // the answer and its regeneration, side by side
        QCOMPARE(first.responses.at(0).model, u"gpt-4o"_s);
        QCOMPARE(first.responses.at(0).providerId, u"chatgpt"_s);
        QVERIFY(first.responses.at(0).text.contains(u"```rust\nv.sort_by(|a, b| a.partial_cmp(b).unwrap());\n```"_s));
        QVERIFY(first.responses.at(1).text.contains(u"total_cmp"_s));
        QCOMPARE(first.responses.at(0).finishReason, u"stop"_s);
        // The current branch is ChatGPT's current_node (not the newest prompt, an edit made later).
        const QList<TurnRecord> branch = currentBranch(*turns);
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(1).prompt, u"Why not sort()?"_s);
        const ResponseRecord &tool = branch.at(1).responses.at(0);
        // The code sent to the tool stays, fenced; the tool's output is not an answer of its own.
        QVERIFY(tool.text.startsWith(u"```\nimport math\nprint(math.nan < 1, math.nan > 1)\n```\n\nBecause NaN"_s));
        QVERIFY(!tool.text.contains(u"False False"_s));
        // It followed the regenerated answer: its history names that one.
        QCOMPARE(tool.parameters.history, std::optional<QList<qint64>>({first.responses.at(1).id}));
        // The other branches are kept, each under the answer it followed.
        const auto after = [&](const QString &prompt) {
            return std::ranges::find_if(*turns, [&](const TurnRecord &t) { return t.prompt == prompt; });
        };
        QCOMPARE(after(u"And descending?"_s)->parentId, std::optional<qint64>(first.id));
        QCOMPARE(after(u"And descending?"_s)->responses.at(0).parameters.history,
            std::optional<QList<qint64>>({first.responses.at(0).id}));
        QCOMPARE(after(u"Why can't I call sort() on floats?"_s)->responses.size(), 1);

        const auto picture = store.turns(2);
        QVERIFY(picture && picture->size() == 2);
        QCOMPARE(picture->at(0).prompt, u"[image]\n\nЧто на этой картинке? 日本語で答えてください。"_s);
        QCOMPARE(picture->at(0).responses.at(0).model, u"gpt-4o-mini"_s);
        QCOMPARE(picture->at(0).responses.at(0).text, u"これは窓辺で眠っている猫の写真です。"_s);
        QCOMPARE(picture->at(1).responses.at(0).status, ResponseStatus::Cancelled); // stopped by the user

        // The same file again: nothing added, both named.
        r = run({u"import"_s, u"--from"_s, u"chatgpt"_s, sample}, other.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Imported 0 conversations."_s) && r.out.contains(u"Skipped “Что на картинке”"_s),
            qPrintable(r.out));
        QCOMPARE(conversationCount(other.path()), 2);
        // And the Markdown export shows the branch ChatGPT showed.
        r = run({u"export"_s, u"1"_s, u"--format"_s, u"md"_s}, other.path());
        QVERIFY(r.out.contains(u"Why not sort()?"_s) && !r.out.contains(u"And descending?"_s));
    }

    void importsChatGptsImagesAndFilesFromBesideTheExport()
    {
        // The data export unpacked: conversations.json, and each file named after its id.
        QTemporaryDir unpacked;
        QTemporaryDir other;
        QByteArray json = read(Quorum::Testing::buildPath(QUORUM_SAMPLES_DIR "/chatgpt-conversations.json"));
        // The first prompt of the picture conversation also uploaded a PDF.
        json.replace(
            R"("metadata": {"request_id": "8f1c2d3e4b5a6978-AMS", "message_type": null, "timestamp_": "absolute"}, "recipient": "all", "channel": null}, "parent": "root-b")"_ba,
            R"("metadata": {"request_id": "8f1c2d3e4b5a6978-AMS", "message_type": null, "timestamp_": "absolute", "attachments": [{"id": "file-7Qm2", "name": "cat.jpg", "size": 183422, "mime_type": "image/jpeg", "width": 1024, "height": 768}, {"id": "file-Ld9x", "name": "lease.pdf", "size": 900, "mime_type": "application/pdf"}]}, "recipient": "all", "channel": null}, "parent": "root-b")"_ba);
        QVERIFY(json.contains("file-Ld9x"));
        write(QDir(unpacked.path()).filePath(u"conversations.json"_s), json);
        write(QDir(unpacked.path()).filePath(u"file-7Qm2-cat.jpg"_s), Testing::png(320, 240)); // a PNG named .jpg
        QDir(unpacked.path()).mkdir(u"user-abc"_s);
        write(QDir(unpacked.path()).filePath(u"user-abc/file-Ld9x-lease.pdf"_s),
            Testing::minimalPdf({u"Rent is due on the first."_s, u"Cats are allowed."_s}));
        Result r = run({u"import"_s, QDir(unpacked.path()).filePath(u"conversations.json"_s)}, other.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        auto db = Database::open(QDir(other.path()).filePath(u"quorum.db"_s), Database::Mode::ReadOnly);
        QVERIFY(db);
        const auto picture = ConversationStore(**db).turns(2);
        QVERIFY(picture && picture->size() == 2);
        QCOMPARE(picture->at(0).prompt, u"Что на этой картинке? 日本語で答えてください。"_s); // no "[image]"
        const QList<Attachment> files
            = AttachmentStore(**db).attachments(picture->at(0).id).value_or(QList<Attachment> {});
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).name, u"cat.jpg"_s);
        QCOMPARE(files.at(0).kind, AttachmentKind::Image);
        QCOMPARE(files.at(0).mimeType, u"image/png"_s); // by its content
        QCOMPARE(files.at(0).width, 320);
        QCOMPARE(files.at(1).name, u"lease.pdf"_s);
        QCOMPARE(files.at(1).kind, AttachmentKind::Pdf);
        QCOMPARE(files.at(1).pages, 2);
        QVERIFY(files.at(1).text.contains(u"Cats are allowed."_s));
        QVERIFY(picture->at(1).attachments.isEmpty());

        // Without the files beside it, the image stays a placeholder and nothing is attached.
        QTemporaryDir alone;
        QTemporaryDir third;
        write(QDir(alone.path()).filePath(u"conversations.json"_s), json);
        r = run({u"import"_s, QDir(alone.path()).filePath(u"conversations.json"_s)}, third.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto bare = Database::open(QDir(third.path()).filePath(u"quorum.db"_s), Database::Mode::ReadOnly);
        QVERIFY(bare);
        const auto placeholder = ConversationStore(**bare).turns(2);
        QVERIFY(placeholder && !placeholder->isEmpty());
        QVERIFY(placeholder->at(0).prompt.startsWith(u"[image]"_s));
        QVERIFY(placeholder->at(0).attachments.isEmpty());
    }

    void importsClaude()
    {
        QTemporaryDir other;
        const QString sample = Quorum::Testing::buildPath(QUORUM_SAMPLES_DIR "/claude-conversations.json");
        Result r = run({u"import"_s, sample}, other.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Imported 2 conversations."_s), qPrintable(r.out));
        auto db = Database::open(QDir(other.path()).filePath(u"quorum.db"_s), Database::Mode::ReadOnly);
        QVERIFY(db);
        const ConversationStore store(**db);
        const auto haiku = store.turns(1);
        QVERIFY(haiku && haiku->size() == 3);
        QCOMPARE((*store.conversation(1))->title, u"Autumn haiku"_s);
        QCOMPARE((*store.conversation(1))->createdAt, 1759305600123); // 2025-10-01T08:00:00.123456Z
        const ResponseRecord &poem = haiku->at(0).responses.at(0);
        QCOMPARE(poem.text, u"秋の夕\n紅葉散りゆく\n風の音"_s);
        QCOMPARE(poem.reasoning, u"Five, seven, five morae; a kigo for autumn."_s); // thinking kept
        QCOMPARE(poem.providerId, u"claude.ai"_s);
        // The edited prompt is a branch beside the one it replaced; the newest is current.
        const QList<TurnRecord> branch = currentBranch(*haiku);
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(1).prompt, u"Now translate it to French."_s);
        QCOMPARE(
            branch.at(1).responses.at(0).text, u"Soir d’automne —\nles érables s’effeuillent,\nla voix du vent."_s);
        QCOMPARE(haiku->at(1).prompt, u"Now explain it in English."_s);
        QCOMPARE(haiku->at(1).parentId, std::optional<qint64>(haiku->at(0).id));

        // An older export without parent links: one line; the attachment's text is attached
        // again as a text file (what Claude read of it), not pasted into the prompt.
        const auto csv = store.turns(2);
        QVERIFY(csv && csv->size() == 1);
        QCOMPARE(csv->at(0).prompt, u"Summarise this file."_s);
        QCOMPARE(csv->at(0).attachments.size(), 1);
        QCOMPARE(csv->at(0).attachments.first().name, u"sales.csv"_s);
        const auto files = AttachmentStore(**db).attachments(csv->at(0).id);
        QVERIFY(files && files->size() == 1);
        QCOMPARE(files->first().text, u"region,total\nEU,120\nUS,95\n"_s);
        QCOMPARE(files->first().kind, AttachmentKind::Text);
        QVERIFY(csv->at(0).responses.at(0).text.contains(u"```python\nimport pandas as pd"_s));

        r = run({u"import"_s, u"--from"_s, u"claude"_s, sample}, other.path());
        QVERIFY(r.out.contains(u"Imported 0 conversations."_s));
        QCOMPARE(conversationCount(other.path()), 2);
    }

    void brokenForeignFilesImportNothing()
    {
        QTemporaryDir other;
        const QString bad = m_dir->filePath(u"conversations.json"_s);
        const QByteArray chatgpt = read(Quorum::Testing::buildPath(QUORUM_SAMPLES_DIR "/chatgpt-conversations.json"));
        write(bad, chatgpt.left(chatgpt.size() - 300)); // truncated
        Result r = run({u"import"_s, u"--from"_s, u"chatgpt"_s, bad}, other.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not valid JSON at line 1, column"_s), qPrintable(r.err));

        // The second conversation lost its mapping: the first is not imported either.
        QJsonArray list = QJsonDocument::fromJson(chatgpt).array();
        QJsonObject second = list.at(1).toObject();
        second.remove("mapping"_L1);
        list[1] = second;
        write(bad, QJsonDocument(list).toJson());
        r = run({u"import"_s, bad}, other.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"conversation 2 (“Что на картинке”): “mapping” is missing"_s), qPrintable(r.err));
        QVERIFY(conversationCount(other.path()) <= 0);

        const QByteArray claude = read(Quorum::Testing::buildPath(QUORUM_SAMPLES_DIR "/claude-conversations.json"));
        write(bad, QByteArray(claude).replace("\"sender\": \"assistant\"", "\"sender\": \"robot\""));
        r = run({u"import"_s, bad}, other.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(u"conversation 1 (“Autumn haiku”), message 2: the sender is “robot”"_s), qPrintable(r.err));

        write(bad, QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x')); // the export as downloaded
        r = run({u"import"_s, bad}, other.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"unpack it and import the conversations.json inside"_s), qPrintable(r.err));
        QVERIFY(conversationCount(other.path()) <= 0);
    }

    void markdownMatchesTheGoldenFile()
    {
        const Result r = run({u"export"_s, u"1"_s, u"--format"_s, u"md"_s});
        QCOMPARE(r.exitCode, 0);
        const QString golden = Quorum::Testing::buildPath(QUORUM_GOLDEN_DIR "/export-conversation.md");
        if (qEnvironmentVariableIsSet("QUORUM_UPDATE_GOLDEN")) {
            write(golden, r.out.toUtf8());
        }
        QCOMPARE(r.out, QString::fromUtf8(read(golden)));
        // The current branch only: the edited prompt, not the one it replaced.
        QVERIFY(r.out.contains(u"or_else"_s));
        QVERIFY(!r.out.contains(u"and_then"_s));
    }

    void hostileOutputIsInert()
    {
        const Result r = run({u"export"_s, u"2"_s, u"--format"_s, u"md"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(u"<script"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"&lt;script>alert(1)&lt;/script>"_s));
        QVERIFY(!r.out.contains(u"](javascript:"_s) && !r.out.contains(u"<javascript:"_s)); // no link to it
        QVERIFY(r.out.contains(u"[this](#)"_s));
        QVERIFY(r.out.contains(u"&lt;javascript:x>"_s)); // shown as text
        QVERIFY(!r.out.contains(u"!["_s));               // no image is loaded by a viewer
        QVERIFY(r.out.contains(u"[image: tracker](https://evil.example/p.png?u=1)"_s));
        QVERIFY(r.out.contains(u"<https://ok.example>"_s));
        QVERIFY(r.out.contains(u"`<b>kept in code</b>`"_s)); // code is as written
    }

    void csvOfCosts()
    {
        const Result r = run({u"export"_s, u"--all"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 5); // header + one row per answer, every branch
        QVERIFY(lines.at(0).startsWith(u"conversation,title,turn,answer,time,provider,model,status"_s));
        QCOMPARE(lines.at(1),
            u"1,Rust vs C++ error handling,1,1,2025-11-24T16:00:00Z,openai,gpt-4.1,done,120,,48,,0.000612,0,420,1900,1"_s);
        QVERIFY(lines.at(2).contains(u",error,"_s));
        QVERIFY(lines.at(2).contains(u",,,1900,0"_s) || lines.at(2).contains(u",error,,,,,"_s));
    }

    // Killed in the middle of writing (SIGKILL: no cleanup runs), the export leaves the
    // earlier file as it was; only QSaveFile's temporary file can remain beside it.
    void aKilledExportLeavesTheEarlierFile()
    {
        {
            auto db = Database::open(m_dir->filePath(u"quorum.db"_s));
            QVERIFY(db);
            QList<ConversationStore::Import> many;
            for (int i = 0; i < 400; ++i) {
                ConversationStore::Import item = sample().first();
                item.conversation.createdAt += i;
                for (TurnRecord &turn : item.turns) {
                    for (ResponseRecord &r : turn.responses) {
                        r.text = r.text.repeated(40);
                    }
                }
                many.append(item);
            }
            QVERIFY(ConversationStore(**db).importConversations(many));
        }
        const QString path = m_dir->filePath(u"keep.json"_s);
        write(path, "an earlier export\n");
        // How long a whole export takes here, then one killed a third of the way in.
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(run({u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, m_dir->filePath(u"whole.json"_s)})
                     .exitCode,
            0);
        const qint64 whole = clock.elapsed();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QUORUM_DATA_DIR"_s, m_dir->path());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(Quorum::Testing::buildPath(QUORUM_BINARY),
            {u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, path});
        QVERIFY(process.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(whole / 3));
        ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished());
        if (process.exitStatus() == QProcess::NormalExit) {
            QSKIP("the export ended before it was killed (a very fast or idle machine)");
        }
        // QSaveFile writes to an unnamed temporary file (O_TMPFILE) on Linux: nothing is left.
        QCOMPARE(
            QDir(m_dir->path()).entryList({u"keep.json*"_s}, QDir::Files | QDir::Hidden), QStringList {u"keep.json"_s});
        QCOMPARE(read(path), QByteArray("an earlier export\n"));
    }

    void htmlMatchesTheGoldenFile()
    {
        const Result r = run({u"export"_s, u"1"_s, u"--format"_s, u"html"_s});
        QCOMPARE(r.exitCode, 0);
        const QString golden = Quorum::Testing::buildPath(QUORUM_GOLDEN_DIR "/export-conversation.html");
        if (qEnvironmentVariableIsSet("QUORUM_UPDATE_GOLDEN")) {
            write(golden, r.out.toUtf8());
        }
        QCOMPARE(r.out, QString::fromUtf8(read(golden)));
        QVERIFY(r.out.contains(u"or_else"_s) && !r.out.contains(u"and_then"_s)); // the current branch
        // The two answers of the first turn side by side, code highlighted, both themes.
        QVERIFY(r.out.contains(u"grid-template-columns: repeat(2, minmax(0, 1fr))"_s));
        QVERIFY(r.out.contains(u"<span class=\"ds-DataType\">int</span>"_s));
        QVERIFY(r.out.contains(u"@media (prefers-color-scheme: dark)"_s));
        QVERIFY(r.out.contains(u"@media print"_s));
        QVERIFY(r.out.contains(u"Failed: invalid x-api-key"_s));
        QVERIFY(r.out.contains(u"$0.00061"_s));
        QVERIFY(r.out.contains(u"32 tok/s"_s)); // 48 tokens in 1.48 s after the first
        assertInert(r.out);
    }

    // Every kind of active content a model could write, in an HTML export: nothing runs,
    // nothing loads, every link goes to http(s), mailto or a fragment; the text is still there.
    void hostileHtmlIsInert()
    {
        {
            ConversationStore::Import hostile = sample().at(1);
            hostile.conversation.title = u"<script>alert('title')</script>"_s;
            hostile.conversation.createdAt += 1;
            hostile.turns.first().prompt = u"<img src=x onerror=alert(1)> Привет"_s;
            hostile.turns.first().responses.first().text
                = u"<div onclick=\"steal()\">\n"
                  "<script>\n"
                  "alert(1)\n"
                  "</script>\n"
                  "</div>\n"
                  "\n"
                  "<iframe src=\"https://evil.example/frame\"></iframe> <style>body{display:none}</style>\n"
                  "\n"
                  "[a](JAVASCRIPT:alert(1)) [b]( javascript:alert(2)) [c](data:text/html;base64,PHNjcmlwdD4=)\n"
                  "[d](vbscript:msgbox) [e](file:///etc/passwd) <a href=\"javascript:x\">f</a>\n"
                  "![png](data:image/png;base64,iVBORw0KGgo=) ![remote](https://evil.example/pixel.gif)\n"
                  "[t](https://ok.example \"x\" onmouseover=\"alert(1)\") www.example.com <svg onload=alert(1)>\n"
                  "\n"
                  "```\"><script>alert(3)</script>\n"
                  "</code></pre><script>alert(4)</script>\n"
                  "```\n"_s;
            store(m_dir->path(), hostile);
        }
        const Result r = run({u"export"_s, u"3"_s, u"--format"_s, u"html"_s});
        QCOMPARE(r.exitCode, 0);
        assertInert(r.out);
        // The text is kept, shown as text.
        QVERIFY2(r.out.contains(u"&lt;script&gt;alert('title')&lt;/script&gt;"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"&lt;img src=x onerror=alert(1)&gt; Привет"_s));
        QVERIFY(r.out.contains(u"&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;alert(4)&lt;/script&gt;"_s));
        QVERIFY(r.out.contains(u"<a href=\"https://evil.example/pixel.gif\">[image: remote]</a>"_s));
        QVERIFY(r.out.contains(u"[image: png]"_s));
        QVERIFY(r.out.contains(u"<a href=\"http://www.example.com\">www.example.com</a>"_s));
    }

    // TeX in an answer: drawn by MathJax as inline SVG in the HTML (its TeX as the accessible
    // name), as vector drawing in the PDF; money stays text; a formula that does not parse is
    // its source; TeX written to break out of the SVG stays inert.
    void mathInHtmlAndPdf()
    {
        {
            ConversationStore::Import math = sample().at(1);
            math.conversation.title = u"Sums"_s;
            math.conversation.createdAt += 2;
            math.turns.first().prompt = u"What is the sum of 1..n?"_s;
            math.turns.first().responses.first().text
                = u"It is $\\sum_{i=1}^n i = \\frac{n(n+1)}{2}$, worth $5 and $10 to know.\n\n"
                  "$$\n\\int_0^1 x^2\\,dx = \\frac{1}{3}\n$$\n\n"
                  "Broken: $\\frac{1}{$ here. Hostile: $\\color{red\" onload=\"alert(1)}{x}$ "
                  "and $\\text{<script>alert(5)</script>}$."_s;
            store(m_dir->path(), math);
        }
        const Result r = run({u"export"_s, u"3"_s, u"--format"_s, u"html"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        assertInert(r.out);
        QVERIFY(!r.out.contains(u"onload=\""_s)); // only as text (&quot;), in the formula's name
        QVERIFY(!r.out.contains(u"<script"_s));
        QVERIFY2(r.out.contains(u"<span class=\"math-inline\" role=\"img\" aria-label=\"$\\sum_{i=1}^n i = "
                                "\\frac{n(n+1)}{2}$\""_s),
            qPrintable(r.out));
        QVERIFY(r.out.contains(u"<span class=\"math-display\""_s));
        QVERIFY(r.out.contains(u", worth $5 and $10 to know."_s));
        QVERIFY(r.out.contains(u"<code class=\"math-error\" title=\"Missing close brace\">$\\frac{1}{$</code>"_s));
        QCOMPARE(r.out.count(u"<svg "_s), 4); // the sum, the integral, and the two hostile ones

        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY(!pdftotext.isEmpty());
        const QString pdf = m_dir->filePath(u"math.pdf"_s);
        const Result p = run({u"export"_s, u"3"_s, u"--format"_s, u"pdf"_s, u"-o"_s, pdf});
        QVERIFY2(p.exitCode == 0, qPrintable(p.err));
        if (const QString keep = qEnvironmentVariable("QUORUM_KEEP_EXPORTS"); !keep.isEmpty()) {
            QFile::remove(keep + u"/export-math.pdf"_s);
            QFile::copy(pdf, keep + u"/export-math.pdf"_s);
        }
        const QString text = tool(pdftotext, {pdf, u"-"_s});
        // The formulas are drawings, not their TeX; the prose and the broken one are text.
        QVERIFY2(text.contains(u"worth $5 and $10 to know."_s), qPrintable(text));
        QVERIFY(!text.contains(u"\\sum"_s) && !text.contains(u"\\int"_s));
        QVERIFY(text.contains(u"$\\frac{1}{$"_s));
        QVERIFY(text.contains(u"It is"_s) && text.contains(u"Broken:"_s));
    }

    void pdfReadsBackOnA4AndLetter()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        QVERIFY2(!pdftotext.isEmpty() && !pdfinfo.isEmpty(), "poppler-utils is in packaging/debian-packages.txt");
        const QString a4 = m_dir->filePath(u"a4.pdf"_s);
        Result r = run({u"export"_s, u"1"_s, u"--format"_s, u"pdf"_s, u"--page-size"_s, u"a4"_s, u"-o"_s, a4});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        if (const QString keep = qEnvironmentVariable("QUORUM_KEEP_EXPORTS"); !keep.isEmpty()) {
            QFile::remove(keep + u"/export-a4.pdf"_s); // to look at (pdftoppm -png)
            QFile::copy(a4, keep + u"/export-a4.pdf"_s);
        }
        QVERIFY2(tool(pdfinfo, {a4}).contains(u"pts (A4)"_s), qPrintable(tool(pdfinfo, {a4})));
        const QString text = tool(pdftotext, {u"-layout"_s, a4, u"-"_s});
        QVERIFY2(text.contains(u"Rust vs C++ error handling"_s), qPrintable(text));
        QVERIFY(text.contains(u"How does std::expected compare with Result<T, E>?"_s));
        QVERIFY(text.contains(u"std::expected<int, Err> parse(std::string_view s);"_s));
        QVERIFY(text.contains(u"claude-sonnet-4-5"_s) && text.contains(u"Failed: invalid x-api-key"_s));
        QVERIFY(text.contains(u"or_else"_s) && !text.contains(u"and_then"_s));
        // Side by side: the two answers' headings on one line.
        const QStringList lines = text.split(u'\n');
        QVERIFY(std::ranges::any_of(lines,
            [](const QString &line) { return line.contains(u"gpt-4.1"_s) && line.contains(u"claude-sonnet-4-5"_s); }));

        const QString letter = m_dir->filePath(u"letter.pdf"_s);
        r = run({u"export"_s, u"--all"_s, u"--format"_s, u"pdf"_s, u"--page-size"_s, u"letter"_s, u"-o"_s, letter});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(tool(pdfinfo, {letter}).contains(u"pts (letter)"_s));
        const QString all = tool(pdftotext, {letter, u"-"_s});
        QVERIFY(all.contains(u"Rust vs C++ error handling"_s));
        // Japanese, through the font fallback (a CJK font is in packaging/debian-packages.txt).
        QVERIFY2(all.contains(u"東京の天気"_s) && all.contains(u"晴れのち曇り。"_s), qPrintable(all));
        QCOMPARE(run({u"export"_s, u"1"_s, u"--format"_s, u"pdf"_s, u"--page-size"_s, u"a5"_s}).exitCode, 2);
    }

    void filesAreWrittenWholeOrNotAtAll()
    {
        const QString path = m_dir->filePath(u"keep.md"_s);
        write(path, "an earlier export\n");
        const Result r = run({u"export"_s, u"1"_s, u"999"_s, u"--format"_s, u"md"_s, u"-o"_s, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(u"nothing written to"_s) && r.err.contains(u"no conversation 999"_s, Qt::CaseInsensitive),
            qPrintable(r.err));
        QCOMPARE(read(path), QByteArray("an earlier export\n"));
        QCOMPARE(
            QDir(m_dir->path()).entryList({u"keep.md*"_s}, QDir::Files | QDir::Hidden), QStringList {u"keep.md"_s});
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "test_cli_export.moc"
