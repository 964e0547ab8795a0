// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMutex>
#include <QNetworkReply>
#include <QObject>

#include "providers/streamevent.h"

class QNetworkAccessManager;
class QNetworkProxyFactory;
class QNetworkRequest;
class QThread;

namespace Quorum
{

class StreamDecoder;
class TransportExchange;
class TransportWorker;
struct TransportProxies;

/*!
 * What the network thread has read and decoded of one exchange since the last take(): the
 * receiving thread applies it in this order (status, bytes, events, end).
 */
struct TransferUpdate {
    int httpStatus = 0;        //!< the final (non-redirect) status once known, else 0
    qint64 bodyBytes = 0;      //!< body bytes read so far, in all
    qint64 largestRead = 0;    //!< the most bytes one read gave (Limits::readBufferBytes bounds it)
    QByteArray raw;            //!< more of the body's start (up to Limits::keepRawBytes in all)
    QByteArray errorBody;      //!< more of a non-2xx body (up to Limits::maxErrorBodyBytes)
    QList<StreamEvent> events; //!< decoded from a 2xx body; consecutive text joined
    bool tooLarge = false;     //!< the body passed Limits::maxResponseBytes: reading stopped
    bool ended = false;        //!< the reply finished (the decoder's last events are in events)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkMessage;
    QList<QNetworkReply::RawHeaderPair> headers; //!< the response headers, at the end
};

/*!
 * One exchange shared between the thread that asked for it and the network thread: the
 * network thread adds to its pending update under a mutex and wakes the receiver once per
 * batch; the receiver takes everything pending at once. So a receiver that is busy for a
 * while gets one coalesced update, not a queue of them. A receiver that keeps up is woken
 * at most once per minimumWake for the body's events (the status, the end and a stop come
 * at once): a server sending without pause would otherwise wake it for every delta.
 */
class StreamTransfer final
{
public:
    static constexpr std::chrono::microseconds minimumWake {1000};

    StreamTransfer(QObject *receiver, std::function<void()> notify);
    Q_DISABLE_COPY_MOVE(StreamTransfer)

    //! Receiver's thread: everything read since the last call.
    TransferUpdate take();
    //! Receiver's thread: no more notifications (called before the receiver goes away).
    void detach();

    // The network thread's side (TransportExchange; public for tests).
    enum class Wake { Now, Paced };
    /*!
     * Network thread: changes the pending update and wakes the receiver if it is not awake
     * (Paced: unless it took an update less than minimumWake ago). True when the news waits
     * for nudge().
     */
    bool publish(const std::function<void(TransferUpdate &)> &change, Wake wake = Wake::Paced);
    //! Network thread: wakes the receiver for news publish() held back.
    void nudge();

private:
    friend class TransportExchange;
    friend class TransportWorker;
    void wakeLocked();

    QMutex m_mutex;
    TransferUpdate m_pending;
    TransportExchange *m_exchange = nullptr; // the network thread's side; only touched there
    QObject *m_receiver;
    std::function<void()> m_notify;
    QElapsedTimer m_sinceTake;
    bool m_notified = false;
    bool m_held = false;
};

/*!
 * Sends the answers' requests and reads and decodes their streamed responses on a thread of
 * their own ("quorum-network"), so the thread that shows or stores an answer receives
 * decoded, coalesced events and never the wire's bytes. One per QNetworkAccessManager (a
 * child of it, found with of()). The HTTP is libcurl's, driven by the thread's event loop:
 * Qt's HTTP stack spends ~12 us on each chunk of a body on a thread of its own, and an
 * answer is one small chunk per token (docs/architecture.md). Qt still decides each
 * request's proxy (installProviderProxies(), the system's settings). The decoders are pure,
 * so they run there unchanged.
 */
class StreamTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamTransport)

public:
    struct Limits {
        qint64 keepRawBytes = 0;
        qint64 maxResponseBytes = 64LL * 1024 * 1024;
        qint64 maxErrorBodyBytes = 1024 * 1024;
        qint64 readBufferBytes = 64 * 1024;
    };

    //! The transport of \a network, made on first use.
    static StreamTransport *of(QNetworkAccessManager *network);
    ~StreamTransport() override;

    /*!
     * Sends \a request with \a body on the network thread, where \a decoder reads its 2xx
     * body. \a notify runs on \a receiver's thread whenever the transfer has news.
     */
    std::shared_ptr<StreamTransfer> start(const QNetworkRequest &request,
        const QByteArray &body,
        std::unique_ptr<StreamDecoder> decoder,
        const Limits &limits,
        QObject *receiver,
        std::function<void()> notify);
    //! Stops \a transfer's request (if still running) and sends no more news of it.
    void abort(const std::shared_ptr<StreamTransfer> &transfer);

    //! The proxies of the network thread's requests (null: Qt's application default).
    void setProxyFactory(std::shared_ptr<QNetworkProxyFactory> factory);

    //! The network thread (null until the first start()); for tests.
    QThread *networkThread() const { return m_thread; }

private:
    explicit StreamTransport(QNetworkAccessManager *network);
    void ensureThread();

    QThread *m_thread = nullptr;
    TransportWorker *m_worker = nullptr;
    std::shared_ptr<TransportProxies> m_proxies;
};

} // namespace Quorum
