// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <chrono>
#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "providers/protocoladapter.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Quorum
{

/*!
 * Lists the models of one provider account, following pages, and reports finished() with
 * all of them or failed() with the provider's error (a refused key shows the provider's
 * own 401 message).
 */
class ModelLister final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelLister)

public:
    static constexpr int maxPages = 50;

    ModelLister(QNetworkAccessManager *network,
        ProviderAccount account,
        std::chrono::milliseconds timeout = std::chrono::seconds(30),
        QObject *parent = nullptr);
    ~ModelLister() override;

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const QList<Quorum::ModelInfo> &models);
    void failed(const Quorum::StreamError &error);

private:
    void requestPage(const QString &token);
    void onReplyFinished();
    void fail(StreamError error);
    void complete();

    QNetworkAccessManager *m_network;
    ProviderAccount m_account;
    std::unique_ptr<ProtocolAdapter> m_adapter;
    QPointer<QNetworkReply> m_reply;
    QList<ModelInfo> m_models;
    QString m_token; //!< of the page being read
    std::chrono::milliseconds m_timeout;
    int m_pages = 0;
    bool m_done = false;
};

} // namespace Quorum
