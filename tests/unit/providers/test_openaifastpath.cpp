// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The OpenAI Chat decoder's fast path for the common delta chunk must make exactly the events
// the QJsonDocument path makes, for every input: real providers' chunks, the shapes it must
// leave alone, and thousands of random mutations of them (a byte replaced, inserted or
// removed), each decoded both ways and compared.
#include <QRandomGenerator>
#include <QTest>

#include "openaichunks.h"
#include "providers/openaichatdecoder.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{

QString describe(const QList<StreamEvent> &events)
{
    QStringList out;
    for (const StreamEvent &e : events) {
        out << u"%1:%2:%3:%4:%5"_s.arg(static_cast<int>(e.type))
                   .arg(e.text)
                   .arg(static_cast<int>(e.finish.kind))
                   .arg(e.error.kindName())
                   .arg(e.usage.output);
    }
    return out.join(u" | "_s);
}

QString decode(const QByteArray &data, bool fast)
{
    OpenAiChatDecoder decoder(fast);
    QList<StreamEvent> events;
    decoder.feed(QByteArray("data: " + data + "\n\ndata: [DONE]\n\n"), events);
    decoder.finish(events);
    return describe(events);
}
} // namespace

class TestOpenAiFastPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCommonChunkTakesTheFastPath()
    {
        const auto chunk = OpenAiChatDecoder::fastChunk(Testing::openAiChunks.at(0));
        QVERIFY(chunk);
        QCOMPARE(chunk->content, u"Hello"_s);
        QCOMPARE(chunk->model, u"gpt-4.1-2025-04-14"_s);
        QVERIFY(OpenAiChatDecoder::fastChunk(Testing::openAiChunks.at(1)));
        QCOMPARE(OpenAiChatDecoder::fastChunk(Testing::openAiChunks.at(2))->content,
            u"line\nbreak \"quoted\" \\ / \t tab é中"_s);
        QCOMPARE(OpenAiChatDecoder::fastChunk(Testing::openAiChunks.at(3))->content, u"spaced"_s);
        QCOMPARE(OpenAiChatDecoder::fastChunk(Testing::openAiChunks.at(5))->content, u"Grüße 東京 😀"_s);
        // What it leaves to QJsonDocument: surrogate escapes, a finish reason, usage, reasoning,
        // another choice, a null content, an error, duplicate keys, content parts.
        for (const int i : {4, 6, 7, 8, 9, 10, 11, 13, 14}) {
            QVERIFY2(
                !OpenAiChatDecoder::fastChunk(Testing::openAiChunks.at(i)), Testing::openAiChunks.at(i).constData());
        }
    }

    void bothPathsMakeTheSameEvents()
    {
        for (const QByteArray &chunk : Testing::openAiChunks) {
            QCOMPARE(decode(chunk, true), decode(chunk, false));
        }
    }

    void bothPathsAgreeOnMutatedChunks()
    {
        QRandomGenerator random(20261206);
        int fast = 0;
        int total = 0;
        for (const QByteArray &base : Testing::openAiChunks) {
            for (int i = 0; i < 1500; ++i) {
                QByteArray mutated = base;
                for (int edits = 1 + int(random.bounded(3)); edits > 0 && !mutated.isEmpty(); --edits) {
                    const qsizetype at = random.bounded(mutated.size());
                    const char c = Testing::jsonAlphabet.at(random.bounded(Testing::jsonAlphabet.size()));
                    switch (random.bounded(3)) {
                    case 0:
                        mutated[at] = c;
                        break;
                    case 1:
                        mutated.insert(at, c);
                        break;
                    default:
                        mutated.remove(at, 1);
                        break;
                    }
                }
                if (mutated.contains('\n') || mutated.contains('\r')) {
                    continue; // a line break ends the SSE field: another test's subject
                }
                ++total;
                fast += OpenAiChatDecoder::fastChunk(mutated) ? 1 : 0;
                const QString a = decode(mutated, true);
                const QString b = decode(mutated, false);
                if (a != b) {
                    QFAIL(qPrintable(u"differs on %1:\n fast %2\n slow %3"_s.arg(
                        QString::fromLatin1(mutated.toPercentEncoding(" {}[]:,\"")), a, b)));
                }
            }
        }
        qInfo("%d mutated chunks, %d of them taken by the fast path, the same events both ways", total, fast);
        QVERIFY(fast > 100); // the comparison covered the fast path, not only the fallback
    }
};

QTEST_GUILESS_MAIN(TestOpenAiFastPath)
#include "test_openaifastpath.moc"
