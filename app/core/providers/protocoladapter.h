// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>

#include "providers/chatrequest.h"
#include "providers/provideraccount.h"
#include "providers/streamdecoder.h"
#include "providers/streamerror.h"
#include "types/modelinfo.h"

namespace Quorum
{

//! One page of a model listing; nextPageToken is empty on the last page.
struct ModelPage {
    QList<ModelInfo> models;
    QString nextPageToken;
    std::optional<StreamError> error;
};

/*!
 * Everything that differs between wire protocols, and nothing else: how to build the
 * streaming request and the model-list request, which decoder reads the stream, and how to
 * read an error body and a model list. Pure (no network), so each adapter is tested on
 * its own; ChatStream and ModelLister do the networking for all of them.
 */
class ProtocolAdapter
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ProtocolAdapter)

public:
    virtual ~ProtocolAdapter();

    static std::unique_ptr<ProtocolAdapter> create(const ProviderAccount &account);

    /*!
     * Why the account cannot be used before anything is sent: incomplete, no key where one is
     * needed, or a key that would go over plain HTTP to another machine.
     */
    virtual std::optional<StreamError> accountProblem() const;

    /*!
     * What \a request asks of this account's model that it does not take, each as one
     * sentence the user reads before anything is sent ("o3 takes no temperature: ..."); empty
     * when the request can go as it is. The rules per protocol are docs/providers.md §13.
     */
    virtual QStringList unsupported(const ChatRequest &request) const;
    //! How an output schema reaches the model (docs/providers.md §13.3).
    enum class SchemaSupport {
        Native,   //!< the provider constrains the answer to the schema
        JsonMode, //!< the provider makes the answer JSON; the shape is in the prompt
        Prompt,   //!< the shape is in the prompt only
    };
    virtual SchemaSupport schemaSupport() const { return SchemaSupport::Prompt; }

    //! The streaming chat request for \a request; its body goes to \a body.
    virtual QNetworkRequest chatRequest(const ChatRequest &request, QByteArray &body) const = 0;
    virtual std::unique_ptr<StreamDecoder> makeDecoder() const = 0;
    //! Reads the body of a non-2xx response (any provider's error shape, or plain text).
    virtual StreamError parseError(int httpStatus, const QByteArray &body) const;
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    /*!
     * A non-2xx response as the user is told about it: the body read by the protocol (with
     * its headers where the protocol puts the error code there), and the retry advice of the
     * headers (Retry-After, retry-after-ms, x-should-retry).
     */
    StreamError errorFromResponse(int httpStatus, const QByteArray &body, const Headers &headers) const;
    virtual QNetworkRequest modelsRequest(const QString &pageToken) const = 0;
    virtual ModelPage parseModels(const QByteArray &body) const = 0;
    /*!
     * Where a model listing goes on when the page for \a pageToken failed with \a error:
     * nothing (the listing fails), or the next token (empty: the listing is complete). For
     * listings made of several parts of which only the first is essential.
     */
    virtual std::optional<QString> pageAfterError(const QString &pageToken, const StreamError &error) const;

    const ProviderAccount &account() const { return m_account; }

    //! \a part as a data URL ("data:image/png;base64,..."), as OpenAI's APIs take files inline.
    static QString dataUrl(const MessagePart &part);
    //! \a part's bytes in base64, as the JSON of every API carries them.
    static QString base64(const MessagePart &part) { return QString::fromLatin1(part.data.toBase64()); }

    //! The model's own name, without a provider prefix ("openai/o3" and "models/x" -> "o3", "x").
    static QString bareModel(const QString &model) { return model.section(u'/', -1).toLower(); }
    //! OpenAI's reasoning models (o1, o3, o4, gpt-5 but its -chat models, gpt-oss, codex).
    static bool isOpenAiReasoningModel(const QString &model);
    //! The rules OpenAI's own API applies to \a request's sampling and reasoning (Chat and
    //! Responses alike; it takes an effort, never a budget).
    static QStringList openAiUnsupported(const ChatRequest &request);
    //! gpt-oss (on Ollama and Bedrock alike) thinks at low, medium or high, never none or minimal.
    static QStringList gptOssUnsupported(const ChatRequest &request);
    //! The rules of Anthropic's extended thinking (its API and Bedrock's Claude models alike).
    static QStringList claudeThinkingUnsupported(const ChatRequest &request);
    //! The thinking budget Claude is sent for \a request (0: none), and its max_tokens.
    static int claudeThinkingBudget(const ChatRequest &request);
    static int claudeMaxTokens(const ChatRequest &request, int defaultMaxTokens);

protected:
    explicit ProtocolAdapter(ProviderAccount account);
    Q_DISABLE_COPY_MOVE(ProtocolAdapter)

    //! The base URL with \a path appended (no doubled or missing slash) and \a query set.
    QUrl endpoint(const QString &path, const QString &query = {}) const;
    //! A request with JSON content type, user agent, timeouts policy and the extra headers.
    QNetworkRequest baseRequest(const QUrl &url, const QByteArray &accept) const;
    //! The error of a response whose headers say more than its body (Bedrock's x-amzn-ErrorType).
    virtual StreamError parseErrorResponse(int httpStatus, const QByteArray &body, const Headers &headers) const;
    //! A ModelPage that carries a Protocol error for an unreadable model list.
    static ModelPage unreadableModels(const QString &why);

    ProviderAccount m_account;
};

} // namespace Quorum
