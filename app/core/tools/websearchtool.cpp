// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "tools/websearchtool.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Quorum
{

QString WebSearchTool::serverName()
{
    return u"web"_s;
}

QString WebSearchTool::toolName()
{
    return u"search"_s;
}

QString WebSearchTool::sharedEntry()
{
    return u"web:shared"_s;
}

McpTool WebSearchTool::definition()
{
    const QJsonObject schema {{"type"_L1, u"object"_s},
        {"properties"_L1,
            QJsonObject {{"query"_L1,
                             QJsonObject {{"type"_L1, u"string"_s},
                                 {"description"_L1, u"What to search the web for, as a search engine query."_s}}},
                {"count"_L1,
                    QJsonObject {{"type"_L1, u"integer"_s},
                        {"minimum"_L1, 1},
                        {"maximum"_L1, 20},
                        {"description"_L1, u"How many results (default 5)."_s}}}}},
        {"required"_L1, QJsonArray {u"query"_s}}};
    return {toolName(),
        u"Web search"_s,
        u"Searches the web and returns the top results: title, address and a snippet of each. Use it for "
        "recent events and facts you are unsure of; cite the results you use by their address."_s,
        schema,
        QJsonObject {{"readOnlyHint"_L1, true}, {"openWorldHint"_L1, true}}};
}

WebSearchTool::WebSearchTool(QNetworkAccessManager *network, WebSearchConfig config, QObject *parent)
    : ToolSource(parent)
    , m_search(network, std::move(config))
{
    connect(
        &m_search, &WebSearch::finished, this, [this](qint64 search, const QList<WebResult> &results, qint64 bytes) {
            const qint64 id = callOf(search);
            if (id < 0) {
                return;
            }
            McpCallResult result;
            result.text = WebSearchWire::format(m_calls.take(id).query, results);
            result.bytes = bytes;
            QJsonArray items;
            for (const WebResult &each : results) {
                items.append(
                    QJsonObject {{"title"_L1, each.title}, {"url"_L1, each.url}, {"snippet"_L1, each.snippet}});
            }
            result.structured = QJsonObject {{"results"_L1, items}};
            Q_EMIT callFinished(id, result);
        });
    connect(&m_search, &WebSearch::failed, this, [this](qint64 search, const QString &why) {
        const qint64 id = callOf(search);
        if (id >= 0) {
            m_calls.remove(id);
            Q_EMIT callFailed(id, why);
        }
    });
}

qint64 WebSearchTool::callOf(qint64 search) const
{
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
        if (it->search == search) {
            return it.key();
        }
    }
    return -1;
}

WebSearchTool::~WebSearchTool() = default;

void WebSearchTool::start()
{
    if (m_state == State::Ready || m_state == State::Starting) {
        return;
    }
    const WebSearchConfig &config = m_search.config();
    m_problem.clear();
    if (!config.configured()) {
        m_problem = tr("no web search service is set up (Settings → Tools, or quorum websearch set)");
    } else if (config.needsKey() && config.key.isEmpty()) {
        m_problem = tr("%1 needs an API key (Settings → Tools, or quorum websearch set)")
                        .arg(WebSearchConfig::displayName(config.service));
    }
    // Said later, as a server that starts would: the tool box is told once it listens.
    m_state = State::Starting;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_state != State::Starting) {
                return;
            }
            if (!m_problem.isEmpty()) {
                m_state = State::Failed;
                Q_EMIT failed(m_problem);
                return;
            }
            m_tools = {definition()};
            m_state = State::Ready;
            Q_EMIT ready();
        },
        Qt::QueuedConnection);
}

void WebSearchTool::stop()
{
    const QList<qint64> calls = m_calls.keys();
    m_state = State::Stopped;
    for (const qint64 id : calls) {
        m_search.cancel(m_calls.take(id).search);
        Q_EMIT callFailed(id, tr("the search was stopped"));
    }
}

qint64 WebSearchTool::callTool(const QString &tool, const QJsonObject &arguments)
{
    const qint64 id = m_nextCall++;
    const QString query = arguments.value("query"_L1).toString().simplified();
    QString why;
    if (m_state != State::Ready) {
        why = m_problem.isEmpty() ? tr("web search is not set up") : m_problem;
    } else if (tool != toolName()) {
        why = tr("there is no tool “%1”").arg(tool);
    } else if (query.isEmpty()) {
        why = tr("the search has no query");
    }
    if (!why.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, id, why] { Q_EMIT callFailed(id, why); }, Qt::QueuedConnection);
        return id;
    }
    m_calls.insert(id, {m_search.search(query, int(arguments.value("count"_L1).toInteger(0))), query});
    return id;
}

void WebSearchTool::cancel(qint64 call)
{
    if (!m_calls.contains(call)) {
        return;
    }
    m_search.cancel(m_calls.take(call).search);
    Q_EMIT callFailed(call, tr("cancelled"));
}

} // namespace Quorum
