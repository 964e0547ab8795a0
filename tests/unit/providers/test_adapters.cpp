// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "providers/bedrockconverse.h"
#include "providers/protocoladapter.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
ProviderAccount account(const QString &preset, const QString &baseUrl = {})
{
    ProviderAccount a = *ProviderAccount::create(u"acct"_s, preset);
    if (!baseUrl.isEmpty()) {
        a.baseUrl = QUrl(baseUrl);
    }
    a.apiKey = u"sk-secret"_s;
    return a;
}

ChatRequest sampleRequest(const QString &model)
{
    ChatRequest r;
    r.model = model;
    r.system = u"Be terse."_s;
    r.messages = {{ChatMessage::Role::User, u"Hi"_s},
        {ChatMessage::Role::Assistant, u"Hello"_s},
        {ChatMessage::Role::User, u"Why?"_s}};
    r.temperature = 0.5;
    r.maxTokens = 256;
    return r;
}

struct Built {
    QNetworkRequest request;
    QJsonObject body;
};

Built build(const ProviderAccount &a, const ChatRequest &r)
{
    const auto adapter = ProtocolAdapter::create(a);
    QByteArray body;
    QNetworkRequest request = adapter->chatRequest(r, body);
    return {request, QJsonDocument::fromJson(body).object()};
}
} // namespace

class TestAdapters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAi()
    {
        const Built b = build(account(u"openai"_s), sampleRequest(u"gpt-4.1"_s));
        QCOMPARE(b.request.url(), QUrl(u"https://api.openai.com/v1/chat/completions"_s));
        QCOMPARE(b.request.rawHeader("Authorization"), "Bearer sk-secret"_ba);
        QCOMPARE(b.request.rawHeader("Accept"), "text/event-stream"_ba);
        QCOMPARE(b.body.value("model"_L1).toString(), u"gpt-4.1"_s);
        QCOMPARE(b.body.value("stream"_L1).toBool(), true);
        QCOMPARE(b.body.value("stream_options"_L1).toObject().value("include_usage"_L1).toBool(), true);
        QCOMPARE(b.body.value("max_completion_tokens"_L1).toInt(), 256);
        QVERIFY(!b.body.contains("max_tokens"_L1));
        QCOMPARE(b.body.value("temperature"_L1).toDouble(), 0.5);
        const QJsonArray messages = b.body.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0).toObject().value("role"_L1).toString(), u"system"_s);
        QCOMPARE(messages.at(2).toObject().value("role"_L1).toString(), u"assistant"_s);
        QCOMPARE(messages.at(3).toObject().value("content"_L1).toString(), u"Why?"_s);
        QCOMPARE(b.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
            int(QNetworkRequest::SameOriginRedirectPolicy));
    }

    void mistralGetsNoStreamOptions()
    {
        const Built b = build(account(u"mistral"_s), sampleRequest(u"mistral-small-latest"_s));
        QCOMPARE(b.request.url(), QUrl(u"https://api.mistral.ai/v1/chat/completions"_s));
        QVERIFY(!b.body.contains("stream_options"_L1));
        QCOMPARE(b.body.value("max_tokens"_L1).toInt(), 256);
        // Detected by host when added as a plain OpenAI-compatible endpoint.
        ProviderAccount generic = account(u"openai"_s, u"https://api.mistral.ai/v1/"_s);
        generic.preset.clear();
        QVERIFY(!build(generic, sampleRequest(u"m"_s)).body.contains("stream_options"_L1));
    }

    void openRouterAttribution()
    {
        const Built b = build(account(u"openrouter"_s), sampleRequest(u"openai/gpt-4o-mini"_s));
        QCOMPARE(b.request.url(), QUrl(u"https://openrouter.ai/api/v1/chat/completions"_s));
        QCOMPARE(b.request.rawHeader("X-Title"), "Quorum"_ba);
        QVERIFY(!b.request.rawHeader("HTTP-Referer").isEmpty());
        QCOMPARE(b.body.value("model"_L1).toString(), u"openai/gpt-4o-mini"_s);
    }

    void azureDeploymentUrl()
    {
        const Built b = build(account(u"azure"_s, u"https://res.openai.azure.com"_s), sampleRequest(u"my deploy"_s));
        QCOMPARE(b.request.url().toString(QUrl::FullyEncoded),
            u"https://res.openai.azure.com/openai/deployments/my%20deploy/chat/completions?api-version=2024-10-21"_s);
        QCOMPARE(b.request.rawHeader("api-key"), "sk-secret"_ba);
        QVERIFY(b.request.rawHeader("Authorization").isEmpty());
        QVERIFY(!b.body.contains("model"_L1));
    }

    void responsesApi()
    {
        ProviderAccount a = account(u"openai"_s);
        a.useResponsesApi = true;
        const Built b = build(a, sampleRequest(u"o4-mini"_s));
        QCOMPARE(b.request.url(), QUrl(u"https://api.openai.com/v1/responses"_s));
        QCOMPARE(b.body.value("instructions"_L1).toString(), u"Be terse."_s);
        QCOMPARE(b.body.value("max_output_tokens"_L1).toInt(), 256);
        QCOMPARE(b.body.value("input"_L1).toArray().size(), 3);
    }

    void anthropic()
    {
        ChatRequest r = sampleRequest(u"claude-sonnet-4-5"_s);
        r.maxTokens.reset();
        r.temperature = 1.7;
        const Built b = build(account(u"anthropic"_s), r);
        QCOMPARE(b.request.url(), QUrl(u"https://api.anthropic.com/v1/messages"_s));
        QCOMPARE(b.request.rawHeader("x-api-key"), "sk-secret"_ba);
        QCOMPARE(b.request.rawHeader("anthropic-version"), "2023-06-01"_ba);
        QCOMPARE(b.body.value("max_tokens"_L1).toInt(), 4096); // required by Anthropic
        QCOMPARE(b.body.value("system"_L1).toString(), u"Be terse."_s);
        QCOMPARE(b.body.value("temperature"_L1).toDouble(), 1.0); // Anthropic's range is 0-1
        QCOMPARE(b.body.value("messages"_L1).toArray().size(), 3);
    }

    void gemini()
    {
        const Built b = build(account(u"gemini"_s), sampleRequest(u"models/gemini-2.5-flash"_s));
        QCOMPARE(b.request.url().toString(QUrl::FullyEncoded),
            u"https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"_s);
        QCOMPARE(b.request.rawHeader("x-goog-api-key"), "sk-secret"_ba);
        QVERIFY(!b.request.url().toString().contains(u"sk-secret"_s));
        QCOMPARE(b.body.value("systemInstruction"_L1)
                     .toObject()
                     .value("parts"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("text"_L1)
                     .toString(),
            u"Be terse."_s);
        const QJsonArray contents = b.body.value("contents"_L1).toArray();
        QCOMPARE(contents.at(1).toObject().value("role"_L1).toString(), u"model"_s);
        QCOMPARE(b.body.value("generationConfig"_L1).toObject().value("maxOutputTokens"_L1).toInt(), 256);
    }

    void modelIdIsOnePathSegment()
    {
        const Built b = build(account(u"gemini"_s, u"http://127.0.0.1:9/"_s), sampleRequest(u"a/b:c+d"_s));
        QCOMPARE(b.request.url().toString(QUrl::FullyEncoded),
            u"http://127.0.0.1:9/v1beta/models/a%2Fb%3Ac%2Bd:streamGenerateContent?alt=sse"_s);
    }

    void ollama()
    {
        ProviderAccount a = ProviderAccount::builtInOllama();
        const Built b = build(a, sampleRequest(u"llama3.2"_s));
        QCOMPARE(b.request.url(), QUrl(u"http://127.0.0.1:11434/api/chat"_s));
        QVERIFY(b.request.rawHeader("Authorization").isEmpty());
        QCOMPARE(b.body.value("options"_L1).toObject().value("num_predict"_L1).toInt(), 256);
        QCOMPARE(b.body.value("messages"_L1).toArray().at(0).toObject().value("role"_L1).toString(), u"system"_s);
    }

    void extraHeadersAreSent()
    {
        ProviderAccount a = account(u"openai"_s);
        a.extraHeaders = {{"OpenAI-Project"_ba, "proj_1"_ba}};
        QCOMPARE(build(a, sampleRequest(u"m"_s)).request.rawHeader("OpenAI-Project"), "proj_1"_ba);
    }

    // Images and PDFs per protocol (docs/attachments.md), byte for byte: the user message's
    // content as each API documents it, the files before the text.
    void attachmentsPerProtocol_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("path");       //!< where the last user message is in the body
        QTest::addColumn<QByteArray>("message"); //!< that message, compact JSON
        const auto row = [](const char *name,
                             const QString &preset,
                             const QString &model,
                             const QString &path,
                             const QByteArray &message) { QTest::newRow(name) << preset << model << path << message; };
        row("openai",
            u"openai"_s,
            u"gpt-4.1"_s,
            u"messages"_s,
            R"({"content":[{"image_url":{"url":"data:image/png;base64,iVBORw=="},"type":"image_url"},)"
            R"({"file":{"file_data":"data:application/pdf;base64,JVBERi0=","filename":"a.pdf"},"type":"file"},)"
            R"({"text":"Compare them.","type":"text"}],"role":"user"})");
        row("mistral",
            u"mistral"_s,
            u"pixtral-large-latest"_s,
            u"messages"_s,
            R"({"content":[{"image_url":"data:image/png;base64,iVBORw==","type":"image_url"},)"
            R"({"file":{"file_data":"data:application/pdf;base64,JVBERi0=","filename":"a.pdf"},"type":"file"},)"
            R"({"text":"Compare them.","type":"text"}],"role":"user"})");
        row("responses",
            u"responses"_s,
            u"gpt-4.1"_s,
            u"input"_s,
            R"({"content":[{"image_url":"data:image/png;base64,iVBORw==","type":"input_image"},)"
            R"({"file_data":"data:application/pdf;base64,JVBERi0=","filename":"a.pdf","type":"input_file"},)"
            R"({"text":"Compare them.","type":"input_text"}],"role":"user"})");
        row("anthropic",
            u"anthropic"_s,
            u"claude-sonnet-4-5"_s,
            u"messages"_s,
            R"({"content":[{"source":{"data":"iVBORw==","media_type":"image/png","type":"base64"},"type":"image"},)"
            R"({"source":{"data":"JVBERi0=","media_type":"application/pdf","type":"base64"},"title":"a.pdf","type":"document"},)"
            R"({"text":"Compare them.","type":"text"}],"role":"user"})");
        row("gemini",
            u"gemini"_s,
            u"gemini-2.5-flash"_s,
            u"contents"_s,
            R"({"parts":[{"inline_data":{"data":"iVBORw==","mime_type":"image/png"}},)"
            R"({"inline_data":{"data":"JVBERi0=","mime_type":"application/pdf"}},)"
            R"({"text":"Compare them."}],"role":"user"})");
        row("ollama (no documents)",
            u"ollama"_s,
            u"llava"_s,
            u"messages"_s,
            R"({"content":"Compare them.","images":["iVBORw=="],"role":"user"})");
    }

    void attachmentsPerProtocol()
    {
        QFETCH(QString, preset);
        QFETCH(QString, model);
        QFETCH(QString, path);
        QFETCH(QByteArray, message);
        ChatRequest r;
        r.model = model;
        r.messages = {{ChatMessage::Role::User, u"Compare them."_s}};
        r.messages.first().parts = {
            {MessagePart::Kind::Image, u"image/png"_s, u"shot.png"_s, QByteArray::fromBase64("iVBORw==")},
            {MessagePart::Kind::Pdf, u"application/pdf"_s, u"a.pdf"_s, "%PDF-"_ba},
        };
        ProviderAccount a = preset == "ollama"_L1 ? ProviderAccount::builtInOllama()
            : preset == "responses"_L1            ? account(u"openai"_s)
                                                  : account(preset);
        a.useResponsesApi = preset == "responses"_L1;
        const Built b = build(a, r);
        const QJsonArray messages = b.body.value(path).toArray();
        QCOMPARE(QJsonDocument(messages.last().toObject()).toJson(QJsonDocument::Compact), message);
        // Without parts a message stays a plain string, as before.
        r.messages.first().parts.clear();
        const QJsonValue plain = build(a, r).body.value(path).toArray().last().toObject().value(
            path == "contents"_L1 ? "parts"_L1 : "content"_L1);
        QVERIFY(path == "contents"_L1 ? plain.toArray().size() == 1 : plain.isString());
    }

    //! Tools offered, an answer's calls echoed and their results sent back, per protocol
    //! (docs/tools.md); written from each API's reference.
    void toolsPerProtocol_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("path");        //!< the messages
        QTest::addColumn<QString>("toolsPath");   //!< the tools offered
        QTest::addColumn<QByteArray>("tools");    //!< compact JSON of the tools offered
        QTest::addColumn<QByteArray>("messages"); //!< compact JSON of the messages after the first
        // The arguments as a JSON string (moc misreads \" inside raw strings).
        const QByteArray oslo = "\"{\\\"city\\\":\\\"Oslo\\\"}\"";
        const QByteArray schema = R"({"properties":{"city":{"type":"string"}},"type":"object"})";
        const QByteArray openAiTools
            = R"([{"function":{"description":"Weather now.","name":"weather__now","parameters":)" + schema
            + R"(},"type":"function"}])";
        QTest::newRow("openai") << u"openai"_s << u"messages"_s << u"tools"_s << openAiTools
                                << R"([{"content":"Checking.","role":"assistant","tool_calls":[)"
                                   R"({"function":{"arguments":)"
                + oslo
                + R"(,"name":"weather__now"},"id":"call_1","type":"function"},)"
                  R"({"function":{"arguments":"not json","name":"weather__now"},"id":"quorum-call-2","type":"function"}]},)"
                  R"({"content":"4 °C","role":"tool","tool_call_id":"call_1"},)"
                  R"({"content":"arguments are not JSON","role":"tool","tool_call_id":"quorum-call-2"}])"_ba;
        QTest::newRow("responses") << u"responses"_s << u"input"_s << u"tools"_s
                                   << R"([{"description":"Weather now.","name":"weather__now","parameters":)" + schema
                + R"(,"type":"function"}])"
                                   << R"([{"content":"Checking.","role":"assistant"},)"
                                      R"({"arguments":)"
                + oslo
                + R"(,"call_id":"call_1","name":"weather__now","type":"function_call"},)"
                  R"({"arguments":"not json","call_id":"quorum-call-2","name":"weather__now","type":"function_call"},)"
                  R"({"call_id":"call_1","output":"4 °C","type":"function_call_output"},)"
                  R"({"call_id":"quorum-call-2","output":"arguments are not JSON","type":"function_call_output"}])"_ba;
        QTest::newRow("anthropic")
            << u"anthropic"_s << u"messages"_s << u"tools"_s
            << R"([{"description":"Weather now.","input_schema":)" + schema + R"(,"name":"weather__now"}])"
            << R"([{"content":[{"text":"Checking.","type":"text"},)"
               R"({"id":"call_1","input":{"city":"Oslo"},"name":"weather__now","type":"tool_use"},)"
               R"({"id":"quorum-call-2","input":{},"name":"weather__now","type":"tool_use"}],"role":"assistant"},)"
               R"({"content":[{"content":"4 °C","tool_use_id":"call_1","type":"tool_result"},)"
               R"({"content":"arguments are not JSON","is_error":true,"tool_use_id":"quorum-call-2","type":"tool_result"}],"role":"user"}])"_ba;
        QTest::newRow("gemini (signature echoed, Quorum's ids never sent)")
            << u"gemini"_s << u"contents"_s << u"tools"_s
            << R"([{"functionDeclarations":[{"description":"Weather now.","name":"weather__now","parametersJsonSchema":)"
                + schema + "}]}]"
            << R"([{"parts":[{"text":"Checking."},)"
               R"({"functionCall":{"args":{"city":"Oslo"},"id":"call_1","name":"weather__now"},"thoughtSignature":"SIG"},)"
               R"({"functionCall":{"args":{},"name":"weather__now"}}],"role":"model"},)"
               R"({"parts":[{"functionResponse":{"id":"call_1","name":"weather__now","response":{"result":"4 °C"}}},)"
               R"({"functionResponse":{"name":"weather__now","response":{"error":"arguments are not JSON"}}}],"role":"user"}])"_ba;
        QTest::newRow("ollama")
            << u"ollama"_s << u"messages"_s << u"tools"_s << openAiTools
            << R"([{"content":"Checking.","role":"assistant","tool_calls":[)"
               R"({"function":{"arguments":{"city":"Oslo"},"name":"weather__now"},"id":"call_1"},)"
               R"({"function":{"arguments":{},"name":"weather__now"}}]},)"
               R"({"content":"4 °C","role":"tool","tool_name":"weather__now"},)"
               R"({"content":"arguments are not JSON","role":"tool","tool_name":"weather__now"}])"_ba;
        QTest::newRow("bedrock")
            << u"bedrock"_s << u"messages"_s << u"toolConfig"_s
            << R"({"tools":[{"toolSpec":{"description":"Weather now.","inputSchema":{"json":)" + schema
                + R"(},"name":"weather__now"}}]})"
            << R"([{"content":[{"text":"Checking."},)"
               R"({"toolUse":{"input":{"city":"Oslo"},"name":"weather__now","toolUseId":"call_1"}},)"
               R"({"toolUse":{"input":{},"name":"weather__now","toolUseId":"quorum-call-2"}}],"role":"assistant"},)"
               R"({"content":[{"toolResult":{"content":[{"text":"4 °C"}],"status":"success","toolUseId":"call_1"}},)"
               R"({"toolResult":{"content":[{"text":"arguments are not JSON"}],"status":"error","toolUseId":"quorum-call-2"}}],"role":"user"}])"_ba;
    }

    void toolsPerProtocol()
    {
        QFETCH(QString, preset);
        QFETCH(QString, path);
        QFETCH(QString, toolsPath);
        QFETCH(QByteArray, tools);
        QFETCH(QByteArray, messages);
        ChatRequest r;
        r.model = u"m"_s;
        r.tools = {{u"weather__now"_s,
            u"Weather now."_s,
            QJsonObject {{"type"_L1, "object"_L1},
                {"properties"_L1, QJsonObject {{"city"_L1, QJsonObject {{"type"_L1, "string"_L1}}}}}}}};
        ChatMessage answer {ChatMessage::Role::Assistant, u"Checking."_s};
        answer.toolCalls = {{u"call_1"_s, u"weather__now"_s, u"{\"city\":\"Oslo\"}"_s, u"SIG"_s},
            {u"quorum-call-2"_s, u"weather__now"_s, u"not json"_s, {}}};
        ChatMessage results {ChatMessage::Role::Tool, {}};
        results.toolResults = {{u"call_1"_s, u"weather__now"_s, u"4 °C"_s, false},
            {u"quorum-call-2"_s, u"weather__now"_s, u"arguments are not JSON"_s, true}};
        r.messages = {{ChatMessage::Role::User, u"Weather?"_s}, answer, results};

        QJsonObject body;
        if (preset == "bedrock"_L1) {
            body = QJsonDocument::fromJson(BedrockConverse::body(r)).object();
        } else {
            ProviderAccount a = preset == "ollama"_L1 ? ProviderAccount::builtInOllama()
                : preset == "responses"_L1            ? account(u"openai"_s)
                                                      : account(preset);
            a.useResponsesApi = preset == "responses"_L1;
            body = build(a, r).body;
        }
        const QJsonValue offered = body.value(toolsPath);
        QCOMPARE(offered.isArray() ? QJsonDocument(offered.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(offered.toObject()).toJson(QJsonDocument::Compact),
            tools);
        QJsonArray afterFirst = body.value(path).toArray();
        afterFirst.removeFirst();
        QCOMPARE(QJsonDocument(afterFirst).toJson(QJsonDocument::Compact), messages);
        // Without tools, a request offers none (as before tools existed).
        r.tools.clear();
        r.messages = {{ChatMessage::Role::User, u"Weather?"_s}};
        const QJsonObject plain = preset == "bedrock"_L1
            ? QJsonDocument::fromJson(BedrockConverse::body(r)).object()
            : build(preset == "ollama"_L1 ? ProviderAccount::builtInOllama()
                                          : account(preset == "responses"_L1 ? u"openai"_s : preset),
                  r)
                  .body;
        QVERIFY(!plain.contains(toolsPath));
    }

    //! Anthropic's and Bedrock's signed thinking goes back first in the message with the calls;
    //! a block of another provider (a fallback chain's) is not sent.
    void signedThinkingGoesBackBeforeTheCalls()
    {
        const QJsonObject thinking {{"type"_L1, "thinking"_L1}, {"thinking"_L1, "t"_L1}, {"signature"_L1, "s"_L1}};
        const QJsonObject reasoning {{"reasoningContent"_L1,
            QJsonObject {{"reasoningText"_L1, QJsonObject {{"text"_L1, "t"_L1}, {"signature"_L1, "s"_L1}}}}}};
        ChatRequest r;
        r.model = u"claude-sonnet-4-5"_s;
        r.tools = {{u"a"_s, u"A."_s, QJsonObject {{"type"_L1, "object"_L1}}}};
        ChatMessage answer {ChatMessage::Role::Assistant, {}};
        answer.toolCalls = {{u"toolu_1"_s, u"a"_s, u"{}"_s, {}}};
        answer.echo = {thinking, reasoning};
        ChatMessage results {ChatMessage::Role::Tool, {}};
        results.toolResults = {{u"toolu_1"_s, u"a"_s, u"ok"_s, false}};
        r.messages = {{ChatMessage::Role::User, u"Go."_s}, answer, results};

        const QJsonArray anthropic = build(account(u"anthropic"_s), r)
                                         .body.value("messages"_L1)
                                         .toArray()
                                         .at(1)
                                         .toObject()
                                         .value("content"_L1)
                                         .toArray();
        QCOMPARE(anthropic.size(), 2);
        QCOMPARE(anthropic.at(0).toObject(), thinking);
        QCOMPARE(anthropic.at(1).toObject().value("type"_L1).toString(), u"tool_use"_s);

        const QJsonArray bedrock = QJsonDocument::fromJson(BedrockConverse::body(r))
                                       .object()
                                       .value("messages"_L1)
                                       .toArray()
                                       .at(1)
                                       .toObject()
                                       .value("content"_L1)
                                       .toArray();
        QCOMPARE(bedrock.size(), 2);
        QCOMPARE(bedrock.at(0).toObject(), reasoning);
        QVERIFY(bedrock.at(1).toObject().contains("toolUse"_L1));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::newRow("openai 401")
            << u"openai"_s << 401
            << "{\n    \"error\": {\n        \"message\": \"Incorrect API key provided: sk-ab***.\",\n        \"type\": \"invalid_request_error\",\n        \"param\": null,\n        \"code\": \"invalid_api_key\"\n    }\n}\n"_ba
            << u"auth"_s << u"Incorrect API key provided: sk-ab***."_s << qint64(-1);
        QTest::newRow("openai quota")
            << u"openai"_s << 429
            << R"({"error":{"message":"You exceeded your current quota.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}})"_ba
            << u"billing"_s << u"You exceeded your current quota."_s << qint64(-1);
        QTest::newRow("azure 404")
            << u"azure"_s << 404
            << R"({"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}})"_ba
            << u"not_found"_s << u"The API deployment for this resource does not exist."_s << qint64(-1);
        QTest::newRow("openrouter 402") << u"openrouter"_s << 402
                                        << R"({"error":{"code":402,"message":"Insufficient credits"}})"_ba
                                        << u"billing"_s << u"Insufficient credits"_s << qint64(-1);
        QTest::newRow("anthropic 529")
            << u"anthropic"_s << 529
            << R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_1"})"_ba
            << u"overloaded"_s << u"Overloaded"_s << qint64(-1);
        QTest::newRow("gemini bad key")
            << u"gemini"_s << 400
            << R"({"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}})"_ba
            << u"auth"_s << u"API key not valid. Please pass a valid API key."_s << qint64(-1);
        QTest::newRow("gemini 429 retry info")
            << u"gemini"_s << 429
            << R"([{"error":{"code":429,"message":"Quota.","status":"RESOURCE_EXHAUSTED","details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"26.5s"}]}}])"_ba
            << u"rate_limited"_s << u"Quota."_s << qint64(26500);
        QTest::newRow("ollama 404") << u"ollama"_s << 404 << R"({"error":"model 'x' not found"})"_ba << u"not_found"_s
                                    << u"model 'x' not found"_s << qint64(-1);
        QTest::newRow("mistral 401") << u"mistral"_s << 401 << R"({"detail":"Unauthorized"})"_ba << u"auth"_s
                                     << u"Unauthorized"_s << qint64(-1);
        QTest::newRow("mistral 422")
            << u"mistral"_s << 422
            << R"({"detail":[{"loc":["body","x"],"msg":"Extra inputs are not permitted","type":"extra_forbidden"}]})"_ba
            << u"bad_request"_s << u"Extra inputs are not permitted"_s << qint64(-1);
        QTest::newRow("html from a proxy")
            << u"openai"_s << 502 << "<html><body><h1>502 Bad Gateway</h1>\x01</body></html>"_ba << u"server"_s
            << u"<html><body><h1>502 Bad Gateway</h1></body></html>"_s << qint64(-1);
    }

    void errorBodies()
    {
        QFETCH(QString, preset);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QFETCH(qint64, retryAfterMs);
        const StreamError error = ProtocolAdapter::create(account(preset))->parseError(status, body);
        QCOMPARE(error.kindName(), kind);
        QCOMPARE(error.providerMessage, message);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.retryAfter ? error.retryAfter->count() : qint64(-1), retryAfterMs);
    }

    void modelLists()
    {
        const ModelPage openai
            = ProtocolAdapter::create(account(u"openai"_s))
                  ->parseModels(R"({"object":"list","data":[{"id":"gpt-4o","object":"model"},{"id":"o3"}]})"_ba);
        QCOMPARE(openai.models.size(), 2);
        QVERIFY(openai.nextPageToken.isEmpty());
        QCOMPARE(ProtocolAdapter::create(account(u"openai"_s))->modelsRequest({}).url(),
            QUrl(u"https://api.openai.com/v1/models"_s));

        const ModelPage mistral
            = ProtocolAdapter::create(account(u"mistral"_s))
                  ->parseModels(
                      R"({"data":[{"id":"mistral-small-latest","capabilities":{"completion_chat":true,"vision":true},"max_context_length":32768},{"id":"mistral-embed","capabilities":{"completion_chat":false}},{"id":"codestral-latest","capabilities":{"completion_chat":true,"vision":false}}]})"_ba);
        // What a model reads, where the list says: Mistral's capabilities.vision.
        QCOMPARE(mistral.models,
            (QList<ModelInfo> {{u"mistral-small-latest"_s, QString(), 32768, ModelCapabilities {true, false}},
                {u"codestral-latest"_s, QString(), 0, ModelCapabilities {false, false}}}));
        // OpenRouter's architecture.input_modalities; a list that says nothing leaves it to the table.
        const ModelPage openrouter = ProtocolAdapter::create(account(u"openai"_s))->parseModels(R"({"data":[
            {"id":"anthropic/claude-sonnet-4.5","architecture":{"input_modalities":["text","image","file"]}},
            {"id":"meta-llama/llama-3.3-70b-instruct","architecture":{"input_modalities":["text"]}},
            {"id":"openai/gpt-4o"}]})"_ba);
        QCOMPARE(openrouter.models.at(0).reads, (ModelCapabilities {true, true}));
        QCOMPARE(openrouter.models.at(1).reads, (ModelCapabilities {false, false}));
        QVERIFY(!openrouter.models.at(2).reads);

        const auto anthropicAdapter = ProtocolAdapter::create(account(u"anthropic"_s));
        const ModelPage anthropic = anthropicAdapter->parseModels(
            R"({"data":[{"type":"model","id":"claude-sonnet-4-5","display_name":"Claude Sonnet 4.5"}],"has_more":true,"last_id":"claude-sonnet-4-5"})"_ba);
        QCOMPARE(anthropic.models.first().displayName, u"Claude Sonnet 4.5"_s);
        QVERIFY(!anthropic.models.first().reads); // an older list: the table decides
        const ModelPage withCapabilities = anthropicAdapter->parseModels(
            R"({"data":[{"type":"model","id":"claude-x","capabilities":{"image_input":{"supported":true},"pdf_input":{"supported":false},"batch":{"supported":true}}}]})"_ba);
        QCOMPARE(withCapabilities.models.first().reads, (ModelCapabilities {true, false}));
        QCOMPARE(anthropic.nextPageToken, u"claude-sonnet-4-5"_s);
        QCOMPARE(anthropicAdapter->modelsRequest(anthropic.nextPageToken).url().query(),
            u"limit=100&after_id=claude-sonnet-4-5"_s);

        const ModelPage gemini
            = ProtocolAdapter::create(account(u"gemini"_s))
                  ->parseModels(
                      R"({"models":[{"name":"models/gemini-2.5-flash","displayName":"Gemini 2.5 Flash","inputTokenLimit":1048576,"supportedGenerationMethods":["generateContent","countTokens"]},{"name":"models/text-embedding-004","supportedGenerationMethods":["embedContent"]}],"nextPageToken":"p2"})"_ba);
        QCOMPARE(gemini.models, (QList<ModelInfo> {{u"gemini-2.5-flash"_s, u"Gemini 2.5 Flash"_s, 1048576, {}}}));
        QCOMPARE(gemini.nextPageToken, u"p2"_s);

        const ModelPage ollama
            = ProtocolAdapter::create(ProviderAccount::builtInOllama())
                  ->parseModels(R"({"models":[{"name":"llama3.2:latest","details":{"parameter_size":"3.2B"}}]})"_ba);
        QCOMPARE(ollama.models.first().id, u"llama3.2:latest"_s);
        QCOMPARE(ollama.models.first().displayName, u"llama3.2:latest (3.2B)"_s);

        const ModelPage broken = ProtocolAdapter::create(account(u"openai"_s))->parseModels("<html>"_ba);
        QVERIFY(broken.error);
        QCOMPARE(broken.error->kind, StreamError::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(TestAdapters)
#include "test_adapters.moc"
