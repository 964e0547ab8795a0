// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

#include "providers/streamevent.h"

namespace Quorum
{

/*!
 * Turns the body of one successful (2xx) streaming response into normalised events. One
 * subclass per wire protocol; pure and incremental (no network, no timers), so each is
 * tested with transcripts split at every byte and fuzzed.
 *
 * After a Finished or Failed event the decoder is done and ignores further input.
 */
class StreamDecoder
{
public:
    virtual ~StreamDecoder();

    //! Decodes the next bytes of the body, appending events to \a events.
    void feed(QByteArrayView bytes, QList<StreamEvent> &events);
    //! The body ended. Appends Finished if the terminal signal was seen but not yet reported,
    //! else Failed (a stream cut short keeps its text but is an error).
    void finish(QList<StreamEvent> &events);
    bool isDone() const { return m_done; }

protected:
    StreamDecoder() = default;
    Q_DISABLE_COPY_MOVE(StreamDecoder)

    virtual void decode(QByteArrayView bytes, QList<StreamEvent> &events) = 0;
    //! Called once at end of body while not done; append the final events.
    virtual void decodeEnd(QList<StreamEvent> &events) = 0;

    //! Emits Failed and marks the decoder done.
    void fail(QList<StreamEvent> &events, StreamError error);
    //! Emits Finished and marks the decoder done.
    void complete(QList<StreamEvent> &events, const FinishReason &reason);
    //! Parses \a json as an object; on failure emits a Protocol error naming what was wrong.
    bool parseObject(QByteArrayView json, QJsonObject &object, QList<StreamEvent> &events);
    //! The stream ended before its terminal event.
    void failTruncated(QList<StreamEvent> &events);

private:
    bool m_done = false;
};

} // namespace Quorum
