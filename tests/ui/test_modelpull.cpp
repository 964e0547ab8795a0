// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Pulling an Ollama model from the model picker (#22): a typed model the account does not
// have is offered as "Pull", its progress shows in the row, and once pulled it is listed and
// chosen; a second click cancels a pull; a model the registry does not have says why.
#include <QAbstractButton>
#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QTest>

#include "appfixture.h"
#include "common/translations.h"
#include "composer/composer.h"
#include "composer/modelpicker.h"
#include "fakeaccounts.h"
#include "fakeproviderserver.h"
#include "mainwindow/mainwindow.h"
#include "screenshots.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestModelPull : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    static QListWidgetItem *pullRow(ModelPicker *picker)
    {
        for (int i = 0; i < picker->list()->count(); ++i) {
            QListWidgetItem *item = picker->list()->item(i);
            if (!item->isHidden() && (item->text().startsWith(u"Pull"_s) || item->text().contains(u"pulled"_s))) {
                return item;
            }
        }
        return nullptr;
    }

    static QListWidgetItem *modelRow(ModelPicker *picker, const QString &label)
    {
        for (int i = 0; i < picker->list()->count(); ++i) {
            if (picker->list()->item(i)->data(Qt::UserRole).toString() == label) {
                return picker->list()->item(i);
            }
        }
        return nullptr;
    }

    static void click(ModelPicker *picker, QListWidgetItem *item)
    {
        const QRect rect = picker->list()->visualItemRect(item);
        QTest::mouseClick(picker->list()->viewport(), Qt::LeftButton, {}, rect.center());
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY(m_server.listen());
        m_server.setModels({u"qwen3:8b"_s});
    }

    void init()
    {
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
        QVERIFY(m_app->addAccount(Testing::fakeAccount(m_server, Fake::Protocol::Ollama, u"ol"_s)));
    }

    void aTypedModelIsPulledListedAndChosen()
    {
        MainWindow window(m_app->settings(), m_app->services());
        window.resize(1100, 760);
        window.show();
        ModelPicker *picker = window.composer()->modelPicker();
        picker->popup(window.mapToGlobal(QPoint(100, 600)));
        picker->filterEdit()->setText(u"ol/tiny-test+delay=60"_s);
        QListWidgetItem *row = pullRow(picker);
        QVERIFY(row);
        QCOMPARE(row->text(), u"Pull ol/tiny-test+delay=60 from the Ollama library"_s);
        click(picker, row);
        QTRY_VERIFY(pullRow(picker) && pullRow(picker)->text().contains(u"% of 4.0 MB"_s));
        Testing::saveScreenshots(picker, u"model-pull"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.composer()->targets().contains(*ChatTarget::parse(u"ol/tiny-test+delay=60"_s)), 10000);
        QCOMPARE(picker->pulling(), QString());

        // Deleted again from its context menu, after a question.
        picker->filterEdit()->clear();
        QListWidgetItem *pulled = nullptr;
        QTRY_VERIFY((pulled = modelRow(picker, u"ol/tiny-test+delay=60"_s)) != nullptr);
        picker->list()->scrollToItem(pulled);
        Q_EMIT picker->list()->customContextMenuRequested(picker->list()->visualItemRect(pulled).center());
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = picker->findChild<QMenu *>()) != nullptr);
        menu->findChild<QAction *>(u"deleteOllamaModel"_s)->trigger();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window.findChild<QMessageBox *>(u"deleteModelQuestion"_s)) != nullptr);
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::DestructiveRole) {
                button->click();
            }
        }
        QTRY_VERIFY(!window.composer()->targets().contains(*ChatTarget::parse(u"ol/tiny-test+delay=60"_s)));
        QTRY_VERIFY(!modelRow(picker, u"ol/tiny-test+delay=60"_s));
        const auto requests = m_server.requests();
        QVERIFY(std::ranges::any_of(requests, [](const Fake::RecordedRequest &r) {
            return r.method == "DELETE" && r.path == "/api/delete" && r.model == u"tiny-test+delay=60"_s;
        }));
    }

    void aSecondClickCancelsAndAMissingModelSaysWhy()
    {
        MainWindow window(m_app->settings(), m_app->services());
        window.show();
        ModelPicker *picker = window.composer()->modelPicker();
        picker->popup(window.mapToGlobal(QPoint(100, 500)));
        picker->filterEdit()->setText(u"ol/slow-test+delay=400"_s);
        click(picker, pullRow(picker));
        QTRY_VERIFY(pullRow(picker)->text().contains(u"pulling manifest. Click to cancel"_s));
        click(picker, pullRow(picker)); // cancel
        QTRY_COMPARE(picker->pulling(), QString());
        QVERIFY2(pullRow(picker)->toolTip().contains(u"cancelled"_s), qPrintable(pullRow(picker)->toolTip()));

        picker->filterEdit()->setText(u"ol/missing-test"_s);
        click(picker, pullRow(picker));
        QTRY_COMPARE(picker->pulling(), QString());
        QVERIFY2(pullRow(picker)->toolTip().contains(u"file does not exist"_s), qPrintable(pullRow(picker)->toolTip()));
        QVERIFY(!window.composer()->targets().contains(*ChatTarget::parse(u"ol/missing-test"_s)));
    }
};

QTEST_MAIN(TestModelPull)
#include "test_modelpull.moc"
