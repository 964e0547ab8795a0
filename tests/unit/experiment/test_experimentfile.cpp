// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Experiment files (#22, docs/experiments.md): variants, cases inline or from CSV, checks,
// repeats; every problem is said before anything runs, a broken CSV row by its line.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "experiment/experimentfile.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
// Built outside a raw string: moc reads this file.
QByteArray experimentJson(const QByteArray &casesPart, const QByteArray &extra = {})
{
    return "{\"quorum_experiment\": 1, \"name\": \"Capitals\",\n"
           " \"prompt\": \"What is the capital of {{country}}?\",\n"
           " \"variants\": [\n"
           "   {\"name\": \"terse\", \"target\": \"oa/gpt-4.1\", \"parameters\": {\"system\": \"One word.\", "
           "\"temperature\": 0}},\n"
           "   {\"target\": \"oa/o4-mini#deep\"},\n"
           "   {\"name\": \"claude\", \"target\": \"an/claude-sonnet-4-5\", \"parameters\": {\"reasoning_effort\": "
           "\"low\"}}],\n"
           " \"checks\": [{\"type\": \"contains\", \"value\": \"{{capital}}\"}, {\"type\": \"max-ms\", \"value\": "
           "20000}],\n"
           " \"repeat\": 3, \"judge\": \"oa/gpt-4.1\", \"max_cost_usd\": 0.5"
        + extra + ",\n" + casesPart + "}";
}
} // namespace

class TestExperimentFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void writeCsv(const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(u"cases.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void readsVariantsCasesFromCsvAndRepeats()
    {
        writeCsv("\xEF\xBB\xBF"
                 "country,capital\r\nFrance,Paris\r\n\"Korea, South\",Seoul\r\nPeru,Lima\r\n"
                 "\"The \"\"Netherlands\"\"\",Amsterdam\r\n\"Multi\nline\",X\r\n");
        const auto e = ExperimentFile::read(experimentJson("\"cases_csv\": \"cases.csv\""), m_dir.path());
        QVERIFY2(e, qPrintable(e ? QString() : e.error()));
        QCOMPARE(e->variants.size(), 3);
        QCOMPARE(e->variants.at(1).name, u"oa/o4-mini#deep"_s); // named by its target
        QCOMPARE(e->variants.at(1).target.variant, u"deep"_s);
        QCOMPARE(e->variants.at(0).target.parameters.system, std::optional<QString>(u"One word."_s));
        QCOMPARE(e->cases.size(), 5);
        QCOMPARE(e->cases.at(1).variables.value(u"country"_s), u"Korea, South"_s);
        QCOMPARE(e->cases.at(3).variables.value(u"country"_s), u"The \"Netherlands\""_s);
        QCOMPARE(e->cases.at(4).variables.value(u"country"_s), u"Multi\nline"_s);
        QCOMPARE(e->cases.at(0).line, 2);
        QCOMPARE(e->cellCount(), 3 * 5 * 3);
        QCOMPARE(e->promptFor(e->cases.at(0)), u"What is the capital of France?"_s);
        QCOMPARE(e->maxCostUsd, std::optional<double>(0.5));
        // Written (cases inline) and read again: the same experiment.
        const auto again = ExperimentFile::read(ExperimentFile::write(*e), {});
        QVERIFY2(again, qPrintable(again ? QString() : again.error()));
        QCOMPARE(again->variants, e->variants);
        QCOMPARE(again->checks, e->checks);
        QCOMPARE(again->cases.size(), e->cases.size());
        for (qsizetype i = 0; i < e->cases.size(); ++i) {
            QCOMPARE(again->cases.at(i).variables, e->cases.at(i).variables);
        }
        QCOMPARE(again->repeat, 3);
    }

    void problemsAreSaidBeforeAnythingRuns_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("said");
        const QByteArray fromCsv = "\"cases_csv\": \"cases.csv\"";
        QTest::newRow("broken row") << experimentJson(fromCsv) << QByteArray("country,capital\nFrance,Paris\nPeru\n")
                                    << u"cases.csv: line 3: 1 fields, but the header names 2"_s;
        QTest::newRow("same column twice") << experimentJson(fromCsv) << QByteArray("country,capital,country\nA,B,C\n")
                                           << u"line 1: two columns are named 'country'"_s;
        QTest::newRow("open quote") << experimentJson(fromCsv) << QByteArray("country,capital\n\"France,Paris\n")
                                    << u"line 2: a quoted field is not closed"_s;
        QTest::newRow("no value") << experimentJson("\"cases\": [{\"vars\": {\"country\": \"France\"}}]")
                                  << QByteArray() << u"case 1 has no value for {{capital}}"_s;
        QTest::newRow("bad check in a case") << experimentJson(
            "\"cases\": [{\"vars\": {\"country\": \"A\", \"capital\": \"B\"}}, "
            "{\"vars\": {\"country\": \"C\", \"capital\": \"D\"}, \"checks\": [{\"type\": \"nope\"}]}]")
                                             << QByteArray() << u"case 2, check 1: unknown check type 'nope'"_s;
        QTest::newRow("newer format") << QByteArray("{\"quorum_experiment\": 9, \"prompt\": \"x\", \"variants\": []}")
                                      << QByteArray() << u"format 9"_s;
        QTest::newRow("not an experiment")
            << QByteArray("{\"prompt\": \"x\"}") << QByteArray() << u"\"quorum_experiment\""_s;
        QTest::newRow("bad target") << QByteArray(
            "{\"quorum_experiment\": 1, \"prompt\": \"x\", \"variants\": [{\"target\": \"gpt-4\"}]}")
                                    << QByteArray() << u"variant 1: \"target\" must be"_s;
        QTest::newRow("same name twice") << QByteArray(
            "{\"quorum_experiment\": 1, \"prompt\": \"x\", \"variants\": [{\"target\": \"a/m\"}, "
            "{\"target\": \"a/m\"}]}") << QByteArray()
                                         << u"two variants are named 'a/m'"_s;
        QTest::newRow("bad parameters") << QByteArray(
            "{\"quorum_experiment\": 1, \"prompt\": \"x\", \"variants\": [{\"target\": \"a/m\", "
            "\"parameters\": {\"temperature\": 9}}]}")
                                        << QByteArray() << u"variant 1: The temperature must be from 0 to 2."_s;
        QTest::newRow("repeat") << experimentJson("\"cases\": []", ", \"repeat\": 0") << QByteArray()
                                << u"\"repeat\" must be"_s;
        QTest::newRow("not JSON") << QByteArray("{\"quorum_experiment\": 1,") << QByteArray() << u"not JSON"_s;
    }

    void problemsAreSaidBeforeAnythingRuns()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, csv);
        QFETCH(QString, said);
        if (!csv.isEmpty()) {
            writeCsv(csv);
        }
        const auto e = ExperimentFile::read(json, m_dir.path());
        QVERIFY(!e);
        QVERIFY2(e.error().contains(said), qPrintable(e.error()));
    }
};

QTEST_GUILESS_MAIN(TestExperimentFile)
#include "test_experimentfile.moc"
