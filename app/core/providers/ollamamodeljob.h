// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include "providers/ndjsonreader.h"
#include "providers/provideraccount.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Quorum
{

/*!
 * Pulls a model into an Ollama account (`POST /api/pull`, its progress streamed as NDJSON) or
 * deletes one (`DELETE /api/delete`), for the model picker and `quorum models pull|delete`.
 * A pull can be cancelled; Ollama keeps what it downloaded and goes on from there next time.
 */
class OllamaModelJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OllamaModelJob)

public:
    enum class Operation { Pull, Delete };

    OllamaModelJob(QNetworkAccessManager *network,
        ProviderAccount account,
        Operation operation,
        QString model,
        QObject *parent = nullptr);
    ~OllamaModelJob() override;

    void start();
    //! Stops a pull; failed() follows with the cancellation.
    void cancel();
    QString model() const { return m_model; }
    Operation operation() const { return m_operation; }

Q_SIGNALS:
    //! Ollama's status line ("pulling manifest", "pulling 3f8eb4da87fa", "verifying sha256
    //! digest") with the bytes of the layer being downloaded (0 of 0 when it says none).
    void progress(const QString &status, qint64 completed, qint64 total);
    void finished();
    void failed(const QString &message);

private:
    void onData();
    void onFinished();
    void fail(const QString &message);

    QNetworkAccessManager *m_network;
    ProviderAccount m_account;
    Operation m_operation;
    QString m_model;
    QPointer<QNetworkReply> m_reply;
    NdjsonReader m_reader;
    bool m_succeeded = false;
    bool m_ended = false;
    bool m_cancelled = false;
};

} // namespace Quorum
