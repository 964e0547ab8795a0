// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QRandomGenerator>
#include <QTest>

#include "providers/ndjsonreader.h"
#include "providers/sseparser.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
using Events = QList<SseEvent>;

Events parseWhole(const QByteArray &bytes)
{
    SseParser parser;
    Events events;
    parser.feed(bytes, events);
    return events;
}

Events parseInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    SseParser parser;
    Events events;
    qsizetype from = 0;
    for (const qsizetype cut : cuts) {
        parser.feed(QByteArrayView(bytes).sliced(from, cut - from), events);
        from = cut;
    }
    parser.feed(QByteArrayView(bytes).sliced(from), events);
    return events;
}
} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Events>("expected");
        QTest::newRow("one event, LF") << "data: hello\n\n"_ba << Events {{{}, "hello"_ba}};
        QTest::newRow("CRLF (Gemini)") << "data: {\"a\":1}\r\n\r\n"_ba << Events {{{}, "{\"a\":1}"_ba}};
        QTest::newRow("CR only") << "data: x\r\rdata: y\r\r"_ba << Events {{{}, "x"_ba}, {{}, "y"_ba}};
        QTest::newRow("mixed line ends") << "data: a\r\n\ndata: b\n\r\n"_ba << Events {{{}, "a"_ba}, {{}, "b"_ba}};
        QTest::newRow("named event") << "event: message_start\ndata: {}\n\n"_ba
                                     << Events {{"message_start"_ba, "{}"_ba}};
        QTest::newRow("multi-line data") << "data: line1\ndata: line2\n\n"_ba << Events {{{}, "line1\nline2"_ba}};
        QTest::newRow("no space after colon") << "data:x\n\n"_ba << Events {{{}, "x"_ba}};
        QTest::newRow("only one space stripped") << "data:  x\n\n"_ba << Events {{{}, " x"_ba}};
        QTest::newRow("comment ignored") << ": OPENROUTER PROCESSING\n\ndata: a\n\n"_ba << Events {{{}, "a"_ba}};
        QTest::newRow("id and retry ignored") << "id: 7\nretry: 100\ndata: a\n\n"_ba << Events {{{}, "a"_ba}};
        QTest::newRow("empty data dispatches") << "data:\n\n"_ba << Events {{{}, ""_ba}};
        QTest::newRow("blank lines alone") << "\n\n\r\n"_ba << Events {};
        QTest::newRow("event name resets")
            << "event: a\ndata: 1\n\ndata: 2\n\n"_ba << Events {{"a"_ba, "1"_ba}, {{}, "2"_ba}};
        QTest::newRow("name without data is dropped") << "event: ping\n\ndata: x\n\n"_ba << Events {{{}, "x"_ba}};
        QTest::newRow("BOM") << "\xEF\xBB\xBF"
                                "data: a\n\n"_ba
                             << Events {{{}, "a"_ba}};
        QTest::newRow("unfinished event not dispatched") << "data: a\n\ndata: b\n"_ba << Events {{{}, "a"_ba}};
        QTest::newRow("[DONE]") << "data: [DONE]\n\n"_ba << Events {{{}, "[DONE]"_ba}};
        QTest::newRow("UTF-8 kept as bytes") << "data: Grüße 你好 🎉\n\n"_ba << Events {{{}, "Grüße 你好 🎉"_ba}};
    }

    void parses()
    {
        QFETCH(QByteArray, input);
        QFETCH(Events, expected);
        QCOMPARE(parseWhole(input), expected);
        // Every split point, and every byte on its own, gives the same events.
        for (qsizetype cut = 1; cut < input.size(); ++cut) {
            QCOMPARE(parseInPieces(input, {cut}), expected);
        }
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < input.size(); ++i) {
            everyByte << i;
        }
        QCOMPARE(parseInPieces(input, everyByte), expected);
    }

    void crlfSplitAcrossChunksCountsOnce()
    {
        SseParser parser;
        Events events;
        parser.feed("data: a\r", events);
        parser.feed("\n\r", events);
        QCOMPARE(events.size(), 1); // "\r\n\r" = end of line, then the blank line
        parser.feed("\ndata: b\r\n\r\n", events);
        QCOMPARE(events, (Events {{{}, "a"_ba}, {{}, "b"_ba}}));
    }

    void randomSplitsOfALongStream()
    {
        QByteArray stream;
        Events expected;
        for (int i = 0; i < 500; ++i) {
            const QByteArray data
                = "{\"i\":" + QByteArray::number(i) + ",\"t\":\"ü→你 " + QByteArray(i % 17, 'x') + "\"}";
            stream += (i % 3 == 0 ? "event: delta\r\n"_ba : QByteArray()) + "data: " + data
                + (i % 2 ? "\r\n\r\n" : "\n\n");
            expected.append({i % 3 == 0 ? "delta"_ba : QByteArray(), data});
        }
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 20; ++round) {
            QList<qsizetype> cuts;
            for (qsizetype at = random->bounded(1, 40); at < stream.size(); at += random->bounded(1, 40)) {
                cuts << at;
            }
            QCOMPARE(parseInPieces(stream, cuts), expected);
        }
    }

    void capStopsAnOversizedEvent()
    {
        SseParser parser(64);
        Events events;
        QVERIFY(parser.feed("data: small\n\n", events));
        QVERIFY(!parser.feed(QByteArray("data: " + QByteArray(100, 'x') + "\n\n"), events));
        QVERIFY(parser.overflowed());
        QVERIFY(!parser.feed("data: more\n\n", events)); // stays stopped
        QCOMPARE(events.size(), 1);

        SseParser lines(64); // many data lines adding up
        Events none;
        for (int i = 0; i < 10; ++i) {
            lines.feed("data: 0123456789\n", none);
        }
        QVERIFY(lines.overflowed());
    }

    void foreignLinesAreKeptOnRequest()
    {
        SseParser parser;
        parser.setKeepForeignLines(true);
        Events events;
        parser.feed("data: a\n\n{\n  \"error\": {}\n}\n", events);
        QCOMPARE(parser.takeForeignLines(), (QList<QByteArray> {"{"_ba, "  \"error\": {}"_ba, "}"_ba}));
        QVERIFY(parser.takeForeignLines().isEmpty());
    }

    void partialEventIsReported()
    {
        SseParser parser;
        Events events;
        parser.feed("data: a\n\n", events);
        QVERIFY(!parser.hasPartialEvent());
        parser.feed("data: b", events);
        QVERIFY(parser.hasPartialEvent());
    }

    void ndjsonLines()
    {
        const QByteArray input = "{\"a\":1}\n{\"b\":\"ü\"}\r\n\n{\"c\":3}"_ba;
        for (qsizetype cut = 0; cut <= input.size(); ++cut) {
            NdjsonReader reader;
            QList<QByteArray> lines;
            reader.feed(QByteArrayView(input).first(cut), lines);
            reader.feed(QByteArrayView(input).sliced(cut), lines);
            QCOMPARE(lines, (QList<QByteArray> {"{\"a\":1}"_ba, "{\"b\":\"ü\"}"_ba}));
            QCOMPARE(reader.takeRemainder(), "{\"c\":3}"_ba);
        }
        NdjsonReader capped(8);
        QList<QByteArray> lines;
        QVERIFY(!capped.feed("0123456789\n", lines));
        QVERIFY(capped.overflowed());
    }
};

QTEST_APPLESS_MAIN(TestSseParser)
#include "test_sseparser.moc"
