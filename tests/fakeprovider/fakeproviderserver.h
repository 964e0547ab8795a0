// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include "fakescript.h"
#include "providers/sigv4.h"

namespace Quorum::Fake
{

//! A request the fake server received, for tests to inspect.
struct RecordedRequest {
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; //!< names in lower case
    QByteArray body;
    QJsonObject json;
    Protocol protocol = Protocol::OpenAiChat;
    QString model;
};

/*!
 * A fake LLM provider on 127.0.0.1 that speaks every protocol Quorum does, byte for byte
 * (tests/fakeprovider/fakeprotocols.cpp), chosen by the request path:
 *
 *   POST .../chat/completions          OpenAI Chat (Azure under /openai/deployments/)
 *   POST .../responses                 OpenAI Responses
 *   POST /v1/messages                  Anthropic
 *   POST /v1beta/models/M:streamGenerateContent   Gemini
 *   POST /api/chat                     Ollama
 *   POST /model/ID/converse-stream     AWS Bedrock (event-stream frames; SigV4 checked)
 *   GET  .../models, /v1beta/models, /api/tags    model lists
 *   GET  /foundation-models, /inference-profiles, /prompt-routers   Bedrock's control plane
 *   GET  /searxng/search, /res/v1/web/search; POST /tavily/search   web search: SearXNG,
 *        Brave, Tavily (searchUrl(); their results, refusals and errors as each sends them)
 *
 * The answer to each chat request is a Script: queued for a model (scriptFor), queued for
 * any request (enqueue), or read from the model name for manual runs
 * ("fake+deltas=20000+delay=1", see Script::fromModelName). A required key can be set per
 * protocol header; requests without it get the provider's own 401.
 */
class FakeProviderServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProviderServer)

public:
    explicit FakeProviderServer(QObject *parent = nullptr);
    ~FakeProviderServer() override;

    //! Listens on 127.0.0.1:\a port (0: any free port).
    bool listen(quint16 port = 0);
    quint16 port() const;
    //! The base URL a client of \a protocol is configured with (with /v1 where the SDKs use it).
    QUrl baseUrl(Protocol protocol) const;

    void enqueue(const Script &script);
    void enqueueFor(const QString &model, const Script &script);
    void setModels(const QStringList &models) { m_models = models; }
    //! What listed models read, said in the lists of the protocols that say it (modelsBody()).
    void setModelReads(const QHash<QString, QString> &reads) { m_modelReads = reads; }
    //! Requests without this key (in the protocol's auth header) get a 401.
    void setRequiredKey(const QString &key) { m_requiredKey = key; }
    /*!
     * Bedrock requests must be signed (SigV4, service bedrock, \a region) with these
     * credentials, signed less than 5 minutes ago; others get Bedrock's 403 with
     * InvalidSignatureException or UnrecognizedClientException. A required key (setRequiredKey)
     * is a Bedrock API key instead.
     */
    void setAwsCredentials(const AwsCredentials &credentials, const QString &region)
    {
        m_aws = credentials;
        m_awsRegion = region;
    }
    //! ListPromptRouters answers AccessDeniedException (an IAM policy without it).
    void setPromptRoutersDenied(bool denied) { m_promptRoutersDenied = denied; }
    //! Treat plain OpenAI Chat requests as this flavour (Mistral, OpenRouter).
    void setChatFlavour(Protocol flavour) { m_chatFlavour = flavour; }

    //! Where the fake serves web search \a service ("searxng", "brave", "tavily").
    QUrl searchUrl(const QString &service) const;
    //! The key Brave's and Tavily's searches need (Brave answers 422 without it, Tavily 401).
    void setSearchKey(const QString &key) { m_searchKey = key; }
    //! SearXNG answers JSON only when the instance enables it: otherwise 403, as it does.
    void setSearxngJson(bool served) { m_searxngJson = served; }
    //! The web searches received, oldest first (not among requests()).
    QList<RecordedRequest> searches() const { return m_searches; }

    QList<RecordedRequest> requests() const { return m_requests; }
    //! The chat requests (POST) sent to \a model (empty: to any model), oldest first.
    QList<RecordedRequest> requestsFor(const QString &model) const
    {
        QList<RecordedRequest> found;
        for (const RecordedRequest &r : m_requests) {
            if (r.method == "POST" && (model.isEmpty() || r.model == model)) {
                found.append(r);
            }
        }
        return found;
    }
    //! Every chat request (POST), oldest first.
    QList<RecordedRequest> chatRequests() const { return requestsFor({}); }
    void clearRequests()
    {
        m_requests.clear();
        m_searches.clear();
    }
    //! Text deltas written so far to requests for \a model (counted per event; exact when
    //! the script uses neither chunkSize nor splitAt).
    int textDeltasSent(const QString &model) const { return m_textSent.value(model); }
    int chatRequestCount() const;
    int openConnections() const { return m_openConnections; }
    //! The most connections that were open at once since the last reset.
    int maxOpenConnections() const { return m_maxOpenConnections; }
    void resetMaxOpenConnections() { m_maxOpenConnections = m_openConnections; }

    //! A script described by a model name: "fake+deltas=N+delay=MS+chunk=N+status=N+..."
    static Script scriptFromModelName(const QString &model);

Q_SIGNALS:
    void requestReceived(const Quorum::Fake::RecordedRequest &request);

private:
    friend class Connection;
    Script takeScript(const QString &model);
    void record(const RecordedRequest &request);

    QTcpServer m_server;
    QList<Script> m_queue;
    QHash<QString, QList<Script>> m_byModel;
    QHash<QString, int> m_textSent;
    QList<RecordedRequest> m_requests;
    QList<RecordedRequest> m_searches;
    QString m_searchKey;
    bool m_searxngJson = true;
    QStringList m_models {QStringLiteral("fake-small"), QStringLiteral("fake-large")};
    QHash<QString, QString> m_modelReads;
    QString m_requiredKey;
    AwsCredentials m_aws;
    QString m_awsRegion;
    bool m_promptRoutersDenied = false;
    Protocol m_chatFlavour = Protocol::OpenAiChat;
    int m_openConnections = 0;
    int m_maxOpenConnections = 0;
};

} // namespace Quorum::Fake
