// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Exports read a long conversation a page of turns at a time (export/TurnPages). Here a
// conversation of 450 turns whose branches cross the 200-turn page boundaries, in a real
// database file: the paged Markdown equals the one made from all turns at once, the current
// branch is the same, the JSON keeps every parent and every history link across pages.
#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include "expectedtext.h"
#include "export/quorumjson.h"
#include "export/textexport.h"
#include "export/turnpages.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "types/records.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestTurnPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_id = 0;

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(u"quorum.db"_s));
        QVERIFY(db);
        m_database = std::move(*db);
        // 450 turns in one line, except: turn 190 is edited at 230 (a branch over the first
        // page boundary) and turn 395 at 440 (over the second); the newest, 450, continues 440.
        ConversationStore::Import item;
        item.conversation.title = u"Long"_s;
        item.conversation.createdAt = 1764000000000;
        qint64 answer = 0;
        for (int t = 1; t <= 450; ++t) {
            TurnRecord turn;
            turn.id = t;
            turn.prompt = u"Prompt %1"_s.arg(t);
            turn.createdAt = item.conversation.createdAt + t;
            turn.parentId = t == 1 ? std::nullopt : std::optional<qint64>(t - 1);
            if (t == 230) {
                turn.parentId = 189; // an edit of turn 190
            } else if (t == 231) {
                turn.parentId = 230;
            } else if (t == 440) {
                turn.parentId = 394; // an edit of turn 395
            } else if (t > 231 && t < 440 && t != 232) {
                turn.parentId = t - 1;
            } else if (t == 232) {
                turn.parentId = 231;
            }
            for (int a = 0; a < 2; ++a) {
                ResponseRecord r;
                r.id = ++answer;
                r.providerId = u"p"_s;
                r.model = a == 0 ? u"m1"_s : u"m2"_s;
                r.text = u"Answer %1 to %2"_s.arg(a + 1).arg(t);
                r.status = ResponseStatus::Done;
                r.costNanos = 10;
                if (t > 1) {
                    r.parameters.history = QList<qint64> {answer - 2};
                }
                turn.responses.append(r);
            }
            item.turns.append(turn);
        }
        const auto ids = ConversationStore(*m_database).importConversations({item});
        QVERIFY(ids);
        m_id = ids->constFirst();
    }

    void outlineAndPages()
    {
        const ConversationStore store(*m_database);
        const auto outline = store.turnOutline(m_id);
        QVERIFY(outline);
        QCOMPARE(outline->size(), 450);
        QCOMPARE(outline->at(229).parentId, std::optional<qint64>(outline->at(188).id));
        QCOMPARE(outline->at(0).responses.size(), 2);
        QVERIFY(outline->at(0).responses.at(0).text.isEmpty()); // no text in an outline
        QCOMPARE(outline->at(0).responses.at(1).model, u"m2"_s);
        QCOMPARE(outline->at(0).responses.at(1).costNanos, std::optional<qint64>(10));

        const auto page = store.turnsFrom(m_id, 199, 3);
        QVERIFY(page && page->size() == 3);
        QCOMPARE(page->at(0).prompt, u"Prompt 200"_s);
        QCOMPARE(page->at(2).responses.at(1).text, u"Answer 2 to 202"_s);

        auto pages = TurnPages::open(store, m_id, TurnPages::Scope::CurrentBranch);
        QVERIFY(pages);
        const auto all = store.turns(m_id);
        QVERIFY(all);
        const QList<TurnRecord> branch = currentBranch(*all);
        QCOMPARE(pages->outline().size(), branch.size());
        QList<TurnRecord> read;
        int calls = 0;
        for (;;) {
            const auto next = pages->next();
            QVERIFY(next);
            if (next->isEmpty()) {
                break;
            }
            ++calls;
            read += *next;
        }
        QCOMPARE(read, branch); // the same turns, answers and text as read at once
        QCOMPARE(calls, 3);     // 450 turns in pages of 200
        QVERIFY(std::ranges::none_of(read, [](const TurnRecord &t) { return t.prompt == u"Prompt 190"_s; }));
    }

    void pagedExportsEqualWholeOnes()
    {
        const ConversationStore store(*m_database);
        const auto all = store.turns(m_id);
        const auto conversation = store.conversation(m_id);
        QVERIFY(all && conversation && conversation->has_value());
        QBuffer markdown;
        markdown.open(QIODevice::WriteOnly);
        QList<std::pair<int, int>> progress; // in turns: a long conversation moves the bar page by page
        QVERIFY(TextExport::writeMarkdown(store, {m_id}, markdown, [&progress](int done, int total) {
            progress.append({done, total});
            return true;
        }));
        QCOMPARE(progress, (QList<std::pair<int, int>> {{200, 450}, {400, 450}, {450, 450}, {450, 450}}));
        QCOMPARE(QString::fromUtf8(markdown.data()), TextExport::markdown(**conversation, *all));

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(TextExport::writeCsv(store, {m_id}, csv));
        QCOMPARE(csv.data().count("\r\n"), 1 + 900);

        // Cancelled after the first page: an error, and no more pages read.
        QBuffer cancelled;
        cancelled.open(QIODevice::WriteOnly);
        int calls = 0;
        const auto stopped = TextExport::writeCsv(store, {m_id}, cancelled, [&calls](int, int) { return ++calls < 1; });
        QVERIFY(!stopped);
        QCOMPARE(calls, 1);
        QCOMPARE(cancelled.data().count("\r\n"), 1 + 400);

        // JSON: every turn's parent and every answer's history survive the page boundaries.
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QVERIFY(QuorumJson::write(store, {m_id}, json));
        const auto read = QuorumJson::read(json.data());
        QVERIFY2(read, qPrintable(Quorum::Testing::errorText(read)));
        const QList<TurnRecord> &turns = read->constFirst().turns;
        QCOMPARE(turns.size(), 450);
        for (qsizetype i = 0; i < turns.size(); ++i) {
            const std::optional<qint64> stored = all->at(i).parentId;
            const qsizetype parentIndex
                = stored ? std::ranges::find(*all, *stored, &TurnRecord::id) - all->begin() : -1;
            QCOMPARE(turns.at(i).parentId, stored ? std::optional<qint64>(parentIndex + 1) : std::nullopt);
        }
        QCOMPARE(turns.at(300).responses.at(0).parameters.history, std::optional<QList<qint64>>({599}));
    }

    // A turn's synthesis goes out with it (JSON: lossless, its sources in the file's numbers;
    // Markdown: the synthesis and its map) and comes back in with the answers it names.
    void synthesesTravelWithTheirTurn()
    {
        ConversationStore::Import item;
        item.conversation.title = u"Judged"_s;
        item.conversation.createdAt = 1764000000000;
        TurnRecord turn;
        turn.id = 1;
        turn.prompt = u"How long to boil an egg?"_s;
        turn.createdAt = item.conversation.createdAt;
        for (int a = 0; a < 2; ++a) {
            ResponseRecord r;
            r.id = 100 + a;
            r.providerId = u"p"_s;
            r.model = a == 0 ? u"m1"_s : u"m2"_s;
            r.text = a == 0 ? u"9 minutes."_s : u"7 minutes."_s;
            r.status = ResponseStatus::Done;
            turn.responses.append(r);
        }
        ResponseRecord judge;
        judge.id = 102;
        judge.kind = ResponseKind::Judge;
        judge.providerId = u"p"_s;
        judge.model = u"judge"_s;
        judge.status = ResponseStatus::Done;
        judge.text = u"{\"synthesis\": \"9 minutes [A].\"}"_s;
        JudgeParameters p;
        p.mode = u"fuse"_s;
        p.templateVersion = 1;
        p.sources = {{u"A"_s, 100}, {u"B"_s, 101}};
        judge.parameters.judge = p;
        Judgement map;
        map.text = u"9 minutes [A]."_s;
        map.claims = {Claim {u"Boil for 9 minutes"_s,
            {{u"A"_s, Stance::States, u"9 minutes"_s}, {u"B"_s, Stance::Contradicts, u"7 minutes"_s}}}};
        judge.judgement = map;
        turn.judgements.append(judge);
        item.turns.append(turn);
        ConversationStore store(*m_database);
        const auto ids = store.importConversations({item});
        QVERIFY(ids);
        const auto stored = store.turns(ids->constFirst());
        QVERIFY(stored);
        const TurnRecord &kept = stored->constFirst();
        QCOMPARE(kept.responses.size(), 2);
        QCOMPARE(kept.judgements.size(), 1);
        // Its sources name the stored answers (renumbered on import).
        QCOMPARE(judgeSource(kept.judgements.constFirst(), u"B"_s), kept.responses.at(1).id);
        QCOMPARE(kept.judgements.constFirst().judgement, std::optional(map));

        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QVERIFY(QuorumJson::write(store, {ids->constFirst()}, json));
        QVERIFY(json.data().contains("\"syntheses\""));
        const auto read = QuorumJson::read(json.data());
        QVERIFY2(read, qPrintable(Quorum::Testing::errorText(read)));
        const TurnRecord &back = read->constFirst().turns.constFirst();
        QCOMPARE(back.judgements.size(), 1);
        QCOMPARE(back.judgements.constFirst().kind, ResponseKind::Judge);
        QCOMPARE(back.judgements.constFirst().judgement, std::optional(map));
        // In the file's own numbers: answers 1 and 2, the judge 3.
        QCOMPARE(judgeSource(back.judgements.constFirst(), u"A"_s), back.responses.at(0).id);
        QCOMPARE(back.responses.at(0).id, 1);
        const auto again = store.importConversations(*read);
        QVERIFY(again);
        const auto copy = store.turns(again->constFirst());
        QCOMPARE(
            judgeSource(copy->constFirst().judgements.constFirst(), u"A"_s), copy->constFirst().responses.at(0).id);

        const QString md = TextExport::markdownTurn(kept);
        QVERIFY2(md.contains(u"### Synthesis (fuse) by judge · p\n\n9 minutes [A]."_s), qPrintable(md));
        QVERIFY2(md.contains(u"- ≠ Boil for 9 minutes (stated by m1; contradicted by m2)"_s), qPrintable(md));
    }
};

QTEST_GUILESS_MAIN(TestTurnPages)
#include "test_turnpages.moc"
