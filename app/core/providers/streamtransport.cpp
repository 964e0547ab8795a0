// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/streamtransport.h"

#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QPointer>
#include <QThread>

#include "providers/streamdecoder.h"

namespace Quorum
{

namespace
{
constexpr auto transportName = "quorum-stream-transport";

//! Appends \a events to \a into, joining consecutive text (what the receiver shows is the same).
void appendJoined(QList<StreamEvent> &into, QList<StreamEvent> &events)
{
    for (StreamEvent &event : events) {
        if (event.type == StreamEvent::Type::Text && !into.isEmpty()
            && into.constLast().type == StreamEvent::Type::Text) {
            into.last().text += event.text;
        } else {
            into.append(std::move(event));
        }
    }
}

QByteArrayView upTo(const QByteArray &bytes, qint64 have, qint64 limit)
{
    return QByteArrayView(bytes).first(qBound<qint64>(0, limit - have, bytes.size()));
}
} // namespace

//! The proxy routes of the network thread's manager, replaced from the owner's thread.
struct TransportProxies {
    QMutex mutex;
    std::shared_ptr<QNetworkProxyFactory> factory;
};

namespace
{
/*!
 * The network thread's proxy factory: asks the factory installProviderProxies() last set
 * (a copy of the main manager's, never shared with it), else Qt's application default, as a
 * manager without a factory does.
 */
class ForwardingProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit ForwardingProxyFactory(std::shared_ptr<TransportProxies> proxies)
        : m_proxies(std::move(proxies))
    {
    }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        std::shared_ptr<QNetworkProxyFactory> factory;
        {
            const QMutexLocker lock(&m_proxies->mutex);
            factory = m_proxies->factory;
        }
        return factory ? factory->queryProxy(query) : QNetworkProxyFactory::proxyForQuery(query);
    }

private:
    std::shared_ptr<TransportProxies> m_proxies;
};
} // namespace

// --- StreamTransfer ---------------------------------------------------------------------

StreamTransfer::StreamTransfer(QObject *receiver, std::function<void()> notify)
    : m_receiver(receiver)
    , m_notify(std::move(notify))
{
}

TransferUpdate StreamTransfer::take()
{
    const QMutexLocker lock(&m_mutex);
    TransferUpdate update = std::exchange(m_pending, {});
    m_pending.httpStatus = update.httpStatus; // these two are totals, not news
    m_pending.bodyBytes = update.bodyBytes;
    m_pending.largestRead = update.largestRead;
    m_notified = false;
    return update;
}

void StreamTransfer::detach()
{
    const QMutexLocker lock(&m_mutex);
    m_receiver = nullptr;
}

void StreamTransfer::publish(const std::function<void(TransferUpdate &)> &change)
{
    const QMutexLocker lock(&m_mutex);
    change(m_pending);
    // Posted under the lock: once detach() has returned nothing more is posted, and what was
    // posted before is dropped by Qt with the receiver.
    if (!m_notified && m_receiver) {
        m_notified = true;
        QMetaObject::invokeMethod(m_receiver, m_notify, Qt::QueuedConnection);
    }
}

// --- the network thread's side ----------------------------------------------------------

/*!
 * One request on the network thread: reads its reply as it arrives, decodes a 2xx body,
 * keeps the start of the body and a non-2xx body, and publishes to the transfer.
 */
class TransportExchange final : public QObject
{
public:
    TransportExchange(std::shared_ptr<StreamTransfer> transfer,
        std::shared_ptr<StreamDecoder> decoder,
        const StreamTransport::Limits &limits,
        QNetworkReply *reply,
        QObject *parent)
        : QObject(parent)
        , m_transfer(std::move(transfer))
        , m_decoder(std::move(decoder))
        , m_limits(limits)
        , m_reply(reply)
    {
        m_transfer->m_exchange = this;
        // A bounded read buffer, so that a server sending faster than the answer is decoded
        // waits (TCP) instead of filling memory. Set once the request has started: Qt's HTTP
        // thread learns of the size by a signal its side connects only when the request starts
        // (a POST starts on a queued call), so a size set now would be lost and the reply
        // unbounded (a 30 MB body of 200,000 deltas was read ahead whole: 16 MB in one read).
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_reply) {
                    m_reply->setReadBufferSize(m_limits.readBufferBytes);
                }
            },
            Qt::QueuedConnection);
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &TransportExchange::onMetaData);
        connect(m_reply, &QNetworkReply::readyRead, this, &TransportExchange::onReadyRead);
        connect(m_reply, &QNetworkReply::finished, this, &TransportExchange::onFinished);
    }

    ~TransportExchange() override
    {
        m_transfer->m_exchange = nullptr;
        close();
    }

    Q_DISABLE_COPY_MOVE(TransportExchange)

    //! Stops reading (aborting the request if it runs) and deletes this exchange soon.
    void close()
    {
        if (QNetworkReply *reply = std::exchange(m_reply, nullptr).data()) {
            reply->disconnect(this);
            if (reply->isRunning()) {
                reply->abort();
            }
            reply->deleteLater();
            deleteLater();
        }
    }

private:
    bool isSuccess() const { return m_status >= 200 && m_status < 300; }

    void onMetaData()
    {
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid() || m_status != 0) {
            return;
        }
        const int code = status.toInt();
        if (code >= 300 && code < 400) {
            return; // a same-origin redirect Qt follows
        }
        m_status = code;
        m_transfer->publish([code](TransferUpdate &update) { update.httpStatus = code; });
    }

    void onReadyRead()
    {
        if (m_status == 0) {
            onMetaData();
        }
        const QByteArray bytes = m_reply->readAll();
        const QByteArrayView raw = upTo(bytes, m_bodyBytes, m_limits.keepRawBytes);
        m_bodyBytes += bytes.size();
        const qint64 total = m_bodyBytes;
        if (bytes.size() > m_largestRead) {
            m_largestRead = bytes.size();
            m_transfer->publish([largest = m_largestRead](TransferUpdate &update) { update.largestRead = largest; });
        }
        if (total > m_limits.maxResponseBytes) {
            m_transfer->publish([total, raw](TransferUpdate &update) {
                update.bodyBytes = total;
                update.raw.append(raw);
                update.tooLarge = true;
            });
            close();
            return;
        }
        if (!isSuccess()) {
            const QByteArrayView error = upTo(bytes, m_errorBytes, m_limits.maxErrorBodyBytes);
            m_errorBytes += error.size();
            m_transfer->publish([total, raw, error](TransferUpdate &update) {
                update.bodyBytes = total;
                update.raw.append(raw);
                update.errorBody.append(error);
            });
            return;
        }
        // Decode a burst in slices and publish each slice's events at once, so the first
        // token of a large read is shown without waiting for the rest of it.
        constexpr qsizetype slice = 8 * 1024;
        QList<StreamEvent> events;
        for (qsizetype at = 0; at < bytes.size(); at += slice) {
            events.clear();
            m_decoder->feed(QByteArrayView(bytes).sliced(at, qMin(slice, bytes.size() - at)), events);
            const bool first = at == 0;
            m_transfer->publish([&](TransferUpdate &update) {
                update.bodyBytes = total;
                if (first) {
                    update.raw.append(raw);
                }
                appendJoined(update.events, events);
            });
            if (m_decoder->isDone()) {
                close(); // the answer ended (or failed) in the body: nothing more to read
                return;
            }
        }
    }

    void onFinished()
    {
        if (m_reply->bytesAvailable() > 0) {
            onReadyRead();
            if (!m_reply) {
                return;
            }
        }
        const QNetworkReply::NetworkError networkError = m_reply->error();
        const QString networkMessage = m_reply->errorString();
        const QList<QNetworkReply::RawHeaderPair> headers = m_reply->rawHeaderPairs();
        const int status
            = m_status != 0 ? m_status : m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QList<StreamEvent> events;
        if (status >= 200 && status < 300) {
            m_decoder->finish(events);
            if (networkError != QNetworkReply::NoError && !events.isEmpty()
                && events.constLast().type == StreamEvent::Type::Failed
                && events.constLast().error.kind == StreamError::Kind::Protocol) {
                // Cut short by the network rather than by the server's choice: say so.
                events.last().error = StreamError::make(StreamError::Kind::Network, networkMessage);
            }
        }
        m_transfer->publish([&](TransferUpdate &update) {
            update.httpStatus = status;
            appendJoined(update.events, events);
            update.ended = true;
            update.networkError = networkError;
            update.networkMessage = networkMessage;
            update.headers = headers;
        });
        close();
    }

    std::shared_ptr<StreamTransfer> m_transfer;
    std::shared_ptr<StreamDecoder> m_decoder;
    StreamTransport::Limits m_limits;
    // Guarded: when the thread ends, the worker's manager (and its replies) may go first.
    QPointer<QNetworkReply> m_reply;
    qint64 m_bodyBytes = 0;
    qint64 m_largestRead = 0;
    qint64 m_errorBytes = 0;
    int m_status = 0;
};

//! Lives on the network thread: its manager and the exchanges running there.
class TransportWorker final : public QObject
{
public:
    explicit TransportWorker(std::shared_ptr<TransportProxies> proxies)
        : m_proxies(std::move(proxies))
    {
    }

    void begin(const std::shared_ptr<StreamTransfer> &transfer,
        const QNetworkRequest &request,
        const QByteArray &body,
        const std::shared_ptr<StreamDecoder> &decoder,
        const StreamTransport::Limits &limits)
    {
        if (!m_network) {
            m_network = new QNetworkAccessManager(this);
            m_network->setProxyFactory(new ForwardingProxyFactory(m_proxies)); // the manager owns it
        }
        new TransportExchange(transfer, decoder, limits, m_network->post(request, body), this);
    }

    static void abort(const std::shared_ptr<StreamTransfer> &transfer)
    {
        if (TransportExchange *exchange = transfer->m_exchange) {
            exchange->close();
        }
    }

private:
    std::shared_ptr<TransportProxies> m_proxies;
    QNetworkAccessManager *m_network = nullptr;
};

// --- StreamTransport ----------------------------------------------------------------------

StreamTransport::StreamTransport(QNetworkAccessManager *network)
    : QObject(network)
    , m_proxies(std::make_shared<TransportProxies>())
{
    setObjectName(QLatin1StringView(transportName));
}

StreamTransport::~StreamTransport()
{
    if (m_thread) {
        m_thread->quit(); // the worker, its manager and its requests go with the thread
        m_thread->wait();
    }
}

StreamTransport *StreamTransport::of(QNetworkAccessManager *network)
{
    if (auto *existing
        = network->findChild<StreamTransport *>(QLatin1StringView(transportName), Qt::FindDirectChildrenOnly)) {
        return existing;
    }
    return new StreamTransport(network);
}

void StreamTransport::ensureThread()
{
    if (m_thread) {
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("quorum-network"));
    m_worker = new TransportWorker(m_proxies);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

std::shared_ptr<StreamTransfer> StreamTransport::start(const QNetworkRequest &request,
    const QByteArray &body,
    std::unique_ptr<StreamDecoder> decoder,
    const Limits &limits,
    QObject *receiver,
    std::function<void()> notify)
{
    ensureThread();
    auto transfer = std::make_shared<StreamTransfer>(receiver, std::move(notify));
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker,
            transfer,
            request,
            body,
            decoder = std::shared_ptr<StreamDecoder>(std::move(decoder)),
            limits] { worker->begin(transfer, request, body, decoder, limits); },
        Qt::QueuedConnection);
    return transfer;
}

void StreamTransport::abort(const std::shared_ptr<StreamTransfer> &transfer)
{
    transfer->detach();
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [transfer] { TransportWorker::abort(transfer); }, Qt::QueuedConnection);
    }
}

void StreamTransport::setProxyFactory(std::shared_ptr<QNetworkProxyFactory> factory)
{
    const QMutexLocker lock(&m_proxies->mutex);
    m_proxies->factory = std::move(factory);
}

} // namespace Quorum
