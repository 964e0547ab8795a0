// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The cost of one answer in every wire protocol: the fake server reports the same usage in
// each protocol's own shape (Anthropic's input without cached tokens, Gemini's thoughts
// beside the candidates, OpenRouter's own cost, Mistral and Ollama without cache figures),
// the decoders normalise it, and Pricing must come to the same money.
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "chat/fanout.h"
#include "fakeaccounts.h"
#include "pricing/pricing.h"
#include "storage/database.h"
#include "storage/pricestore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;

class TestCosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyProtocolCostsTheSame()
    {
        Fake::FakeProviderServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"quorum.db"_s));
        QVERIFY(db);
        Pricing pricing(**db);

        // 1,000 input tokens of which 400 cached, 300 output of which 100 reasoning, at
        // $1 input, $0.25 cached, $4 output per million.
        Fake::Script script;
        script.deltas = {u"Costs"_s, u" add"_s, u" up."_s};
        script.reasoning = {u"Let me count."_s};
        script.usage.input = 1000;
        script.usage.cached = 400;
        script.usage.output = 300;
        script.usage.reasoning = 100;
        QList<FanOutJob> jobs;
        QList<ModelPrice> prices;
        for (const Protocol protocol : Testing::allProtocols()) {
            const ProviderAccount account = Testing::fakeAccount(server, protocol, Fake::protocolName(protocol));
            const QString model = u"priced-model-%1"_s.arg(account.id); // one script queue per target
            ModelPrice price;
            price.scope = account.id;
            price.model = model;
            price.inputMicros = 1'000'000;
            price.cachedInputMicros = 250'000;
            price.outputMicros = 4'000'000;
            prices.append(price);
            Fake::Script forThis = script;
            if (protocol == Protocol::OpenRouter) {
                forThis.usage.cost = 0.0000075; // what OpenRouter says it charged wins, below a micro-dollar
            }
            server.enqueueFor(model, forThis);
            ChatRequest request;
            request.model = model;
            request.messages = {{ChatMessage::Role::User, u"What does it cost?"_s}};
            jobs.append({account, request, {}});
        }
        QVERIFY(PriceStore(**db).add(prices));

        QNetworkAccessManager network;
        FanOut fanOut(&network);
        QEventLoop loop;
        connect(&fanOut, &FanOut::allEnded, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        fanOut.start(jobs);
        loop.exec();

        for (int i = 0; i < fanOut.count(); ++i) {
            const ProviderAccount &account = fanOut.job(i).account;
            const ChatStream &stream = *fanOut.stream(i);
            QVERIFY2(stream.status() == ChatStream::Status::Finished,
                qPrintable(account.id + u": "_s + stream.error().message));
            const Cost cost = pricing.costOf(account, fanOut.job(i).request, stream);
            qint64 expected = (600 * 1 + 400 / 4 + 300 * 4) * 1'000; // 1,900 micro-dollars, in nano-dollars
            Cost::Basis basis = Cost::Basis::Usage;
            if (account.id == u"openrouter"_s) {
                expected = 7'500; // $0.0000075 exactly, not rounded to $0.000008
                basis = Cost::Basis::ProviderReported;
            } else if (account.id == u"mistral"_s || account.id == u"ollama"_s) {
                expected = (1000 * 1 + 300 * 4) * 1'000; // these report no cached tokens: all input at full price
            }
            QVERIFY2(cost.nanos == expected,
                qPrintable(
                    u"%1: %2 nano-dollars, expected %3"_s.arg(account.id).arg(cost.nanos.value_or(-1)).arg(expected)));
            QCOMPARE(cost.basis, basis);
        }
    }
};

QTEST_GUILESS_MAIN(TestCosts)
#include "test_costs.moc"
