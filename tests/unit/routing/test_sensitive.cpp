// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Each sensitive-data detector on positive and negative samples, and the redaction round trip.
#include <QTest>

#include "routing/sensitive.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Kind = SensitiveMatch::Kind;

Q_DECLARE_METATYPE(Quorum::SensitiveMatch::Kind)

class TestSensitive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("found"); // empty: nothing of that kind
        // e-mail
        QTest::newRow("email") << u"Write to jane.doe+work@example.co.uk today."_s << Kind::Email
                               << u"jane.doe+work@example.co.uk"_s;
        QTest::newRow("email not a handle") << u"Ping @jane on chat."_s << Kind::Email << QString();
        // phone
        QTest::newRow("phone intl") << u"Call +49 151 2345 6789 please"_s << Kind::Phone << u"+49 151 2345 6789"_s;
        QTest::newRow("phone us") << u"at (415) 555-0132."_s << Kind::Phone << u"(415) 555-0132"_s;
        QTest::newRow("phone compact") << u"sms +4915123456789"_s << Kind::Phone << u"+4915123456789"_s;
        QTest::newRow("not a phone: year") << u"In 2024 we sold 3 units."_s << Kind::Phone << QString();
        QTest::newRow("not a phone: version") << u"Qt 6.8.2 and 1.2.3"_s << Kind::Phone << QString();
        // card (Luhn)
        QTest::newRow("visa") << u"Card 4111 1111 1111 1111 exp 12/29"_s << Kind::CardNumber
                              << u"4111 1111 1111 1111"_s;
        QTest::newRow("amex dashes") << u"amex 3782-822463-10005"_s << Kind::CardNumber << u"3782-822463-10005"_s;
        QTest::newRow("not a card: fails Luhn") << u"Order 4111 1111 1111 1112"_s << Kind::CardNumber << QString();
        // IBAN (mod 97)
        QTest::newRow("iban de") << u"IBAN DE89 3704 0044 0532 0130 00, thanks"_s << Kind::Iban
                                 << u"DE89 3704 0044 0532 0130 00"_s;
        QTest::newRow("iban gb compact") << u"GB82WEST12345698765432"_s << Kind::Iban << u"GB82WEST12345698765432"_s;
        QTest::newRow("not an iban: checksum") << u"DE88 3704 0044 0532 0130 00"_s << Kind::Iban << QString();
        // keys
        QTest::newRow("openai key") << u"key=sk-proj-AbCdEfGhIjKlMnOpQrStUvWx123"_s << Kind::ApiKey
                                    << u"sk-proj-AbCdEfGhIjKlMnOpQrStUvWx123"_s;
        QTest::newRow("anthropic key") << u"sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345"_s << Kind::ApiKey
                                       << u"sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345"_s;
        QTest::newRow("google key") << u"AIzaSyA1234567890abcdefghijklmnopqrstuv"_s << Kind::ApiKey
                                    << u"AIzaSyA1234567890abcdefghijklmnopqrstuv"_s;
        QTest::newRow("github token") << u"ghp_abcdefghijklmnopqrstuvwxyz0123456789"_s << Kind::ApiKey
                                      << u"ghp_abcdefghijklmnopqrstuvwxyz0123456789"_s;
        QTest::newRow("not a key: sk- word") << u"the sk-short thing"_s << Kind::ApiKey << QString();
        QTest::newRow("aws") << u"AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"_s << Kind::AwsAccessKey
                             << u"AKIAIOSFODNN7EXAMPLE"_s;
        QTest::newRow("not aws: lowercase") << u"akiaiosfodnn7example"_s << Kind::AwsAccessKey << QString();
    }

    void detects()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, found);
        const QList<SensitiveMatch> matches = SensitiveScanner::scan(text, {kind}, {});
        if (found.isEmpty()) {
            QVERIFY2(matches.isEmpty(), qPrintable(matches.isEmpty() ? QString() : matches.constFirst().text));
            return;
        }
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.constFirst().text, found);
        QCOMPARE(text.mid(matches.constFirst().start, matches.constFirst().length), found);
    }

    void aValidatedCardIsNotAlsoAPhone()
    {
        const QList<SensitiveMatch> all = SensitiveScanner::scan(u"4111 1111 1111 1111"_s);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().kind, Kind::CardNumber);
    }

    void userPatterns()
    {
        const QList<SensitiveMatch> all
            = SensitiveScanner::scan(u"Project ZEUS-42 and ZEUS-7 are secret."_s, {QRegularExpression(u"ZEUS-\\d+"_s)});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).text, u"ZEUS-7"_s);
        QCOMPARE(all.at(1).kind, Kind::Custom);
        // A bad pattern is ignored, not a crash.
        QVERIFY(SensitiveScanner::scan(u"x"_s, {QRegularExpression(u"("_s)}).isEmpty());
    }

    void redactionRoundTrip()
    {
        const QString prompt = u"Mail jane@example.com and bob@example.org, then jane@example.com again; "
                               "card 4111 1111 1111 1111."_s;
        const Redaction redaction = Redaction::apply(prompt, SensitiveScanner::scan(prompt));
        QCOMPARE(redaction.text, u"Mail [EMAIL_1] and [EMAIL_2], then [EMAIL_1] again; card [CARD_1]."_s);
        QCOMPARE(redaction.placeholders.size(), 3);
        QVERIFY(!redaction.text.contains(u"jane"_s));
        const QString answer = u"I wrote to [EMAIL_1]; [EMAIL_2] was copied. Card [CARD_1] charged."_s;
        QCOMPARE(redaction.restore(answer),
            u"I wrote to jane@example.com; bob@example.org was copied. Card 4111 1111 1111 1111 charged."_s);
        // Nothing found: the prompt as it was.
        const Redaction none = Redaction::apply(u"plain"_s, {});
        QVERIFY(none.isEmpty());
        QCOMPARE(none.text, u"plain"_s);
        QCOMPARE(none.restore(u"x"_s), u"x"_s);
    }

    void tenPlaceholdersStayDistinct()
    {
        QString prompt;
        for (int i = 1; i <= 11; ++i) {
            prompt += u"u%1@example.com "_s.arg(i);
        }
        const Redaction r = Redaction::apply(prompt, SensitiveScanner::scan(prompt));
        QCOMPARE(r.restore(r.text), prompt);
    }
};

QTEST_GUILESS_MAIN(TestSensitive)
#include "test_sensitive.moc"
