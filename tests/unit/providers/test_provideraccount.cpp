// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "expectedtext.h"
#include "providers/providerconfig.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestProviderAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetsHaveDefaults()
    {
        const auto openai = ProviderAccount::create(u"o"_s, u"openai"_s);
        QVERIFY(openai);
        QCOMPARE(openai->kind, ProviderKind::OpenAi);
        QCOMPARE(openai->baseUrl, QUrl(u"https://api.openai.com/v1"_s));
        QCOMPARE(openai->effectiveKeyEnv(), u"OPENAI_API_KEY"_s);
        QVERIFY(openai->needsKey());
        QCOMPARE(openai->effectiveMaxConcurrent(), 0);

        const ProviderAccount ollama = ProviderAccount::builtInOllama();
        QCOMPARE(ollama.baseUrl, QUrl(u"http://127.0.0.1:11434"_s));
        QVERIFY(!ollama.needsKey());
        QCOMPARE(ollama.effectiveMaxConcurrent(), 1); // a local model answers one request at a time

        const auto groq = ProviderAccount::create(u"g"_s, u"groq"_s);
        QCOMPARE(groq->kind, ProviderKind::OpenAi);
        QCOMPARE(groq->preset, u"groq"_s);
        QCOMPARE(groq->effectiveKeyEnv(), u"GROQ_API_KEY"_s);
        QVERIFY(!ProviderAccount::create(u"x"_s, u"nope"_s));
        QCOMPARE(ProviderPreset::presetForOpenAiUrl(QUrl(u"https://openrouter.ai/api/v1"_s)), u"openrouter"_s);
        QVERIFY(ProviderPreset::presetForOpenAiUrl(QUrl(u"http://127.0.0.1:8080/v1"_s)).isEmpty());
    }

    void localCompatibleServerNeedsNoKey()
    {
        ProviderAccount local = *ProviderAccount::create(u"l"_s, u"openai"_s);
        local.baseUrl = QUrl(u"http://127.0.0.1:8080/v1"_s);
        QVERIFY(!local.needsKey());
        local.apiKeyEnv = u"MY_KEY"_s; // asking for a key means it is needed
        QVERIFY(local.needsKey());
    }

    void keyComesFromTheEnvironment()
    {
        ProviderAccount a = *ProviderAccount::create(u"a"_s, u"anthropic"_s);
        a.apiKeyEnv = u"QUORUM_TEST_KEY_ENV"_s;
        qunsetenv("QUORUM_TEST_KEY_ENV");
        QVERIFY(!a.loadKeyFromEnvironment());
        qputenv("QUORUM_TEST_KEY_ENV", "sk-ant-123");
        QVERIFY(a.loadKeyFromEnvironment());
        QCOMPARE(a.apiKey, u"sk-ant-123"_s);
        qunsetenv("QUORUM_TEST_KEY_ENV");
    }

    void validate_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << u"work-openai"_s << u"https://api.openai.com/v1"_s << true;
        QTest::newRow("bad id") << u"a b"_s << u"https://x"_s << false;
        QTest::newRow("slash in id") << u"a/b"_s << u"https://x"_s << false;
        QTest::newRow("ftp") << u"a"_s << u"ftp://x"_s << false;
        QTest::newRow("no host") << u"a"_s << u"https://"_s << false;
    }

    void validate()
    {
        QFETCH(QString, id);
        QFETCH(QString, url);
        QFETCH(bool, valid);
        ProviderAccount a = *ProviderAccount::create(id, u"openai"_s);
        a.baseUrl = QUrl(url);
        QCOMPARE(a.validate().isEmpty(), valid);
    }

    void jsonRoundTripHasNoKey()
    {
        ProviderAccount a = *ProviderAccount::create(u"az"_s, u"azure"_s);
        a.baseUrl = QUrl(u"https://r.openai.azure.com"_s);
        a.apiKeyEnv = u"AZ"_s;
        a.maxConcurrent = 3;
        a.useResponsesApi = true;
        a.extraHeaders = {{"X-A"_ba, "1"_ba}};
        a.tags = {u"eu"_s, u"no-training"_s};
        a.apiKey = u"sk-secret"_s;
        const QJsonObject json = a.toJson();
        QVERIFY(!QJsonDocument(json).toJson().contains("sk-secret"));
        const auto back = ProviderAccount::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->apiVersion, u"2024-10-21"_s);
        QVERIFY(back->apiKey.isEmpty());
        QCOMPARE(back->tags, (QStringList {u"eu"_s, u"no-training"_s}));
        QCOMPARE(back->effectiveTags(), back->tags); // in the cloud: no "local"
        // An account on this machine is local whatever its own tags say.
        const ProviderAccount ollama = ProviderAccount::builtInOllama();
        QCOMPARE(ollama.effectiveTags(), QStringList {u"local"_s});
    }

    void configFile()
    {
        QTemporaryDir dir;
        ProviderConfig config(dir.path());
        QVERIFY(config.load());                // missing file: empty
        QCOMPARE(config.accounts().size(), 1); // the built-in Ollama
        QVERIFY(config.isBuiltIn(u"ollama"_s));
        config.upsert(*ProviderAccount::create(u"o"_s, u"openai"_s));
        QVERIFY(config.save());
        ProviderConfig reread(dir.path());
        QVERIFY(reread.load());
        QCOMPARE(reread.accounts().size(), 2);
        QVERIFY(reread.find(u"o"_s));
        QVERIFY(reread.remove(u"o"_s));
        QVERIFY(!reread.remove(u"o"_s));
        QVERIFY(!reread.remove(u"ollama"_s)); // built in

        ProviderAccount own = ProviderAccount::builtInOllama();
        own.baseUrl = QUrl(u"http://10.0.0.5:11434"_s);
        reread.upsert(own);
        QCOMPARE(reread.accounts().size(), 1);
        QVERIFY(!reread.isBuiltIn(u"ollama"_s));
        QCOMPARE(reread.find(u"ollama"_s)->baseUrl, own.baseUrl);
    }

    void brokenConfigFileIsReportedNotReplaced()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"providers.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"providers\": [");
        file.close();
        ProviderConfig config(dir.path());
        const auto loaded = config.load();
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(u"providers.json"_s), qPrintable(Quorum::Testing::errorText(loaded)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "{\"providers\": ["_ba);
    }
};

QTEST_GUILESS_MAIN(TestProviderAccount)
#include "test_provideraccount.moc"
