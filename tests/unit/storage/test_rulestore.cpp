// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "expectedtext.h"
#include "routing/routeenvironment.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/rulestore.h"
#include "storage/spendstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
Rule sendRule(const QString &name, const QString &target, const QList<Condition> &conditions = {})
{
    Rule rule;
    rule.name = name;
    rule.conditions = conditions;
    rule.action.type = Action::Type::Send;
    rule.action.targets = {*ChatTarget::parse(target)};
    return rule;
}

QStringList names(const RuleStore &store)
{
    QStringList result;
    for (const Rule &rule : store.rules()) {
        result << rule.name;
    }
    return result;
}
} // namespace

class TestRuleStore : public QObject
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

    void orderIsKeptThroughEveryChange()
    {
        RuleStore store(*m_db);
        const qint64 a = *store.add(sendRule(u"A"_s, u"x/1"_s));
        const qint64 b = *store.add(sendRule(u"B"_s, u"x/2"_s));
        QVERIFY(store.add(sendRule(u"C"_s, u"x/3"_s), 0));
        QCOMPARE(names(store), (QStringList {u"C"_s, u"A"_s, u"B"_s}));
        QVERIFY(store.move(b, 0));
        QCOMPARE(names(store), (QStringList {u"B"_s, u"C"_s, u"A"_s}));
        QVERIFY(store.move(b, 99)); // past the end: last
        QCOMPARE(names(store), (QStringList {u"C"_s, u"A"_s, u"B"_s}));
        QVERIFY(store.remove(a));
        QCOMPARE(names(store), (QStringList {u"C"_s, u"B"_s}));
        Rule changed = sendRule(u"B2"_s, u"y/9"_s);
        changed.enabled = false;
        QVERIFY(store.update(b, changed));
        const auto loaded = store.list();
        QVERIFY(loaded);
        QCOMPARE(loaded->rules.at(1).rule.name, u"B2"_s);
        QCOMPARE(loaded->rules.at(1).rule.enabled, false);
        QCOMPARE(loaded->rules.at(1).rule.action.targets.first().label(), u"y/9"_s);
        QCOMPARE(loaded->rules.at(1).position, 1);
        // Positions are dense: 0..n-1.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT group_concat(position) FROM (SELECT position FROM routing_rules ORDER BY position)"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"0,1"_s);
        QVERIFY(!store.remove(a)); // gone already
        QVERIFY(!store.move(12345, 0));
    }

    void damagedRowsAreReportedNotDropped()
    {
        RuleStore store(*m_db);
        QVERIFY(store.add(sendRule(u"Good"_s, u"x/1"_s)));
        QVERIFY(store.add(sendRule(u"Bad"_s, u"x/2"_s)));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE routing_rules SET conditions = '[{\"type\":\"regex\",\"pattern\":\"(\"}]' "
                       "WHERE name = 'Bad'"_s));
        QVERIFY(store.add(sendRule(u"Torn"_s, u"x/3"_s)));
        QVERIFY(q.exec(u"UPDATE routing_rules SET action = '{\"type\":' WHERE name = 'Torn'"_s));
        const auto loaded = store.list();
        QVERIFY(loaded);
        QCOMPARE(loaded->rules.size(), 1);
        QCOMPARE(loaded->problems.size(), 2);
        QVERIFY(loaded->problems.at(0).contains(u"bad regular expression"_s));
        QVERIFY(loaded->problems.at(1).contains(u"damaged"_s));
        QVERIFY(scalarCount() == 3); // nothing was deleted
    }

    int scalarCount()
    {
        QSqlQuery q(m_db->connection());
        q.exec(u"SELECT count(*) FROM routing_rules"_s);
        q.next();
        return q.value(0).toInt();
    }

    void documentRoundTripAndErrors()
    {
        QList<Rule> rules {sendRule(u"Code"_s, u"an/claude"_s, {*Condition::parse(u"has-code"_s)}),
            sendRule(u"Night"_s, u"ol/llama"_s, {*Condition::parse(u"time-of-day:22:00-06:00"_s)})};
        rules[1].enabled = false;
        const QByteArray data = RuleStore::toDocument(rules).toJson();
        const auto back = RuleStore::fromDocument(data);
        QVERIFY(back);
        QCOMPARE(back->size(), 2);
        QCOMPARE(RuleStore::toDocument(*back).toJson(), data);
        QCOMPARE(back->at(1).enabled, false);

        QVERIFY(RuleStore::fromDocument("[]"));                                // a bare list
        QVERIFY(!RuleStore::fromDocument(R"({"format":"other","rules":[]})")); // not ours
        QVERIFY(RuleStore::fromDocument(R"({"format":"quorum-rules","version":9,"rules":[]})")
                .error()
                .contains(u"newer"_s));
        QVERIFY(RuleStore::fromDocument(R"({"format":"quorum-rules","rules":[{"name":"x"}]})")
                .error()
                .startsWith(u"rule 1: x: "_s));
    }

    void conditionShortForms()
    {
        const auto check = [](const QString &spec, const QString &canonical) {
            const auto c = Condition::parse(spec);
            QVERIFY2(c, qPrintable(spec + u": "_s + Quorum::Testing::errorText(c)));
            QCOMPARE(c->toSpec(), canonical);
        };
        check(u"has-code"_s, u"has-code"_s);
        check(u"!script:latin"_s, u"!script:latin"_s);
        check(u"any-keyword: invoice , contract"_s, u"any-keyword:invoice,contract"_s);
        check(u"weekday:sat,Sunday,1"_s, u"weekday:sat,sun,mon"_s);
        check(u"time-of-day:22:00-06:30"_s, u"time-of-day:22:00-06:30"_s);
        check(u"sensitive"_s, u"sensitive"_s);
        check(u"sensitive:email,card"_s, u"sensitive:email,card"_s);
        QVERIFY(!Condition::parse(u"tokens-above:many"_s));
        QVERIFY(!Condition::parse(u"weekday:8"_s));
        QVERIFY(!Condition::parse(u"any-keyword:"_s));
        QVERIFY(!Condition::parse(u"colour:red"_s));
        QVERIFY(!Condition::parse(u"time-of-day:late"_s));
        QVERIFY(!Condition::parse(u"sensitive:passport"_s));
    }

    // A budget rule flips when this month's spend crosses its threshold.
    void budgetRuleFlipsWhenSpendCrossesTheThreshold()
    {
        RuleStore store(*m_db);
        QVERIFY(store.add(sendRule(u"Save money"_s, u"ol/llama"_s, {*Condition::parse(u"budget-above:80"_s)})));
        SpendStore spend(*m_db);
        QVERIFY(spend.setMonthlyBudget({}, 1'000'000'000)); // $1
        ConversationStore conversations(*m_db);
        const qint64 conversation = *conversations.createConversation(u"c"_s);
        const auto spendNanos = [&](qint64 nanos) {
            const auto turn = conversations.addTurn(conversation, u"q"_s, {{u"oa"_s, u"gpt"_s, {}}});
            QVERIFY(turn);
            ResponseRecord r = turn->responses.first();
            r.status = ResponseStatus::Done;
            r.costNanos = nanos;
            QVERIFY(conversations.finishResponse(r));
        };
        const QList<ChatTarget> chosen {*ChatTarget::parse(u"oa/gpt"_s)};
        spendNanos(790'000'000);
        RouteDecision d = RouteEnvironment(m_db.get(), {}).decide(u"hello"_s, chosen);
        QCOMPARE(d.rule, u"default"_s);
        QVERIFY2(d.reasons.first().contains(u"79% of the monthly budget"_s), qPrintable(d.reasons.first()));
        spendNanos(20'000'000);
        d = RouteEnvironment(m_db.get(), {}).decide(u"hello"_s, chosen);
        QCOMPARE(d.rule, u"Save money"_s);
        QCOMPARE(d.targets.first().label(), u"ol/llama"_s);
        // With Auto off the user's choice stands: budget rules route, they do not govern.
        d = RouteEnvironment(m_db.get(), {}).decide(u"hello"_s, chosen, {}, false);
        QCOMPARE(d.targets, chosen);
    }
};

QTEST_GUILESS_MAIN(TestRuleStore)
#include "test_rulestore.moc"
