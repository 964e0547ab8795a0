// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/websearchcommand.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include "cli/clicontext.h"
#include "cli/subcommandparser.h"
#include "secrets/secretstore.h"
#include "tools/mcpconfig.h"
#include "tools/websearch.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

int WebSearchCommand::run(const CliContext &context, const QStringList &arguments)
{
    return SubcommandParser::runAction(context,
        u"websearch"_s,
        arguments,
        {{u"show"_s, &WebSearchCommand::show},
            {u"set"_s, &WebSearchCommand::set},
            {u"off"_s, &WebSearchCommand::off},
            {u"run"_s, &WebSearchCommand::search}},
        tr("Usage: quorum websearch set|show|off|run ...\n\n"
           "  set searxng --url URL            a SearXNG instance (its JSON format enabled)\n"
           "  set brave | set tavily           a hosted API; its key is read from standard input\n"
           "      [--results N] [--tag TAG] [--approval allow|ask|deny]\n"
           "  show [--json]                    the service set, and whether its key is there\n"
           "  off                              no web search (the key is removed)\n"
           "  run [--json] QUERY               search now and print the results\n\n"
           "Models search with it when a conversation's tools include it: quorum ask --search tool\n"
           "(a tool they may call) or --search shared (one search per prompt, the same results for\n"
           "every model).\n"));
}

int WebSearchCommand::set(const CliContext &context, const QStringList &arguments)
{
    const QString command = u"websearch set"_s;
    SubcommandParser sub(command,
        tr("SERVICE [--url URL] [--results N] [--tag TAG ...] [--approval allow|ask|deny]"),
        tr("Sets the web search service: searxng (an instance's URL), brave or tavily (an API key, read from "
           "standard input and kept in the system keychain, never in a file)."));
    const QCommandLineOption urlOption(
        u"url"_s, tr("SearXNG: the instance. Brave, Tavily: another address of their API (a proxy)."), tr("url"));
    const QCommandLineOption resultsOption(
        u"results"_s, tr("How many results a search returns (1-20, default 5)."), tr("n"));
    const QCommandLineOption tagOption(u"tag"_s,
        tr("A tag of the service for the rules (repeatable): \"local\" for a SearXNG of your own lets searches "
           "hold what only local accounts may see."),
        tr("tag"));
    const QCommandLineOption approvalOption(
        u"approval"_s, tr("When a model calls the search: allow, ask (default) or deny."), tr("approval"));
    sub.parser().addOptions({urlOption, resultsOption, tagOption, approvalOption});
    sub.parser().addPositionalArgument(u"SERVICE"_s, tr("searxng, brave or tavily."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QStringList positional = sub.parser().positionalArguments();
    const auto service = WebSearchConfig::serviceFromName(positional.value(0));
    if (positional.size() != 1 || !service || *service == WebSearchConfig::Service::None) {
        return context.usageError(command, tr("expected one SERVICE: searxng, brave or tavily"));
    }
    WebSearchConfig config;
    config.service = *service;
    if (sub.parser().isSet(urlOption)) {
        config.url = QUrl(sub.parser().value(urlOption), QUrl::StrictMode);
        if (!config.url.isValid() || (config.url.scheme() != "http"_L1 && config.url.scheme() != "https"_L1)) {
            return context.usageError(command, tr("--url needs an http or https URL"));
        }
    } else if (config.service == WebSearchConfig::Service::SearXng) {
        return context.usageError(command, tr("searxng needs --url: the instance's address"));
    }
    if (sub.parser().isSet(resultsOption)) {
        bool ok = false;
        config.maxResults = sub.parser().value(resultsOption).toInt(&ok);
        if (!ok || config.maxResults < 1 || config.maxResults > 20) {
            return context.usageError(command, tr("--results is 1 to 20"));
        }
    }
    config.tags = sub.parser().values(tagOption);
    if (sub.parser().isSet(approvalOption)) {
        const auto approval = toolApprovalFromName(sub.parser().value(approvalOption));
        if (!approval) {
            return context.usageError(command, tr("--approval is allow, ask or deny"));
        }
        config.approval = *approval;
    }
    McpConfig file(context.paths().dataDir());
    if (const auto loaded = file.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    KeychainSecretStore keychain;
    if (config.needsKey()) {
        // The key first: a service is never set without what it needs.
        const QString key
            = context.readSecret(tr("API key for %1: ").arg(WebSearchConfig::displayName(config.service)));
        if (key.isEmpty()) {
            return context.usageError(command, tr("no API key was given on standard input"));
        }
        if (auto written = keychain.writeBlocking(McpConfig::webSearchSecretKey(), key); !written) {
            return context.failure(command,
                tr("the API key stays out of files, and the keychain cannot keep it: %1").arg(written.error().message));
        }
    } else {
        (void)keychain.removeBlocking(McpConfig::webSearchSecretKey());
    }
    file.setWebSearch(config);
    if (const auto saved = file.save(); !saved) {
        return context.failure(command, saved.error());
    }
    context.out() << tr("Web search: %1%2")
                         .arg(WebSearchConfig::displayName(config.service),
                             config.url.isEmpty() ? QString() : u" ("_s + config.url.toString() + u')')
                  << '\n'
                  << tr("Try it: quorum websearch run \"a question\"") << Qt::endl;
    return ExitOk;
}

int WebSearchCommand::show(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"websearch show"_s, tr("[--json]"), tr("Shows the web search service."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON object."));
    sub.parser().addOption(jsonOption);
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    McpConfig file(context.paths().dataDir());
    if (const auto loaded = file.load(); !loaded) {
        return context.failure(u"websearch show"_s, loaded.error());
    }
    const WebSearchConfig &config = file.webSearch();
    QString key = u"not_needed"_s;
    if (config.needsKey()) {
        KeychainSecretStore keychain;
        const auto stored = keychain.readBlocking(McpConfig::webSearchSecretKey());
        key = stored && !stored->isEmpty() ? u"set"_s : u"missing"_s;
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonObject json {{"service"_L1, WebSearchConfig::serviceName(config.service)}};
        if (config.configured()) {
            json.insert("url"_L1, config.endpoint().toString());
            json.insert("max_results"_L1, config.maxResults);
            json.insert("tags"_L1, QJsonArray::fromStringList(config.tags));
            json.insert("approval"_L1, toolApprovalName(config.approval));
            json.insert("key"_L1, key);
        }
        context.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    if (!config.configured()) {
        context.out() << tr("No web search is set up (quorum websearch set).") << Qt::endl;
        return ExitOk;
    }
    context.out() << tr("Service:  %1").arg(WebSearchConfig::displayName(config.service)) << '\n'
                  << tr("Address:  %1").arg(config.endpoint().toString()) << '\n'
                  << tr("Results:  %1").arg(config.maxResults) << '\n'
                  << tr("Tags:     %1").arg(config.tags.isEmpty() ? tr("(none)") : config.tags.join(u", "_s)) << '\n'
                  << tr("Approval: %1").arg(toolApprovalName(config.approval)) << '\n';
    if (config.needsKey()) {
        context.out() << (key == "set"_L1 ? tr("API key:  in the keychain")
                                          : tr("API key:  missing (quorum websearch set)"))
                      << '\n';
    }
    context.out().flush();
    return ExitOk;
}

int WebSearchCommand::off(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"websearch off"_s, QString(), tr("Turns web search off and removes its API key."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    McpConfig file(context.paths().dataDir());
    if (const auto loaded = file.load(); !loaded) {
        return context.failure(u"websearch off"_s, loaded.error());
    }
    const bool hadKey = file.webSearch().needsKey();
    file.setWebSearch({});
    if (const auto saved = file.save(); !saved) {
        return context.failure(u"websearch off"_s, saved.error());
    }
    if (hadKey) {
        KeychainSecretStore keychain;
        (void)keychain.removeBlocking(McpConfig::webSearchSecretKey());
    }
    context.out() << tr("Web search is off.") << Qt::endl;
    return ExitOk;
}

int WebSearchCommand::search(const CliContext &context, const QStringList &arguments)
{
    const QString command = u"websearch run"_s;
    SubcommandParser sub(
        command, tr("[--json] QUERY"), tr("Searches the web with the service set, and prints the results."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON object."));
    sub.parser().addOption(jsonOption);
    sub.parser().addPositionalArgument(u"QUERY"_s, tr("What to search for."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString query = sub.parser().positionalArguments().join(u' ').simplified();
    if (query.isEmpty()) {
        return context.usageError(command, tr("expected a QUERY"));
    }
    McpConfig file(context.paths().dataDir());
    if (const auto loaded = file.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    if (!file.webSearch().configured()) {
        return context.failure(command, tr("no web search service is set up (quorum websearch set)"));
    }
    KeychainSecretStore keychain;
    QStringList problems;
    const WebSearchConfig config = McpConfig::webSearchWithKey(file.webSearch(), keychain, &problems);
    QNetworkAccessManager network;
    WebSearch searcher(&network, config);
    QEventLoop loop;
    QList<WebResult> found;
    QString why;
    QObject::connect(&searcher, &WebSearch::finished, &loop, [&](qint64, const QList<WebResult> &results, qint64) {
        found = results;
        loop.quit();
    });
    QObject::connect(&searcher, &WebSearch::failed, &loop, [&](qint64, const QString &reason) {
        why = reason;
        loop.quit();
    });
    searcher.search(query);
    loop.exec();
    if (!why.isEmpty()) {
        return context.failure(command, why);
    }
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray results;
        for (const WebResult &result : std::as_const(found)) {
            results.append(
                QJsonObject {{"title"_L1, result.title}, {"url"_L1, result.url}, {"snippet"_L1, result.snippet}});
        }
        context.printUtf8Line(QJsonDocument(QJsonObject {{"query"_L1, query},
                                                {"service"_L1, WebSearchConfig::serviceName(config.service)},
                                                {"results"_L1, results}})
                .toJson(QJsonDocument::Compact));
        return ExitOk;
    }
    context.out() << WebSearchWire::format(query, found) << Qt::endl;
    return ExitOk;
}

} // namespace Quorum
