// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The `quorum providers|models|ask` contract, through the real executable, against the
// fake provider server running in this process.
#include <csignal>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "awshome.h"
#include "buildpaths.h"
#include "clirunner.h"
#include "fakeproviderserver.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;
using Fake::Script;

namespace
{
using Result = Testing::CliResult;
} // namespace

class TestCliAsk : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_extraEnvironment;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.insert(u"QUORUM_DATA_DIR"_s, m_dir->path());
        env.insert(u"FAKE_KEY"_s, u"test-key"_s);
        for (const QString &name : m_extraEnvironment.keys()) {
            env.insert(name, m_extraEnvironment.value(name));
        }
        return env;
    }

    Result run(const QStringList &arguments, const QByteArray &input = {})
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY));
        cli.environment = environment();
        return cli.run(arguments, input);
    }

    void addAccounts()
    {
        const QString root = u"http://127.0.0.1:%1"_s.arg(m_server.port());
        QCOMPARE(run({u"providers"_s, u"add"_s, u"oa"_s, u"--kind"_s, u"openai"_s, u"--base-url"_s, root + u"/v1"_s})
                     .exitCode,
            0);
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"an"_s,
                         u"--kind"_s,
                         u"anthropic"_s,
                         u"--base-url"_s,
                         root,
                         u"--api-key-env"_s,
                         u"FAKE_KEY"_s})
                     .exitCode,
            0);
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"ge"_s,
                         u"--kind"_s,
                         u"gemini"_s,
                         u"--base-url"_s,
                         root,
                         u"--api-key-env"_s,
                         u"FAKE_KEY"_s})
                     .exitCode,
            0);
        QCOMPARE(run({u"providers"_s, u"add"_s, u"ol"_s, u"--kind"_s, u"ollama"_s, u"--base-url"_s, root}).exitCode, 0);
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"az"_s,
                         u"--kind"_s,
                         u"azure"_s,
                         u"--base-url"_s,
                         root,
                         u"--api-key-env"_s,
                         u"FAKE_KEY"_s})
                     .exitCode,
            0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        addAccounts();
    }

    void providersListJson()
    {
        const Result r = run({u"providers"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 6); // five added + the built-in Ollama
        QJsonObject builtIn = list.at(0).toObject();
        QCOMPARE(builtIn.value("id"_L1).toString(), u"ollama"_s);
        QCOMPARE(builtIn.value("built_in"_L1).toBool(), true);
        QCOMPARE(builtIn.value("base_url"_L1).toString(), u"http://127.0.0.1:11434"_s);
        QCOMPARE(builtIn.value("key_status"_L1).toString(), u"not_needed"_s);
        const QJsonObject anthropic = list.at(2).toObject();
        QCOMPARE(anthropic.value("kind"_L1).toString(), u"anthropic"_s);
        QCOMPARE(anthropic.value("api_key_env"_L1).toString(), u"FAKE_KEY"_s);
        QCOMPARE(anthropic.value("key_status"_L1).toString(), u"set"_s);
        QVERIFY(!r.out.contains(u"test-key"_s)); // the key itself is never printed
        QFile file(m_dir->filePath(u"providers.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("test-key"));
    }

    void providersAddDefaultsAndErrors()
    {
        QCOMPARE(run({u"providers"_s, u"add"_s, u"work"_s, u"--kind"_s, u"anthropic"_s}).exitCode, 0);
        const QJsonArray list
            = QJsonDocument::fromJson(run({u"providers"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(list.last().toObject().value("base_url"_L1).toString(), u"https://api.anthropic.com"_s);
        QCOMPARE(run({u"providers"_s, u"add"_s, u"x"_s, u"--kind"_s, u"nope"_s}).exitCode, 2);
        QCOMPARE(run({u"providers"_s, u"add"_s, u"x"_s}).exitCode, 2);
        QCOMPARE(run({u"providers"_s, u"add"_s, u"x"_s, u"--kind"_s, u"azure"_s}).exitCode, 2); // needs a URL
        QCOMPARE(run({u"providers"_s, u"add"_s, u"bad id"_s, u"--kind"_s, u"openai"_s}).exitCode, 2);
        QCOMPARE(run({u"providers"_s, u"frobnicate"_s}).exitCode, 2);
        const Result removed = run({u"providers"_s, u"remove"_s, u"work"_s});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(run({u"providers"_s, u"remove"_s, u"work"_s}).exitCode, 1);
        QCOMPARE(run({u"providers"_s, u"remove"_s, u"ollama"_s}).exitCode, 1);
    }

    void models()
    {
        m_server.setModels({u"m-b"_s, u"m-a"_s});
        const Result r = run({u"models"_s, u"ge"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"m-a\nm-b\n"_s);
        const Result json = run({u"models"_s, u"--json"_s, u"an"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 2);
        QCOMPARE(run({u"models"_s, u"unknown"_s}).exitCode, 2);
        m_server.setRequiredKey(u"other"_s);
        const Result refused = run({u"models"_s, u"an"_s});
        m_server.setRequiredKey({});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"The key for an was refused."_s), qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"invalid x-api-key"_s)); // Anthropic's own words
    }

    void askJsonOneLinePerTarget()
    {
        Script ok;
        ok.deltas = {u"Bonjour"_s, u" 🌍"_s};
        ok.reasoning = {u"hmm"_s};
        m_server.enqueueFor(u"m1"_s, ok);
        Script refused;
        refused.status = 401;
        m_server.enqueueFor(u"c1"_s, refused);
        const Result r = run({u"ask"_s,
            u"--json"_s,
            u"--system"_s,
            u"Be brief."_s,
            u"--max-tokens"_s,
            u"64"_s,
            u"--temperature"_s,
            u"0.3"_s,
            u"--target"_s,
            u"ol/m1"_s,
            u"--target"_s,
            u"an/c1"_s,
            u"Say hello"_s});
        QCOMPARE(r.exitCode, 1); // one target failed
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QHash<QString, QJsonObject> byTarget;
        for (const QString &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            for (const auto key : {"target"_L1,
                     "status"_L1,
                     "text"_L1,
                     "reasoning"_L1,
                     "finish_reason"_L1,
                     "usage"_L1,
                     "cost_usd"_L1,
                     "cost_estimated"_L1,
                     "ttft_ms"_L1,
                     "duration_ms"_L1,
                     "error"_L1}) {
                QVERIFY2(object.contains(key), qPrintable(line));
            }
            byTarget.insert(object.value("target"_L1).toString(), object);
        }
        const QJsonObject good = byTarget.value(u"ol/m1"_s);
        QCOMPARE(good.value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(good.value("text"_L1).toString(), u"Bonjour 🌍"_s);
        QCOMPARE(good.value("reasoning"_L1).toString(), u"hmm"_s);
        QCOMPARE(good.value("finish_reason"_L1).toString(), u"stop"_s);
        QCOMPARE(good.value("usage"_L1).toObject().value("input"_L1).toInt(), 12);
        QCOMPARE(good.value("usage"_L1).toObject().value("output"_L1).toInt(), 3);
        QVERIFY(good.value("error"_L1).isNull());
        QVERIFY(good.value("ttft_ms"_L1).toInteger() >= 0);
        const QJsonObject bad = byTarget.value(u"an/c1"_s);
        QCOMPARE(bad.value("status"_L1).toString(), u"error"_s);
        QCOMPARE(bad.value("error"_L1).toObject().value("kind"_L1).toString(), u"auth"_s);
        QCOMPARE(bad.value("error"_L1).toObject().value("http_status"_L1).toInt(), 401);
        QVERIFY(bad.value("error"_L1).toObject().value("message"_L1).toString().contains(u"invalid x-api-key"_s));
        QVERIFY(bad.value("usage"_L1).isNull());

        // The request carried the options.
        const Fake::RecordedRequest sent = [&] {
            for (const auto &req : m_server.requests()) {
                if (req.model == u"m1"_s) {
                    return req;
                }
            }
            return Fake::RecordedRequest {};
        }();
        QCOMPARE(sent.json.value("options"_L1).toObject().value("num_predict"_L1).toInt(), 64);
        QCOMPARE(sent.json.value("options"_L1).toObject().value("temperature"_L1).toDouble(), 0.3);
        QCOMPARE(
            sent.json.value("messages"_L1).toArray().at(0).toObject().value("content"_L1).toString(), u"Be brief."_s);
    }

    void askCostsFromThePriceTable()
    {
        Script priced;
        priced.deltas = {u"Hi"_s, u" there"_s};
        priced.usage.input = 12; // output: 2, the number of deltas
        m_server.enqueueFor(u"gpt-4o"_s, priced);
        Script cut = priced; // ends without usage: the cost is estimated from the text
        cut.truncateAfter = 1;
        m_server.enqueueFor(u"gpt-4o"_s, cut);
        const auto ask = [&] {
            const Result r = run({u"ask"_s, u"--json"_s, u"--target"_s, u"oa/gpt-4o"_s, u"Say hello to the world"_s});
            return QJsonDocument::fromJson(r.out.toUtf8()).object();
        };
        // The built-in price of gpt-4o ($2.50 / $10 per million): 12 x 2.5 + 2 x 10 micro-dollars.
        const QJsonObject exact = ask();
        QCOMPARE(exact.value("cost_usd"_L1).toDouble(), 0.00005);
        QCOMPARE(exact.value("cost_estimated"_L1).toBool(), false);
        const QJsonObject estimated = ask();
        QCOMPARE(estimated.value("status"_L1).toString(), u"error"_s);
        QVERIFY(estimated.value("usage"_L1).isNull());
        // 22 prompt characters -> 6 tokens, "Hi" -> 1 token: 6 x 2.5 + 1 x 10 = 25 micro-dollars.
        QCOMPARE(estimated.value("cost_usd"_L1).toDouble(), 0.000025);
        QCOMPARE(estimated.value("cost_estimated"_L1).toBool(), true);
        // The same costs were stored with the answers.
        const QJsonObject shown = QJsonDocument::fromJson(
            run({u"show"_s, u"--json"_s, QString::number(exact.value("conversation_id"_L1).toInteger())}).out.toUtf8())
                                      .object();
        const QJsonObject stored
            = shown.value("turns"_L1).toArray().first().toObject().value("responses"_L1).toArray().first().toObject();
        QCOMPARE(stored.value("cost_usd"_L1).toDouble(), 0.00005);
        QCOMPARE(stored.value("cost_estimated"_L1).toBool(), false);
        // A local model without a price costs nothing (not: unknown).
        const QJsonObject local
            = QJsonDocument::fromJson(run({u"ask"_s, u"--json"_s, u"--target"_s, u"ol/qwen3"_s, u"Hi"_s}).out.toUtf8())
                  .object();
        QCOMPARE(local.value("cost_usd"_L1).toDouble(-1), 0.0);
        // Plain output says it too.
        m_server.enqueueFor(u"gpt-4o"_s, priced);
        QVERIFY2(
            run({u"ask"_s, u"--target"_s, u"oa/gpt-4o"_s, u"Say hello to the world"_s}).err.contains(u"$0.00005"_s),
            "plain summary without the cost");

        // OpenRouter's own figure below a micro-dollar is kept exactly (it was rounded to
        // $0.000008), so cost_usd and provider_cost_usd agree, in JSON and when shown.
        const QString root = u"http://127.0.0.1:%1"_s.arg(m_server.port());
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"or"_s,
                         u"--kind"_s,
                         u"openrouter"_s,
                         u"--base-url"_s,
                         root + u"/openrouter/api/v1"_s,
                         u"--api-key-env"_s,
                         u"FAKE_KEY"_s})
                     .exitCode,
            0);
        Script cheap = priced;
        cheap.usage.cost = 0.0000075;
        m_server.enqueueFor(u"tiny"_s, cheap);
        const Testing::CliResult routed = run({u"ask"_s, u"--json"_s, u"--target"_s, u"or/tiny"_s, u"Hi"_s});
        const QJsonObject viaRouter = QJsonDocument::fromJson(routed.out.toUtf8()).object();
        QVERIFY2(viaRouter.value("status"_L1).toString() == u"ok"_s, qPrintable(routed.out + routed.err));
        QCOMPARE(viaRouter.value("provider_cost_usd"_L1).toDouble(), 0.0000075);
        QCOMPARE(viaRouter.value("cost_usd"_L1).toDouble(), 0.0000075);
        m_server.enqueueFor(u"tiny"_s, cheap);
        const QString plain = run({u"ask"_s, u"--target"_s, u"or/tiny"_s, u"Hi"_s}).err;
        QVERIFY2(plain.contains(u"$0.0000075"_s), qPrintable(plain));
    }

    void pricesListSetAndImport()
    {
        // The built-in list is there from the start.
        const auto listed = [&](const QStringList &extra = {}) {
            return QJsonDocument::fromJson(run(QStringList {u"prices"_s, u"list"_s, u"--json"_s} + extra).out.toUtf8())
                .array();
        };
        const auto row = [](const QJsonArray &rows, const QString &scope, const QString &model, const QString &source) {
            for (const QJsonValue &v : rows) {
                const QJsonObject o = v.toObject();
                if (o.value("scope"_L1).toString() == scope && o.value("model"_L1).toString() == model
                    && o.value("source"_L1).toString() == source) {
                    return o;
                }
            }
            return QJsonObject();
        };
        const QJsonObject builtin = row(listed(), u"openai"_s, u"gpt-4o"_s, u"builtin"_s);
        QCOMPARE(builtin.value("input"_L1).toDouble(), 2.5);
        QCOMPARE(builtin.value("cached_input"_L1).toDouble(), 1.25);
        QCOMPARE(builtin.value("output"_L1).toDouble(), 10.0);
        QCOMPARE(builtin.value("checked_on"_L1).toString(), u"2025-11-21"_s);

        // An answer before the price changes keeps the cost it was stored with.
        Script before;
        before.deltas = {u"Hi"_s, u" there"_s};
        before.usage.input = 12;
        m_server.enqueueFor(u"gpt-4o"_s, before);
        const QJsonObject earlier = QJsonDocument::fromJson(
            run({u"ask"_s, u"--json"_s, u"--target"_s, u"oa/gpt-4o"_s, u"Before"_s}).out.toUtf8())
                                        .object();
        QCOMPARE(earlier.value("cost_usd"_L1).toDouble(), 0.00005);
        // An account's own price wins over its kind's: the next answer costs 12 x 1 + 2 x 4.
        const Result set = run({u"prices"_s,
            u"set"_s,
            u"oa/gpt-4o"_s,
            u"--input"_s,
            u"1"_s,
            u"--output"_s,
            u"4.00"_s,
            u"--cached-input"_s,
            u"0.25"_s});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(
            row(listed({u"--scope"_s, u"oa"_s}), u"oa"_s, u"gpt-4o"_s, u"user"_s).value("input"_L1).toDouble(), 1.0);
        Script priced;
        priced.deltas = {u"Hi"_s, u" there"_s};
        priced.usage.input = 12;
        m_server.enqueueFor(u"gpt-4o"_s, priced);
        const QJsonObject answer = QJsonDocument::fromJson(
            run({u"ask"_s, u"--json"_s, u"--target"_s, u"oa/gpt-4o"_s, u"Hello"_s}).out.toUtf8())
                                       .object();
        QCOMPARE(answer.value("cost_usd"_L1).toDouble(), 0.00002);
        const QJsonObject shownEarlier = QJsonDocument::fromJson(
            run({u"show"_s, u"--json"_s, QString::number(earlier.value("conversation_id"_L1).toInteger())})
                .out.toUtf8())
                                             .object();
        QCOMPARE(shownEarlier.value("turns"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("responses"_L1)
                     .toArray()
                     .first()
                     .toObject()
                     .value("cost_usd"_L1)
                     .toDouble(),
            0.00005); // not recomputed at the new price
        // Bad input.
        QCOMPARE(
            run({u"prices"_s, u"set"_s, u"nobody/gpt-4o"_s, u"--input"_s, u"1"_s, u"--output"_s, u"1"_s}).exitCode, 2);
        QCOMPARE(
            run({u"prices"_s, u"set"_s, u"oa/gpt-4o"_s, u"--input"_s, u"cheap"_s, u"--output"_s, u"1"_s}).exitCode, 2);
        QCOMPARE(run({u"prices"_s, u"set"_s, u"oa/gpt-4o"_s, u"--input"_s, u"1"_s}).exitCode, 2);
        QCOMPARE(run({u"prices"_s, u"frobnicate"_s}).exitCode, 2);

        // LiteLLM's table: imported once, unchanged the second time.
        const QString table = Quorum::Testing::buildPath(QUORUM_TEST_DATA "/litellm-prices.json");
        const Result imported = run({u"prices"_s, u"import"_s, table});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(
            imported.out.startsWith(u"Imported "_s) && imported.out.contains(u"skipped"_s), qPrintable(imported.out));
        const QJsonObject flash = row(listed(), u"gemini"_s, u"gemini-2.5-flash"_s, u"imported"_s);
        QCOMPARE(flash.value("output"_L1).toDouble(), 2.5);
        const Result again = run({u"prices"_s, u"import"_s, table});
        QVERIFY2(again.out.startsWith(u"Imported 0 prices"_s), qPrintable(again.out));
        // A broken file says where, and imports nothing.
        QFile broken(m_dir->filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"gpt-9": {"input_cost_per_token": 1e-06, "output_cost_per_token": )");
        broken.close();
        const Result bad = run({u"prices"_s, u"import"_s, broken.fileName()});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"byte"_s), qPrintable(bad.err));
        QVERIFY(row(listed(), u"openai"_s, u"gpt-9"_s, u"imported"_s).isEmpty());
    }

    void spendAndBudgets()
    {
        Script priced;
        priced.deltas = {u"Hi"_s, u" there"_s};
        priced.usage.input = 12; // gpt-4o: 12 x 2.5 + 2 x 10 = 50 micro-dollars
        m_server.enqueueFor(u"gpt-4o"_s, priced);
        m_server.enqueueFor(u"gpt-4o"_s, priced);
        QCOMPARE(run({u"budget"_s, u"set"_s, u"0.0001"_s}).exitCode, 0); // $0.0001 a month
        QCOMPARE(run({u"budget"_s, u"set"_s, u"5"_s, u"--provider"_s, u"oa"_s}).exitCode, 0);
        const Result first = run({u"ask"_s, u"--target"_s, u"oa/gpt-4o"_s, u"Hello"_s});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(!first.err.contains(u"Budget"_s), qPrintable(first.err)); // 50 %
        const Result second = run({u"ask"_s, u"--target"_s, u"oa/gpt-4o"_s, u"Hello"_s});
        QVERIFY2(second.err.contains(u"Budget exceeded: all providers: $0.0001 of $0.0001 this month (100 %)"_s),
            qPrintable(second.err));
        QCOMPARE(run({u"ask"_s, u"--target"_s, u"ol/m"_s, u"Hi"_s}).exitCode, 0); // a local answer: $0

        const QJsonObject spend
            = QJsonDocument::fromJson(run({u"spend"_s, u"--json"_s, u"--by"_s, u"model"_s}).out.toUtf8()).object();
        QCOMPARE(spend.value("total_usd"_L1).toDouble(), 0.0001);
        QCOMPARE(spend.value("answers"_L1).toInt(), 3);
        const QJsonArray rows = spend.value("rows"_L1).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value("key"_L1).toString(), u"oa/gpt-4o"_s);
        QCOMPARE(rows.at(0).toObject().value("cost_usd"_L1).toDouble(), 0.0001);
        QCOMPARE(rows.at(0).toObject().value("answers"_L1).toInt(), 2);
        const QJsonArray budgets = spend.value("budgets"_L1).toArray();
        QCOMPARE(budgets.size(), 2);
        QCOMPARE(budgets.at(0).toObject().value("status"_L1).toString(), u"exceeded"_s);
        QCOMPARE(budgets.at(1).toObject().value("provider"_L1).toString(), u"oa"_s);
        QCOMPARE(budgets.at(1).toObject().value("status"_L1).toString(), u"ok"_s);
        const QJsonObject byProvider
            = QJsonDocument::fromJson(run({u"spend"_s, u"--json"_s, u"--by"_s, u"provider"_s}).out.toUtf8()).object();
        QCOMPARE(byProvider.value("rows"_L1).toArray().at(0).toObject().value("key"_L1).toString(), u"oa"_s);
        const QString plain = run({u"spend"_s, u"--by"_s, u"day"_s}).out;
        QVERIFY2(plain.contains(QDate::currentDate().toString(Qt::ISODate)) && plain.contains(u"$0.0001"_s),
            qPrintable(plain));
        QCOMPARE(run({u"spend"_s, u"--by"_s, u"colour"_s}).exitCode, 2);
        QCOMPARE(run({u"spend"_s, u"--since"_s, u"yesterday"_s}).exitCode, 2);
        QCOMPARE(
            run({u"spend"_s, u"--json"_s, u"--since"_s, u"2099-01-01"_s}).out.contains(u"\"total_usd\": 0"_s), true);
        QCOMPARE(run({u"budget"_s, u"clear"_s}).exitCode, 0);
        QCOMPARE(run({u"budget"_s, u"list"_s}).out.count(u'\n'), 1); // only oa's is left
    }

    void askPlainSingleTargetPrintsTheAnswer()
    {
        Script ok;
        ok.deltas = {u"Line one\n"_s, u"line two"_s};
        m_server.enqueueFor(u"solo"_s, ok);
        const Result r = run({u"ask"_s, u"--target"_s, u"oa/solo"_s, u"hi"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Line one\nline two\n"_s);
        QVERIFY2(r.err.contains(u"— oa/solo: stop"_s), qPrintable(r.err));
    }

    void askPlainSeveralTargetsAreLabelled()
    {
        m_server.enqueueFor(u"x1"_s, [] {
            Script s;
            s.deltas = {u"alpha\nbe"_s, u"ta"_s};
            return s;
        }());
        m_server.enqueueFor(u"x2"_s, [] {
            Script s;
            s.deltas = {u"gamma"_s};
            return s;
        }());
        const Result r = run({u"ask"_s, u"--target"_s, u"ge/x1"_s, u"--target"_s, u"az/x2"_s, u"hi"_s});
        QCOMPARE(r.exitCode, 0);
        QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        lines.sort();
        QCOMPARE(lines, (QStringList {u"[az/x2] gamma"_s, u"[ge/x1] alpha"_s, u"[ge/x1] beta"_s}));
    }

    void promptFromStandardInput()
    {
        const Result r = run({u"ask"_s, u"--json"_s, u"--target"_s, u"oa/echo"_s, u"-"_s}, "from stdin, ü\n");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("text"_L1).toString(), u"from stdin, ü\n"_s);
    }

    // #22: named variants (quorum variants) and the parameter options of ask, on the wire.
    void variantsAndParameterOptions()
    {
        QTemporaryDir schemaDir;
        const QString schemaFile = schemaDir.filePath(u"city.json"_s);
        {
            QFile f(schemaFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"type":"object","properties":{"city":{"type":"string"}}})");
        }
        Result r = run({u"variants"_s,
            u"add"_s,
            u"deep"_s,
            u"--system"_s,
            u"Think hard."_s,
            u"--effort"_s,
            u"high"_s,
            u"--schema"_s,
            schemaFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"version 1"_s), qPrintable(r.err));
        r = run({u"variants"_s, u"add"_s, u"deep"_s, u"--system"_s, u"Think harder."_s, u"--effort"_s, u"high"_s});
        QVERIFY2(r.err.contains(u"version 2"_s), qPrintable(r.err)); // a change is a new version
        r = run({u"variants"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject listed
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value("variants"_L1).toArray().at(0).toObject();
        QCOMPARE(listed.value("name"_L1).toString(), u"deep"_s);
        QCOMPARE(listed.value("version"_L1).toInt(), 2);
        QCOMPARE(listed.value("parameters"_L1).toObject().value("reasoning_effort"_L1).toString(), u"high"_s);
        QCOMPARE(listed.value("parameters"_L1).toObject().value("system"_L1).toString(), u"Think harder."_s);

        // The same model twice, one with the variant; the options go to every target, over
        // the variant's own.
        Script reply;
        reply.deltas = {u"A"_s};
        m_server.enqueueFor(u"o4-mini"_s, reply);
        m_server.enqueueFor(u"o4-mini"_s, reply);
        r = run({u"ask"_s,
            u"--json"_s,
            u"--max-tokens"_s,
            u"500"_s,
            u"--target"_s,
            u"oa/o4-mini#deep"_s,
            u"--target"_s,
            u"oa/o4-mini"_s,
            u"Go"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList targets;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            targets << QJsonDocument::fromJson(line.toUtf8()).object().value("target"_L1).toString();
        }
        targets.sort();
        QCOMPARE(targets, (QStringList {u"oa/o4-mini"_s, u"oa/o4-mini#deep"_s}));
        const QList<Fake::RecordedRequest> sent = m_server.requestsFor(u"o4-mini"_s);
        QCOMPARE(sent.size(), 2);
        const bool firstIsDeep = sent.at(0).json.contains("reasoning_effort"_L1);
        const QJsonObject deep = sent.at(firstIsDeep ? 0 : 1).json;
        const QJsonObject plain = sent.at(firstIsDeep ? 1 : 0).json;
        QCOMPARE(deep.value("reasoning_effort"_L1).toString(), u"high"_s);
        QCOMPARE(deep.value("max_completion_tokens"_L1).toInt(), 500);
        QCOMPARE(
            deep.value("messages"_L1).toArray().at(0).toObject().value("content"_L1).toString(), u"Think harder."_s);
        QVERIFY(!plain.contains("reasoning_effort"_L1));
        QCOMPARE(plain.value("max_completion_tokens"_L1).toInt(), 500);

        // What a model does not take is said before sending: exit 2 for the arguments, nothing sent.
        const int before = m_server.chatRequestCount();
        r = run({u"ask"_s, u"--temperature"_s, u"0.5"_s, u"--target"_s, u"oa/o4-mini"_s, u"Go"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"takes no temperature"_s), qPrintable(r.err));
        r = run({u"ask"_s, u"--target"_s, u"oa/m#missing"_s, u"Go"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no variant named 'missing'"_s), qPrintable(r.err));
        QCOMPARE(m_server.chatRequestCount(), before);

        r = run({u"variants"_s, u"remove"_s, u"deep"_s});
        QCOMPARE(r.exitCode, 0);
        r = run({u"variants"_s, u"show"_s, u"deep"_s});
        QCOMPARE(r.exitCode, 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no target") << QStringList {u"ask"_s, u"hi"_s};
        QTest::newRow("no prompt") << QStringList {u"ask"_s, u"--target"_s, u"oa/m"_s};
        QTest::newRow("target without model") << QStringList {u"ask"_s, u"--target"_s, u"oa"_s, u"hi"_s};
        QTest::newRow("unknown provider") << QStringList {u"ask"_s, u"--target"_s, u"zz/m"_s, u"hi"_s};
        QTest::newRow("bad max tokens") << QStringList {
            u"ask"_s, u"--max-tokens"_s, u"-1"_s, u"--target"_s, u"oa/m"_s, u"hi"_s};
        QTest::newRow("bad temperature") << QStringList {
            u"ask"_s, u"--temperature"_s, u"hot"_s, u"--target"_s, u"oa/m"_s, u"hi"_s};
        QTest::newRow("bad effort") << QStringList {
            u"ask"_s, u"--effort"_s, u"extreme"_s, u"--target"_s, u"oa/m"_s, u"hi"_s};
        QTest::newRow("bad top-p") << QStringList {u"ask"_s, u"--top-p"_s, u"1.5"_s, u"--target"_s, u"oa/m"_s, u"hi"_s};
        QTest::newRow("unknown option") << QStringList {u"ask"_s, u"--frobnicate"_s, u"--target"_s, u"oa/m"_s, u"hi"_s};
        QTest::newRow("empty prompt") << QStringList {u"ask"_s, u"--target"_s, u"oa/m"_s, u"  "_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const int sentBefore = m_server.chatRequestCount();
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"quorum ask: "_s), qPrintable(r.err));
        QCOMPARE(m_server.chatRequestCount(), sentBefore); // a usage error sends nothing
    }

    void bedrockEndToEnd()
    {
        // An AWS profile in a home of its own; the fake checks every SigV4 signature with it.
        const AwsCredentials team {u"AKIAFAKETEAMKEY00001"_s, u"team/secret+key/abcdefghijklmnopqrstuv"_s, {}};
        Testing::AwsHome home;
        QVERIFY(home.writeCredentials({{u"team"_s, team}}));
        m_extraEnvironment = home.environment();
        m_server.setAwsCredentials(team, u"eu-west-1"_s);
        const auto cleanUp = qScopeGuard([this] {
            m_extraEnvironment.clear();
            m_server.setAwsCredentials({}, {});
        });

        const QString root = u"http://127.0.0.1:%1"_s.arg(m_server.port());
        const Result added = run({u"providers"_s,
            u"add"_s,
            u"aws"_s,
            u"--kind"_s,
            u"bedrock"_s,
            u"--region"_s,
            u"eu-west-1"_s,
            u"--profile"_s,
            u"team"_s,
            u"--base-url"_s,
            root,
            u"--models-url"_s,
            root});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains(u"Requests are signed with profile team in "_s), qPrintable(added.out));
        QCOMPARE(run({u"providers"_s, u"add"_s, u"x"_s, u"--kind"_s, u"bedrock"_s}).exitCode, 2); // no region
        QCOMPARE(
            run({u"providers"_s, u"add"_s, u"x"_s, u"--kind"_s, u"bedrock"_s, u"--region"_s, u"Paris"_s}).exitCode, 2);
        QCOMPARE(
            run({u"providers"_s, u"add"_s, u"x"_s, u"--kind"_s, u"openai"_s, u"--region"_s, u"eu-west-1"_s}).exitCode,
            2);
        QJsonObject listed;
        for (const QJsonValue &v :
            QJsonDocument::fromJson(run({u"providers"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array()) {
            if (v.toObject().value("id"_L1).toString() == "aws"_L1) {
                listed = v.toObject();
            }
        }
        QCOMPARE(listed.value("kind"_L1).toString(), u"bedrock"_s);
        QCOMPARE(listed.value("region"_L1).toString(), u"eu-west-1"_s);
        QCOMPARE(listed.value("aws_profile"_L1).toString(), u"team"_s);
        QCOMPARE(listed.value("key_status"_L1).toString(), u"set"_s);
        QCOMPARE(listed.value("key_source"_L1).toString(), u"aws"_s);
        QVERIFY(!listed.contains("stream"_L1)); // streams unless told otherwise

        // Throttled once, then answered: retried, signed anew, priced from the built-in Bedrock prices
        // (Claude 3 Haiku 0.25/1.25 per MTok: 8 in, 12 out = $0.000017, docs/pricing.md's example).
        const QString haiku = u"anthropic.claude-3-haiku-20240307-v1:0"_s;
        Script throttled;
        throttled.status = 429;
        m_server.enqueueFor(haiku, throttled);
        Script answer;
        answer.deltas.clear();
        for (int i = 0; i < 12; ++i) {
            answer.deltas << u"w%1 "_s.arg(i);
        }
        answer.usage.input = 8;
        m_server.enqueueFor(haiku, answer);
        m_server.clearRequests();
        const Result asked = run({u"ask"_s, u"--json"_s, u"--target"_s, u"aws/"_s + haiku, u"Bonjour ?"_s});
        QCOMPARE(asked.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(asked.out.toUtf8()).object();
        QCOMPARE(result.value("status"_L1).toString(), u"ok"_s);
        QVERIFY(result.value("text"_L1).toString().startsWith(u"w0 w1 "_s));
        QCOMPARE(result.value("usage"_L1).toObject().value("input"_L1).toInt(), 8);
        QCOMPARE(result.value("usage"_L1).toObject().value("output"_L1).toInt(), 12);
        QCOMPARE(result.value("cost_usd"_L1).toDouble(), 0.000017);
        QCOMPARE(result.value("cost_estimated"_L1).toBool(), false);
        QCOMPARE(m_server.chatRequestCount(), 2);
        QCOMPARE(
            m_server.requests().constLast().path, "/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse-stream"_ba);

        // A prompt router as the model: the answer says which model it chose.
        const QString router = u"arn:aws:bedrock:eu-west-1:123456789012:default-prompt-router/anthropic.claude:1"_s;
        const Result routed = run({u"ask"_s, u"--json"_s, u"--target"_s, u"aws/"_s + router, u"Hi"_s});
        QCOMPARE(routed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(routed.out.toUtf8()).object().value("served_model"_L1).toString(),
            u"us.anthropic.claude-3-haiku-20240307-v1:0"_s);

        // The model list: foundation models, inference profiles, prompt routers.
        m_server.setModels({haiku});
        const Result models = run({u"models"_s, u"aws"_s});
        QCOMPARE(models.exitCode, 0);
        QCOMPARE(models.out.split(u'\n', Qt::SkipEmptyParts),
            (QStringList {haiku,
                u"arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1"_s,
                u"eu.amazon.nova-pro-v1:0"_s,
                u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s}));

        // Without streaming: Converse, the answer in one piece.
        QCOMPARE(run({u"providers"_s,
                         u"add"_s,
                         u"aws-whole"_s,
                         u"--kind"_s,
                         u"bedrock"_s,
                         u"--region"_s,
                         u"eu-west-1"_s,
                         u"--profile"_s,
                         u"team"_s,
                         u"--base-url"_s,
                         root,
                         u"--no-stream"_s})
                     .exitCode,
            0);
        QCOMPARE(run({u"providers"_s, u"add"_s, u"x"_s, u"--kind"_s, u"openai"_s, u"--no-stream"_s}).exitCode, 2);
        const Result whole = run({u"ask"_s, u"--json"_s, u"--target"_s, u"aws-whole/"_s + haiku, u"Hi"_s});
        QCOMPARE(QJsonDocument::fromJson(whole.out.toUtf8()).object().value("text"_L1).toString(),
            u"Hello from the fake server."_s);
        QVERIFY(m_server.requests().constLast().path.endsWith("/converse"));

        // A wrong secret: AWS's words, exit 1, nothing retried.
        QVERIFY(home.writeCredentials({{u"team"_s, {team.accessKeyId, u"wrong"_s, {}}}}));
        m_server.clearRequests();
        const Result refused = run({u"ask"_s, u"--target"_s, u"aws/"_s + haiku, u"Hi"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"signature we calculated does not match"_s), qPrintable(refused.err));
        QCOMPARE(m_server.chatRequestCount(), 1);
    }

    void modelWithSlashes()
    {
        const Result r = run({u"ask"_s, u"--json"_s, u"--target"_s, u"oa/openai/gpt-4o-mini"_s, u"hi"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server.requests().constLast().model, u"openai/gpt-4o-mini"_s);
    }

    void answersAreStoredAndShown()
    {
        Script ok;
        ok.deltas = {u"Stored"_s, u" answer"_s};
        m_server.enqueueFor(u"keep"_s, ok);
        const Result asked = run({u"ask"_s, u"--json"_s, u"--target"_s, u"oa/keep"_s, u"Remember this\nsecond line"_s});
        QCOMPARE(asked.exitCode, 0);
        const QJsonObject answer = QJsonDocument::fromJson(asked.out.toUtf8()).object();
        const qint64 conversationId = answer.value("conversation_id"_L1).toInteger();
        const qint64 responseId = answer.value("response_id"_L1).toInteger();
        QVERIFY(conversationId > 0 && responseId > 0);

        const Result history = run({u"history"_s, u"--json"_s});
        QCOMPARE(history.exitCode, 0);
        const QJsonObject listed = QJsonDocument::fromJson(history.out.toUtf8()).array().first().toObject();
        QCOMPARE(listed.value("id"_L1).toInteger(), conversationId);
        QCOMPARE(listed.value("title"_L1).toString(), u"Remember this second line"_s); // the window's rule

        const Result shown = run({u"show"_s, u"--json"_s, QString::number(conversationId)});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject conversation = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(conversation.value("id"_L1).toInteger(), conversationId);
        const QJsonArray turns = conversation.value("turns"_L1).toArray();
        QCOMPARE(turns.size(), 1);
        QCOMPARE(turns.at(0).toObject().value("prompt"_L1).toString(), u"Remember this\nsecond line"_s);
        const QJsonObject stored = turns.at(0).toObject().value("responses"_L1).toArray().at(0).toObject();
        // The stored answer has the same fields and values as the one ask printed.
        for (const auto key : {"target"_L1,
                 "status"_L1,
                 "text"_L1,
                 "reasoning"_L1,
                 "finish_reason"_L1,
                 "finish_reason_raw"_L1,
                 "usage"_L1,
                 "ttft_ms"_L1,
                 "duration_ms"_L1,
                 "served_model"_L1,
                 "error"_L1,
                 "cost_usd"_L1,
                 "cost_estimated"_L1,
                 "response_id"_L1}) {
            QVERIFY2(stored.contains(key), key.data());
            QCOMPARE(stored.value(key), answer.value(key));
        }
        QCOMPARE(run({u"show"_s, u"999"_s}).exitCode, 1);
        QCOMPARE(run({u"show"_s, u"abc"_s}).exitCode, 2);
        QVERIFY(run({u"show"_s, QString::number(conversationId)}).out.contains(u"Stored answer"_s));
    }

    void searchFindsStoredText()
    {
        Script ok;
        ok.deltas = {u"Use std::expected<int, Error> here."_s};
        m_server.enqueueFor(u"code"_s, ok);
        QCOMPARE(run({u"ask"_s, u"--target"_s, u"oa/code"_s, u"How do I return errors in C++23?"_s}).exitCode, 0);
        const Result r = run({u"search"_s, u"--json"_s, u"expected<int"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.first().toObject();
        QCOMPARE(hit.value("kind"_L1).toString(), u"answer"_s);
        QCOMPARE(hit.value("target"_L1).toString(), u"oa/code"_s);
        QCOMPARE(hit.value("conversation_title"_L1).toString(), u"How do I return errors in C++23?"_s);
        const QString snippet = hit.value("snippet"_L1).toString();
        const QJsonArray range = hit.value("highlights"_L1).toArray().first().toArray();
        QCOMPARE(snippet.mid(range.at(0).toInt(), range.at(1).toInt() - range.at(0).toInt()), u"expected<int"_s);
        QVERIFY(run({u"search"_s, u"errors in C++"_s}).out.contains(u"«errors in C++»"_s));
        QCOMPARE(run({u"search"_s, u"--json"_s, u"nothing like this"_s}).out.trimmed(), u"[]"_s);
        QCOMPARE(run({u"search"_s}).exitCode, 2);
    }

    void backupAndRestore()
    {
        QCOMPARE(run({u"ask"_s, u"--target"_s, u"oa/m"_s, u"keep me"_s}).exitCode, 0);
        QVERIFY(QDir(m_dir->filePath(u"backups"_s)).entryList(QDir::Files).size() == 1); // the daily copy
        const Result made = run({u"backup"_s});
        QCOMPARE(made.exitCode, 0);
        const QString file = made.out.trimmed();
        QVERIFY(QFile::exists(file));
        QCOMPARE(run({u"ask"_s, u"--target"_s, u"oa/m"_s, u"added after the backup"_s}).exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run({u"history"_s, u"--json"_s}).out.toUtf8()).array().size(), 2);
        const Result restored = run({u"restore"_s, file});
        QCOMPARE(restored.exitCode, 0);
        const QJsonArray after = QJsonDocument::fromJson(run({u"history"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().toObject().value("title"_L1).toString(), u"keep me"_s);
        QCOMPARE(run({u"restore"_s, m_dir->filePath(u"providers.json"_s)}).exitCode, 1); // not a backup
    }

    void damagedDatabaseIsReportedWithItsPath()
    {
        QFile file(m_dir->filePath(u"quorum.db"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("garbage that is not SQLite\n").repeated(100));
        file.close();
        const Result r = run({u"history"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_dir->filePath(u"quorum.db"_s)) && r.err.contains(u"has not changed it"_s),
            qPrintable(r.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("garbage that is not SQLite\n").repeated(100));
    }

    void aDamagedDatabaseIsReplacedByABackupOnlyWhenAsked()
    {
        QCOMPARE(run({u"ask"_s, u"--target"_s, u"oa/m"_s, u"worth keeping"_s}).exitCode, 0);
        const Result made = run({u"backup"_s}); // the daily copy was made before the answer was stored
        QCOMPARE(made.exitCode, 0);
        const QString backup = made.out.trimmed();
        const QString path = m_dir->filePath(u"quorum.db"_s);
        const QByteArray garbage = QByteArray("garbage that is not SQLite\n").repeated(200);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(garbage);
        file.close();

        const Result refused = run({u"ask"_s, u"--target"_s, u"oa/m"_s, u"hello?"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"quorum restore "_s + backup), qPrintable(refused.err));

        const Result restored = run({u"restore"_s, backup});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(
            restored.out.contains(u"The damaged file is kept as "_s + path + u".damaged-"_s), qPrintable(restored.out));
        const QStringList kept = QDir(m_dir->path()).entryList({u"quorum.db.damaged-*"_s});
        QCOMPARE(kept.size(), 1);
        QFile damaged(m_dir->filePath(kept.first()));
        QVERIFY(damaged.open(QIODevice::ReadOnly));
        QCOMPARE(damaged.readAll(), garbage); // kept byte for byte
        const QJsonArray history = QJsonDocument::fromJson(run({u"history"_s, u"--json"_s}).out.toUtf8()).array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value("title"_L1).toString(), u"worth keeping"_s);
        QCOMPARE(run({u"ask"_s, u"--target"_s, u"oa/m"_s, u"and on we go"_s}).exitCode, 0);
    }

    void continuingSendsTheHistory()
    {
        Script first;
        first.deltas = {u"Paris."_s};
        m_server.enqueueFor(u"geo"_s, first);
        const Result one = run({u"ask"_s,
            u"--json"_s,
            u"--system"_s,
            u"Be brief."_s,
            u"--target"_s,
            u"an/geo"_s,
            u"Capital of France?"_s});
        const qint64 id = QJsonDocument::fromJson(one.out.toUtf8()).object().value("conversation_id"_L1).toInteger();
        const Result two = run({u"ask"_s,
            u"--json"_s,
            u"--conversation"_s,
            QString::number(id),
            u"--target"_s,
            u"an/geo"_s,
            u"And of Italy?"_s});
        QCOMPARE(two.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(two.out.toUtf8()).object().value("conversation_id"_L1).toInteger(), id);
        const QJsonObject sent = m_server.requests().constLast().json;
        QCOMPARE(sent.value("system"_L1).toString(), u"Be brief."_s); // kept from the conversation
        const QJsonArray messages = sent.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).toObject().value("content"_L1).toString(), u"Capital of France?"_s);
        QCOMPARE(messages.at(1).toObject().value("role"_L1).toString(), u"assistant"_s);
        QCOMPARE(messages.at(1).toObject().value("content"_L1).toString(), u"Paris."_s);
        QCOMPARE(messages.at(2).toObject().value("content"_L1).toString(), u"And of Italy?"_s);
        const QJsonObject shown
            = QJsonDocument::fromJson(run({u"show"_s, u"--json"_s, QString::number(id)}).out.toUtf8()).object();
        const QJsonArray turns = shown.value("turns"_L1).toArray();
        QCOMPARE(turns.size(), 2);
        QCOMPARE(turns.at(1).toObject().value("parent_id"_L1).toInteger(),
            turns.at(0).toObject().value("id"_L1).toInteger());
        QCOMPARE(run({u"ask"_s, u"--conversation"_s, u"4242"_s, u"--target"_s, u"an/geo"_s, u"x"_s}).exitCode, 1);
    }

    void noStoreKeepsNothing()
    {
        const Result r = run({u"ask"_s, u"--json"_s, u"--no-store"_s, u"--target"_s, u"oa/m"_s, u"ephemeral"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value("conversation_id"_L1).isNull());
        QCOMPARE(run({u"history"_s, u"--json"_s}).out.trimmed(), u"[]"_s);
    }

    void interruptCancelsEveryTarget()
    {
        Script stall;
        stall.stallAfter = 1;
        m_server.enqueueFor(u"slow1"_s, stall);
        m_server.enqueueFor(u"slow2"_s, stall);
        QProcess process;
        process.setProcessEnvironment(environment());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(Quorum::Testing::buildPath(QUORUM_BINARY),
            {u"ask"_s, u"--json"_s, u"--target"_s, u"oa/slow1"_s, u"--target"_s, u"an/slow2"_s, u"hi"_s});
        QVERIFY(process.waitForStarted());
        // Wait until both answers have begun, then press Ctrl+C.
        QTRY_VERIFY_WITH_TIMEOUT(m_server.openConnections() >= 2, 10000);
        QTest::qWait(200);
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(finished.wait(5000));
        QCOMPARE(process.exitCode(), 1);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            QCOMPARE(object.value("status"_L1).toString(), u"cancelled"_s);
            QCOMPARE(object.value("text"_L1).toString(), u"Hello"_s);
            // Stored as cancelled, with the text that had arrived.
            const QJsonObject shown = QJsonDocument::fromJson(
                run({u"show"_s, u"--json"_s, QString::number(object.value("conversation_id"_L1).toInteger())})
                    .out.toUtf8())
                                          .object();
            bool found = false;
            for (const QJsonValue &r :
                shown.value("turns"_L1).toArray().at(0).toObject().value("responses"_L1).toArray()) {
                if (r.toObject().value("response_id"_L1) == object.value("response_id"_L1)) {
                    found = true;
                    QCOMPARE(r.toObject().value("status"_L1).toString(), u"cancelled"_s);
                    QCOMPARE(r.toObject().value("text"_L1).toString(), u"Hello"_s);
                }
            }
            QVERIFY(found);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliAsk)
#include "test_cli_ask.moc"
