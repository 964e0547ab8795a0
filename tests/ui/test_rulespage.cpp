// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Settings -> Routing on the offscreen platform, with the real database file.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/settings.h"
#include "common/translations.h"
#include "models/rulelistmodel.h"
#include "providers/providerconfig.h"
#include "screenshots.h"
#include "settings/rulespage.h"
#include "storage/database.h"
#include "storage/rulestore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestRulesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ProviderConfig> m_config;
    std::unique_ptr<Settings> m_settings;

    QStringList storedNames() const
    {
        QStringList names;
        for (const Rule &rule : RuleStore(*m_database).rules()) {
            names << rule.name + (rule.enabled ? QString() : u" (off)"_s);
        }
        return names;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"quorum.db"_s));
        QVERIFY(db);
        m_database = std::move(*db);
        m_config = std::make_unique<ProviderConfig>(m_dir->path());
        QVERIFY(m_config->load());
        for (const QString &id : {u"oa"_s, u"an"_s}) {
            ProviderAccount account;
            account.id = id;
            account.kind = id == "oa"_L1 ? ProviderKind::OpenAi : ProviderKind::Anthropic;
            account.baseUrl = QUrl(u"https://api.example.com"_s);
            m_config->upsert(account);
        }
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
        m_settings->setComposerTargets({u"oa/gpt-4.1-mini"_s});
        const auto rules
            = RuleStore::fromDocument("{\"format\":\"quorum-rules\",\"version\":1,\"rules\":["
                                      "{\"name\":\"Code\",\"conditions\":[{\"type\":\"has-code\"}],"
                                      "\"action\":{\"type\":\"send\",\"targets\":[\"an/claude-sonnet-4-5\"]}},"
                                      "{\"name\":\"Long\",\"conditions\":[{\"type\":\"tokens-above\",\"number\":2000}],"
                                      "\"action\":{\"type\":\"send\",\"targets\":[\"oa/gpt-4.1\"]}}]}");
        QVERIFY(rules);
        QVERIFY(RuleStore(*m_database).replaceAll(*rules));
    }

    void cleanup() { m_database.reset(); }

    void tryAPromptShowsTheDecisionAsYouType()
    {
        RulesPage page(m_database.get(), m_config.get(), m_settings.get());
        page.show();
        QCOMPARE(page.ruleCount(), 2);
        auto *prompt = page.findChild<QPlainTextEdit *>(u"tryPrompt"_s);
        prompt->setFocus();
        QTest::keyClicks(prompt, u"How do I sort a list?"_s);
        QCOMPARE(page.tryResultText(), u"Your models: oa/gpt-4.1-mini"_s);
        QVERIFY2(page.tryReasonsText().contains(u"“Code” did not match: no code"_s), qPrintable(page.tryReasonsText()));
        prompt->insertPlainText(u"\n```python\nxs.sort()\n```"_s); // (keyClicks cannot type a newline)
        QCOMPARE(page.tryResultText(), u"“Code”: an/claude-sonnet-4-5"_s);
        QVERIFY(page.tryReasonsText().contains(u"“Code” matched: contains code"_s));
        page.resize(860, 560);
        page.selectRule(0);
        Testing::saveScreenshots(&page, u"rules-page"_s);
    }

    void editingValidatesAndSaves()
    {
        RulesPage page(m_database.get(), m_config.get(), m_settings.get());
        page.show();
        QSignalSpy changed(&page, &RulesPage::rulesChanged);
        page.selectRule(0);
        auto *name = page.findChild<QLineEdit *>(u"ruleName"_s);
        QCOMPARE(name->text(), u"Code"_s);
        type(name, u"Code to Claude"_s);
        QCOMPARE(page.validationText(), u"Saved."_s);
        QCOMPARE(storedNames(), (QStringList {u"Code to Claude"_s, u"Long"_s}));

        // A bad regular expression: said clearly, nothing stored.
        page.findChild<QPushButton *>(u"addConditionButton"_s)->click();
        QList<QComboBox *> combos;
        for (QComboBox *combo : page.findChildren<QComboBox *>()) {
            if (combo->objectName() != "ruleAction"_L1) {
                combos << combo;
            }
        }
        QCOMPARE(combos.size(), 2);
        QComboBox *kind = combos.at(1);
        kind->setCurrentIndex(kind->findData(static_cast<int>(Condition::Type::Regex)));
        Q_EMIT kind->activated(kind->currentIndex());
        QList<QLineEdit *> values;
        for (QLineEdit *edit : page.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == "Condition value"_L1) {
                values << edit;
            }
        }
        type(values.at(1), u"(unclosed"_s);
        QVERIFY2(page.validationText().startsWith(u"Not saved: Condition 2: bad regular expression '(unclosed'"_s),
            qPrintable(page.validationText()));
        QCOMPARE(RuleStore(*m_database).rules().at(0).conditions.size(), 1);
        type(values.at(1), u"^fix\\b"_s);
        QCOMPARE(page.validationText(), u"Saved."_s);
        QCOMPARE(RuleStore(*m_database).rules().at(0).conditions.at(1).pattern, u"^fix\\b"_s);

        // An unknown account is an error; a model the account's list does not have, a note.
        auto *targets = page.findChild<QLineEdit *>(u"ruleTargets"_s);
        type(targets, u"nobody/gpt"_s);
        QVERIFY2(page.validationText().contains(u"there is no provider account 'nobody'"_s),
            qPrintable(page.validationText()));
        QCOMPARE(RuleStore(*m_database).rules().at(0).action.targets.at(0).label(), u"an/claude-sonnet-4-5"_s);
        type(targets, u"an/claude-opus-4-1, oa/gpt-4.1"_s);
        QCOMPARE(page.validationText(), u"Saved."_s);
        QCOMPARE(RuleStore(*m_database).rules().at(0).action.targets.size(), 2);

        // A name another rule has.
        type(name, u"long"_s);
        QVERIFY(page.validationText().contains(u"names are unique"_s));
        QVERIFY(changed.size() >= 3);
    }

    void toggleReorderAddRemove()
    {
        RulesPage page(m_database.get(), m_config.get(), m_settings.get());
        page.show();
        auto *list = page.findChild<QListView *>(u"rulesList"_s);
        QVERIFY(list->model()->setData(list->model()->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(storedNames(), (QStringList {u"Code"_s, u"Long (off)"_s}));
        // A drag in the list is a move of the model's row.
        QVERIFY(list->model()->moveRow({}, 1, {}, 0));
        QTRY_COMPARE(storedNames(), (QStringList {u"Long (off)"_s, u"Code"_s}));
        QCOMPARE(list->model()->index(0, 0).data(RuleListModel::IdRole).toLongLong(),
            RuleStore(*m_database).list()->rules.at(0).id); // at once: the store said it moved
        page.selectRule(0);
        page.addRule();
        QCOMPARE(storedNames(), (QStringList {u"Long (off)"_s, u"Rule 3"_s, u"Code"_s}));
        QCOMPARE(RuleStore(*m_database).rules().at(1).action.targets.at(0).label(), u"oa/gpt-4.1-mini"_s);
        page.selectRule(0);
        page.removeSelectedRule();
        QCOMPARE(storedNames(), (QStringList {u"Rule 3"_s, u"Code"_s}));
    }

    void exportImport()
    {
        RulesPage page(m_database.get(), m_config.get(), m_settings.get());
        const QString file = m_dir->filePath(u"rules.json"_s);
        QVERIFY(page.exportTo(file));
        QVERIFY(RuleStore(*m_database).replaceAll({}));
        RulesPage empty(m_database.get(), m_config.get(), m_settings.get());
        QCOMPARE(empty.ruleCount(), 0);
        QVERIFY(empty.importFrom(file));
        QCOMPARE(empty.ruleCount(), 2);
        QCOMPARE(storedNames(), (QStringList {u"Code"_s, u"Long"_s}));
        QFile broken(m_dir->filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\":\"quorum-rules\",\"rules\":[{\"name\":\"x\",\"action\":{\"type\":\"fly\"}}]}");
        broken.close();
        QVERIFY(!empty.importFrom(broken.fileName()));
        QVERIFY(empty.findChild<QLabel *>(u"rulesProblems"_s)->text().contains(u"unknown action 'fly'"_s));
        QCOMPARE(storedNames(), (QStringList {u"Code"_s, u"Long"_s})); // unchanged
    }
};

QTEST_MAIN(TestRulesPage)
#include "test_rulespage.moc"
