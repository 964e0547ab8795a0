// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for the AWS event-stream decoder (Bedrock's ConverseStream): any bytes,
// fed whole and fed in pieces (sizes from the first byte), give the same messages and the same
// verdict; every message it accepts, encoded again, decodes to itself.
#include <cstdlib>

#include "providers/eventstream.h"

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const qsizetype step = qsizetype(data[0] % 17) + 1;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    EventStreamDecoder whole;
    const QList<EventStreamMessage> all = whole.feed(bytes);

    // Fed in pieces, the same messages come out (those before any damage) and the same damage.
    EventStreamDecoder pieces;
    QList<EventStreamMessage> collected;
    for (qsizetype at = 0; at < bytes.size() && !pieces.isDamaged(); at += step) {
        collected += pieces.feed(bytes.sliced(at, std::min(step, bytes.size() - at)));
    }
    if (whole.error() != pieces.error() || all.size() != collected.size()
        || (!whole.isDamaged() && whole.hasPartialMessage() != pieces.hasPartialMessage())) {
        std::abort();
    }
    for (qsizetype i = 0; i < all.size(); ++i) {
        const EventStreamMessage &m = all.at(i);
        if (m.payload != collected.at(i).payload || m.headers != collected.at(i).headers) {
            std::abort();
        }
        // Encoding what was decoded decodes to the same message.
        EventStreamDecoder again;
        const auto round = again.feed(EventStreamDecoder::encode(m.headers, m.payload));
        if (again.isDamaged() || round.size() != 1 || round.at(0).headers != m.headers
            || round.at(0).payload != m.payload) {
            std::abort();
        }
    }
    return 0;
}
