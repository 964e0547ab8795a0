// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The web search services' wire (docs/tools.md, "Web search"): each service's request (its
// address, parameters, headers, body), results read from answers shaped as the services
// document them, snippets with HTML read as text, refusals said, and what a model is told
// read back as sources.
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>

#include "tools/websearch.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Service = WebSearchConfig::Service;

class TestWebSearchWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsAreEachServicesOwn()
    {
        WebSearchConfig searx;
        searx.service = Service::SearXng;
        searx.url = QUrl(u"https://searx.example.net/"_s);
        QByteArray body;
        QNetworkRequest request = WebSearchWire::request(searx, u"a+b & c"_s, 5, &body);
        QCOMPARE(request.url().path(), u"/search"_s);
        QCOMPARE(QUrlQuery(request.url()).queryItemValue(u"q"_s, QUrl::FullyDecoded), u"a+b & c"_s);
        QCOMPARE(QUrlQuery(request.url()).queryItemValue(u"format"_s), u"json"_s);
        QVERIFY(body.isEmpty()); // a GET

        WebSearchConfig brave;
        brave.service = Service::Brave;
        brave.key = u"BSA-key"_s;
        request = WebSearchWire::request(brave, u"qt"_s, 50, &body);
        QCOMPARE(request.url().toString(QUrl::RemoveQuery), u"https://api.search.brave.com/res/v1/web/search"_s);
        QCOMPARE(QUrlQuery(request.url()).queryItemValue(u"count"_s), u"20"_s); // its most
        QCOMPARE(request.rawHeader("X-Subscription-Token"), QByteArray("BSA-key"));
        QVERIFY(body.isEmpty());

        WebSearchConfig tavily;
        tavily.service = Service::Tavily;
        tavily.key = u"tvly-key"_s;
        request = WebSearchWire::request(tavily, u"qt"_s, 3, &body);
        QCOMPARE(request.url(), QUrl(u"https://api.tavily.com/search"_s));
        QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer tvly-key"));
        QCOMPARE(QJsonDocument::fromJson(body).object(),
            (QJsonObject {{"query"_L1, u"qt"_s}, {"max_results"_L1, 3}, {"search_depth"_L1, u"basic"_s}}));
    }

    void resultsAreRead()
    {
        // Shapes as the services document them, with members Quorum does not read.
        const auto searx = WebSearchWire::readResults(Service::SearXng,
            "{\"query\":\"qt\",\"number_of_results\":0,\"results\":[{\"url\":\"https://www.qt.io/\",\"title\":\"Qt | "
            "Tools for "
            "Each Stage\",\"content\":\"Qt is the faster, smarter way\",\"engine\":\"duckduckgo\",\"score\":1.0},"
            "{\"url\":\"javascript:void\",\"title\":\"bad\",\"content\":\"x\"}],\"answers\":[],\"suggestions\":[]}");
        QVERIFY(searx);
        QCOMPARE(searx->size(), 1); // a result that links nowhere a person can go is dropped
        QCOMPARE(searx->first(),
            (WebResult {u"Qt | Tools for Each Stage"_s, u"https://www.qt.io/"_s, u"Qt is the faster, smarter way"_s}));

        const auto brave = WebSearchWire::readResults(Service::Brave,
            "{\"query\":{\"original\":\"qt\"},\"type\":\"search\",\"web\":{\"type\":\"search\",\"results\":[{\"title\":"
            "\"The "
            "<strong>Qt</strong> Company\",\"url\":\"https://www.qt.io/\",\"description\":\"Qt&#39;s tools &amp; "
            "<strong>libraries</strong>\",\"type\":\"search_result\"}]}}");
        QVERIFY(brave);
        QCOMPARE(
            brave->first(), (WebResult {u"The Qt Company"_s, u"https://www.qt.io/"_s, u"Qt's tools & libraries"_s}));
        // A Brave answer with no web results at all (only news, say) is none, not an error.
        QCOMPARE(WebSearchWire::readResults(Service::Brave, "{\"type\":\"search\",\"news\":{}}")->size(), 0);

        const auto tavily = WebSearchWire::readResults(Service::Tavily,
            "{\"query\":\"qt\",\"answer\":null,\"images\":[],\"results\":[{\"title\":\"Qt\",\"url\":\"https://"
            "doc.qt.io/\","
            "\"content\":\"Documentation\",\"score\":0.98,\"raw_content\":null}],\"response_time\":1.2}");
        QVERIFY(tavily);
        QCOMPARE(tavily->first(), (WebResult {u"Qt"_s, u"https://doc.qt.io/"_s, u"Documentation"_s}));

        const auto html = WebSearchWire::readResults(Service::SearXng, "<html>Forbidden</html>");
        QVERIFY(!html);
        QCOMPARE(html.error(), u"SearXNG answered with something that is not JSON"_s);
        QVERIFY(!WebSearchWire::readResults(Service::Tavily, "{\"detail\":\"x\"}"));
    }

    void refusalsAreSaid()
    {
        QCOMPARE(WebSearchWire::problemOf(Service::Brave,
                     422,
                     "{\"type\":\"ErrorResponse\",\"error\":{\"code\":\"SUBSCRIPTION_TOKEN_INVALID\",\"detail\":\"The "
                     "provided subscription token is invalid.\"}}"),
            u"Brave Search refused the API key (HTTP 422) (The provided subscription token is invalid.): check it "
            "in Settings → Tools"_s);
        QCOMPARE(WebSearchWire::problemOf(Service::Tavily, 401, "{\"detail\":{\"error\":\"Unauthorized\"}}"),
            u"Tavily refused the API key (HTTP 401) (Unauthorized): check it in Settings → Tools"_s);
        QCOMPARE(WebSearchWire::problemOf(Service::Tavily, 432, "{\"detail\":{\"error\":\"Over the limit\"}}"),
            u"Tavily says the plan's searches are spent (HTTP 432) (Over the limit)"_s);
        QVERIFY(WebSearchWire::problemOf(Service::SearXng, 403, "<html/>")
                .startsWith(u"the SearXNG instance does not serve JSON (HTTP 403)"_s));
        QCOMPARE(WebSearchWire::problemOf(Service::SearXng, 502, "<html>Bad gateway</html>"),
            u"SearXNG answered HTTP 502"_s);
    }

    void whatAModelIsToldListsItsSources()
    {
        const QList<WebResult> results {{u"One"_s, u"https://one.example/"_s, u"first"_s},
            {u"Two [draft]"_s, u"https://two.example/a?b=c"_s, QString()}};
        const QString told = WebSearchWire::format(u"q"_s, results);
        QCOMPARE(told,
            u"Web search results for “q”:\n\n[1] One\nhttps://one.example/\nfirst\n\n[2] Two [draft]\n"
            "https://two.example/a?b=c\n"_s);
        const QList<WebResult> sources = WebSearchWire::sourcesOf(told);
        QCOMPARE(sources.size(), 2);
        QCOMPARE(sources.at(1).title, u"Two [draft]"_s);
        QCOMPARE(sources.at(1).url, u"https://two.example/a?b=c"_s);
        QCOMPARE(WebSearchWire::format(u"q"_s, {}), u"The web search for “q” found nothing."_s);
        QCOMPARE(WebSearchWire::plainText(u"a <b>bold</b> &lt;tag&gt; &amp;amp;"_s), u"a bold <tag> &amp;"_s);
    }
};

QTEST_GUILESS_MAIN(TestWebSearchWire)
#include "test_websearchwire.moc"
