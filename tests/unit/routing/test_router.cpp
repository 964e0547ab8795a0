// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The router as a pure function: each condition and action, ordering, disabled rules,
// governance that holds whatever the selection, explanations, and the JSON form of rules.
#include <QJsonDocument>
#include <QTest>

#include "expectedtext.h"
#include "routing/router.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using CT = Condition::Type;
using AT = Action::Type;

namespace
{
ChatTarget target(const QString &label)
{
    return *ChatTarget::parse(label);
}

Condition condition(CT type)
{
    Condition c;
    c.type = type;
    return c;
}

Rule rule(
    const QString &name, QList<Condition> conditions, AT type, const QStringList &targets = {}, const QString &tag = {})
{
    Rule r;
    r.name = name;
    r.conditions = std::move(conditions);
    r.action.type = type;
    for (const QString &t : targets) {
        r.action.targets.append(target(t));
    }
    r.action.tag = tag;
    return r;
}

RouteContext context(const QString &prompt)
{
    RouteContext c;
    c.prompt = prompt;
    c.now = QDateTime(QDate(2026, 11, 25), QTime(14, 30)); // a Wednesday afternoon
    c.selection = {target(u"openai/gpt-4.1"_s), target(u"anthropic/claude-sonnet-4-5"_s)};
    c.accountTags = [](const QString &id) {
        return id == "ollama"_L1 ? QStringList {u"local"_s, u"no-training"_s} : QStringList {u"cloud"_s};
    };
    return c;
}

QStringList labels(const QList<ChatTarget> &targets)
{
    QStringList out;
    for (const ChatTarget &t : targets) {
        out << t.label();
    }
    return out;
}
} // namespace

class TestRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noRulesMeansTheSelection()
    {
        const RouteDecision d = Router().decide(context(u"hi"_s));
        QCOMPARE(d.rule, u"default"_s);
        QCOMPARE(labels(d.targets), (QStringList {u"openai/gpt-4.1"_s, u"anthropic/claude-sonnet-4-5"_s}));
        QVERIFY(!d.blocked);
        QCOMPARE(d.prompt, u"hi"_s);
    }

    void firstMatchWinsAndEarlierMissesAreExplained()
    {
        Condition code = condition(CT::HasCode);
        Condition long_ = condition(CT::TokensAbove);
        long_.number = 1000;
        const Router router({rule(u"Long to Gemini"_s, {long_}, AT::Send, {u"gemini/gemini-2.5-pro"_s}),
            rule(u"Code to Claude"_s, {code}, AT::Send, {u"anthropic/claude-sonnet-4-5"_s}),
            rule(u"Everything to mini"_s, {}, AT::Send, {u"openai/gpt-4.1-mini"_s})});
        const RouteDecision d = router.decide(context(u"Why does this fail?\n```cpp\nint main() {}\n```"_s));
        QCOMPARE(d.rule, u"Code to Claude"_s);
        QCOMPARE(labels(d.targets), QStringList {u"anthropic/claude-sonnet-4-5"_s});
        QCOMPARE(d.reasons.size(), 2);
        QVERIFY2(d.reasons.at(0).contains(u"did not match"_s) && d.reasons.at(0).contains(u"tokens"_s),
            qPrintable(d.reasons.at(0)));
        QVERIFY(d.reasons.at(1).contains(u"matched: contains code"_s));
        QCOMPARE(router.decide(context(u"Plain question"_s)).rule, u"Everything to mini"_s);
    }

    void disabledRulesAreSkipped()
    {
        Rule off = rule(u"Off"_s, {}, AT::Send, {u"openai/gpt-4.1-mini"_s});
        off.enabled = false;
        const RouteDecision d = Router({off}).decide(context(u"x"_s));
        QCOMPARE(d.rule, u"default"_s);
        QVERIFY(d.reasons.constFirst().contains(u"turned off"_s));
    }

    void eachCondition_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<bool>("holds");
        const auto c = [](const char *json) { return QJsonDocument::fromJson(json).object(); };
        QTest::newRow("regex yes") << c("{\"type\":\"regex\",\"pattern\":\"\\\\bSQL\\\\b\"}")
                                   << u"Optimise this SQL query"_s << true;
        QTest::newRow("regex no") << c("{\"type\":\"regex\",\"pattern\":\"\\\\bSQL\\\\b\"}") << u"MySQLite"_s << false;
        QTest::newRow("any keyword") << c("{\"type\":\"any-keyword\",\"words\":[\"poem\",\"haiku\"]}")
                                     << u"Write a Haiku"_s << true;
        QTest::newRow("any keyword, whole words")
            << c("{\"type\":\"any-keyword\",\"words\":[\"poem\"]}") << u"poems"_s << false;
        QTest::newRow("phrase") << c("{\"type\":\"any-keyword\",\"words\":[\"unit test\"]}")
                                << u"Write a Unit Test for it"_s << true;
        QTest::newRow("chinese keyword") << c("{\"type\":\"any-keyword\",\"words\":[\"翻译\"]}") << u"请翻译这段话"_s
                                         << true;
        QTest::newRow("accented") << c("{\"type\":\"any-keyword\",\"words\":[\"Café\"]}") << u"un CAFÉ noir"_s << true;
        QTest::newRow("all keywords yes")
            << c("{\"type\":\"all-keywords\",\"words\":[\"rust\",\"async\"]}") << u"async in Rust"_s << true;
        QTest::newRow("all keywords no") << c("{\"type\":\"all-keywords\",\"words\":[\"rust\",\"async\"]}")
                                         << u"Rust only"_s << false;
        QTest::newRow("tokens below") << c("{\"type\":\"tokens-below\",\"number\":10}") << u"short"_s << true;
        QTest::newRow("tokens above") << c("{\"type\":\"tokens-above\",\"number\":10}") << QString(100, u'x') << true;
        QTest::newRow("code lines") << c("{\"type\":\"has-code\"}") << u"fix:\nint x = 1;\nreturn x;"_s << true;
        QTest::newRow("no code") << c("{\"type\":\"has-code\"}") << u"What is love?"_s << false;
        QTest::newRow("cyrillic") << c("{\"type\":\"script\",\"words\":[\"cyrillic\"]}") << u"Привет, как дела? ok"_s
                                  << true;
        QTest::newRow("cjk") << c("{\"type\":\"script\",\"words\":[\"cjk\"]}") << u"日本語で答えてください"_s << true;
        QTest::newRow("latin not cjk") << c("{\"type\":\"script\",\"words\":[\"cjk\"]}") << u"English text"_s << false;
        QTest::newRow("afternoon") << c("{\"type\":\"time-of-day\",\"from\":\"09:00\",\"to\":\"17:00\"}") << u"x"_s
                                   << true;
        QTest::newRow("night wraps") << c("{\"type\":\"time-of-day\",\"from\":\"22:00\",\"to\":\"06:00\"}") << u"x"_s
                                     << false;
        QTest::newRow("weekday") << c("{\"type\":\"weekday\",\"days\":[3]}") << u"x"_s << true;
        QTest::newRow("weekend") << c("{\"type\":\"weekday\",\"days\":[6,7]}") << u"x"_s << false;
        QTest::newRow("negated") << c("{\"type\":\"weekday\",\"days\":[6,7],\"negate\":true}") << u"x"_s << true;
        QTest::newRow("tag") << c("{\"type\":\"conversation-tag\",\"words\":[\"work\"]}") << u"x"_s << true;
        QTest::newRow("email") << c("{\"type\":\"sensitive\",\"kinds\":[\"email\"]}") << u"me@example.com"_s << true;
        QTest::newRow("no card") << c("{\"type\":\"sensitive\",\"kinds\":[\"card\"]}") << u"me@example.com"_s << false;
        QTest::newRow("user pattern") << c(
            "{\"type\":\"sensitive\",\"kinds\":[\"custom\"],\"words\":[\"ZEUS-\\\\d+\"]}")
                                      << u"ZEUS-9"_s << true;
    }

    void eachCondition()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, prompt);
        QFETCH(bool, holds);
        const auto parsed = Condition::fromJson(json);
        QVERIFY2(parsed, qPrintable(Quorum::Testing::errorText(parsed)));
        RouteContext ctx = context(prompt);
        ctx.conversationTags = {u"Work"_s};
        const RouteDecision d = Router({rule(u"R"_s, {*parsed}, AT::Send, {u"x/y"_s})}).decide(ctx);
        QCOMPARE(d.rule == u"R"_s, holds);
    }

    void aScriptIsNamedAsReadersNameIt()
    {
        Condition script = condition(CT::Script);
        script.words = {u"cyrillic"_s};
        const Router router({rule(u"Russian"_s, {script}, AT::Send, {u"x/y"_s})});
        const RouteDecision russian = router.decide(context(u"Привет, как дела?"_s));
        QCOMPARE(russian.rule, u"Russian"_s);
        QVERIFY2(russian.reasons.constFirst().contains(u"written mostly in Cyrillic script"_s),
            qPrintable(russian.reasons.constFirst()));
        const RouteDecision english = router.decide(context(u"Hello there"_s));
        QVERIFY2(english.reasons.constFirst().contains(u"written mostly in Latin script"_s),
            qPrintable(english.reasons.constFirst()));
        QCOMPARE(Router::scriptLabel(u"cjk"_s), u"CJK (Chinese, Japanese, Korean)"_s);
        QCOMPARE(Router::scriptLabel(u"other"_s), u"another"_s);
    }

    void budgetRuleFlipsWhenSpendCrossesTheThreshold()
    {
        Condition spent = condition(CT::BudgetAbove);
        spent.number = 80;
        const Router router({rule(u"Save money"_s, {spent}, AT::Send, {u"openai/gpt-4.1-mini"_s})});
        RouteContext ctx = context(u"x"_s);
        ctx.budgetUsedPercent = 79.5;
        QCOMPARE(router.decide(ctx).rule, u"default"_s);
        ctx.budgetUsedPercent = 81;
        QCOMPARE(router.decide(ctx).rule, u"Save money"_s);
        ctx.budgetUsedPercent.reset(); // no budget: never holds
        QCOMPARE(router.decide(ctx).rule, u"default"_s);
    }

    void cheapestThatFits()
    {
        const Router router({rule(
            u"Cheap"_s, {}, AT::Cheapest, {u"openai/gpt-4.1"_s, u"openai/gpt-4.1-nano"_s, u"openai/gpt-4.1-mini"_s})});
        RouteContext ctx = context(QString(4000, u'x')); // ~1,000 tokens
        ctx.price = [](const ChatTarget &t) {
            ModelPrice p;
            p.inputMicros = t.model == "gpt-4.1"_L1 ? 2'000'000 : t.model == "gpt-4.1-mini"_L1 ? 400'000 : 100'000;
            p.outputMicros = p.inputMicros * 4;
            return std::optional<ModelPrice>(p);
        };
        ctx.contextWindow = [](const ChatTarget &t) -> qint64 { return t.model == "gpt-4.1-nano"_L1 ? 500 : 0; };
        const RouteDecision d = router.decide(ctx);
        QCOMPARE(labels(d.targets), QStringList {u"openai/gpt-4.1-mini"_s}); // nano is too small
        QVERIFY2(
            d.reasons.constLast().contains(u"too small: openai/gpt-4.1-nano"_s), qPrintable(d.reasons.constLast()));
        ctx.prompt = u"short"_s;
        QCOMPARE(labels(router.decide(ctx).targets), QStringList {u"openai/gpt-4.1-nano"_s});
    }

    void fallbackKeepsItsOrder()
    {
        const RouteDecision d
            = Router({rule(u"Chain"_s,
                         {},
                         AT::Fallback,
                         {u"anthropic/claude-sonnet-4-5"_s, u"openai/gpt-4.1-mini"_s, u"ollama/llama3.2"_s})})
                  .decide(context(u"x"_s));
        QCOMPARE(d.action, AT::Fallback);
        QCOMPARE(labels(d.targets).size(), 3);
        QCOMPARE(d.targets.constFirst().accountId, u"anthropic"_s);
    }

    void onlyLocalHoldsEvenForACloudSelection()
    {
        Condition secret = condition(CT::Sensitive);
        const Router router({rule(u"Secrets stay here"_s, {secret}, AT::Restrict, {}, u"local"_s),
            rule(u"Cheap cloud"_s, {}, AT::Send, {u"openai/gpt-4.1-mini"_s, u"ollama/llama3.2"_s})});
        RouteDecision d = router.decide(context(u"my key is AKIAIOSFODNN7EXAMPLE, fix the script"_s));
        QCOMPARE(d.restrictedTo, u"local"_s);
        QCOMPARE(labels(d.targets), QStringList {u"ollama/llama3.2"_s});
        QVERIFY(!d.blocked);
        // With only cloud models chosen (no routing rule), nothing is allowed: blocked, with a reason.
        const Router governanceOnly({rule(u"Secrets stay here"_s, {secret}, AT::Restrict, {}, u"local"_s)});
        d = governanceOnly.decide(context(u"card 4111 1111 1111 1111"_s));
        QVERIFY(d.blocked);
        QVERIFY(d.message.contains(u"local"_s));
        QVERIFY(d.targets.isEmpty());
        // Without sensitive data the cloud selection goes through.
        QCOMPARE(governanceOnly.decide(context(u"hello"_s)).targets.size(), 2);
    }

    // Two restrictions both hold: an account needs every tag.
    void restrictionsCombine()
    {
        Condition secret = condition(CT::Sensitive);
        RouteContext c = context(u"mail ann@example.com the report"_s);
        c.selection = {target(u"ollama/llama3.2"_s), target(u"eu/mistral-large"_s), target(u"openai/gpt-4.1"_s)};
        c.accountTags = [](const QString &id) {
            if (id == "ollama"_L1) {
                return QStringList {u"local"_s, u"eu"_s, u"no-training"_s};
            }
            return id == "eu"_L1 ? QStringList {u"eu"_s} : QStringList {u"cloud"_s};
        };
        const Router router({rule(u"EU only"_s, {secret}, AT::Restrict, {}, u"eu"_s),
            rule(u"No training"_s, {secret}, AT::Restrict, {}, u"no-training"_s)});
        const RouteDecision d = router.decide(c);
        QCOMPARE(d.requiredTags, (QStringList {u"eu"_s, u"no-training"_s}));
        QCOMPARE(d.restrictedTo, u"eu + no-training"_s);
        QCOMPARE(labels(d.targets), QStringList {u"ollama/llama3.2"_s});
        QCOMPARE(d.excluded, (QStringList {u"eu/mistral-large"_s, u"openai/gpt-4.1"_s}));
        QCOMPARE(d.governedBy, (QStringList {u"EU only"_s, u"No training"_s}));
    }

    void redactionAndBlocking()
    {
        Condition emails = condition(CT::Sensitive);
        emails.kinds = {SensitiveMatch::Kind::Email};
        Condition keys = condition(CT::Sensitive);
        keys.kinds = {SensitiveMatch::Kind::ApiKey};
        Rule block = rule(u"No keys"_s, {keys}, AT::Block);
        block.action.message = u"Remove the API key first."_s;
        const Router router({rule(u"Hide e-mail"_s, {emails}, AT::Redact), block});
        RouteDecision d = router.decide(context(u"Reply to ann@example.com politely."_s));
        QCOMPARE(d.prompt, u"Reply to [EMAIL_1] politely."_s);
        QCOMPARE(d.redaction.restore(u"Dear [EMAIL_1],"_s), u"Dear ann@example.com,"_s);
        QCOMPARE(d.targets.size(), 2);
        d = router.decide(context(u"use sk-proj-abcdefghijklmnopqrstuvwx please"_s));
        QVERIFY(d.blocked);
        QCOMPARE(d.message, u"Remove the API key first."_s);
        QCOMPARE(d.rule, u"No keys"_s);
    }

    // Attached files: their own conditions, their text read like the prompt's, and
    // redacted with the prompt's placeholders.
    void attachmentsAreReadByTheRules()
    {
        Attachment pdf;
        pdf.name = u"contract.pdf"_s;
        pdf.kind = AttachmentKind::Pdf;
        pdf.data = QByteArray(3 * 1024 * 1024, 'x');
        pdf.text = u"Signed by ann@example.com and bob@example.org.\f"_s;
        Attachment image;
        image.name = u"chart.png"_s;
        image.kind = AttachmentKind::Image;
        image.data = "png"_ba;

        Condition kind = condition(CT::AttachmentKind);
        kind.words = {u"pdf"_s};
        Condition large = condition(CT::AttachmentSizeAbove);
        large.number = 2;
        const Router conditions({rule(u"PDFs local"_s, {kind, large}, AT::Restrict, {}, u"local"_s)});
        RouteContext c = context(u"Summarise."_s);
        c.selection.append(target(u"ollama/llama3.2"_s));
        c.attachments = {image, pdf};
        RouteDecision d = conditions.decide(c);
        QCOMPARE(labels(d.targets), QStringList {u"ollama/llama3.2"_s});
        QVERIFY2(
            d.reasons.join(u'\n').contains(u"contract.pdf is larger than 2 MB"_s), qPrintable(d.reasons.join(u'\n')));
        c.attachments = {image};
        QCOMPARE(conditions.decide(c).targets.size(), 3); // no PDF: no restriction
        c.attachments = {};
        QCOMPARE(Router({rule(u"Any"_s, {condition(CT::HasAttachment)}, AT::Block)}).decide(c).blocked, false);
        c.attachments = {image};
        QCOMPARE(Router({rule(u"Any"_s, {condition(CT::HasAttachment)}, AT::Block)}).decide(c).blocked, true);

        // The e-mail is only in the PDF: the sensitive condition sees it, and the redaction
        // numbers the prompt's and the file's addresses as one.
        Condition emails = condition(CT::Sensitive);
        emails.kinds = {SensitiveMatch::Kind::Email};
        const Router redact({rule(u"Hide e-mail"_s, {emails}, AT::Redact)});
        c = context(u"Write to bob@example.org about the contract."_s);
        c.attachments = {image, pdf};
        d = redact.decide(c);
        QCOMPARE(d.prompt, u"Write to [EMAIL_1] about the contract."_s);
        QCOMPARE(d.redactedFiles.size(), 1);
        QCOMPARE(d.redactedFiles.value(1), u"Signed by [EMAIL_2] and [EMAIL_1].\f"_s);
        QCOMPARE(d.redaction.restore(u"[EMAIL_2] signed"_s), u"ann@example.com signed"_s);
        const QList<Attachment> sent = d.attachmentsAsSent(c.attachments);
        QVERIFY(!sent.at(0).redacted && sent.at(1).redacted);
        QCOMPARE(sent.at(1).text, d.redactedFiles.value(1));
        QCOMPARE(sent.at(1).data, pdf.data); // the bytes are kept for the store; never sent (planDelivery)
    }

    void attachmentConditionsRoundTrip()
    {
        for (const QString &spec :
            {u"has-attachment"_s, u"attachment-kind:image,pdf"_s, u"!attachment-size-above:10"_s}) {
            const auto parsed = Condition::parse(spec);
            QVERIFY2(parsed, qPrintable(spec));
            QCOMPARE(parsed->toSpec(), spec);
            QCOMPARE(Condition::fromJson(parsed->toJson()).value().toSpec(), spec);
        }
        QVERIFY(!Condition::parse(u"attachment-kind:video"_s));
        QVERIFY(!Condition::parse(u"attachment-size-above:big"_s));
    }

    void rulesRoundTripThroughJson()
    {
        Condition words = condition(CT::AnyKeyword);
        words.words = {u"poem"_s, u"song"_s};
        Condition night = condition(CT::TimeOfDay);
        night.from = QTime(22, 0);
        night.to = QTime(6, 0);
        night.negate = true;
        Rule r = rule(u"Creative"_s, {words, night}, AT::Send, {u"anthropic/claude-sonnet-4-5"_s});
        r.enabled = false;
        const QJsonObject json = r.toJson();
        const auto back = Rule::fromJson(json);
        QVERIFY(back);
        QCOMPARE(back->toJson(), json);
        QCOMPARE(back->enabled, false);
        QCOMPARE(back->conditions.at(1).from, QTime(22, 0));
    }

    void badRulesSayWhatIsWrong()
    {
        const auto bad = Rule::fromJson(
            QJsonDocument::fromJson("{\"name\":\"R\",\"conditions\":[{\"type\":\"regex\",\"pattern\":\"(unclosed\"}],"
                                    "\"action\":{\"type\":\"send\",\"targets\":[\"a/b\"]}}")
                .object());
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(u"bad regular expression"_s), qPrintable(Quorum::Testing::errorText(bad)));
        QVERIFY(!Rule::fromJson(QJsonDocument::fromJson("{\"name\":\"R\",\"action\":{\"type\":\"send\"}}").object()));
        QVERIFY(!Rule::fromJson(
            QJsonDocument::fromJson("{\"name\":\"R\",\"action\":{\"type\":\"fly\",\"targets\":[\"a/b\"]}}").object()));
        QVERIFY(!Rule::fromJson(QJsonDocument::fromJson("{\"name\":\"\",\"action\":{\"type\":\"block\"}}").object()));
        QVERIFY(!Rule::fromJson(
            QJsonDocument::fromJson("{\"name\":\"R\",\"action\":{\"type\":\"send\",\"targets\":[\"nomodel\"]}}")
                .object()));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "test_router.moc"
