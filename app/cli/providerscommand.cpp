// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/providerscommand.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

#include "attachments/capabilities.h"
#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/interruptwatcher.h"
#include "cli/subcommandparser.h"
#include "common/settings.h"
#include "providers/awscredentials.h"
#include "providers/bedrockadapter.h"
#include "providers/modellister.h"
#include "providers/ollamamodeljob.h"
#include "providers/providerconfig.h"
#include "providers/proxysetting.h"
#include "secrets/apikeys.h"
#include "secrets/secretstore.h"
#include "storage/database.h"
#include "storage/modelstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString kindChoices()
{
    QStringList names;
    for (const ProviderPreset &preset : ProviderPreset::all()) {
        names << preset.id;
    }
    return names.join(u'|');
}

// "set", "missing" or "not_needed" (the --json contract of #3), and where a set key comes from.
// For Bedrock without a stored key, "aws" (the credential chain found credentials).
QPair<QString, QString> keyStatus(ProviderAccount account, SecretStore &secrets)
{
    const KeyLookup lookup = loadApiKey(account, secrets);
    switch (lookup.source) {
    case KeyLookup::Source::NotNeeded:
        if (account.kind == ProviderKind::Bedrock) {
            return BedrockAdapter(account).identity() ? QPair {u"set"_s, u"aws"_s} : QPair {u"missing"_s, QString()};
        }
        return {u"not_needed"_s, QString()};
    case KeyLookup::Source::Missing:
        return {u"missing"_s, QString()};
    case KeyLookup::Source::Environment:
    case KeyLookup::Source::Session:
    case KeyLookup::Source::Keychain:
        break;
    }
    return {u"set"_s, KeyLookup::sourceName(lookup.source)};
}

//! What a model reads and who says so: {"images", "pdfs", "source": chosen|listed|built-in}.
QJsonObject readsJson(const ProviderAccount &account, const QString &model, const ModelReads &known)
{
    const ModelCapabilities reads = capabilitiesFor(account, model, known.listed, known.chosen);
    const QString source = known.chosen ? u"chosen"_s : known.listed ? u"listed"_s : u"built-in"_s;
    return {{"images"_L1, reads.images}, {"pdfs"_L1, reads.pdfs}, {"source"_L1, source}};
}
} // namespace

int ProvidersCommand::runProviders(const CliContext &context, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == "add"_L1) {
        return add(context, rest);
    }
    if (action == "list"_L1) {
        return list(context, rest);
    }
    if (action == "remove"_L1) {
        return remove(context, rest);
    }
    if (action == "set-key"_L1) {
        return setKey(context, rest);
    }
    if (action.isEmpty() || action == "--help"_L1 || action == "-h"_L1) {
        context.out() << tr(
            "Usage: quorum providers add|list|remove|set-key ...\n\n"
            "  add ID --kind KIND [--base-url URL] [--api-key-env VAR]   add or replace an account\n"
            "  add ID --kind bedrock --region REGION [--profile NAME]    an AWS Bedrock account\n"
            "  list [--json]                                             list the accounts\n"
            "  remove ID                                                 remove an account and its key\n"
            "  set-key ID                                                store its API key in the system\n"
            "                                                            keychain (read from standard input)\n");
        context.out().flush();
        return action.isEmpty() ? ExitUsage : ExitOk;
    }
    return context.usageError(u"providers"_s, tr("unknown action '%1' (add, list, remove or set-key)").arg(action));
}

int ProvidersCommand::add(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"providers add"_s,
        tr("[options] ID"),
        tr("Adds a provider account, or replaces the one with the same ID. Keys are not stored: "
           "Quorum reads them from the environment variable named by --api-key-env (default: "
           "the provider's usual one, such as OPENAI_API_KEY)."));
    QCommandLineParser &parser = sub.parser();
    const QCommandLineOption kindOption(u"kind"_s, tr("The provider: %1.").arg(kindChoices()), tr("kind"));
    const QCommandLineOption urlOption(
        u"base-url"_s, tr("The API base URL (default: the provider's public one)."), tr("url"));
    const QCommandLineOption envOption(u"api-key-env"_s, tr("Environment variable that holds the API key."), tr("var"));
    const QCommandLineOption versionOption(
        u"api-version"_s, tr("Azure OpenAI api-version (default 2024-10-21)."), tr("version"));
    const QCommandLineOption responsesOption(u"responses"_s, tr("OpenAI: use the Responses API (/v1/responses)."));
    const QCommandLineOption concurrentOption(
        u"max-concurrent"_s, tr("Requests at a time to this account (0: no limit)."), tr("n"));
    const QCommandLineOption headerOption(
        u"header"_s, tr("An extra HTTP header, \"Name: value\" (repeatable)."), tr("header"));
    const QCommandLineOption proxyOption(u"proxy"_s,
        tr("This account's proxy: system, none, http://HOST:PORT or socks5://HOST:PORT (default: the global one)."),
        tr("proxy"));
    const QCommandLineOption timeoutOption(u"timeout"_s,
        tr("Seconds to wait for the response to start (default 60; slow local models need more)."),
        tr("s"));
    const QCommandLineOption regionOption(u"region"_s,
        tr("Bedrock: the AWS region, such as eu-west-1 (default: AWS_REGION or AWS_DEFAULT_REGION)."),
        tr("region"));
    const QCommandLineOption profileOption(u"profile"_s,
        tr("Bedrock: the AWS profile (in ~/.aws/credentials or ~/.aws/config) to sign with (default: the "
           "environment's keys, AWS_PROFILE, then \"default\")."),
        tr("name"));
    const QCommandLineOption modelsUrlOption(u"models-url"_s,
        tr("Bedrock: the control-plane URL for model lists (default: https://bedrock.REGION.amazonaws.com)."),
        tr("url"));
    const QCommandLineOption noStreamOption(u"no-stream"_s,
        tr("Bedrock: call Converse (the whole answer at once) instead of ConverseStream, for models that do not "
           "stream or proxies that hold streams back."));
    const QCommandLineOption tagOption(u"tag"_s,
        tr("A label for routing rules, such as eu or no-training (repeatable; an account on this machine is "
           "also \"local\")."),
        tr("tag"));
    parser.addOptions({kindOption,
        urlOption,
        envOption,
        versionOption,
        responsesOption,
        concurrentOption,
        headerOption,
        proxyOption,
        timeoutOption,
        regionOption,
        profileOption,
        modelsUrlOption,
        noStreamOption,
        tagOption});
    parser.addPositionalArgument(u"ID"_s, tr("A name for the account, such as work-openai."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"providers add"_s;
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one ID"));
    }
    if (!parser.isSet(kindOption)) {
        return context.usageError(command, tr("--kind is required (%1)").arg(kindChoices()));
    }
    auto account = ProviderAccount::create(parser.positionalArguments().first(), parser.value(kindOption));
    if (!account) {
        return context.usageError(command, tr("unknown kind '%1' (%2)").arg(parser.value(kindOption), kindChoices()));
    }
    const bool bedrock = account->kind == ProviderKind::Bedrock;
    if (!bedrock) {
        for (const QCommandLineOption *option : {&regionOption, &profileOption, &modelsUrlOption, &noStreamOption}) {
            if (parser.isSet(*option)) {
                return context.usageError(command, tr("--%1 is for --kind bedrock").arg(option->names().constFirst()));
            }
        }
    } else {
        const QString region
            = parser.isSet(regionOption) ? parser.value(regionOption) : AwsCredentialChain::environmentRegion();
        if (region.isEmpty()) {
            return context.usageError(command, tr("Bedrock needs --region, such as eu-west-1"));
        }
        *account = ProviderAccount::bedrock(account->id, region);
        account->awsProfile = parser.value(profileOption);
        account->stream = !parser.isSet(noStreamOption);
        if (parser.isSet(modelsUrlOption)) {
            account->modelsUrl = QUrl(parser.value(modelsUrlOption), QUrl::StrictMode);
        }
    }
    if (parser.isSet(urlOption)) {
        account->baseUrl = QUrl(parser.value(urlOption), QUrl::StrictMode);
        if (account->kind == ProviderKind::OpenAi && account->preset.isEmpty()) {
            account->preset = ProviderPreset::presetForOpenAiUrl(account->baseUrl);
        }
    } else if (account->kind == ProviderKind::Azure) {
        return context.usageError(command, tr("Azure needs --base-url https://RESOURCE.openai.azure.com"));
    }
    account->apiKeyEnv = parser.value(envOption);
    if (parser.isSet(versionOption)) {
        account->apiVersion = parser.value(versionOption);
    }
    account->useResponsesApi = parser.isSet(responsesOption);
    if (parser.isSet(concurrentOption)) {
        bool ok = false;
        account->maxConcurrent = parser.value(concurrentOption).toInt(&ok);
        if (!ok || account->maxConcurrent < 0) {
            return context.usageError(command, tr("--max-concurrent needs a number of 0 or more"));
        }
    }
    for (const QString &header : parser.values(headerOption)) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0) {
            return context.usageError(command, tr("a header is \"Name: value\", not '%1'").arg(header));
        }
        account->extraHeaders.append(
            {header.first(colon).trimmed().toLatin1(), header.sliced(colon + 1).trimmed().toLatin1()});
    }
    if (parser.isSet(proxyOption)) {
        const auto proxy = ProxySetting::parse(parser.value(proxyOption));
        if (!proxy) {
            return context.usageError(command, proxy.error());
        }
        account->proxy = *proxy;
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        account->timeoutSeconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok || account->timeoutSeconds <= 0 || account->timeoutSeconds > 3600) {
            return context.usageError(command, tr("--timeout needs seconds from 1 to 3600"));
        }
    }
    for (const QString &tag : parser.values(tagOption)) {
        const QString t = tag.trimmed();
        if (t.isEmpty() || t.contains(u',') || t.contains(u' ')) {
            return context.usageError(command, tr("a tag is one word, such as eu or no-training, not '%1'").arg(tag));
        }
        if (!account->tags.contains(t)) {
            account->tags.append(t);
        }
    }
    if (const QString problem = account->validate(); !problem.isEmpty()) {
        return context.usageError(command, problem);
    }

    ProviderConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    config.upsert(*account);
    if (const auto saved = config.save(); !saved) {
        return context.failure(command, saved.error());
    }
    context.out() << tr("Added %1 (%2, %3).").arg(account->id, kindName(account->kind), account->baseUrl.toString())
                  << '\n';
    KeychainSecretStore secrets;
    if (bedrock) {
        ProviderAccount withKey = *account;
        loadApiKey(withKey, secrets);
        const BedrockAdapter adapter(withKey);
        if (adapter.identity()) {
            context.out() << tr("Requests are signed with %1.").arg(adapter.identity()->source) << '\n';
        } else {
            context.out() << tr("No AWS credentials for %1 yet: %2.").arg(account->id, adapter.identity().error())
                          << '\n'
                          << tr("Or store an access key (ACCESS_KEY_ID:SECRET) or a Bedrock API key with: quorum "
                                "providers set-key %1")
                                 .arg(account->id)
                          << '\n';
        }
    } else if (const KeyLookup lookup = loadApiKey(*account, secrets); lookup.source == KeyLookup::Source::Missing) {
        context.out() << tr("Store its key with: quorum providers set-key %1 (or set the environment variable %2).")
                             .arg(account->id, account->effectiveKeyEnv())
                      << '\n';
    }
    context.out().flush();
    return ExitOk;
}

int ProvidersCommand::list(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"providers list"_s, tr("[--json]"), tr("Lists the provider accounts."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON array."));
    sub.parser().addOption(jsonOption);
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    ProviderConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(u"providers list"_s, loaded.error());
    }
    const QList<ProviderAccount> accounts = config.accounts();
    KeychainSecretStore secrets;
    if (sub.parser().isSet(jsonOption)) {
        QJsonArray array;
        for (const ProviderAccount &account : accounts) {
            QJsonObject json = account.toJson();
            json.insert("api_key_env"_L1, account.needsKey() ? account.effectiveKeyEnv() : QString());
            const auto [status, source] = keyStatus(account, secrets);
            json.insert("key_status"_L1, status);
            json.insert("key_source"_L1, source.isEmpty() ? QJsonValue() : QJsonValue(source));
            json.insert("max_concurrent"_L1, account.effectiveMaxConcurrent());
            json.insert("enabled"_L1, account.enabled);
            json.insert("built_in"_L1, config.isBuiltIn(account.id));
            json.insert("tags"_L1, QJsonArray::fromStringList(account.effectiveTags()));
            array.append(json);
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        context.out().flush();
        return ExitOk;
    }
    qsizetype urlWidth = 44; // columns line up however long a URL is (Bedrock's are long)
    for (const ProviderAccount &account : accounts) {
        urlWidth = qMax(urlWidth, account.baseUrl.toString().size());
    }
    for (const ProviderAccount &account : accounts) {
        const auto [status, source] = keyStatus(account, secrets);
        QString key;
        if (status == "not_needed"_L1) {
            key = tr("no key needed");
        } else if (source == "keychain"_L1) {
            key = tr("key in the keychain");
        } else if (source == "aws"_L1) {
            key = tr("AWS credentials from ~/.aws or the environment");
        } else if (status == "set"_L1) {
            key = tr("key in %1").arg(account.effectiveKeyEnv());
        } else if (account.kind == ProviderKind::Bedrock) {
            key = tr("no AWS credentials: quorum providers set-key %1, or configure the AWS CLI").arg(account.id);
        } else {
            key = tr("key missing: quorum providers set-key %1").arg(account.id);
        }
        context.out() << account.id.leftJustified(18) << ' ' << kindName(account.kind).leftJustified(10) << ' '
                      << account.baseUrl.toString().leftJustified(urlWidth) << ' ' << key;
        if (const QStringList tags = account.effectiveTags(); !tags.isEmpty()) {
            context.out() << u" ["_s << tags.join(u", "_s) << u']';
        }
        context.out() << '\n';
    }
    context.out().flush();
    return ExitOk;
}

int ProvidersCommand::remove(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"providers remove"_s, tr("ID"), tr("Removes a provider account."));
    sub.parser().addPositionalArgument(u"ID"_s, tr("The account to remove."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"providers remove"_s;
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one ID"));
    }
    const QString id = sub.parser().positionalArguments().first();
    ProviderConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    if (!config.remove(id)) {
        if (id == "ollama"_L1) {
            return context.failure(command, tr("the built-in Ollama account cannot be removed"));
        }
        return context.failure(command, tr("no provider '%1'").arg(id));
    }
    if (const auto saved = config.save(); !saved) {
        return context.failure(command, saved.error());
    }
    // Its key goes too (nothing stored is no error).
    if (auto forgotten = KeychainSecretStore().removeBlocking(id);
        !forgotten && forgotten.error().kind != SecretError::Kind::NoKeychain) {
        context.err() << tr("Warning: %1").arg(forgotten.error().message) << Qt::endl;
    }
    context.out() << tr("Removed %1.").arg(id) << Qt::endl;
    return ExitOk;
}

int ProvidersCommand::setKey(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"providers set-key"_s,
        tr("ID"),
        tr("Stores the API key of a provider account in the system keychain (Secret Service, KWallet, "
           "macOS Keychain or Windows Credential Store). The key is read from standard input, "
           "without echo on a terminal; it is never written to a file or printed. For Bedrock: a "
           "Bedrock API key, or an access key as ACCESS_KEY_ID:SECRET_ACCESS_KEY."));
    sub.parser().addPositionalArgument(u"ID"_s, tr("The provider account."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"providers set-key"_s;
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one ID"));
    }
    const QString id = sub.parser().positionalArguments().first();
    ProviderConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    const auto account = config.find(id);
    if (!account) {
        return context.usageError(command, tr("no provider '%1' (see quorum providers list)").arg(id));
    }
    const QString key = context.readSecret(tr("API key for %1: ").arg(id));
    if (key.isEmpty()) {
        return context.usageError(command, tr("no key on standard input"));
    }
    KeychainSecretStore secrets;
    if (auto stored = secrets.writeBlocking(id, key); !stored) {
        QString message = stored.error().message;
        if (stored.error().kind == SecretError::Kind::NoKeychain) {
            message += u'\n'
                + tr("Quorum does not write keys to files. Set the environment variable %1 instead (for "
                     "example in your shell's profile), or start a keychain such as gnome-keyring or KWallet.")
                      .arg(account->effectiveKeyEnv().isEmpty() ? u"(see providers add --api-key-env)"_s
                                                                : account->effectiveKeyEnv());
        }
        return context.failure(command, message);
    }
    context.out() << tr("Stored the key of %1 in %2.").arg(id, secrets.description()) << Qt::endl;
    return ExitOk;
}

int ProvidersCommand::pullOrDelete(const CliContext &context, const QStringList &arguments, bool pull)
{
    const QString command = pull ? u"models pull"_s : u"models delete"_s;
    SubcommandParser sub(command,
        tr("ID/MODEL"),
        pull ? tr("Pulls a model into an Ollama account (e.g. ollama/llama3.2), with its progress; Ctrl+C "
                  "cancels, and pulling again goes on from where it stopped.")
             : tr("Deletes a model from an Ollama account (e.g. ollama/llama3.2)."));
    sub.parser().addPositionalArgument(u"ID/MODEL"_s, tr("The Ollama account and the model."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QStringList positional = sub.parser().positionalArguments();
    const QString target = positional.value(0);
    const qsizetype slash = target.indexOf(u'/');
    if (positional.size() != 1 || slash <= 0 || slash == target.size() - 1) {
        return context.usageError(command, tr("expected one ID/MODEL, e.g. ollama/llama3.2"));
    }
    ProviderConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    auto account = config.find(target.left(slash));
    if (!account) {
        return context.usageError(command, tr("no provider '%1' (see quorum providers list)").arg(target.left(slash)));
    }
    KeychainSecretStore secrets;
    loadApiKey(*account, secrets);
    const Settings appSettings(context.paths().settingsFile());
    applyNetworkDefaults(*account, appSettings.networkTimeoutSeconds(), appSettings.networkHeaders());
    QNetworkAccessManager network;
    installProviderProxies(
        network, {*account}, ProxySetting::parse(appSettings.networkProxy()).value_or(ProxySetting {}));
    const QString model = target.mid(slash + 1);
    OllamaModelJob job(
        &network, *account, pull ? OllamaModelJob::Operation::Pull : OllamaModelJob::Operation::Delete, model);
    QEventLoop loop;
    int status = ExitOk;
    QString lastStatus;
    int lastPercent = -1;
    QObject::connect(&job, &OllamaModelJob::progress, &loop, [&](const QString &step, qint64 done, qint64 total) {
        // A line per step, and per tenth of a layer: readable in a log as on a terminal.
        const int percent = total > 0 ? static_cast<int>(done * 100 / total) : -1;
        if (step == lastStatus && (percent < 0 || percent / 10 == lastPercent / 10)) {
            return;
        }
        lastStatus = step;
        lastPercent = percent;
        context.err() << (percent >= 0
                ? tr("%1: %2% of %3 MB").arg(step).arg(percent).arg(double(total) / 1e6, 0, 'f', 1)
                : step)
                      << Qt::endl;
    });
    QObject::connect(&job, &OllamaModelJob::finished, &loop, [&] {
        context.err() << (pull ? tr("Pulled %1.") : tr("Deleted %1.")).arg(target) << Qt::endl;
        loop.quit();
    });
    QObject::connect(&job, &OllamaModelJob::failed, &loop, [&](const QString &message) {
        status = context.failure(command, message);
        loop.quit();
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &job, &OllamaModelJob::cancel);
    QMetaObject::invokeMethod(&job, &OllamaModelJob::start, Qt::QueuedConnection);
    loop.exec();
    return status;
}

int ProvidersCommand::reads(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"models reads"_s,
        tr("[--json] ID MODEL [text|image|pdf|image,pdf|auto]"),
        tr("Shows what a model reads besides text, and whether the provider's list, the built-in table or "
           "your choice says so; with WHAT, sets your choice for that model (auto: no choice of yours)."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON object."));
    sub.parser().addOption(jsonOption);
    sub.parser().addPositionalArgument(u"ID"_s, tr("The provider account."));
    sub.parser().addPositionalArgument(u"MODEL"_s, tr("The model, as the provider names it."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QStringList positional = sub.parser().positionalArguments();
    if (positional.size() < 2 || positional.size() > 3) {
        return context.usageError(u"models reads"_s, tr("expected a provider ID, a model and what it reads"));
    }
    std::optional<std::optional<ModelCapabilities>> choice; // set: the user's new choice (or none)
    if (positional.size() == 3) {
        if (positional.at(2) == "auto"_L1) {
            choice.emplace(std::nullopt);
        } else if (const auto parsed = ModelCapabilities::fromString(positional.at(2)); parsed) {
            choice.emplace(*parsed);
        } else {
            return context.usageError(u"models reads"_s,
                tr("'%1' is not what a model reads: text, image, pdf, image,pdf or auto").arg(positional.at(2)));
        }
    }
    ProviderConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(u"models reads"_s, loaded.error());
    }
    const auto account = config.find(positional.at(0));
    if (!account) {
        return context.usageError(
            u"models reads"_s, tr("no provider '%1' (see quorum providers list)").arg(positional.at(0)));
    }
    const auto database = HistoryCommand::openDatabase(context, u"models reads"_s, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    ModelStore store(*database);
    if (choice) {
        if (auto set = store.setReads(account->id, positional.at(1), *choice); !set) {
            return context.failure(u"models reads"_s, set.error().message);
        }
    }
    const auto known = store.reads(account->id, positional.at(1));
    if (!known) {
        return context.failure(u"models reads"_s, known.error().message);
    }
    const QJsonObject reads = readsJson(*account, positional.at(1), *known);
    if (sub.parser().isSet(jsonOption)) {
        context.out() << QJsonDocument(reads).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const bool images = reads.value("images"_L1).toBool();
        const bool pdfs = reads.value("pdfs"_L1).toBool();
        const QString what = images && pdfs ? tr("images and PDFs")
            : images                        ? tr("images")
            : pdfs                          ? tr("PDFs")
                                            : tr("text only");
        const QString source = reads.value("source"_L1).toString();
        const QString why = source == "chosen"_L1 ? tr("your choice")
            : source == "listed"_L1               ? tr("the provider's model list")
                                                  : tr("Quorum's built-in table");
        context.out() << tr("%1 reads %2 (%3).").arg(positional.at(1), what, why) << '\n';
    }
    context.out().flush();
    return ExitOk;
}

int ProvidersCommand::runModels(const CliContext &context, const QStringList &arguments)
{
    if (arguments.value(0) == "pull"_L1 || arguments.value(0) == "delete"_L1) {
        return pullOrDelete(context, arguments.mid(1), arguments.value(0) == "pull"_L1);
    }
    if (arguments.value(0) == "reads"_L1) {
        return reads(context, arguments.mid(1));
    }
    SubcommandParser sub(u"models"_s,
        tr("[--json] ID | pull ID/MODEL | delete ID/MODEL | reads ID MODEL [WHAT]"),
        tr("Lists the models a provider account offers (and remembers the list); pull and delete get or "
           "remove an Ollama model; reads shows or sets what a model reads besides text."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print a JSON array."));
    sub.parser().addOption(jsonOption);
    sub.parser().addPositionalArgument(u"ID"_s, tr("The provider account."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    if (sub.parser().positionalArguments().size() != 1) {
        return context.usageError(u"models"_s, tr("expected one provider ID"));
    }
    ProviderConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(u"models"_s, loaded.error());
    }
    auto account = config.find(sub.parser().positionalArguments().first());
    if (!account) {
        return context.usageError(u"models"_s,
            tr("no provider '%1' (see quorum providers list)").arg(sub.parser().positionalArguments().first()));
    }
    KeychainSecretStore secrets;
    loadApiKey(*account, secrets);
    const Settings appSettings(context.paths().settingsFile());
    applyNetworkDefaults(*account, appSettings.networkTimeoutSeconds(), appSettings.networkHeaders());

    QNetworkAccessManager network;
    installProviderProxies(
        network, {*account}, ProxySetting::parse(appSettings.networkProxy()).value_or(ProxySetting {}));
    ModelLister lister(&network, *account);
    QEventLoop loop;
    int status = ExitOk;
    QObject::connect(&lister, &ModelLister::finished, &loop, [&](const QList<ModelInfo> &models) {
        // Remembered as the window remembers a listing: what each model reads comes from it.
        const auto database = HistoryCommand::openDatabase(context, u"models"_s, HistoryCommand::Use::Write);
        std::optional<ModelStore> store;
        if (database) {
            store.emplace(*database);
            if (auto stored = store->replace(account->id, models, QDateTime::currentMSecsSinceEpoch()); !stored) {
                context.err() << tr("quorum models: the list was not remembered: %1").arg(stored.error().message)
                              << Qt::endl;
            }
        }
        if (sub.parser().isSet(jsonOption)) {
            QJsonArray array;
            for (const ModelInfo &model : models) {
                const ModelReads known = store
                    ? store->reads(account->id, model.id).value_or(ModelReads {model.reads, {}})
                    : ModelReads {model.reads, {}};
                array.append(QJsonObject {{"id"_L1, model.id},
                    {"name"_L1, model.displayName},
                    {"context_window"_L1, model.contextWindow},
                    {"reads"_L1, readsJson(*account, model.id, known)}});
            }
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        } else {
            for (const ModelInfo &model : models) {
                context.out() << model.id << '\n';
            }
        }
        context.out().flush();
        loop.quit();
    });
    QObject::connect(&lister, &ModelLister::failed, &loop, [&](const StreamError &error) {
        status = context.failure(u"models"_s, error.message);
        loop.quit();
    });
    QMetaObject::invokeMethod(&lister, &ModelLister::start, Qt::QueuedConnection);
    loop.exec();
    return status;
}

} // namespace Quorum
