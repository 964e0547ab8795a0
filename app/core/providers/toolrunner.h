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

//! What an answer may use and is given before its first request (ToolRunner::offer()).
struct ToolOffer {
    QList<ToolDefinition> tools {}; //!< offered to the model
    QStringList problems {};        //!< servers that could not be asked, for the user
    //! Text the model is given with the prompt (shared search: the results, the same for
    //! every answer of the turn), placed before the prompt's text; empty: none.
    QString context {};
    QList<ToolStep> steps {}; //!< steps taken for the answer before it asked (round 0)
};

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
    using Offered = std::function<void(const ToolOffer &offer)>;
    using Ran = std::function<void(const QList<ToolStep> &steps)>;

    ~ToolRunner() override;

    /*!
     * The tools \a stream may offer its model (its account and conversation decide), once
     * they are known (a server may have to start first, a shared search to end), with the
     * problems met and any context and steps taken before the request. The stream sends its
     * request when \a ready is called.
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
