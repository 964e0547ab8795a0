// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The first run: no provider set up -> the window says what to do instead of showing an
// empty compare view. It finds an Ollama (the fake server speaking Ollama's protocol) and
// starts with it in one click, or leads to Settings with a new account of a cloud provider.
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "appfixture.h"
#include "common/settings.h"
#include "common/translations.h"
#include "compare/comparearea.h"
#include "fakeproviderserver.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerconfig.h"
#include "screenshots.h"
#include "secrets/secretstore.h"
#include "settings/providerspage.h"
#include "settings/settingsdialog.h"
#include "welcome/firstrunpanel.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    AppServices services() { return m_app->services(); }

    // "ollama" pointing at \a url: the fake server, or a port where nothing listens.
    void ollamaAt(const QUrl &url)
    {
        ProviderAccount ollama = ProviderAccount::builtInOllama();
        ollama.baseUrl = url;
        m_app->providers().upsert(ollama);
        QVERIFY(m_app->providers().save());
    }

    static QWidget *centre(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(u"centreStack"_s)->currentWidget();
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY(m_server.listen());
        m_server.setModels({u"llama3.2"_s, u"qwen3:8b"_s, u"gemma3"_s});
    }

    void init()
    {
        m_app = std::make_unique<Testing::AppFixture>(false); // the first run works without a database too
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
    }

    void aLocalOllamaIsOfferedAndStartsInOneClick()
    {
        ollamaAt(m_server.baseUrl(Fake::Protocol::Ollama));
        MainWindow window(m_app->settings(), services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.needsSetup());
        QCOMPARE(centre(window), window.firstRunPanel());
        auto *status = window.findChild<QLabel *>(u"ollamaStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"running on this computer"_s), 5000);
        QVERIFY2(status->text().contains(u"3 models: gemma3, llama3.2, qwen3:8b."_s), qPrintable(status->text()));
        Testing::saveScreenshots(&window, u"first-run"_s);
        auto *use = window.findChild<QPushButton *>(u"useOllama"_s);
        QVERIFY(use->isVisible());
        QTest::mouseClick(use, Qt::LeftButton);
        QVERIFY(!window.needsSetup());
        QCOMPARE(centre(window), static_cast<QWidget *>(window.compareArea()));
        QVERIFY(Settings(QDir(m_app->dataDir()).filePath(u"settings.ini"_s)).startedWithOllama()); // remembered
        // Its work done, the panel goes.
        QVERIFY(!window.firstRunPanel());
        QTRY_VERIFY(!window.findChild<FirstRunPanel *>());
    }

    void withoutOllamaItLeadsToAKey()
    {
        ollamaAt(QUrl(u"http://127.0.0.1:1"_s)); // nothing listens there
        MainWindow window(m_app->settings(), services());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *status = window.findChild<QLabel *>(u"ollamaStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"No Ollama is running"_s), 5000);
        QVERIFY(!window.findChild<QPushButton *>(u"useOllama"_s)->isVisible());

        QTest::mouseClick(window.findChild<QPushButton *>(u"add-anthropic"_s), Qt::LeftButton);
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        ProvidersPage *page = dialog->providersPage();
        QCOMPARE(page->findChild<QLineEdit *>(u"accountId"_s)->text(), u"anthropic"_s);
        QCOMPARE(page->findChild<QLabel *>(u"accountKind"_s)->text(), u"Anthropic"_s);
        if (!qEnvironmentVariableIsEmpty("QUORUM_SCREENSHOT_DIR")) {
            Testing::saveScreenshots(dialog, u"settings-providers"_s);
            auto *tabs = dialog->findChild<QTabWidget *>();
            tabs->setCurrentIndex(1);
            Testing::saveScreenshots(dialog, u"settings-network"_s);
            tabs->setCurrentIndex(0);
        }
        QTest::keyClicks(page->findChild<QLineEdit *>(u"apiKey"_s), u"sk-ant-test"_s);
        QTest::mouseClick(page->findChild<QPushButton *>(u"save"_s), Qt::LeftButton);
        QCOMPARE(m_app->keychain().readBlocking(u"anthropic"_s).value_or(QString()), u"sk-ant-test"_s);
        // An account is set up: the compare view takes the panel's place, and the panel goes.
        QVERIFY(!window.needsSetup());
        QCOMPARE(centre(window), static_cast<QWidget *>(window.compareArea()));
        QTRY_VERIFY(!window.findChild<FirstRunPanel *>());
    }

    void theLanguageIsChosenInAppearance()
    {
        SettingsDialog dialog(services());
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), QString()); // the system's, until chosen
        QStringList names;
        for (int i = 1; i < language->count(); ++i) {
            names << language->itemText(i);
        }
        QCOMPARE(names, (QStringList {u"Deutsch"_s, u"English"_s, u"Français"_s}));
        auto *tabs = dialog.findChild<QTabWidget *>();
        tabs->setCurrentIndex(tabs->count() - 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Testing::saveScreenshots(&dialog, u"settings-appearance"_s);
        language->setCurrentIndex(language->findData(u"de"_s));
        QCOMPARE(Settings(QDir(m_app->dataDir()).filePath(u"settings.ini"_s)).language(), u"de"_s);
        // What the next start does with it: German text.
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(m_app->settings().language())));
        QCOMPARE(QCoreApplication::translate("Quorum::SettingsDialog", "&Appearance"), u"Darste&llung"_s);
        // Choosing again switches the language, nothing of the German left over.
        language->setCurrentIndex(language->findData(u"fr"_s));
        QVERIFY(installTranslations(*QCoreApplication::instance(), QLocale(m_app->settings().language())));
        QCOMPARE(QCoreApplication::translate("Quorum::SettingsDialog", "&Appearance"), u"&Apparence"_s);
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QCOMPARE(QCoreApplication::translate("Quorum::SettingsDialog", "&Appearance"), u"&Appearance"_s);
    }

    void anAccountMeansNoFirstRun()
    {
        m_app->providers().upsert(*ProviderAccount::create(u"work"_s, u"openai"_s));
        QVERIFY(m_app->providers().save());
        MainWindow window(m_app->settings(), services());
        QVERIFY(!window.needsSetup());
        QCOMPARE(centre(window), static_cast<QWidget *>(window.compareArea()));
        // Not built at all: no wrapped text to lay out at start-up, no look for a local Ollama.
        QVERIFY(!window.firstRunPanel());
        QVERIFY(!window.findChild<FirstRunPanel *>());
        // The last account removed: the panel is back, looking for Ollama again.
        QVERIFY(m_app->providers().remove(u"work"_s));
        QVERIFY(m_app->providers().save());
        QVERIFY(window.needsSetup());
        QVERIFY(window.firstRunPanel());
        QCOMPARE(centre(window), static_cast<QWidget *>(window.firstRunPanel()));
        QVERIFY(!window.findChild<QLabel *>(u"ollamaStatus"_s)->text().isEmpty());
    }
};

QTEST_MAIN(TestFirstRun)
#include "test_firstrun.moc"
