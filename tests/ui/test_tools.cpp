// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Tools in the window (docs/tools.md, "Side by side"): the real MainWindow on the offscreen
// platform, the fake provider and the project's own MCP server. Four models of four protocols
// call the same tool; each pane asks for the user's word in itself (one call denied, the
// others allowed, none holding up another), then shows its steps; the toolset is kept with
// the conversation and the steps with the answers. Shared web search: chosen in the Tools
// menu, made once, its sources listed as links under every answer.
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "appfixture.h"
#include "buildpaths.h"
#include "chat/chatsession.h"
#include "common/translations.h"
#include "compare/answerpane.h"
#include "compare/comparearea.h"
#include "compare/toolstepsview.h"
#include "compare/turnview.h"
#include "composer/composer.h"
#include "fakeaccounts.h"
#include "mainwindow/mainwindow.h"
#include "render/markdownrenderer.h"
#include "screenshots.h"
#include "storage/conversationstore.h"
#include "tools/mcpconfig.h"
#include "tools/websearch.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;

class TestTools : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    static QList<ChatTarget> fourTargets()
    {
        return {*ChatTarget::parse(u"oa/gpt-4.1-mini"_s),
            *ChatTarget::parse(u"an/claude-sonnet-4-5"_s),
            *ChatTarget::parse(u"ge/gemini-2.5-flash"_s),
            *ChatTarget::parse(u"ol/qwen3"_s)};
    }

    static bool allEnded(const TurnView *turn)
    {
        const QList<AnswerPane *> panes = turn->panes();
        return std::ranges::all_of(panes, [](const AnswerPane *p) {
            return p->response().status != ResponseStatus::Pending && p->response().status != ResponseStatus::Streaming;
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
        for (const auto &[id, protocol] : {std::pair {u"oa"_s, Protocol::OpenAiChat},
                 std::pair {u"an"_s, Protocol::Anthropic},
                 std::pair {u"ge"_s, Protocol::Gemini},
                 std::pair {u"ol"_s, Protocol::Ollama}}) {
            QVERIFY(m_app->addAccount(Testing::fakeAccount(m_server, protocol, id)));
        }
        McpConfig config(m_app->dataDir());
        McpServerConfig server;
        server.name = u"test"_s;
        server.command = Quorum::Testing::buildPath(QUORUM_TEST_MCP);
        config.upsert(server); // echo: ask (the default)
        QVERIFY(config.save());
    }

    void cleanup() { m_app.reset(); }

    void fourModelsAskInTheirOwnPanesAndShowTheirSteps()
    {
        Fake::Script calling;
        calling.callTool = u"echo"_s;
        calling.callArguments = u"{\"text\":\"42 °C in the shade\"}"_s;
        for (const ChatTarget &target : fourTargets()) {
            m_server.enqueueFor(target.model, calling);
            m_server.enqueueFor(target.model, calling);
        }
        MainWindow window(m_app->settings(), m_app->services());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The Tools button appears once the servers are read; the conversation uses "test".
        auto *toolsButton = window.composer()->findChild<QToolButton *>(u"toolsButton"_s);
        QTRY_VERIFY(toolsButton->isVisible());
        QCOMPARE(toolsButton->text(), u"Tools"_s);
        Q_EMIT toolsButton->menu()->aboutToShow();
        QAction *test = toolsButton->menu()->findChild<QAction *>(u"toolServer_test"_s);
        QVERIFY(test);
        test->trigger();
        QCOMPARE(toolsButton->text(), u"Tools (1)"_s);
        QCOMPARE(window.session()->toolset(), QStringList {u"test"_s});

        window.composer()->setTargets(fourTargets());
        window.composer()->setPrompt(u"What does the echo tool say?"_s);
        auto *edit = window.findChild<QPlainTextEdit *>(u"promptEdit"_s);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return);
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        const QList<AnswerPane *> panes = turn->panes();
        QCOMPARE(panes.size(), 4);

        // Each pane asks in itself.
        const auto asking = [](const AnswerPane *p) { return p->toolSteps()->isAsking(); };
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::all_of(panes, asking), 15000);
        for (const AnswerPane *pane : panes) { // what the model said before asking is shown while it waits
            QCOMPARE(pane->document()->toPlainText(), u"Let me use test__echo."_s);
        }
        Testing::saveScreenshots(&window, u"tools-asking"_s);
        const auto button
            = [](AnswerPane *p, const char *name) { return p->findChild<QPushButton *>(QString::fromLatin1(name)); };
        QTest::mouseClick(button(panes.at(1), "toolDenyButton"), Qt::LeftButton);
        // The denied one goes on and ends while the others still wait.
        QTRY_VERIFY_WITH_TIMEOUT(panes.at(1)->response().status == ResponseStatus::Done, 10000);
        QVERIFY(panes.at(0)->toolSteps()->isAsking() && panes.at(2)->toolSteps()->isAsking());
        for (const int i : {0, 2, 3}) {
            QTest::mouseClick(button(panes.at(i), "toolAllowButton"), Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 15000);

        for (int i = 0; i < panes.size(); ++i) {
            const AnswerPane *pane = panes.at(i);
            QVERIFY(!pane->toolSteps()->isAsking());
            const QStringList headers = pane->toolSteps()->headers();
            QCOMPARE(headers.size(), 1);
            if (i == 1) {
                QCOMPARE(headers.constFirst(), u"echo · denied"_s);
                QVERIFY2(pane->document()->toPlainText().contains(u"The user did not allow this call"_s),
                    qPrintable(pane->document()->toPlainText()));
            } else {
                QVERIFY2(headers.constFirst().startsWith(u"echo · ran · "_s), qPrintable(headers.constFirst()));
                QVERIFY2(pane->document()->toPlainText().contains(u"The tool said: 42 °C in the shade."_s),
                    qPrintable(pane->document()->toPlainText()));
            }
        }
        // Opened, a step shows its arguments and result as plain text.
        auto *header = panes.at(0)->findChild<QToolButton *>(u"toolStepHeader"_s);
        header->click();
        auto *result = panes.at(0)->findChild<QPlainTextEdit *>(u"toolStepResult"_s);
        QVERIFY(result && result->isVisible());
        QCOMPARE(result->toPlainText(), u"42 °C in the shade"_s);
        QTRY_VERIFY(result->visibleRegion().boundingRect().height() == result->height()); // not squeezed
        Testing::saveScreenshots(&window, u"tools-four"_s);

        // Stored: the steps with each answer, the toolset with the conversation.
        const qint64 conversation = window.session()->conversationId();
        const QList<TurnRecord> turns
            = ConversationStore(*m_app->database()).turns(conversation).value_or(QList<TurnRecord> {});
        QCOMPARE(turns.size(), 1);
        for (const ResponseRecord &r : turns.constFirst().responses) {
            QCOMPARE(r.steps.size(), 1);
            QCOMPARE(r.steps.constFirst().server, u"test"_s);
        }
        QCOMPARE(ConversationStore(*m_app->database())
                     .conversation(conversation)
                     .value_or(std::nullopt)
                     .value_or(ConversationRecord {})
                     .toolset,
            QStringList {u"test"_s});
    }

    void sharedSearchListsTheSameSourcesUnderEveryAnswer()
    {
        McpConfig config(m_app->dataDir());
        QVERIFY(config.load());
        WebSearchConfig search;
        search.service = WebSearchConfig::Service::SearXng;
        search.url = m_server.searchUrl(u"searxng"_s);
        config.setWebSearch(search);
        QVERIFY(config.save());
        const qsizetype searchesBefore = m_server.searches().size();
        MainWindow window(m_app->settings(), m_app->services());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *toolsButton = window.composer()->findChild<QToolButton *>(u"toolsButton"_s);
        QTRY_VERIFY(toolsButton->isVisible());
        Q_EMIT toolsButton->menu()->aboutToShow();
        QAction *off = toolsButton->menu()->findChild<QAction *>(u"webSearchOff"_s);
        QAction *shared = toolsButton->menu()->findChild<QAction *>(u"webSearchShared"_s);
        QVERIFY(off && shared);
        QVERIFY(off->isChecked());
        shared->trigger();
        QCOMPARE(window.session()->toolset(), QStringList {u"web:shared"_s});
        QVERIFY2(toolsButton->toolTip().contains(u"shared web search"_s), qPrintable(toolsButton->toolTip()));

        const QList<ChatTarget> targets = fourTargets();
        window.composer()->setTargets(targets);
        window.composer()->setPrompt(u"Which Qt release added Qt Graphs?"_s);
        auto *edit = window.findChild<QPlainTextEdit *>(u"promptEdit"_s);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return);
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 15000);
        QCOMPARE(m_server.searches().size(), searchesBefore + 1); // one search for four answers
        for (AnswerPane *pane : turn->panes()) {
            QCOMPARE(pane->response().status, ResponseStatus::Done);
            const QStringList headers = pane->toolSteps()->headers();
            QCOMPARE(headers.size(), 1);
            QVERIFY2(
                headers.constFirst().startsWith(u"shared web search · ran · "_s), qPrintable(headers.constFirst()));
            auto *sources = pane->findChild<QLabel *>(u"toolStepSources"_s);
            QVERIFY(sources && sources->isVisible());
            QVERIFY2(sources->text().contains(u"<a href=\"https://example.org/1/"_s), qPrintable(sources->text()));
            QVERIFY(sources->text().contains(u"[3] "_s));
        }
        Testing::saveScreenshots(&window, u"websearch-shared"_s);
    }
};

QTEST_MAIN(TestTools)
#include "test_tools.moc"
