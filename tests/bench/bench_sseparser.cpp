// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// SSE parsing throughput on a 50 MB stream of realistic OpenAI chat deltas, fed in 16 KiB
// reads, against the time to only find its newlines with memchr in the same run (the
// floor any line-based parser has to pay). Also the whole OpenAI decoder (SSE + JSON).
// Prints medians of 7 runs; it is a report, not a pass/fail test.
#include <algorithm>
#include <cstring>
#include <vector>

#include <QByteArray>
#include <QElapsedTimer>
#include <QTextStream>

#include "benchtiming.h"
#include "providers/openaichatdecoder.h"
#include "providers/sseparser.h"

using namespace Quorum;

namespace
{
QByteArray makeStream(qsizetype bytes)
{
    static const char *words[] = {"The", " answer", " is", " `x`", " —", " ü", " 你好", "\\n", " def", " f():"};
    QByteArray stream;
    stream.reserve(bytes + 512);
    int i = 0;
    while (stream.size() < bytes) {
        stream
            += R"(data: {"id":"chatcmpl-AFakE0123456789","object":"chat.completion.chunk","created":1727346168,"model":"gpt-4o-2024-08-06","choices":[{"index":0,"delta":{"content":")";
        stream += words[i++ % 10];
        stream += R"("},"logprobs":null,"finish_reason":null}],"usage":null}

)";
    }
    return stream;
}

} // namespace

int main()
{
    constexpr qsizetype size = 50LL * 1024 * 1024;
    constexpr qsizetype read = 16 * 1024;
    const QByteArray stream = makeStream(size);
    const double mb = static_cast<double>(stream.size()) / (1024.0 * 1024.0);
    QTextStream out(stdout);

    volatile qsizetype sink = 0;
    const double scanMs = Bench::medianMs(7, [&] {
        qsizetype lines = 0;
        const char *p = stream.constData();
        const char *end = p + stream.size();
        while ((p = static_cast<const char *>(std::memchr(p, '\n', static_cast<size_t>(end - p))))) {
            ++lines;
            ++p;
        }
        sink = lines;
    });
    qsizetype events = 0;
    const double parseMs = Bench::medianMs(7, [&] {
        SseParser parser;
        QList<SseEvent> out;
        events = 0;
        for (qsizetype at = 0; at < stream.size(); at += read) {
            out.clear();
            parser.feed(QByteArrayView(stream).sliced(at, qMin(read, stream.size() - at)), out);
            events += out.size();
        }
    });
    const double decodeMs = Bench::medianMs(7, [&] {
        OpenAiChatDecoder decoder;
        QList<StreamEvent> out;
        for (qsizetype at = 0; at < stream.size(); at += read) {
            out.clear();
            decoder.feed(QByteArrayView(stream).sliced(at, qMin(read, stream.size() - at)), out);
        }
    });
    out << "stream: " << QString::number(mb, 'f', 1) << " MiB, " << events << " events, " << read / 1024
        << " KiB reads, median of 7\n";
    out << "memchr newline scan : " << QString::number(scanMs, 'f', 1) << " ms  "
        << QString::number(mb / scanMs * 1000.0, 'f', 0) << " MiB/s\n";
    out << "SseParser           : " << QString::number(parseMs, 'f', 1) << " ms  "
        << QString::number(mb / parseMs * 1000.0, 'f', 0) << " MiB/s  (" << QString::number(parseMs / scanMs, 'f', 2)
        << "x the scan)\n";
    out << "OpenAiChatDecoder   : " << QString::number(decodeMs, 'f', 1) << " ms  "
        << QString::number(mb / decodeMs * 1000.0, 'f', 0) << " MiB/s  ("
        << QString::number(static_cast<double>(events) / decodeMs / 1000.0, 'f', 2) << " M events/s)\n";
    return sink > 0 ? 0 : 1;
}
