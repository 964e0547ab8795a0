// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <ctime>

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/spendstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestSpendStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_conversation = 0;

    // An answer made at local time \a when, with a cost (none: unknown).
    void answer(const QString &provider,
        const QString &model,
        const QDateTime &when,
        std::optional<qint64> nanos,
        bool estimated = false,
        ResponseStatus status = ResponseStatus::Done)
    {
        ConversationStore store(*m_db, [when] { return when.toMSecsSinceEpoch(); });
        const auto turn = store.addTurn(m_conversation, u"q"_s, {{provider, model, {}}});
        QVERIFY(turn);
        ResponseRecord r = turn->responses.first();
        r.status = status;
        r.costNanos = nanos;
        r.costEstimated = estimated;
        if (status != ResponseStatus::Streaming) {
            QVERIFY(store.finishResponse(r));
        }
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(u"quorum.db"_s));
        auto db = Database::open(m_dir.filePath(u"quorum.db"_s));
        QVERIFY(db);
        m_db = std::move(*db);
        m_conversation = *ConversationStore(*m_db).createConversation(u"Costs"_s);
    }

    void cleanup() { m_db.reset(); }

    void totalsByModelProviderDayAndConversation()
    {
        const QDateTime nov3(QDate(2026, 11, 3), QTime(23, 30));
        const QDateTime nov4(QDate(2026, 11, 4), QTime(0, 30));
        answer(u"oa"_s, u"gpt-4o"_s, nov3, 1000);
        answer(u"oa"_s, u"gpt-4o"_s, nov4, 500, true); // estimated: counted, and said so
        answer(u"oa"_s, u"gpt-4o-mini"_s, nov4, 20);
        answer(u"an"_s, u"claude"_s, nov4, std::nullopt); // unknown: not counted as 0, but counted as unknown
        answer(u"an"_s, u"claude"_s, nov4, 300, false, ResponseStatus::Error); // billed before it failed
        SpendStore spend(*m_db);
        const qint64 from = QDateTime(QDate(2026, 11, 1), QTime(0, 0)).toMSecsSinceEpoch();
        const qint64 to = std::numeric_limits<qint64>::max();

        const auto byModel = spend.totals(SpendStore::GroupBy::Model, from, to);
        QVERIFY(byModel);
        QCOMPARE(byModel->size(), 3);
        QCOMPARE(byModel->at(0).key, u"oa/gpt-4o"_s); // largest first
        QCOMPARE(byModel->at(0).nanos, 1500);
        QCOMPARE(byModel->at(0).answers, 2);
        QCOMPARE(byModel->at(0).estimated, 1);
        QCOMPARE(byModel->at(1).key, u"an/claude"_s);
        QCOMPARE(byModel->at(1).nanos, 300);
        QCOMPARE(byModel->at(1).unknown, 1);

        const auto byProvider = spend.totals(SpendStore::GroupBy::Provider, from, to);
        QCOMPARE(byProvider->size(), 2);
        QCOMPARE(byProvider->at(0).key, u"oa"_s);
        QCOMPARE(byProvider->at(0).nanos, 1520);

        const auto byDay = spend.totals(SpendStore::GroupBy::Day, from, to); // local calendar days
        QCOMPARE(byDay->size(), 2);
        QCOMPARE(byDay->at(0).key, u"2026-11-03"_s);
        QCOMPARE(byDay->at(0).nanos, 1000);
        QCOMPARE(byDay->at(1).key, u"2026-11-04"_s);
        QCOMPARE(byDay->at(1).nanos, 820);

        const auto byConversation = spend.totals(SpendStore::GroupBy::Conversation, from, to);
        QCOMPARE(byConversation->size(), 1);
        QCOMPARE(byConversation->first().label, u"Costs"_s);
        QCOMPARE(spend.conversationTotal(m_conversation)->nanos, 1820);

        // A later start leaves earlier answers out.
        const auto later = spend.totals(
            SpendStore::GroupBy::Provider, QDateTime(QDate(2026, 11, 4), QTime(0, 0)).toMSecsSinceEpoch(), to);
        QCOMPARE(later->at(0).nanos, 520);
    }

    void answersStillStreamingAreNotCounted()
    {
        answer(u"oa"_s,
            u"gpt-4o"_s,
            QDateTime(QDate(2026, 11, 4), QTime(12, 0)),
            std::nullopt,
            false,
            ResponseStatus::Streaming);
        QVERIFY(SpendStore(*m_db).totals(SpendStore::GroupBy::Model, 0, std::numeric_limits<qint64>::max())->isEmpty());
    }

    // Days and months are the user's calendar: the same answers fall on other days in Tokyo.
    void daysAndMonthsFollowTheTimeZone()
    {
        const QByteArray saved = qgetenv("TZ");
        const auto inZone = [](const char *zone) {
            qputenv("TZ", zone);
            tzset();
        };
        const QDateTime evening = QDateTime(QDate(2026, 11, 3), QTime(20, 0), QTimeZone::UTC);
        const QDateTime halloween = QDateTime(QDate(2026, 10, 31), QTime(20, 0), QTimeZone::UTC);
        answer(u"oa"_s, u"m"_s, evening, 100);
        answer(u"oa"_s, u"m"_s, halloween, 10);
        SpendStore spend(*m_db);
        QVERIFY(spend.setMonthlyBudget({}, 1'000));
        const auto days = [&] {
            QStringList keys;
            const QList<SpendStore::Row> rows
                = spend.totals(SpendStore::GroupBy::Day, 0, std::numeric_limits<qint64>::max()).value();
            for (const SpendStore::Row &row : rows) {
                keys << row.key;
            }
            return keys;
        };

        inZone("UTC0");
        QCOMPARE(days(), (QStringList {u"2026-10-31"_s, u"2026-11-03"_s}));
        QCOMPARE(spend.budgets(QDate(2026, 11, 15))->first().spentNanos, 100);
        inZone("JST-9"); // UTC+9: both answers are already the next day there
        QCOMPARE(days(), (QStringList {u"2026-11-01"_s, u"2026-11-04"_s}));
        QCOMPARE(spend.budgets(QDate(2026, 11, 15))->first().spentNanos, 110);
        inZone("PST8"); // UTC-8
        QCOMPARE(days(), (QStringList {u"2026-10-31"_s, u"2026-11-03"_s}));

        if (saved.isNull()) {
            qunsetenv("TZ");
        } else {
            qputenv("TZ", saved);
        }
        tzset();
    }

    void budgetsWarnAt80AndAt100Percent()
    {
        SpendStore spend(*m_db);
        QVERIFY(spend.setMonthlyBudget({}, 10'000));     // $0.00001 overall
        QVERIFY(spend.setMonthlyBudget(u"an"_s, 1'000)); // $0.000001 for one account
        answer(u"oa"_s, u"gpt-4o"_s, QDateTime(QDate(2026, 10, 31), QTime(23, 59)), 50'000); // last month
        answer(u"oa"_s, u"gpt-4o"_s, QDateTime(QDate(2026, 11, 1), QTime(0, 1)), 7'900);
        auto budgets = spend.budgets(QDate(2026, 11, 15));
        QVERIFY(budgets);
        QCOMPARE(budgets->size(), 2);
        QCOMPARE(budgets->at(0).providerId, QString());
        QCOMPARE(budgets->at(0).spentNanos, 7'900); // October is not this month
        QCOMPARE(budgets->at(0).level, SpendStore::Budget::Level::Ok);
        QCOMPARE(budgets->at(1).providerId, u"an"_s);
        QCOMPARE(budgets->at(1).spentNanos, 0);
        answer(u"an"_s, u"claude"_s, QDateTime(QDate(2026, 11, 2), QTime(9, 0)), 100);
        budgets = spend.budgets(QDate(2026, 11, 15));
        QCOMPARE(budgets->at(0).spentNanos, 8'000);
        QCOMPARE(budgets->at(0).level, SpendStore::Budget::Level::Warning); // exactly 80 %
        QCOMPARE(budgets->at(1).level, SpendStore::Budget::Level::Ok);      // 10 %
        answer(u"an"_s, u"claude"_s, QDateTime(QDate(2026, 11, 3), QTime(9, 0)), 2'000);
        budgets = spend.budgets(QDate(2026, 11, 15));
        QCOMPARE(budgets->at(0).level, SpendStore::Budget::Level::Exceeded);
        QCOMPARE(budgets->at(1).level, SpendStore::Budget::Level::Exceeded);
        QCOMPARE(spend.budgets(QDate(2026, 12, 1))->at(0).spentNanos, 0); // a new month starts at 0
        QVERIFY(spend.setMonthlyBudget(u"an"_s, 0));                      // cleared
        QCOMPARE(spend.budgets()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSpendStore)
#include "test_spendstore.moc"
