// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "tools/websearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Quorum
{

QString WebSearchConfig::serviceName(Service service)
{
    switch (service) {
    case Service::None:
        return u"none"_s;
    case Service::SearXng:
        return u"searxng"_s;
    case Service::Brave:
        return u"brave"_s;
    case Service::Tavily:
        return u"tavily"_s;
    }
    return u"none"_s;
}

std::optional<WebSearchConfig::Service> WebSearchConfig::serviceFromName(const QString &name)
{
    for (const Service service : {Service::None, Service::SearXng, Service::Brave, Service::Tavily}) {
        if (serviceName(service).compare(name, Qt::CaseInsensitive) == 0) {
            return service;
        }
    }
    return std::nullopt;
}

QString WebSearchConfig::displayName(Service service)
{
    switch (service) {
    case Service::None:
        return QString();
    case Service::SearXng:
        return u"SearXNG"_s;
    case Service::Brave:
        return u"Brave Search"_s;
    case Service::Tavily:
        return u"Tavily"_s;
    }
    return QString();
}

QUrl WebSearchConfig::endpoint() const
{
    switch (service) {
    case Service::None:
        return {};
    case Service::SearXng: {
        // The instance's address, or its /search already.
        QUrl search = url;
        if (!search.path().endsWith("/search"_L1)) {
            QString path = search.path();
            if (!path.endsWith(u'/')) {
                path += u'/';
            }
            search.setPath(path + u"search"_s);
        }
        return search;
    }
    case Service::Brave:
        return url.isEmpty() ? QUrl(u"https://api.search.brave.com/res/v1/web/search"_s) : url;
    case Service::Tavily:
        return url.isEmpty() ? QUrl(u"https://api.tavily.com/search"_s) : url;
    }
    return {};
}

QNetworkRequest WebSearchWire::request(const WebSearchConfig &config, const QString &query, int count, QByteArray *body)
{
    QUrl url = config.endpoint();
    QUrlQuery parameters(url);
    QNetworkRequest request;
    request.setRawHeader("Accept", "application/json");
    switch (config.service) {
    case WebSearchConfig::Service::None:
        break;
    case WebSearchConfig::Service::SearXng:
        // https://docs.searxng.org/dev/search_api.html: JSON only if the instance enables it.
        parameters.addQueryItem(u"q"_s, query);
        parameters.addQueryItem(u"format"_s, u"json"_s);
        break;
    case WebSearchConfig::Service::Brave:
        parameters.addQueryItem(u"q"_s, query);
        parameters.addQueryItem(u"count"_s, QString::number(qBound(1, count, 20)));
        request.setRawHeader("X-Subscription-Token", config.key.toUtf8());
        break;
    case WebSearchConfig::Service::Tavily:
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Authorization", "Bearer " + config.key.toUtf8());
        *body = QJsonDocument(
            QJsonObject {
                {"query"_L1, query}, {"max_results"_L1, qBound(1, count, 20)}, {"search_depth"_L1, u"basic"_s}})
                    .toJson(QJsonDocument::Compact);
        break;
    }
    // Encoded fully: a '+' or '&' in a query is the query's, not a separator.
    url.setQuery(parameters.query(QUrl::FullyEncoded).replace(u'+', "%2B"_L1), QUrl::StrictMode);
    request.setUrl(url);
    return request;
}

QString WebSearchWire::plainText(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&')) {
        return html;
    }
    static const QRegularExpression tags(u"<[^>]*>"_s);
    QString text = html;
    text.remove(tags);
    // The entities a search snippet holds; anything else is left as written.
    static const QList<std::pair<QString, QString>> entities {{u"&quot;"_s, u"\""_s},
        {u"&#39;"_s, u"'"_s},
        {u"&#x27;"_s, u"'"_s},
        {u"&apos;"_s, u"'"_s},
        {u"&lt;"_s, u"<"_s},
        {u"&gt;"_s, u">"_s},
        {u"&nbsp;"_s, u" "_s},
        {u"&amp;"_s, u"&"_s}};
    for (const auto &[entity, character] : entities) {
        text.replace(entity, character);
    }
    return text;
}

std::expected<QList<WebResult>, QString> WebSearchWire::readResults(
    WebSearchConfig::Service service, const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(
            tr("%1 answered with something that is not JSON").arg(WebSearchConfig::displayName(service)));
    }
    const QJsonObject root = document.object();
    QJsonArray items;
    QString snippetKey = u"content"_s;
    switch (service) {
    case WebSearchConfig::Service::None:
        return QList<WebResult> {};
    case WebSearchConfig::Service::SearXng:
    case WebSearchConfig::Service::Tavily:
        items = root.value("results"_L1).toArray();
        break;
    case WebSearchConfig::Service::Brave:
        items = root.value("web"_L1).toObject().value("results"_L1).toArray();
        snippetKey = u"description"_s;
        break;
    }
    if (!root.contains(service == WebSearchConfig::Service::Brave ? "type"_L1 : "results"_L1)) {
        return std::unexpected(tr("%1 answered without results").arg(WebSearchConfig::displayName(service)));
    }
    QList<WebResult> results;
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject item = value.toObject();
        const QUrl url(item.value("url"_L1).toString().left(2000), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1) || url.host().isEmpty()) {
            continue; // a result that links nowhere a person can go ("https:x", "javascript:")
        }
        results.append({plainText(item.value("title"_L1).toString()).simplified().left(300),
            url.toString(QUrl::FullyEncoded), // as the link is followed: "https://host/..."
            plainText(item.value(snippetKey).toString()).simplified().left(2000)});
    }
    return results;
}

QString WebSearchWire::problemOf(WebSearchConfig::Service service, int status, const QByteArray &body)
{
    const QString name = WebSearchConfig::displayName(service);
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    // What the service says: Brave {"error": {"detail"}}, Tavily {"detail": {"error"}}.
    QString said = root.value("error"_L1).toObject().value("detail"_L1).toString();
    if (said.isEmpty()) {
        said = root.value("detail"_L1).toObject().value("error"_L1).toString();
    }
    if (said.isEmpty()) {
        said = root.value("detail"_L1).toString();
    }
    said = said.simplified().left(300);
    const QString because = said.isEmpty() ? QString() : u" ("_s + said + u')';
    if (service == WebSearchConfig::Service::SearXng && status == 403) {
        return tr("the SearXNG instance does not serve JSON (HTTP 403): enable “json” under search → formats in "
                  "its settings.yml, or choose another instance");
    }
    if (status == 401 || status == 403 || (service == WebSearchConfig::Service::Brave && status == 422)) {
        return tr("%1 refused the API key (HTTP %2)%3: check it in Settings → Tools")
            .arg(name)
            .arg(status)
            .arg(because);
    }
    if (status == 429) {
        return tr("%1 says too many searches for now (HTTP 429)%2: try again shortly").arg(name, because);
    }
    if (status == 432 || status == 433 || status == 402) {
        return tr("%1 says the plan's searches are spent (HTTP %2)%3").arg(name).arg(status).arg(because);
    }
    return tr("%1 answered HTTP %2%3").arg(name).arg(status).arg(because);
}

QString WebSearchWire::format(const QString &query, const QList<WebResult> &results)
{
    if (results.isEmpty()) {
        return tr("The web search for “%1” found nothing.").arg(query);
    }
    QString text = tr("Web search results for “%1”:").arg(query) + u"\n"_s;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const WebResult &result = results.at(i);
        text += u"\n[%1] %2\n%3\n"_s.arg(i + 1).arg(result.title, result.url);
        if (!result.snippet.isEmpty()) {
            text += result.snippet + u'\n';
        }
    }
    return text;
}

QList<WebResult> WebSearchWire::sourcesOf(const QString &formatted)
{
    // format() writes "[n] title" and the URL on the next line.
    static const QRegularExpression entry(
        u"^\\[(\\d+)\\] (.*)\\n(https?://\\S+)$"_s, QRegularExpression::MultilineOption);
    QList<WebResult> sources;
    for (auto it = entry.globalMatch(formatted); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        sources.append({match.captured(2), match.captured(3), QString()});
    }
    return sources;
}

WebSearch::WebSearch(QNetworkAccessManager *network, WebSearchConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{
    qRegisterMetaType<Quorum::WebResult>();
}

WebSearch::~WebSearch()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_running)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

qint64 WebSearch::search(const QString &query, int count)
{
    const qint64 id = m_nextId++;
    const auto failLater = [this, id](const QString &why) {
        QMetaObject::invokeMethod(this, [this, id, why] { Q_EMIT failed(id, why); }, Qt::QueuedConnection);
        return id;
    };
    if (!m_config.configured()) {
        return failLater(tr("no web search service is set up (Settings → Tools, or quorum websearch set)"));
    }
    if (m_config.needsKey() && m_config.key.isEmpty()) {
        return failLater(tr("%1 needs an API key (Settings → Tools, or quorum websearch set)")
                .arg(WebSearchConfig::displayName(m_config.service)));
    }
    const QUrl endpoint = m_config.endpoint();
    if (!endpoint.isValid() || (endpoint.scheme() != "http"_L1 && endpoint.scheme() != "https"_L1)) {
        return failLater(tr("“%1” is not an http or https URL").arg(endpoint.toDisplayString().left(200)));
    }
    if (query.trimmed().isEmpty()) {
        return failLater(tr("the search has no query"));
    }
    QByteArray body;
    QNetworkRequest request
        = WebSearchWire::request(m_config, query.left(400), count > 0 ? count : m_config.maxResults, &body);
    request.setTransferTimeout(m_timeout);
    QNetworkReply *reply = body.isEmpty() ? m_network->get(request) : m_network->post(request, body);
    m_running.insert(id, reply);
    auto received = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, received, id] {
        *received += reply->readAll();
        if (received->size() > maxAnswerBytes) {
            m_running.remove(id);
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            Q_EMIT failed(id, tr("the search service answered more than %1 MB").arg(maxAnswerBytes / (1024 * 1024)));
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, received, id] {
        reply->deleteLater();
        if (!m_running.remove(id)) {
            return;
        }
        *received += reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString name = WebSearchConfig::displayName(m_config.service);
        if (status == 0) {
            Q_EMIT failed(id,
                reply->error() == QNetworkReply::OperationCanceledError
                    ? tr("%1 did not answer in %2 s").arg(name).arg(m_timeout.count() / 1000)
                    : tr("%1 could not be reached: %2").arg(name, reply->errorString()));
            return;
        }
        if (status != 200) {
            Q_EMIT failed(id, WebSearchWire::problemOf(m_config.service, status, received->left(4096)));
            return;
        }
        auto results = WebSearchWire::readResults(m_config.service, *received);
        if (!results) {
            Q_EMIT failed(id, results.error());
            return;
        }
        Q_EMIT finished(id, *results, received->size());
    });
    return id;
}

void WebSearch::cancel(qint64 id)
{
    if (const QPointer<QNetworkReply> reply = m_running.take(id)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace Quorum
