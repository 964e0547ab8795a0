// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "chat/fanout.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Quorum
{

StreamOptions FanOut::optionsFor(const FanOutJob &job) const
{
    StreamOptions options = m_options;
    if (job.account.timeoutSeconds > 0) { // the account's own wait for a slow (local) model
        options.responseTimeout = std::chrono::seconds(job.account.timeoutSeconds);
    }
    if (!job.fallbacks.empty()) {
        options.maxRetries = 0; // moving on to the next target is the retry
    }
    return options;
}

FanOut::FanOut(QNetworkAccessManager *network, StreamOptions options, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_options(options)
{
}

FanOut::~FanOut()
{
    for (Entry &entry : m_entries) {
        if (entry.stream) {
            entry.stream->disconnect(this);
            delete entry.stream;
        }
    }
}

int FanOut::start(const QList<FanOutJob> &jobs)
{
    const int first = count();
    for (const FanOutJob &job : jobs) {
        m_entries.append(Entry {job, nullptr, true, false});
    }
    for (int i = first; i < count(); ++i) {
        if (!m_entries.at(i).queued || m_entries.at(i).ended) {
            continue; // already started (a slot freed while starting the others)
        }
        if (mustWait(m_entries.at(i))) {
            Q_EMIT queued(i);
            continue;
        }
        launch(i);
    }
    return first;
}

ChatStream *FanOut::stream(int index) const
{
    return m_entries.at(index).stream;
}

bool FanOut::isQueued(int index) const
{
    return m_entries.at(index).queued;
}

bool FanOut::isRunning() const
{
    return std::ranges::any_of(m_entries, [](const Entry &e) { return !e.ended; });
}

int FanOut::runningFor(const QString &accountId) const
{
    return static_cast<int>(std::ranges::count_if(
        m_entries, [&](const Entry &e) { return !e.queued && !e.ended && e.job.account.id == accountId; }));
}

namespace
{
//! "host:port" of a plain-HTTP account, whose requests share Qt's HTTP/1.1 connections.
QString plainHttpHost(const ProviderAccount &account)
{
    const QUrl &url = account.baseUrl;
    return url.scheme() == "http"_L1 ? url.host() + u':' + QString::number(url.port(80)) : QString();
}
} // namespace

bool FanOut::mustWait(const Entry &entry) const
{
    const int limit = entry.job.account.effectiveMaxConcurrent();
    if (limit > 0 && runningFor(entry.job.account.id) >= limit) {
        return true;
    }
    // Qt opens at most 6 HTTP/1.1 connections to one host and port and queues the rest
    // where nobody sees it (while the response timeout runs). Plain HTTP is always HTTP/1.1
    // here (local servers); HTTPS providers speak HTTP/2 and multiplex.
    const QString host = plainHttpHost(entry.job.account);
    if (host.isEmpty()) {
        return false;
    }
    const auto onHost = std::ranges::count_if(
        m_entries, [&host](const Entry &e) { return !e.queued && !e.ended && plainHttpHost(e.job.account) == host; });
    return onHost >= connectionsPerHttpHost;
}

void FanOut::launch(int index)
{
    Entry &entry = m_entries[index];
    entry.queued = false;
    entry.ended = false;
    auto *stream = new ChatStream(m_network, entry.job.account, entry.job.request, optionsFor(entry.job), this);
    entry.stream = stream;
    connect(stream, &ChatStream::statusChanged, this, [this, index](ChatStream::Status s) {
        Q_EMIT statusChanged(index, s);
    });
    connect(stream, &ChatStream::textDelta, this, [this, index](const QString &t) { Q_EMIT textDelta(index, t); });
    connect(stream, &ChatStream::reasoningDelta, this, [this, index](const QString &t) {
        Q_EMIT reasoningDelta(index, t);
    });
    connect(stream, &ChatStream::usageUpdated, this, [this, index](const Usage &u) { Q_EMIT usageUpdated(index, u); });
    connect(stream, &ChatStream::retrying, this, [this, index](int attempt, qint64 delay, const StreamError &e) {
        Q_EMIT retrying(index, attempt, delay, e);
    });
    connect(stream, &ChatStream::stepsChanged, this, [this, index] { Q_EMIT stepsChanged(index); });
    connect(stream, &ChatStream::finished, this, [this, index] { onEnded(index); });
    connect(stream, &ChatStream::failed, this, [this, index] { onEnded(index); });
    if (m_prepare) {
        m_prepare(index, stream);
    }
    Q_EMIT started(index);
    stream->start();
}

void FanOut::onEnded(int index)
{
    Entry &entry = m_entries[index];
    if (entry.ended) {
        return;
    }
    if (ChatStream *stream = entry.stream; stream && stream->status() == ChatStream::Status::Failed
        && !stream->timeToFirstTokenMs() && stream->text().isEmpty() && !entry.job.fallbacks.empty()) {
        const QString from = entry.job.label();
        const StreamError reason = stream->error();
        std::vector<FanOutJob> rest(std::next(entry.job.fallbacks.begin()), entry.job.fallbacks.end());
        FanOutJob next = entry.job.fallbacks.front();
        next.fallbacks = std::move(rest);
        entry.job = std::move(next);
        stream->disconnect(this);
        stream->deleteLater();
        entry.stream = nullptr;
        entry.queued = true; // not running while we ask whether it must wait
        Q_EMIT fellBack(index, from, reason);
        if (mustWait(m_entries.at(index))) { // (a slot may have added entries: no old reference)
            Q_EMIT queued(index);
            startQueued(); // its old slot is free for others
        } else {
            launch(index);
        }
        return;
    }
    entry.ended = true;
    Q_EMIT targetEnded(index);
    startQueued();
    if (!isRunning()) {
        Q_EMIT allEnded();
    }
}

void FanOut::startQueued()
{
    for (int i = 0; i < count(); ++i) {
        const Entry &entry = m_entries.at(i);
        if (entry.queued && !entry.ended && !mustWait(entry)) {
            launch(i);
        }
    }
}

void FanOut::cancel(int index)
{
    Entry &entry = m_entries[index];
    if (entry.ended) {
        return;
    }
    if (entry.queued) {
        // Never started: give it a stream that reports the cancellation like any other.
        entry.queued = false;
        auto *stream = new ChatStream(m_network, entry.job.account, entry.job.request, optionsFor(entry.job), this);
        entry.stream = stream;
        connect(stream, &ChatStream::failed, this, [this, index] { onEnded(index); });
        stream->cancel();
        return;
    }
    if (entry.stream) {
        entry.stream->cancel();
    }
}

void FanOut::cancelAll()
{
    // The queued first: cancelling a running target frees its slot, and a queued one would be
    // launched into it (its request on its way) before its own turn to be cancelled came.
    for (int i = 0; i < count(); ++i) {
        if (m_entries.at(i).queued) {
            cancel(i);
        }
    }
    for (int i = 0; i < count(); ++i) {
        cancel(i);
    }
}

void FanOut::retry(int index)
{
    Entry &entry = m_entries[index];
    if (!entry.ended) {
        return;
    }
    if (entry.stream) {
        entry.stream->disconnect(this);
        entry.stream->deleteLater();
        entry.stream = nullptr;
    }
    entry.ended = false;
    entry.queued = true; // not running while we ask whether it must wait
    if (mustWait(entry)) {
        Q_EMIT queued(index);
        return;
    }
    launch(index);
}

} // namespace Quorum
