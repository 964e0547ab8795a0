// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// `quorum models pull|delete ID/MODEL` against the fake provider's Ollama API: progress from
// /api/pull's NDJSON, the model listed afterwards, a model the registry does not have, Ctrl+C
// cancelling a pull, a delete, and an account that is not Ollama's.
#include <csignal>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "clirunner.h"
#include "fakeproviderserver.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestCliModels : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QTemporaryDir m_dir;

    Testing::CliResult run(const QStringList &arguments) const
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.path());
        cli.environment.insert(u"FAKE_KEY"_s, u"k"_s);
        return cli.run(arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        m_server.setModels({u"qwen3:8b"_s});
        for (const auto &[id, kind] : {std::pair {u"ol"_s, u"ollama"_s}, std::pair {u"oa"_s, u"openai"_s}}) {
            const Testing::CliResult added = run({u"providers"_s,
                u"add"_s,
                id,
                u"--kind"_s,
                kind,
                u"--base-url"_s,
                u"http://127.0.0.1:%1%2"_s.arg(m_server.port()).arg(kind == "openai"_L1 ? u"/v1"_s : QString()),
                u"--api-key-env"_s,
                u"FAKE_KEY"_s});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
    }

    void pullShowsProgressAndListsTheModel()
    {
        const Testing::CliResult pulled = run({u"models"_s, u"pull"_s, u"ol/llama-test"_s});
        QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
        QVERIFY2(pulled.err.contains(u"pulling manifest"_s), qPrintable(pulled.err));
        QVERIFY2(pulled.err.contains(u"pulling 3f8eb4da87fa: 25% of 4.0 MB"_s), qPrintable(pulled.err));
        QVERIFY2(pulled.err.contains(u"pulling 3f8eb4da87fa: 100% of 4.0 MB"_s), qPrintable(pulled.err));
        QVERIFY2(pulled.err.contains(u"Pulled ol/llama-test."_s), qPrintable(pulled.err));
        const auto requests = m_server.requests();
        const auto pull
            = std::ranges::find_if(requests, [](const Fake::RecordedRequest &r) { return r.path == "/api/pull"; });
        QVERIFY(pull != requests.end());
        QCOMPARE(pull->json.value(u"model"_s).toString(), u"llama-test"_s);
        QCOMPARE(pull->json.value(u"stream"_s).toBool(), true);
        const Testing::CliResult listed = run({u"models"_s, u"ol"_s});
        QVERIFY2(listed.out.contains(u"llama-test"_s), qPrintable(listed.out + listed.err));
    }

    void aModelTheRegistryDoesNotHaveIsSaid()
    {
        const Testing::CliResult pulled = run({u"models"_s, u"pull"_s, u"ol/missing-model"_s});
        QCOMPARE(pulled.exitCode, 1);
        QVERIFY2(
            pulled.err.contains(u"Ollama could not pull missing-model: pull model manifest: file does not exist"_s),
            qPrintable(pulled.err));
    }

    void ctrlCCancelsAPull()
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.path());
        QProcess process;
        process.setProcessEnvironment(cli.environment);
        process.start(Quorum::Testing::buildPath(QUORUM_BINARY), {u"models"_s, u"pull"_s, u"ol/slow+delay=400"_s});
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError(), err.contains("pulling manifest")), 10000);
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        err += process.readAllStandardError();
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains("was cancelled"), err.constData());
        QVERIFY(!run({u"models"_s, u"ol"_s}).out.contains(u"slow"_s)); // not listed: it did not finish
    }

    void deleteRemovesIt()
    {
        QCOMPARE(run({u"models"_s, u"delete"_s, u"ol/llama-test"_s}).exitCode, 0);
        QVERIFY(!run({u"models"_s, u"ol"_s}).out.contains(u"llama-test"_s));
        const Testing::CliResult again = run({u"models"_s, u"delete"_s, u"ol/llama-test"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"model 'llama-test' not found"_s), qPrintable(again.err));
    }

    void onlyOllamaPulls()
    {
        const Testing::CliResult r = run({u"models"_s, u"pull"_s, u"oa/gpt-4.1"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"not an Ollama account"_s), qPrintable(r.err));
        QCOMPARE(run({u"models"_s, u"pull"_s, u"nothing"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliModels)
#include "test_cli_models.moc"
