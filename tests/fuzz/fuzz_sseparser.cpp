// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target: the SSE parser and the NDJSON reader must never crash, and must give
// the same events however the bytes are split (the first input byte chooses the splits).
#include <cstdlib>

#include <QByteArray>

#include "providers/ndjsonreader.h"
#include "providers/sseparser.h"

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const auto step = static_cast<qsizetype>(data[0] % 17) + 1;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    SseParser whole(4096);
    QList<SseEvent> wholeEvents;
    whole.feed(input, wholeEvents);
    SseParser pieces(4096);
    QList<SseEvent> pieceEvents;
    for (qsizetype at = 0; at < input.size(); at += step) {
        pieces.feed(input.sliced(at, qMin(step, input.size() - at)), pieceEvents);
    }
    if (!whole.overflowed() && !pieces.overflowed() && wholeEvents != pieceEvents) {
        std::abort(); // splitting changed the result
    }

    NdjsonReader lines(4096);
    QList<QByteArray> out;
    for (qsizetype at = 0; at < input.size(); at += step) {
        lines.feed(input.sliced(at, qMin(step, input.size() - at)), out);
    }
    lines.takeRemainder();
    return 0;
}
