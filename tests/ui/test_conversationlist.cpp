// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The conversation list in the window: every conversation, however many (100,000 here, read
// a page at a time as the list scrolls), and it follows what changes without being told:
// a prompt sent here, a conversation renamed, one written by another process.
#include <QElapsedTimer>
#include <QListView>
#include <QScrollBar>
#include <QSqlQuery>
#include <QTest>

#include "appfixture.h"
#include "chat/chatsession.h"
#include "common/translations.h"
#include "conversations/conversationlistpanel.h"
#include "mainwindow/mainwindow.h"
#include "models/conversationlistmodel.h"
#include "storage/conversationstore.h"
#include "storage/databasechanges.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestConversationList : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::AppFixture> m_app;

    void fill(int count)
    {
        QSqlQuery q(m_app->database()->connection());
        QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                       "INSERT INTO conversations (title, created_at, updated_at) "
                       "SELECT 'Conversation ' || i, i, i FROM n"_s.arg(count)));
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void init()
    {
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
    }

    void cleanup() { m_app.reset(); }

    void aHundredThousandConversationsScrollToTheLast()
    {
        fill(100'000);
        QElapsedTimer shown;
        shown.start();
        MainWindow window(m_app->settings(), m_app->services());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        qInfo("window with 100,000 conversations shown in %lld ms", shown.elapsed());
        QListView *list = window.conversationList()->listView();
        QVERIFY(list->isVisible());
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"Conversation 100000"_s);
        QVERIFY(list->model()->rowCount() < 100'000); // a page, not everything

        // Scrolling to the end reads the next page, as a user dragging the scroll bar does.
        QElapsedTimer scrolled;
        scrolled.start();
        int pages = 0;
        while (list->model()->canFetchMore({}) && pages < 1000) {
            list->scrollToBottom();
            QCoreApplication::processEvents();
            ++pages;
        }
        qInfo("scrolled to the last of 100,000 in %d steps, %lld ms", pages, scrolled.elapsed());
        QCOMPARE(list->model()->rowCount(), 100'000);
        QCOMPARE(list->model()->index(99'999, 0).data().toString(), u"Conversation 1"_s);
        list->scrollToBottom();
        QCoreApplication::processEvents();
        QCOMPARE(list->verticalScrollBar()->value(), list->verticalScrollBar()->maximum());
        // The very last can be opened like any other.
        list->setCurrentIndex(list->model()->index(99'999, 0));
        QCOMPARE(window.session()->conversationId(), 1);
    }

    void theListFollowsChangesWithoutBeingTold()
    {
        fill(3);
        MainWindow window(m_app->settings(), m_app->services());
        window.show();
        QListView *list = window.conversationList()->listView();
        QCOMPARE(list->model()->rowCount(), 3);

        // Renamed in place: the title is stored and the row stays selected as it moves up.
        list->setCurrentIndex(list->model()->index(2, 0));
        QCOMPARE(window.session()->conversationId(), 1);
        QVERIFY(list->model()->setData(list->currentIndex(), u"The first, renamed"_s));
        QCOMPARE(ConversationStore(*m_app->database()).conversation(1)->value().title, u"The first, renamed"_s);
        QCOMPARE(list->model()->index(0, 0).data().toString(), u"The first, renamed"_s);
        QCOMPARE(list->currentIndex().row(), 0);

        // Written by another process (quorum ask, quorum import): there within the second.
        {
            auto other = Database::open(m_app->database()->path());
            QVERIFY(other);
            ConversationStore elsewhere(**other, [] { return qint64(1'900'000'000'000); });
            QVERIFY(elsewhere.createConversation(u"Asked from the terminal"_s));
        }
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->index(0, 0).data().toString(), u"Asked from the terminal"_s, 3000);
        QCOMPARE(list->model()->rowCount(), 4);
        QCOMPARE(list->currentIndex().data().toString(), u"The first, renamed"_s); // still the open one
    }
};

QTEST_MAIN(TestConversationList)
#include "test_conversationlist.moc"
