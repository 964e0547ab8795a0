// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The rules list and the accounts list as models of the core: they follow their stores by
// themselves (this process's writes, another process's), write what is changed through them,
// and say when a write fails. A QAbstractItemModelTester watches every signal.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "expectedtext.h"
#include "models/accountlistmodel.h"
#include "models/rulelistmodel.h"
#include "providers/providerconfig.h"
#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/rulestore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
Rule rule(const QString &name, bool enabled = true)
{
    Rule r;
    r.name = name;
    r.enabled = enabled;
    r.action.type = Action::Type::Send;
    r.action.targets = {*ChatTarget::parse(u"oa/gpt-4.1-mini"_s)};
    return r;
}

QStringList names(const RuleListModel &model)
{
    QStringList out;
    for (const StoredRule &r : model.rows()) {
        out << r.rule.name + (r.rule.enabled ? QString() : u" (off)"_s);
    }
    return out;
}

QStringList ids(const AccountListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.index(row).data(AccountListModel::IdRole).toString();
    }
    return out;
}
} // namespace

class TestListModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void rulesFollowTheStoreAndWriteThrough()
    {
        auto db = Database::open(m_dir.filePath(u"rules.db"_s));
        QVERIFY2(db, qPrintable(Testing::errorText(db)));
        RuleStore store(**db);
        QVERIFY(store.add(rule(u"Code"_s)));
        QVERIFY(store.add(rule(u"Long"_s)));
        RuleListModel model(db->get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(model), (QStringList {u"Code"_s, u"Long"_s}));
        QCOMPARE(model.index(0).data().toString(), u"Code\n    send to oa/gpt-4.1-mini"_s);

        // Written elsewhere in this process (the rule form, the leaderboard): there at once.
        QVERIFY(store.add(rule(u"Budget"_s), 0));
        QCOMPARE(names(model), (QStringList {u"Budget"_s, u"Code"_s, u"Long"_s}));
        // Ticked off through the model: stored.
        QVERIFY(model.setData(model.index(2), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(store.rules().at(2).enabled, false);
        QCOMPARE(model.index(2).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        // Moved (what a drag does): stored, and the rows move with persistent indexes kept.
        const QPersistentModelIndex budget = model.index(0);
        QVERIFY(model.moveRow({}, 0, {}, 3));
        QCOMPARE(names(model), (QStringList {u"Code"_s, u"Long (off)"_s, u"Budget"_s}));
        QCOMPARE(store.rules().at(2).name, u"Budget"_s);
        QCOMPARE(budget.row(), 2);
        // Removed by another process (quorum rules remove): noticed, and gone.
        (*db)->changes().watchElsewhere(60'000); // checked by hand below
        {
            auto other = Database::open(m_dir.filePath(u"rules.db"_s));
            QVERIFY(other);
            QVERIFY(RuleStore(**other).remove(model.at(0).id));
        }
        QCOMPARE(names(model).size(), 3); // not yet
        (*db)->changes().checkElsewhere();
        QCOMPARE(names(model), (QStringList {u"Long (off)"_s, u"Budget"_s}));
    }

    void aRuleWriteThatFailsIsSaid()
    {
        const QString path = m_dir.filePath(u"readonly.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(RuleStore(**db).add(rule(u"Code"_s)));
            QVERIFY(RuleStore(**db).add(rule(u"Long"_s)));
        }
        auto readOnly = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(Testing::errorText(readOnly)));
        RuleListModel model(readOnly->get());
        QSignalSpy problems(&model, &RuleListModel::problem);
        QVERIFY(!model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(problems.size(), 1);
        QVERIFY(!problems.first().first().toString().isEmpty());
        QCOMPARE(model.index(0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked); // as stored
        QVERIFY(!model.moveRow({}, 0, {}, 2));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(model.index(0).data(RuleListModel::IdRole), QVariant(model.at(0).id));
        QCOMPARE(model.at(0).rule.name, u"Code"_s); // where it was
    }

    void accountsFollowProvidersJson()
    {
        const QString dir = m_dir.filePath(u"accounts"_s);
        ProviderConfig config(dir);
        QVERIFY(config.load());
        AccountListModel model(config);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ids(model), QStringList {u"ollama"_s}); // built in
        config.upsert(*ProviderAccount::create(u"work"_s, u"openai"_s));
        QVERIFY(config.save());
        QCOMPARE(ids(model), (QStringList {u"ollama"_s, u"work"_s}));
        QCOMPARE(model.index(1).data().toString(), u"work — OpenAI"_s);

        // Another process adds one and turns one off: read again, no refresh call.
        config.watch();
        QSignalSpy changed(&config, &ProviderConfig::changed);
        ProviderConfig elsewhere(dir);
        QVERIFY(elsewhere.load());
        ProviderAccount groq = *ProviderAccount::create(u"fast"_s, u"groq"_s);
        elsewhere.upsert(groq);
        ProviderAccount work = *elsewhere.find(u"work"_s);
        work.enabled = false;
        elsewhere.upsert(work);
        QVERIFY(elsewhere.save());
        QVERIFY(changed.wait(5000));
        QCOMPARE(ids(model), (QStringList {u"ollama"_s, u"work"_s, u"fast"_s}));
        QCOMPARE(model.index(1).data().toString(), u"work — OpenAI (disabled)"_s);
        QCOMPARE(model.index(1).data(AccountListModel::EnabledRole).toBool(), false);

        // A broken file is said, and the accounts stay as they were.
        QSignalSpy problems(&config, &ProviderConfig::problem);
        QFile file(config.fileName());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QVERIFY(problems.wait(5000));
        QCOMPARE(ids(model), (QStringList {u"ollama"_s, u"work"_s, u"fast"_s}));
    }
};

QTEST_GUILESS_MAIN(TestListModels)
#include "test_listmodels.moc"
