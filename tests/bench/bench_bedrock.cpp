// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Bedrock's costs next to baselines measured in the same run:
// - decoding ConverseStream (AWS event-stream frames, two CRC32s each, then JSON) against
//   zlib's crc32 over the same bytes (the floor of any checked framing) and against the
//   OpenAI decoder on an SSE stream carrying the same text deltas;
// - signing one request with SigV4 against hashing its body with SHA-256 alone.
// Prints medians of 7 runs; it is a report, not a pass/fail test.
#include <algorithm>
#include <vector>

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QTextStream>

#include "benchtiming.h"
#include "providers/bedrockdecoder.h"
#include "providers/eventstream.h"
#include "providers/openaichatdecoder.h"
#include "providers/sigv4.h"

#include <zlib.h>

using namespace Quorum;

namespace
{
const char *const words[] = {"The", " answer", " is", " `x`", " —", " ü", " 你好", "\\n", " def", " f():"};

// The same text deltas, as Bedrock frames them (with its padding key) and as OpenAI's SSE.
std::pair<QByteArray, QByteArray> makeStreams(qsizetype events)
{
    QByteArray bedrock;
    QByteArray sse;
    for (qsizetype i = 0; i < events; ++i) {
        const QByteArray word = words[i % 10];
        bedrock += EventStreamDecoder::encodeEvent("contentBlockDelta",
            R"({"contentBlockIndex":0,"delta":{"text":")" + word + R"("},"p":"abcdefghijklmnopqrstuvwxyzABCD"})");
        sse += R"(data: {"id":"chatcmpl-AFakE0123456789","object":"chat.completion.chunk","created":1727346168,"model":"gpt-4o-2024-08-06","choices":[{"index":0,"delta":{"content":")"
            + word + R"("},"logprobs":null,"finish_reason":null}],"usage":null}

)";
    }
    return {bedrock, sse};
}

template<typename Decoder> double decodeMs(const QByteArray &stream, Decoder &&make)
{
    constexpr qsizetype read = 16 * 1024;
    return Bench::medianMs(7, [&] {
        auto decoder = make();
        QList<StreamEvent> out;
        for (qsizetype at = 0; at < stream.size(); at += read) {
            out.clear();
            decoder.feed(QByteArrayView(stream).sliced(at, qMin(read, stream.size() - at)), out);
        }
    });
}
} // namespace

int main()
{
    constexpr qsizetype events = 300'000;
    const auto [bedrock, sse] = makeStreams(events);
    const double mib = static_cast<double>(bedrock.size()) / (1024.0 * 1024.0);
    QTextStream out(stdout);
    volatile unsigned long sink = 0;

    const double crcMs = Bench::medianMs(7, [&] {
        sink = crc32(0, reinterpret_cast<const Bytef *>(bedrock.constData()), static_cast<uInt>(bedrock.size()));
    });
    const double framingMs = Bench::medianMs(7, [&] {
        EventStreamDecoder frames;
        constexpr qsizetype read = 16 * 1024;
        qsizetype messages = 0;
        for (qsizetype at = 0; at < bedrock.size(); at += read) {
            messages += frames.feed(QByteArrayView(bedrock).sliced(at, qMin(read, bedrock.size() - at))).size();
        }
        sink = static_cast<unsigned long>(messages);
    });
    const double bedrockMs = decodeMs(bedrock, [] { return BedrockDecoder(); });
    const double openAiMs = decodeMs(sse, [] { return OpenAiChatDecoder(); });

    out << "ConverseStream: " << events << " text events, " << QString::number(mib, 'f', 1) << " MiB ("
        << QString::number(static_cast<double>(sse.size()) / (1024.0 * 1024.0), 'f', 1)
        << " MiB as OpenAI SSE), 16 KiB reads, median of 7\n";
    const auto line = [&](const char *what, double ms, double baseline) {
        out << what << QString::number(ms, 'f', 1) << " ms  " << QString::number(mib / ms * 1000.0, 'f', 0)
            << " MiB/s  " << QString::number(static_cast<double>(events) / ms / 1000.0, 'f', 2) << " M events/s  ("
            << QString::number(ms / baseline, 'f', 2) << "x)\n";
    };
    line("zlib crc32 of the bytes  : ", crcMs, crcMs);
    line("EventStreamDecoder       : ", framingMs, crcMs);
    line("BedrockDecoder           : ", bedrockMs, crcMs);
    out << "OpenAiChatDecoder (SSE)  : " << QString::number(openAiMs, 'f', 1) << " ms for the same events  ("
        << QString::number(bedrockMs / openAiMs, 'f', 2) << "x Bedrock's time)\n";

    // One signed ConverseStream request with a 2 KB body, against hashing the body alone.
    const QByteArray body(2048, 'x');
    const AwsCredentials credentials {QStringLiteral("AKIAIOSFODNN7EXAMPLE"),
        QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        QStringLiteral("IQoJb3JpZ2luX2VjEFAKE")};
    const QUrl url(QStringLiteral("https://bedrock-runtime.eu-west-1.amazonaws.com/model/"
                                  "anthropic.claude-3-haiku-20240307-v1%3A0/converse-stream"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr int requests = 10'000;
    const double hashMs = Bench::medianMs(7, [&] {
        for (int i = 0; i < requests; ++i) {
            sink = static_cast<unsigned long>(QCryptographicHash::hash(body, QCryptographicHash::Sha256).at(0));
        }
    });
    const double signMs = Bench::medianMs(7, [&] {
        for (int i = 0; i < requests; ++i) {
            sink = static_cast<unsigned long>(SigV4::sign({"POST", url, {{"Content-Type", "application/json"}}, body},
                credentials,
                QStringLiteral("eu-west-1"),
                QStringLiteral("bedrock"),
                now)
                    .signature.size());
        }
    });
    out << "SigV4 sign, 2 KB body    : " << QString::number(signMs * 1000.0 / requests, 'f', 1)
        << " us a request  (SHA-256 of the body alone " << QString::number(hashMs * 1000.0 / requests, 'f', 1)
        << " us; " << QString::number(signMs / hashMs, 'f', 1) << "x)\n";
    return sink == 12345 ? 1 : 0;
}
