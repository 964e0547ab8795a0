// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The main window end to end on the offscreen platform: the composer sends one prompt to
// several models of a fake provider server (each protocol byte for byte), the compare
// view fills a pane per model with its text, status, figures and cost, errors stay in
// their pane, Stop cancels, the pick is stored, follow-ups get the right history, search
// finds and opens a conversation, and nothing remote is loaded from an answer.
#include <random>

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>

#include "appfixture.h"
#include "chat/chatsession.h"
#include "common/settings.h"
#include "common/translations.h"
#include "compare/answerpane.h"
#include "compare/comparearea.h"
#include "compare/diffdialog.h"
#include "compare/inspectordialog.h"
#include "compare/judgemodesdialog.h"
#include "compare/synthesisrow.h"
#include "compare/turnview.h"
#include "composer/composer.h"
#include "conversations/conversationlistpanel.h"
#include "fakeaccounts.h"
#include "judge/judgeprompt.h"
#include "leaderboard/leaderboarddialog.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerconfig.h"
#include "render/markdownrenderer.h"
#include "render/tableobject.h"
#include "samplefiles.h"
#include "screenshots.h"
#include "secrets/secretstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/judgestore.h"
#include "storage/modelstore.h"
#include "storage/rulestore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;
using Fake::Script;

namespace
{
Script answer(const QStringList &deltas, int delayMs = 2)
{
    Script s;
    s.deltas = deltas;
    s.delayMs = delayMs;
    s.usage.input = 20;
    return s;
}

QStringList pieces(const QString &text, int size = 9)
{
    QStringList out;
    for (qsizetype at = 0; at < text.size(); at += size) {
        out.append(text.mid(at, size));
    }
    return out;
}

const QString codeAnswer = uR"(Here is a **quicksort** in Python:

```python
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
```

It runs in *O(n log n)* on average.)"_s;
//! Stands in for the system browser: records what would have been opened.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};
} // namespace

class TestCompare : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    AppServices services() { return m_app->services(); }

    static QList<ChatTarget> threeTargets()
    {
        return {*ChatTarget::parse(u"oa/gpt-4.1-mini"_s),
            *ChatTarget::parse(u"an/claude-sonnet-4-5"_s),
            *ChatTarget::parse(u"ge/gemini-2.5-flash"_s)};
    }

    static void send(MainWindow &window, const QString &prompt, const QList<ChatTarget> &targets)
    {
        window.composer()->setTargets(targets);
        window.composer()->setPrompt(prompt);
        auto *edit = window.findChild<QPlainTextEdit *>(u"promptEdit"_s);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return); // Enter sends
    }

    //! The spans a judge's map marked in \a pane, in order.
    static QStringList marked(const AnswerPane *pane)
    {
        QStringList spans;
        for (const QTextEdit::ExtraSelection &s : pane->body()->extraSelections()) {
            spans << s.cursor.selectedText();
        }
        return spans;
    }

    static bool allEnded(const TurnView *turn)
    {
        const QList<AnswerPane *> panes = turn->panes();
        return std::ranges::all_of(panes, [](const AnswerPane *p) {
            return p->response().status != ResponseStatus::Pending && p->response().status != ResponseStatus::Streaming;
        });
    }

    //! Shows \a window at 1500x900 and sends \a prompt to the three targets and Ollama's
    //! llama3.2; the turn once every answer ended (null if the window never showed or they
    //! did not end in 10 s).
    static TurnView *showAndSendToFour(MainWindow &window, const QString &prompt)
    {
        window.resize(1400, 900); // four panes of ~330 px
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            return nullptr;
        }
        QList<ChatTarget> four = threeTargets();
        four.append(*ChatTarget::parse(u"ol/llama3.2"_s));
        send(window, prompt, four);
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        return QTest::qWaitFor([turn] { return allEnded(turn); }, 10000) ? turn : nullptr;
    }

    QList<TurnRecord> storedTurns(qint64 conversationId)
    {
        return ConversationStore(*m_app->database()).turns(conversationId).value_or(QList<TurnRecord> {});
    }

    void addRule(const QString &name, const QStringList &conditions, Action action)
    {
        Rule rule;
        rule.name = name;
        for (const QString &spec : conditions) {
            rule.conditions.append(*Condition::parse(spec));
        }
        rule.action = std::move(action);
        QVERIFY(RuleStore(*m_app->database()).add(rule));
    }

    static Action actionOf(Action::Type type, const QStringList &targets = {}, const QString &tag = {})
    {
        Action action;
        action.type = type;
        for (const QString &t : targets) {
            action.targets.append(*ChatTarget::parse(t));
        }
        action.tag = tag;
        return action;
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
            QVERIFY(m_app->addAccount(Testing::fakeAccount(m_server, protocol, id))); // its key in the keychain only
        }
    }

    void cleanup() { m_app.reset(); }

    void threeTargetsFillThreePanes()
    {
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer(pieces(codeAnswer)));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer(pieces(u"Claude thinks *differently*."_s)));
        m_server.enqueueFor(
            u"gemini-2.5-flash"_s, answer(pieces(u"Gemini: a table\n\n| a | b |\n|---|---|\n| 1 | 2 |"_s)));
        MainWindow window(m_app->settings(), services());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        send(window, u"Write a quicksort."_s, threeTargets());
        QCOMPARE(window.compareArea()->turnViews().size(), 1);
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QCOMPARE(turn->panes().size(), 3);
        QVERIFY(window.composer()->prompt().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);

        const QList<AnswerPane *> panes = turn->panes();
        QCOMPARE(panes.at(0)->targetLabel(), u"oa/gpt-4.1-mini"_s);
        QVERIFY(panes.at(0)->document()->toPlainText().contains(u"def quicksort(xs):"_s));
        QCOMPARE(panes.at(0)->renderer()->codeBlockCount(), 1);
        QCOMPARE(panes.at(1)->document()->toPlainText(), u"Claude thinks differently."_s);
        QVERIFY(panes.at(2)->document()->toPlainText().contains(u"Gemini: a table"_s));
        for (AnswerPane *pane : panes) {
            QCOMPARE(pane->statusText(), u"Done"_s);
            QVERIFY2(pane->statsText().contains(u"first token"_s), qPrintable(pane->statsText()));
            QVERIFY2(pane->statsText().contains(u"20 in"_s), qPrintable(pane->statsText()));
            QVERIFY2(pane->costText().startsWith(u"$"_s), qPrintable(pane->costText())); // priced models
            QVERIFY(pane->errorText().isEmpty());
        }
        QVERIFY2(
            window.compareArea()->totalText().startsWith(u"Total $"_s), qPrintable(window.compareArea()->totalText()));

        // Stored: one conversation, titled from the prompt, with three finished answers.
        const qint64 conversation = window.session()->conversationId();
        QVERIFY(conversation > 0);
        const QList<TurnRecord> turns = storedTurns(conversation);
        QCOMPARE(turns.size(), 1);
        QCOMPARE(turns.constFirst().responses.size(), 3);
        for (const ResponseRecord &r : turns.constFirst().responses) {
            QCOMPARE(r.status, ResponseStatus::Done);
            QVERIFY(r.costNanos.has_value());
        }
        QCOMPARE(turns.constFirst().responses.at(1).text, u"Claude thinks *differently*."_s);
        QCOMPARE(window.conversationList()->listView()->model()->rowCount(), 1);
        QCOMPARE(
            window.conversationList()->listView()->model()->index(0, 0).data().toString(), u"Write a quicksort."_s);
        Testing::saveScreenshots(&window, u"compare-three"_s);
    }

    void aPromptRouterSaysWhichModelAnswered()
    {
        ProviderAccount aws = Testing::fakeAccount(m_server, Protocol::Bedrock, u"aws"_s);
        aws.apiKeyEnv = u"QUORUM_TEST_NO_SUCH_VARIABLE"_s;
        aws.apiKey.clear();
        QVERIFY(m_app->keychain().writeBlocking(u"aws"_s, u"ABSKQmVkcm9ja0FQSUtleS1mYWtl"_s)); // a Bedrock API key
        m_app->providers().upsert(aws);
        QVERIFY(m_app->providers().save());
        const QString router = u"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1"_s;
        QVERIFY(ModelStore(*m_app->database())
                .replace(u"aws"_s,
                    {ModelInfo {router, u"Anthropic Prompt Router (prompt router)"_s, 0, {}},
                        ModelInfo {u"amazon.nova-pro-v1:0"_s, u"Amazon Nova Pro"_s, 0, {}},
                        ModelInfo {
                            u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s, u"US Claude Sonnet 4.5"_s, 0, {}}},
                    QDateTime::currentMSecsSinceEpoch()));
        MainWindow window(m_app->settings(), services());
        window.resize(1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        send(window,
            u"Which is faster, quicksort or mergesort?"_s,
            {*ChatTarget::parse(u"aws/"_s + router), *ChatTarget::parse(u"aws/amazon.nova-pro-v1:0"_s)});
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        AnswerPane *routed = turn->panes().at(0);
        QCOMPARE(routed->response().status, ResponseStatus::Done);
        QCOMPARE(routed->routeNote(), u"The prompt router chose us.anthropic.claude-3-haiku-20240307-v1:0"_s);
        // Priced as the model that answered (Claude 3 Haiku's cross-region profile).
        QVERIFY2(routed->costText().startsWith(u"$"_s), qPrintable(routed->costText()));
        QCOMPARE(turn->panes().at(1)->routeNote(), QString());
        QVERIFY2(turn->panes().at(1)->costText().startsWith(u"$"_s), qPrintable(turn->panes().at(1)->costText()));
        const QList<TurnRecord> turns = storedTurns(window.session()->conversationId());
        QCOMPARE(turns.constFirst().responses.at(0).servedModel, u"us.anthropic.claude-3-haiku-20240307-v1:0"_s);
        Testing::saveScreenshots(&window, u"compare-bedrock-router"_s);

        // The picker names the router, not its ARN (which stays the tooltip).
        QTest::mouseClick(window.findChild<QToolButton *>(u"modelPickerButton"_s), Qt::LeftButton);
        auto *list = window.findChild<QListWidget *>(u"modelList"_s);
        QTRY_VERIFY(list->isVisible());
        QStringList texts;
        for (int i = 0; i < list->count(); ++i) {
            texts << list->item(i)->text();
        }
        QVERIFY2(texts.contains(u"aws  ·  Anthropic Prompt Router (prompt router) — anthropic.claude:1"_s),
            qPrintable(texts.join(u" | "_s)));
        Testing::saveScreenshots(window.findChild<QWidget *>(u"modelPicker"_s), u"model-picker-bedrock"_s);
    }

    void oneFailingTargetShowsItsErrorInItsOwnPane()
    {
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Fine"_s, u" answer."_s}));
        Script refused;
        refused.status = 401;
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, refused);
        m_server.enqueueFor(u"gemini-2.5-flash"_s, answer({u"Also"_s, u" fine."_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"Hello"_s, threeTargets());
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        AnswerPane *failed = turn->panes().at(1);
        QCOMPARE(failed->statusText(), u"Error"_s);
        QVERIFY2(failed->errorText().contains(u"401"_s), qPrintable(failed->errorText()));
        QCOMPARE(turn->panes().at(0)->statusText(), u"Done"_s);
        QVERIFY(turn->panes().at(0)->errorText().isEmpty());
        QCOMPARE(turn->panes().at(2)->document()->toPlainText(), u"Also fine."_s);

        // Retry in that pane: the same answer row is asked again and now succeeds.
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"Second"_s, u" try."_s}));
        failed->findChild<QAbstractButton *>(u"errorRetryButton"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(failed->statusText(), u"Done"_s, 10000);
        QCOMPARE(failed->document()->toPlainText(), u"Second try."_s);
        QVERIFY(failed->errorText().isEmpty());
        const ResponseRecord stored = storedTurns(window.session()->conversationId()).constFirst().responses.at(1);
        QCOMPARE(stored.status, ResponseStatus::Done);
        QCOMPARE(stored.text, u"Second try."_s);
        QCOMPARE(stored.id, failed->responseId());
    }

    void stopCancelsEveryAnswer()
    {
        Script slow = answer(QStringList(200, u"word "_s), 30);
        m_server.enqueueFor(u"gpt-4.1-mini"_s, slow);
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, slow);
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"Go on and on"_s, {threeTargets().at(0), threeTargets().at(1)});
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(turn->panes().at(0)->document()->toPlainText().contains(u"word word"_s), 10000);
        auto *stop = window.composer()->findChild<QAbstractButton *>(u"stopButton"_s);
        QVERIFY(stop->isEnabled());
        stop->click();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 5000);
        for (AnswerPane *pane : turn->panes()) {
            QCOMPARE(pane->statusText(), u"Stopped"_s);
        }
        QTRY_VERIFY(!stop->isEnabled());
        const auto stored = storedTurns(window.session()->conversationId()).constFirst().responses;
        QCOMPARE(stored.at(0).status, ResponseStatus::Cancelled);
        QVERIFY(stored.at(0).text.startsWith(u"word word"_s)); // what arrived is kept
        QVERIFY(m_server.textDeltasSent(u"gpt-4.1-mini"_s) < 200);
    }

    void thePickIsStoredAndFollowUpsUseTheRightHistory()
    {
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Answer A"_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"Answer B"_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        const QList<ChatTarget> two {threeTargets().at(0), threeTargets().at(1)};
        send(window, u"First"_s, two);
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);

        turn->panes().at(1)->findChild<QAbstractButton *>(u"pickButton"_s)->click();
        auto responses = storedTurns(window.session()->conversationId()).constFirst().responses;
        QCOMPARE(responses.at(0).vote, 0);
        QCOMPARE(responses.at(1).vote, 1);
        turn->panes().at(0)->findChild<QAbstractButton *>(u"pickButton"_s)->click();
        responses = storedTurns(window.session()->conversationId()).constFirst().responses;
        QCOMPARE(responses.at(0).vote, 1);
        QCOMPARE(responses.at(1).vote, 0);
        QVERIFY(turn->panes().at(0)->isPicked() && !turn->panes().at(1)->isPicked());

        // Default policy: each model continues its own thread.
        const auto historyOf = [this](const QString &model) {
            const QList<Fake::RecordedRequest> requests = m_server.requests();
            for (auto it = requests.crbegin(); it != requests.crend(); ++it) {
                if (it->model == model) {
                    return QJsonDocument(it->json).toJson(QJsonDocument::Compact);
                }
            }
            return QByteArray();
        };
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"A2"_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"B2"_s}));
        send(window, u"Second"_s, two);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.compareArea()->turnViews().size() == 2 && allEnded(window.compareArea()->turnViews().at(1)), 10000);
        QVERIFY(historyOf(u"gpt-4.1-mini"_s).contains("Answer A"));
        QVERIFY(!historyOf(u"gpt-4.1-mini"_s).contains("Answer B"));
        QVERIFY(historyOf(u"claude-sonnet-4-5"_s).contains("Answer B"));

        // "Continue from the picked answer": both get the picked (A) first answer.
        window.compareArea()->followUpBox()->setCurrentIndex(1);
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"A3"_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"B3"_s}));
        send(window, u"Third"_s, two);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.compareArea()->turnViews().size() == 3 && allEnded(window.compareArea()->turnViews().at(2)), 10000);
        QVERIFY(historyOf(u"claude-sonnet-4-5"_s).contains("Answer A"));
        QVERIFY(!historyOf(u"claude-sonnet-4-5"_s).contains("Answer B"));
        // Each answer records which answers it was given.
        const TurnRecord third = storedTurns(window.session()->conversationId()).at(2);
        const QList<qint64> given = ChatSession::historyOf(third.responses.at(1));
        QCOMPARE(given.size(), 2);
        QCOMPARE(given.at(0), responses.at(0).id);
        QCOMPARE(ChatSession::policyOf(third.responses.at(1)), FollowUpPolicy::PickedAnswer);
        // The inspector shows the exact request, without the key.
        const QString request = window.session()->inspectRequest(third.responses.at(1).id);
        QVERIFY2(request.startsWith(u"POST http://127.0.0.1:"_s), qPrintable(request));
        QVERIFY(request.contains(u"Answer A"_s));
        QVERIFY(!request.contains(u"test-key"_s));
        QVERIFY(window.session()->inspectResponse(third.responses.at(1).id).contains(u"B3"_s));
    }

    void continueWithOneModelOnly()
    {
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"one"_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"two"_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"Hi"_s, {threeTargets().at(0), threeTargets().at(1)});
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        turn->panes().at(1)->findChild<QAction *>(u"continueOnlyAction"_s)->trigger();
        QCOMPARE(window.composer()->targets().size(), 1);
        QCOMPARE(window.composer()->targets().constFirst().label(), u"an/claude-sonnet-4-5"_s);
    }

    void searchFindsAndOpensAConversation()
    {
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"The zebrafish "_s, u"regenerates fins."_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"Tell me about fish"_s, {threeTargets().at(0)});
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(window.compareArea()->turnViews().constFirst()), 10000);
        const qint64 fishConversation = window.session()->conversationId();
        const qint64 answerId = window.compareArea()->turnViews().constFirst()->panes().constFirst()->responseId();

        // A second conversation is open when the user searches.
        window.findChild<QAction *>(u"newConversationAction"_s)->trigger();
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Something else."_s}));
        send(window, u"Other topic"_s, {threeTargets().at(0)});
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(window.compareArea()->turnViews().constFirst()), 10000);
        QVERIFY(window.session()->conversationId() != fishConversation);
        QCOMPARE(window.conversationList()->listView()->model()->rowCount(), 2);

        window.findChild<QAction *>(u"searchAction"_s)->trigger();
        QLineEdit *search = window.conversationList()->searchEdit();
        QTest::keyClicks(search, u"zebrafish"_s);
        window.conversationList()->search();
        QListWidget *results = window.conversationList()->resultsView();
        QCOMPARE(results->count(), 1);
        QVERIFY(results->isVisible());
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, results->visualItemRect(results->item(0)).center());
        QCOMPARE(window.session()->conversationId(), fishConversation);
        QCOMPARE(window.compareArea()->turnViews().size(), 1);
        QTRY_VERIFY(
            window.compareArea()->currentPane() && window.compareArea()->currentPane()->responseId() == answerId);
        QCOMPARE(window.compareArea()->currentPane()->body()->textCursor().selectedText(), u"zebrafish"_s);
    }

    void editingAnEarlierPromptMakesABranch()
    {
        MainWindow window(m_app->settings(), services());
        window.show();
        const QList<ChatTarget> one {threeTargets().at(0)};
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Paris."_s}));
        send(window, u"Capital of France?"_s, one);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(window.compareArea()->turnViews().at(0)), 10000);
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"About 2 million."_s}));
        send(window, u"Its population?"_s, one);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.compareArea()->turnViews().size() == 2 && allEnded(window.compareArea()->turnViews().at(1)), 10000);

        // Edit the second prompt: it is sent as a new branch after the first turn.
        window.compareArea()->turnViews().at(1)->findChild<QAbstractButton *>(u"editPromptButton"_s)->click();
        QCOMPARE(window.composer()->prompt(), u"Its population?"_s);
        QVERIFY(window.composer()->isEditing());
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"About 105,000 km²."_s}));
        window.composer()->setPrompt(u"Its area?"_s);
        window.sendPrompt();
        QVERIFY(!window.composer()->isEditing());
        QTRY_COMPARE(window.compareArea()->turnViews().size(), 2);
        TurnView *edited = window.compareArea()->turnViews().at(1);
        QCOMPARE(edited->prompt(), u"Its area?"_s);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(edited), 10000);
        // Its history is the first turn only, not the replaced one.
        const QByteArray body = m_server.requests().constLast().body;
        QVERIFY(body.contains("Paris."));
        QVERIFY(!body.contains("2 million"));
        // Stored: all three turns; the branch shown is the newest.
        const QList<TurnRecord> stored = storedTurns(window.session()->conversationId());
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(2).parentId, stored.at(0).id);
        QCOMPARE(window.session()->branch()->size(), 2);
        // Reopened, the conversation shows the same branch.
        window.openConversation(window.session()->conversationId());
        QCOMPARE(window.compareArea()->turnViews().size(), 1); // the newest first, painted at once
        QCOMPARE(window.compareArea()->turnViews().at(0)->prompt(), u"Its area?"_s);
        QTRY_COMPARE(window.compareArea()->turnViews().size(), 2); // then the ones before it
        QCOMPARE(window.compareArea()->turnViews().at(1)->prompt(), u"Its area?"_s);
    }

    void aModelAddedMidConversationGetsThePickedHistory()
    {
        MainWindow window(m_app->settings(), services());
        window.show();
        const QList<ChatTarget> two {threeTargets().at(0), threeTargets().at(1)};
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Answer A"_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"Answer B"_s}));
        send(window, u"First"_s, two);
        TurnView *first = window.compareArea()->turnViews().at(0);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(first), 10000);
        first->panes().at(1)->findChild<QAbstractButton *>(u"pickButton"_s)->click(); // B is best
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"A2"_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"B2"_s}));
        send(window, u"Second"_s, two);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.compareArea()->turnViews().size() == 2 && allEnded(window.compareArea()->turnViews().at(1)), 10000);

        // Gemini joins at the second turn: it gets turn 1 with the picked answer (B).
        TurnView *second = window.compareArea()->turnViews().at(1);
        m_server.enqueueFor(u"gemini-2.5-flash"_s, answer({u"G2"_s}));
        window.addTarget(second->turnId(), threeTargets().at(2));
        QTRY_COMPARE(second->panes().size(), 3); // after its key was found
        AnswerPane *pane = second->panes().at(2);
        QTRY_COMPARE_WITH_TIMEOUT(pane->statusText(), u"Done"_s, 10000);
        QCOMPARE(pane->document()->toPlainText(), u"G2"_s);
        const QByteArray body = m_server.requests().constLast().body;
        QVERIFY(body.contains("Answer B"));
        QVERIFY(!body.contains("Answer A"));
        QVERIFY(body.contains("Second"));
        QCOMPARE(storedTurns(window.session()->conversationId()).at(1).responses.size(), 3);
    }

    void diffAndInspectorDialogs()
    {
        MainWindow window(m_app->settings(), services());
        window.show();
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"The quick brown fox."_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"The slow brown fox."_s}));
        send(window, u"Describe the fox"_s, {threeTargets().at(0), threeTargets().at(1)});
        TurnView *turn = window.compareArea()->turnViews().at(0);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        turn->panes().at(0)->findChild<QAction *>(u"compareAction"_s)->trigger();
        auto *diff = window.findChild<DiffDialog *>();
        QVERIFY(diff);
        QVERIFY2(diff->summary().contains(u"1 piece removed, 1 piece added"_s), qPrintable(diff->summary()));
        QCOMPARE(diff->view()->toPlainText(), u"The quickslow brown fox."_s);
        Testing::saveScreenshots(diff, u"diff"_s);
        diff->close();

        turn->panes().at(1)->findChild<QAction *>(u"inspectAction"_s)->trigger();
        auto *inspector = window.findChild<InspectorDialog *>();
        QVERIFY(inspector);
        const QString request = inspector->requestView()->toPlainText();
        QVERIFY2(request.contains(u"/v1/messages"_s), qPrintable(request)); // Anthropic's endpoint
        QVERIFY(request.contains(u"x-api-key: ••••••"_s));
        QVERIFY(!request.contains(u"test-key"_s));
        QVERIFY(inspector->responseView()->toPlainText().contains(u"content_block_delta"_s));
        Testing::saveScreenshots(inspector, u"inspector"_s);
    }

    void enterCanBeMadeToStartANewLine()
    {
        MainWindow window(m_app->settings(), services());
        window.show();
        window.composer()->setTargets({threeTargets().at(0)});
        QSignalSpy sent(window.composer(), &Composer::sendRequested);
        auto *edit = window.findChild<QPlainTextEdit *>(u"promptEdit"_s);
        edit->setFocus();
        QTest::keyClicks(edit, u"line one"_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(edit, u"line two"_s);
        QCOMPARE(edit->toPlainText(), u"line one\nline two"_s);
        QCOMPARE(sent.size(), 0);
        window.composer()->setEnterSends(false);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(sent.size(), 0);
        QCOMPARE(edit->toPlainText(), u"line one\nline two\n"_s);
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"ok"_s}));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(sent.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isRunning(), 10000);
    }

    void panesScrollTogetherMaximiseAndTakeTheFocus()
    {
        QString longText;
        for (int i = 0; i < 120; ++i) {
            longText += u"Line %1 of a long answer.\n\n"_s.arg(i);
        }
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer(pieces(longText, 400)));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer(pieces(longText + longText, 400)));
        MainWindow window(m_app->settings(), services());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        send(window, u"Long, please"_s, {threeTargets().at(0), threeTargets().at(1)});
        TurnView *turn = window.compareArea()->turnViews().at(0);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        AnswerPane *left = turn->panes().at(0);
        AnswerPane *right = turn->panes().at(1);
        QTRY_VERIFY(
            left->body()->verticalScrollBar()->maximum() > 0 && right->body()->verticalScrollBar()->maximum() > 0);

        // Scrolling one answer halfway scrolls the other halfway (its own length).
        QScrollBar *leftBar = left->body()->verticalScrollBar();
        QScrollBar *rightBar = right->body()->verticalScrollBar();
        leftBar->setValue(leftBar->maximum() / 2);
        QVERIFY(qAbs(rightBar->value() - rightBar->maximum() / 2) <= rightBar->maximum() / 20 + 1);
        window.findChild<QCheckBox *>(u"syncScrolling"_s)->setChecked(false);
        leftBar->setValue(0);
        QVERIFY(rightBar->value() > 0);

        // Maximise one: the other hides until restored.
        left->findChild<QAbstractButton *>(u"maximiseButton"_s)->click();
        QVERIFY(left->isVisible());
        QVERIFY(!right->isVisible());
        left->findChild<QAbstractButton *>(u"maximiseButton"_s)->click();
        QVERIFY(right->isVisible());

        // Next / previous answer from the keyboard.
        window.findChild<QAction *>(u"nextPaneAction"_s)->trigger();
        QTRY_VERIFY(window.compareArea()->currentPane() != nullptr);
        AnswerPane *first = window.compareArea()->currentPane();
        window.findChild<QAction *>(u"nextPaneAction"_s)->trigger();
        QTRY_VERIFY(window.compareArea()->currentPane() != first);
        window.findChild<QAction *>(u"previousPaneAction"_s)->trigger();
        QTRY_COMPARE(window.compareArea()->currentPane(), first);
        QVERIFY(window.shortcutsText().contains(u"Next Answer"_s));
    }

    void linksOpenOnlyWhenClickedAndOnlyWebLinks()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        QDesktopServices::setUrlHandler(u"javascript"_s, &catcher, "open");
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        m_server.enqueueFor(u"gpt-4.1-mini"_s,
            answer(
                {u"See [the docs](https://example.org/a) or [this](javascript:alert(1)) or [that](file:///etc/passwd)."_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"Links"_s, {threeTargets().at(0)});
        TurnView *turn = window.compareArea()->turnViews().at(0);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        QVERIFY(catcher.opened.isEmpty()); // rendering opens nothing
        QTextBrowser *body = turn->panes().at(0)->body();
        Q_EMIT body->anchorClicked(QUrl(u"javascript:alert(1)"_s));
        Q_EMIT body->anchorClicked(QUrl(u"file:///etc/passwd"_s));
        QVERIFY(catcher.opened.isEmpty());
        Q_EMIT body->anchorClicked(QUrl(u"https://example.org/a"_s));
        QCOMPARE(catcher.opened, (QList<QUrl> {QUrl(u"https://example.org/a"_s)}));
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QDesktopServices::unsetUrlHandler(u"javascript"_s);
        QDesktopServices::unsetUrlHandler(u"file"_s);
    }

    void theDarkSchemeReachesTheCode()
    {
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer(pieces(codeAnswer)));
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"Code"_s, {threeTargets().at(0)});
        TurnView *turn = window.compareArea()->turnViews().at(0);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        const auto codeBackground = [turn] {
            for (QTextBlock b = turn->panes().at(0)->document()->begin(); b.isValid(); b = b.next()) {
                if (b.text().startsWith(u"def quicksort"_s)) {
                    return b.blockFormat().background().color();
                }
            }
            return QColor();
        };
        const QColor light = codeBackground();
        window.findChild<QAction *>(u"colorScheme:dark"_s)->trigger();
        QTRY_VERIFY(codeBackground().lightness() < light.lightness());
        QCOMPARE(m_app->settings().colorScheme(), u"dark"_s);
        window.findChild<QAction *>(u"colorScheme:light"_s)->trigger();
        QTRY_COMPARE(codeBackground(), light);
        m_app->settings().setColorScheme(u"system"_s);
    }

    // Synthesize: a judge fuses the answers; its map lands on the right spans of each answer,
    // with a legend and a list of claims that scrolls every answer to its span.
    void synthesisMapsWhereTheAnswersAgreeAndContradict()
    {
        m_server.enqueueFor(
            u"gpt-4.1-mini"_s, answer(pieces(u"Boil the egg for **9 minutes**, then cool it in cold water."_s)));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer(pieces(u"Seven minutes is enough; then an ice bath."_s)));
        m_server.enqueueFor(u"gemini-2.5-flash"_s, answer(pieces(u"Nine minutes.\n\nPeel under running water."_s)));
        MainWindow window(m_app->settings(), services());
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        send(window, u"How long do I boil an egg?"_s, threeTargets());
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        QVERIFY(!turn->synthesisRow()->isVisible());

        const QString map
            = uR"json({"synthesis": "Boil for **9 minutes** [A, C]; one answer says 7 [B]. Cool it in cold water [A] or an ice bath [B].",
            "claims": [
              {"claim": "Boil for 9 minutes", "answers": [{"answer": "A", "stance": "states", "quote": "9 minutes"}, {"answer": "B", "stance": "contradicts", "quote": "Seven minutes"}, {"answer": "C", "stance": "states", "quote": "Nine minutes"}]},
              {"claim": "Cool the egg in cold water", "answers": [{"answer": "A", "stance": "states", "quote": "cool it in cold water"}, {"answer": "B", "stance": "states", "quote": "an ice bath"}, {"answer": "C", "stance": "omits", "quote": ""}]},
              {"claim": "Peel under running water", "answers": [{"answer": "C", "stance": "states", "quote": "Peel under running water"}, {"answer": "A", "stance": "omits", "quote": ""}]}
            ], "scores": [], "ranking": []})json"_s;
        m_server.enqueueFor(u"judge-model"_s, answer(pieces(map, 13)));
        m_app->settings().setJudgeTarget(u"oa/judge-model"_s);
        // The menu says what the judge will cost before anything is sent.
        auto *button = turn->findChild<QToolButton *>(u"synthesizeButton"_s);
        QVERIFY(button && button->isVisible());
        Q_EMIT button->menu()->aboutToShow(); // as when it opens
        QAction *fuse = button->menu()->findChild<QAction *>(u"judge:fuse"_s);
        QVERIFY(fuse);
        QVERIFY2(fuse->text().contains(u"oa/judge-model · ~"_s) && fuse->text().contains(u"tokens in"_s),
            qPrintable(fuse->text()));
        fuse->trigger();

        QTRY_VERIFY(turn->synthesisPane() != nullptr);
        AnswerPane *synthesis = turn->synthesisPane();
        QVERIFY(synthesis->isJudge());
        QTRY_COMPARE_WITH_TIMEOUT(synthesis->statusText(), u"Done"_s, 10000);
        QVERIFY(turn->synthesisRow()->isVisible());
        // The pane shows the synthesis, rendered, never the JSON around it.
        QCOMPARE(synthesis->document()->toPlainText(),
            u"Boil for 9 minutes [A, C]; one answer says 7 [B]. Cool it in cold water [A] or an ice bath [B]."_s);
        QVERIFY(synthesis->statsText().contains(u"in"_s));
        auto *claims = turn->synthesisRow()->claimList();
        QTRY_COMPARE(claims->count(), 3);
        QCOMPARE(claims->item(0)->text(), u"Boil for 9 minutes"_s);
        QVERIFY2(claims->item(0)->toolTip().contains(u"contradicted by an/claude-sonnet-4-5"_s),
            qPrintable(claims->item(0)->toolTip()));
        QCOMPARE(turn->synthesisRow()->legendText(), u"1 agree 1 contradict 1 unique"_s);

        // Marks on the right spans: A's "9 minutes" (found in the rendered text, without **),
        // B's contradiction, C's unique point.
        const QList<AnswerPane *> panes = turn->panes();
        QCOMPARE(marked(panes.at(0)), (QStringList {u"9 minutes"_s, u"cool it in cold water"_s}));
        QCOMPARE(marked(panes.at(1)), (QStringList {u"Seven minutes"_s, u"an ice bath"_s}));
        QCOMPARE(marked(panes.at(2)), (QStringList {u"Nine minutes"_s, u"Peel under running water"_s}));
        QCOMPARE(panes.at(1)->body()->extraSelections().at(0).format.background().color(),
            AnswerPane::markColour(Claim::Kind::Contradiction));
        QCOMPARE(panes.at(2)->body()->extraSelections().at(1).format.background().color(),
            AnswerPane::markColour(Claim::Kind::Unique));
        // Switching to dark renders the answers again: the marks are placed again.
        window.findChild<QAction *>(u"colorScheme:dark"_s)->trigger();
        QTRY_COMPARE(marked(panes.at(1)), (QStringList {u"Seven minutes"_s, u"an ice bath"_s}));
        window.findChild<QAction *>(u"colorScheme:light"_s)->trigger();
        QTRY_COMPARE(marked(panes.at(2)), (QStringList {u"Nine minutes"_s, u"Peel under running water"_s}));
        m_app->settings().setColorScheme(u"system"_s);
        // The answers themselves are unchanged (marks are not edits).
        QCOMPARE(panes.at(0)->document()->toPlainText(), u"Boil the egg for 9 minutes, then cool it in cold water."_s);

        // A claim clicked: each answer that speaks to it shows its span.
        QTest::mouseClick(claims->viewport(), Qt::LeftButton, {}, claims->visualItemRect(claims->item(0)).center());
        QCOMPARE(panes.at(0)->body()->textCursor().selectedText(), u"9 minutes"_s);
        QCOMPARE(panes.at(1)->body()->textCursor().selectedText(), u"Seven minutes"_s);
        QCOMPARE(turn->revealClaim(2), 1); // only C states the third

        // Stored with the turn, and back when the conversation opens again.
        const QList<TurnRecord> stored = storedTurns(window.session()->conversationId());
        QCOMPARE(stored.constFirst().judgements.size(), 1);
        QCOMPARE(stored.constFirst().judgements.constFirst().judgement->claims.size(), 3);
        window.resize(1500, 1100);
        Testing::saveScreenshots(&window, u"synthesis-map"_s);
        window.openConversation(window.session()->conversationId());
        TurnView *reopened = window.compareArea()->turnViews().constFirst();
        QVERIFY(reopened->synthesisPane());
        QCOMPARE(reopened->synthesisRow()->claimList()->count(), 3);
        QCOMPARE(marked(reopened->panes().at(2)).size(), 2);
    }

    void aConversationCanFuseEveryTurnByItself()
    {
        const QList<ChatTarget> two {threeTargets().at(0), threeTargets().at(1)};
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"One."_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"Two."_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"First"_s, two);
        TurnView *first = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(first), 10000);
        m_app->settings().setJudgeTarget(u"oa/judge-model"_s);
        auto *menu = first->findChild<QToolButton *>(u"synthesizeButton"_s)->menu();
        Q_EMIT menu->aboutToShow();
        QAction *automatic = menu->findChild<QAction *>(u"autoSynthesisAction"_s);
        QVERIFY(automatic && !automatic->isChecked()); // off by default
        automatic->trigger();
        const auto stored = JudgeStore(*m_app->database()).conversationJudge(window.session()->conversationId());
        QVERIFY(stored && stored->has_value() && (*stored)->automatic);
        QCOMPARE((*stored)->target.label(), u"oa/judge-model"_s);

        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Three."_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"Four."_s}));
        m_server.enqueueFor(u"judge-model"_s,
            answer(
                pieces(uR"json({"synthesis": "Three and four.", "claims": [], "scores": [], "ranking": []})json"_s)));
        send(window, u"Second"_s, two);
        TurnView *second = window.compareArea()->turnViews().constLast();
        QTRY_VERIFY_WITH_TIMEOUT(second->synthesisPane() != nullptr, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(second->synthesisPane()->statusText(), u"Done"_s, 10000);
        QCOMPARE(second->synthesisPane()->document()->toPlainText(), u"Three and four."_s);
        QVERIFY(!first->synthesisPane()); // only turns sent after it was turned on
        // The synthesis's own end does not start another.
        QTest::qWait(300);
        QCOMPARE(storedTurns(window.session()->conversationId()).constLast().judgements.size(), 1);
    }

    void aSynthesisIsRefusedWithItsReason()
    {
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Only one answer."_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"Hi"_s, {threeTargets().at(0)});
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        m_app->settings().setJudgeTarget(u"oa/judge-model"_s);
        auto *button = turn->findChild<QToolButton *>(u"synthesizeButton"_s);
        Q_EMIT button->menu()->aboutToShow(); // as when it opens
        QAction *fuse = button->menu()->findChild<QAction *>(u"judge:fuse"_s);
        QVERIFY2(fuse->text().contains(u"needs at least two finished answers"_s), qPrintable(fuse->text()));
        const int before = static_cast<int>(m_server.requests().size());
        fuse->trigger();
        QTRY_VERIFY2(window.statusBar()->currentMessage().contains(u"needs at least two finished answers"_s),
            qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(static_cast<int>(m_server.requests().size()), before);
        QVERIFY(!turn->synthesisPane());
    }

    // Checklist: the user ticks points and the same judge fuses those only (Beam's guided
    // merge); both syntheses stay with the turn and the row shows either.
    void aChecklistsTickedPointsAreFused()
    {
        const QList<ChatTarget> two {threeTargets().at(0), threeTargets().at(1)};
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Salt the water. Boil for 9 minutes."_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"Boil for 7 minutes. Older eggs peel better."_s}));
        MainWindow window(m_app->settings(), services());
        window.resize(1400, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        send(window, u"Eggs?"_s, two);
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);

        const QString checklist
            = uR"json({"synthesis": "- Salt the water [A]\n- Boil 7 to 9 minutes [A, B]\n- Older eggs peel better [B]",
            "claims": [
              {"claim": "Salt the water", "answers": [{"answer": "A", "stance": "states", "quote": "Salt the water"}]},
              {"claim": "Boil for 9 minutes", "answers": [{"answer": "A", "stance": "states", "quote": "9 minutes"}, {"answer": "B", "stance": "contradicts", "quote": "7 minutes"}]},
              {"claim": "Older eggs peel better", "answers": [{"answer": "B", "stance": "states", "quote": "Older eggs peel better"}]}
            ], "scores": [], "ranking": []})json"_s;
        m_server.clearRequests();
        m_server.enqueueFor(u"judge-model"_s, answer(pieces(checklist, 11)));
        m_app->settings().setJudgeTarget(u"oa/judge-model"_s);
        auto *menu = turn->findChild<QToolButton *>(u"synthesizeButton"_s)->menu();
        Q_EMIT menu->aboutToShow();
        menu->findChild<QAction *>(u"judge:checklist"_s)->trigger();
        QTRY_VERIFY(turn->synthesisPane() != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(turn->synthesisPane()->statusText(), u"Done"_s, 10000);
        const qint64 checklistId = turn->synthesisPane()->responseId();
        SynthesisRow *row = turn->synthesisRow();
        QTRY_COMPARE(row->claimList()->count(), 3);
        QVERIFY(row->claimList()->item(1)->flags().testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(row->fuseTickedButton()->isVisible());
        QVERIFY(!row->fuseTickedButton()->isEnabled()); // nothing ticked yet
        QVERIFY(!row->synthesisChoice()->isVisible());  // one synthesis: nothing to choose
        row->claimList()->item(0)->setCheckState(Qt::Checked);
        row->claimList()->item(2)->setCheckState(Qt::Checked);
        QVERIFY(row->fuseTickedButton()->isEnabled());
        QCOMPARE(row->fuseTickedButton()->text(), u"Fuse the 2 Ticked Points"_s);
        Testing::saveScreenshots(&window, u"synthesis-checklist"_s);

        m_server.enqueueFor(u"judge-model"_s,
            answer(pieces(
                uR"json({"synthesis": "Salt the water [A]; older eggs peel better [B].", "claims": [], "scores": [], "ranking": []})json"_s)));
        QTest::mouseClick(row->fuseTickedButton(), Qt::LeftButton);
        QTRY_VERIFY(turn->synthesisPane() && turn->synthesisPane()->responseId() != checklistId);
        QTRY_COMPARE_WITH_TIMEOUT(turn->synthesisPane()->statusText(), u"Done"_s, 10000);
        QCOMPARE(
            turn->synthesisPane()->document()->toPlainText(), u"Salt the water [A]; older eggs peel better [B]."_s);
        // The judge was asked to fuse the ticked points, and only those.
        const QList<Fake::RecordedRequest> sent = m_server.requestsFor(u"judge-model"_s);
        QCOMPARE(sent.size(), 2);
        const QString asked = QString::fromUtf8(sent.constLast().body);
        QVERIFY2(asked.contains(u"Build the answer from these points only"_s), qPrintable(asked.left(400)));
        QVERIFY(asked.contains(u"Salt the water"_s) && asked.contains(u"Older eggs peel better"_s));
        QVERIFY(!asked.contains(u"- Boil for 9 minutes"_s));
        const TurnRecord stored = storedTurns(window.session()->conversationId()).constFirst();
        QCOMPARE(stored.judgements.size(), 2);
        QCOMPARE(stored.judgements.constLast().parameters.judge->mode, u"fuse"_s);
        QCOMPARE(stored.judgements.constLast().parameters.judge->points,
            (QStringList {u"Salt the water"_s, u"Older eggs peel better"_s}));

        // Both syntheses can be shown again, newest first; the checklist brings its points back.
        QVERIFY(row->synthesisChoice()->isVisible());
        QCOMPARE(row->synthesisChoice()->count(), 2);
        QCOMPARE(row->synthesisChoice()->itemText(0), u"fuse, 2 points · judge-model"_s);
        QVERIFY(!row->fuseTickedButton()->isVisible());
        QVERIFY(turn->panes().at(1)->body()->extraSelections().isEmpty()); // the fuse maps nothing
        Q_EMIT row->synthesisChoice()->activated(1);
        QCOMPARE(turn->shownSynthesisId(), checklistId);
        QCOMPARE(turn->synthesisPane()->responseId(), checklistId);
        QCOMPARE(row->claimList()->count(), 3);
        QVERIFY(row->fuseTickedButton()->isVisible());
        // The marks follow the synthesis shown: B's "7 minutes" and its own point again.
        QCOMPARE(turn->panes().at(1)->body()->extraSelections().size(), 2);
    }

    // A four-answer turn gets each of the four modes: a fuse whose map lands on the right span
    // of every answer, a checklist, a scored table and a peer ranking (each model ranks the
    // other three; the judge adds a ballot), and the row shows each one's outcome.
    void fourAnswersGetEveryMode()
    {
        const QList<ChatTarget> four = threeTargets() + QList<ChatTarget> {*ChatTarget::parse(u"ol/llama3.2"_s)};
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Paris is the capital. It has 2.1 million people."_s}));
        m_server.enqueueFor(
            u"claude-sonnet-4-5"_s, answer({u"The capital is Paris, about 2.1 million inhabitants."_s}));
        m_server.enqueueFor(u"gemini-2.5-flash"_s, answer({u"Paris; roughly 11 million in the metro area."_s}));
        m_server.enqueueFor(u"llama3.2"_s, answer({u"Lyon is the capital."_s}));
        MainWindow window(m_app->settings(), services());
        window.resize(1500, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        send(window, u"What is the capital of France, and how many live there?"_s, four);
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QCOMPARE(turn->panes().size(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        m_app->settings().setJudgeTarget(u"oa/judge-model"_s);
        auto *menu = turn->findChild<QToolButton *>(u"synthesizeButton"_s)->menu();
        const auto judgeIn = [&](const QString &mode, const QString &reply) {
            m_server.enqueueFor(u"judge-model"_s, answer(pieces(reply, 23)));
            Q_EMIT menu->aboutToShow();
            menu->findChild<QAction *>(u"judge:"_s + mode)->trigger();
        };
        const auto shownDone
            = [turn] { return turn->synthesisPane() && turn->synthesisPane()->statusText() == u"Done"_s; };

        judgeIn(u"fuse"_s,
            uR"json({"synthesis": "Paris is the capital [A, B, C]; Lyon is not [D]. About 2.1 million live in the city [A, B].",
            "claims": [
              {"claim": "Paris is the capital", "answers": [{"answer": "A", "stance": "states", "quote": "Paris is the capital"}, {"answer": "B", "stance": "states", "quote": "The capital is Paris"}, {"answer": "C", "stance": "states", "quote": "Paris"}, {"answer": "D", "stance": "contradicts", "quote": "Lyon is the capital"}]},
              {"claim": "About 2.1 million live in Paris", "answers": [{"answer": "A", "stance": "states", "quote": "2.1 million people"}, {"answer": "B", "stance": "states", "quote": "2.1 million inhabitants"}, {"answer": "C", "stance": "omits", "quote": ""}, {"answer": "D", "stance": "omits", "quote": ""}]},
              {"claim": "11 million live in the metro area", "answers": [{"answer": "C", "stance": "states", "quote": "11 million in the metro area"}]}
            ], "scores": [], "ranking": []})json"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shownDone(), 10000);
        const QList<AnswerPane *> panes = turn->panes();
        QTRY_COMPARE(marked(panes.at(0)), (QStringList {u"Paris is the capital"_s, u"2.1 million people"_s}));
        QCOMPARE(marked(panes.at(1)), (QStringList {u"The capital is Paris"_s, u"2.1 million inhabitants"_s}));
        QCOMPARE(marked(panes.at(2)), (QStringList {u"Paris"_s, u"11 million in the metro area"_s}));
        QCOMPARE(marked(panes.at(3)), (QStringList {u"Lyon is the capital"_s}));
        QCOMPARE(panes.at(3)->body()->extraSelections().at(0).format.background().color(),
            AnswerPane::markColour(Claim::Kind::Contradiction));
        QCOMPARE(turn->synthesisRow()->legendText(), u"1 agree 1 contradict 1 unique"_s);
        Testing::saveScreenshots(&window, u"synthesis-four-fuse"_s);

        judgeIn(
            u"table"_s, uR"json({"synthesis": "A and B are right and complete; D is wrong.", "claims": [], "scores": [
              {"answer": "A", "criterion": "correctness", "score": 9, "reason": "right on both"},
              {"answer": "B", "criterion": "correctness", "score": 9, "reason": "right on both"},
              {"answer": "C", "criterion": "correctness", "score": 7, "reason": "metro, not city"},
              {"answer": "D", "criterion": "correctness", "score": 1, "reason": "wrong capital"}], "ranking": []})json"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shownDone() && !turn->synthesisRow()->scoresText().isEmpty(), 10000);
        const QString scores = turn->synthesisRow()->scoresText();
        QVERIFY2(scores.contains(u"ol/llama3.2 · correctness: 1 (wrong capital)"_s), qPrintable(scores));
        QVERIFY(scores.contains(u"ge/gemini-2.5-flash · correctness: 7 (metro, not city)"_s));
        QVERIFY(turn->panes().at(3)->body()->extraSelections().isEmpty()); // the table maps nothing
        Testing::saveScreenshots(&window, u"synthesis-four-table"_s);

        // Each answering model ranks the other three as A, B, C; the judge ranks all four.
        const QString ballot
            = uR"json({"synthesis": "", "claims": [], "scores": [], "ranking": ["A", "B", "C"]})json"_s;
        for (const QString &model : {u"gpt-4.1-mini"_s, u"claude-sonnet-4-5"_s, u"gemini-2.5-flash"_s, u"llama3.2"_s}) {
            m_server.enqueueFor(model, answer(pieces(ballot, 23)));
        }
        judgeIn(u"rank"_s,
            uR"json({"synthesis": "B is the clearest.", "claims": [], "scores": [], "ranking": ["B", "A", "C", "D"]})json"_s);
        // Every ballot in: each answer was placed by the three others and the judge.
        QTRY_VERIFY_WITH_TIMEOUT(turn->synthesisRow()->ranksText().count(u" of 4"_s) == 4, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn) && shownDone(), 10000);
        const QString ranks = turn->synthesisRow()->ranksText();
        QVERIFY2(ranks.startsWith(u"Peer ranking (Borda):\n1. "_s), qPrintable(ranks));
        QVERIFY(ranks.contains(u"ol/llama3.2"_s));
        Testing::saveScreenshots(&window, u"synthesis-four-rank"_s);
        const TurnRecord stored = storedTurns(window.session()->conversationId()).constFirst();
        QCOMPARE(stored.judgements.size(), 2 + 5); // fuse, table, four ballots and the judge's

        // The leaderboard has the judges' columns, apart from the votes (none were cast).
        LeaderboardDialog *board = window.showLeaderboard();
        QVERIFY(board);
        QTableWidget *table = board->table();
        const auto rowOf = [table](const QString &target) {
            for (int r = 0; r < table->rowCount(); ++r) {
                if (table->item(r, 1)->text() == target) {
                    return r;
                }
            }
            return -1;
        };
        const int llama = rowOf(u"ol/llama3.2"_s);
        QVERIFY(llama >= 0);
        QCOMPARE(table->item(llama, 8)->text(), u"1.0 (1 scored)"_s);
        QVERIFY2(table->item(llama, 9)->text().endsWith(u"(1 ranked)"_s), qPrintable(table->item(llama, 9)->text()));
        QCOMPARE(table->item(llama, 2)->text(), u"0"_s);
        board->resize(1100, 360);
        Testing::saveScreenshots(board, u"leaderboard-judges"_s);
        board->close();
    }

    // Judge modes: the built-in templates are shown as sent, read-only; the user's own mode is
    // written in the dialog, versioned at each change, offered in every Synthesize menu, and
    // its instructions are what the judge is sent.
    void aCustomJudgeModeIsWrittenAndUsed()
    {
        const QList<ChatTarget> two {threeTargets().at(0), threeTargets().at(1)};
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Yes."_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"No."_s}));
        MainWindow window(m_app->settings(), services());
        window.resize(1300, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        send(window, u"Is it safe?"_s, two);
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);

        window.findChild<QAction *>(u"judgeModesMenuAction"_s)->trigger();
        auto *dialog = window.findChild<JudgeModesDialog *>(u"judgeModesDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->modeList()->count(), 4); // the built-in ones
        auto *name = dialog->findChild<QLineEdit *>(u"judgeModeName"_s);
        auto *instructions = dialog->findChild<QPlainTextEdit *>(u"judgeModeInstructions"_s);
        QVERIFY(dialog->select(u"table"_s));
        QVERIFY(instructions->isReadOnly());
        QCOMPARE(instructions->toPlainText(), JudgeTemplate::builtIn(JudgeMode::Table).instructions);
        QVERIFY(!dialog->findChild<QPushButton *>(u"saveJudgeModeButton"_s)->isEnabled());

        QVERIFY(dialog->select(u"fuse"_s));
        dialog->findChild<QPushButton *>(u"newJudgeModeButton"_s)->click();
        QVERIFY(!instructions->isReadOnly());
        QVERIFY(instructions->toPlainText().startsWith(u"Several assistants"_s)); // from the fuse template
        name->setText(u"fuse"_s);
        dialog->findChild<QPushButton *>(u"saveJudgeModeButton"_s)->click();
        QVERIFY2(dialog->problem().contains(u"built-in"_s), qPrintable(dialog->problem()));
        name->setText(u"safety-first"_s);
        instructions->setPlainText(u"Fuse the answers, and put every safety warning first."_s);
        dialog->findChild<QPushButton *>(u"saveJudgeModeButton"_s)->click();
        QCOMPARE(dialog->problem(), QString());
        QCOMPARE(dialog->modeList()->count(), 5);
        auto saved = JudgeStore(*m_app->database()).customMode(u"safety-first"_s);
        QVERIFY(saved && saved->has_value());
        QCOMPARE((*saved)->version, 1);
        instructions->setPlainText(u"Fuse the answers. Put every safety warning first, in bold."_s);
        dialog->findChild<QPushButton *>(u"saveJudgeModeButton"_s)->click();
        saved = JudgeStore(*m_app->database()).customMode(u"safety-first"_s);
        QCOMPARE((*saved)->version, 2);
        QVERIFY(dialog->findChild<QLabel *>(u"judgeModeVersion"_s)->text().contains(u"Version 2"_s));
        Testing::saveScreenshots(dialog, u"judge-modes"_s);
        dialog->close();

        m_server.enqueueFor(u"judge-model"_s,
            answer(pieces(
                uR"json({"synthesis": "**Warning:** it depends [A, B].", "claims": [], "scores": [], "ranking": []})json"_s)));
        m_app->settings().setJudgeTarget(u"oa/judge-model"_s);
        auto *menu = turn->findChild<QToolButton *>(u"synthesizeButton"_s)->menu();
        Q_EMIT menu->aboutToShow();
        QAction *custom = menu->findChild<QAction *>(u"judge:custom:safety-first"_s);
        QVERIFY(custom);
        QVERIFY2(custom->text().contains(u"tokens in"_s), qPrintable(custom->text()));
        custom->trigger();
        QTRY_VERIFY(turn->synthesisPane() != nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(turn->synthesisPane()->statusText(), u"Done"_s, 10000);
        const QString asked = QString::fromUtf8(m_server.requestsFor(u"judge-model"_s).constLast().body);
        QVERIFY2(asked.contains(u"Put every safety warning first, in bold."_s), qPrintable(asked.left(400)));
        QVERIFY(!asked.contains(u"Write the single best answer"_s)); // the mode's text replaces the built-in one
        const ResponseRecord judged
            = storedTurns(window.session()->conversationId()).constFirst().judgements.constLast();
        QCOMPARE(judged.parameters.judge->custom, u"safety-first"_s);
        QCOMPARE(judged.parameters.judge->templateVersion, 2);
    }

    void autoRoutesByTheStoredRules()
    {
        addRule(u"Code"_s, {u"has-code"_s}, actionOf(Action::Type::Send, {u"an/claude-sonnet-4-5"_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        Composer *composer = window.composer();
        composer->setTargets({threeTargets().at(0), threeTargets().at(1)});
        composer->setAuto(true);
        composer->setPrompt(u"Hello"_s);
        composer->refreshEstimate();
        // No rule matches: the default rule, the chosen models; the tooltip says why.
        QCOMPARE(composer->routeText(), u"→ gpt-4.1-mini, claude-sonnet-4-5"_s);
        QVERIFY2(composer->routeToolTip().contains(u"“Code” did not match: no code"_s),
            qPrintable(composer->routeToolTip()));
        composer->setPrompt(u"Fix this:\n```\nint x\n```"_s);
        composer->refreshEstimate();
        QCOMPARE(composer->routeText(), u"→ Code: claude-sonnet-4-5"_s);
        window.resize(1280, 800);
        Testing::saveScreenshots(composer, u"auto-badge"_s);
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"Add a semicolon."_s}));
        window.sendPrompt();
        TurnView *turn = window.compareArea()->turnViews().at(0);
        QCOMPARE(turn->panes().size(), 1);
        QCOMPARE(turn->panes().at(0)->targetLabel(), u"an/claude-sonnet-4-5"_s);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        QCOMPARE(turn->panes().at(0)->routeNote(), u"Routed by the rule “Code”"_s);
        QCOMPARE(storedTurns(window.session()->conversationId()).at(0).responses.at(0).parameters.rule,
            std::optional<QString>(u"Code"_s));
        QCOMPARE(composer->targets().size(), 2); // the chosen models stay for the default rule
        // With Auto off the routing rule does not apply (and the badge is gone).
        composer->setAuto(false);
        composer->setPrompt(u"Fix this:\n```\nint y\n```"_s);
        composer->refreshEstimate();
        QCOMPARE(composer->routeText(), QString());
        QCOMPARE(composer->effectiveTargets().size(), 2);
    }

    // Governance holds for a manual choice too, but never silently: the user is asked.
    void governanceAsksBeforeChangingAManualChoice()
    {
        ProviderAccount an = *m_app->providers().find(u"an"_s);
        an.tags = {u"eu"_s};
        m_app->providers().upsert(an);
        QVERIFY(m_app->providers().save());
        addRule(u"EU only"_s, {u"sensitive"_s}, actionOf(Action::Type::Restrict, {}, u"eu"_s));
        MainWindow window(m_app->settings(), services());
        window.show();
        const QList<ChatTarget> two {threeTargets().at(0), threeTargets().at(1)};
        const QString secret = u"Refund to DE89 3704 0044 0532 0130 00 please"_s;
        send(window, secret, two);
        Composer *composer = window.composer();
        auto *bar = composer->findChild<QWidget *>(u"governanceBar"_s);
        QVERIFY(bar->isVisible());
        QVERIFY(composer->isAskingConfirmation());
        QVERIFY2(composer->findChild<QLabel *>(u"governanceLabel"_s)
                     ->text()
                     .contains(u"oa/gpt-4.1-mini would be left out"_s),
            qPrintable(composer->findChild<QLabel *>(u"governanceLabel"_s)->text()));
        QCOMPARE(composer->routeText(), u"⚠ EU only"_s);
        QVERIFY(window.compareArea()->turnViews().isEmpty()); // nothing was sent yet
        window.resize(1280, 800);
        Testing::saveScreenshots(&window, u"governance-bar"_s);

        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"Done."_s}));
        composer->findChild<QPushButton *>(u"sendAsRulesButton"_s)->click();
        QTRY_COMPARE(window.compareArea()->turnViews().size(), 1);
        TurnView *first = window.compareArea()->turnViews().at(0);
        QCOMPARE(first->panes().size(), 1);
        QCOMPARE(first->panes().at(0)->targetLabel(), u"an/claude-sonnet-4-5"_s);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(first), 10000);

        // Sending past the rule is possible, visibly, and recorded with the answers.
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"Again."_s}));
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Me too."_s}));
        send(window, secret, two);
        QVERIFY(bar->isVisible());
        composer->findChild<QPushButton *>(u"overrideRulesButton"_s)->click();
        QTRY_COMPARE(window.compareArea()->turnViews().size(), 2);
        TurnView *second = window.compareArea()->turnViews().at(1);
        QCOMPARE(second->panes().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(second), 10000);
        QCOMPARE(second->panes().at(0)->routeNote(), u"Sent past your rule(s): EU only"_s);
        const AnswerParameters stored
            = storedTurns(window.session()->conversationId()).at(1).responses.at(0).parameters;
        QCOMPARE(stored.overrode, std::optional<QStringList>({u"EU only"_s}));
    }

    void fallbackIsShownInThePane()
    {
        addRule(u"Cheap default"_s, {}, actionOf(Action::Type::Fallback, {u"an/claude-haiku"_s, u"oa/gpt-4.1-mini"_s}));
        Script overloaded;
        overloaded.status = 529;
        m_server.enqueueFor(u"claude-haiku"_s, overloaded);
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Four."_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        window.composer()->setAuto(true);
        send(window, u"2+2?"_s, {threeTargets().at(2)});
        TurnView *turn = window.compareArea()->turnViews().at(0);
        QCOMPARE(turn->panes().size(), 1); // a chain is one answer
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        AnswerPane *pane = turn->panes().at(0);
        QCOMPARE(pane->response().status, ResponseStatus::Done);
        QCOMPARE(pane->targetLabel(), u"oa/gpt-4.1-mini"_s);
        QCOMPARE(pane->document()->toPlainText(), u"Four."_s);
        QVERIFY2(pane->routeNote().startsWith(u"an/claude-haiku: an is overloaded."_s)
                && pane->routeNote().endsWith(u"→ answered by oa/gpt-4.1-mini (rule “Cheap default”)"_s),
            qPrintable(pane->routeNote()));
        const ResponseRecord stored = storedTurns(window.session()->conversationId()).at(0).responses.at(0);
        QCOMPARE(stored.providerId, u"oa"_s);
        QCOMPARE(stored.model, u"gpt-4.1-mini"_s);
        QVERIFY(stored.parameters.fallbackFrom && !stored.parameters.fallbackFrom->isEmpty());
        QCOMPARE(stored.parameters.fallbackFrom->at(0).target, u"an/claude-haiku"_s);
        window.resize(1280, 800);
        Testing::saveScreenshots(&window, u"fallback-pane"_s);
        // Reopened later (the panes are made anew), the pane says the same.
        const QString note = pane->routeNote();
        window.openConversation(window.session()->conversationId());
        QCOMPARE(window.compareArea()->turnViews().at(0)->panes().at(0)->routeNote(), note);
    }

    void redactedDataIsRestoredInTheAnswer()
    {
        addRule(u"Hide mail"_s, {u"sensitive:email"_s}, actionOf(Action::Type::Redact));
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"I will write to [EM"_s, u"AIL_1] today."_s}, 30));
        MainWindow window(m_app->settings(), services());
        window.show();
        window.composer()->setAuto(true);
        window.composer()->setTargets({threeTargets().at(0)});
        window.composer()->setPrompt(u"Write to anna@example.org"_s);
        window.composer()->refreshEstimate();
        QCOMPARE(window.composer()->routeText(), u"⚠ → gpt-4.1-mini"_s);
        window.sendPrompt();
        TurnView *turn = window.compareArea()->turnViews().at(0);
        AnswerPane *pane = turn->panes().at(0);
        // While it streams, a half placeholder is never shown raw.
        QTRY_VERIFY_WITH_TIMEOUT(pane->document()->toPlainText().contains(u"I will write to"_s), 10000);
        QVERIFY(!pane->document()->toPlainText().contains(u"[EM"_s));
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        QCOMPARE(pane->document()->toPlainText(), u"I will write to anna@example.org today."_s);
        QCOMPARE(pane->routeNote(), u"Sent with 1 item redacted ([EMAIL_1]), restored here"_s);
        // Stored as sent: the provider never saw the address.
        QCOMPARE(storedTurns(window.session()->conversationId()).at(0).prompt, u"Write to [EMAIL_1]"_s);
        QVERIFY(!m_server.requests().constLast().body.contains("anna@example.org"));
    }

    void blindCompareHidesTheModelsUntilAPick()
    {
        addRule(u"Routed"_s, {}, actionOf(Action::Type::Send, {u"oa/gpt-4.1-mini"_s, u"an/claude-sonnet-4-5"_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        window.findChild<QAction *>(u"blindCompareAction"_s)->trigger();
        QVERIFY(m_app->settings().blindCompare());
        window.composer()->setAuto(true);
        send(window, u"Which is better?"_s, {threeTargets().at(2)});
        TurnView *turn = window.compareArea()->turnViews().at(0);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        const auto title = [](AnswerPane *pane) -> QString {
            return pane->findChild<QLabel *>(u"answerTitle"_s)->toolTip() + u" | "_s
                + pane->findChild<QLabel *>(u"answerTitle"_s)->text();
        };
        QVERIFY2(title(turn->panes().at(0)).endsWith(u"Answer A"_s), qPrintable(title(turn->panes().at(0))));
        QVERIFY(title(turn->panes().at(1)).endsWith(u"Answer B"_s));
        for (AnswerPane *pane : turn->panes()) {
            QVERIFY(!title(pane).contains(u"gpt"_s) && !title(pane).contains(u"claude"_s));
            QCOMPARE(pane->routeNote(), QString());       // it would name the models
            QVERIFY(!pane->statsText().contains(u"$"_s)); // so would the price
        }
        window.resize(1280, 800);
        Testing::saveScreenshots(&window, u"blind-compare"_s);
        // The answers are not in the order the models were chosen in, but shuffled by the
        // turn's id: the same order every time (checked against the same shuffle here).
        QStringList order;
        for (AnswerPane *pane : turn->panes()) {
            order << pane->targetLabel();
        }
        QStringList expected {u"oa/gpt-4.1-mini"_s, u"an/claude-sonnet-4-5"_s};
        std::mt19937 random(static_cast<std::mt19937::result_type>(turn->turnId()));
        std::shuffle(expected.begin(), expected.end(), random);
        QCOMPARE(order, expected);
        turn->panes().at(1)->findChild<QAbstractButton *>(u"pickButton"_s)->click();
        QTRY_VERIFY(title(turn->panes().at(0)).contains(turn->panes().at(0)->response().model));
        QVERIFY(title(turn->panes().at(1)).contains(turn->panes().at(1)->response().model));
        QVERIFY(turn->panes().at(0)->statsText().contains(u"$"_s));
        QCOMPARE(turn->panes().at(1)->routeNote(), u"Routed by the rule “Routed”"_s);
        // Reopened: voted turns show their names; blind stays on for the next.
        window.openConversation(window.session()->conversationId());
        QVERIFY(!window.compareArea()->turnViews().at(0)->isHidingModels());
        QTRY_VERIFY(title(window.compareArea()->turnViews().at(0)->panes().at(0)).contains(u"gpt-4.1"_s));
        window.findChild<QAction *>(u"blindCompareAction"_s)->trigger();
        QVERIFY(!m_app->settings().blindCompare());
    }

    void leaderboardSuggestsARuleFromVotes()
    {
        ConversationStore store(*m_app->database());
        const qint64 conversation = *store.createConversation(u"Votes"_s);
        for (int i = 0; i < 6; ++i) {
            const auto turn = store.addTurn(conversation,
                u"Fix:\n```\nint x\n```"_s,
                {{u"oa"_s, u"gpt-4.1-mini"_s, {}}, {u"an"_s, u"claude-sonnet-4-5"_s, {}}});
            QVERIFY(turn);
            for (int k = 0; k < 2; ++k) {
                ResponseRecord r = turn->responses.at(k);
                r.status = ResponseStatus::Done;
                r.costNanos = k == 0 ? 200 : 800;
                QVERIFY(store.finishResponse(r));
            }
            QVERIFY(store.pickBestAnswer(turn->id, turn->responses.at(i < 5 ? 0 : 1).id));
        }
        MainWindow window(m_app->settings(), services());
        window.show();
        LeaderboardDialog *board = window.showLeaderboard();
        QTableWidget *table = board->table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), u"oa/gpt-4.1-mini"_s);
        QCOMPARE(table->item(0, 2)->text(), u"5"_s);
        QCOMPARE(table->item(0, 4)->text(), u"83 %"_s);
        QCOMPARE(board->suggestionTexts(),
            QStringList {u"In your code prompts, gpt-4.1-mini won 5 of 6 votes at 25 % of claude-sonnet-4-5’s cost: "
                         "route code prompts to gpt-4.1-mini?"_s});
        Testing::saveScreenshots(board, u"leaderboard"_s);
        board->findChild<QPushButton *>(u"addSuggestionButton"_s)->click();
        QCOMPARE(RuleStore(*m_app->database()).rules().size(), 1);
        QVERIFY(board->suggestionTexts().isEmpty());
        // The window routes by it at once.
        window.composer()->setTargets({threeTargets().at(1)});
        window.composer()->setAuto(true);
        window.composer()->setPrompt(u"Fix:\n```\nint y\n```"_s);
        QCOMPARE(window.composer()->effectiveTargets().first().label(), u"oa/gpt-4.1-mini"_s);
        board->close();
    }

    void conversationTagsReachTheRules()
    {
        addRule(u"Client work"_s,
            {u"conversation-tag:client"_s},
            actionOf(Action::Type::Send, {u"an/claude-sonnet-4-5"_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"Hi."_s}));
        send(window, u"Hello"_s, {threeTargets().at(0)});
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(window.compareArea()->turnViews().at(0)), 10000);
        Composer *composer = window.composer();
        composer->setAuto(true);
        composer->setPrompt(u"Draft the offer."_s);
        QCOMPARE(composer->effectiveTargets().first().label(), u"oa/gpt-4.1-mini"_s);
        auto *list = window.findChild<ConversationListPanel *>();
        list->setTags(window.session()->conversationId(), {u" client "_s, u"Client"_s, u"2026"_s});
        QCOMPARE(ConversationStore(*m_app->database()).conversation(window.session()->conversationId())->value().tags,
            (QStringList {u"client"_s, u"2026"_s}));
        QCOMPARE(composer->effectiveTargets().first().label(), u"an/claude-sonnet-4-5"_s);
        // Another conversation has other tags.
        window.findChild<QAction *>(u"newConversationAction"_s)->trigger();
        composer->setPrompt(u"Draft the offer."_s);
        QCOMPARE(composer->effectiveTargets().first().label(), u"oa/gpt-4.1-mini"_s);
    }

    void reasoningIsShownCollapsed()
    {
        Script thinking = answer({u"The answer is 4."_s});
        thinking.reasoning = {u"Two plus two "_s, u"is four."_s};
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, thinking);
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"2+2?"_s, {threeTargets().at(1)});
        TurnView *turn = window.compareArea()->turnViews().at(0);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        AnswerPane *pane = turn->panes().at(0);
        auto *toggle = pane->findChild<QToolButton *>(u"reasoningToggle"_s);
        auto *reasoning = pane->findChild<QPlainTextEdit *>(u"reasoning"_s);
        QVERIFY(toggle->isVisible());
        QVERIFY(!reasoning->isVisible()); // collapsed
        QCOMPARE(reasoning->toPlainText(), u"Two plus two is four."_s);
        QCOMPARE(pane->document()->toPlainText(), u"The answer is 4."_s);
        toggle->click();
        QVERIFY(reasoning->isVisible());
        // Every control of an answer has an accessible name.
        for (QAbstractButton *button : pane->findChildren<QAbstractButton *>()) {
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        }
    }

    void aLongConversationOpensAtItsNewestTurnsAndPagesBack()
    {
        ConversationStore::Import conversation;
        conversation.conversation.title = u"Long"_s;
        for (int t = 0; t < 25; ++t) {
            TurnRecord turn;
            turn.id = t + 1;
            turn.parentId = t > 0 ? std::optional<qint64>(t) : std::nullopt;
            turn.position = t;
            turn.prompt = u"Question %1"_s.arg(t);
            ResponseRecord r;
            r.providerId = u"oa"_s;
            r.model = u"gpt-4.1-mini"_s;
            r.text = u"Answer %1"_s.arg(t);
            r.status = ResponseStatus::Done;
            turn.responses = {r};
            conversation.turns.append(turn);
        }
        const qint64 id = ConversationStore(*m_app->database()).importConversations({conversation})->constFirst();
        MainWindow window(m_app->settings(), services());
        window.show();
        window.openConversation(id);
        CompareArea *area = window.compareArea();
        QCOMPARE(area->turnViews().size(), CompareArea::initialTurns);
        QCOMPARE(area->turnViews().constLast()->prompt(), u"Question 24"_s);
        QTRY_COMPARE(area->turnViews().size(), CompareArea::initialTurns + 3);
        auto *older = area->findChild<QAbstractButton *>(u"olderTurnsButton"_s);
        QVERIFY(older->isVisible());
        older->click();
        QCOMPARE(area->turnViews().size(), 4 + CompareArea::moreTurns);
        QCOMPARE(area->turnViews().constFirst()->prompt(), u"Question 1"_s);
        older->click();
        QCOMPARE(area->turnViews().size(), 25);
        QCOMPARE(area->turnViews().constFirst()->prompt(), u"Question 0"_s);
        QVERIFY(!older->isVisible());
        for (int i = 0; i < 25; ++i) { // in order, none twice
            QCOMPARE(area->turnViews().at(i)->prompt(), u"Question %1"_s.arg(i));
        }
    }

    void deleteCanBeUndone()
    {
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer({u"kept"_s}));
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"Keep me"_s, {threeTargets().at(0)});
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(window.compareArea()->turnViews().constFirst()), 10000);
        const qint64 id = window.session()->conversationId();
        ConversationListPanel *list = window.conversationList();
        list->deleteWithUndo(id);
        QCOMPARE(list->listView()->model()->rowCount(), 0);
        QCOMPARE(window.session()->conversationId(), 0); // the open one closed
        list->findChild<QAbstractButton *>(u"undoDeleteButton"_s)->click();
        QCOMPARE(list->listView()->model()->rowCount(), 1);
        QVERIFY(ConversationStore(*m_app->database()).conversation(id)->has_value());
        list->deleteWithUndo(id);
        list->commitDeletes(); // the undo time passed
        QVERIFY(!ConversationStore(*m_app->database()).conversation(id)->has_value());
    }

    void noRemoteResourceIsRequested()
    {
        const QString port = QString::number(m_server.port());
        m_server.enqueueFor(u"gpt-4.1-mini"_s,
            answer(pieces(u"![tracker](http://127.0.0.1:%1/pixel.png)\n\n<img src=\"http://127.0.0.1:%1/img.png\">\n\n"
                          "[a link](http://127.0.0.1:%1/page)"_s.arg(port))));
        MainWindow window(m_app->settings(), services());
        window.show();
        send(window, u"Show an image"_s, {threeTargets().at(0)});
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 10000);
        AnswerPane *pane = turn->panes().constFirst();
        pane->body()->viewport()->repaint(); // laid out and painted: the image is asked for
        QTest::qWait(300);
        const QList<Fake::RecordedRequest> requests = m_server.requests();
        const qsizetype fetched = std::ranges::count_if(requests, [](const Fake::RecordedRequest &r) {
            return r.path.contains("pixel") || r.path.contains("img.png") || r.path.contains("/page");
        });
        QCOMPARE(fetched, 0);
        QVERIFY(pane->document()->refusedResources() >= 1);
    }

    // Files dropped on the composer go with the prompt to four models of different
    // abilities; each pane says what its model received, and the turn lists the files.
    void filesGoWithThePromptAndEachPaneSaysWhatItsModelReceived()
    {
        QTemporaryDir files;
        const auto write = [&files](const QString &name, const QByteArray &bytes) {
            QFile file(files.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
        };
        const QString image = write(u"chart.png"_s, Testing::png(1600, 900));
        const QString pdf
            = write(u"report.pdf"_s, Testing::minimalPdf({u"Quarterly revenue rose 12 percent."_s, u"Costs fell."_s}));
        const QString broken = write(u"photo.jpg"_s, QByteArray(5000, '\x01'));
        QVERIFY(!image.isEmpty() && !pdf.isEmpty() && !broken.isEmpty());
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer(pieces(u"The chart shows growth."_s)));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer(pieces(u"Revenue rose 12%."_s)));
        m_server.enqueueFor(u"gemini-2.5-flash"_s, answer(pieces(u"Growth, and costs fell."_s)));
        m_server.enqueueFor(u"llama3.2"_s, answer(pieces(u"I can read the report's text."_s)));
        MainWindow window(m_app->settings(), services());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Composer *composer = window.composer();
        QList<ChatTarget> four = threeTargets();
        four.append(*ChatTarget::parse(u"ol/llama3.2"_s));
        composer->setTargets(four);
        composer->setPrompt(u"What do these show?"_s);
        QTest::qWait(300);
        const QString before = composer->estimateText();

        // Dropped on the prompt, as from a file manager: read off the GUI thread, then chips.
        QMimeData dropped;
        dropped.setUrls({QUrl::fromLocalFile(image), QUrl::fromLocalFile(pdf)});
        QWidget *target = composer->findChild<QPlainTextEdit *>(u"promptEdit"_s)->viewport();
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(composer->attachments().size(), 2, 10000);
        QCOMPARE(composer->prompt(), u"What do these show?"_s); // the paths were not typed
        const QList<QFrame *> chips = composer->findChildren<QFrame *>(u"fileChip"_s);
        QCOMPARE(chips.size(), 2);
        QVERIFY(!chips.at(0)->findChild<QLabel *>(u"fileChipThumbnail"_s)->pixmap().isNull());
        QVERIFY(!chips.at(1)->findChild<QLabel *>(u"fileChipThumbnail"_s)->pixmap().isNull());  // the PDF's first page
        QTRY_VERIFY2(composer->estimateText() != before, qPrintable(composer->estimateText())); // the files cost tokens

        // A file that is not what its name says: a clear message, nothing lost.
        Q_EMIT composer->attachFilesRequested({broken});
        QTRY_VERIFY_WITH_TIMEOUT(!composer->attachmentProblem().isEmpty(), 10000);
        QVERIFY2(composer->attachmentProblem() == u"photo.jpg: it is not an image Quorum can read."_s,
            qPrintable(composer->attachmentProblem()));
        QCOMPARE(composer->attachments().size(), 2);
        QCOMPARE(composer->prompt(), u"What do these show?"_s);
        Testing::saveScreenshots(&window, u"attachments-composer"_s);

        // Removed by its chip's button (the chip goes while its button is being clicked), and
        // attached again by pasting the copied file.
        QTest::mouseClick(
            composer->findChildren<QFrame *>(u"fileChip"_s).at(1)->findChild<QToolButton *>(u"removeFileButton"_s),
            Qt::LeftButton);
        QCOMPARE(composer->attachments().size(), 1);
        QTRY_COMPARE(composer->findChildren<QFrame *>(u"fileChip"_s).size(), 1);
        auto *copied = new QMimeData;
        copied->setUrls({QUrl::fromLocalFile(pdf)});
        QGuiApplication::clipboard()->setMimeData(copied);
        auto *prompt = composer->findChild<QPlainTextEdit *>(u"promptEdit"_s);
        prompt->setFocus();
        QTest::keySequence(prompt, QKeySequence::Paste);
        QTRY_COMPARE_WITH_TIMEOUT(composer->attachments().size(), 2, 10000);
        QCOMPARE(composer->attachments().at(1).name, u"report.pdf"_s);
        QCOMPARE(composer->prompt(), u"What do these show?"_s); // the path was not pasted as text

        auto *edit = window.findChild<QPlainTextEdit *>(u"promptEdit"_s);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return);
        TurnView *turn = window.compareArea()->turnViews().constFirst();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(turn), 15000);
        QVERIFY(composer->attachments().isEmpty()); // sent with the prompt
        const QList<AnswerPane *> panes = turn->panes();
        const auto note = [&panes](int i) { return panes.at(i)->routeNote(); };
        QVERIFY2(note(0).contains(u"chart.png: image"_s) && note(0).contains(u"report.pdf: 2 page images + "_s),
            qPrintable(note(0)));
        QVERIFY2(note(1).contains(u"report.pdf: PDF document"_s), qPrintable(note(1)));
        QVERIFY2(note(2).contains(u"report.pdf: PDF document"_s), qPrintable(note(2)));
        QVERIFY2(note(3).contains(u"chart.png not sent (the model takes no images)"_s), qPrintable(note(3)));
        QVERIFY2(note(3).contains(u"report.pdf: text only"_s), qPrintable(note(3)));
        const QLabel *attached = turn->findChild<QLabel *>(u"promptAttachments"_s);
        QVERIFY(attached);
        QVERIFY2(attached->text().contains(u"chart.png (image, 1600 × 900"_s), qPrintable(attached->text()));
        QVERIFY2(attached->text().contains(u"report.pdf (PDF, 2 pages"_s), qPrintable(attached->text()));

        // Stored with the turn: reopened, the panes say it again.
        const qint64 conversation = window.session()->conversationId();
        QCOMPARE(storedTurns(conversation).constFirst().attachments.size(), 2);
        Testing::saveScreenshots(&window, u"attachments-panes"_s);
        MainWindow again(m_app->settings(), services());
        again.resize(1400, 900);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.openConversation(conversation);
        QTRY_VERIFY(!again.compareArea()->turnViews().isEmpty());
        QVERIFY2(
            again.compareArea()->turnViews().constFirst()->panes().at(3)->routeNote().contains(u"chart.png not sent"_s),
            qPrintable(again.compareArea()->turnViews().constFirst()->panes().at(3)->routeNote()));
    }

    void fourPanesWithCodeForTheScreenshot()
    {
        // A realistic session: four models, code blocks, costs (looked at in light and dark).
        m_server.enqueueFor(u"gpt-4.1-mini"_s, answer(pieces(codeAnswer)));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s,
            answer(
                pieces(u"A **functional** version:\n\n```python\ndef qs(xs):\n    return xs if len(xs) < 2 else "
                       "qs([x for x in xs[1:] if x < xs[0]]) + xs[:1] + qs([x for x in xs[1:] if x >= xs[0]])\n```\n\n"
                       "- Pure\n- Short\n- Not in place"_s)));
        m_server.enqueueFor(u"gemini-2.5-flash"_s,
            answer(pieces(u"| Variant | Extra memory | Average time | Worst case | Stable | Notes |\n"
                          "|---|---|---|---|---|---|\n"
                          "| in place (Hoare) | O(log n) | O(n log n) | O(n²) | no | fewest swaps |\n"
                          "| in place (Lomuto) | O(log n) | O(n log n) | O(n²) | no | simplest to write |\n"
                          "| copying | O(n) | O(n log n) | O(n²) | yes | allocates per level |\n\n"
                          "Prefer the in-place one for large lists: its $O(\\log n)$ stack is the only extra "
                          "memory."_s)));
        m_server.enqueueFor(u"llama3.2"_s,
            answer(pieces(
                u"```cpp\ntemplate <class It>\nvoid quicksort(It first, It last) {\n    if (last - first < 2) return;\n"
                "    auto pivot = *std::next(first, (last - first) / 2);\n}\n```"_s)));
        MainWindow window(m_app->settings(), services());
        TurnView *turn = showAndSendToFour(window, u"Write a quicksort and explain its complexity."_s);
        QVERIFY(turn);
        turn->panes().at(1)->findChild<QAbstractButton *>(u"pickButton"_s)->click();
        window.composer()->setPrompt(u"Now make it iterative."_s);
        QTest::qWait(200);
        QCOMPARE(turn->panes().size(), 4);
        for (AnswerPane *pane : turn->panes()) {
            QCOMPARE(pane->statusText(), u"Done"_s);
            QVERIFY(!pane->accessibleName().isEmpty());
        }
        QVERIFY2(window.composer()->estimateText().contains(u"tok"_s), qPrintable(window.composer()->estimateText()));
        // The figures wrap cleanly in these narrow panes: between two figures, no line
        // starting or ending with a separator.
        for (AnswerPane *pane : turn->panes()) {
            const QStringList lines = pane->statsText().split(u'\n');
            QVERIFY2(lines.size() >= 2, qPrintable(pane->statsText())); // it does wrap here
            for (const QString &line : lines) {
                QVERIFY2(
                    !line.trimmed().startsWith(u'·') && !line.trimmed().endsWith(u'·'), qPrintable(pane->statsText()));
            }
        }
        // No pane scrolls sideways: the long code lines wrap, and the wide table scrolls by itself.
        for (AnswerPane *pane : turn->panes()) {
            QCOMPARE(pane->body()->horizontalScrollBar()->maximum(), 0);
        }
        const TableObject::Table *wide = TableObject::table(turn->panes().at(2)->document(), 0);
        QVERIFY(wide);
        QVERIFY2(wide->overflows(), qPrintable(u"%1 in %2"_s.arg(wide->natural).arg(wide->shown)));
        Testing::saveScreenshots(&window, u"compare-four"_s);
    }

    // The pane's header: the model and the account whole when the pane has room (a four-letter
    // account came out as "fa…": its advance is rounded, the elision measures the real width),
    // the model elided in the middle only when it must be, both whole in the tooltips.
    void paneHeaderShowsModelAndAccountWhole()
    {
        ResponseRecord response;
        response.providerId = u"fake"_s;
        response.model = u"echo-a"_s;
        response.status = ResponseStatus::Done;
        response.text = u"Hi"_s;
        AnswerPane pane(response, u"Fake provider"_s);
        pane.resize(540, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *title = pane.findChild<QLabel *>(u"answerTitle"_s);
        auto *account = pane.findChild<QLabel *>(u"answerAccount"_s);
        QCOMPARE(title->text(), u"echo-a"_s);
        QCOMPARE(account->text(), u"fake"_s);
        for (const QString &id : {u"oa"_s, u"anthropic-work"_s, u"x"_s}) {
            response.providerId = id;
            pane.setResponse(response);
            QCOMPARE(account->text(), id);
        }
        // Narrow: the long model name is elided in the middle, its ends kept.
        response.model = u"claude-sonnet-4-5-20250929-extended"_s;
        pane.setResponse(response);
        pane.resize(230, 300);
        QTRY_VERIFY(title->text().contains(u'…'));
        QVERIFY(title->text().startsWith(u"cl"_s) && title->text().endsWith(u"ed"_s));
    }

    // Four answers with TeX, streamed in pieces: formulas drawn in each pane (inline on the
    // baseline, display centred, in a table), money left as text, a broken formula marked.
    void mathAnswersStreamIn()
    {
        m_server.enqueueFor(u"gpt-4.1-mini"_s,
            answer(pieces(u"The sum of the first $n$ integers is\n\n$$\n\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}\n$$\n\n"
                          "so for $n = 100$ it is $5050$."_s)));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s,
            answer(pieces(u"By induction: true for $n=1$; if $S_n = \\tfrac{n(n+1)}{2}$ then\n\n"
                          "\\[ S_{n+1} = S_n + (n+1) = \\frac{(n+1)(n+2)}{2} \\]\n\n"
                          "A calculator costs $5 and a textbook $10."_s)));
        m_server.enqueueFor(u"gemini-2.5-flash"_s,
            answer(
                pieces(u"| $n$ | $\\sum i$ | $n^2$ |\n|---:|---:|---:|\n| 10 | 55 | 100 |\n| 100 | 5050 | 10000 |\n\n"
                       "Gauss: \\(\\frac{n^2 + n}{2}\\)."_s)));
        m_server.enqueueFor(u"llama3.2"_s,
            answer(pieces(u"The formula is $\\frac{n(n+1)}{2$ (sorry, a brace is missing) and\n\n"
                          "```math\n\\int_0^n x\\,dx = \\frac{n^2}{2}\n```"_s)));
        MainWindow window(m_app->settings(), services());
        TurnView *turn = showAndSendToFour(window, u"What is the sum of 1 to n? Show the formula."_s);
        QVERIFY(turn);
        const auto objects = [](AnswerPane *pane) {
            return int(pane->document()->toPlainText().count(QChar::ObjectReplacementCharacter));
        };
        QCOMPARE(objects(turn->panes().at(0)), 4);
        QCOMPARE(objects(turn->panes().at(1)), 3);
        QVERIFY(turn->panes().at(1)->document()->toPlainText().contains(u"costs $5 and a textbook $10."_s));
        // The table is one object; its three formulas are in the table's own document.
        QCOMPARE(objects(turn->panes().at(2)), 2);
        const TableObject::Table *table = TableObject::table(turn->panes().at(2)->document(), 0);
        QVERIFY(table);
        QCOMPARE(table->document->toPlainText().count(QChar::ObjectReplacementCharacter), 3);
        QCOMPARE(objects(turn->panes().at(3)), 1);
        QVERIFY(turn->panes().at(3)->document()->toPlainText().contains(u"$\\frac{n(n+1)}{2$"_s));
        QTest::qWait(100);
        Testing::saveScreenshots(&window, u"compare-math"_s);
    }
};

QTEST_MAIN(TestCompare)
#include "test_compare.moc"
