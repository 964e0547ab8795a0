// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/chatstream.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScopeGuard>

#include "providers/errorclassifier.h"
#include "providers/protocoladapter.h"
#include "providers/streamdecoder.h"
#include "providers/streamevent.h"
#include "providers/streamtransport.h"
#include "providers/toolrunner.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcStream, "quorum.providers", QtWarningMsg)

namespace Quorum
{

namespace
{
constexpr qsizetype maxErrorBodyBytes = 1024 * 1024;

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(static_cast<double>(ms.count()) / 1000.0, 'g', 3);
}
} // namespace

ChatStream::ChatStream(QNetworkAccessManager *network,
    ProviderAccount account,
    ChatRequest request,
    StreamOptions options,
    QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(std::move(account))
    , m_request(std::move(request))
    , m_options(options)
{
    for (QTimer *timer : {&m_responseTimer, &m_idleTimer, &m_contentTimer, &m_totalTimer, &m_retryTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::CoarseTimer);
    }
    connect(&m_responseTimer, &QTimer::timeout, this, [this] {
        onTimeout(StreamError::make(StreamError::Kind::Timeout,
                      tr("No response within %1 s.").arg(seconds(m_options.responseTimeout))),
            true);
    });
    // The idle and content timers are deadlines re-armed lazily: a read only notes its time,
    // and an expiring timer re-arms itself for what is left. Restarting a QTimer per read
    // cost 6 % of a fast stream's CPU (callgrind, 20,000 deltas).
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        const qint64 left = m_options.idleTimeout.count() - (m_clock.elapsed() - m_lastDataMs);
        if (left > 0) {
            m_idleTimer.start(std::chrono::milliseconds(left));
            return;
        }
        onTimeout(
            StreamError::make(StreamError::Kind::Timeout, tr("No data for %1 s.").arg(seconds(m_options.idleTimeout))),
            true);
    });
    connect(&m_contentTimer, &QTimer::timeout, this, [this] {
        const qint64 left = m_options.contentTimeout.count() - (m_clock.elapsed() - m_lastContentMs);
        if (left > 0) {
            m_contentTimer.start(std::chrono::milliseconds(left));
            return;
        }
        onTimeout(StreamError::make(
                      StreamError::Kind::Timeout, tr("No new text for %1 s.").arg(seconds(m_options.contentTimeout))),
            true);
    });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] {
        onTimeout(StreamError::make(StreamError::Kind::Timeout,
                      tr("The answer took longer than %1 s.").arg(seconds(m_options.totalTimeout))),
            false);
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatStream::sendAttempt);
    // Quitting stops every request at once rather than leaving sockets to the destructors.
    if (QCoreApplication *app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this, [this] {
            if (isActive()) {
                cancel();
            }
        });
    }
}

ChatStream::~ChatStream()
{
    dropTransfer();
    if (m_tools) {
        m_tools->forget(this);
    }
}

bool ChatStream::isActive() const
{
    return m_status == Status::Waiting || m_status == Status::Streaming || m_status == Status::Retrying
        || m_status == Status::Tools;
}

void ChatStream::setToolRunner(ToolRunner *runner, int maxRounds)
{
    m_tools = runner;
    m_maxRounds = qMax(1, maxRounds);
}

namespace
{
Usage plus(const Usage &a, const Usage &b)
{
    Usage sum;
    sum.input = a.input + b.input;
    sum.cachedInput = a.cachedInput + b.cachedInput;
    sum.cacheWrite = a.cacheWrite + b.cacheWrite;
    sum.output = a.output + b.output;
    sum.reasoning = a.reasoning + b.reasoning;
    if (a.providerCostUsd || b.providerCostUsd) {
        sum.providerCostUsd = a.providerCostUsd.value_or(0) + b.providerCostUsd.value_or(0);
    }
    return sum;
}
} // namespace

qint64 ChatStream::durationMs() const
{
    if (m_endMs >= 0) {
        return m_endMs;
    }
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

void ChatStream::setStatus(Status status)
{
    if (m_status != status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    }
}

void ChatStream::start()
{
    if (m_status != Status::Idle) {
        return;
    }
    m_clock.start();
    m_adapter = ProtocolAdapter::create(m_account);
    if (const auto problem = m_adapter->accountProblem()) {
        failWith(*problem);
        return;
    }
    m_totalTimer.start(m_options.totalTimeout);
    if (!m_tools) {
        sendAttempt();
        return;
    }
    // The tools are known first (a server may have to start); the request waits for them.
    setStatus(Status::Waiting);
    m_tools->offer(this, [this](const ToolOffer &offer) {
        if (m_status != Status::Waiting || m_transfer) {
            return;
        }
        m_request.tools = offer.tools;
        m_toolProblems = offer.problems;
        if (!offer.context.isEmpty()) {
            // Before the prompt's own text, in the last user message (the turn's prompt).
            for (auto it = m_request.messages.rbegin(); it != m_request.messages.rend(); ++it) {
                if (it->role == ChatMessage::Role::User) {
                    it->content = offer.context + u"\n\n---\n\n"_s + it->content;
                    break;
                }
            }
        }
        if (!offer.steps.isEmpty()) {
            m_steps += offer.steps;
            Q_EMIT stepsChanged();
        }
        sendAttempt();
    });
}

void ChatStream::sendAttempt()
{
    ++m_attempt;
    m_errorBody.clear();
    m_raw.clear();
    m_bodyBytes = 0;
    m_httpStatus = 0;
    QByteArray body;
    QNetworkRequest request = m_adapter->chatRequest(m_request, body);
    // A backstop below our own timers; they give the precise message.
    request.setTransferTimeout(m_options.idleTimeout + 5s);
    qCDebug(lcStream) << "attempt" << m_attempt << "to" << request.url().toDisplayString(QUrl::RemoveQuery) << "for"
                      << m_account.id << m_request.model; // no headers, no body: they hold keys and prompts
    m_transport = StreamTransport::of(m_network);
    StreamTransport::Limits limits;
    limits.keepRawBytes = m_options.keepRawBytes;
    limits.maxResponseBytes = m_options.maxResponseBytes;
    limits.maxErrorBodyBytes = maxErrorBodyBytes;
    m_transfer
        = m_transport->start(request, body, m_adapter->makeDecoder(), limits, this, [this] { onTransferUpdate(); });
    m_responseTimer.start(m_options.responseTimeout);
    setStatus(Status::Waiting);
}

void ChatStream::onResponseStatus()
{
    m_responseTimer.stop();
    m_lastDataMs = m_clock.elapsed();
    m_idleTimer.start(m_options.idleTimeout);
    if (m_httpStatus >= 200 && m_httpStatus < 300 && !m_contentTimer.isActive()) {
        m_lastContentMs = m_clock.elapsed();
        m_contentTimer.start(m_options.contentTimeout);
    }
}

void ChatStream::onTransferUpdate()
{
    const std::shared_ptr<StreamTransfer> transfer = m_transfer;
    if (!transfer) {
        return;
    }
    TransferUpdate update = transfer->take();
    if (m_httpStatus == 0 && update.httpStatus != 0) {
        m_httpStatus = update.httpStatus;
        onResponseStatus();
    }
    if (update.bodyBytes > m_bodyBytes) {
        if (m_bodyBytes == 0) {
            qCDebug(lcStream) << m_account.id << "first body bytes after" << m_clock.elapsed() << "ms";
        }
        m_bodyBytes = update.bodyBytes;
        m_lastDataMs = m_clock.elapsed();
        if (!m_idleTimer.isActive()) {
            m_idleTimer.start(m_options.idleTimeout);
        }
    }
    m_raw.append(update.raw);
    m_errorBody.append(update.errorBody);
    if (update.tooLarge) {
        dropTransfer();
        failWith(StreamError::make(StreamError::Kind::TooLarge,
            tr("The response exceeded %1 MiB.").arg(m_options.maxResponseBytes / (1024 * 1024))));
        return;
    }
    const bool success = m_httpStatus >= 200 && m_httpStatus < 300;
    if (success) {
        handleEvents(update.events); // the decoder's last events too, when the body ended
        if (m_transfer != transfer) {
            return; // the answer finished or failed
        }
    }
    if (!update.ended) {
        return;
    }
    dropTransfer();
    if (!isActive() || success) {
        return;
    }
    if (m_httpStatus == 0) {
        // No HTTP response at all: refused, reset, DNS, TLS, a cross-host redirect.
        StreamError error = StreamError::make(StreamError::Kind::Network, update.networkMessage);
        if (update.networkError == QNetworkReply::InsecureRedirectError
            || update.networkError == QNetworkReply::TooManyRedirectsError) {
            error.kind = StreamError::Kind::BadRequest;
        }
        handleFailure(error);
        return;
    }
    const StreamError error = m_adapter->errorFromResponse(m_httpStatus, m_errorBody, update.headers);
    handleFailure(error);
}

void ChatStream::handleEvents(const QList<StreamEvent> &events)
{
    // The text of one network read goes out as one delta: a burst of 1,000 tiny events is
    // one append and one signal, not 1,000 of each (what listeners see is the same text).
    QString text;
    const auto flushText = [this, &text] {
        if (!text.isEmpty()) {
            if (m_text.size() == m_roundStart && m_round > 1 && !m_text.isEmpty() && !m_text.endsWith(u'\n')) {
                text.prepend(u"\n\n"_s); // a round's text is a paragraph of its own
            }
            m_text += text;
            Q_EMIT textDelta(text);
            text.clear();
        }
    };
    const auto flushed = qScopeGuard([&] {
        if (isActive()) {
            flushText();
        }
    });
    for (const StreamEvent &event : events) {
        if (!isActive()) {
            return;
        }
        if (event.type != StreamEvent::Type::Text) {
            flushText();
        }
        switch (event.type) {
        case StreamEvent::Type::Text:
        case StreamEvent::Type::Reasoning:
            if (!m_contentSeen) {
                m_contentSeen = true;
                m_ttftMs = m_clock.elapsed();
                setStatus(Status::Streaming);
            }
            m_lastContentMs = m_clock.elapsed();
            if (event.type == StreamEvent::Type::Text) {
                text += event.text;
            } else {
                m_reasoning += event.text;
                Q_EMIT reasoningDelta(event.text);
            }
            break;
        case StreamEvent::Type::Usage:
            m_usage = m_round > 1 ? plus(m_usageBefore, event.usage) : event.usage; // each round is billed
            Q_EMIT usageUpdated(*m_usage);
            break;
        case StreamEvent::Type::Model:
            m_servedModel = event.text;
            break;
        case StreamEvent::Type::Echo:
            m_roundEcho.append(QJsonDocument::fromJson(event.text.toUtf8()).object());
            break;
        case StreamEvent::Type::Tool:
            if (!m_contentSeen) {
                m_contentSeen = true; // a call is content: no retry may ask the model again
                m_ttftMs = m_clock.elapsed();
                setStatus(Status::Streaming);
            }
            m_lastContentMs = m_clock.elapsed();
            m_toolCalls.append(event.toolCall);
            m_roundCalls.append(event.toolCall);
            Q_EMIT toolCallMade(event.toolCall);
            break;
        case StreamEvent::Type::Finished: {
            dropTransfer();
            // Gemini, Ollama and Responses end an answer that called tools as any other.
            FinishReason finish = event.finish;
            if (!m_roundCalls.isEmpty() && finish.kind == FinishReason::Kind::Stop) {
                finish.kind = FinishReason::Kind::Tool;
            }
            if (m_tools && !m_roundCalls.isEmpty()) {
                runTools(finish);
                return;
            }
            finishWith(finish);
            return;
        }
        case StreamEvent::Type::Failed:
            dropTransfer();
            handleFailure(event.error);
            return;
        }
    }
}

void ChatStream::stopTimers()
{
    for (QTimer *timer : {&m_responseTimer, &m_idleTimer, &m_contentTimer, &m_totalTimer, &m_retryTimer}) {
        timer->stop();
    }
}

void ChatStream::runTools(const FinishReason &reason)
{
    if (m_round > m_maxRounds) {
        // The step limit: the calls are recorded, not run, and the answer ends here.
        QList<ToolStep> steps;
        for (const ToolCall &call : std::as_const(m_roundCalls)) {
            ToolStep step;
            step.call = call;
            step.outcome = ToolStep::Outcome::NotRun;
            step.round = m_round;
            step.textOffset = m_text.size();
            step.note = tr("Not run: the answer reached its limit of %n round(s) of tool calls.", nullptr, m_maxRounds);
            steps.append(step);
        }
        m_steps += steps;
        Q_EMIT stepsChanged();
        finishWith(FinishReason {FinishReason::Kind::Tool, u"step_limit"_s});
        return;
    }
    // The total timeout does not run while tools run or wait for the user's approval.
    m_totalLeft = std::chrono::milliseconds(qMax(1, m_totalTimer.remainingTime()));
    stopTimers();
    m_finishReason = reason;
    setStatus(Status::Tools);
    m_tools->run(this, m_roundCalls, [this](const QList<ToolStep> &steps) { onToolsRan(steps); });
}

void ChatStream::onToolsRan(QList<ToolStep> steps)
{
    if (m_status != Status::Tools) {
        return;
    }
    ChatMessage asked {ChatMessage::Role::Assistant, m_text.sliced(m_roundStart)};
    asked.toolCalls = m_roundCalls;
    asked.echo = m_roundEcho;
    ChatMessage results {ChatMessage::Role::Tool, {}};
    for (ToolStep &step : steps) {
        step.round = m_round;
        step.textOffset = m_text.size();
        results.toolResults.append(step.toResult());
    }
    m_steps += steps;
    Q_EMIT stepsChanged();
    m_request.messages << asked << results;
    // The next round: a request of its own, with its own retries before its first token.
    ++m_round;
    m_roundCalls.clear();
    m_roundStart = m_text.size();
    m_roundEcho.clear();
    m_usageBefore = m_usage.value_or(Usage {});
    m_contentSeen = false;
    m_attempt = 0;
    m_totalTimer.start(m_totalLeft);
    sendAttempt();
}

void ChatStream::handleFailure(StreamError error)
{
    if (!isActive()) {
        return;
    }
    const bool canRetry
        = !m_contentSeen && error.isRetryable() && m_attempt <= m_options.maxRetries && m_totalTimer.isActive();
    if (canRetry) {
        if (error.retryAfter && *error.retryAfter > m_options.retryAfterCap) {
            failWith(error); // too long to wait silently: the message says how long
            return;
        }
        const std::chrono::milliseconds delay = error.retryAfter.value_or(backoff(m_attempt - 1));
        m_idleTimer.stop();
        m_contentTimer.stop();
        m_responseTimer.stop();
        error.describe(m_account.id, m_request.model);
        setStatus(Status::Retrying);
        Q_EMIT retrying(m_attempt, delay.count(), error);
        m_retryTimer.start(delay);
        return;
    }
    failWith(error);
}

std::chrono::milliseconds ChatStream::backoff(int retry) const
{
    // min(base * 2^n, max) * jitter in [0.75, 1], as the OpenAI and Anthropic SDKs do.
    const double base = static_cast<double>(m_options.retryBaseDelay.count()) * std::pow(2.0, retry);
    const double capped = std::min(base, static_cast<double>(m_options.retryMaxDelay.count()));
    const double jitter = 0.75 + 0.25 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(static_cast<qint64>(capped * jitter));
}

void ChatStream::onTimeout(StreamError error, bool mayRetry)
{
    if (!isActive()) {
        return;
    }
    dropTransfer();
    if (mayRetry) {
        handleFailure(error); // retried only if no text came yet
    } else {
        failWith(error);
    }
}

void ChatStream::finishWith(const FinishReason &reason)
{
    if (!isActive()) {
        return;
    }
    m_endMs = m_clock.elapsed();
    stopTimers();
    if (m_tools) {
        m_tools->forget(this);
    }
    m_finishReason = reason;
    setStatus(Status::Finished);
    Q_EMIT finished(reason);
}

void ChatStream::failWith(StreamError error)
{
    if (m_status == Status::Finished || m_status == Status::Failed || m_status == Status::Cancelled) {
        return;
    }
    m_endMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    stopTimers();
    dropTransfer();
    if (m_tools) {
        m_tools->forget(this); // calls still running or waiting for approval are cancelled
    }
    error.describe(m_account.id, m_request.model);
    m_error = error;
    setStatus(error.kind == StreamError::Kind::Cancelled ? Status::Cancelled : Status::Failed);
    Q_EMIT failed(error);
}

void ChatStream::cancel()
{
    if (m_status == Status::Idle) {
        m_clock.start();
    }
    failWith(StreamError::make(StreamError::Kind::Cancelled));
}

void ChatStream::dropTransfer()
{
    if (const std::shared_ptr<StreamTransfer> transfer = std::exchange(m_transfer, nullptr)) {
        if (m_transport) {
            m_transport->abort(transfer); // also detaches it
        } else {
            transfer->detach();
        }
    }
}

} // namespace Quorum
