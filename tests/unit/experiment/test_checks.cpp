// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// An experiment's checks on an answer (#22, docs/experiments.md): each type read from its
// JSON, {{variables}} filled in, pass and fail with what they saw; ROUGE-L; the JSON Schema
// subset answers are checked against.
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include "experiment/checks.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
ExperimentCheck check(const char *json)
{
    return ExperimentCheck::fromJson(QJsonDocument::fromJson(QByteArray(json)).object()).value();
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachTypePassesAndFails_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("passing");
        QTest::addColumn<QString>("failing");
        QTest::newRow("contains") << uR"({"type":"contains","value":"Paris"})"_s << u"It is Paris."_s << u"Lyon"_s;
        QTest::newRow("not-contains") << uR"({"type":"not-contains","value":"sorry"})"_s << u"Paris"_s
                                      << u"I am sorry"_s;
        QTest::newRow("regex") << uR"({"type":"regex","value":"\\b\\d{4}\\b"})"_s << u"In 1789."_s << u"Long ago"_s;
        QTest::newRow("equals") << uR"({"type":"equals","value":"42"})"_s << u"  42\n"_s << u"42."_s;
        QTest::newRow("json") << uR"({"type":"json"})"_s << u"```json\n{\"a\": 1}\n```"_s << u"{a: 1}"_s;
        QTest::newRow("json-schema") << uR"json({"type":"json-schema","schema":{"type":"object","required":["city"],
                 "properties":{"city":{"type":"string","minLength":2}},"additionalProperties":false}})json"_s
                                     << u"{\"city\": \"Paris\"}"_s << u"{\"city\": \"P\", \"country\": \"FR\"}"_s;
        QTest::newRow("similar") << uR"({"type":"similar","value":"the capital of France is Paris","threshold":0.6})"_s
                                 << u"The capital of France is Paris."_s << u"Berlin is in Germany."_s;
    }

    void eachTypePassesAndFails()
    {
        QFETCH(QString, json);
        QFETCH(QString, passing);
        QFETCH(QString, failing);
        const auto read = ExperimentCheck::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY2(read, qPrintable(read ? QString() : read.error()));
        const CheckResult good = Checks::run(*read, {passing, {}, {}, {}});
        QVERIFY2(good.passed, qPrintable(good.detail));
        const CheckResult bad = Checks::run(*read, {failing, {}, {}, {}});
        QVERIFY2(!bad.passed, qPrintable(bad.detail));
        QVERIFY(!bad.detail.isEmpty());
        // Written back, it reads the same.
        QCOMPARE(ExperimentCheck::fromJson(read->toJson()).value(), *read);
    }

    void limitsOnTokensTimeAndCost()
    {
        const CheckFacts facts {u"x"_s, 120, 900, 2'500'000}; // $0.0025
        QVERIFY(Checks::run(check(R"({"type":"max-tokens","value":120})"), facts).passed);
        QVERIFY(!Checks::run(check(R"({"type":"max-tokens","value":100})"), facts).passed);
        QVERIFY(Checks::run(check(R"({"type":"max-ms","value":1000})"), facts).passed);
        QCOMPARE(Checks::run(check(R"({"type":"max-ms","value":500})"), facts).detail, u"900 ms (at most 500)"_s);
        QVERIFY(Checks::run(check(R"({"type":"max-cost","value":0.003})"), facts).passed);
        QVERIFY(!Checks::run(check(R"({"type":"max-cost","value":0.002})"), facts).passed);
        // Exact below a micro-dollar.
        const CheckFacts cheap {u"x"_s, 1, 1, 7'500};
        QVERIFY(Checks::run(check(R"({"type":"max-cost","value":0.0000075})"), cheap).passed);
        const CheckResult over = Checks::run(check(R"({"type":"max-cost","value":0.000007})"), cheap);
        QVERIFY(!over.passed);
        QCOMPARE(over.detail, u"$0.0000075 (at most $0.000007)"_s);
        // Unknown is not a pass: a limit needs the figure.
        const CheckResult unknown = Checks::run(check(R"({"type":"max-cost","value":1})"), {u"x"_s, {}, {}, {}});
        QVERIFY(!unknown.passed);
        QVERIFY2(unknown.detail.contains(u"unknown"_s), qPrintable(unknown.detail));
    }

    void badChecksAreSaidWhenRead_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("said");
        QTest::newRow("type") << uR"({"type":"smells-right"})"_s << u"unknown check type 'smells-right'"_s;
        QTest::newRow("no value") << uR"({"type":"contains"})"_s << u"\"value\" must be text"_s;
        QTest::newRow("regex") << u"{\"type\":\"regex\",\"value\":\"(unclosed\"}"_s << u"regex:"_s;
        QTest::newRow("limit") << uR"({"type":"max-ms","value":"fast"})"_s << u"must be a number"_s;
        QTest::newRow("schema") << uR"({"type":"json-schema","schema":"object"})"_s << u"\"schema\" must be"_s;
        QTest::newRow("threshold") << uR"({"type":"similar","value":"x","threshold":2})"_s << u"from 0 to 1"_s;
    }

    void badChecksAreSaidWhenRead()
    {
        QFETCH(QString, json);
        QFETCH(QString, said);
        const auto read = ExperimentCheck::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!read);
        QVERIFY2(read.error().contains(said), qPrintable(read.error()));
    }

    void variablesAreFilledIn()
    {
        QStringList missing;
        const QString filled = Checks::fill(u"Capital of {{country}} in {{ year }}? {{nope}}"_s,
            {{u"country"_s, u"France"_s}, {u"year"_s, u"1900"_s}},
            &missing);
        QCOMPARE(filled, u"Capital of France in 1900? {{nope}}"_s);
        QCOMPARE(missing, QStringList {u"nope"_s});
        const ExperimentCheck c
            = Checks::fill(check(R"({"type":"contains","value":"{{capital}}"})"), {{u"capital"_s, u"Paris"_s}});
        QVERIFY(Checks::run(c, {u"Paris."_s, {}, {}, {}}).passed);
    }

    void rougeL()
    {
        QCOMPARE(Checks::rougeL(u"a b c d"_s, u"a b c d"_s), 1.0);
        QCOMPARE(Checks::rougeL(u"x y"_s, u"a b"_s), 0.0);
        // LCS "a c d" = 3: precision 3/4, recall 3/3, F1 = 6/7.
        QVERIFY(qFuzzyCompare(Checks::rougeL(u"a b c d"_s, u"a c d"_s), 6.0 / 7.0));
        // Order matters (unlike token F1): the same words reversed share one word in order.
        QVERIFY(Checks::rougeL(u"d c b a"_s, u"a b c d"_s) < 0.3);
        QCOMPARE(Checks::rougeL(u"Ünïcode, WORDS!"_s, u"ünïcode words"_s), 1.0);
    }

    void schemaSubset()
    {
        const QJsonObject schema = object(R"({"type":"object","required":["items","kind"],
            "properties":{"items":{"type":"array","minItems":1,"items":{"type":"integer","minimum":0}},
                          "kind":{"enum":["a","b"]},"ratio":{"type":"number","exclusiveMaximum":1},
                          "tag":{"type":["string","null"],"pattern":"^[a-z]+$"}},
            "anyOf":[{"required":["kind"]}]})");
        QVERIFY(Checks::schemaViolations(object(R"({"items":[1,2],"kind":"a","tag":null})"), schema).isEmpty());
        const QStringList bad
            = Checks::schemaViolations(object(R"({"items":[1,-2,2.5],"kind":"c","ratio":1,"tag":"X"})"), schema);
        const QString all = bad.join(u'\n');
        for (const QString &expected : {u"$.items[1]: -2 is below 0"_s,
                 u"$.items[2]: is 2.5, not integer"_s,
                 u"$.kind: \"c\" is not one of"_s,
                 u"$.ratio: 1 is not below 1"_s,
                 u"$.tag: does not match"_s}) {
            QVERIFY2(all.contains(expected), qPrintable(expected + u"\nin:\n"_s + all));
        }
        QVERIFY(!Checks::schemaViolations(QJsonValue(3), object(R"({"oneOf":[{"type":"integer"},{"type":"number"}]})"))
                .isEmpty()); // 3 is both: not exactly one
        QVERIFY(Checks::schemaViolations(QJsonValue(u"x"_s), object(R"({"$ref":"#/defs/a"})"))
                .constFirst()
                .contains(u"$ref"_s));
    }

    void aJudgeIsNotCheckedHere()
    {
        const CheckResult r
            = Checks::run(check(R"({"type":"judge","value":"Is it polite?"})"), {u"Yes."_s, {}, {}, {}});
        QVERIFY(!r.passed);
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "test_checks.moc"
