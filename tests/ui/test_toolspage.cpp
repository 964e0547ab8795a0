// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Settings → Tools (docs/tools.md) on the offscreen platform, writing the same mcp.json the
// CLI does: the configured servers listed, one turned off, its tools listed by starting the
// project's own MCP server and one tool's approval set; the web search set to Brave with its
// key kept in the keychain (not the file) and tested against the fake server; the rounds
// limit kept in the settings.
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include "appfixture.h"
#include "buildpaths.h"
#include "common/translations.h"
#include "fakeproviderserver.h"
#include "screenshots.h"
#include "settings/toolspage.h"
#include "tools/mcpconfig.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestToolsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void serversToolsAndWebSearch()
    {
        Fake::FakeProviderServer fake;
        QVERIFY(fake.listen());
        fake.setSearchKey(u"brave-key"_s);
        Testing::AppFixture app;
        QVERIFY2(app.problem().isEmpty(), qPrintable(app.problem()));
        {
            McpConfig config(app.dataDir());
            McpServerConfig server;
            server.name = u"test"_s;
            server.command = Quorum::Testing::buildPath(QUORUM_TEST_MCP);
            config.upsert(server);
            QVERIFY(config.save());
        }
        ToolsPage page(app.dataDir(), &app.keychain(), &app.settings(), &app.network());
        page.resize(820, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy changed(&page, &ToolsPage::toolsChanged);

        auto *servers = page.findChild<QTreeWidget *>(u"toolServers"_s);
        QCOMPARE(servers->topLevelItemCount(), 1);
        QTreeWidgetItem *test = servers->topLevelItem(0);
        QCOMPARE(test->text(0), u"test"_s);
        QCOMPARE(test->text(1), u"stdio"_s);
        servers->setCurrentItem(test);

        // Its tools, listed by starting it; echo set to Allow lands in mcp.json.
        page.findChild<QPushButton *>(u"listServerTools"_s)->click();
        auto *tools = page.findChild<QTreeWidget *>(u"serverTools"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tools->topLevelItemCount(), 12, 15000);
        QTreeWidgetItem *echo = tools->topLevelItem(0);
        QCOMPARE(echo->text(0), u"echo"_s);
        auto *approval = qobject_cast<QComboBox *>(tools->itemWidget(echo, 1));
        QCOMPARE(approval->currentText(), u"Ask"_s);
        approval->setCurrentIndex(approval->findText(u"Allow"_s));
        McpConfig written(app.dataDir());
        QVERIFY(written.load());
        QCOMPARE(written.find(u"test"_s)->approvals.value(u"echo"_s), ToolApproval::Allow);
        QCOMPARE(changed.size(), 1);

        // Turned off.
        test->setCheckState(0, Qt::Unchecked);
        QVERIFY(written.load());
        QVERIFY(!written.find(u"test"_s)->enabled);

        // The rounds limit.
        page.findChild<QSpinBox *>(u"maxToolRounds"_s)->setValue(3);
        QCOMPARE(app.settings().maxToolRounds(), 3);

        // Brave: the key to the keychain, never the file; tested against the fake.
        auto *service = page.findChild<QComboBox *>(u"webSearchService"_s);
        service->setCurrentIndex(service->findText(u"Brave Search"_s));
        page.findChild<QLineEdit *>(u"webSearchUrl"_s)->setText(fake.searchUrl(u"brave"_s).toString());
        page.findChild<QLineEdit *>(u"webSearchKey"_s)->setText(u"brave-key"_s);
        page.findChild<QPushButton *>(u"saveWebSearch"_s)->click();
        auto *status = page.findChild<QLabel *>(u"webSearchStatus"_s);
        QCOMPARE(status->text(), u"Saved."_s);
        QCOMPARE(app.keychain().readBlocking(McpConfig::webSearchSecretKey()).value_or(QString()), u"brave-key"_s);
        QFile file(written.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains("\"brave\""));
        QVERIFY(!json.contains("brave-key"));
        page.findChild<QPushButton *>(u"testWebSearch"_s)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            status->text().startsWith(u"The search worked: 3 results"_s), qPrintable(status->text()), 10000);
        Testing::saveScreenshots(&page, u"settings-tools"_s);

        // A wrong key: the test says what Brave said.
        page.findChild<QLineEdit *>(u"webSearchKey"_s)->setText(u"wrong"_s);
        page.findChild<QPushButton *>(u"saveWebSearch"_s)->click();
        page.findChild<QPushButton *>(u"testWebSearch"_s)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"Brave Search refused the API key (HTTP 422)"_s),
            qPrintable(status->text()),
            10000);
    }
};

QTEST_MAIN(TestToolsPage)
#include "test_toolspage.moc"
