// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storage/conversationstore.h"
#include "storage/database.h"

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

    void aTurnIsStoredWithPendingAnswersBeforeSending()
    {
        const qint64 id = newConversation(u"c"_s);
        ++m_now;
        const auto turn = m_store->addTurn(id,
            u"Compare: 你好 🎉"_s,
            {{u"openai"_s, u"gpt-4.1"_s, {{u"temperature"_s, 0.2}}}, {u"anthropic"_s, u"claude"_s, {}}});
        QVERIFY2(turn, qPrintable(turn ? QString() : turn.error().message));
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
        QCOMPARE(first.parameters.value("temperature"_L1).toDouble(), 0.2);
        QVERIFY(!first.costMicros); // unknown, not 0
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
        done.costMicros = 335;
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
        QVERIFY2(full.error().message.contains(u"full"_s), qPrintable(full.error().message));
        QCOMPARE(m_store->response(responseId)->value().text, u"early text"_s); // nothing lost
        QVERIFY(m_db->quickCheck());
        QVERIFY(pragma.exec(u"PRAGMA max_page_count = 1073741823"_s)); // space again
        QVERIFY(m_store->checkpoint({{responseId, big, {}}}));         // the retry succeeds
        QCOMPARE(m_store->response(responseId)->value().text.size(), big.size());
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
