// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "types/toolcall.h"

namespace Quorum
{

class ChatStream;

/*!
 * What runs an answer's tool calls (docs/tools.md, "The loop"): the tools layer implements it
 * (its MCP servers, the user's approval, the rules, redaction). A ChatStream with a runner
 * asks it which tools to offer before its first request, and hands it each round of calls; it
 * knows nothing of servers or approval. Callbacks may come at once or later; a runner never
 * calls back for a stream it was told to forget.
 */
class ToolRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolRunner)

public:
    using Offered = std::function<void(const QList<ToolDefinition> &tools, const QStringList &problems)>;
    using Ran = std::function<void(const QList<ToolStep> &steps)>;

    ~ToolRunner() override;

    /*!
     * The tools \a stream may offer its model (its account and conversation decide), once
     * they are known (a server may have to start first); \a problems says which servers could
     * not be asked, for the user. The stream sends its request when \a ready is called.
     */
    virtual void offer(ChatStream *stream, Offered ready) = 0;
    //! Runs one round of \a stream's calls; \a done gets one step per call, in their order.
    virtual void run(ChatStream *stream, const QList<ToolCall> &calls, Ran done) = 0;
    //! \a stream ended or went away: no callback for it any more, its calls are cancelled.
    virtual void forget(ChatStream *stream) = 0;

protected:
    explicit ToolRunner(QObject *parent = nullptr);
};

} // namespace Quorum
