// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// AWS credentials and region found as the AWS CLI finds them, from real files in a
// temporary HOME and an environment built here: profile files, the environment, the order
// between them, moved files, a Bedrock API key, and the errors a user can act on.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "expectedtext.h"
#include "providers/awscredentials.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestAwsCredentials : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_home->path());
        return env;
    }

    void write(const QString &relative, const QByteArray &text)
    {
        QDir(m_home->path()).mkpath(QFileInfo(m_home->filePath(relative)).path());
        QFile file(m_home->filePath(relative));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        write(u".aws/credentials"_s,
            "[default]\n"
            "aws_access_key_id = AKIDDEFAULT\n"
            "aws_secret_access_key = secret/with+chars=\n"
            "\n"
            "# a comment\n"
            "[work]\n"
            "aws_access_key_id=AKIDWORK\n"
            "aws_secret_access_key=worksecret ; inline comment\n"
            "aws_session_token = FwoGZXIvYXdzE#keeps-hash\n");
        write(u".aws/config"_s,
            "[default]\n"
            "region = eu-west-1\n"
            "[profile work]\n"
            "region = us-east-1\n"
            "output = json\n"
            "[profile sso]\n"
            "sso_session = corp\n"
            "region = eu-central-1\n"
            "[profile inconfig]\n"
            "aws_access_key_id = AKIDCONFIG\n"
            "aws_secret_access_key = configsecret\n");
    }

    void profileNamesForThePicker()
    {
        write(u".aws/config"_s, "[default]\n[profile work]\n[sso-session corp]\n[profile zed]\n[profile apple]\n");
        QCOMPARE(AwsCredentialChain::profileNames(environment()),
            (QStringList {u"default"_s, u"apple"_s, u"work"_s, u"zed"_s}));
    }

    void defaultProfile()
    {
        const auto id = AwsCredentialChain::resolve({}, {}, environment());
        QVERIFY2(id, qPrintable(Quorum::Testing::errorText(id)));
        QCOMPARE(id->credentials.accessKeyId, u"AKIDDEFAULT"_s);
        QCOMPARE(id->credentials.secretAccessKey, u"secret/with+chars="_s);
        QCOMPARE(id->region, u"eu-west-1"_s);
        QVERIFY(id->source.contains(u"profile default"_s));
    }

    void namedProfileWinsOverTheEnvironment()
    {
        QProcessEnvironment env = environment();
        env.insert(u"AWS_ACCESS_KEY_ID"_s, u"AKIDENV"_s);
        env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"envsecret"_s);
        const auto id = AwsCredentialChain::resolve(u"work"_s, {}, env);
        QVERIFY2(id, qPrintable(Quorum::Testing::errorText(id)));
        QCOMPARE(id->credentials.accessKeyId, u"AKIDWORK"_s);
        QCOMPARE(id->credentials.secretAccessKey, u"worksecret"_s);
        QCOMPARE(id->credentials.sessionToken, u"FwoGZXIvYXdzE#keeps-hash"_s);
        QCOMPARE(id->region, u"us-east-1"_s);
        // Without a profile named, the environment's keys come first, then AWS_PROFILE.
        const auto fromEnv = AwsCredentialChain::resolve({}, {}, env);
        QVERIFY2(fromEnv, qPrintable(Quorum::Testing::errorText(fromEnv)));
        QCOMPARE(fromEnv->credentials.accessKeyId, u"AKIDENV"_s);
        env.remove(u"AWS_ACCESS_KEY_ID"_s);
        env.insert(u"AWS_PROFILE"_s, u"inconfig"_s);
        const auto fromConfig = AwsCredentialChain::resolve({}, u"us-east-2"_s, env);
        QVERIFY2(fromConfig, qPrintable(Quorum::Testing::errorText(fromConfig)));
        QCOMPARE(fromConfig->credentials.accessKeyId, u"AKIDCONFIG"_s); // keys may live in config too
    }

    void regionOrder()
    {
        QProcessEnvironment env = environment();
        env.insert(u"AWS_DEFAULT_REGION"_s, u"ap-south-1"_s);
        QCOMPARE(AwsCredentialChain::resolve({}, {}, env)->region, u"ap-south-1"_s);
        env.insert(u"AWS_REGION"_s, u"sa-east-1"_s);
        QCOMPARE(AwsCredentialChain::resolve({}, {}, env)->region, u"sa-east-1"_s);
        QCOMPARE(AwsCredentialChain::resolve({}, u"eu-north-1"_s, env)->region, u"eu-north-1"_s);
    }

    void movedFilesAndBearerToken()
    {
        write(u"elsewhere/creds"_s, "[default]\naws_access_key_id=AKIDMOVED\naws_secret_access_key=s\n");
        QProcessEnvironment env = environment();
        env.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home->filePath(u"elsewhere/creds"_s));
        QCOMPARE(AwsCredentialChain::resolve({}, {}, env)->credentials.accessKeyId, u"AKIDMOVED"_s);

        QProcessEnvironment bare;
        bare.insert(u"HOME"_s, m_home->filePath(u"nowhere"_s));
        bare.insert(u"AWS_BEARER_TOKEN_BEDROCK"_s, u"ABSKexample"_s);
        const auto bearer = AwsCredentialChain::resolve({}, u"us-west-2"_s, bare);
        QVERIFY2(bearer, qPrintable(Quorum::Testing::errorText(bearer)));
        QCOMPARE(bearer->bearerToken, u"ABSKexample"_s);
        QVERIFY(!bearer->credentials.isValid());
    }

    void errorsSayWhatToDo()
    {
        auto r = AwsCredentialChain::resolve(u"sso"_s, {}, environment());
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"through sso_session, which Quorum does not run"_s),
            qPrintable(Quorum::Testing::errorText(r)));
        r = AwsCredentialChain::resolve(u"nosuch"_s, {}, environment());
        QVERIFY2(
            !r && r.error().contains(u"there is no AWS profile “nosuch”"_s), qPrintable(Quorum::Testing::errorText(r)));
        QProcessEnvironment bare;
        bare.insert(u"HOME"_s, m_home->filePath(u"nowhere"_s));
        r = AwsCredentialChain::resolve({}, {}, bare);
        QVERIFY2(!r && r.error().startsWith(u"none found: set AWS_ACCESS_KEY_ID"_s),
            qPrintable(Quorum::Testing::errorText(r)));
        bare.insert(u"AWS_ACCESS_KEY_ID"_s, u"A"_s);
        bare.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"B"_s);
        r = AwsCredentialChain::resolve({}, {}, bare);
        QVERIFY2(!r && r.error().startsWith(u"no AWS region"_s), qPrintable(Quorum::Testing::errorText(r)));
    }
};

QTEST_GUILESS_MAIN(TestAwsCredentials)
#include "test_awscredentials.moc"
