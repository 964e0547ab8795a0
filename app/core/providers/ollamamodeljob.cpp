// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/ollamamodeljob.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include "providers/ollamaadapter.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

OllamaModelJob::OllamaModelJob(
    QNetworkAccessManager *network, ProviderAccount account, Operation operation, QString model, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(std::move(account))
    , m_operation(operation)
    , m_model(std::move(model))
{
}

OllamaModelJob::~OllamaModelJob()
{
    if (m_reply) {
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void OllamaModelJob::start()
{
    if (m_account.kind != ProviderKind::Ollama) {
        QMetaObject::invokeMethod(
            this,
            [this] { fail(tr("%1 is not an Ollama account: only Ollama pulls models.").arg(m_account.id)); },
            Qt::QueuedConnection);
        return;
    }
    const OllamaAdapter adapter(m_account);
    QByteArray body;
    if (m_operation == Operation::Pull) {
        QNetworkRequest request = adapter.pullRequest(m_model, body);
        // A pull of gigabytes takes as long as it takes; what is watched is that bytes come.
        request.setTransferTimeout(std::chrono::minutes(5));
        m_reply = m_network->post(request, body);
        connect(m_reply, &QNetworkReply::readyRead, this, &OllamaModelJob::onData);
    } else {
        QNetworkRequest request = adapter.deleteRequest(m_model, body);
        request.setTransferTimeout(std::chrono::seconds(60));
        m_reply = m_network->sendCustomRequest(request, "DELETE", body);
    }
    connect(m_reply, &QNetworkReply::finished, this, &OllamaModelJob::onFinished);
}

void OllamaModelJob::cancel()
{
    if (m_reply && !m_ended) {
        m_cancelled = true;
        m_reply->abort();
    }
}

void OllamaModelJob::onData()
{
    if (!m_reply || m_ended) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        return; // the error body is read when the reply ends
    }
    QList<QByteArray> lines;
    if (!m_reader.feed(m_reply->readAll(), lines)) {
        fail(tr("Ollama sent a progress line longer than %1 MB.").arg(NdjsonReader::defaultMaxLineBytes >> 20));
        return;
    }
    for (const QByteArray &line : std::as_const(lines)) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.isEmpty()) {
            fail(tr("Ollama sent something that is not a progress line: %1").arg(QString::fromUtf8(line.left(120))));
            return;
        }
        if (const QString error = event.value("error"_L1).toString(); !error.isEmpty()) {
            fail(tr("Ollama could not pull %1: %2").arg(m_model, error));
            return;
        }
        const QString status = event.value("status"_L1).toString();
        m_succeeded = m_succeeded || status == "success"_L1;
        Q_EMIT progress(status, event.value("completed"_L1).toInteger(), event.value("total"_L1).toInteger());
    }
}

void OllamaModelJob::onFinished()
{
    if (m_ended || !m_reply) {
        return;
    }
    if (m_operation == Operation::Pull && m_reply->error() == QNetworkReply::NoError) {
        onData(); // whatever arrived with the end
    }
    if (m_ended) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled) {
        fail(tr("The pull of %1 was cancelled; pulling it again goes on from where it stopped.").arg(m_model));
        return;
    }
    if (status >= 400 || (m_reply->error() != QNetworkReply::NoError && status == 0)) {
        const QByteArray body = m_reply->readAll();
        QString why = QJsonDocument::fromJson(body).object().value("error"_L1).toString();
        if (why.isEmpty()) {
            why = status > 0 ? tr("HTTP %1").arg(status) : m_reply->errorString();
        }
        fail(m_operation == Operation::Pull ? tr("Ollama could not pull %1: %2").arg(m_model, why)
                                            : tr("Ollama could not delete %1: %2").arg(m_model, why));
        return;
    }
    if (m_operation == Operation::Pull && !m_succeeded) {
        fail(tr("The pull of %1 ended before Ollama said it succeeded.").arg(m_model));
        return;
    }
    m_ended = true;
    m_reply->deleteLater();
    Q_EMIT finished();
}

void OllamaModelJob::fail(const QString &message)
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    if (m_reply) {
        m_reply->abort();
        m_reply->deleteLater();
    }
    Q_EMIT failed(message);
}

} // namespace Quorum
