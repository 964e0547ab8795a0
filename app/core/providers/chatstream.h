// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "providers/chatrequest.h"
#include "providers/finishreason.h"
#include "providers/provideraccount.h"
#include "providers/streamerror.h"
#include "providers/streamoptions.h"
#include "types/toolcall.h"
#include "types/usage.h"

class QNetworkAccessManager;

namespace Quorum
{

class ProtocolAdapter;
class StreamTransfer;
class ToolRunner;
class StreamTransport;
struct StreamEvent;

/*!
 * One model's answer, streamed: sends the request with the account's protocol adapter,
 * decodes the body as it arrives, and reports text, reasoning and usage, then exactly one
 * of finished() or failed(). Retries before the first token (connect errors, timeouts,
 * 408/409/429/5xx, honouring Retry-After), never after. Response, idle, content and total
 * timeouts and a size cap stop a misbehaving server; cancel() aborts the request at once.
 * Runs on the event loop of its thread; the request is read and decoded on the network
 * thread of the injected manager's StreamTransport, which hands over coalesced events.
 */
class ChatStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatStream)

public:
    enum class Status {
        Idle,      //!< not started
        Waiting,   //!< request sent, no text yet
        Streaming, //!< text is arriving
        Retrying,  //!< waiting before the next attempt
        Tools,     //!< the model called tools: they run (or wait for the user), then it goes on
        Finished,
        Failed,
        Cancelled,
    };
    Q_ENUM(Status)

    ChatStream(QNetworkAccessManager *network,
        ProviderAccount account,
        ChatRequest request,
        StreamOptions options = {},
        QObject *parent = nullptr);
    ~ChatStream() override;

    void start();
    //! Stops the answer at once; it fails with kind Cancelled and keeps its text.
    void cancel();

    /*!
     * Lets the model call tools (docs/tools.md, "The loop"): before the first request the
     * runner says which tools to offer; an answer that ends with calls has them run by the
     * runner and is asked again with the calls and their results, for at most \a maxRounds
     * rounds of calls. Its text, usage and steps add up over the rounds; finished() comes
     * once, at the end of the last. Set before start().
     */
    void setToolRunner(ToolRunner *runner, int maxRounds);
    //! The steps so far, in the order the calls were made.
    QList<ToolStep> steps() const { return m_steps; }
    //! What kept tools from being offered (a server that did not start), for the user.
    QStringList toolProblems() const { return m_toolProblems; }
    //! What the last request's answer gave to be sent back with its calls (StreamEvent::Echo).
    QList<QJsonObject> echo() const { return m_roundEcho; }
    //! The round being asked: 1 for the first request, 2 after the first round of calls, ...
    int round() const { return m_round; }

    Status status() const { return m_status; }
    bool isActive() const;
    const ProviderAccount &account() const { return m_account; }
    const ChatRequest &request() const { return m_request; }
    QString text() const { return m_text; }
    QString reasoning() const { return m_reasoning; }
    std::optional<Usage> usage() const { return m_usage; }
    FinishReason finishReason() const { return m_finishReason; }
    StreamError error() const { return m_error; }
    //! The tool calls the model made, in the order they came (their arguments whole).
    QList<ToolCall> toolCalls() const { return m_toolCalls; }
    //! The model that actually answered, as the provider named it.
    QString servedModel() const { return m_servedModel; }
    //! Milliseconds from start() to the first piece of text or reasoning.
    std::optional<qint64> timeToFirstTokenMs() const { return m_ttftMs; }
    //! Milliseconds from start() to the end (or until now while running).
    qint64 durationMs() const;
    int attempts() const { return m_attempt; }
    //! The start of the last attempt's raw response body (StreamOptions::keepRawBytes).
    QByteArray rawResponse() const { return m_raw; }
    //! The HTTP status of the last attempt (0 before the response headers).
    int httpStatus() const { return m_httpStatus; }

Q_SIGNALS:
    void statusChanged(Quorum::ChatStream::Status status);
    void textDelta(const QString &text);
    void reasoningDelta(const QString &text);
    void usageUpdated(const Quorum::Usage &usage);
    //! The model called a tool; the call runs when its request has ended (docs/tools.md).
    void toolCallMade(const Quorum::ToolCall &call);
    //! A round of calls ran: steps() holds them.
    void stepsChanged();
    void retrying(int attempt, qint64 delayMs, const Quorum::StreamError &reason);
    void finished(const Quorum::FinishReason &reason);
    void failed(const Quorum::StreamError &error);

private:
    void sendAttempt();
    void onTransferUpdate();
    void onResponseStatus();
    void handleEvents(const QList<StreamEvent> &events);
    void handleFailure(StreamError error);
    void finishWith(const FinishReason &reason);
    void failWith(StreamError error);
    void onTimeout(StreamError error, bool mayRetry);
    void dropTransfer();
    void setStatus(Status status);
    //! The request ended with calls: run them, or end here at the step limit.
    void runTools(const FinishReason &reason);
    void onToolsRan(QList<ToolStep> steps);
    void stopTimers();
    std::chrono::milliseconds backoff(int retry) const;

    QNetworkAccessManager *m_network;
    ProviderAccount m_account;
    ChatRequest m_request;
    StreamOptions m_options;
    std::unique_ptr<ProtocolAdapter> m_adapter;
    QPointer<StreamTransport> m_transport;
    std::shared_ptr<StreamTransfer> m_transfer;
    QByteArray m_errorBody;
    QByteArray m_raw;
    QElapsedTimer m_clock;
    QTimer m_responseTimer;
    QTimer m_idleTimer;
    QTimer m_contentTimer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    Status m_status = Status::Idle;
    QString m_text;
    QString m_reasoning;
    QString m_servedModel;
    QList<ToolCall> m_toolCalls;
    // Tools (setToolRunner): the round's calls and text, what earlier rounds used.
    QPointer<ToolRunner> m_tools;
    int m_maxRounds = 0;
    int m_round = 1;
    QList<ToolCall> m_roundCalls;
    qsizetype m_roundStart = 0; //!< where this round's text starts in m_text (not a copy: answers run to MBs)
    QList<QJsonObject> m_roundEcho;
    Usage m_usageBefore;
    QList<ToolStep> m_steps;
    QStringList m_toolProblems;
    std::chrono::milliseconds m_totalLeft {0}; //!< the total timeout left while tools run
    std::optional<Usage> m_usage;
    FinishReason m_finishReason;
    StreamError m_error;
    std::optional<qint64> m_ttftMs;
    qint64 m_endMs = -1;
    qint64 m_lastDataMs = 0;    // when bytes last arrived (m_clock)
    qint64 m_lastContentMs = 0; // when text or reasoning last arrived
    qint64 m_bodyBytes = 0;
    int m_httpStatus = 0;
    int m_attempt = 0;
    bool m_contentSeen = false;
};

} // namespace Quorum
