// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The tool loop end to end (docs/tools.md, "The loop"): ChatStream with a ToolBox, the
// project's own MCP server as a real process (tests/mcpserver) and the fake provider over
// the real network stack. Calls are approved, asked about or denied, run, redacted and sent
// back; limits and every fault of a server end in a step the model is told about.
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "buildpaths.h"
#include "fakeaccounts.h"
#include "fakeprotocols.h"
#include "providers/chatstream.h"
#include "tools/toolbox.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using namespace std::chrono_literals;
using Fake::Protocol;
using Fake::Script;

Q_DECLARE_METATYPE(Quorum::Fake::Protocol)
Q_DECLARE_METATYPE(Quorum::ToolStep::Outcome)

namespace
{
McpServerConfig testServer(const QHash<QString, ToolApproval> &approvals = {})
{
    McpServerConfig config;
    config.name = u"test"_s;
    config.command = Quorum::Testing::buildPath(QUORUM_TEST_MCP);
    config.callTimeout = std::chrono::seconds(2);
    config.approvals = approvals;
    return config;
}

Script calling(const QString &tool, const QString &arguments = u"{\"text\":\"hello from the model\"}"_s)
{
    Script script;
    script.callTool = tool;
    script.callArguments = arguments;
    return script;
}
} // namespace

class TestToolLoop : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QNetworkAccessManager m_network;

    std::unique_ptr<ChatStream> makeStream(Protocol protocol, ToolBox &tools, const QString &model, int maxRounds = 4)
    {
        ChatRequest request;
        request.model = model;
        request.messages = {{ChatMessage::Role::User, u"Use the tool."_s}};
        StreamOptions options;
        options.maxRetries = 0;
        auto stream
            = std::make_unique<ChatStream>(&m_network, Testing::fakeAccount(m_server, protocol), request, options);
        stream->setToolRunner(&tools, maxRounds);
        tools.setScope(stream.get(), ToolBox::Scope {{u"test"_s}, {}, {}, {}});
        return stream;
    }

    static bool waitForEnd(const ChatStream &stream, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return !stream.isActive() && stream.status() != ChatStream::Status::Idle; }, ms);
    }

    static QString stepsText(const ChatStream &stream)
    {
        QStringList lines;
        for (const ToolStep &step : stream.steps()) {
            lines << u"%1 %2/%3 %4%5: %6"_s.arg(ToolStep::outcomeName(step.outcome),
                step.server,
                step.tool,
                step.call.name,
                step.isError ? u" (error)"_s : QString(),
                step.result.left(120));
        }
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRequests(); }

    void allowedToolRunsAndTheModelIsAskedAgain_data()
    {
        QTest::addColumn<Protocol>("protocol");
        for (const Protocol p : Testing::allProtocols()) {
            QTest::newRow(qPrintable(Fake::protocolName(p))) << p;
        }
    }
    void allowedToolRunsAndTheModelIsAskedAgain()
    {
        QFETCH(Protocol, protocol);
        ToolBox tools;
        tools.setServers({testServer({{u"echo"_s, ToolApproval::Allow}})});
        QSignalSpy asked(&tools, &ToolBox::approvalNeeded);
        const QString model = u"m-"_s + Fake::protocolName(protocol);
        m_server.enqueueFor(model, calling(u"echo"_s));
        m_server.enqueueFor(model, calling(u"echo"_s));
        auto stream = makeStream(protocol, tools, model);
        QSignalSpy stepsChanged(stream.get(), &ChatStream::stepsChanged);
        stream->start();
        QVERIFY(waitForEnd(*stream));
        QVERIFY2(stream->status() == ChatStream::Status::Finished, qPrintable(stream->error().message));
        QCOMPARE(asked.size(), 0); // allowed: nobody is asked
        QCOMPARE(stream->text(), u"Let me use test__echo.\n\nThe tool said: hello from the model."_s);
        QCOMPARE(stream->steps().size(), 1);
        const ToolStep step = stream->steps().constFirst();
        QCOMPARE(step.outcome, ToolStep::Outcome::Ran);
        QCOMPARE(step.server, u"test"_s);
        QCOMPARE(step.tool, u"echo"_s);
        QCOMPARE(step.result, u"hello from the model"_s);
        QCOMPARE(step.round, 1);
        QCOMPARE(step.textOffset, u"Let me use test__echo."_s.size());
        QVERIFY(step.resultBytes > 0);
        QCOMPARE(stepsChanged.size(), 1);
        QCOMPARE(stream->round(), 2);
        QCOMPARE(stream->finishReason().kind, FinishReason::Kind::Stop);
        // Both requests offered the server's tools; usage adds up over the two requests.
        const QList<Fake::RecordedRequest> requests = m_server.requestsFor(model);
        QCOMPARE(requests.size(), 2);
        for (const Fake::RecordedRequest &request : requests) {
            QVERIFY(Fake::Wire::offeredTools(protocol, request.json).contains(u"test__echo"_s));
        }
        QCOMPARE(Fake::Wire::lastToolResults(protocol, requests.at(1).json), QStringList {u"hello from the model"_s});
        QVERIFY(stream->usage());
        QCOMPARE(stream->usage()->input, 24); // 12 per request
    }

    void oneAskedAndAllowedOneDeniedNeitherHoldsUpTheOther()
    {
        ToolBox tools;
        tools.setServers({testServer()}); // echo: ask (the default)
        QList<ToolApprovalRequest> requests;
        connect(&tools, &ToolBox::approvalNeeded, this, [&](const ToolApprovalRequest &r) { requests << r; });
        m_server.enqueueFor(u"asker-a"_s, calling(u"echo"_s, u"{\"text\":\"from a\"}"_s));
        m_server.enqueueFor(u"asker-a"_s, calling(u"echo"_s));
        m_server.enqueueFor(u"asker-b"_s, calling(u"echo"_s, u"{\"text\":\"from b\"}"_s));
        m_server.enqueueFor(u"asker-b"_s, calling(u"echo"_s));
        auto a = makeStream(Protocol::Anthropic, tools, u"asker-a"_s);
        auto b = makeStream(Protocol::Gemini, tools, u"asker-b"_s);
        a->start();
        b->start();
        QVERIFY(QTest::qWaitFor([&] { return requests.size() == 2; }, 20000));
        QCOMPARE(a->status(), ChatStream::Status::Tools);
        QCOMPARE(b->status(), ChatStream::Status::Tools);
        const ToolApprovalRequest forA = requests.at(0).stream == a.get() ? requests.at(0) : requests.at(1);
        const ToolApprovalRequest forB = requests.at(0).stream == b.get() ? requests.at(0) : requests.at(1);
        QCOMPARE(forA.name, u"test__echo"_s);
        QCOMPARE(forA.server, u"test"_s);
        QVERIFY2(forA.arguments.contains(u"\"text\": \"from a\""_s), qPrintable(forA.arguments));
        QCOMPARE(tools.pendingApprovals().size(), 2);

        // B is denied while A still waits: B goes on and ends, A is not held up by it nor B by A.
        QSignalSpy settled(&tools, &ToolBox::approvalSettled);
        tools.answer(forB.id, false);
        QVERIFY(waitForEnd(*b));
        QCOMPARE(a->status(), ChatStream::Status::Tools);
        QCOMPARE(b->steps().constFirst().outcome, ToolStep::Outcome::Denied);
        QCOMPARE(b->text(), u"Let me use test__echo.\n\nThe tool said: The user did not allow this call.."_s);
        tools.answer(forA.id, true);
        QVERIFY(waitForEnd(*a));
        QCOMPARE(a->steps().constFirst().outcome, ToolStep::Outcome::Ran);
        QCOMPARE(a->steps().constFirst().result, u"from a"_s);
        QCOMPARE(settled.size(), 2);
        QVERIFY(tools.pendingApprovals().isEmpty());
    }

    void rememberedAnswersBecomeTheToolsSetting()
    {
        ToolBox tools;
        tools.setServers({testServer()});
        QSignalSpy changed(&tools, &ToolBox::approvalsChanged);
        connect(&tools, &ToolBox::approvalNeeded, this, [&](const ToolApprovalRequest &r) {
            tools.answer(r.id, false, true); // "deny, and remember"
        });
        m_server.enqueueFor(u"rem"_s, calling(u"echo"_s));
        m_server.enqueueFor(u"rem"_s, calling(u"echo"_s));
        auto stream = makeStream(Protocol::OpenAiChat, tools, u"rem"_s);
        stream->start();
        QVERIFY(waitForEnd(*stream));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(tools.servers().constFirst().approvals.value(u"echo"_s), ToolApproval::Deny);
        // A tool that would be refused is not offered any more.
        m_server.enqueueFor(u"rem"_s, calling(u"echo"_s));
        auto next = makeStream(Protocol::OpenAiChat, tools, u"rem"_s);
        next->start();
        QVERIFY(waitForEnd(*next));
        QVERIFY(!Fake::Wire::offeredTools(Protocol::OpenAiChat, m_server.requestsFor(u"rem"_s).constLast().json)
                .contains(u"test__echo"_s));
        QCOMPARE(next->text(), u"I have no tool named echo."_s);
    }

    void theAnswersOwnWordWinsOverTheServers()
    {
        ToolBox tools;
        tools.setServers({testServer({{u"echo"_s, ToolApproval::Deny}})});
        m_server.enqueueFor(u"own"_s, calling(u"echo"_s));
        m_server.enqueueFor(u"own"_s, calling(u"echo"_s));
        auto stream = makeStream(Protocol::Ollama, tools, u"own"_s);
        tools.setScope(stream.get(), ToolBox::Scope {{u"test"_s}, {{u"test__echo"_s, ToolApproval::Allow}}, {}, {}});
        stream->start();
        QVERIFY(waitForEnd(*stream));
        QCOMPARE(stream->steps().constFirst().outcome, ToolStep::Outcome::Ran);
        // Withheld (a rule keeps it from this account): never offered, even if allowed.
        m_server.enqueueFor(u"own"_s, calling(u"echo"_s));
        auto withheld = makeStream(Protocol::Ollama, tools, u"own"_s);
        tools.setScope(withheld.get(),
            ToolBox::Scope {{u"test"_s}, {{u"test__echo"_s, ToolApproval::Allow}}, {u"test__echo"_s}, {}});
        withheld->start();
        QVERIFY(waitForEnd(*withheld));
        QVERIFY(!Fake::Wire::offeredTools(Protocol::Ollama, m_server.requestsFor(u"own"_s).constLast().json)
                .contains(u"test__echo"_s));
    }

    void aResultIsRedactedBeforeTheNextRequest()
    {
        ToolBox tools;
        tools.setServers({testServer({{u"customer_record"_s, ToolApproval::Allow}})});
        m_server.enqueueFor(u"red"_s, calling(u"customer_record"_s, u"{\"id\":\"C-7\"}"_s));
        m_server.enqueueFor(u"red"_s, calling(u"customer_record"_s));
        auto stream = makeStream(Protocol::Anthropic, tools, u"red"_s);
        tools.setScope(stream.get(), ToolBox::Scope {{u"test"_s}, {}, {}, {}, [](const QString &text, QString *note) {
                                                         static const QRegularExpression card(
                                                             u"\\b(?:\\d[ -]?){13,16}\\b"_s);
                                                         QString out = text;
                                                         out.replace(card, u"[CARD_1]"_s);
                                                         *note = u"1 card number redacted."_s;
                                                         return out;
                                                     }});
        stream->start();
        QVERIFY(waitForEnd(*stream));
        const QByteArray sent = m_server.requestsFor(u"red"_s).constLast().body;
        QVERIFY2(!sent.contains("4111 1111 1111 1111") && sent.contains("[CARD_1]"), sent.constData());
        QCOMPARE(stream->steps().constFirst().note, u"1 card number redacted."_s);
        QVERIFY(!stream->steps().constFirst().result.contains(u"4111"_s));
    }

    void theStepLimitEndsTheAnswer()
    {
        ToolBox tools;
        tools.setServers({testServer({{u"echo"_s, ToolApproval::Allow}})});
        // A model that calls again and again.
        Script again;
        again.deltas = {u"Once more."_s};
        again.toolCalls = {{u"test__echo"_s, u"{\"text\":\"x\"}"_s}};
        for (int i = 0; i < 3; ++i) {
            m_server.enqueueFor(u"loop"_s, again);
        }
        auto stream = makeStream(Protocol::OpenAiResponses, tools, u"loop"_s, 2);
        stream->start();
        QVERIFY(waitForEnd(*stream));
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(m_server.requestsFor(u"loop"_s).size(), 3);
        QCOMPARE(stream->steps().size(), 3);
        QCOMPARE(stream->steps().at(1).outcome, ToolStep::Outcome::Ran);
        QCOMPARE(stream->steps().at(2).outcome, ToolStep::Outcome::NotRun);
        QCOMPARE(stream->steps().at(2).round, 3);
        QVERIFY(stream->steps().at(2).note.contains(u"limit of 2"_s));
        QCOMPARE(stream->finishReason().kind, FinishReason::Kind::Tool);
        QCOMPARE(stream->finishReason().raw, u"step_limit"_s);
    }

    void modelMistakesAreStepsTheModelIsToldOf_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<ToolStep::Outcome>("outcome");
        QTest::addColumn<QString>("told");
        QTest::newRow("unknown tool") << u"nope__x"_s << u"{}"_s << ToolStep::Outcome::NotRun
                                      << u"There is no tool named “nope__x”."_s;
        QTest::newRow("arguments not JSON") << u"test__echo"_s << u"{\"text\": "_s << ToolStep::Outcome::Failed
                                            << u"The arguments were not a JSON object: {\"text\": "_s;
    }
    void modelMistakesAreStepsTheModelIsToldOf()
    {
        QFETCH(QString, name);
        QFETCH(QString, arguments);
        QFETCH(ToolStep::Outcome, outcome);
        QFETCH(QString, told);
        ToolBox tools;
        tools.setServers({testServer({{u"echo"_s, ToolApproval::Allow}})});
        Script mistaken;
        mistaken.deltas.clear();
        mistaken.toolCalls = {{name, arguments}};
        m_server.enqueueFor(u"oops"_s, mistaken);
        m_server.enqueueFor(u"oops"_s, calling(u"echo"_s));
        auto stream = makeStream(Protocol::OpenAiChat, tools, u"oops"_s);
        stream->start();
        QVERIFY(waitForEnd(*stream));
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(stream->steps().constFirst().outcome, outcome);
        QVERIFY(stream->steps().constFirst().isError);
        QCOMPARE(stream->text(), u"The tool said: "_s + told + u'.');
    }

    void serverFaultsEndInAStepAndTheAnswerGoesOn_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("crashes mid-call") << u"crash"_s << u"{}"_s << u"exited"_s;
        QTest::newRow("never answers") << u"never"_s << u"{}"_s << u"2 s"_s;
        QTest::newRow("answers 9 MB") << u"big"_s << u"{\"megabytes\":9}"_s << u"8 MB"_s;
        QTest::newRow("malformed JSON-RPC") << u"malformed"_s << u"{}"_s << u"malformed message"_s;
        QTest::newRow("floods its output") << u"flood"_s << u"{\"lines\":20000}"_s << QString();
        QTest::newRow("the tool fails") << u"fail"_s << u"{}"_s << QString();
    }
    void serverFaultsEndInAStepAndTheAnswerGoesOn()
    {
        QFETCH(QString, tool);
        QFETCH(QString, arguments);
        QFETCH(QString, says);
        ToolBox tools;
        McpServerConfig server = testServer({{tool, ToolApproval::Allow}});
        if (tool == "flood"_L1 || tool == "big"_L1) {
            // Their answers come (or overflow), later on a loaded machine or under a sanitizer:
            // 9 MB once took over 2 s in CI. Only "never" is meant to meet the timeout.
            server.callTimeout = std::chrono::seconds(60);
        }
        tools.setServers({server});
        m_server.enqueueFor(u"fault"_s, calling(tool, arguments));
        m_server.enqueueFor(u"fault"_s, calling(tool));
        auto stream = makeStream(Protocol::Anthropic, tools, u"fault"_s);
        stream->start();
        QVERIFY(waitForEnd(*stream, 30000));
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        const ToolStep step = stream->steps().constFirst();
        QVERIFY2(step.isError || tool == "flood"_L1, qPrintable(stepsText(*stream)));
        if (says.isEmpty()) {
            QCOMPARE(step.outcome, ToolStep::Outcome::Ran); // a result the tool says is an error, or a clean one
        } else {
            QCOMPARE(step.outcome, ToolStep::Outcome::Failed);
            QVERIFY2(step.result.contains(says), qPrintable(step.result));
        }
        QVERIFY(stream->text().startsWith(u"Let me use test__"_s + tool + u".\n\nThe tool said: "_s));
    }

    void aServerThatDoesNotStartLeavesTheAnswerWithoutItsTools()
    {
        ToolBox tools;
        McpServerConfig missing = testServer();
        missing.command = u"/nonexistent/quorum-mcp-server"_s;
        tools.setServers({missing});
        m_server.enqueueFor(u"nostart"_s, calling(u"echo"_s));
        auto stream = makeStream(Protocol::Gemini, tools, u"nostart"_s);
        stream->start();
        QVERIFY(waitForEnd(*stream));
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(stream->toolProblems().size(), 1);
        QVERIFY2(stream->toolProblems().constFirst().contains(u"“test” is not available"_s),
            qPrintable(stream->toolProblems().constFirst()));
        QVERIFY(
            Fake::Wire::offeredTools(Protocol::Gemini, m_server.requestsFor(u"nostart"_s).constLast().json).isEmpty());
    }

    void stoppingWhileAskedSettlesTheQuestion()
    {
        ToolBox tools;
        tools.setServers({testServer()});
        QSignalSpy asked(&tools, &ToolBox::approvalNeeded);
        QSignalSpy settled(&tools, &ToolBox::approvalSettled);
        m_server.enqueueFor(u"stop"_s, calling(u"echo"_s));
        auto stream = makeStream(Protocol::Bedrock, tools, u"stop"_s);
        stream->start();
        QVERIFY(asked.wait(20000));
        stream->cancel();
        QCOMPARE(stream->status(), ChatStream::Status::Cancelled);
        QCOMPARE(settled.size(), 1);
        QVERIFY(tools.pendingApprovals().isEmpty());
        QCOMPARE(stream->text(), u"Let me use test__echo."_s); // what came is kept
    }
};

QTEST_GUILESS_MAIN(TestToolLoop)
#include "test_toolloop.moc"
