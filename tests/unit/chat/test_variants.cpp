// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Parameters per target (#22): a variant's system prompt, sampling, reasoning and output
// schema reach every protocol in its own fields, on the wire (the fake provider server over
// the real network stack); what a model does not take is said before anything is sent; a
// variant is found by name, and the same model goes twice with two variants.
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include "appfixture.h"
#include "chat/dispatcher.h"
#include "enginesteps.h"
#include "export/textexport.h"
#include "fakeaccounts.h"
#include "fakeproviderserver.h"
#include "storage/conversationstore.h"
#include "storage/variantstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;
using Testing::answer;
using Testing::ask;
using Testing::sendAndWait;
using Testing::target;

Q_DECLARE_METATYPE(Quorum::GenerationParameters)

namespace
{
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

//! Where \a actual differs from \a expected, which it must contain (objects: every key of
//! \a expected, recursively; arrays: their first elements); empty when it contains it.
QString difference(const QJsonValue &actual, const QJsonValue &expected, const QString &path = u"$"_s)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            return path + u" is not an object"_s;
        }
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                return path + u'.' + it.key() + u" is missing"_s;
            }
            if (QString d = difference(a.value(it.key()), it.value(), path + u'.' + it.key()); !d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        if (a.size() < e.size()) {
            return path + u" has fewer elements than expected"_s;
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            if (QString d = difference(a.at(i), e.at(i), path + u'[' + QString::number(i) + u']'); !d.isEmpty()) {
                return d;
            }
        }
        return {};
    }
    if (actual != expected) {
        return path + u" is "_s + QString::fromUtf8(QJsonDocument(QJsonArray {actual}).toJson(QJsonDocument::Compact))
            + u", expected "_s + QString::fromUtf8(QJsonDocument(QJsonArray {expected}).toJson(QJsonDocument::Compact));
    }
    return {};
}

GenerationParameters parameters(const char *text)
{
    return GenerationParameters::fromJson(json(text)).value();
}
} // namespace

class TestVariants : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    QList<Fake::RecordedRequest> chatRequests() const { return m_server.chatRequests(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<TurnRecord>();
        qRegisterMetaType<SendFailure>();
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_server.clearRequests();
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
        for (const Protocol protocol : Testing::allProtocols()) {
            QVERIFY(
                m_app->addAccount(Testing::fakeAccount(m_server, protocol, u"p%1"_s.arg(static_cast<int>(protocol)))));
        }
    }

    // Docs: docs/providers.md §13. Every protocol, its own fields.
    void everyProtocolGetsTheParametersInItsOwnFields_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<QString>("model");
        QTest::addColumn<GenerationParameters>("asked");
        QTest::addColumn<QJsonObject>("sent");
        QTest::newRow("openai chat: sampling, system")
            << Protocol::OpenAiChat << u"gpt-4.1"_s
            << parameters(R"({"system":"Be terse.","temperature":0.3,"top_p":0.8,"max_tokens":300})")
            << json(R"({"temperature":0.3,"top_p":0.8,"max_completion_tokens":300,
                        "messages":[{"role":"system","content":"Be terse."}]})");
        QTest::newRow("openai chat: reasoning effort")
            << Protocol::OpenAiChat << u"o4-mini"_s << parameters(R"({"reasoning_effort":"high","max_tokens":900})")
            << json(R"({"reasoning_effort":"high","max_completion_tokens":900})");
        QTest::newRow("azure: effort") << Protocol::Azure << u"my-deployment"_s
                                       << parameters(R"({"reasoning_effort":"low"})")
                                       << json(R"({"reasoning_effort":"low"})");
        QTest::newRow("openrouter: budget") << Protocol::OpenRouter << u"anthropic/claude-sonnet-4.5"_s
                                            << parameters(R"({"reasoning_budget":3000,"top_p":0.9})")
                                            << json(R"({"reasoning":{"max_tokens":3000},"top_p":0.9})");
        QTest::newRow("openrouter: effort")
            << Protocol::OpenRouter << u"openai/o3"_s << parameters(R"({"reasoning_effort":"medium"})")
            << json(R"({"reasoning":{"effort":"medium"}})");
        QTest::newRow("mistral: sampling") << Protocol::Mistral << u"mistral-small-latest"_s
                                           << parameters(R"({"temperature":0.2,"top_p":0.5,"max_tokens":64})")
                                           << json(R"({"temperature":0.2,"top_p":0.5,"max_tokens":64})");
        QTest::newRow("responses: effort")
            << Protocol::OpenAiResponses << u"o4-mini"_s
            << parameters(R"({"system":"Think first.","reasoning_effort":"medium","max_tokens":700})")
            << json(R"({"reasoning":{"effort":"medium"},"max_output_tokens":700,"instructions":"Think first."})");
        QTest::newRow("anthropic: effort as a budget")
            << Protocol::Anthropic << u"claude-sonnet-4-5"_s
            << parameters(R"({"system":"Be kind.","reasoning_effort":"medium","top_p":0.97})")
            << json(R"({"thinking":{"type":"enabled","budget_tokens":8192},"max_tokens":12288,"top_p":0.97,
                        "system":"Be kind."})");
        QTest::newRow("anthropic: budget under a limit")
            << Protocol::Anthropic << u"claude-opus-4-1"_s
            << parameters(R"({"reasoning_budget":2000,"max_tokens":6000})")
            << json(R"({"thinking":{"type":"enabled","budget_tokens":2000},"max_tokens":6000})");
        QTest::newRow("gemini 2.5: budget")
            << Protocol::Gemini << u"gemini-2.5-flash"_s
            << parameters(R"({"reasoning_budget":1500,"top_p":0.5,"temperature":0.7})")
            << json(R"({"generationConfig":{"thinkingConfig":{"thinkingBudget":1500},"topP":0.5,"temperature":0.7}})");
        QTest::newRow("gemini 2.5: no thinking")
            << Protocol::Gemini << u"gemini-2.5-flash"_s << parameters(R"({"reasoning_effort":"none"})")
            << json(R"({"generationConfig":{"thinkingConfig":{"thinkingBudget":0}}})");
        QTest::newRow("gemini 3: level") << Protocol::Gemini << u"gemini-3-pro-preview"_s
                                         << parameters(R"({"reasoning_effort":"low","system":"Short."})")
                                         << json(R"({"generationConfig":{"thinkingConfig":{"thinkingLevel":"low"}},
                                                     "systemInstruction":{"parts":[{"text":"Short."}]}})");
        QTest::newRow("ollama: gpt-oss level")
            << Protocol::Ollama << u"gpt-oss:20b"_s << parameters(R"({"reasoning_effort":"high","top_p":0.9})")
            << json(R"({"think":"high","options":{"top_p":0.9}})");
        QTest::newRow("ollama: thinking off")
            << Protocol::Ollama << u"qwen3:8b"_s << parameters(R"({"reasoning_effort":"none","max_tokens":50})")
            << json(R"({"think":false,"options":{"num_predict":50}})");
        QTest::newRow("bedrock: claude budget")
            << Protocol::Bedrock << u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s
            << parameters(R"({"reasoning_budget":2048,"max_tokens":5000,"system":"Cite."})")
            << json(R"({"inferenceConfig":{"maxTokens":5000},
                        "additionalModelRequestFields":{"thinking":{"type":"enabled","budget_tokens":2048}},
                        "system":[{"text":"Cite."}]})");
        QTest::newRow("bedrock: gpt-oss effort")
            << Protocol::Bedrock << u"openai.gpt-oss-120b-1:0"_s
            << parameters(R"({"reasoning_effort":"low","top_p":0.7})")
            << json(R"({"inferenceConfig":{"topP":0.7},"additionalModelRequestFields":{"reasoning_effort":"low"}})");
        QTest::newRow("bedrock: nova 2 effort")
            << Protocol::Bedrock << u"amazon.nova-2-lite-v1:0"_s << parameters(R"({"reasoning_effort":"medium"})")
            << json(
                   R"({"additionalModelRequestFields":{"reasoningConfig":{"type":"enabled","maxReasoningEffort":"medium"}}})");
    }

    void everyProtocolGetsTheParametersInItsOwnFields()
    {
        QFETCH(Protocol, protocol);
        QFETCH(QString, model);
        QFETCH(GenerationParameters, asked);
        QFETCH(QJsonObject, sent);
        m_server.enqueueFor(model, answer({u"Fine."_s}));
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        ChatTarget t = target(u"p%1/%2"_s.arg(static_cast<int>(protocol)).arg(model));
        t.parameters = asked;
        QVERIFY2(engine.targetProblems({t}).isEmpty(), qPrintable(engine.targetProblems({t}).join(u'\n')));
        const TurnRecord turn = sendAndWait(engine, ask(u"Go"_s, {t}));
        QCOMPARE(turn.responses.size(), 1);
        const QList<Fake::RecordedRequest> requests = m_server.requestsFor(model);
        QCOMPARE(requests.size(), 1);
        const QString d = difference(requests.constFirst().json, sent);
        QVERIFY2(d.isEmpty(), qPrintable(d + u"\nsent: "_s + QString::fromUtf8(requests.constFirst().body)));
        // What the answer was asked with is stored with it, and asked again the same way.
        const auto stored = ConversationStore(*m_app->database()).turns(engine.session().conversationId());
        QCOMPARE(stored->constLast().responses.at(0).parameters.generation, asked);
        QCOMPARE(ChatTarget::fromResponse(stored->constLast().responses.at(0)).parameters, asked);
    }

    // Said before anything is sent, naming the target: the engine fails the send whole.
    void whatAModelDoesNotTakeIsSaidBeforeSending_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<GenerationParameters>("asked");
        QTest::addColumn<QString>("said");
        const auto p = [](Protocol protocol, const QString &model) {
            return u"p%1/%2"_s.arg(static_cast<int>(protocol)).arg(model);
        };
        QTest::newRow("reasoning model, temperature")
            << p(Protocol::OpenAiChat, u"o3"_s) << parameters(R"({"temperature":0.2})") << u"takes no temperature"_s;
        QTest::newRow("not a reasoning model")
            << p(Protocol::OpenAiChat, u"gpt-4.1-mini"_s) << parameters(R"({"reasoning_effort":"high"})")
            << u"is not a reasoning model"_s;
        QTest::newRow("openai, budget") << p(Protocol::OpenAiResponses, u"o4-mini"_s)
                                        << parameters(R"({"reasoning_budget":4000})") << u"not a budget"_s;
        QTest::newRow("o-series, minimal")
            << p(Protocol::OpenAiChat, u"o3-mini"_s) << parameters(R"({"reasoning_effort":"minimal"})")
            << u"low, medium or high"_s;
        QTest::newRow("claude, small budget") << p(Protocol::Anthropic, u"claude-sonnet-4-5"_s)
                                              << parameters(R"({"reasoning_budget":500})") << u"1024 tokens"_s;
        QTest::newRow("claude, thinking and temperature")
            << p(Protocol::Anthropic, u"claude-sonnet-4-5"_s)
            << parameters(R"({"reasoning_effort":"low","temperature":0.5})") << u"no temperature with extended"_s;
        QTest::newRow("claude, limit under the budget")
            << p(Protocol::Anthropic, u"claude-sonnet-4-5"_s)
            << parameters(R"({"reasoning_budget":4096,"max_tokens":4000})") << u"must be more than the thinking"_s;
        QTest::newRow("old claude") << p(Protocol::Anthropic, u"claude-3-5-haiku-latest"_s)
                                    << parameters(R"({"reasoning_effort":"high"})") << u"cannot think"_s;
        QTest::newRow("gemini 2.0") << p(Protocol::Gemini, u"gemini-2.0-flash"_s)
                                    << parameters(R"({"reasoning_effort":"high"})") << u"does not think"_s;
        QTest::newRow("gemini 2.5 pro, off")
            << p(Protocol::Gemini, u"gemini-2.5-pro"_s) << parameters(R"({"reasoning_effort":"none"})")
            << u"cannot turn thinking off"_s;
        QTest::newRow("ollama, budget") << p(Protocol::Ollama, u"qwen3:8b"_s)
                                        << parameters(R"({"reasoning_budget":1000})") << u"no budget"_s;
        QTest::newRow("mistral, effort") << p(Protocol::Mistral, u"magistral-medium-latest"_s)
                                         << parameters(R"({"reasoning_effort":"high"})") << u"Mistral's API"_s;
        QTest::newRow("bedrock, unknown family")
            << p(Protocol::Bedrock, u"meta.llama3-70b-instruct-v1:0"_s) << parameters(R"({"reasoning_effort":"high"})")
            << u"knows of no reasoning setting"_s;
        QTest::newRow("out of range") << p(Protocol::OpenAiChat, u"gpt-4.1"_s)
                                      << parameters(R"({"temperature":3,"top_p":0})") << u"from 0 to 2"_s;
        QTest::newRow("effort and budget")
            << p(Protocol::Anthropic, u"claude-sonnet-4-5"_s)
            << parameters(R"({"reasoning_effort":"low","reasoning_budget":3000})") << u"not both"_s;
        QTest::newRow("not a schema") << p(Protocol::OpenAiChat, u"gpt-4.1"_s)
                                      << parameters(R"({"output_schema":{"properties":{}}})")
                                      << u"is not a JSON Schema"_s;
    }

    void whatAModelDoesNotTakeIsSaidBeforeSending()
    {
        QFETCH(QString, label);
        QFETCH(GenerationParameters, asked);
        QFETCH(QString, said);
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        ChatTarget t = target(label);
        t.parameters = asked;
        QSignalSpy failed(&engine, &Dispatcher::failed);
        engine.send(ask(u"Go"_s, {t, target(u"p0/gpt-4.1"_s)}));
        QCOMPARE(failed.size(), 1);
        const auto failure = failed.first().first().value<SendFailure>();
        QCOMPARE(failure.kind, SendFailure::Kind::Unsupported);
        QVERIFY2(failure.message.contains(said), qPrintable(failure.message));
        QVERIFY2(failure.message.contains(label), qPrintable(failure.message)); // names the target
        QTest::qWait(50);
        QVERIFY(chatRequests().isEmpty());              // not even to the other target
        QCOMPARE(engine.session().conversationId(), 0); // nothing stored
    }

    void aVariantIsFoundByNameAndTheSameModelGoesTwice()
    {
        VariantStore variants(*m_app->database());
        QVERIFY(variants.save({u"terse"_s, parameters(R"({"system":"Be terse.","temperature":0.1})"), 1, 0}));
        QVERIFY(variants.save({u"warm"_s, parameters(R"({"temperature":1.2})"), 1, 0}));
        m_server.enqueueFor(u"m"_s, answer({u"Short."_s}));
        m_server.enqueueFor(u"m"_s, answer({u"A long and warm answer."_s}));
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        engine.session().setSystemPrompt(u"The conversation's own."_s);
        ChatTarget warmer = target(u"p0/m#warm"_s);
        warmer.parameters.maxTokens = 99; // the target's own parameter goes over the variant's
        const TurnRecord turn = sendAndWait(engine, ask(u"Describe tea"_s, {target(u"p0/m#terse"_s), warmer}));
        QCOMPARE(turn.responses.size(), 2);
        const QList<Fake::RecordedRequest> sent = m_server.requestsFor(u"m"_s);
        QCOMPARE(sent.size(), 2);
        QHash<double, QJsonObject> byTemperature;
        for (const Fake::RecordedRequest &r : sent) {
            byTemperature.insert(r.json.value("temperature"_L1).toDouble(), r.json);
        }
        const QJsonObject terse = byTemperature.value(0.1);
        const QJsonObject warm = byTemperature.value(1.2);
        QCOMPARE(terse.value("messages"_L1).toArray().at(0).toObject().value("content"_L1).toString(), u"Be terse."_s);
        QCOMPARE(warm.value("messages"_L1).toArray().at(0).toObject().value("content"_L1).toString(),
            u"The conversation's own."_s);
        QCOMPARE(warm.value("max_completion_tokens"_L1).toInt(), 99);
        QVERIFY(!terse.contains("max_completion_tokens"_L1));
        // Stored with their names; each continues its own thread in a follow-up.
        const auto stored = ConversationStore(*m_app->database()).turns(engine.session().conversationId());
        QStringList names;
        for (const ResponseRecord &r : stored->at(0).responses) {
            names << r.parameters.variant.value_or(QString());
        }
        QCOMPARE(names, (QStringList {u"terse"_s, u"warm"_s}));
        // An export tells the two answers of one model apart too.
        const QString markdown = TextExport::markdownTurn(stored->at(0));
        QVERIFY2(markdown.contains(u"### m #terse · p0"_s) && markdown.contains(u"### m #warm · p0"_s),
            qPrintable(markdown));
        const ResponseRecord &terseAnswer = stored->at(0).responses.at(0);
        m_server.clearRequests();
        m_server.enqueueFor(u"m"_s, answer({u"1"_s}));
        m_server.enqueueFor(u"m"_s, answer({u"2"_s}));
        sendAndWait(engine, ask(u"More"_s, {target(u"p0/m#terse"_s), target(u"p0/m#warm"_s)}));
        for (const Fake::RecordedRequest &r : m_server.requestsFor(u"m"_s)) {
            const bool isTerse = r.json.value("temperature"_L1).toDouble() == 0.1;
            const QJsonArray messages = r.json.value("messages"_L1).toArray();
            QCOMPARE(messages.at(2).toObject().value("content"_L1).toString(),
                isTerse ? terseAnswer.text : stored->at(0).responses.at(1).text);
        }
        // A variant that does not exist is said, and nothing goes.
        QSignalSpy failed(&engine, &Dispatcher::failed);
        m_server.clearRequests();
        engine.send(ask(u"Again"_s, {target(u"p0/m#nope"_s)}));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().value<SendFailure>().message.contains(u"no variant named 'nope'"_s),
            qPrintable(failed.first().first().value<SendFailure>().message));
        QVERIFY(chatRequests().isEmpty());
    }

    // A schema goes natively where the provider holds the answer to it, else into the prompt.
    void aSchemaGoesNativelyOrIntoThePrompt()
    {
        const GenerationParameters asked = parameters(R"({"output_schema":{"type":"object",
            "properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}})");
        m_server.enqueueFor(u"m"_s, answer({u"{\"city\":\"Paris\"}"_s}));
        m_server.enqueueFor(u"claude-sonnet-4-5"_s, answer({u"{\"city\":\"Paris\"}"_s}));
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        ChatTarget openai = target(u"p0/m"_s);
        ChatTarget claude = target(u"p5/claude-sonnet-4-5"_s);
        openai.parameters = claude.parameters = asked;
        sendAndWait(engine, ask(u"Capital of France?"_s, {openai, claude}));
        const QJsonObject native = m_server.requestsFor(u"m"_s).constFirst().json;
        QCOMPARE(native.value("response_format"_L1).toObject().value("json_schema"_L1).toObject().value("schema"_L1),
            QJsonValue(*asked.outputSchema));
        QCOMPARE(native.value("messages"_L1).toArray().size(), 1); // no system prompt added
        const QString system
            = m_server.requestsFor(u"claude-sonnet-4-5"_s).constFirst().json.value("system"_L1).toString();
        QVERIFY2(system.contains(u"follows this JSON Schema"_s) && system.contains(u"\"city\""_s), qPrintable(system));
    }

    // The thinking budget is paid as output: the estimate counts it.
    void theEstimateCountsTheThinkingBudget()
    {
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        ChatTarget plain = target(u"p5/claude-sonnet-4-5"_s);
        ChatTarget thinking = plain;
        thinking.parameters = parameters(R"({"reasoning_effort":"high"})");
        QCOMPARE(engine.session().estimate(u"Hi"_s, plain).reasoningTokens, 0);
        QCOMPARE(engine.session().estimate(u"Hi"_s, thinking).reasoningTokens, 24576);
        thinking.parameters = parameters(R"({"reasoning_budget":5000})");
        const auto withBudget = engine.session().estimate(u"Hi"_s, thinking);
        QCOMPARE(withBudget.reasoningTokens, 5000);
        const auto without = engine.session().estimate(u"Hi"_s, plain);
        if (without.costNanos && withBudget.costNanos) { // a priced model: the budget costs
            QVERIFY(*withBudget.costNanos > *without.costNanos);
        }
    }

    // A follow-up sends the earlier prompt's files again (#24): its estimate counts them.
    void theEstimateCountsEarlierFilesSentAgain()
    {
        Attachment notes;
        notes.name = u"notes.txt"_s;
        notes.mimeType = u"text/plain"_s;
        notes.kind = AttachmentKind::Text;
        notes.text = QString(8000, u'n');
        notes.data = notes.text.toUtf8();
        notes.sha256 = QString::fromLatin1(QCryptographicHash::hash(notes.data, QCryptographicHash::Sha256).toHex());
        Dispatcher engine(m_app->services(), Dispatcher::Governance::Ask);
        const ChatTarget t = target(u"p0/m"_s);
        const qint64 withFile = engine.session().estimate(u"Summarise"_s, t, {notes}).inputTokens;
        QVERIFY2(withFile >= 2000, qPrintable(QString::number(withFile))); // 8,000 characters
        m_server.enqueueFor(u"m"_s, answer({u"Read."_s}));
        SendRequest first = ask(u"Summarise"_s, {t});
        first.attachments = {notes};
        sendAndWait(engine, first);
        m_server.clearRequests();
        // The window prepares them for the follow-up as it does new files (PreparedMedia).
        const QList<Attachment> earlier = engine.session().branchAttachments();
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.first().data, notes.data);
        const qint64 followUp = engine.session().estimate(u"And then?"_s, t).inputTokens;
        QVERIFY2(followUp > withFile, qPrintable(u"%1 after, %2 with the file"_s.arg(followUp).arg(withFile)));
        // What the estimate counts is what goes: the follow-up carries the file's text again.
        m_server.enqueueFor(u"m"_s, answer({u"Then."_s}));
        sendAndWait(engine, ask(u"And then?"_s, {t}));
        const QByteArray wire = QJsonDocument(chatRequests().constFirst().json).toJson();
        QVERIFY(wire.contains(QByteArray(8000, 'n')));
    }

    void labelsNameTheVariant()
    {
        const auto t = ChatTarget::parse(u"openrouter/openai/gpt-4o#terse"_s);
        QVERIFY(t);
        QCOMPARE(t->accountId, u"openrouter"_s);
        QCOMPARE(t->model, u"openai/gpt-4o"_s);
        QCOMPARE(t->variant, u"terse"_s);
        QCOMPARE(t->label(), u"openrouter/openai/gpt-4o#terse"_s);
        QCOMPARE(t->modelLabel(), u"openrouter/openai/gpt-4o"_s);
        QVERIFY(!ChatTarget::parse(u"a/m#"_s));
        QVERIFY(!ChatTarget::parse(u"a/#v"_s));
        QVERIFY(VariantStore::nameProblem(u"low-effort_2"_s).isEmpty());
        QVERIFY(!VariantStore::nameProblem(u"two words"_s).isEmpty());
        QVERIFY(!VariantStore::nameProblem(u"#x"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVariants)
#include "test_variants.moc"
