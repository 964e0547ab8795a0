// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QHash>

#include "tools/toolsource.h"
#include "tools/websearch.h"

namespace Quorum
{

/*!
 * The built-in web search as a tool (docs/tools.md, "Web search"): the tool box offers it as
 * web__search ({query, count}) beside the MCP servers' tools, under the same approval and
 * rules. Its result is the numbered results (WebSearchWire::format), its structured content
 * the results as JSON.
 */
class WebSearchTool final : public ToolSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSearchTool)

public:
    //! The name it is a server by, and its one tool's.
    static QString serverName();
    static QString toolName();
    //! The toolset entry that asks for shared search ("web:shared"; docs/tools.md): the
    //! search runs once per turn and every answer is given its results with the prompt.
    static QString sharedEntry();
    //! Its tool as offered: the name, a description and the input schema.
    static McpTool definition();

    WebSearchTool(QNetworkAccessManager *network, WebSearchConfig config, QObject *parent = nullptr);
    ~WebSearchTool() override;

    void start() override;
    void stop() override;
    State state() const override { return m_state; }
    const QList<McpTool> &tools() const override { return m_tools; }
    QString problem() const override { return m_problem; }
    qint64 callTool(const QString &tool, const QJsonObject &arguments) override;
    void cancel(qint64 call) override;

private:
    WebSearch m_search;
    State m_state = State::Stopped;
    QList<McpTool> m_tools;
    QString m_problem;
    struct Running {
        qint64 search = 0; //!< its id with m_search
        QString query;
    };
    QHash<qint64, Running> m_calls; //!< the running searches, by call
    qint64 m_nextCall = 1;
    qint64 callOf(qint64 search) const;
};

} // namespace Quorum
