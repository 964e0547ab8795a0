// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// AnswerParameters against what each version of Quorum stored in responses.parameters (one
// fixture per shape, tests/unit/types/fixtures): read into the typed fields, and written back
// byte for byte, unknown and odd-shaped keys included.
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include "buildpaths.h"
#include "types/answerparameters.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
QByteArray fixture(const QString &name)
{
    QFile file(Quorum::Testing::buildPath(QUORUM_TYPES_FIXTURES) + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

QByteArray compact(const AnswerParameters &parameters)
{
    return QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact);
}
} // namespace

class TestAnswerParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStoredShapeRoundTrips_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"parameters-1-sampling.json",
                 "parameters-2-history.json",
                 "parameters-3-routing.json",
                 "parameters-4-governance.json",
                 "parameters-cli-before-20.json",
                 "parameters-newer-or-odd.json"}) {
            QTest::addRow("%s", name) << QString::fromLatin1(name);
        }
    }

    void everyStoredShapeRoundTrips()
    {
        QFETCH(QString, name);
        const QByteArray stored = fixture(name);
        QVERIFY2(!stored.isEmpty(), qPrintable(name));
        const AnswerParameters parameters = AnswerParameters::fromJson(QJsonDocument::fromJson(stored).object());
        QCOMPARE(compact(parameters), stored);
        QCOMPARE(AnswerParameters::fromJson(parameters.toJson()), parameters);
    }

    void samplingOnly()
    {
        const auto p
            = AnswerParameters::fromJson(QJsonDocument::fromJson(fixture(u"parameters-1-sampling.json"_s)).object());
        QCOMPARE(p.generation.temperature, std::optional<double>(0.2));
        QCOMPARE(p.generation.maxTokens, std::optional<int>(512));
        QVERIFY(!p.history); // answers from before history was recorded: absent, not empty
        QVERIFY(!p.followUp && !p.rule && !p.redaction && !p.fallbackFrom && !p.overrode);
        QVERIFY(p.other.isEmpty());
    }

    void historyAndPolicy()
    {
        const auto p
            = AnswerParameters::fromJson(QJsonDocument::fromJson(fixture(u"parameters-2-history.json"_s)).object());
        QCOMPARE(p.history, std::optional<QList<qint64>>({11, 12}));
        QCOMPARE(p.followUp, std::optional<FollowUpPolicy>(FollowUpPolicy::OwnThread));
        QCOMPARE(p.generation.temperature, std::optional<double>(0.7));
    }

    void routedAndRedacted()
    {
        const auto p
            = AnswerParameters::fromJson(QJsonDocument::fromJson(fixture(u"parameters-3-routing.json"_s)).object());
        QCOMPARE(p.history, std::optional<QList<qint64>>(QList<qint64> {})); // present and empty
        QCOMPARE(p.followUp, std::optional<FollowUpPolicy>(FollowUpPolicy::PickedAnswer));
        QCOMPARE(p.rule, std::optional<QString>(u"Code"_s));
        const QList<std::pair<QString, QString>> placeholders {
            {u"[CARD_1]"_s, u"4111 1111 1111 1111"_s}, {u"[EMAIL_1]"_s, u"a@b.com"_s}};
        QCOMPARE(p.placeholders(), placeholders);
    }

    void governanceAndFallbacks()
    {
        const auto p
            = AnswerParameters::fromJson(QJsonDocument::fromJson(fixture(u"parameters-4-governance.json"_s)).object());
        QCOMPARE(p.overrode, std::optional<QStringList>({u"EU only"_s}));
        QVERIFY(p.fallbackFrom);
        QCOMPARE(p.fallbackFrom->size(), 2);
        const FallbackAttempt &first = p.fallbackFrom->at(0);
        QCOMPARE(first.target, u"an/claude-haiku"_s);
        QCOMPARE(first.error, u"overloaded"_s);
        QCOMPARE(first.message, u"an is overloaded."_s);
        QCOMPARE(first.httpStatus, std::optional<int>(529));
        QVERIFY(!p.fallbackFrom->at(1).httpStatus);
    }

    // What a newer Quorum might write, or a hand-edited file: nothing is lost, nothing fails.
    void unknownAndOddShapesAreKeptAsTheyWere()
    {
        const auto p
            = AnswerParameters::fromJson(QJsonDocument::fromJson(fixture(u"parameters-newer-or-odd.json"_s)).object());
        QVERIFY(!p.generation.temperature); // "warm" is not a temperature
        QVERIFY(!p.history);                // [1, "two"] is not a list of answers
        QVERIFY(!p.followUp);               // no such policy here
        QCOMPARE(p.other.value("temperature"_L1).toString(), u"warm"_s);
        QCOMPARE(p.other.value("follow_up"_L1).toString(), u"round-robin"_s);
        // A key a newer Quorum wrote first and this one knows now (#22) is read, not kept aside.
        QCOMPARE(p.generation.effort, std::optional<ReasoningEffort>(ReasoningEffort::High));
        QVERIFY(!p.other.contains("reasoning_effort"_L1));
        QVERIFY(p.other.contains("history"_L1));
        QVERIFY(p.fallbackFrom);
        QCOMPARE(p.fallbackFrom->at(0).other.value("retry_after_ms"_L1).toInt(), 500);
    }

    void fieldsAreWrittenUnderTheirKeys()
    {
        AnswerParameters p;
        p.generation.temperature = 0.5;
        p.generation.maxTokens = 100;
        p.history = QList<qint64> {3, 4};
        p.followUp = FollowUpPolicy::OwnThread;
        p.rule = u"Default"_s;
        p.redaction = QList<std::pair<QString, QString>> {{u"[EMAIL_1]"_s, u"me@example.org"_s}};
        p.fallbackFrom = QList<FallbackAttempt> {{u"a/b"_s, u"rate_limit"_s, u"slow down"_s, 429, {}}};
        p.overrode = QStringList {u"Only here"_s};
        QCOMPARE(compact(p),
            QByteArray(
                R"({"fallback_from":[{"error":"rate_limit","http_status":429,"message":"slow down","target":"a/b"}],)"
                R"("follow_up":"own-thread","history":[3,4],"max_tokens":100,"overrode":["Only here"],)"
                R"("redaction":{"[EMAIL_1]":"me@example.org"},"rule":"Default","temperature":0.5})"));
        QCOMPARE(compact(AnswerParameters {}), QByteArray("{}"));
    }
};

QTEST_APPLESS_MAIN(TestAnswerParameters)
#include "test_answerparameters.moc"
