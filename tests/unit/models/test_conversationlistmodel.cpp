// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The conversation list's model on the real SQLite file: no cap (100,000 conversations, a
// page at a time), and it follows every change by itself, made through its own connection or
// by another one, with a QAbstractItemModelTester watching every signal.
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "expectedtext.h"
#include "models/conversationlistmodel.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/databasechanges.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_clock = 1'000'000;

    //! \a count conversations, "Conversation 1" the oldest; one SQL statement.
    void fill(int count)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO conversations (title, created_at, updated_at) "
                       "SELECT 'Conversation ' || i, i, i FROM n"_s.arg(count)));
    }

    ConversationStore store()
    {
        return ConversationStore(*m_db, [this] { return ++m_clock; });
    }

    static QStringList titles(const ConversationListModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row) {
            out << model.index(row).data(ConversationListModel::TitleRole).toString();
        }
        return out;
    }

    static void fetchAll(ConversationListModel &model)
    {
        while (model.canFetchMore()) {
            model.fetchMore();
        }
    }

private Q_SLOTS:
    void init()
    {
        auto db
            = Database::open(m_dir.filePath(u"quorum-%1.db"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY2(db, qPrintable(Testing::errorText(db)));
        m_db = std::move(*db);
    }

    void cleanup() { m_db.reset(); }

    void noCapOn100000Conversations()
    {
        fill(100'000);
        ConversationListModel model(m_db.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore());
        QElapsedTimer first;
        first.start();
        model.fetchMore();
        const qint64 firstPageMs = first.elapsed();
        QCOMPARE(model.rowCount(), ConversationListModel::pageSize);
        QCOMPARE(model.index(0).data().toString(), u"Conversation 100000"_s); // the most recent first
        QElapsedTimer all;
        all.start();
        fetchAll(model);
        qInfo("first page %lld ms; all 100,000 in pages of %d: %lld ms",
            firstPageMs,
            ConversationListModel::pageSize,
            all.elapsed());
        QCOMPARE(model.rowCount(), 100'000);
        QCOMPARE(model.index(99'999).data().toString(), u"Conversation 1"_s);
        for (int row = 1; row < model.rowCount(); ++row) { // in order, none twice
            QVERIFY(model.at(row - 1).updatedAt > model.at(row).updatedAt);
        }
        QVERIFY(!model.canFetchMore());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void followsChangesMadeThroughItsConnection()
    {
        fill(3);
        ConversationListModel model(m_db.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore();
        QCOMPARE(titles(model), (QStringList {u"Conversation 3"_s, u"Conversation 2"_s, u"Conversation 1"_s}));

        ConversationStore s = store();
        const qint64 fresh = *s.createConversation(u"Fresh"_s);
        QCOMPARE(titles(model).constFirst(), u"Fresh"_s); // no refresh call
        QVERIFY(s.renameConversation(1, u"Renamed and so recent"_s));
        QCOMPARE(titles(model).constFirst(), u"Renamed and so recent"_s);
        QVERIFY(s.setPinned(2, true));
        QCOMPARE(titles(model).constFirst(), u"Conversation 2"_s);
        QVERIFY(model.index(0).data(ConversationListModel::PinnedRole).toBool());
        QVERIFY(s.setTags(fresh, {u"client"_s}));
        QCOMPARE(model.index(model.rowOf(fresh)).data(ConversationListModel::TagsRole).toStringList(),
            QStringList {u"client"_s});
        QVERIFY(s.addTurn(3, u"A new prompt"_s, {}));
        QCOMPARE(model.idAt(1), 3); // used last, under the pinned one
        QVERIFY(s.deleteConversation(fresh));
        QCOMPARE(model.rowOf(fresh), -1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(titles(model), (QStringList {u"Conversation 2"_s, u"Conversation 3"_s, u"Renamed and so recent"_s}));
    }

    // Touched far below the loaded page: it comes up, once. (No model tester here: it reads
    // every page itself, and this is about what is not loaded yet.)
    void anOldConversationUsedAgainComesToTheTop()
    {
        fill(1000);
        ConversationListModel model(m_db.get());
        model.fetchMore();
        const int loaded = model.rowCount();
        QVERIFY(loaded < 1000);
        QVERIFY(store().addTurn(5, u"Back to this one"_s, {}));
        QCOMPARE(model.idAt(0), 5);
        QCOMPARE(model.rowCount(), loaded + 1);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // And one moved below what is loaded leaves, to come back with its page.
        ConversationListModel partial(m_db.get());
        partial.fetchMore();
        QVERIFY(store().setPinned(5, true));
        QVERIFY(store().setPinned(5, false));
        QCOMPARE(partial.idAt(0), 5); // still the most recently used
    }

    void renamingThroughTheModelStoresIt()
    {
        fill(2);
        ConversationListModel model(m_db.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore();
        const QModelIndex oldest = model.index(1);
        QVERIFY(model.flags(oldest) & Qt::ItemIsEditable);
        QVERIFY(model.setData(oldest, u"  A better title  "_s));
        QCOMPARE(ConversationStore(*m_db).conversation(1)->value().title, u"A better title"_s);
        QCOMPARE(model.index(0).data().toString(), u"A better title"_s);
        QVERIFY(!model.setData(model.index(0), u"   "_s)); // an empty title is refused
    }

    // quorum ask or an import writes through another connection: the model notices and
    // applies the difference.
    void followsChangesMadeElsewhere()
    {
        fill(5);
        ConversationListModel model(m_db.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore();
        m_db->changes().watchElsewhere(60'000); // checked by hand below
        auto other = Database::open(m_db->path());
        QVERIFY(other);
        ConversationStore elsewhere(**other, [] { return qint64(9'000'000); });
        QVERIFY(elsewhere.createConversation(u"From the CLI"_s));
        QVERIFY(elsewhere.deleteConversation(2));
        QVERIFY(elsewhere.renameConversation(4, u"Renamed elsewhere"_s));
        QCOMPARE(titles(model).constFirst(), u"Conversation 5"_s); // not yet: nothing was said here
        QSignalSpy noticed(&m_db->changes(), &DatabaseChanges::changedElsewhere);
        m_db->changes().checkElsewhere();
        QCOMPARE(noticed.size(), 1);
        QCOMPARE(titles(model),
            (QStringList {u"From the CLI"_s, // the same time: the newer first
                u"Renamed elsewhere"_s,
                u"Conversation 5"_s,
                u"Conversation 3"_s,
                u"Conversation 1"_s}));
        m_db->changes().checkElsewhere();
        QCOMPARE(noticed.size(), 1); // nothing new since
    }

    void withoutADatabaseItIsEmpty()
    {
        ConversationListModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore());
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "test_conversationlistmodel.moc"
