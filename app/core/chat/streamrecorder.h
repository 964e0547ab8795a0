// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <chrono>
#include <functional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include "pricing/cost.h"
#include "providers/streamerror.h"
#include "storage/storageerror.h"
#include "types/records.h"

namespace Quorum
{

class ChatStream;
class ConversationStore;
class FanOut;

/*!
 * Saves what a FanOut streams: the text of every streaming answer that is new since the
 * last checkpoint, appended, at a fixed interval (default 250 ms) or after 64 new pieces,
 * whichever comes first, all answers in one transaction (what is written grows with the
 * answer, not with its square); every answer that ends at once, durably, with its usage and
 * timings; and a heartbeat for answers still waiting, so recovery in another process
 * leaves them alone. A write that fails (disk full, read-only) is reported with
 * storageFailed() and tried again at the next interval: the answers stay in memory.
 */
class StreamRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamRecorder)

public:
    static constexpr std::chrono::milliseconds defaultInterval {250};
    static constexpr int defaultPiecesPerCheckpoint = 64;
    static constexpr std::chrono::milliseconds heartbeat {5000};

    //! \a responseIds[i] is the stored answer of the FanOut's target i.
    StreamRecorder(ConversationStore &store,
        FanOut &fanOut,
        QList<qint64> responseIds,
        std::chrono::milliseconds interval = defaultInterval,
        QObject *parent = nullptr);
    ~StreamRecorder() override;

    //! Writes every pending checkpoint now (also tried, without signals, on destruction).
    void flush();
    //! True when everything streamed so far is stored (the last flush succeeded).
    bool isSaved() const { return m_dirty.isEmpty() && m_unsavedEnds.isEmpty() && m_unsavedFallbacks.isEmpty(); }
    //! The stored form of a stream's answer (for the final write).
    static ResponseRecord recordFor(qint64 responseId, const ChatStream &stream);
    //! What a fallback chain records of target \a from, which failed with \a reason.
    static FallbackAttempt attemptFor(const QString &from, const StreamError &reason);
    //! Gives the cost of target \a index's answer for the final write (none: cost unknown).
    void setCostFunction(std::function<Cost(int index)> cost) { m_cost = std::move(cost); }
    //! Reads what a judge returned from target \a index's final text (nullopt: not a judge).
    void setJudgementReader(std::function<std::optional<Judgement>(int index, const QString &text)> reader)
    {
        m_judgement = std::move(reader);
    }

Q_SIGNALS:
    void storageFailed(const Quorum::StorageError &error);

private:
    void onPiece(int index);
    void onEnded(int index);
    void onHeartbeat();
    void onFellBack(int index, const QString &from, const StreamError &reason);

    ConversationStore &m_store;
    FanOut &m_fanOut;
    QList<qint64> m_responseIds;
    QSet<int> m_dirty;
    //! How much of each stream the checkpoints have stored: later ones append only what is new.
    struct Written {
        qsizetype text = 0;
        qsizetype reasoning = 0;
        int attempt = 0;
    };
    QHash<int, Written> m_written;
    QSet<int> m_unsavedEnds;
    //! Fallbacks not stored yet (the disk was full): index -> the attempts, in order.
    QHash<int, QList<FallbackAttempt>> m_unsavedFallbacks;
    QTimer m_timer;
    QTimer m_heartbeat;
    int m_piecesSinceFlush = 0;
    std::function<Cost(int)> m_cost;
    std::function<std::optional<Judgement>(int, const QString &)> m_judgement;
};

} // namespace Quorum
