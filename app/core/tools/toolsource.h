// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace Quorum
{

//! A tool a source offers (MCP's tools/list).
struct McpTool {
    QString name;
    QString title;
    QString description;
    QJsonObject inputSchema;
    QJsonObject annotations;

    friend bool operator==(const McpTool &, const McpTool &) = default;
};

//! What a tool call returned (MCP's tools/call), bounded (docs/tools.md, "Limits").
struct McpCallResult {
    QString text;         //!< the text parts, joined; what a model is sent
    int images = 0;       //!< image parts (not sent to models yet: named in the text)
    bool isError = false; //!< the tool says it failed (the model is told, as MCP intends)
    qint64 bytes = 0;     //!< the size of the result on the wire
    QJsonObject structured;
};

/*!
 * Where the tool box's tools come from (docs/tools.md): an MCP server (McpClient) or a tool
 * built into Quorum (the web search). It starts, says when it is ready or why it failed,
 * lists its tools and runs calls, each ending in callFinished() or callFailed().
 */
class ToolSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolSource)

public:
    enum class State { Stopped, Starting, Ready, Failed };

    ~ToolSource() override;

    //! Starts; ready() or failed() follows.
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual State state() const = 0;
    virtual const QList<McpTool> &tools() const = 0;
    //! Why the source failed, or the last problem it met, for the user.
    virtual QString problem() const = 0;
    /*!
     * Calls \a tool with \a arguments; callFinished() or callFailed() follows with the
     * returned id, never at once, within the source's timeout.
     */
    virtual qint64 callTool(const QString &tool, const QJsonObject &arguments) = 0;
    //! Cancels a call; callFailed() follows.
    virtual void cancel(qint64 call) = 0;

Q_SIGNALS:
    void ready();
    void failed(const QString &why);
    void toolsChanged();
    void callProgress(qint64 call, double progress, double total, const QString &message);
    void callFinished(qint64 call, const Quorum::McpCallResult &result);
    void callFailed(qint64 call, const QString &why);

protected:
    explicit ToolSource(QObject *parent = nullptr);
};

} // namespace Quorum

Q_DECLARE_METATYPE(Quorum::McpCallResult)
