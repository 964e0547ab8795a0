// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/experimentstore.h"
#include "storage/searchstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

//! The experiments' tables against a real SQLite file (docs/experiments.md, "Storage").
class TestExperimentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(u"quorum.db"_s));
        auto db = Database::open(m_dir.filePath(u"quorum.db"_s));
        QVERIFY(db);
        m_db = std::move(*db);
    }

    void cleanup() { m_db.reset(); }

    void experimentsAreSavedByNameAndReplaced()
    {
        ExperimentStore store(*m_db);
        QSignalSpy changed(&m_db->changes(), &DatabaseChanges::experimentsChanged);
        const auto first = store.save(u"tone"_s, R"({"version":1})");
        QVERIFY(first);
        const auto again = store.save(u"tone"_s, R"({"version":1,"prompt":"x"})");
        QVERIFY(again);
        QCOMPARE(again->id, first->id); // the same experiment, its definition replaced
        QCOMPARE(again->definition, QByteArray(R"({"version":1,"prompt":"x"})"));
        QVERIFY(store.save(u"alpha"_s, "{}"));
        const auto all = store.experiments();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"alpha"_s);
        QCOMPARE(changed.size(), 3);
        QCOMPARE(store.experiment(u"nope"_s).error().kind, StorageError::Kind::NotFound);
        QVERIFY(store.remove(u"alpha"_s));
        QCOMPARE(store.remove(u"alpha"_s).error().kind, StorageError::Kind::NotFound);
    }

    void cellsReadTheirAnswersAndSurviveReplacement()
    {
        ExperimentStore store(*m_db);
        const auto experiment = store.save(u"tone"_s, "{}");
        QVERIFY(experiment);
        const auto run = store.startRun(experiment->id, R"({"frozen":true})", 2'000'000, 150'000);
        QVERIFY(run);
        QCOMPARE(run->status, ExperimentRunRecord::Status::Running);
        QCOMPARE(run->experimentName, u"tone"_s);
        QCOMPARE(run->maxCostNanos, std::optional<qint64>(2'000'000));
        QCOMPARE(run->estimateNanos, std::optional<qint64>(150'000));

        // A case's answers live in a conversation of the run, not listed with the others.
        ConversationStore conversations(*m_db);
        QVERIFY(conversations.createConversation(u"Visible"_s));
        const auto hidden = conversations.createConversation(u"tone: case 1"_s, {}, run->id);
        QVERIFY(hidden);
        const auto listed = conversations.listConversations();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->at(0).title, u"Visible"_s);
        QCOMPARE(
            conversations.conversation(*hidden).value_or(std::nullopt).value_or(ConversationRecord {}).experimentRun,
            std::optional<qint64>(run->id));

        const auto turn = conversations.addTurn(*hidden, u"Say hello politely"_s, {{u"oa"_s, u"m"_s, {}}});
        QVERIFY(turn);
        ResponseRecord answer = turn->responses.first();
        answer.status = ResponseStatus::Done;
        answer.text = u"Hello, dear friend."_s;
        answer.outputTokens = 5;
        answer.costNanos = 40;
        answer.ttftMs = 120;
        answer.durationMs = 300;
        QVERIFY(conversations.finishResponse(answer));

        QCOMPARE(store.caseTurn(run->id, 0).value_or(std::pair<qint64, qint64> {}), std::nullopt);
        ExperimentCell cell;
        cell.key = {0, 1, 2};
        cell.status = ExperimentCell::Status::Running;
        cell.responseId = answer.id;
        QVERIFY(store.saveCell(run->id, cell));
        cell.status = ExperimentCell::Status::Done;
        cell.passed = false;
        cell.checks = {{u"contains"_s, true, u"found 'Hello'"_s}, {u"judge"_s, false, u"score 0.4 below 0.7"_s}};
        cell.judgeCostNanos = 7;
        cell.judgeResponseIds = {answer.id + 100};
        QVERIFY(store.saveCell(run->id, cell)); // the same cell: replaced, not added
        ExperimentCell skipped;
        skipped.key = {0, 0, 0};
        skipped.status = ExperimentCell::Status::Skipped;
        skipped.message = u"the cost limit was reached"_s;
        QVERIFY(store.saveCell(run->id, skipped));

        const auto cells = store.cells(run->id);
        QVERIFY(cells);
        QCOMPARE(cells->size(), 2);
        QCOMPARE(cells->at(0).key, (CellKey {0, 0, 0})); // grid order
        QCOMPARE(cells->at(0).status, ExperimentCell::Status::Skipped);
        QCOMPARE(cells->at(0).message, u"the cost limit was reached"_s);
        QVERIFY(!cells->at(0).passed && !cells->at(0).responseId);
        const ExperimentCell &read = cells->at(1);
        QCOMPARE(read.status, ExperimentCell::Status::Done);
        QCOMPARE(read.passed, std::optional<bool>(false));
        QCOMPARE(read.checks, cell.checks);
        QCOMPARE(read.judgeResponseIds, cell.judgeResponseIds);
        QCOMPARE(read.text, u"Hello, dear friend."_s);
        QCOMPARE(read.ttftMs, std::optional<qint64>(120));
        QCOMPARE(read.totalCostNanos(), std::optional<qint64>(47));
        QCOMPARE(read.conversationId, *hidden);
        QCOMPARE(store.caseTurn(run->id, 0).value_or(std::nullopt),
            (std::optional<std::pair<qint64, qint64>>({*hidden, turn->id})));

        // An experiment's answers are found by search like any other.
        const auto hits = SearchStore(*m_db).search(u"dear friend"_s);
        QVERIFY(hits && hits->size() == 1);

        // Stopped, then resumed: its end time is set, then cleared.
        QVERIFY(store.setRunStatus(run->id, ExperimentRunRecord::Status::Stopped));
        QVERIFY(store.run(run->id)->endedAt);
        QVERIFY(store.setRunStatus(run->id, ExperimentRunRecord::Status::Running));
        QVERIFY(!store.run(run->id)->endedAt);

        // Removing the experiment removes its runs, their cells and their conversations.
        QVERIFY(store.remove(u"tone"_s));
        QCOMPARE(store.run(run->id).error().kind, StorageError::Kind::NotFound);
        QCOMPARE(store.cells(run->id).value_or(QList<ExperimentCell> {{}}).size(), 0);
        QCOMPARE(conversations.conversation(*hidden).value_or(ConversationRecord {}), std::nullopt);
        QCOMPARE(conversations.response(answer.id).value_or(ResponseRecord {}), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestExperimentStore)
#include "test_experimentstore.moc"
