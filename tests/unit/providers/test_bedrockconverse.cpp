// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The pieces of a Bedrock Converse call: the body, the model id as one encoded path segment
// (ids, inference profiles, ARNs of prompt routers), the request signed exactly as botocore
// signs it (the Bedrock vector of docs/providers.md §11) or carrying a Bedrock API key, and HTTP
// errors read from x-amzn-ErrorType.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "providers/bedrockadapter.h"
#include "providers/bedrockconverse.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestBedrockConverse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodyAndPath()
    {
        ChatRequest request;
        request.model = u"anthropic.claude-3-haiku-20240307-v1:0"_s;
        request.system = u"You are terse."_s;
        request.messages = {{ChatMessage::Role::User, u"Hello"_s},
            {ChatMessage::Role::Assistant, u"Hi."_s},
            {ChatMessage::Role::User, u"Grüße?"_s}};
        request.maxTokens = 512;
        request.temperature = 0.5;
        QCOMPARE(BedrockConverse::body(request),
            "{\"inferenceConfig\":{\"maxTokens\":512,\"temperature\":0.5},"
            "\"messages\":[{\"content\":[{\"text\":\"Hello\"}],\"role\":\"user\"},"
            "{\"content\":[{\"text\":\"Hi.\"}],\"role\":\"assistant\"},"
            "{\"content\":[{\"text\":\"Grüße?\"}],\"role\":\"user\"}],"
            "\"system\":[{\"text\":\"You are terse.\"}]}"_ba);
        QCOMPARE(BedrockConverse::path(request.model, true),
            "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse-stream"_ba);
        QCOMPARE(BedrockConverse::path(
                     u"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1"_s, false),
            "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Adefault-prompt-router%2Fanthropic.claude%3A1/converse"_ba);
        QCOMPARE(
            BedrockConverse::runtimeUrl(u"eu-west-1"_s), QUrl(u"https://bedrock-runtime.eu-west-1.amazonaws.com"_s));
    }

    // Converse's image and document blocks (docs/attachments.md): format from the MIME type,
    // bytes in base64, a document's name cleaned to what Converse accepts, the text after.
    void imagesAndDocuments()
    {
        ChatRequest request;
        request.model = u"anthropic.claude-3-5-sonnet-20240620-v1:0"_s;
        request.messages = {{ChatMessage::Role::User, u"Compare them."_s}};
        request.messages.first().parts = {
            {MessagePart::Kind::Image, u"image/jpeg"_s, u"a.jpg"_s, "\xff\xd8\xff"_ba},
            {MessagePart::Kind::Pdf, u"application/pdf"_s, u"Q3 report (final)_v2.pdf"_s, "%PDF-"_ba},
        };
        QCOMPARE(BedrockConverse::body(request),
            R"({"messages":[{"content":[{"image":{"format":"jpeg","source":{"bytes":"/9j/"}}},)"
            R"({"document":{"format":"pdf","name":"Q3 report (final) v2 pdf","source":{"bytes":"JVBERi0="}}},)"
            R"({"text":"Compare them."}],"role":"user"}]})"_ba);
        QCOMPARE(BedrockConverse::documentName(u"  ../../etc/passwd  "_s), u"etc passwd"_s);
        QCOMPARE(BedrockConverse::documentName(u"***"_s), u"document"_s);
    }

    void signedAsBotocoreSigns()
    {
        AwsIdentity identity;
        identity.credentials = {u"AKIDEXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s, {}};
        identity.region = u"us-east-1"_s;
        const QByteArray body = "{\"messages\": [{\"role\": \"user\", \"content\": [{\"text\": \"Hello\"}]}], "
                                "\"inferenceConfig\": {\"maxTokens\": 256}}";
        const QNetworkRequest r = BedrockConverse::request(BedrockConverse::runtimeUrl(u"us-east-1"_s),
            u"anthropic.claude-3-haiku-20240307-v1:0"_s,
            false,
            body,
            identity,
            QDateTime::fromString(u"2015-08-30T12:36:00Z"_s, Qt::ISODate));
        // The URL as sent keeps %3A: what was signed is what goes on the wire.
        QCOMPARE(r.url().toEncoded(),
            "https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse"_ba);
        QCOMPARE(r.rawHeader("X-Amz-Date"), "20150830T123600Z"_ba);
        QCOMPARE(r.rawHeader("Authorization"),
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/bedrock/aws4_request, "
            "SignedHeaders=content-type;host;x-amz-date, "
            "Signature=9f5d317fd13b8b9d70ea75e084d318b8bad2fb0599472cdeaab8e81ce84f9d31"_ba);

        // A fake server on 127.0.0.1: the port is in the signed Host.
        const QNetworkRequest local = BedrockConverse::request(
            QUrl(u"http://127.0.0.1:8090/bedrock"_s), u"m"_s, true, body, identity, QDateTime::currentDateTimeUtc());
        QCOMPARE(local.url().toEncoded(), "http://127.0.0.1:8090/bedrock/model/m/converse-stream"_ba);
        QVERIFY(local.rawHeader("Authorization").contains("SignedHeaders=content-type;host;x-amz-date"));

        AwsIdentity bearer;
        bearer.bearerToken = u"ABSKexample"_s;
        bearer.region = u"us-east-1"_s;
        const QNetworkRequest withKey
            = BedrockConverse::request(BedrockConverse::runtimeUrl(u"us-east-1"_s), u"m"_s, true, body, bearer);
        QCOMPARE(withKey.rawHeader("Authorization"), "Bearer ABSKexample"_ba);
        QVERIFY(!withKey.hasRawHeader("X-Amz-Date"));
    }

    void errorsFromTheHeaderOrTheBody()
    {
        StreamError e = BedrockConverse::parseError(429,
            "ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/",
            "{\"message\":\"Too many requests, please wait before trying again.\"}");
        QCOMPARE(e.kind, StreamError::Kind::RateLimited);
        QCOMPARE(e.providerCode, u"ThrottlingException"_s);
        QCOMPARE(e.providerMessage, u"Too many requests, please wait before trying again."_s);
        e = BedrockConverse::parseError(403,
            {},
            "{\"__type\":\"com.amazon.coral.service#AccessDeniedException\","
            "\"Message\":\"You don't have access to the model with the specified model ID.\"}");
        QCOMPARE(e.kind, StreamError::Kind::Auth);
        QCOMPARE(e.providerCode, u"AccessDeniedException"_s);
        e = BedrockConverse::parseError(
            400, "ValidationException:x", "{\"message\":\"The provided model identifier is invalid.\"}");
        QCOMPARE(e.kind, StreamError::Kind::BadRequest);
        e = BedrockConverse::parseError(424, "ModelErrorException:x", "{}");
        QCOMPARE(e.kind, StreamError::Kind::Server);

        // Access denied is no bad key: the message says what to do.
        e = BedrockConverse::parseError(403,
            "AccessDeniedException:x",
            "{\"message\":\"You don't have access to the model with the specified model ID.\"}");
        e.describe(u"aws"_s, u"amazon.nova-pro-v1:0"_s);
        QCOMPARE(e.message,
            u"AWS denied aws access to amazon.nova-pro-v1:0: enable the model under Bedrock's “Model access”, or "
            "allow it in the IAM policy of the credentials. (HTTP 403) You don't have access to the model with the "
            "specified model ID."_s);
        e = BedrockConverse::parseError(
            403, "ExpiredTokenException:x", "{\"message\":\"The security token included in the request is expired\"}");
        e.describe(u"aws"_s, u"m"_s);
        QVERIFY2(e.message.startsWith(u"The AWS session token of aws has expired"_s), qPrintable(e.message));
        QCOMPARE(e.kind, StreamError::Kind::Auth);
    }

    void endpointsAndShortModelIds()
    {
        QCOMPARE(BedrockConverse::controlUrl(u"cn-north-1"_s), QUrl(u"https://bedrock.cn-north-1.amazonaws.com.cn"_s));
        QCOMPARE(
            BedrockConverse::modelIdFromArn(
                u"arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-haiku-20240307-v1:0"_s),
            u"us.anthropic.claude-3-haiku-20240307-v1:0"_s);
        QCOMPARE(BedrockConverse::modelIdFromArn(u"arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0"_s),
            u"amazon.nova-pro-v1:0"_s);
        QCOMPARE(BedrockConverse::modelIdFromArn(u"amazon.nova-pro-v1:0"_s), u"amazon.nova-pro-v1:0"_s);
    }

    void accountsAndWhoSigns()
    {
        ProviderAccount account = ProviderAccount::bedrock(u"aws"_s, u"eu-west-1"_s);
        QCOMPARE(account.baseUrl, QUrl(u"https://bedrock-runtime.eu-west-1.amazonaws.com"_s));
        QVERIFY(!account.needsKey());
        QVERIFY(account.validate().isEmpty());
        const auto back = ProviderAccount::fromJson(account.toJson());
        QCOMPARE(back->kind, ProviderKind::Bedrock);
        QCOMPARE(back->region, u"eu-west-1"_s);
        account.region = u"Europe"_s;
        QVERIFY(account.validate().contains(u"not an AWS region"_s));
        account.region.clear();
        QVERIFY(account.validate().contains(u"needs an AWS region"_s));
        account.region = u"us-gov-west-1"_s;
        QVERIFY(account.validate().isEmpty());

        // The stored key: an access key pair (with a session token or not), else a Bedrock API key.
        const auto pair = BedrockAdapter::accessKeyFromSecret(u"AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG+bPxRfiCY"_s);
        QVERIFY(pair);
        QCOMPARE(pair->accessKeyId, u"AKIAIOSFODNN7EXAMPLE"_s);
        QCOMPARE(pair->secretAccessKey, u"wJalrXUtnFEMI/K7MDENG+bPxRfiCY"_s);
        QVERIFY(pair->sessionToken.isEmpty());
        QCOMPARE(BedrockAdapter::accessKeyFromSecret(u"ASIAIOSFODNN7EXAMPLE:s3cr3t:IQoJb3JpZ2lu+/=="_s)->sessionToken,
            u"IQoJb3JpZ2lu+/=="_s);
        QVERIFY(!BedrockAdapter::accessKeyFromSecret(u"ABSKQmVkcm9ja0FQSUtleS1mYWtl"_s));
        QVERIFY(!BedrockAdapter::accessKeyFromSecret(u"bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t"_s));

        account.apiKey = u"ABSKQmVkcm9ja0FQSUtleS1mYWtl"_s;
        QCOMPARE(BedrockAdapter(account, {}).identity()->bearerToken, account.apiKey);
        account.apiKey.clear();
        QProcessEnvironment environment;
        environment.insert(u"HOME"_s, u"/nonexistent"_s);
        QVERIFY(!BedrockAdapter(account, environment).identity());
        const auto problem = BedrockAdapter(account, environment).accountProblem();
        QCOMPARE(problem->kind, StreamError::Kind::Config);
        QVERIFY2(problem->providerMessage.startsWith(u"No AWS credentials for aws: none found: set"_s),
            qPrintable(problem->providerMessage));
        environment.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIAIOSFODNN7EXAMPLE"_s);
        environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"secret"_s);
        environment.insert(u"AWS_REGION"_s, u"ap-south-1"_s);
        const auto identity = BedrockAdapter(account, environment).identity();
        QCOMPARE(identity->credentials.accessKeyId, u"AKIAIOSFODNN7EXAMPLE"_s);
        QCOMPARE(identity->region, u"us-gov-west-1"_s); // the account's region signs, not AWS_REGION
    }

    void modelListInThreeParts()
    {
        ProviderAccount account = ProviderAccount::bedrock(u"aws"_s, u"us-east-1"_s);
        account.apiKey = u"AKIAIOSFODNN7EXAMPLE:secret"_s;
        const BedrockAdapter adapter(account);
        QCOMPARE(adapter.modelsRequest({}).url().toString(),
            u"https://bedrock.us-east-1.amazonaws.com/foundation-models?byOutputModality=TEXT&byInferenceType=ON_DEMAND"_s);
        QVERIFY(adapter.modelsRequest({}).rawHeader("Authorization").startsWith("AWS4-HMAC-SHA256"));
        QVERIFY(!adapter.modelsRequest({}).header(QNetworkRequest::ContentTypeHeader).isValid());

        ModelPage page = adapter.parseModels(
            R"({"modelSummaries":[
              {"modelId":"amazon.nova-pro-v1:0","modelName":"Nova Pro","providerName":"Amazon","outputModalities":["TEXT"],
               "inferenceTypesSupported":["ON_DEMAND","INFERENCE_PROFILE"],"responseStreamingSupported":true,
               "modelLifecycle":{"status":"ACTIVE"}},
              {"modelId":"anthropic.claude-3-haiku-20240307-v1:0","modelName":"Claude 3 Haiku","providerName":"Anthropic",
               "outputModalities":["TEXT"],"inferenceTypesSupported":["ON_DEMAND"],"modelLifecycle":{"status":"LEGACY"}},
              {"modelId":"anthropic.claude-sonnet-4-5-20250929-v1:0","outputModalities":["TEXT"],
               "inferenceTypesSupported":["INFERENCE_PROFILE"]},
              {"modelId":"cohere.embed-v4:0","outputModalities":["EMBEDDING"],"inferenceTypesSupported":["ON_DEMAND"]},
              {"modelId":"amazon.titan-tg1-large","outputModalities":["TEXT"],"inferenceTypesSupported":["ON_DEMAND"],
               "responseStreamingSupported":false}]})"_ba);
        QVERIFY(!page.error);
        QCOMPARE(page.models,
            (QList<ModelInfo> {{u"amazon.nova-pro-v1:0"_s, u"Amazon Nova Pro"_s, 0, {}},
                {u"anthropic.claude-3-haiku-20240307-v1:0"_s, u"Anthropic Claude 3 Haiku"_s, 0, {}}}));
        QCOMPARE(page.nextPageToken, u"profiles"_s);
        page = adapter.parseModels(
            R"({"inferenceProfileSummaries":[{"inferenceProfileId":"us.amazon.nova-pro-v1:0","inferenceProfileName":"US Nova Pro","status":"ACTIVE"}],"nextToken":"abc+/="})"_ba);
        QCOMPARE(page.nextPageToken, u"profiles:abc+/="_s);
        QCOMPARE(adapter.modelsRequest(page.nextPageToken).url().toString(QUrl::FullyEncoded),
            u"https://bedrock.us-east-1.amazonaws.com/inference-profiles?maxResults=100&nextToken=abc%2B%2F%3D"_s);
        page = adapter.parseModels(R"({"inferenceProfileSummaries":[]})"_ba);
        QCOMPARE(page.nextPageToken, u"routers"_s);
        page = adapter.parseModels(
            R"({"promptRouterSummaries":[{"promptRouterArn":"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/meta.llama:1","promptRouterName":"Meta Prompt Router","status":"AVAILABLE"}]})"_ba);
        QCOMPARE(page.models.first().displayName, u"Meta Prompt Router (prompt router)"_s);
        QVERIFY(page.nextPageToken.isEmpty());
        QVERIFY(adapter.parseModels("<html>gateway</html>"_ba).error);

        // Profiles and routers are extras: denied or missing, the list goes on; other failures stop it.
        const StreamError denied = StreamError::make(StreamError::Kind::Auth);
        QCOMPARE(adapter.pageAfterError(u"profiles"_s, denied), std::optional<QString>(u"routers"_s));
        QCOMPARE(adapter.pageAfterError(u"routers:abc"_s, StreamError::make(StreamError::Kind::NotFound)),
            std::optional<QString>(QString()));
        QVERIFY(!adapter.pageAfterError({}, denied));
        QVERIFY(!adapter.pageAfterError(u"profiles"_s, StreamError::make(StreamError::Kind::Network)));
    }
};

QTEST_GUILESS_MAIN(TestBedrockConverse)
#include "test_bedrockconverse.moc"
