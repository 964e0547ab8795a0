// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// AWS Signature Version 4 against published vectors: the SigV4 test suite's get-vanilla
// (every intermediate value) and a Bedrock Converse request signed by botocore
// (docs/providers.md §11), plus session tokens and the canonical query and path rules.
#include <QTest>

#include "providers/sigv4.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
const AwsCredentials example {u"AKIDEXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s, {}};
const QDateTime suiteTime = QDateTime::fromString(u"2015-08-30T12:36:00Z"_s, Qt::ISODate);
} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void getVanilla()
    {
        const SigV4::Request request {"GET", QUrl(u"https://example.amazonaws.com/"_s), {}, {}};
        const SigV4::Signature s = SigV4::sign(request, example, u"us-east-1"_s, u"service"_s, suiteTime);
        QCOMPARE(s.canonicalRequest,
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba);
        QCOMPARE(s.stringToSign,
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
            "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"_ba);
        QCOMPARE(SigV4::signingKey(example.secretAccessKey, "20150830", u"us-east-1"_s, u"service"_s).toHex(),
            "938127b5336810ddb6a5d6af445fcac9e371f9ed418ed386b022aed82901be75"_ba);
        QCOMPARE(s.authorization,
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            "SignedHeaders=host;x-amz-date, "
            "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"_ba);
    }

    void bedrockConverse()
    {
        const SigV4::Request request {"POST",
            QUrl(
                u"https://bedrock-runtime.us-east-1.amazonaws.com/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse"_s),
            {{"Content-Type", "application/json"}},
            "{\"messages\": [{\"role\": \"user\", \"content\": [{\"text\": \"Hello\"}]}], "
            "\"inferenceConfig\": {\"maxTokens\": 256}}"};
        const SigV4::Signature s = SigV4::sign(request, example, u"us-east-1"_s, u"bedrock"_s, suiteTime);
        // The model id's ':' is %3A on the wire and %253A in the canonical request.
        QVERIFY(s.canonicalRequest.startsWith("POST\n/model/anthropic.claude-3-haiku-20240307-v1%253A0/converse\n\n"));
        QVERIFY(s.canonicalRequest.endsWith("e08a6e463d7ee94b74ab4714c3816c7ffd12690a855e54013cb96622995c09e4"));
        QCOMPARE(s.signedHeaders, "content-type;host;x-amz-date"_ba);
        QVERIFY(s.stringToSign.contains("\n20150830/us-east-1/bedrock/aws4_request\n"));
        QCOMPARE(s.signature, "9f5d317fd13b8b9d70ea75e084d318b8bad2fb0599472cdeaab8e81ce84f9d31"_ba);
    }

    void sessionTokenIsSentAndSigned()
    {
        AwsCredentials temporary = example;
        temporary.sessionToken = u"FwoGZXIvYXdzEXAMPLETOKEN//+="_s;
        const SigV4::Request request {"GET", QUrl(u"https://example.amazonaws.com/"_s), {}, {}};
        const SigV4::Signature s = SigV4::sign(request, temporary, u"us-east-1"_s, u"service"_s, suiteTime);
        QCOMPARE(s.signedHeaders, "host;x-amz-date;x-amz-security-token"_ba);
        QVERIFY(s.canonicalRequest.contains("\nx-amz-security-token:FwoGZXIvYXdzEXAMPLETOKEN//+=\n"));
        QVERIFY(std::ranges::any_of(s.headers, [](const auto &h) {
            return h.first == "X-Amz-Security-Token" && h.second == "FwoGZXIvYXdzEXAMPLETOKEN//+=";
        }));
        const SigV4::Signature without = SigV4::sign(request, example, u"us-east-1"_s, u"service"_s, suiteTime);
        QVERIFY(s.signature != without.signature);
    }

    void canonicalPiecesFollowTheRules()
    {
        // Query: decoded, encoded again (RFC 3986), sorted by name then value; no value is "k=".
        QCOMPARE(
            SigV4::canonicalQuery(QUrl(u"https://h/?b=2&a=1&a=0&flag&x=a%20b*"_s)), "a=0&a=1&b=2&flag=&x=a%20b%2A"_ba);
        QCOMPARE(SigV4::canonicalQuery(QUrl(u"https://h/"_s)), QByteArray());
        QCOMPARE(SigV4::canonicalUri(""), "/"_ba);
        QCOMPARE(SigV4::canonicalUri("/model/us.anthropic.x-v1%3A0/converse-stream"),
            "/model/us.anthropic.x-v1%253A0/converse-stream"_ba);
        // A fake server's port is part of the signed Host.
        QCOMPARE(SigV4::hostHeader(QUrl(u"http://127.0.0.1:8090/x"_s)), "127.0.0.1:8090"_ba);
        QCOMPARE(SigV4::hostHeader(QUrl(u"https://bedrock.eu-west-1.amazonaws.com/x"_s)),
            "bedrock.eu-west-1.amazonaws.com"_ba);
        // Header values trimmed, inner spaces made one, repeats joined with ','.
        const SigV4::Request request {"GET",
            QUrl(u"https://example.amazonaws.com/"_s),
            {{"My-Header1", "  value1  "}, {"my-header2", "a   b   c"}, {"My-Header1", "value2"}},
            {}};
        const SigV4::Signature s = SigV4::sign(request, example, u"us-east-1"_s, u"service"_s, suiteTime);
        QVERIFY2(s.canonicalRequest.contains("\nmy-header1:value1,value2\nmy-header2:a b c\n"),
            s.canonicalRequest.constData());
        QCOMPARE(s.signedHeaders, "host;my-header1;my-header2;x-amz-date"_ba);
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "test_sigv4.moc"
