// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// API keys in a real Secret Service (gnome-keyring on a private D-Bus session, started by
// tests/support/with-secret-service.sh), and without any keychain
// (QUORUM_TEST_NO_KEYCHAIN=1: a session bus on which no Secret Service can start). The key
// must never appear in the database, providers.json, or anything quorum prints.
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "awshome.h"
#include "buildpaths.h"
#include "clirunner.h"
#include "expectedtext.h"
#include "fakeproviderserver.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
const QByteArray secretKey = "sk-test-Quorum-0123456789-never-leak-me";

bool noKeychain()
{
    return qEnvironmentVariable("QUORUM_TEST_NO_KEYCHAIN") == "1"_L1;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_printed; // everything quorum wrote to stdout and stderr

    using Result = Testing::CliResult;

    Result run(const QStringList &arguments, const QByteArray &input = {}, const QProcessEnvironment &extra = {})
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir->path());
        cli.environment.insert(u"LANGUAGE"_s, u"en"_s);
        cli.environment.remove(u"WORK_KEY"_s);
        cli.environment.insert(extra);
        const Result result = cli.run(arguments, input);
        m_printed += (result.out + result.err).toUtf8();
        return result;
    }

    // Every byte of every file in the data directory (database, WAL, providers.json, backups).
    QByteArray everythingStored() const
    {
        QByteArray all;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                all += file.readAll();
            }
        }
        return all;
    }

    QString lastAuthorization() const
    {
        const auto requests = m_server.requests();
        return requests.isEmpty() ? QString() : QString::fromLatin1(requests.last().headers.value("authorization"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_printed.clear();
        const QString url = u"http://127.0.0.1:%1/v1"_s.arg(m_server.port());
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"work"_s,
                         u"--kind"_s,
                         u"openai"_s,
                         u"--base-url"_s,
                         url,
                         u"--api-key-env"_s,
                         u"WORK_KEY"_s})
                     .exitCode,
            0);
    }

    void storeReadUpdateDelete()
    {
        if (noKeychain()) {
            QSKIP("needs the Secret Service");
        }
        KeychainSecretStore store(u"quorum-test"_s);
        QVERIFY(store.writeBlocking(u"acct"_s, u"first"_s));
        QCOMPARE(store.readBlocking(u"acct"_s).value_or(QString()), u"first"_s);
        QVERIFY(store.writeBlocking(u"acct"_s, u"second ✓"_s)); // update
        QCOMPARE(store.readBlocking(u"acct"_s).value_or(QString()), u"second ✓"_s);
        QVERIFY(store.removeBlocking(u"acct"_s));
        const auto gone = store.readBlocking(u"acct"_s);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, SecretError::Kind::NotFound);
        QVERIFY(store.removeBlocking(u"acct"_s)); // removing nothing is fine
        // Another service's entries are apart from Quorum's.
        QVERIFY(KeychainSecretStore(u"quorum-test-other"_s).writeBlocking(u"acct"_s, u"x"_s));
        QVERIFY(!store.readBlocking(u"acct"_s));
    }

    void theCliKeepsTheKeyInTheKeychainOnly()
    {
        if (noKeychain()) {
            QSKIP("needs the Secret Service");
        }
        const Result stored = run({u"providers"_s, u"set-key"_s, u"work"_s}, secretKey + '\n');
        QCOMPARE(stored.exitCode, 0);
        QVERIFY2(stored.out.contains(u"keychain"_s), qPrintable(stored.out));

        const QJsonObject listed = QJsonDocument::fromJson(run({u"providers"_s, u"list"_s, u"--json"_s}).out.toUtf8())
                                       .array()
                                       .at(1)
                                       .toObject();
        QCOMPARE(listed.value("id"_L1).toString(), u"work"_s);
        QCOMPARE(listed.value("key_status"_L1).toString(), u"set"_s);
        QCOMPARE(listed.value("key_source"_L1).toString(), u"keychain"_s);

        const Result asked = run({u"ask"_s, u"--json"_s, u"--target"_s, u"work/m"_s, u"Hello?"_s});
        QCOMPARE(asked.exitCode, 0);
        QCOMPARE(lastAuthorization(), u"Bearer "_s + QString::fromLatin1(secretKey)); // it was used
        QVERIFY(run({u"history"_s, u"--json"_s}).exitCode == 0);
        QVERIFY(run({u"backup"_s}).exitCode == 0);

        // The environment variable wins when set (power users, scripts).
        QProcessEnvironment env;
        env.insert(u"WORK_KEY"_s, u"sk-from-env"_s);
        QCOMPARE(run({u"ask"_s, u"--target"_s, u"work/m"_s, u"Hi"_s}, {}, env).exitCode, 0);
        QCOMPARE(lastAuthorization(), u"Bearer sk-from-env"_s);

        QVERIFY2(!everythingStored().contains(secretKey), "the key is in a file of the data directory");
        QVERIFY2(!m_printed.contains(secretKey), "quorum printed the key");

        // Removing the account removes its key.
        QCOMPARE(run({u"providers"_s, u"remove"_s, u"work"_s}).exitCode, 0);
        const auto gone = KeychainSecretStore().readBlocking(u"work"_s);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, SecretError::Kind::NotFound);
    }

    void anAwsAccessKeyInTheKeychainSignsBedrockRequests()
    {
        if (noKeychain()) {
            QSKIP("needs the Secret Service");
        }
        // The secret of an access key is never sent: only signatures made with it. The fake
        // recomputes each signature with the same key; a wrong or missing key gets AWS's 403.
        const AwsCredentials aws {u"AKIAKEYCHAINTEST0001"_s, u"kEyChAiN/sEcReT+0123456789abcdefghijklmn"_s, {}};
        m_server.setAwsCredentials(aws, u"eu-west-1"_s);
        const auto restore = qScopeGuard([this] { m_server.setAwsCredentials({}, {}); });
        const Testing::AwsHome home; // no ~/.aws of the machine's, and none of its AWS variables
        const QProcessEnvironment env = home.environment();
        const QString root = u"http://127.0.0.1:%1"_s.arg(m_server.port());
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"aws"_s,
                         u"--kind"_s,
                         u"bedrock"_s,
                         u"--region"_s,
                         u"eu-west-1"_s,
                         u"--base-url"_s,
                         root},
                     {},
                     env)
                     .exitCode,
            0);
        const QByteArray secret = aws.accessKeyId.toUtf8() + ':' + aws.secretAccessKey.toUtf8();
        QCOMPARE(run({u"providers"_s, u"set-key"_s, u"aws"_s}, secret + '\n', env).exitCode, 0);
        const Result asked
            = run({u"ask"_s, u"--json"_s, u"--target"_s, u"aws/amazon.nova-lite-v1:0"_s, u"Hello?"_s}, {}, env);
        QCOMPARE(asked.exitCode, 0);
        QVERIFY(lastAuthorization().startsWith(u"AWS4-HMAC-SHA256 Credential=AKIAKEYCHAINTEST0001/"_s));
        QVERIFY2(!everythingStored().contains(aws.secretAccessKey.toUtf8()), "the secret is in a file");
        QVERIFY2(!m_printed.contains(aws.secretAccessKey.toUtf8()), "quorum printed the secret");
        for (const Fake::RecordedRequest &r : m_server.requests()) {
            QVERIFY2(!r.body.contains(aws.secretAccessKey.toUtf8()), "the secret was sent");
            for (const QByteArray &value : r.headers) {
                QVERIFY2(!value.contains(aws.secretAccessKey.toUtf8()), "the secret was sent");
            }
        }
        QCOMPARE(run({u"providers"_s, u"remove"_s, u"aws"_s}, {}, env).exitCode, 0);
        QVERIFY(!KeychainSecretStore().readBlocking(u"aws"_s));
    }

    void withoutAKeychainItSaysSoAndWritesNothing()
    {
        if (!noKeychain()) {
            QSKIP("runs with QUORUM_TEST_NO_KEYCHAIN=1");
        }
        const auto direct = KeychainSecretStore(u"quorum-test"_s).writeBlocking(u"acct"_s, u"x"_s);
        QVERIFY(!direct);
        QVERIFY2(direct.error().kind == SecretError::Kind::NoKeychain, qPrintable(Quorum::Testing::errorText(direct)));

        const Result refused = run({u"providers"_s, u"set-key"_s, u"work"_s}, secretKey + '\n');
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"No keychain is available"_s), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"does not write keys to files"_s) && refused.err.contains(u"WORK_KEY"_s),
            qPrintable(refused.err));
        QVERIFY2(!everythingStored().contains(secretKey), "the key was written to a file after all");

        const Result missing = run({u"ask"_s, u"--json"_s, u"--target"_s, u"work/m"_s, u"Hello?"_s});
        QCOMPARE(missing.exitCode, 1);
        const QJsonObject error = QJsonDocument::fromJson(missing.out.toUtf8()).object().value("error"_L1).toObject();
        QCOMPARE(error.value("kind"_L1).toString(), u"config"_s);
        QVERIFY2(error.value("message"_L1).toString().contains(u"WORK_KEY"_s), qPrintable(missing.out));

        QProcessEnvironment env; // the way out the message names
        env.insert(u"WORK_KEY"_s, QString::fromLatin1(secretKey));
        QCOMPARE(run({u"ask"_s, u"--target"_s, u"work/m"_s, u"Hi"_s}, {}, env).exitCode, 0);
        QCOMPARE(lastAuthorization(), u"Bearer "_s + QString::fromLatin1(secretKey));
        QVERIFY(!m_printed.contains(secretKey));
        QVERIFY(!everythingStored().contains(secretKey));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
