// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "chat/streamrecorder.h"

#include "chat/fanout.h"
#include "storage/conversationstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

StreamRecorder::StreamRecorder(ConversationStore &store,
    FanOut &fanOut,
    QList<qint64> responseIds,
    std::chrono::milliseconds interval,
    QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_fanOut(fanOut)
    , m_responseIds(std::move(responseIds))
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &StreamRecorder::flush);
    m_heartbeat.setInterval(heartbeat);
    connect(&m_heartbeat, &QTimer::timeout, this, &StreamRecorder::onHeartbeat);
    connect(&fanOut, &FanOut::textDelta, this, [this](int index) { onPiece(index); });
    connect(&fanOut, &FanOut::reasoningDelta, this, [this](int index) { onPiece(index); });
    connect(&fanOut, &FanOut::targetEnded, this, &StreamRecorder::onEnded);
    connect(&fanOut, &FanOut::fellBack, this, &StreamRecorder::onFellBack);
    // A round of tool calls ended: its steps are written at once (a crash keeps them).
    connect(&fanOut, &FanOut::stepsChanged, this, [this](int index) {
        if (const ChatStream *stream = m_fanOut.stream(index)) {
            if (auto saved = m_store.setSteps(m_responseIds.at(index), stream->steps()); !saved) {
                Q_EMIT storageFailed(saved.error());
            }
        }
    });
    m_timer.start();
    m_heartbeat.start();
}

StreamRecorder::~StreamRecorder()
{
    // A last try, silently: whoever listens may be gone already. Callers that must know
    // call flush() and isSaved() first.
    blockSignals(true);
    flush();
}

void StreamRecorder::onPiece(int index)
{
    m_dirty.insert(index);
    if (++m_piecesSinceFlush >= defaultPiecesPerCheckpoint) {
        flush();
    }
}

void StreamRecorder::flush()
{
    m_piecesSinceFlush = 0;
    // Which target an answer now comes from goes before its text (the row must name it).
    for (auto it = m_unsavedFallbacks.begin(); it != m_unsavedFallbacks.end();) {
        const FanOutJob &job = m_fanOut.job(it.key());
        while (!it->isEmpty()) {
            if (auto saved
                = m_store.fallBack(m_responseIds.at(it.key()), job.account.id, job.request.model, it->first());
                !saved) {
                Q_EMIT storageFailed(saved.error());
                return;
            }
            it->removeFirst();
        }
        it = m_unsavedFallbacks.erase(it);
    }
    // Answers that ended but could not be saved yet go first (their final state is durable).
    for (const int index : QSet<int>(m_unsavedEnds)) {
        const ChatStream *stream = m_fanOut.stream(index);
        if (!stream) {
            continue;
        }
        ResponseRecord record = recordFor(m_responseIds.at(index), *stream);
        if (m_cost) {
            const Cost cost = m_cost(index);
            record.costNanos = cost.nanos;
            record.costEstimated = cost.estimated();
        }
        if (m_judgement) {
            record.judgement = m_judgement(index, record.text);
        }
        if (auto saved = m_store.finishResponse(record); !saved) {
            Q_EMIT storageFailed(saved.error());
            return;
        }
        m_unsavedEnds.remove(index);
    }
    if (m_dirty.isEmpty()) {
        return;
    }
    QList<ResponseCheckpoint> partials;
    QHash<int, Written> written;
    partials.reserve(m_dirty.size());
    for (const int index : std::as_const(m_dirty)) {
        const ChatStream *stream = m_fanOut.stream(index);
        if (!stream || !stream->isActive()) {
            continue;
        }
        const QString text = stream->text();
        const QString reasoning = stream->reasoning();
        const Written before = m_written.value(index);
        const Written now {text.size(), reasoning.size(), stream->attempts()};
        ResponseCheckpoint partial {m_responseIds.at(index), {}, {}};
        if (now.attempt != before.attempt || now.text < before.text || now.reasoning < before.reasoning) {
            partial = {m_responseIds.at(index), text, reasoning, true}; // it started over
        } else {
            partial.text = text.sliced(before.text);
            partial.reasoning = reasoning.sliced(before.reasoning);
        }
        partials.append(partial);
        written.insert(index, now);
    }
    if (auto saved = m_store.checkpoint(partials); !saved) {
        Q_EMIT storageFailed(saved.error()); // kept dirty: tried again next time
        return;
    }
    m_written.insert(written);
    m_dirty.clear();
}

void StreamRecorder::onEnded(int index)
{
    m_dirty.remove(index);
    m_unsavedEnds.insert(index);
    flush();
}

FallbackAttempt StreamRecorder::attemptFor(const QString &from, const StreamError &reason)
{
    FallbackAttempt attempt {from, reason.kindName(), reason.message, std::nullopt, {}};
    if (reason.httpStatus > 0) {
        attempt.httpStatus = reason.httpStatus;
    }
    return attempt;
}

void StreamRecorder::onFellBack(int index, const QString &from, const StreamError &reason)
{
    m_unsavedFallbacks[index].append(attemptFor(from, reason));
    flush();
}

void StreamRecorder::onHeartbeat()
{
    QList<qint64> alive;
    for (int i = 0; i < m_fanOut.count(); ++i) {
        const ChatStream *stream = m_fanOut.stream(i);
        if (!stream || stream->isActive() || m_fanOut.isQueued(i)) {
            alive.append(m_responseIds.at(i));
        }
    }
    if (auto touched = m_store.touch(alive); !touched) {
        Q_EMIT storageFailed(touched.error());
    }
}

ResponseRecord StreamRecorder::recordFor(qint64 responseId, const ChatStream &stream)
{
    ResponseRecord r;
    r.id = responseId;
    r.text = stream.text();
    r.reasoning = stream.reasoning();
    r.servedModel = stream.servedModel();
    r.steps = stream.steps();
    switch (stream.status()) {
    case ChatStream::Status::Finished:
        r.status = ResponseStatus::Done;
        r.finishReason = stream.finishReason().name();
        r.finishReasonRaw = stream.finishReason().raw;
        break;
    case ChatStream::Status::Cancelled:
        r.status = ResponseStatus::Cancelled;
        break;
    default:
        r.status = ResponseStatus::Error;
        break;
    }
    if (r.status != ResponseStatus::Done) {
        const StreamError error = stream.error();
        r.errorKind = error.kindName();
        r.errorMessage = error.message;
        r.httpStatus = error.httpStatus;
    }
    if (const auto usage = stream.usage()) {
        r.inputTokens = usage->input;
        r.cachedInputTokens = usage->cachedInput;
        r.cacheWriteTokens = usage->cacheWrite;
        r.outputTokens = usage->output;
        r.reasoningTokens = usage->reasoning;
    }
    r.ttftMs = stream.timeToFirstTokenMs();
    r.durationMs = stream.durationMs();
    return r;
}

} // namespace Quorum
