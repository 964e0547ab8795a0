// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/streamtransport.h"

#include <algorithm>
#include <array>
#include <mutex>
#include <unordered_map>

#include <QHttpHeaders>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include "providers/streamdecoder.h"

#include <curl/curl.h>

using namespace Qt::StringLiterals;

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

QByteArrayView upTo(QByteArrayView bytes, qint64 have, qint64 limit)
{
    return bytes.first(qBound<qint64>(0, limit - have, bytes.size()));
}
} // namespace

//! The proxy routes of the network thread's requests, replaced from the owner's thread.
struct TransportProxies {
    QMutex mutex;
    std::shared_ptr<QNetworkProxyFactory> factory;

    /*!
     * The proxy of a request to \a url: what the factory installProviderProxies() last set
     * (a copy of the main manager's, never shared with it) says, else Qt's application
     * default, as a manager without a factory does. Qt decides (the system's settings
     * included, through libproxy); libcurl is told the outcome.
     */
    QNetworkProxy proxyFor(const QUrl &url)
    {
        std::shared_ptr<QNetworkProxyFactory> current;
        {
            const QMutexLocker lock(&mutex);
            current = factory;
        }
        const QNetworkProxyQuery query(url);
        const QList<QNetworkProxy> proxies
            = current ? current->queryProxy(query) : QNetworkProxyFactory::proxyForQuery(query);
        return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    }
};

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
    m_held = false;
    m_sinceTake.start();
    return update;
}

void StreamTransfer::detach()
{
    const QMutexLocker lock(&m_mutex);
    m_receiver = nullptr;
}

bool StreamTransfer::publish(const std::function<void(TransferUpdate &)> &change, Wake wake)
{
    const QMutexLocker lock(&m_mutex);
    change(m_pending);
    if (m_notified || !m_receiver) {
        return false;
    }
    if (wake == Wake::Paced && m_sinceTake.isValid()
        && m_sinceTake.durationElapsed() < std::chrono::nanoseconds(minimumWake)) {
        m_held = true;
        return true;
    }
    wakeLocked();
    return false;
}

void StreamTransfer::nudge()
{
    const QMutexLocker lock(&m_mutex);
    if (m_held && !m_notified && m_receiver) {
        wakeLocked();
    }
}

void StreamTransfer::wakeLocked()
{
    // Posted under the lock: once detach() has returned nothing more is posted, and what was
    // posted before is dropped by Qt with the receiver.
    m_notified = true;
    m_held = false;
    QMetaObject::invokeMethod(m_receiver, m_notify, Qt::QueuedConnection);
}

// --- the network thread's side ----------------------------------------------------------

namespace
{
void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

//! What ChatStream and the user are told of a transfer libcurl could not complete.
std::pair<QNetworkReply::NetworkError, QString> describe(CURLcode code, const char *detail, bool viaProxy)
{
    QString message = QString::fromUtf8(detail).trimmed();
    if (message.isEmpty()) {
        message = QString::fromUtf8(curl_easy_strerror(code));
    }
    using E = QNetworkReply::NetworkError;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return {E::HostNotFoundError, message};
    case CURLE_COULDNT_RESOLVE_PROXY:
        return {E::ProxyNotFoundError, message};
    case CURLE_COULDNT_CONNECT:
        return {viaProxy ? E::ProxyConnectionRefusedError : E::ConnectionRefusedError, message};
    case CURLE_OPERATION_TIMEDOUT:
        return {E::TimeoutError, message};
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
        return {E::SslHandshakeFailedError, message};
    case CURLE_TOO_MANY_REDIRECTS:
        return {E::TooManyRedirectsError, message};
    case CURLE_PROXY:
        return {E::ProxyConnectionClosedError, message};
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return {E::RemoteHostClosedError, message};
    default:
        return {E::UnknownNetworkError, message};
    }
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &url) { return url.port(url.scheme() == "https"_L1 ? 443 : 80); };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

//! A proxy as libcurl names it; empty: none (which also keeps libcurl from the environment's).
QByteArray curlProxy(const QNetworkProxy &proxy)
{
    QString scheme;
    switch (proxy.type()) {
    case QNetworkProxy::HttpProxy:
    case QNetworkProxy::HttpCachingProxy:
        scheme = u"http"_s;
        break;
    case QNetworkProxy::Socks5Proxy:
        scheme = u"socks5h"_s; // the proxy resolves the host name, as Qt's SOCKS5 does
        break;
    default:
        return {};
    }
    QUrl url;
    url.setScheme(scheme);
    url.setHost(proxy.hostName());
    url.setPort(proxy.port());
    return url.toEncoded();
}
} // namespace

/*!
 * One request on the network thread, made with libcurl: decodes a 2xx body as libcurl hands
 * it over (at most Limits::readBufferBytes at a time, so a server faster than the decoder
 * waits on TCP), keeps the start of the body and a non-2xx body, and publishes to the
 * transfer. Redirects are followed to the same origin only (docs/reliability.md).
 */
class TransportExchange final
{
public:
    TransportExchange(std::shared_ptr<StreamTransfer> transfer,
        std::shared_ptr<StreamDecoder> decoder,
        const StreamTransport::Limits &limits,
        const QNetworkRequest &request,
        QByteArray body,
        const QNetworkProxy &proxy,
        std::function<void()> held)
        : m_transfer(std::move(transfer))
        , m_decoder(std::move(decoder))
        , m_limits(limits)
        , m_origin(request.url())
        , m_url(request.url().toEncoded())
        , m_body(std::move(body))
        , m_proxy(curlProxy(proxy))
        , m_proxyUser(proxy.user().toUtf8())
        , m_proxyPassword(proxy.password().toUtf8())
        , m_held(std::move(held))
        , m_easy(curl_easy_init())
    {
        m_transfer->m_exchange = this;
        const QHttpHeaders headers = request.headers();
        for (qsizetype i = 0; i < headers.size(); ++i) {
            QByteArray line = headers.nameAt(i).toString().toLatin1();
            if (const QByteArrayView value = headers.valueAt(i); value.isEmpty()) {
                line += ';'; // how libcurl sends a header with an empty value
            } else {
                line += ": " + value.toByteArray();
            }
            appendHeader(line);
        }
        appendHeader("Expect:"); // no 100-continue round trip before a large prompt
        const auto set = [this](CURLoption option, auto value) { curl_easy_setopt(m_easy, option, value); };
        set(CURLOPT_PRIVATE, this);
        set(CURLOPT_URL, m_url.constData());
        set(CURLOPT_PROTOCOLS_STR, "http,https");
        set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
        set(CURLOPT_NOSIGNAL, 1L);
        set(CURLOPT_ERRORBUFFER, m_errorText.data());
        set(CURLOPT_HTTPHEADER, m_headers);
        set(CURLOPT_POST, 1L);
        set(CURLOPT_POSTFIELDS, m_body.constData());
        set(CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(m_body.size()));
        set(CURLOPT_ACCEPT_ENCODING, ""); // whatever libcurl decodes (Qt asked for gzip and deflate)
        set(CURLOPT_HTTP_VERSION,
            request.attribute(QNetworkRequest::Http2AllowedAttribute, true).toBool() ? long(CURL_HTTP_VERSION_2TLS)
                                                                                     : long(CURL_HTTP_VERSION_1_1));
        // The answer's API takes POST only: a 301 or 302 keeps it (as 307 and 308 do).
        set(CURLOPT_FOLLOWLOCATION, 1L);
        set(CURLOPT_MAXREDIRS, 50L);
        set(CURLOPT_POSTREDIR, long(CURL_REDIR_POST_301 | CURL_REDIR_POST_302));
        set(CURLOPT_BUFFERSIZE, long(std::clamp<qint64>(m_limits.readBufferBytes, 1024, CURL_MAX_READ_SIZE)));
        set(CURLOPT_TCP_KEEPALIVE, 1L);
        if (const auto timeout = request.transferTimeoutAsDuration(); timeout.count() > 0) {
            // A backstop (ChatStream's own timers come first): nothing received for this long.
            set(CURLOPT_LOW_SPEED_LIMIT, 1L);
            set(CURLOPT_LOW_SPEED_TIME, long((timeout.count() + 999) / 1000));
        }
        // Qt chose the proxy; an empty one keeps libcurl from the environment's own.
        set(CURLOPT_PROXY, m_proxy.constData());
        if (!m_proxy.isEmpty()) {
            set(CURLOPT_NOPROXY, ""); // Qt applied no_proxy already
            set(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
            if (!m_proxyUser.isEmpty()) {
                set(CURLOPT_PROXYUSERNAME, m_proxyUser.constData());
                set(CURLOPT_PROXYPASSWORD, m_proxyPassword.constData());
            }
        }
        set(CURLOPT_HEADERFUNCTION, &TransportExchange::onHeader);
        set(CURLOPT_HEADERDATA, this);
        set(CURLOPT_WRITEFUNCTION, &TransportExchange::onBody);
        set(CURLOPT_WRITEDATA, this);
    }

    ~TransportExchange()
    {
        m_transfer->m_exchange = nullptr;
        curl_easy_cleanup(m_easy);
        curl_slist_free_all(m_headers);
    }

    Q_DISABLE_COPY_MOVE(TransportExchange)

    CURL *handle() const { return m_easy; }
    StreamTransfer &transfer() const { return *m_transfer; }

    //! libcurl is done with the request (\a result): the last events and how it ended.
    void done(CURLcode result)
    {
        if (m_stopped) {
            return;
        }
        int status = m_status;
        if (status == 0 && !m_redirectRefused) {
            long code = 0;
            curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &code);
            status = code >= 200 ? int(code) : 0; // a redirect with no Location is the answer
        }
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString networkMessage;
        if (m_redirectRefused) {
            networkError = QNetworkReply::InsecureRedirectError;
            networkMessage = m_redirectMessage;
        } else if (result != CURLE_OK) {
            std::tie(networkError, networkMessage) = describe(result, m_errorText.data(), !m_proxy.isEmpty());
        }
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
        m_transfer->publish(
            [&](TransferUpdate &update) {
                update.httpStatus = status;
                appendJoined(update.events, events);
                update.ended = true;
                update.networkError = networkError;
                update.networkMessage = networkMessage;
                update.headers = m_responseHeaders;
            },
            StreamTransfer::Wake::Now);
    }

private:
    bool isSuccess() const { return m_status >= 200 && m_status < 300; }

    void appendHeader(const QByteArray &line) { m_headers = curl_slist_append(m_headers, line.constData()); }

    static size_t onHeader(char *data, size_t size, size_t count, void *self)
    {
        return static_cast<TransportExchange *>(self)->header(QByteArrayView(data, qsizetype(size * count)))
            ? size * count
            : 0;
    }

    static size_t onBody(char *data, size_t size, size_t count, void *self)
    {
        return static_cast<TransportExchange *>(self)->body(QByteArrayView(data, qsizetype(size * count)))
            ? size * count
            : CURL_WRITEFUNC_ERROR;
    }

    //! One line of a response's head; false stops the request.
    bool header(QByteArrayView line)
    {
        if (line.startsWith("HTTP/")) { // a new response (after a 1xx or a redirect)
            m_responseHeaders.clear();
            m_location.clear();
            return true;
        }
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            return headEnded();
        }
        const qsizetype colon = trimmed.indexOf(':');
        if (colon > 0) {
            const QByteArray name = trimmed.first(colon).trimmed().toByteArray();
            const QByteArray value = trimmed.sliced(colon + 1).trimmed().toByteArray();
            if (name.compare("location", Qt::CaseInsensitive) == 0) {
                m_location = value;
            }
            m_responseHeaders.append({name, value});
        }
        return true;
    }

    bool headEnded()
    {
        long code = 0;
        curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &code);
        if (code < 200 || m_status != 0) {
            return true; // an interim response, or trailers
        }
        if (code >= 300 && code < 400 && !m_location.isEmpty()) {
            const char *current = nullptr;
            curl_easy_getinfo(m_easy, CURLINFO_EFFECTIVE_URL, &current);
            const QUrl target = QUrl::fromEncoded(current).resolved(QUrl::fromEncoded(m_location));
            if (sameOrigin(m_origin, target)) {
                return true; // libcurl follows it
            }
            // Keys go only where they were meant to go: refused before libcurl follows it.
            m_redirectRefused = true;
            m_redirectMessage = StreamTransport::tr("The server redirected the request to %1, another address; "
                                                    "Quorum sends keys only to the address configured.")
                                    .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
            return false;
        }
        m_status = int(code);
        m_transfer->publish(
            [code = m_status](TransferUpdate &update) { update.httpStatus = code; }, StreamTransfer::Wake::Now);
        return true;
    }

    //! Publishes news of the body; held-back news gets a nudge from the worker soon.
    void publish(
        const std::function<void(TransferUpdate &)> &change, StreamTransfer::Wake wake = StreamTransfer::Wake::Paced)
    {
        if (m_transfer->publish(change, wake)) {
            m_held();
        }
    }

    //! More of the body; false stops the request.
    bool body(QByteArrayView bytes)
    {
        if (m_status == 0 || m_answered) {
            return true; // a redirect's body, or what follows the answer's end
        }
        const QByteArrayView raw = upTo(bytes, m_bodyBytes, m_limits.keepRawBytes);
        m_bodyBytes += bytes.size();
        const qint64 total = m_bodyBytes;
        if (bytes.size() > m_largestRead) {
            m_largestRead = bytes.size();
            publish([largest = m_largestRead](TransferUpdate &update) { update.largestRead = largest; });
        }
        if (total > m_limits.maxResponseBytes) {
            m_transfer->publish(
                [total, raw](TransferUpdate &update) {
                    update.bodyBytes = total;
                    update.raw.append(raw);
                    update.tooLarge = true;
                },
                StreamTransfer::Wake::Now);
            m_stopped = true;
            return false;
        }
        if (!isSuccess()) {
            const QByteArrayView error = upTo(bytes, m_errorBytes, m_limits.maxErrorBodyBytes);
            m_errorBytes += error.size();
            publish([total, raw, error](TransferUpdate &update) {
                update.bodyBytes = total;
                update.raw.append(raw);
                update.errorBody.append(error);
            });
            return true;
        }
        // Decode a large read in slices and publish each slice's events at once, so the first
        // token of it is shown without waiting for the rest.
        constexpr qsizetype slice = 8 * 1024;
        QList<StreamEvent> events;
        for (qsizetype at = 0; at < bytes.size(); at += slice) {
            events.clear();
            m_decoder->feed(bytes.sliced(at, qMin(slice, bytes.size() - at)), events);
            const bool first = at == 0;
            const bool over = m_decoder->isDone();
            publish(
                [&](TransferUpdate &update) {
                    update.bodyBytes = total;
                    if (first) {
                        update.raw.append(raw);
                    }
                    appendJoined(update.events, events);
                },
                over ? StreamTransfer::Wake::Now : StreamTransfer::Wake::Paced);
            if (over) {
                // The answer ended (or failed) in the body. The rest is not read, but the
                // request is left to end by itself, so its connection can serve the next one.
                m_answered = true;
                m_stopped = true;
                return true;
            }
        }
        return true;
    }

    std::shared_ptr<StreamTransfer> m_transfer;
    std::shared_ptr<StreamDecoder> m_decoder;
    StreamTransport::Limits m_limits;
    QUrl m_origin;
    QByteArray m_url;
    QByteArray m_body;
    QByteArray m_proxy;
    QByteArray m_proxyUser;
    QByteArray m_proxyPassword;
    std::function<void()> m_held; // news was held back (StreamTransfer::minimumWake)
    CURL *m_easy;
    curl_slist *m_headers = nullptr;
    std::array<char, CURL_ERROR_SIZE> m_errorText {};
    QList<QNetworkReply::RawHeaderPair> m_responseHeaders;
    QByteArray m_location;
    QString m_redirectMessage;
    qint64 m_bodyBytes = 0;
    qint64 m_largestRead = 0;
    qint64 m_errorBytes = 0;
    int m_status = 0;
    bool m_redirectRefused = false;
    bool m_answered = false; // the decoder saw the answer's end
    bool m_stopped = false;  // nothing more is published
};

/*!
 * Lives on the network thread: one libcurl multi handle driven by the thread's event loop
 * (a socket notifier per socket libcurl watches, one timer), and the exchanges running on it.
 * Connections are kept and reused between requests to the same host.
 */
class TransportWorker final : public QObject
{
public:
    explicit TransportWorker(std::shared_ptr<TransportProxies> proxies)
        : m_proxies(std::move(proxies))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { act(CURL_SOCKET_TIMEOUT, 0); });
        m_nudge.setSingleShot(true);
        m_nudge.setTimerType(Qt::PreciseTimer);
        m_nudge.setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(StreamTransfer::minimumWake));
        connect(&m_nudge, &QTimer::timeout, this, [this] {
            for (const auto &[easy, exchange] : m_exchanges) {
                exchange->transfer().nudge();
            }
        });
    }

    ~TransportWorker() override
    {
        if (m_multi) { // no more calls into this half-destroyed worker while libcurl tidies up
            curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, nullptr);
            curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, nullptr);
        }
        for (auto &[easy, exchange] : m_exchanges) {
            curl_multi_remove_handle(m_multi, easy);
        }
        m_exchanges.clear();
        if (m_multi) {
            curl_multi_cleanup(m_multi);
        }
    }

    Q_DISABLE_COPY_MOVE(TransportWorker)

    void begin(const std::shared_ptr<StreamTransfer> &transfer,
        const QNetworkRequest &request,
        const QByteArray &body,
        const std::shared_ptr<StreamDecoder> &decoder,
        const StreamTransport::Limits &limits)
    {
        if (!m_multi) {
            initialiseCurl();
            m_multi = curl_multi_init();
            curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &TransportWorker::onSocket);
            curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
            curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &TransportWorker::onTimer);
            curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
        }
        auto exchange = std::make_unique<TransportExchange>(
            transfer, decoder, limits, request, body, m_proxies->proxyFor(request.url()), [this] {
                if (!m_nudge.isActive()) {
                    m_nudge.start();
                }
            });
        CURL *easy = exchange->handle();
        m_exchanges.emplace(easy, std::move(exchange));
        curl_multi_add_handle(m_multi, easy); // libcurl asks for a timer to start it
    }

    void abort(const std::shared_ptr<StreamTransfer> &transfer)
    {
        if (TransportExchange *exchange = transfer->m_exchange) {
            remove(exchange->handle());
        }
    }

private:
    struct Watch {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };

    static int onSocket(CURL *, curl_socket_t socket, int what, void *self, void *)
    {
        static_cast<TransportWorker *>(self)->watch(socket, what);
        return 0;
    }

    static int onTimer(CURLM *, long timeoutMs, void *self)
    {
        auto *worker = static_cast<TransportWorker *>(self);
        if (timeoutMs < 0) {
            worker->m_timer.stop();
        } else {
            worker->m_timer.start(std::chrono::milliseconds(timeoutMs)); // 0: on the next pass
        }
        return 0;
    }

    void watch(curl_socket_t socket, int what)
    {
        Watch &watch = m_sockets[socket];
        if (what == CURL_POLL_REMOVE) {
            retire(watch.read);
            retire(watch.write);
            m_sockets.erase(socket);
            return;
        }
        follow(watch.read, socket, QSocketNotifier::Read, (what & CURL_POLL_IN) != 0);
        follow(watch.write, socket, QSocketNotifier::Write, (what & CURL_POLL_OUT) != 0);
    }

    void follow(QSocketNotifier *&notifier, curl_socket_t socket, QSocketNotifier::Type type, bool on)
    {
        if (on && !notifier) {
            notifier = new QSocketNotifier(qintptr(socket), type, this);
            const int flag = type == QSocketNotifier::Read ? CURL_CSELECT_IN : CURL_CSELECT_OUT;
            connect(notifier, &QSocketNotifier::activated, this, [this, socket, flag] { act(socket, flag); });
        }
        if (notifier) {
            notifier->setEnabled(on);
        }
    }

    //! Called from within libcurl: the notifier may be the one being dispatched, so it goes later.
    static void retire(QSocketNotifier *notifier)
    {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->disconnect();
            notifier->deleteLater();
        }
    }

    void act(curl_socket_t socket, int flags)
    {
        int running = 0;
        curl_multi_socket_action(m_multi, socket, flags, &running);
        int left = 0;
        while (CURLMsg *message = curl_multi_info_read(m_multi, &left)) {
            if (message->msg != CURLMSG_DONE) {
                continue;
            }
            CURL *easy = message->easy_handle;
            const CURLcode result = message->data.result;
            if (const auto found = m_exchanges.find(easy); found != m_exchanges.end()) {
                found->second->done(result);
                remove(easy);
            }
        }
    }

    void remove(CURL *easy)
    {
        if (const auto found = m_exchanges.find(easy); found != m_exchanges.end()) {
            curl_multi_remove_handle(m_multi, easy);
            m_exchanges.erase(found);
        }
    }

    std::shared_ptr<TransportProxies> m_proxies;
    CURLM *m_multi = nullptr;
    QTimer m_timer {this}; // children, so that they move to the network thread with the worker
    QTimer m_nudge {this}; // wakes receivers whose news was held back
    std::unordered_map<CURL *, std::unique_ptr<TransportExchange>> m_exchanges;
    std::unordered_map<curl_socket_t, Watch> m_sockets;
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
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, transfer] { worker->abort(transfer); }, Qt::QueuedConnection);
    }
}

void StreamTransport::setProxyFactory(std::shared_ptr<QNetworkProxyFactory> factory)
{
    const QMutexLocker lock(&m_proxies->mutex);
    m_proxies->factory = std::move(factory);
}

} // namespace Quorum
