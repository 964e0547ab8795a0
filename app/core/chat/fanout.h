// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>
#include <vector>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include "providers/chatrequest.h"
#include "providers/chatstream.h"
#include "providers/provideraccount.h"
#include "providers/streamoptions.h"

class QNetworkAccessManager;

namespace Quorum
{

//! One answer to produce: which account and what to ask it (model, history, parameters).
struct FanOutJob {
    ProviderAccount account;
    ChatRequest request;
    //! A fallback chain: when this job fails before its first token (an error or a timeout,
    //! not a cancel), the first of these takes its place, with the rest as its fallbacks.
    //! Jobs with fallbacks are not retried: the next target is the retry.
    std::vector<FanOutJob> fallbacks;

    //! "account/model", as targets are written on the command line.
    QString label() const { return account.id + u'/' + request.model; }
};

/*!
 * Sends one turn to several targets at once and owns their streams. Streams are
 * independent: one failing, stalling or being cancelled never touches another. Accounts
 * with a concurrency limit (a local Ollama answers one request at a time) queue their
 * extra targets, which report "queued" until a slot frees; so do targets beyond Qt's 6
 * HTTP/1.1 connections to one plain-HTTP host (local servers); cloud targets run in parallel.
 * Cancel one or all, retry one.
 */
class FanOut final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FanOut)

public:
    //! Qt's limit of parallel HTTP/1.1 connections to one host and port.
    static constexpr int connectionsPerHttpHost = 6;

    FanOut(QNetworkAccessManager *network, StreamOptions options = {}, QObject *parent = nullptr);
    ~FanOut() override;

    //! Starts every job (or queues it behind its account's limit). Returns the first index.
    int start(const QList<FanOutJob> &jobs);
    int count() const { return static_cast<int>(m_entries.size()); }
    ChatStream *stream(int index) const;
    const FanOutJob &job(int index) const { return m_entries.at(index).job; }
    bool isQueued(int index) const;
    //! True while any target is queued or running.
    bool isRunning() const;

    void cancel(int index);
    void cancelAll();
    //! Starts target \a index again from scratch (a new stream replaces the old one).
    void retry(int index);
    //! Called with each stream before it starts (the engine gives it its tools).
    void setPrepare(std::function<void(int index, Quorum::ChatStream *stream)> prepare)
    {
        m_prepare = std::move(prepare);
    }

Q_SIGNALS:
    void queued(int index);
    void started(int index);
    void statusChanged(int index, Quorum::ChatStream::Status status);
    void textDelta(int index, const QString &text);
    void reasoningDelta(int index, const QString &text);
    void usageUpdated(int index, const Quorum::Usage &usage);
    //! Target \a index ran a round of tool calls (its stream's steps()).
    void stepsChanged(int index);
    void retrying(int index, int attempt, qint64 delayMs, const Quorum::StreamError &reason);
    //! Target \a index failed before its first token and its next fallback took its place:
    //! job(index) is the new one, \a from the label of the one that failed and \a reason why.
    void fellBack(int index, const QString &from, const Quorum::StreamError &reason);
    //! Target \a index ended: finished, failed or cancelled (see its stream).
    void targetEnded(int index);
    //! No target is queued or running any more.
    void allEnded();

private:
    StreamOptions optionsFor(const FanOutJob &job) const;
    struct Entry {
        FanOutJob job;
        QPointer<ChatStream> stream;
        bool queued = false;
        bool ended = false;
    };

    void launch(int index);
    void onEnded(int index);
    //! Starts the queued targets that need not wait any more, in order.
    void startQueued();
    bool mustWait(const Entry &entry) const;
    int runningFor(const QString &accountId) const;

    QNetworkAccessManager *m_network;
    StreamOptions m_options;
    std::function<void(int, ChatStream *)> m_prepare;
    QList<Entry> m_entries;
};

} // namespace Quorum
