// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// AWS Bedrock over the real Qt network stack against the fake server's Bedrock mode, which
// recomputes every SigV4 signature from the bytes it received: access keys with a session
// token, keys from a profile in ~/.aws, a Bedrock API key, a wrong secret, throttling then an
// answer (the retry signed anew), a prompt router and the model it chose, and the model list
// when the account may not list prompt routers.
#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "awshome.h"
#include "fakeaccounts.h"
#include "providers/bedrockadapter.h"
#include "providers/chatstream.h"
#include "providers/modellister.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using namespace std::chrono_literals;
using Fake::Protocol;
using Fake::Script;

namespace
{
const AwsCredentials temporary {
    u"ASIAFAKEFAKEFAKE7777"_s, u"fAkE/SeCrEt+kEy/0123456789abcdefghijklm"_s, u"IQoJb3JpZ2luX2VjEFAKE/token+=="_s};
const QString router = u"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1"_s;
} // namespace

class TestBedrock : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    Testing::AwsHome m_home;

    ProviderAccount account(const QString &key) const
    {
        return Testing::fakeAccount(m_server, Protocol::Bedrock, u"aws"_s, key);
    }

    static QString keyOf(const AwsCredentials &c)
    {
        return c.accessKeyId + u':' + c.secretAccessKey
            + (c.sessionToken.isEmpty() ? QString() : u':' + c.sessionToken);
    }

    std::unique_ptr<ChatStream> run(const ProviderAccount &account,
        const QString &model = u"anthropic.claude-3-haiku-20240307-v1:0"_s,
        std::chrono::milliseconds retryDelay = 20ms)
    {
        ChatRequest request;
        request.model = model;
        request.system = u"Be brief."_s;
        request.messages = {{ChatMessage::Role::User, u"Grüße aus Köln?"_s}};
        StreamOptions options;
        options.retryBaseDelay = retryDelay;
        options.retryMaxDelay = retryDelay;
        auto stream = std::make_unique<ChatStream>(&m_network, account, request, options);
        QEventLoop loop;
        connect(stream.get(), &ChatStream::finished, &loop, &QEventLoop::quit);
        connect(stream.get(), &ChatStream::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        stream->start();
        if (stream->isActive()) {
            loop.exec();
        }
        return stream;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        // A home of our own: no AWS variables or files of the machine running the tests.
        m_home.applyToThisProcess();
        QVERIFY(m_home.writeCredentials(
            {{u"default"_s, {u"AKIAWRONGWRONGWRONG1"_s, u"nope"_s, {}}}, {u"work"_s, temporary}}));
    }

    void init()
    {
        m_server.setAwsCredentials(temporary, u"us-east-1"_s);
        m_server.setRequiredKey({});
        m_server.setPromptRoutersDenied(false);
        m_server.clearRequests();
    }

    void signedWithAnAccessKeyAndSessionToken()
    {
        const auto stream = run(account(keyOf(temporary)));
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(stream->text(), u"Hello from the fake server."_s);
        QCOMPARE(stream->usage()->input, 12);
        QCOMPARE(stream->usage()->output, 4);
        const Fake::RecordedRequest sent = m_server.requests().constLast();
        QCOMPARE(sent.path, "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse-stream"_ba);
        QVERIFY(sent.headers.value("authorization").startsWith("AWS4-HMAC-SHA256 Credential=ASIAFAKEFAKEFAKE7777/"));
        QVERIFY(sent.headers.value("authorization").contains("/us-east-1/bedrock/aws4_request"));
        QCOMPARE(sent.headers.value("x-amz-security-token"), temporary.sessionToken.toUtf8());
        QCOMPARE(sent.headers.value("accept"), "application/vnd.amazon.eventstream"_ba);
        QCOMPARE(sent.json.value("system"_L1).toArray().first().toObject().value("text"_L1).toString(), u"Be brief."_s);
        QCOMPARE(sent.json.value("messages"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("content"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("text"_L1)
                     .toString(),
            u"Grüße aus Köln?"_s);
    }

    void signedWithAProfileFromTheAwsFiles()
    {
        ProviderAccount a = account({});
        a.awsProfile = u"work"_s;
        const auto stream = run(a);
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QVERIFY(m_server.requests().constLast().headers.value("authorization").contains("ASIAFAKEFAKEFAKE7777/"));
        QCOMPARE(BedrockAdapter(a).identity()->source, u"profile work in %1"_s.arg(m_home.credentialsPath()));

        // The default profile has a wrong key: AWS's own words reach the user, and no retry.
        const auto refused = run(account({}));
        QCOMPARE(refused->status(), ChatStream::Status::Failed);
        QCOMPARE(refused->error().kind, StreamError::Kind::Auth);
        QCOMPARE(refused->error().providerCode, u"UnrecognizedClientException"_s);
        QVERIFY2(refused->error().message.contains(u"security token included in the request is invalid"_s),
            qPrintable(refused->error().message));
        QCOMPARE(refused->attempts(), 1);
    }

    void aWrongSecretIsAnInvalidSignature()
    {
        AwsCredentials wrong = temporary;
        wrong.secretAccessKey = u"not-the-secret"_s;
        const auto stream = run(account(keyOf(wrong)));
        QCOMPARE(stream->error().kind, StreamError::Kind::Auth);
        QCOMPARE(stream->error().httpStatus, 403);
        QCOMPARE(stream->error().providerCode, u"InvalidSignatureException"_s);
        QVERIFY2(stream->error().message.contains(u"signature we calculated does not match"_s),
            qPrintable(stream->error().message));
        QVERIFY(!stream->error().message.contains(u"not-the-secret"_s));
    }

    void noCredentialsAtAllIsSaidBeforeSending()
    {
        ProviderAccount a = account({});
        a.awsProfile = u"missing"_s;
        const auto stream = run(a);
        QCOMPARE(stream->error().kind, StreamError::Kind::Config);
        QVERIFY2(stream->error().message.contains(u"no AWS profile “missing”"_s), qPrintable(stream->error().message));
        QVERIFY(stream->error().message.contains(u"quorum providers set-key aws"_s));
        QCOMPARE(m_server.chatRequestCount(), 0);
    }

    void aBedrockApiKeyIsABearerToken()
    {
        m_server.setRequiredKey(u"ABSKQmVkcm9ja0FQSUtleS1mYWtl"_s);
        const auto stream = run(account(u"ABSKQmVkcm9ja0FQSUtleS1mYWtl"_s));
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        const Fake::RecordedRequest sent = m_server.requests().constLast();
        QCOMPARE(sent.headers.value("authorization"), "Bearer ABSKQmVkcm9ja0FQSUtleS1mYWtl"_ba);
        QVERIFY(!sent.headers.contains("x-amz-date"));
    }

    void throttledThenAnsweredWithTheRetrySignedAnew()
    {
        Script throttled;
        throttled.status = 429;
        m_server.enqueue(throttled);
        // A retry more than a second later (1400 ms, jitter down to 75 %): its X-Amz-Date, and
        // so its signature, differ.
        const auto stream = run(account(keyOf(temporary)), u"anthropic.claude-3-haiku-20240307-v1:0"_s, 1400ms);
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(stream->attempts(), 2);
        const QList<Fake::RecordedRequest> sent = m_server.requests();
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.at(0).headers.value("x-amz-date") != sent.at(1).headers.value("x-amz-date"));
        QVERIFY(sent.at(0).headers.value("authorization") != sent.at(1).headers.value("authorization"));
    }

    void anExceptionFrameBeforeAnyTextIsRetried()
    {
        // The 200 came, then modelStreamErrorException before a word: nothing was shown, so the
        // request goes again (signed anew) and the second answer is the one kept.
        Script failing;
        failing.midStreamErrorAfter = 0;
        m_server.enqueue(failing);
        const auto stream = run(account(keyOf(temporary)));
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(stream->attempts(), 2);
        QCOMPARE(stream->text(), u"Hello from the fake server."_s);
    }

    void anExceptionFrameAfterTextEndsTheAnswer()
    {
        // After the 200 and two pieces of text: modelStreamErrorException. The text is kept.
        Script script;
        script.midStreamErrorAfter = 2;
        m_server.enqueue(script);
        const auto stream = run(account(keyOf(temporary)));
        QCOMPARE(stream->status(), ChatStream::Status::Failed);
        QCOMPARE(stream->error().kind, StreamError::Kind::Server);
        QCOMPARE(stream->error().providerCode, u"modelStreamErrorException"_s);
        QCOMPARE(stream->text(), u"Hello from"_s); // kept
    }

    void converseWithoutStreaming()
    {
        ProviderAccount a = account(keyOf(temporary));
        a.stream = false;
        Script script;
        script.reasoning = {u"Hm, "_s, u"Köln."_s};
        m_server.enqueue(script);
        const auto stream = run(a);
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(stream->text(), u"Hello from the fake server."_s);
        QCOMPARE(stream->reasoning(), u"Hm, Köln."_s);
        QCOMPARE(stream->usage()->output, 6);
        const Fake::RecordedRequest sent = m_server.requests().constLast();
        QCOMPARE(sent.path, "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse"_ba);
        QCOMPARE(sent.headers.value("accept"), "application/json"_ba);
        // A prompt router's choice comes in the trace of the whole response too.
        const auto routed = run(a, router);
        QCOMPARE(routed->servedModel(), u"us.anthropic.claude-3-haiku-20240307-v1:0"_s);
    }

    void aPromptRouterNamesTheModelThatAnswered()
    {
        const auto stream = run(account(keyOf(temporary)), router);
        QCOMPARE(stream->status(), ChatStream::Status::Finished);
        QCOMPARE(stream->servedModel(), u"us.anthropic.claude-3-haiku-20240307-v1:0"_s);
        QCOMPARE(m_server.requests().constLast().path,
            "/model/arn%3Aaws%3Abedrock%3Aus-east-1%3A123456789012%3Adefault-prompt-router%2Fanthropic.claude%3A1/"
            "converse-stream"_ba);
    }

    void modelListWithoutPermissionForPromptRouters()
    {
        m_server.setModels({u"amazon.nova-lite-v1:0"_s});
        m_server.setPromptRoutersDenied(true);
        ModelLister lister(&m_network, account(keyOf(temporary)));
        QSignalSpy finished(&lister, &ModelLister::finished);
        QSignalSpy failed(&lister, &ModelLister::failed);
        lister.start();
        QVERIFY(finished.wait(5000));
        QStringList ids;
        for (const ModelInfo &m : finished.first().first().value<QList<ModelInfo>>()) {
            ids << m.id;
        }
        QCOMPARE(ids,
            (QStringList {u"amazon.nova-lite-v1:0"_s,
                u"eu.amazon.nova-pro-v1:0"_s,
                u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s}));
        // Four signed GETs: models, two pages of profiles (the token sent back encoded), routers.
        QStringList paths;
        for (const Fake::RecordedRequest &r : m_server.requests()) {
            paths << QString::fromLatin1(r.path + '?' + r.query);
            QVERIFY(r.headers.value("authorization").startsWith("AWS4-HMAC-SHA256"));
        }
        QCOMPARE(paths,
            (QStringList {u"/foundation-models?byOutputModality=TEXT&byInferenceType=ON_DEMAND"_s,
                u"/inference-profiles?maxResults=100"_s,
                u"/inference-profiles?maxResults=100&nextToken=page%2B2%2F%3D%3D"_s,
                u"/prompt-routers?maxResults=100"_s}));
    }

    void modelListWithAWrongKeyFails()
    {
        AwsCredentials wrong = temporary;
        wrong.accessKeyId = u"AKIAUNKNOWNUNKNOWN12"_s;
        ModelLister lister(&m_network, account(keyOf(wrong)));
        QSignalSpy failed(&lister, &ModelLister::failed);
        lister.start();
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<StreamError>();
        QCOMPARE(error.kind, StreamError::Kind::Auth);
        QVERIFY2(
            error.message.contains(u"security token included in the request is invalid"_s), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestBedrock)
#include "test_bedrock.moc"
