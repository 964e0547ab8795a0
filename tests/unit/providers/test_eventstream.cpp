// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The AWS event-stream framing: the encoder against botocore's vectors and the worked
// ConverseStream frame of docs/providers.md §10, byte for byte; the decoder on frames built here —
// several in one read, one split over every byte boundary, every header type, a bad prelude
// or message CRC, impossible lengths, a truncated stream.
#include <QTest>
#include <QUuid>
#include <QtEndian>

#include "providers/eventstream.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestEventStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encoderMatchesBotocore()
    {
        QCOMPARE(EventStreamDecoder::encode(QList<std::pair<QByteArray, QByteArray>> {}, {}).toHex(),
            "0000001000000000"
            "05c248eb"
            "7d98c8ff"_ba);
        const QByteArray withHeader
            = EventStreamDecoder::encode({{"content-type", "application/json"}}, "{'foo':'bar'}");
        QCOMPARE(withHeader.left(12).toHex(), "0000003d0000002007fd8396"_ba);
        QCOMPARE(withHeader.mid(12, 32),
            "\x0c"
            "content-type"
            "\x07\x00\x10"
            "application/json"_ba);
        QCOMPARE(withHeader.right(4).toHex(), "8d9c08b1"_ba);
    }

    void firstConverseStreamFrame()
    {
        const QByteArray bytes
            = EventStreamDecoder::encodeEvent("messageStart", "{\"p\":\"abcdefghijkl\",\"role\":\"assistant\"}");
        QCOMPARE(bytes.size(), 137);
        QCOMPARE(bytes.left(12).toHex(), "00000089000000525cb13d52"_ba);
        QCOMPARE(bytes.right(4).toHex(), "705f3c79"_ba);
        EventStreamDecoder decoder;
        const auto messages = decoder.feed(bytes);
        QVERIFY(!decoder.isDamaged() && messages.size() == 1);
        QCOMPARE(messages.at(0).header(":event-type"), u"messageStart"_s);
        QCOMPARE(messages.at(0).header(":message-type"), u"event"_s);
        QCOMPARE(messages.at(0).payload, QByteArray("{\"p\":\"abcdefghijkl\",\"role\":\"assistant\"}"));
        QVERIFY(!decoder.hasPartialMessage());
    }

    void manyInOneReadAndOneOverManyReads()
    {
        QByteArray stream;
        for (int i = 0; i < 3; ++i) {
            stream += EventStreamDecoder::encodeEvent("contentBlockDelta",
                "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"" + QByteArray::number(i) + "\"}}");
        }
        EventStreamDecoder whole;
        const auto all = whole.feed(stream);
        QVERIFY(!whole.isDamaged() && all.size() == 3);
        QCOMPARE(all.at(2).payload, "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"2\"}}"_ba);

        // Byte by byte: a message comes out exactly when its last byte arrives.
        EventStreamDecoder trickle;
        QList<qsizetype> completedAt;
        for (qsizetype i = 0; i < stream.size(); ++i) {
            const auto got = trickle.feed(stream.sliced(i, 1));
            QVERIFY(!trickle.isDamaged());
            if (!got.isEmpty()) {
                completedAt.append(i + 1);
            }
        }
        const qsizetype one = stream.size() / 3;
        QCOMPARE(completedAt, (QList<qsizetype> {one, 2 * one, 3 * one}));
    }

    void everyHeaderType()
    {
        const QUuid id = QUuid::fromString(u"{3f2504e0-4f89-11d3-9a0c-0305e82c3301}"_s);
        const QList<EventStreamHeader> headers {{"t", 0, true},
            {"f", 1, false},
            {"b", 2, qint64(-7)},
            {"s", 3, qint64(-300)},
            {"i", 4, qint64(70000)},
            {"l", 5, qint64(1) << 40},
            {"x", 6, QByteArray("\x00\x01\xff", 3)},
            {"str", 7, u"ünïcode"_s},
            {"ts", 8, qint64(1764000000000)},
            {"u", 9, id}};
        EventStreamDecoder decoder;
        const auto messages = decoder.feed(EventStreamDecoder::encode(headers, "x"));
        QVERIFY2(!decoder.isDamaged(), qPrintable(decoder.error()));
        QCOMPARE(messages.at(0).headers, headers);
    }

    void damageStopsTheStream_data()
    {
        QTest::addColumn<int>("flip");
        QTest::addColumn<QString>("error");
        QTest::newRow("prelude") << 2 << u"bad prelude checksum at byte 137"_s;
        QTest::newRow("payload") << 120 << u"bad message checksum at byte 137"_s;
        QTest::newRow("message crc") << 135 << u"bad message checksum at byte 137"_s;
    }

    void damageStopsTheStream()
    {
        QFETCH(int, flip);
        QFETCH(QString, error);
        QByteArray second
            = EventStreamDecoder::encodeEvent("messageStart", "{\"p\":\"abcdefghijkl\",\"role\":\"assistant\"}");
        second[flip] = char(second.at(flip) ^ 0x01);
        EventStreamDecoder decoder;
        const auto got = decoder.feed(QByteArray(
            EventStreamDecoder::encodeEvent("messageStart", "{\"p\":\"abcdefghijkl\",\"role\":\"assistant\"}")
            + second));
        QCOMPARE(got.size(), 1); // the whole message before the damage is handed out
        QVERIFY(decoder.isDamaged());
        QVERIFY2(decoder.error().contains(error), qPrintable(decoder.error()));
        QVERIFY(decoder.feed(EventStreamDecoder::encodeEvent("messageStop", "{}"))
                .isEmpty()); // nothing after damage is trusted
    }

    void impossibleLengths()
    {
        // A prelude whose own CRC is right but whose lengths cannot be: total below 16,
        // headers longer than the message, a payload over botocore's 24 MiB.
        for (const auto &[total, headers] : {std::pair<quint32, quint32> {12, 0}, {40, 100}, {32 * 1024 * 1024, 0}}) {
            QByteArray prelude(8, '\0');
            qToBigEndian(total, prelude.data());
            qToBigEndian(headers, prelude.data() + 4);
            EventStreamDecoder decoder;
            const auto got
                = decoder.feed(QByteArray(prelude + EventStreamDecoder::checksum(prelude) + QByteArray(64, '\0')));
            QVERIFY(got.isEmpty() && decoder.isDamaged());
            QVERIFY2(decoder.error().contains(u"impossible lengths at byte 0"_s), qPrintable(decoder.error()));
        }
    }

    void truncatedStreamIsNoticed()
    {
        const QByteArray bytes
            = EventStreamDecoder::encodeEvent("messageStart", "{\"p\":\"abcdefghijkl\",\"role\":\"assistant\"}");
        EventStreamDecoder decoder;
        const auto got = decoder.feed(bytes.left(100));
        QVERIFY(got.isEmpty() && !decoder.isDamaged());
        QVERIFY(decoder.hasPartialMessage()); // the reply ended here: the client says it was cut
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "test_eventstream.moc"
