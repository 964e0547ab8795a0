// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "expectedtext.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/searchstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestConversationStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConversationStore> m_store;
    qint64 m_now = 1'700'000'000'000;

    QString path() const { return m_dir->filePath(u"quorum.db"_s); }

    qint64 newConversation(const QString &title)
    {
        ++m_now;
        const auto id = m_store->createConversation(title);
        if (!id) {
            qWarning() << id.error().message;
        }
        return id.value_or(-1);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(path());
        QVERIFY(db);
        m_db = std::move(*db);
        m_store = std::make_unique<ConversationStore>(*m_db, [this] { return m_now; });
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void listsPinnedThenNewest()
    {
        const qint64 a = newConversation(u"first"_s);
        const qint64 b = newConversation(u"second"_s);
        const qint64 c = newConversation(u"third"_s);
        QVERIFY(m_store->setPinned(a, true));
        const auto list = m_store->listConversations();
        QVERIFY(list);
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).id, a);
        QVERIFY(list->at(0).pinned);
        QCOMPARE(list->at(1).id, c);
        QCOMPARE(list->at(2).id, b);
        QCOMPARE(m_store->listConversations(1, 1)->first().id, c); // paging
        ++m_now;
        QVERIFY(m_store->renameConversation(b, u"renamed ✓"_s));
        QCOMPARE(m_store->listConversations()->at(1).title, u"renamed ✓"_s); // renaming counts as use
    }

    void pickRestartAndAddAnswers()
    {
        const qint64 id = newConversation(u"c"_s);
        const auto turn = m_store->addTurn(id, u"Q"_s, {{u"a"_s, u"m1"_s, {}}, {u"b"_s, u"m2"_s, {}}});
        QVERIFY(turn);
        const qint64 first = turn->responses.at(0).id;
        const qint64 second = turn->responses.at(1).id;
        // One pick per turn: picking another moves it; 0 clears it.
        QVERIFY(m_store->pickBestAnswer(turn->id, second));
        QCOMPARE(m_store->response(second)->value().vote, 1);
        QVERIFY(m_store->pickBestAnswer(turn->id, first));
        QCOMPARE(m_store->response(first)->value().vote, 1);
        QCOMPARE(m_store->response(second)->value().vote, 0);
        QVERIFY(m_store->pickBestAnswer(turn->id, 0));
        QCOMPARE(m_store->response(first)->value().vote, 0);
        QVERIFY(!m_store->pickBestAnswer(turn->id + 100, first));

        // A finished answer restarted: pending again, everything it had cleared.
        ResponseRecord done = m_store->response(first)->value();
        done.text = u"old text"_s;
        done.status = ResponseStatus::Error;
        done.errorMessage = u"boom"_s;
        done.costNanos = 42;
        done.outputTokens = 9;
        QVERIFY(m_store->finishResponse(done));
        AnswerParameters warmer;
        warmer.generation.temperature = 0.5;
        QVERIFY(m_store->restartResponse(first, warmer));
        const ResponseRecord restarted = m_store->response(first)->value();
        QCOMPARE(restarted.status, ResponseStatus::Pending);
        QVERIFY(restarted.text.isEmpty());
        QVERIFY(restarted.errorMessage.isEmpty());
        QVERIFY(!restarted.costNanos && !restarted.outputTokens);
        QCOMPARE(restarted.parameters.generation.temperature, std::optional<double>(0.5));
        QCOMPARE(restarted.providerId, u"a"_s); // who it is stays
        const auto missing = m_store->restartResponse(first + 100, {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, StorageError::Kind::NotFound); // not an I/O error

        // A target added to the turn later comes after the others.
        ++m_now;
        const auto added = m_store->addResponse(turn->id, {u"c"_s, u"m3"_s, {}});
        QVERIFY(added);
        QCOMPARE(added->position, 2);
        QCOMPARE(m_store->turns(id)->first().responses.size(), 3);
        QCOMPARE(m_store->turns(id)->first().responses.at(2).model, u"m3"_s);
        QCOMPARE(m_store->conversation(id)->value().updatedAt, m_now);
    }

    void aTurnIsStoredWithPendingAnswersBeforeSending()
    {
        const qint64 id = newConversation(u"c"_s);
        ++m_now;
        AnswerParameters cool;
        cool.generation.temperature = 0.2;
        const auto turn = m_store->addTurn(
            id, u"Compare: 你好 🎉"_s, {{u"openai"_s, u"gpt-4.1"_s, cool}, {u"anthropic"_s, u"claude"_s, {}}});
        QVERIFY2(turn, qPrintable(Quorum::Testing::errorText(turn)));
        QCOMPARE(turn->position, 0);
        QCOMPARE(turn->responses.size(), 2);
        QVERIFY(turn->responses.at(0).id != turn->responses.at(1).id);

        const auto turns = m_store->turns(id);
        QVERIFY(turns);
        QCOMPARE(turns->size(), 1);
        QCOMPARE(turns->first().prompt, u"Compare: 你好 🎉"_s);
        QCOMPARE(turns->first().responses.size(), 2);
        const ResponseRecord &first = turns->first().responses.at(0);
        QCOMPARE(first.status, ResponseStatus::Pending);
        QCOMPARE(first.providerId, u"openai"_s);
        QCOMPARE(first.parameters.generation.temperature, std::optional<double>(0.2));
        QVERIFY(!first.costNanos); // unknown, not 0
        QCOMPARE(*turns, QList<TurnRecord> {*turn});
        QCOMPARE(m_store->conversation(id)->value().updatedAt, m_now);

        const auto second = m_store->addTurn(id, u"And?"_s, {{u"openai"_s, u"gpt-4.1"_s, {}}}, turn->id);
        QCOMPARE(second->position, 1);
        QCOMPARE(m_store->turns(id)->at(1).parentId, turn->id); // a branch knows its parent
    }

    void checkpointsThenTheFinalAnswer()
    {
        const qint64 id = newConversation(u"c"_s);
        const TurnRecord turn = *m_store->addTurn(id, u"q"_s, {{u"a"_s, u"m1"_s, {}}, {u"b"_s, u"m2"_s, {}}});
        const qint64 r1 = turn.responses.at(0).id;
        const qint64 r2 = turn.responses.at(1).id;
        QVERIFY(m_store->checkpoint({{r1, u"Hel"_s, u"think"_s}, {r2, u"Bon"_s, {}}}));
        auto partial = m_store->response(r1)->value();
        QCOMPARE(partial.status, ResponseStatus::Streaming);
        QCOMPARE(partial.text, u"Hel"_s);
        QCOMPARE(partial.reasoning, u"think"_s);

        ResponseRecord done = partial;
        done.text = u"Hello"_s;
        done.status = ResponseStatus::Done;
        done.servedModel = u"m1-2025"_s;
        done.finishReason = u"stop"_s;
        done.finishReasonRaw = u"end_turn"_s;
        done.inputTokens = 12;
        done.cachedInputTokens = 4;
        done.outputTokens = 30;
        done.reasoningTokens = 10;
        done.costNanos = 335;
        done.costEstimated = false;
        done.ttftMs = 210;
        done.durationMs = 1800;
        ++m_now;
        QVERIFY(m_store->finishResponse(done));
        // A late checkpoint never overwrites a finished answer.
        QVERIFY(m_store->checkpoint({{r1, u"He"_s, {}}}));
        const ResponseRecord stored = m_store->response(r1)->value();
        done.updatedAt = m_now;
        QCOMPARE(stored, done);

        ResponseRecord failed = m_store->response(r2)->value();
        failed.status = ResponseStatus::Error;
        failed.errorKind = u"overloaded"_s;
        failed.errorMessage = u"b is overloaded."_s;
        failed.httpStatus = 529;
        QVERIFY(m_store->finishResponse(failed));
        QCOMPARE(m_store->response(r2)->value().text, u"Bon"_s); // the partial text stays
        QCOMPARE(m_store->response(r2)->value().httpStatus, 529);

        ResponseRecord missing;
        missing.id = 999999;
        QVERIFY(!m_store->finishResponse(missing));
    }

    void writesAreVisibleToASecondConnection()
    {
        const qint64 id = newConversation(u"c"_s);
        const TurnRecord turn = *m_store->addTurn(id, u"q"_s, {{u"a"_s, u"m"_s, {}}});
        QVERIFY(m_store->checkpoint({{turn.responses.first().id, u"partial"_s, {}}}));
        auto reader = Database::open(path(), Database::Mode::ReadOnly);
        QVERIFY(reader);
        ConversationStore other(**reader);
        QCOMPARE(other.response(turn.responses.first().id)->value().text, u"partial"_s);
    }

    void crashLeftoversBecomeInterrupted()
    {
        const qint64 id = newConversation(u"c"_s);
        const TurnRecord turn
            = *m_store->addTurn(id, u"q"_s, {{u"a"_s, u"m"_s, {}}, {u"b"_s, u"m"_s, {}}, {u"c"_s, u"m"_s, {}}});
        QVERIFY(m_store->checkpoint({{turn.responses.at(0).id, u"half an ans"_s, {}}}));
        ResponseRecord done = turn.responses.at(2);
        done.status = ResponseStatus::Done;
        done.text = u"complete"_s;
        QVERIFY(m_store->finishResponse(done));
        // The process dies here; the next start recovers.
        m_store.reset();
        m_db.reset();
        auto db = Database::open(path());
        QVERIFY(db);
        qint64 later = m_now + 60'000;
        ConversationStore store(**db, [&] { return later; });
        QCOMPARE(store.recoverInterrupted(m_now - 1).value(), 0);      // touched too recently: maybe alive
        QCOMPARE(store.recoverInterrupted(later - 30'000).value(), 2); // the streaming one and the pending one
        const auto turns = store.turns(id).value();
        QCOMPARE(turns.first().responses.at(0).status, ResponseStatus::Interrupted);
        QCOMPARE(turns.first().responses.at(0).text, u"half an ans"_s);
        QCOMPARE(turns.first().responses.at(1).status, ResponseStatus::Interrupted);
        QCOMPARE(turns.first().responses.at(2).status, ResponseStatus::Done);
        QCOMPARE(store.recoverInterrupted(later).value(), 0);
    }

    void touchKeepsLiveAnswersFromRecovery()
    {
        const qint64 id = newConversation(u"c"_s);
        const TurnRecord turn = *m_store->addTurn(id, u"q"_s, {{u"a"_s, u"m"_s, {}}, {u"b"_s, u"m"_s, {}}});
        m_now += 60'000;
        QVERIFY(m_store->touch({turn.responses.at(0).id}));
        QCOMPARE(m_store->recoverInterrupted(m_now - 30'000).value(), 1);
        QCOMPARE(m_store->response(turn.responses.at(0).id)->value().status, ResponseStatus::Pending);
        QCOMPARE(m_store->response(turn.responses.at(1).id)->value().status, ResponseStatus::Interrupted);
    }

    void aFullDiskFailsTheWriteAndLosesNothing()
    {
        // SQLite's max_page_count makes the file unable to grow: every write that needs a new
        // page fails with SQLITE_FULL, exactly as on a full disk.
        const qint64 id = newConversation(u"c"_s);
        const TurnRecord turn = *m_store->addTurn(id, u"q"_s, {{u"a"_s, u"m"_s, {}}});
        const qint64 responseId = turn.responses.first().id;
        QVERIFY(m_store->checkpoint({{responseId, u"early text"_s, {}}}));
        QSqlQuery pragma(m_db->connection());
        QVERIFY(pragma.exec(u"PRAGMA max_page_count = "_s + m_db->pragma(u"page_count"_s)));
        const QString big = QString(u"x"_s).repeated(512 * 1024);
        const auto full = m_store->checkpoint({{responseId, big, {}}});
        QVERIFY(!full);
        QCOMPARE(full.error().kind, StorageError::Kind::Full);
        QVERIFY2(full.error().message.contains(u"full"_s), qPrintable(Quorum::Testing::errorText(full)));
        QCOMPARE(m_store->response(responseId)->value().text, u"early text"_s); // nothing lost
        QVERIFY(m_db->quickCheck());
        QVERIFY(pragma.exec(u"PRAGMA max_page_count = 1073741823"_s));                // space again
        QVERIFY(m_store->checkpoint({{responseId, big, {}}}));                        // the retry succeeds
        QCOMPARE(m_store->response(responseId)->value().text, u"early text"_s + big); // appended once
    }

    // Checkpoints append what is new (0010_responsepieces.sql): the answer reads whole while it
    // streams, from this connection and another, and is folded into its row when it ends or is
    // found interrupted; a checkpoint that replaces starts the text over.
    void checkpointsAppendAndAreFoldedWhenTheAnswerEnds()
    {
        const qint64 id = newConversation(u"c"_s);
        const TurnRecord turn = *m_store->addTurn(id, u"q"_s, {{u"a"_s, u"m"_s, {}}, {u"b"_s, u"m"_s, {}}});
        const qint64 r1 = turn.responses.at(0).id;
        const qint64 r2 = turn.responses.at(1).id;
        const auto pieces = [this] {
            QSqlQuery q(m_db->connection());
            return q.exec(u"SELECT count(*) FROM response_pieces"_s) && q.next() ? q.value(0).toInt() : -1;
        };
        QVERIFY(m_store->checkpoint({{r1, u"Hello"_s, u"I "_s}, {r2, u"Bon"_s, {}}}));
        QVERIFY(m_store->checkpoint({{r1, u", wor"_s, u"think"_s}}));
        QVERIFY(m_store->checkpoint({{r1, u"ld"_s, {}}, {r2, u"jour"_s, {}}}));
        QCOMPARE(pieces(), 5);
        QCOMPARE(m_store->response(r1)->value().text, u"Hello, world"_s);
        QCOMPARE(m_store->response(r1)->value().reasoning, u"I think"_s);
        QCOMPARE(m_store->turns(id)->first().responses.at(1).text, u"Bonjour"_s);
        auto reader = Database::open(path(), Database::Mode::ReadOnly);
        QVERIFY(reader);
        QCOMPARE(ConversationStore(**reader).response(r1)->value().text, u"Hello, world"_s);
        // Started over (a retry): the text is replaced, its pieces forgotten.
        QVERIFY(m_store->checkpoint({{r2, u"Salut"_s, {}, true}}));
        QCOMPARE(m_store->response(r2)->value().text, u"Salut"_s);
        QCOMPARE(pieces(), 3);

        // Ended: the row holds the whole text, found by search; no piece is left.
        ResponseRecord done = m_store->response(r1)->value();
        done.text = u"Hello, world!"_s;
        done.status = ResponseStatus::Done;
        QVERIFY(m_store->finishResponse(done));
        QCOMPARE(pieces(), 0);
        QCOMPARE(m_store->response(r1)->value().text, u"Hello, world!"_s);
        const auto hits = SearchStore(*m_db).search(u"world"_s);
        QVERIFY(hits && !hits->isEmpty());

        // Interrupted (the process died): what it had streamed is kept, folded into the row.
        QVERIFY(m_store->checkpoint({{r2, u" les amis"_s, {}}}));
        m_now += 60'000;
        QCOMPARE(m_store->recoverInterrupted(m_now - 30'000).value(), 1);
        const ResponseRecord interrupted = m_store->response(r2)->value();
        QCOMPARE(interrupted.status, ResponseStatus::Interrupted);
        QCOMPARE(interrupted.text, u"Salut les amis"_s);
        QCOMPARE(pieces(), 0);
        QVERIFY(!SearchStore(*m_db).search(u"amis"_s)->isEmpty());
    }

    void aLongConversationOpensAtItsNewestTurns()
    {
        const qint64 id = newConversation(u"long"_s);
        for (int i = 0; i < 25; ++i) {
            QVERIFY(m_store->addTurn(id, u"prompt %1"_s.arg(i), {{u"a"_s, u"m"_s, {}}, {u"b"_s, u"m"_s, {}}}));
        }
        QCOMPARE(m_store->turnCount(id).value_or(-1), 25);
        const auto newest = m_store->recentTurns(id, 10);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 10);
        QCOMPARE(newest->first().prompt, u"prompt 15"_s); // oldest of the page first
        QCOMPARE(newest->last().prompt, u"prompt 24"_s);
        for (const TurnRecord &turn : *newest) {
            QCOMPARE(turn.responses.size(), 2);
            QCOMPARE(turn.responses.at(1).providerId, u"b"_s);
        }
        const auto older = m_store->recentTurns(id, 10, newest->first().position);
        QVERIFY(older);
        QCOMPARE(older->first().prompt, u"prompt 5"_s);
        QCOMPARE(older->last().prompt, u"prompt 14"_s);
        QCOMPARE(m_store->recentTurns(id, 10, older->first().position)->size(), 5);
        QCOMPARE(m_store->recentTurns(id, 100).value(), m_store->turns(id).value());
    }

    void importStoresWholeConversationsAtOnce()
    {
        ConversationStore::Import first;
        first.conversation.title = u"Imported ✓"_s;
        first.conversation.tags = {u"work"_s};
        first.conversation.createdAt = 1'600'000'000'000;
        first.conversation.updatedAt = 1'600'000'100'000;
        TurnRecord question;
        question.id = 7; // ids of the source, remapped
        question.prompt = u"What is 東京 known for?"_s;
        question.createdAt = 1'600'000'000'000;
        ResponseRecord answer;
        answer.providerId = u"openai"_s;
        answer.model = u"gpt-4.1"_s;
        answer.text = u"Sushi and trains: 寿司と電車。"_s;
        answer.status = ResponseStatus::Done;
        answer.inputTokens = 12;
        answer.outputTokens = 30;
        answer.costNanos = 250;
        answer.createdAt = answer.updatedAt = 1'600'000'001'000;
        question.responses = {answer};
        TurnRecord edit = question;
        edit.id = 8;
        edit.parentId = 7; // a branch of the first turn
        edit.prompt = u"And for food?"_s;
        first.turns = {question, edit};
        ConversationStore::Import second;
        second.conversation.title = u"Empty"_s;

        const auto ids = m_store->importConversations({first, second});
        QVERIFY2(ids, qPrintable(Quorum::Testing::errorText(ids)));
        QCOMPARE(ids->size(), 2);
        const ConversationRecord stored = m_store->conversation(ids->at(0))->value();
        QCOMPARE(stored.title, u"Imported ✓"_s);
        QCOMPARE(stored.tags, QStringList {u"work"_s});
        QCOMPARE(stored.updatedAt, 1'600'000'100'000);
        const QList<TurnRecord> turns = m_store->turns(ids->at(0)).value();
        QCOMPARE(turns.size(), 2);
        QCOMPARE(turns.at(1).parentId, std::optional<qint64>(turns.at(0).id));
        ResponseRecord read = turns.at(0).responses.first();
        QCOMPARE(read.turnId, turns.at(0).id);
        read.id = 0;
        read.turnId = 0;
        QCOMPARE(read, answer);
        // Finished answers are searchable at once (schema 3's insert trigger).
        const auto hits = SearchStore(*m_db).search(u"寿司と"_s);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->first().conversationId, ids->at(0));
    }

    void aFailedImportStoresNothing()
    {
        ConversationStore::Import big;
        big.conversation.title = u"too big"_s;
        for (int i = 0; i < 50; ++i) {
            TurnRecord turn;
            turn.id = i + 1;
            turn.prompt = QString(20'000, QChar(u'a' + i % 26));
            big.turns.append(turn);
        }
        QSqlQuery pragma(m_db->connection());
        QVERIFY(
            pragma.exec(u"PRAGMA max_page_count = "_s + QString::number(m_db->pragma(u"page_count"_s).toInt() + 20)));
        const auto failed = m_store->importConversations({big});
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, StorageError::Kind::Full);
        QVERIFY(m_store->listConversations()->isEmpty()); // all or nothing
        QVERIFY(pragma.exec(u"PRAGMA max_page_count = 1073741823"_s));
        QVERIFY(m_store->importConversations({big}));
        QCOMPARE(m_store->turnCount(m_store->listConversations()->first().id).value_or(0), 50);
    }

    void votesAndDeletion()
    {
        const qint64 id = newConversation(u"c"_s);
        const TurnRecord turn = *m_store->addTurn(id, u"q"_s, {{u"a"_s, u"m"_s, {}}});
        QVERIFY(m_store->setVote(turn.responses.first().id, 1));
        QCOMPARE(m_store->response(turn.responses.first().id)->value().vote, 1);
        QVERIFY(m_store->deleteConversation(id));
        QVERIFY(!m_store->conversation(id)->has_value());
        QVERIFY(!m_store->response(turn.responses.first().id)->has_value()); // cascaded
        QVERIFY(!m_store->addTurn(id, u"orphan"_s, {}));                     // foreign key: no such conversation
    }
};

QTEST_GUILESS_MAIN(TestConversationStore)
#include "test_conversationstore.moc"
