// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The window knows the accounts themselves, not only those whose models were listed: an
// account added with `quorum providers add` while the window runs can be typed in the model
// picker and answers; an account whose models were never listed offers to list them; opening
// a conversation puts the models of its last turn in the composer.
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "appfixture.h"
#include "buildpaths.h"
#include "chat/chatsession.h"
#include "chat/dispatcher.h"
#include "clirunner.h"
#include "common/translations.h"
#include "compare/answerpane.h"
#include "compare/comparearea.h"
#include "compare/turnview.h"
#include "composer/composer.h"
#include "composer/modelpicker.h"
#include "fakeaccounts.h"
#include "fakeproviderserver.h"
#include "mainwindow/mainwindow.h"
#include "render/markdownrenderer.h"
#include "screenshots.h"
#include "storage/conversationstore.h"
#include "storage/modelstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;

namespace
{
QStringList labels(const QList<ChatTarget> &targets)
{
    QStringList out;
    for (const ChatTarget &t : targets) {
        out << t.label();
    }
    return out;
}

QStringList rows(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i) {
        texts << list->item(i)->text();
    }
    return texts;
}
} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    static void openPicker(MainWindow &window)
    {
        QTest::mouseClick(window.findChild<QToolButton *>(u"modelPickerButton"_s), Qt::LeftButton);
        QTRY_VERIFY(window.composer()->modelPicker()->isVisible());
    }

    static void typeInPicker(MainWindow &window, const QString &text)
    {
        QLineEdit *filter = window.composer()->modelPicker()->filterEdit();
        filter->clear();
        QTest::keyClicks(filter, text);
        QTest::keyClick(filter, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY(m_server.listen());
        qputenv("FAKE_KEY", "test-key");
    }

    void init()
    {
        m_server.clearRequests();
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
        QVERIFY(m_app->addAccount(Testing::fakeAccount(m_server, Protocol::Anthropic, u"an"_s)));
    }

    void cleanup() { m_app.reset(); }

    void anAccountAddedFromTheCliIsUsableByTypingItsModel()
    {
        MainWindow window(m_app->settings(), m_app->services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // While the window runs, another process adds an account.
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_app->dataDir());
        const Testing::CliResult added = cli.run({u"providers"_s,
            u"add"_s,
            u"fxo"_s,
            u"--kind"_s,
            u"openai"_s,
            u"--base-url"_s,
            m_server.baseUrl(Protocol::OpenAiChat).toString(),
            u"--api-key-env"_s,
            u"FAKE_KEY"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QTRY_VERIFY_WITH_TIMEOUT(m_app->providers().find(u"fxo"_s).has_value(), 5000);

        // Its models were never listed: typing one is enough, and the picker says that Enter
        // adds it rather than show an empty list.
        openPicker(window);
        QLabel *hint = window.findChild<QLabel *>(u"modelPickerHint"_s);
        QTest::keyClicks(window.composer()->modelPicker()->filterEdit(), u"fxo/model"_s);
        QCOMPARE(hint->text(), u"Press Enter to add fxo/model."_s);
        window.composer()->modelPicker()->filterEdit()->clear();
        QVERIFY2(!hint->text().startsWith(u"Press Enter"_s), qPrintable(hint->text()));
        typeInPicker(window, u"fxo/model"_s);
        QCOMPARE(labels(window.composer()->targets()), QStringList {u"fxo/model"_s});
        QVERIFY2(window.findChild<QLabel *>(u"modelPickerHint"_s)->text().indexOf(u"no provider account"_s) < 0,
            qPrintable(window.findChild<QLabel *>(u"modelPickerHint"_s)->text()));
        window.composer()->modelPicker()->hide();

        Fake::Script script;
        script.deltas = {u"Answered by the new account."_s};
        m_server.enqueueFor(u"model"_s, script);
        window.composer()->setPrompt(u"Are you there?"_s);
        auto *edit = window.findChild<QPlainTextEdit *>(u"promptEdit"_s);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(window.compareArea()->turnViews().size(), 1);
        AnswerPane *pane = window.compareArea()->turnViews().constFirst()->panes().constFirst();
        QTRY_COMPARE_WITH_TIMEOUT(pane->response().status, ResponseStatus::Done, 10000);
        QCOMPARE(pane->document()->toPlainText(), u"Answered by the new account."_s);
        QCOMPARE(m_server.requests().constLast().headers.value("authorization"), QByteArray("Bearer test-key"));
    }

    // The built-in Ollama and an account added in Settings: never listed, so the picker offers
    // to list them; listing fills the picker.
    void anAccountNeverListedOffersToListItsModels()
    {
        ProviderAccount ollama = Testing::fakeAccount(m_server, Protocol::Ollama, u"ollama"_s, QString());
        m_app->providers().upsert(ollama);
        QVERIFY(m_app->providers().save());
        m_server.setModels({u"llama3.2"_s, u"qwen3:8b"_s});
        MainWindow window(m_app->settings(), m_app->services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openPicker(window);
        QListWidget *list = window.composer()->modelPicker()->list();
        QTRY_VERIFY(rows(list).contains(u"ollama: its models were never listed. List them"_s));
        QVERIFY(rows(list).contains(u"an: its models were never listed. List them"_s));

        QSignalSpy listed(window.dispatcher(), &Dispatcher::modelsListed);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(u"ollama:"_s)) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(i)).center());
            }
        }
        QVERIFY(listed.wait(5000));
        QTRY_VERIFY2(
            rows(list).contains(u"ollama  ·  llama3.2 — llama3.2 (3.2B)"_s), qPrintable(rows(list).join(u" | "_s)));
        QVERIFY(rows(list).contains(u"ollama  ·  qwen3:8b — qwen3:8b (3.2B)"_s));
        QVERIFY(!rows(list).contains(u"ollama: its models were never listed. List them"_s));
        QVERIFY(rows(list).contains(u"an: its models were never listed. List them"_s));
        QCOMPARE(ModelStore(*m_app->database()).models(u"ollama"_s).value().size(), 2);
        Testing::saveScreenshots(window.composer()->modelPicker(), u"model-picker-unlisted"_s);
    }

    void openingAConversationPutsItsModelsInTheComposer()
    {
        QVERIFY(m_app->addAccount(Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"oa"_s)));
        qint64 conversation = 0;
        {
            // Made elsewhere (as by quorum ask): two models answered its last turn.
            ConversationStore store(*m_app->database());
            conversation = store.createConversation(u"Made by the CLI"_s).value();
            AnswerParameters warm;
            warm.generation.temperature = 0.9;
            QVERIFY(store.addTurn(conversation, u"Q1"_s, {{u"oa"_s, u"old"_s, {}}}));
            QVERIFY(store.addTurn(conversation, u"Q2"_s, {{u"oa"_s, u"m1"_s, warm}, {u"an"_s, u"m2"_s, {}}}));
        }
        MainWindow window(m_app->settings(), m_app->services());
        window.show();
        window.composer()->setTargets({*ChatTarget::parse(u"an/something-else"_s)});
        window.openConversation(conversation);
        QCOMPARE(labels(window.composer()->targets()), (QStringList {u"oa/m1"_s, u"an/m2"_s}));
        QCOMPARE(
            window.composer()->targets().at(0).parameters.temperature, std::optional<double>(0.9)); // as it was asked
        // A new conversation keeps them: the user goes on with the same models.
        QVERIFY(QMetaObject::invokeMethod(window.findChild<QAction *>(u"newConversationAction"_s), "trigger"));
        QCOMPARE(labels(window.composer()->targets()), (QStringList {u"oa/m1"_s, u"an/m2"_s}));
    }
};

QTEST_MAIN(TestAccounts)
#include "test_accounts.moc"
