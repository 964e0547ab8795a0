// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include "providers/toolrunner.h"
#include "tools/mcpserverconfig.h"
#include "tools/websearch.h"

class QNetworkAccessManager;

namespace Quorum
{

class SecretStore;
class ToolSource;
struct McpCallResult;

//! A call waiting for the user's word (docs/tools.md, "Approval").
struct ToolApprovalRequest {
    qint64 id = 0;
    const ChatStream *stream = nullptr; //!< the answer that asks
    QString server;
    QString tool;
    QString name;      //!< as the model called it: SERVER__TOOL
    QString arguments; //!< the arguments, indented JSON where they are JSON
    QString description;
};

/*!
 * The tools of the configured MCP servers and the built-in web search, offered to models and
 * run for them (the ToolRunner the engine gives each answer; docs/tools.md, "The loop"). A
 * server starts the first time an answer may use it and stays up for the next ones; its tools
 * are offered as SERVER__TOOL (the web search as web__search). Each call is approved (allow, ask, deny: the answer's
 * overrides first, then the server's setting per tool, ask by default), run on its server, cut to maxResultCharacters,
 * and passed through the answer's redaction before its model is told. The calls of one
 * answer run one after another; answers run theirs side by side, and an answer waiting for
 * the user's word holds up no other.
 */
class ToolBox final : public ToolRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolBox)

public:
    //! The most of a tool's result a model is told (about 50,000 tokens); the rest is cut.
    static constexpr qsizetype maxResultCharacters = 200'000;

    explicit ToolBox(QObject *parent = nullptr);
    ~ToolBox() override;

    /*!
     * The servers there are (their secrets filled in). A running server whose configuration
     * changed or that is gone is stopped; it starts again when an answer needs it.
     */
    void setServers(const QList<McpServerConfig> &servers);
    QList<McpServerConfig> servers() const;
    /*!
     * The web search (its key filled in): offered as the tool web__search to answers whose
     * scope names the server "web", and run once per turn for shared search. A search running
     * when it changes fails.
     */
    void setWebSearch(QNetworkAccessManager *network, const WebSearchConfig &config);
    //! The web search as set, with the approval "Remember" gave its tool.
    WebSearchConfig webSearch() const;
    /*!
     * Reads the tools' configuration in \a dataDir (mcp.json: the servers and the web
     * search) with their secrets from \a keychain (blocking; none: no secrets) and sets it.
     * The problems met, for the user; or why the file cannot be read (nothing is set then).
     * The window and the CLI both start their tools by this.
     */
    [[nodiscard]] std::expected<QStringList, QString> load(
        const QString &dataDir, SecretStore *keychain, QNetworkAccessManager *network);
    //! The names \a server's tools are offered by (empty until it has started once).
    QStringList offeredNames(const QString &server) const;

    //! Which tools one answer may use, and how.
    struct Scope {
        QStringList servers {}; //!< the servers whose tools it is offered (disabled ones are skipped)
        //! Approval by name (SERVER__TOOL, SERVER__* or the bare tool name): `--allow-tool`,
        //! the rules. It wins over the server's setting.
        QHash<QString, ToolApproval> approvals {};
        //! Tools never offered to this answer's account (SERVER__TOOL names).
        QStringList withheld {};
        //! The same, decided per tool (server, SERVER__TOOL): the rules' tools-only.
        std::function<bool(const QString &server, const QString &name)> withholds {};
        //! What a result goes through before the model is told it (the sensitive-data rules);
        //! it returns the text to send and sets its second argument to what it changed, for
        //! the step's note.
        std::function<QString(const QString &text, QString *note)> redact {};
        //! Shared search (docs/tools.md, "Web search"): one search for every answer given the
        //! same key (the answers of one turn), its results given to each before its prompt.
        struct SharedSearch {
            QString key {};
            QString query {};
        };
        std::optional<SharedSearch> sharedSearch {};
        //! What the search service may be sent of a query (the rules, read for the service's
        //! tags): the query to send (redacted where they say), or why none may be sent.
        std::function<std::expected<QString, QString>(const QString &query)> searchQuery {};
    };
    //! Sets what \a stream may use; without a scope, a stream is offered nothing.
    void setScope(const ChatStream *stream, Scope scope);

    //! The user's word on approval \a id: run the call or refuse it; \a remember sets the
    //! server's setting for the tool (saved by whoever listens to approvalsChanged()).
    void answer(qint64 id, bool allow, bool remember = false);
    //! The calls waiting for the user's word.
    QList<ToolApprovalRequest> pendingApprovals() const;

    //! The name \a tool of \a server is offered by: SERVER__TOOL within every provider's rule.
    static QString offeredName(const QString &server, const QString &tool);

    void offer(ChatStream *stream, Offered ready) override;
    void run(ChatStream *stream, const QList<ToolCall> &calls, Ran done) override;
    void forget(ChatStream *stream) override;

Q_SIGNALS:
    void approvalNeeded(const Quorum::ToolApprovalRequest &request);
    //! Approval \a id was answered, or its answer went away.
    void approvalSettled(qint64 id);
    //! "Remember" changed a server's settings (servers() has them).
    void approvalsChanged();
    //! A server started, failed or changed its tools.
    void serversChanged();

private:
    struct Server;
    struct Answer;
    struct Shared;

    Server *serverFor(const QString &name);
    void startServer(Server &server);
    void settleOffers();
    QList<ToolDefinition> definitionsFor(const Answer &answer, QStringList &problems) const;
    void runNext(const ChatStream *stream);
    void startCall(const ChatStream *stream, Server *server);
    std::shared_ptr<Shared> sharedSearchFor(const Answer &answer);
    void addSharedSearch(const Answer &answer, const Shared &shared, ToolOffer &offer) const;
    void finishCall(const ChatStream *stream, ToolStep step);
    void onCallFinished(Server *server, qint64 call, const McpCallResult &result);
    void onCallFailed(Server *server, qint64 call, const QString &why);
    ToolApproval approvalOf(const Answer &answer, const Server &server, const QString &tool) const;
    static bool withheld(const Answer &answer, const QString &server, const QString &name);

    QHash<QString, std::shared_ptr<Server>> m_servers;
    QHash<const ChatStream *, std::shared_ptr<Answer>> m_answers;
    qint64 m_nextApproval = 1;
    QNetworkAccessManager *m_network = nullptr;
    WebSearchConfig m_webSearch;
    std::unique_ptr<WebSearch> m_searcher;            //!< shared searches, on m_webSearch
    QHash<QString, std::shared_ptr<Shared>> m_shared; //!< by key, the last few turns'
    QStringList m_sharedOrder;
};

} // namespace Quorum

Q_DECLARE_METATYPE(Quorum::ToolApprovalRequest)
