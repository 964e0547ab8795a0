// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/modellister.h"

#include <algorithm>

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Quorum
{

ModelLister::ModelLister(
    QNetworkAccessManager *network, ProviderAccount account, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(std::move(account))
    , m_adapter(ProtocolAdapter::create(m_account))
    , m_timeout(timeout)
{
}

ModelLister::~ModelLister()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ModelLister::start()
{
    if (const auto problem = m_adapter->accountProblem()) {
        fail(*problem);
        return;
    }
    requestPage({});
}

void ModelLister::requestPage(const QString &token)
{
    ++m_pages;
    m_token = token;
    QNetworkRequest request = m_adapter->modelsRequest(token);
    request.setTransferTimeout(m_timeout);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &ModelLister::onReplyFinished);
}

void ModelLister::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        StreamError error = StreamError::make(
            reply->error() == QNetworkReply::TimeoutError ? StreamError::Kind::Timeout : StreamError::Kind::Network,
            reply->errorString());
        fail(error);
        return;
    }
    if (status < 200 || status >= 300) {
        const StreamError error = m_adapter->errorFromResponse(status, body, reply->rawHeaderPairs());
        if (const auto next = m_adapter->pageAfterError(m_token, error); next && m_pages < maxPages) {
            // A part of the listing the account may not see (Bedrock's prompt routers).
            if (next->isEmpty()) {
                complete();
            } else {
                requestPage(*next);
            }
            return;
        }
        fail(error);
        return;
    }
    ModelPage page = m_adapter->parseModels(body);
    if (page.error) {
        fail(*page.error);
        return;
    }
    m_models.append(page.models);
    if (!page.nextPageToken.isEmpty() && m_pages < maxPages) {
        requestPage(page.nextPageToken);
        return;
    }
    complete();
}

void ModelLister::complete()
{
    std::ranges::sort(m_models, {}, &ModelInfo::id);
    m_done = true;
    Q_EMIT finished(m_models);
}

void ModelLister::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    fail(StreamError::make(StreamError::Kind::Cancelled));
}

void ModelLister::fail(StreamError error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    error.describe(m_account.id, QString());
    Q_EMIT failed(error);
}

} // namespace Quorum
