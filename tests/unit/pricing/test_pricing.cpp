// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "expectedtext.h"
#include "pricing/cost.h"
#include "pricing/pricelist.h"
#include "pricing/pricing.h"
#include "providers/provideraccount.h"
#include "storage/database.h"
#include "storage/pricestore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
ModelPrice price(const QString &scope,
    const QString &model,
    const QString &input,
    const QString &output,
    const QString &cached = {},
    const QString &cacheWrite = {})
{
    ModelPrice p;
    p.scope = scope;
    p.model = model;
    p.inputMicros = *parseUsdMicros(input);
    p.outputMicros = *parseUsdMicros(output);
    p.cachedInputMicros = cached.isEmpty() ? std::nullopt : parseUsdMicros(cached);
    p.cacheWriteMicros = cacheWrite.isEmpty() ? std::nullopt : parseUsdMicros(cacheWrite);
    return p;
}

Usage usage(qint64 input, qint64 output, qint64 cached = 0, qint64 cacheWrite = 0, qint64 reasoning = 0)
{
    Usage u;
    u.input = input;
    u.output = output;
    u.cachedInput = cached;
    u.cacheWrite = cacheWrite;
    u.reasoning = reasoning;
    return u;
}

QByteArray liteLlmTable()
{
    QFile file(Quorum::Testing::buildPath(QUORUM_TEST_DATA "/litellm-prices.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The worked examples of docs/pricing.md, in nano-dollars (pico-dollars rounded half up once).
    void examplesFromThePricingNotes_data()
    {
        QTest::addColumn<ModelPrice>("price");
        QTest::addColumn<Usage>("usage");
        QTest::addColumn<qint64>("nanos");
        QTest::addRow("gpt-4o") << price(u"openai"_s, u"gpt-4o"_s, u"2.50"_s, u"10.00"_s, u"1.25"_s) << usage(14, 30)
                                << qint64(335'000);
        QTest::addRow("gpt-4o-mini cached") << price(u"openai"_s, u"gpt-4o-mini"_s, u"0.15"_s, u"0.60"_s, u"0.075"_s)
                                            << usage(2000, 300, 1536) << qint64(364'800); // $0.0003648
        // Anthropic's input excludes cache reads and writes; Usage.input includes them.
        QTest::addRow("sonnet-4.5 cache write")
            << price(u"anthropic"_s, u"claude-sonnet-4-5"_s, u"3.00"_s, u"15.00"_s, u"0.30"_s, u"3.75"_s)
            << usage(2050, 200, 0, 2000) << qint64(10'650'000);
        QTest::addRow("sonnet-4.5 cache read")
            << price(u"anthropic"_s, u"claude-sonnet-4-5"_s, u"3.00"_s, u"15.00"_s, u"0.30"_s, u"3.75"_s)
            << usage(2050, 200, 2000) << qint64(3'750'000);
        QTest::addRow("opus-4.1") << price(u"anthropic"_s, u"claude-opus-4-1"_s, u"15.00"_s, u"75.00"_s)
                                  << usage(46, 114) << qint64(9'240'000);
        // Gemini: visible + thinking tokens are both output (the decoder adds them up).
        QTest::addRow("gemini-2.5-flash thinking")
            << price(u"gemini"_s, u"gemini-2.5-flash"_s, u"0.30"_s, u"2.50"_s, u"0.03"_s) << usage(8, 630, 0, 0, 603)
            << qint64(1'577'400); // $0.0015774
        QTest::addRow("mistral-small") << price(u"mistral"_s, u"mistral-small"_s, u"0.10"_s, u"0.30"_s) << usage(10, 12)
                                       << qint64(4'600); // $0.0000046
        QTest::addRow("bedrock haiku") << price(u"bedrock"_s, u"anthropic.claude-3-haiku"_s, u"0.25"_s, u"1.25"_s)
                                       << usage(8, 12) << qint64(17'000);
    }

    void examplesFromThePricingNotes()
    {
        QFETCH(ModelPrice, price);
        QFETCH(Usage, usage);
        QFETCH(qint64, nanos);
        const Cost cost = CostCalculator::fromUsage(usage, price);
        QCOMPARE(cost.nanos, std::optional<qint64>(nanos));
        QCOMPARE(cost.basis, Cost::Basis::Usage);
        QVERIFY(!cost.estimated());
    }

    void reasoningAtItsOwnPrice()
    {
        ModelPrice p = price(u"x"_s, u"m"_s, u"1.00"_s, u"4.00"_s);
        p.reasoningMicros = 2'000'000;
        // 1,000 in at $1, 600 visible at $4, 400 reasoning at $2: 1000 + 2400 + 800.
        QCOMPARE(CostCalculator::fromUsage(usage(1000, 1000, 0, 0, 400), p).nanos, std::optional<qint64>(4'200'000));
    }

    void longPromptsMoveTheWholeRequestToTheLongContextPrices()
    {
        // claude-sonnet-4-5 above 200k prompt tokens: 6.00 in, 22.50 out, 0.60 cache read, 7.50 write.
        ModelPrice sonnet = price(u"anthropic"_s, u"claude-sonnet-4-5"_s, u"3.00"_s, u"15.00"_s, u"0.30"_s, u"3.75"_s);
        sonnet.longContextAbove = 200'000;
        sonnet.longInputMicros = 6'000'000;
        sonnet.longOutputMicros = 22'500'000;
        sonnet.longCachedInputMicros = 600'000;
        sonnet.longCacheWriteMicros = 7'500'000;
        // At the threshold: normal prices. 200,000 x 3 + 1,000 x 15.
        QCOMPARE(CostCalculator::fromUsage(usage(200'000, 1'000), sonnet).nanos, std::optional<qint64>(615'000'000));
        // One token above: all of it at the long prices, cached and written parts too:
        // 150,001 x 6 + 50,000 x 0.60 + 1,000 x 7.50 + 1,000 x 22.50.
        QCOMPARE(CostCalculator::fromUsage(usage(201'001, 1'000, 50'000, 1'000), sonnet).nanos,
            std::optional<qint64>((900'006 + 30'000 + 7'500 + 22'500) * 1'000));
        // Gemini 2.5 Pro has no long cached price in the table: the normal one applies.
        ModelPrice pro = price(u"gemini"_s, u"gemini-2.5-pro"_s, u"1.25"_s, u"10.00"_s, u"0.3125"_s);
        pro.longContextAbove = 200'000;
        pro.longInputMicros = 2'500'000;
        pro.longOutputMicros = 15'000'000;
        QCOMPARE(CostCalculator::fromUsage(usage(250'000, 2'000, 100'000), pro).nanos,
            std::optional<qint64>((375'000 + 31'250 + 30'000) * 1'000));
        // The built-in list and the LiteLLM import both carry the tier.
        const auto builtIn = std::ranges::find_if(
            PriceList::builtIn(), [](const ModelPrice &p) { return p.model == u"gemini-2.5-pro"_s; });
        QVERIFY(builtIn != PriceList::builtIn().end());
        QCOMPARE(builtIn->longContextAbove, std::optional<qint64>(200'000));
        QCOMPARE(builtIn->longOutputMicros, std::optional<qint64>(15'000'000));
        const auto parsed = PriceList::fromLiteLlm(liteLlmTable(), 0, {});
        QVERIFY2(parsed, qPrintable(Quorum::Testing::errorText(parsed)));
        const auto imported = std::ranges::find_if(parsed->prices, [](const ModelPrice &p) {
            return p.scope == u"anthropic"_s && p.model == u"claude-sonnet-4-5-20250929"_s;
        });
        QVERIFY(imported != parsed->prices.end());
        QCOMPARE(imported->longContextAbove, std::optional<qint64>(200'000));
        QCOMPARE(imported->longInputMicros, std::optional<qint64>(6'000'000));
        QCOMPARE(imported->longCachedInputMicros, std::optional<qint64>(600'000));
        QCOMPARE(imported->longCacheWriteMicros, std::optional<qint64>(7'500'000));
        QCOMPARE(imported->longOutputMicros, std::optional<qint64>(22'500'000));
        // And the table keeps it.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"quorum.db"_s));
        QVERIFY(db);
        ModelPrice stored = *imported;
        QCOMPARE(PriceStore(**db).add({stored}).value_or(-1), 1);
        const auto found = PriceStore(**db).find({u"anthropic"_s}, {u"claude-sonnet-4-5-20250929"_s}, 1);
        QVERIFY(found && *found);
        stored.id = (*found)->id;
        QCOMPARE(**found, stored);
    }

    void theProvidersOwnCostWins()
    {
        Usage u = usage(1000, 1000);
        u.providerCostUsd = 0.0000075; // OpenRouter's usage.cost
        const Cost cost = CostCalculator::fromUsage(u, price(u"x"_s, u"m"_s, u"100.00"_s, u"100.00"_s));
        QCOMPARE(cost.nanos, std::optional<qint64>(7'500)); // exact, not $0.000008
        QCOMPARE(cost.basis, Cost::Basis::ProviderReported);
        QCOMPARE(CostCalculator::fromUsage(u, std::nullopt).nanos, std::optional<qint64>(7'500)); // no price needed
    }

    void unknownIsNeverZero()
    {
        const Cost cost = CostCalculator::compute(usage(10, 10), std::nullopt, 40, 40);
        QVERIFY(!cost.nanos);
        QCOMPARE(cost.basis, Cost::Basis::Unknown);
        QVERIFY(!CostCalculator::compute(std::nullopt, std::nullopt, 40, 40).nanos);
    }

    void noUsageIsEstimatedFromTheText()
    {
        // 401 characters -> 101 tokens, 800 -> 200: 101 x $2.50 + 200 x $10 per million.
        const Cost cost
            = CostCalculator::compute(std::nullopt, price(u"openai"_s, u"gpt-4o"_s, u"2.50"_s, u"10.00"_s), 401, 800);
        QCOMPARE(cost.nanos, std::optional<qint64>(2'252'500)); // 252.5 + 2000 micro-dollars, exact
        QVERIFY(cost.estimated());
    }

    void amounts()
    {
        QCOMPARE(parseUsdMicros(u"2.5"_s), std::optional<qint64>(2'500'000));
        QCOMPARE(parseUsdMicros(u"0.075"_s), std::optional<qint64>(75'000));
        QCOMPARE(parseUsdMicros(u" 15 "_s), std::optional<qint64>(15'000'000));
        QCOMPARE(parseUsdMicros(u"0.0000001"_s), std::nullopt); // below a micro-dollar
        QCOMPARE(parseUsdMicros(u"-1"_s), std::nullopt);
        QCOMPARE(parseUsdMicros(u"1e-6"_s), std::nullopt);
        QCOMPARE(formatUsd(2'500'000), u"2.50"_s);
        QCOMPARE(formatUsd(75'000), u"0.075"_s);
        QCOMPARE(formatUsd(335), u"0.000335"_s);
        QCOMPARE(formatUsd(0), u"0.00"_s);
        // Costs are nano-dollars.
        QCOMPARE(parseUsdNanos(u"0.0000075"_s), std::optional<qint64>(7'500));
        QCOMPARE(parseUsdNanos(u"25"_s), std::optional<qint64>(25'000'000'000));
        QCOMPARE(parseUsdNanos(u"0.0000000001"_s), std::nullopt); // below a nano-dollar
        QCOMPARE(parseUsdNanos(u"-1"_s), std::nullopt);
        QCOMPARE(formatUsdNanos(7'500), u"0.0000075"_s);
        QCOMPARE(formatUsdNanos(612'000), u"0.000612"_s);
        QCOMPARE(formatUsdNanos(1), u"0.000000001"_s);
        QCOMPARE(formatUsdNanos(25'000'000'000), u"25.00"_s);
        QCOMPARE(nanosFromUsd(0.0000075), 7'500);
        QCOMPARE(usdFromNanos(7'500), 0.0000075);
        QCOMPARE(formatCost(1'234'567'000), u"$1.23"_s);
        QCOMPARE(formatCost(1'235'000'000), u"$1.24"_s);
        QCOMPARE(formatCost(335'000), u"$0.00034"_s);
        QCOMPARE(formatCost(400'000), u"$0.0004"_s);
        QCOMPARE(formatCost(12'345'000), u"$0.012"_s);
        QCOMPARE(formatCost(123'456'000), u"$0.12"_s);
        QCOMPARE(formatCost(8'000), u"$0.000008"_s);
        QCOMPARE(formatCost(7'500), u"$0.0000075"_s); // as many digits as the amount needs
        QCOMPARE(formatCost(4'612), u"$0.0000046"_s);
        QCOMPARE(formatCost(3), u"$0.000000003"_s);
        QCOMPARE(formatCost(999'999'000), u"$1.00"_s);
        QCOMPARE(formatCost(0), u"$0.00"_s);
        QCOMPARE(formatCost(20'000'000'000), u"$20.00"_s);
        QCOMPARE(PriceList::perTokenToMicrosPerMillion(2.5e-06), std::optional<qint64>(2'500'000));
        QCOMPARE(PriceList::perTokenToMicrosPerMillion(1.25e-07), std::optional<qint64>(125'000));
        QCOMPARE(PriceList::perTokenToMicrosPerMillion(3.75e-06), std::optional<qint64>(3'750'000));
    }

    void theBuiltInListIsComplete()
    {
        const QList<ModelPrice> &list = PriceList::builtIn();
        QVERIFY(list.size() > 30);
        QSet<QString> scopes;
        for (const ModelPrice &p : list) {
            scopes.insert(p.scope);
            QCOMPARE(p.source, ModelPrice::Source::BuiltIn);
            QCOMPARE(p.checkedOn, u"2025-11-21"_s);
            QVERIFY2(p.inputMicros > 0 || p.scope == u"ollama"_s, qPrintable(p.model));
        }
        for (const QString &scope : {u"openai"_s,
                 u"anthropic"_s,
                 u"gemini"_s,
                 u"mistral"_s,
                 u"deepseek"_s,
                 u"xai"_s,
                 u"bedrock"_s,
                 u"ollama"_s}) {
            QVERIFY2(scopes.contains(scope), qPrintable(scope));
        }
        const auto sonnet
            = std::ranges::find_if(list, [](const ModelPrice &p) { return p.model == u"claude-sonnet-4-5"_s; });
        QVERIFY(sonnet != list.end());
        QCOMPARE(sonnet->cacheWriteMicros, std::optional<qint64>(3'750'000));
    }

    void importsLiteLlmsTable()
    {
        const QByteArray table = liteLlmTable();
        QVERIFY2(!table.isEmpty(), "tests/data/litellm-prices.json is missing");
        const auto parsed = PriceList::fromLiteLlm(table, 1'764'000'000'000, u"2025-11-21"_s);
        QVERIFY2(parsed, qPrintable(Quorum::Testing::errorText(parsed)));
        // Of the copy's 261 entries, 38 are chat models of providers Quorum prices; the rest are
        // embeddings, images, providers Quorum does not know. Every entry is counted once.
        QCOMPARE(parsed->prices.size(), 38);
        QCOMPARE(parsed->skipped, 223);
        const auto find = [&](const QString &scope, const QString &model) {
            const auto it = std::ranges::find_if(
                parsed->prices, [&](const ModelPrice &p) { return p.scope == scope && p.model == model; });
            return it == parsed->prices.end() ? std::optional<ModelPrice>() : std::optional<ModelPrice>(*it);
        };
        const auto gpt4o = find(u"openai"_s, u"gpt-4o"_s);
        QVERIFY(gpt4o);
        QCOMPARE(gpt4o->inputMicros, 2'500'000);
        QCOMPARE(gpt4o->cachedInputMicros, std::optional<qint64>(1'250'000));
        QCOMPARE(gpt4o->outputMicros, 10'000'000);
        const auto flash = find(u"gemini"_s, u"gemini-2.5-flash"_s); // "gemini/" prefix removed
        QVERIFY(flash);
        QCOMPARE(flash->inputMicros, 300'000);
        QCOMPARE(flash->cachedInputMicros, std::optional<qint64>(30'000));
        QCOMPARE(flash->outputMicros, 2'500'000);
        QVERIFY(!flash->reasoningMicros); // same as output
        const auto bedrock = find(u"bedrock"_s, u"us.anthropic.claude-sonnet-4-5-20250929-v1:0"_s);
        QVERIFY(bedrock);
        QCOMPARE(bedrock->inputMicros, 3'300'000);
        QCOMPARE(bedrock->cacheWriteMicros, std::optional<qint64>(4'125'000));
        QVERIFY(!find(u"openai"_s, u"text-embedding-3-small"_s)); // not a chat model
    }

    // Ten models of the LiteLLM copy against docs/pricing.md's table, and the cost of 10,000
    // input tokens (2,000 of them cached) and 1,000 output tokens worked out by hand.
    void liteLlmSpotChecks_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("model");
        QTest::addColumn<qint64>("input");  // micro-dollars per million
        QTest::addColumn<qint64>("cached"); // -1: none (the input price applies)
        QTest::addColumn<qint64>("output");
        QTest::addColumn<qint64>("cost"); // micro-dollars for the usage above
        // 8,000 x input + 2,000 x cached + 1,000 x output, all per million.
        QTest::addRow("gpt-4o") << u"openai"_s << u"gpt-4o"_s << qint64(2'500'000) << qint64(1'250'000)
                                << qint64(10'000'000) << qint64(20'000 + 2'500 + 10'000);
        QTest::addRow("gpt-4o-mini") << u"openai"_s << u"gpt-4o-mini"_s << qint64(150'000) << qint64(75'000)
                                     << qint64(600'000) << qint64(1'200 + 150 + 600);
        QTest::addRow("gpt-4.1") << u"openai"_s << u"gpt-4.1"_s << qint64(2'000'000) << qint64(500'000)
                                 << qint64(8'000'000) << qint64(16'000 + 1'000 + 8'000);
        QTest::addRow("gpt-5") << u"openai"_s << u"gpt-5"_s << qint64(1'250'000) << qint64(125'000)
                               << qint64(10'000'000) << qint64(10'000 + 250 + 10'000);
        QTest::addRow("o4-mini") << u"openai"_s << u"o4-mini"_s << qint64(1'100'000) << qint64(275'000)
                                 << qint64(4'400'000) << qint64(8'800 + 550 + 4'400);
        QTest::addRow("claude-haiku-4-5") << u"anthropic"_s << u"claude-haiku-4-5-20251001"_s << qint64(1'000'000)
                                          << qint64(100'000) << qint64(5'000'000) << qint64(8'000 + 200 + 5'000);
        QTest::addRow("claude-opus-4-1") << u"anthropic"_s << u"claude-opus-4-1-20250805"_s << qint64(15'000'000)
                                         << qint64(1'500'000) << qint64(75'000'000) << qint64(120'000 + 3'000 + 75'000);
        QTest::addRow("gemini-2.5-pro") << u"gemini"_s << u"gemini-2.5-pro"_s << qint64(1'250'000) << qint64(312'500)
                                        << qint64(10'000'000) << qint64(10'000 + 625 + 10'000);
        QTest::addRow("mistral-large") << u"mistral"_s << u"mistral-large-latest"_s << qint64(2'000'000) << qint64(-1)
                                       << qint64(6'000'000) << qint64(16'000 + 4'000 + 6'000);
        QTest::addRow("azure gpt-4o-mini") << u"azure"_s << u"gpt-4o-mini"_s << qint64(165'000) << qint64(75'000)
                                           << qint64(660'000) << qint64(1'320 + 150 + 660);
    }

    void liteLlmSpotChecks()
    {
        QFETCH(QString, scope);
        QFETCH(QString, model);
        QFETCH(qint64, input);
        QFETCH(qint64, cached);
        QFETCH(qint64, output);
        QFETCH(qint64, cost);
        static const auto parsed = PriceList::fromLiteLlm(liteLlmTable(), 0, {});
        QVERIFY(parsed);
        const auto it = std::ranges::find_if(
            parsed->prices, [&](const ModelPrice &p) { return p.scope == scope && p.model == model; });
        QVERIFY2(it != parsed->prices.end(), qPrintable(scope + u'/' + model));
        QCOMPARE(it->inputMicros, input);
        QCOMPARE(it->cachedInputMicros.value_or(-1), cached);
        QCOMPARE(it->outputMicros, output);
        QCOMPARE(
            CostCalculator::fromUsage(usage(10'000, 1'000, 2'000), *it).nanos, std::optional<qint64>(cost * 1'000));
    }

    void badTablesAreRefusedWithWhere()
    {
        const auto broken = PriceList::fromLiteLlm(R"({"gpt-4o": {"input_cost_per_token": 2.5e-06,)", 0, {});
        QVERIFY(!broken);
        QVERIFY2(broken.error().contains(u"byte"_s), qPrintable(Quorum::Testing::errorText(broken)));
        QVERIFY(!PriceList::fromLiteLlm("[1, 2]", 0, {}));
    }

    void theStoreKeepsHistoryAndPrecedence()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"quorum.db"_s));
        QVERIFY(db);
        PriceStore store(**db);
        Pricing pricing(**db);
        const int seeded = pricing.seedBuiltIn().value_or(-1);
        QCOMPARE(seeded, PriceList::builtIn().size());
        QCOMPARE(pricing.seedBuiltIn().value_or(-1), 0); // again: nothing new

        ProviderAccount openai = *ProviderAccount::create(u"work"_s, u"openai"_s);
        const qint64 now = 1'800'000'000'000;
        QCOMPARE(pricing.priceFor(openai, u"gpt-4o-2024-08-06"_s, {}, now)->inputMicros, 2'500'000); // date dropped
        // The user's price for the kind wins over the built-in one, from when it was set.
        ModelPrice mine = price(u"openai"_s, u"gpt-4o"_s, u"2.00"_s, u"8.00"_s);
        mine.source = ModelPrice::Source::User;
        mine.effectiveFrom = now;
        QCOMPARE(store.add({mine}).value_or(-1), 1);
        QCOMPARE(pricing.priceFor(openai, u"gpt-4o"_s, {}, now)->inputMicros, 2'000'000);
        QCOMPARE(pricing.priceFor(openai, u"gpt-4o"_s, {}, now - 1)->inputMicros, 2'500'000); // before: built-in
        // An account's own row wins over its kind's.
        ModelPrice account = price(u"work"_s, u"gpt-4o"_s, u"1.00"_s, u"4.00"_s);
        account.effectiveFrom = now;
        QVERIFY(store.add({account}));
        QCOMPARE(pricing.priceFor(openai, u"gpt-4o"_s, {}, now)->inputMicros, 1'000'000);

        // OpenRouter is of kind openai but never priced as OpenAI.
        ProviderAccount router = *ProviderAccount::create(u"router"_s, u"openrouter"_s);
        QCOMPARE(Pricing::scopesFor(router), (QStringList {u"router"_s, u"openrouter"_s}));
        QVERIFY(!pricing.priceFor(router, u"gpt-4o"_s, {}, now));
        // A generic OpenAI-compatible endpoint without a preset falls back to its kind.
        ProviderAccount generic = openai;
        generic.id = u"proxy"_s;
        generic.preset.clear();
        QCOMPARE(Pricing::scopesFor(generic), (QStringList {u"proxy"_s, u"openai"_s}));
        // Local models cost nothing, by the built-in row or by being on this machine.
        const ProviderAccount ollama = ProviderAccount::builtInOllama();
        QCOMPARE(pricing.priceFor(ollama, u"qwen3:8b"_s, {}, now)->outputMicros, 0);
        ProviderAccount lmstudio = *ProviderAccount::create(u"lm"_s, u"lmstudio"_s);
        const auto local = pricing.priceFor(lmstudio, u"any-model"_s, {}, now);
        QVERIFY(local);
        QCOMPARE(local->inputMicros, 0);
        // The list shows what is in force, each source once.
        const auto listed = store.list(now);
        QVERIFY(listed);
        QCOMPARE(std::ranges::count_if(*listed, [](const ModelPrice &p) { return p.model == u"gpt-4o"_s; }), 3);
    }

    // add() compares each price with the newest row of its scope, model and source (read in
    // one query): unchanged ones are skipped, changed ones kept as history, and a price given
    // twice in one call is stored once.
    void addKeepsWhatChangedOnly()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"quorum.db"_s));
        QVERIFY(db);
        PriceStore store(**db);
        ModelPrice first = price(u"acme"_s, u"m1"_s, u"1.00"_s, u"2.00"_s);
        first.effectiveFrom = 1000;
        ModelPrice other = price(u"acme"_s, u"m2"_s, u"1.00"_s, u"2.00"_s);
        other.effectiveFrom = 1000;
        QCOMPARE(store.add({first, other, first}).value_or(-1), 2);
        QCOMPARE(store.add({first, other}).value_or(-1), 0);
        // The same model with another source is another key.
        ModelPrice imported = first;
        imported.source = ModelPrice::Source::Imported;
        QCOMPARE(store.add({imported}).value_or(-1), 1);
        // A new price for m1, later: added; offering the old one again after it is a change back.
        ModelPrice dearer = price(u"acme"_s, u"m1"_s, u"3.00"_s, u"6.00"_s);
        dearer.effectiveFrom = 2000;
        QCOMPARE(store.add({other, dearer}).value_or(-1), 1);
        QCOMPARE(store.add({dearer}).value_or(-1), 0);
        ModelPrice cheaperAgain = first;
        cheaperAgain.effectiveFrom = 3000;
        QCOMPARE(store.add({cheaperAgain}).value_or(-1), 1);
        const auto listed = store.list(2500);
        QVERIFY(listed);
        const auto m1 = std::ranges::find_if(
            *listed, [](const ModelPrice &p) { return p.model == u"m1"_s && p.source == ModelPrice::Source::User; });
        QVERIFY(m1 != listed->end());
        QCOMPARE(m1->inputMicros, 3'000'000);
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "test_pricing.moc"
