// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Settings -> Providers driven as a user would, offscreen, against the fake provider: add
// an account from a preset, a wrong key shows the provider's own 401 message, the right
// one lists the models, models can be searched and hidden; without a keychain the key can
// be kept for the session only.
#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "awshome.h"
#include "common/translations.h"
#include "fakeproviderserver.h"
#include "providers/providerconfig.h"
#include "screenshots.h"
#include "secrets/secretstore.h"
#include "settings/providerspage.h"
#include "storage/database.h"
#include "storage/modelstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
//! A keychain that is not there, as on a desktop without a Secret Service.
class NoKeychain final : public SecretStore
{
public:
    void read(const QString &, ReadDone done) override { done(std::unexpected(error())); }
    void write(const QString &, const QString &, WriteDone done) override { done(std::unexpected(error())); }
    void remove(const QString &, WriteDone done) override { done(std::unexpected(error())); }
    QString description() const override { return u"nothing"_s; }

private:
    static SecretError error()
    {
        return {SecretError::Kind::NoKeychain, u"No keychain is available (no Secret Service or KWallet is running)"_s};
    }
};
} // namespace

class TestProvidersPage : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProviderConfig> m_config;
    MemorySecretStore m_keychain;
    MemorySecretStore m_session;

    template<typename T> static T *find(QWidget *page, const QString &name)
    {
        T *widget = page->findChild<T *>(name);
        if (!widget) {
            qWarning() << "no widget" << name;
        }
        return widget;
    }

    static QString status(QWidget *page) { return find<QLabel>(page, u"connectionStatus"_s)->text(); }

    // Types a new account of the OpenAI preset pointing at the fake server.
    void fillNewAccount(ProvidersPage &page, const QString &key)
    {
        page.addAccount(u"openai"_s);
        auto *id = find<QLineEdit>(&page, u"accountId"_s);
        id->selectAll();
        QTest::keyClicks(id, u"fake"_s);
        auto *url = find<QLineEdit>(&page, u"baseUrl"_s);
        url->clear();
        QTest::keyClicks(url, m_server.baseUrl(Fake::Protocol::OpenAiChat).toString());
        QTest::keyClicks(find<QLineEdit>(&page, u"apiKey"_s), key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY(m_server.listen());
        m_server.setRequiredKey(u"right-key"_s);
        m_server.setModels({u"fake-alpha"_s, u"fake-beta"_s, u"gpt-test"_s});
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"quorum.db"_s));
        QVERIFY(db);
        m_db = std::move(*db);
        m_config = std::make_unique<ProviderConfig>(m_dir->path());
        QVERIFY(m_config->load());
    }

    void cleanup()
    {
        m_config.reset();
        m_db.reset();
    }

    void addTestAndSeeTheModels()
    {
        ProvidersPage page(*m_config, m_keychain, m_session, m_db.get(), &m_network);
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // A wrong key: saved to the keychain, and the provider's own 401 message is shown.
        fillNewAccount(page, u"wrong-key"_s);
        QTest::mouseClick(find<QPushButton>(&page, u"save"_s), Qt::LeftButton);
        QVERIFY(m_config->find(u"fake"_s));
        QVERIFY(ProviderConfig(m_dir->path()).load()); // written to disk
        QCOMPARE(m_keychain.readBlocking(u"fake"_s).value_or(QString()), u"wrong-key"_s);
        QVERIFY(find<QLineEdit>(&page, u"apiKey"_s)->text().isEmpty()); // the key does not linger
        QTRY_VERIFY2(find<QLabel>(&page, u"keyStatus"_s)->text().contains(u"Key stored in"_s),
            qPrintable(find<QLabel>(&page, u"keyStatus"_s)->text() + u" / "_s
                + find<QLineEdit>(&page, u"accountId"_s)->text()));
        QTest::mouseClick(find<QPushButton>(&page, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status(&page).contains(u"failed"_s), 10000);
        QVERIFY2(status(&page).contains(u"Incorrect API key provided"_s), qPrintable(status(&page)));

        // The right key: the models are listed and remembered.
        QTest::keyClicks(find<QLineEdit>(&page, u"apiKey"_s), u"right-key"_s);
        QTest::mouseClick(find<QPushButton>(&page, u"save"_s), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(&page, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status(&page).startsWith(u"Connected"_s), 10000);
        QCOMPARE(status(&page), u"Connected: 3 models."_s);
        auto *models = find<QListView>(&page, u"models"_s);
        QCOMPARE(models->model()->rowCount(), 3);
        QCOMPARE(ModelStore(*m_db).models(u"fake"_s)->size(), 3);

        // Search, and hide a model from the picker.
        QTest::keyClicks(find<QLineEdit>(&page, u"modelFilter"_s), u"ALPHA"_s);
        QCOMPARE(models->model()->rowCount(), 1);
        const QModelIndex alpha = models->model()->index(0, 0);
        QCOMPARE(alpha.data().toString(), u"fake-alpha"_s);
        models->model()->setData(alpha, Qt::Unchecked, Qt::CheckStateRole);
        const auto stored = ModelStore(*m_db).models(u"fake"_s);
        QVERIFY(stored->at(0).hidden);
        QVERIFY(!stored->at(1).hidden);

        // Disabled: kept, shown as such, and written down.
        QVERIFY(find<QCheckBox>(&page, u"enabled"_s)->isChecked());
        find<QCheckBox>(&page, u"enabled"_s)->setChecked(false);
        QTest::mouseClick(find<QPushButton>(&page, u"save"_s), Qt::LeftButton);
        ProviderConfig reread(m_dir->path());
        QVERIFY(reread.load());
        QCOMPARE(reread.find(u"fake"_s)->enabled, false);
        QVERIFY(find<QListView>(&page, u"accountList"_s)->currentIndex().data().toString().contains(u"(disabled)"_s));
        // A proxy that is no proxy is refused with the reason.
        auto *proxy = find<QLineEdit>(&page, u"proxy"_s);
        QTest::keyClicks(proxy, u"gopher://old:70"_s);
        QTest::mouseClick(find<QPushButton>(&page, u"save"_s), Qt::LeftButton);
        QVERIFY2(status(&page).contains(u"A proxy is"_s), qPrintable(status(&page)));
        proxy->clear();
        find<QCheckBox>(&page, u"enabled"_s)->setChecked(true);
        QTest::mouseClick(find<QPushButton>(&page, u"save"_s), Qt::LeftButton);

        // Listing again keeps the choice.
        QTest::mouseClick(find<QPushButton>(&page, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status(&page).startsWith(u"Connected"_s), 10000);
        QVERIFY(ModelStore(*m_db).models(u"fake"_s)->at(0).hidden);

        // What a model reads: the menu of a model says and sets it; the list shows it.
        find<QLineEdit>(&page, u"modelFilter"_s)->clear();
        const QModelIndex gpt = models->model()->index(2, 0);
        QCOMPARE(gpt.data().toString(), u"gpt-test"_s); // the table: not a model it knows to see
        const auto choose = [&](const QString &label) {
            QTimer::singleShot(0, this, [label] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                for (QAction *action : menu->actions()) {
                    if (action->text() == label) {
                        menu->setActiveAction(action);
                        QTest::keyClick(menu, Qt::Key_Return);
                        return;
                    }
                }
                QFAIL(qPrintable(u"no menu entry "_s + label));
            });
            Q_EMIT models->customContextMenuRequested(models->visualRect(models->model()->index(2, 0)).center());
        };
        choose(u"Images"_s);
        QCOMPARE(ModelStore(*m_db).reads(u"fake"_s, u"gpt-test"_s)->chosen,
            std::optional<ModelCapabilities>(ModelCapabilities {true, false}));
        QCOMPARE(models->model()->index(2, 0).data().toString(), u"gpt-test  ·  images (your choice)"_s);
        QTest::mouseClick(find<QPushButton>(&page, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status(&page).startsWith(u"Connected"_s), 10000);
        QCOMPARE(models->model()->index(2, 0).data().toString(), u"gpt-test  ·  images (your choice)"_s);
        Testing::saveScreenshots(&page, u"providers-page"_s);
        choose(u"Reads what it reads, as Quorum's table says"_s);
        QVERIFY(!ModelStore(*m_db).reads(u"fake"_s, u"gpt-test"_s)->chosen);
        QCOMPARE(models->model()->index(2, 0).data().toString(), u"gpt-test"_s);
    }

    void bedrockAccountSignedWithAProfile()
    {
        // A home with an AWS profile; the fake checks the SigV4 signatures made with it.
        const AwsCredentials team {u"AKIAFAKETEAMKEY00002"_s, u"team/secret+key"_s, {}};
        Testing::AwsHome home;
        QVERIFY(home.writeCredentials({{u"default"_s, {}}, {u"team"_s, team}}));
        home.applyToThisProcess();
        m_server.setRequiredKey({});
        m_server.setAwsCredentials(team, u"eu-central-1"_s);
        const auto restore = qScopeGuard([&] {
            m_server.setRequiredKey(u"right-key"_s);
            m_server.setAwsCredentials({}, {});
        });

        ProvidersPage page(*m_config, m_keychain, m_session, m_db.get(), &m_network);
        page.resize(900, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *region = find<QComboBox>(&page, u"region"_s);
        auto *profile = find<QComboBox>(&page, u"awsProfile"_s);
        auto *baseUrl = find<QLineEdit>(&page, u"baseUrl"_s);
        QVERIFY(!region->isVisible()); // the built-in Ollama account: no AWS rows

        page.addAccount(u"bedrock"_s);
        QVERIFY(region->isVisible() && profile->isVisible() && find<QLineEdit>(&page, u"modelsUrl"_s)->isVisible());
        QCOMPARE(region->currentText(), u"us-east-1"_s);
        QCOMPARE(baseUrl->text(), u"https://bedrock-runtime.us-east-1.amazonaws.com"_s);
        QCOMPARE(profile->count(), 3); // (none), default, team
        // The endpoint follows the region as it is typed.
        region->lineEdit()->selectAll();
        QTest::keyClicks(region->lineEdit(), u"eu-central-1"_s);
        QCOMPARE(baseUrl->text(), u"https://bedrock-runtime.eu-central-1.amazonaws.com"_s);
        QCOMPARE(
            find<QLineEdit>(&page, u"modelsUrl"_s)->placeholderText(), u"https://bedrock.eu-central-1.amazonaws.com"_s);
        profile->setCurrentText(u"team"_s);
        Testing::saveScreenshots(&page, u"providers-bedrock"_s);
        QVERIFY(find<QCheckBox>(&page, u"stream"_s)->isChecked());

        // Pointed at the fake, saved, tested: signed with the profile, models in three parts.
        baseUrl->setText(m_server.baseUrl(Fake::Protocol::Bedrock).toString());
        find<QLineEdit>(&page, u"modelsUrl"_s)->setText(m_server.baseUrl(Fake::Protocol::Bedrock).toString());
        QTest::mouseClick(find<QPushButton>(&page, u"save"_s), Qt::LeftButton);
        QVERIFY(m_config->find(u"bedrock"_s));
        QCOMPARE(m_config->find(u"bedrock"_s)->region, u"eu-central-1"_s);
        QCOMPARE(m_config->find(u"bedrock"_s)->awsProfile, u"team"_s);
        QVERIFY(m_config->find(u"bedrock"_s)->stream);
        QTRY_VERIFY2(find<QLabel>(&page, u"keyStatus"_s)->text().startsWith(u"Requests are signed with profile team"_s),
            qPrintable(find<QLabel>(&page, u"keyStatus"_s)->text()));
        QTest::mouseClick(find<QPushButton>(&page, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            status(&page).startsWith(u"Connected"_s) || status(&page).contains(u"failed"_s), 10000);
        QCOMPARE(status(&page), u"Connected: 6 models."_s); // 3 foundation models, 2 profiles, 1 router

        // Not streaming: kept with the account.
        find<QCheckBox>(&page, u"stream"_s)->setChecked(false);
        QTest::mouseClick(find<QPushButton>(&page, u"save"_s), Qt::LeftButton);
        QVERIFY(!m_config->find(u"bedrock"_s)->stream);
        // A profile without keys: the form says so where the key would be.
        profile->setCurrentText(u"default"_s);
        QTest::mouseClick(find<QPushButton>(&page, u"save"_s), Qt::LeftButton);
        QTRY_VERIFY2(find<QLabel>(&page, u"keyStatus"_s)->text().startsWith(u"No AWS credentials"_s),
            qPrintable(find<QLabel>(&page, u"keyStatus"_s)->text()));
        QTest::mouseClick(find<QPushButton>(&page, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status(&page).contains(u"failed"_s), 10000);
        QVERIFY2(status(&page).contains(u"No AWS credentials for bedrock"_s), qPrintable(status(&page)));
    }

    void withoutAKeychainTheKeyCanStayForTheSession()
    {
        NoKeychain none;
        ProvidersPage page(*m_config, none, m_session, m_db.get(), &m_network);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        fillNewAccount(page, u"right-key"_s);
        QString said;
        QTimer::singleShot(0, this, [&] {
            const auto press = [&](auto &&self) -> void {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box) {
                    QTimer::singleShot(10, this, [&, self] { self(self); });
                    return;
                }
                said = box->text() + u' ' + box->informativeText();
                box->findChild<QPushButton *>(u"sessionOnly"_s)->click();
            };
            press(press);
        });
        QTest::mouseClick(find<QPushButton>(&page, u"save"_s), Qt::LeftButton);
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains(u"No keychain"_s) && said.contains(u"OPENAI_API_KEY"_s)
                && said.contains(u"does not write keys to files"_s),
            qPrintable(said));
        QCOMPARE(m_session.readBlocking(u"fake"_s).value_or(QString()), u"right-key"_s);
        QTRY_VERIFY(find<QLabel>(&page, u"keyStatus"_s)->text().contains(u"this session only"_s));
        // The session key is used to connect.
        QTest::mouseClick(find<QPushButton>(&page, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status(&page).startsWith(u"Connected"_s), 10000);
        // And no file holds it.
        QFile providers(m_config->fileName());
        QVERIFY(providers.open(QIODevice::ReadOnly));
        QVERIFY(!providers.readAll().contains("right-key"));
    }
};

QTEST_MAIN(TestProvidersPage)
#include "test_providerspage.moc"
