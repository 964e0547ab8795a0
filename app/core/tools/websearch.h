// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <chrono>
#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include "types/toolcall.h"

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Quorum
{

//! The web search service the user chose (docs/tools.md, "Web search").
struct WebSearchConfig {
    enum class Service {
        None,
        SearXng, //!< a SearXNG instance (one's own, or a public one that serves JSON)
        Brave,   //!< the Brave Search API (a key; a free monthly allowance)
        Tavily,  //!< the Tavily API (a key; 1,000 free searches a month)
    };
    Service service = Service::None;
    //! SearXNG: the instance (its /search is asked). Brave, Tavily: empty for their API, or
    //! another address of it (a proxy; the tests' fake).
    QUrl url {};
    QString key {};                            //!< Brave, Tavily: the API key (the keychain's; never in a file)
    int maxResults = 5;                        //!< how many results a search asks for (1-20)
    QStringList tags {};                       //!< the rules' tags for the service ("local": a SearXNG of one's own)
    ToolApproval approval = ToolApproval::Ask; //!< a model's call of the search tool

    bool configured() const { return service != Service::None; }
    bool needsKey() const { return service == Service::Brave || service == Service::Tavily; }
    //! Where a search goes: url, or the service's own API.
    QUrl endpoint() const;

    //! "none", "searxng", "brave", "tavily"
    static QString serviceName(Service service);
    static std::optional<Service> serviceFromName(const QString &name);
    //! The name people know the service by, for messages.
    static QString displayName(Service service);

    friend bool operator==(const WebSearchConfig &, const WebSearchConfig &) = default;
};

//! One result of a search.
struct WebResult {
    QString title;
    QString url;
    QString snippet;

    friend bool operator==(const WebResult &, const WebResult &) = default;
};

/*!
 * The three services' wire (docs/tools.md, "Web search"): the request of a search, its
 * results read from the answer, and a refusal said for the user. Pure functions, fuzzed.
 */
class WebSearchWire final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::WebSearchWire)

public:
    //! The request for \a query; \a body is set for a POST (Tavily), left empty for a GET.
    static QNetworkRequest request(const WebSearchConfig &config, const QString &query, int count, QByteArray *body);
    //! The results of an answer of \a service with status 200, or why it holds none.
    [[nodiscard]] static std::expected<QList<WebResult>, QString> readResults(
        WebSearchConfig::Service service, const QByteArray &body);
    //! Why \a service refused a search (\a status, its body), for the user.
    static QString problemOf(WebSearchConfig::Service service, int status, const QByteArray &body);
    //! What a model is told of a search: the query and the numbered results.
    static QString format(const QString &query, const QList<WebResult> &results);
    //! The results of a text format() wrote (what a stored step lists as its sources).
    static QList<WebResult> sourcesOf(const QString &formatted);
    //! Text of a snippet that may hold HTML (Brave's <strong>): tags dropped, entities read.
    static QString plainText(const QString &html);
};

/*!
 * Runs searches on the configured service: one HTTP request each, with a timeout, the
 * answer capped at maxAnswerBytes, and every refusal (a wrong key, a spent allowance, a
 * SearXNG that serves no JSON) said in words. Written on Qt Network: the services' SDKs are
 * Python and JavaScript, and each search is one request.
 */
class WebSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSearch)

public:
    static constexpr qsizetype maxAnswerBytes = 4LL * 1024 * 1024;

    WebSearch(QNetworkAccessManager *network, WebSearchConfig config, QObject *parent = nullptr);
    ~WebSearch() override;

    const WebSearchConfig &config() const { return m_config; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    //! Searches for \a query (\a count results, or the configured number); finished() or
    //! failed() follows with the returned id, never at once.
    qint64 search(const QString &query, int count = 0);
    //! Abandons a search: no signal follows for it.
    void cancel(qint64 id);

Q_SIGNALS:
    void finished(qint64 id, const QList<Quorum::WebResult> &results, qint64 bytes);
    void failed(qint64 id, const QString &why);

private:
    QNetworkAccessManager *m_network;
    WebSearchConfig m_config;
    std::chrono::milliseconds m_timeout {std::chrono::seconds(30)};
    qint64 m_nextId = 1;
    QHash<qint64, QPointer<QNetworkReply>> m_running;
};

} // namespace Quorum

Q_DECLARE_METATYPE(Quorum::WebResult)
