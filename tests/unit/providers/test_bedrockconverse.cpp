// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The pieces of a Bedrock Converse call: the body, the model id as one encoded path segment
// (ids, inference profiles, ARNs of prompt routers), the request signed exactly as botocore
// signs it (the Bedrock vector of providers.md §11) or carrying a Bedrock API key, and HTTP
// errors read from x-amzn-ErrorType.
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

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
    }
};

QTEST_GUILESS_MAIN(TestBedrockConverse)
#include "test_bedrockconverse.moc"
