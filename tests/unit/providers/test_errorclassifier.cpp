// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QDateTime>
#include <QLocale>
#include <QTest>

#include "common/translations.h"
#include "providers/errorclassifier.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Kind = StreamError::Kind;
using namespace std::chrono_literals;

class TestErrorClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("401") << 401 << u"invalid_api_key"_s << Kind::Auth << false;
        QTest::newRow("403") << 403 << QString() << Kind::Auth << false;
        QTest::newRow("402 OpenRouter credits") << 402 << QString() << Kind::Billing << false;
        QTest::newRow("404") << 404 << u"model_not_found"_s << Kind::NotFound << false;
        QTest::newRow("408") << 408 << QString() << Kind::Timeout << true;
        QTest::newRow("409") << 409 << QString() << Kind::Server << true;
        QTest::newRow("429") << 429 << u"rate_limit_exceeded"_s << Kind::RateLimited << true;
        QTest::newRow("429 insufficient quota") << 429 << u"insufficient_quota"_s << Kind::Billing << false;
        QTest::newRow("529 Anthropic") << 529 << u"overloaded_error"_s << Kind::Overloaded << true;
        QTest::newRow("503") << 503 << QString() << Kind::Overloaded << true;
        QTest::newRow("500") << 500 << u"server_error"_s << Kind::Server << true;
        QTest::newRow("502") << 502 << QString() << Kind::Server << true;
        QTest::newRow("400") << 400 << u"invalid_request_error"_s << Kind::BadRequest << false;
        QTest::newRow("400 Gemini bad key") << 400 << u"API_KEY_INVALID"_s << Kind::Auth << false;
        QTest::newRow("422 Mistral") << 422 << QString() << Kind::BadRequest << false;
        QTest::newRow("401 stays auth") << 401 << u"rate_limit_error"_s << Kind::Auth << false;
        QTest::newRow("500 with a client code") << 500 << u"invalid_request_error"_s << Kind::Server << true;
    }

    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(Kind, kind);
        QFETCH(bool, retryable);
        const StreamError error = ErrorClassifier::fromHttp(status, u"msg"_s, code);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.isRetryable(), retryable);
        QCOMPARE(error.httpStatus, status);
    }

    void shouldRetryHeaderWins()
    {
        StreamError error = ErrorClassifier::fromHttp(529, {}, {});
        error.shouldRetry = false;
        QVERIFY(!error.isRetryable());
        StreamError auth = ErrorClassifier::fromHttp(401, {}, {});
        auth.shouldRetry = true;
        QVERIFY(auth.isRetryable());
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms"); // -1: none
        QTest::newRow("seconds") << "3"_ba << qint64(3000);
        QTest::newRow("fraction") << "0.25"_ba << qint64(250);
        QTest::newRow("spaces") << " 2 "_ba << qint64(2000);
        QTest::newRow("negative") << "-1"_ba << qint64(-1);
        QTest::newRow("garbage") << "soon"_ba << qint64(-1);
        QTest::newRow("empty") << ""_ba << qint64(-1);
        QTest::newRow("past date") << "Wed, 21 Oct 2015 07:28:00 GMT"_ba << qint64(0);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const auto parsed = ErrorClassifier::parseRetryAfter(value);
        if (ms < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(parsed->count(), ms);
        }
    }

    void retryAfterFutureDate()
    {
        const QDateTime in30 = QDateTime::currentDateTimeUtc().addSecs(30);
        const QByteArray value = QLocale::c().toString(in30, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
        const auto parsed = ErrorClassifier::parseRetryAfter(value);
        QVERIFY2(parsed, value.constData());
        QVERIFY(parsed->count() > 25000 && parsed->count() <= 30000);
    }

    void retryAfterMsAndProtobuf()
    {
        QCOMPARE(ErrorClassifier::parseRetryAfterMs("1500.4"_ba)->count(), 1500);
        QVERIFY(!ErrorClassifier::parseRetryAfterMs("x"_ba));
        QCOMPARE(ErrorClassifier::parseProtobufDuration(u"26s"_s)->count(), 26000);
        QCOMPARE(ErrorClassifier::parseProtobufDuration(u"55.576865699s"_s)->count(), 55577);
        QVERIFY(!ErrorClassifier::parseProtobufDuration(u"26"_s));
        QVERIFY(!ErrorClassifier::parseProtobufDuration(u"-1s"_s));
    }

    void describeNamesProviderAndModel()
    {
        StreamError error = ErrorClassifier::fromHttp(401, u"Incorrect API key provided: sk-xx***."_s, {});
        error.describe(u"work-openai"_s, u"gpt-4.1"_s);
        QCOMPARE(
            error.message, u"The key for work-openai was refused. (HTTP 401) Incorrect API key provided: sk-xx***."_s);
        StreamError notFound = ErrorClassifier::fromHttp(404, {}, {});
        notFound.describe(u"a"_s, u"gpt-9"_s);
        QVERIFY(notFound.message.contains(u"gpt-9"_s));
        StreamError limited = ErrorClassifier::fromHttp(429, {}, {});
        limited.retryAfter = 600s;
        limited.describe(u"a"_s, u"m"_s);
        QVERIFY2(limited.message.contains(u"600 seconds"_s), qPrintable(limited.message));
    }
};

QTEST_GUILESS_MAIN(TestErrorClassifier)
#include "test_errorclassifier.moc"
