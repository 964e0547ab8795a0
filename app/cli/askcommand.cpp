// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/askcommand.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>

#include <unistd.h>
#endif

#include "chat/fanout.h"
#include "chat/streamrecorder.h"
#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/rulescommand.h"
#include "cli/spendcommand.h"
#include "cli/subcommandparser.h"
#include "common/settings.h"
#include "pricing/pricing.h"
#include "providers/providerconfig.h"
#include "providers/proxysetting.h"
#include "routing/routeenvironment.h"
#include "secrets/apikeys.h"
#include "secrets/secretstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
#ifdef Q_OS_UNIX
// Self-pipe: the SIGINT handler only writes a byte; the event loop does the rest.
int s_signalPipe[2] = {-1, -1};
volatile std::sig_atomic_t s_interrupts = 0;

void onSigint(int)
{
    s_interrupts = s_interrupts + 1;
    if (s_interrupts > 1) {
        _exit(130); // a second Ctrl+C: quit at once
    }
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}
#endif

QString noStoreHint()
{
    return QCoreApplication::translate("Quorum::AskCommand", "To ask without saving the conversation, add --no-store.");
}

QString formatMs(qint64 ms)
{
    return ms < 1000 ? u"%1 ms"_s.arg(ms) : u"%1 s"_s.arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
}

//! Line-by-line labelled output for several targets answering at once.
class LabelledPrinter
{
public:
    explicit LabelledPrinter(QTextStream &out)
        : m_out(out)
    {
    }

    void append(int index, const QString &label, const QString &text)
    {
        QString &pending = m_partial[index];
        pending += text;
        qsizetype newline;
        while ((newline = pending.indexOf(u'\n')) >= 0) {
            m_out << '[' << label << "] "_L1 << pending.first(newline) << '\n';
            pending.remove(0, newline + 1);
        }
        m_out.flush();
    }

    void flush(int index, const QString &label)
    {
        QString &pending = m_partial[index];
        if (!pending.isEmpty()) {
            m_out << '[' << label << "] "_L1 << pending << '\n';
            pending.clear();
            m_out.flush();
        }
    }

private:
    QTextStream &m_out;
    QHash<int, QString> m_partial;
};
} // namespace

QJsonObject AskCommand::resultJson(const QString &target, const ChatStream &stream, const Cost &cost)
{
    const bool ok = stream.status() == ChatStream::Status::Finished;
    const bool cancelled = stream.status() == ChatStream::Status::Cancelled;
    QJsonObject json {
        {"target"_L1, target},
        {"status"_L1, ok ? "ok"_L1 : (cancelled ? "cancelled"_L1 : "error"_L1)},
        {"text"_L1, stream.text()},
        {"reasoning"_L1, stream.reasoning()},
        {"finish_reason"_L1, ok ? QJsonValue(stream.finishReason().name()) : QJsonValue()},
        {"finish_reason_raw"_L1, ok ? QJsonValue(stream.finishReason().raw) : QJsonValue()},
        {"cost_usd"_L1, cost.micros ? QJsonValue(static_cast<double>(*cost.micros) / 1e6) : QJsonValue()},
        {"cost_estimated"_L1, cost.micros ? QJsonValue(cost.estimated()) : QJsonValue()},
        {"ttft_ms"_L1, stream.timeToFirstTokenMs() ? QJsonValue(*stream.timeToFirstTokenMs()) : QJsonValue()},
        {"duration_ms"_L1, stream.durationMs()},
        {"served_model"_L1, stream.servedModel().isEmpty() ? QJsonValue() : QJsonValue(stream.servedModel())},
        {"attempts"_L1, stream.attempts()},
    };
    if (const auto usage = stream.usage()) {
        json.insert("usage"_L1,
            QJsonObject {{"input"_L1, usage->input},
                {"cached_input"_L1, usage->cachedInput},
                {"output"_L1, usage->output},
                {"reasoning"_L1, usage->reasoning}});
        if (usage->providerCostUsd) {
            json.insert("provider_cost_usd"_L1, *usage->providerCostUsd);
        }
    } else {
        json.insert("usage"_L1, QJsonValue());
    }
    if (ok) {
        json.insert("error"_L1, QJsonValue());
    } else {
        const StreamError error = stream.error();
        json.insert("error"_L1,
            QJsonObject {{"kind"_L1, error.kindName()},
                {"http_status"_L1, error.httpStatus > 0 ? QJsonValue(error.httpStatus) : QJsonValue()},
                {"message"_L1, error.message}});
    }
    return json;
}

int AskCommand::run(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"ask"_s,
        tr("[options] (--target ID/MODEL [--target ID/MODEL ...] | --auto) PROMPT"),
        tr("Asks one prompt of one or more models at once and streams their answers. With --auto the "
           "routing rules choose the models (quorum route --explain says why); the --target models, or "
           "those last chosen in the window, are the default rule."));
    QCommandLineParser &parser = sub.parser();
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Print one JSON object per target, on its own line, when it ends."));
    const QCommandLineOption systemOption(u"system"_s, tr("A system prompt."), tr("text"));
    const QCommandLineOption maxTokensOption(u"max-tokens"_s, tr("The most tokens each answer may have."), tr("n"));
    const QCommandLineOption temperatureOption(u"temperature"_s, tr("Sampling temperature."), tr("t"));
    const QCommandLineOption targetOption(
        u"target"_s, tr("A provider account and model, such as openai/gpt-4.1 (repeatable)."), tr("id/model"));
    const QCommandLineOption conversationOption(
        u"conversation"_s, tr("Continue this stored conversation (see quorum history)."), tr("id"));
    const QCommandLineOption noStoreOption(u"no-store"_s, tr("Do not keep this conversation."));
    const QCommandLineOption autoOption(u"auto"_s, tr("Let the routing rules choose the models."));
    const QCommandLineOption tagOption(
        u"tag"_s, tr("Tag the conversation (repeatable); routing rules can test its tags."), tr("tag"));
    const QCommandLineOption timeoutOption(
        u"response-timeout"_s, tr("Seconds to wait for a response to begin (default 60)."), tr("s"));
    parser.addOptions({jsonOption,
        systemOption,
        maxTokensOption,
        temperatureOption,
        targetOption,
        conversationOption,
        noStoreOption,
        autoOption,
        tagOption,
        timeoutOption});
    parser.addPositionalArgument(u"PROMPT"_s, tr("The prompt; - reads it from standard input."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"ask"_s;
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one PROMPT (quote it, or use - to read standard input)"));
    }
    const bool automatic = parser.isSet(autoOption);
    if (!parser.isSet(targetOption) && !automatic) {
        return context.usageError(command, tr("at least one --target ID/MODEL (or --auto) is needed"));
    }

    ChatRequest base;
    base.system = parser.value(systemOption);
    if (parser.isSet(maxTokensOption)) {
        bool ok = false;
        const int n = parser.value(maxTokensOption).toInt(&ok);
        if (!ok || n <= 0) {
            return context.usageError(command, tr("--max-tokens needs a positive number"));
        }
        base.maxTokens = n;
    }
    if (parser.isSet(temperatureOption)) {
        bool ok = false;
        const double t = parser.value(temperatureOption).toDouble(&ok);
        if (!ok || t < 0 || t > 2) {
            return context.usageError(command, tr("--temperature needs a number from 0 to 2"));
        }
        base.temperature = t;
    }
    StreamOptions options;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double s = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || s <= 0) {
            return context.usageError(command, tr("--response-timeout needs a positive number of seconds"));
        }
        options.responseTimeout = std::chrono::milliseconds(static_cast<qint64>(s * 1000));
    }
    const auto read = CliContext::promptArgument(parser.positionalArguments().first());
    if (!read) {
        return context.failure(command, tr("cannot read standard input"));
    }
    QString prompt = *read;
    if (prompt.trimmed().isEmpty()) {
        return context.usageError(command, tr("the prompt is empty"));
    }

    const bool store = !parser.isSet(noStoreOption);
    std::optional<qint64> conversationId;
    if (parser.isSet(conversationOption)) {
        bool ok = false;
        conversationId = parser.value(conversationOption).toLongLong(&ok);
        if (!ok) {
            return context.usageError(command, tr("--conversation needs a conversation ID (a number)"));
        }
        if (!store) {
            return context.usageError(command, tr("--conversation and --no-store exclude each other"));
        }
    }
    std::unique_ptr<Database> database;
    std::unique_ptr<ConversationStore> conversations;
    QList<TurnRecord> history;
    QStringList conversationTags;
    if (store) {
        database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write, noStoreHint());
        if (!database) {
            return ExitFailure;
        }
        conversations = std::make_unique<ConversationStore>(*database);
        // Answers another Quorum left streaming and has not touched for 30 s died with it.
        conversations->recoverInterrupted(QDateTime::currentMSecsSinceEpoch() - 30'000);
        if (conversationId) {
            const auto existing = conversations->conversation(*conversationId);
            if (!existing || !existing->has_value()) {
                return context.failure(command, tr("no conversation %1").arg(*conversationId));
            }
            if (base.system.isEmpty()) {
                base.system = (*existing)->systemPrompt;
            }
            history = conversations->turns(*conversationId).value_or(QList<TurnRecord> {});
            conversationTags = (*existing)->tags;
        }
    }

    ProviderConfig config(context.paths().dataDir());
    if (const auto loaded = config.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    KeychainSecretStore secrets;
    const Settings appSettings(context.paths().settingsFile());
    QList<ChatTarget> chosen;
    for (const QString &label :
        parser.isSet(targetOption) ? parser.values(targetOption) : appSettings.composerTargets()) {
        const auto target = ChatTarget::parse(label);
        if (!target) {
            return context.usageError(command, tr("a target is ID/MODEL, not '%1'").arg(label));
        }
        chosen.append(*target);
    }
    // With --auto the rules decide; without, governance rules (block, restrict, redact) still
    // hold: a script cannot send what the user's rules keep from leaving the machine.
    std::unique_ptr<Database> rulesDatabase;
    const Database *rulesSource = database.get();
    if (!rulesSource && QFile::exists(QDir(context.paths().dataDir()).filePath(u"quorum.db"_s))) {
        rulesDatabase = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
        if (!rulesDatabase) {
            return ExitFailure; // the rules cannot be read: nothing is sent unchecked
        }
        rulesSource = rulesDatabase.get();
    }
    const RouteEnvironment routing(rulesSource, config.accounts());
    for (const QString &problem : routing.problems()) {
        context.err() << tr("Warning: %1").arg(problem) << Qt::endl;
    }
    for (const QString &tag : parser.values(tagOption)) {
        if (!conversationTags.contains(tag, Qt::CaseInsensitive)) {
            conversationTags.append(tag);
        }
    }
    const RouteDecision decision = routing.decide(prompt, chosen, conversationTags, automatic);
    if (decision.blocked) {
        return context.failure(command, decision.message);
    }
    if (automatic && !parser.isSet(jsonOption)) {
        context.err() << tr("Auto: %1").arg(decision.summary()) << Qt::endl;
    }
    if (!decision.excluded.isEmpty()) {
        context.err() << tr("Not sent to %1: only accounts tagged “%2” may receive this prompt.")
                             .arg(decision.excluded.join(u", "_s), decision.restrictedTo)
                      << Qt::endl;
    }
    if (!decision.redaction.isEmpty()) {
        QStringList placeholders;
        for (const auto &[placeholder, original] : decision.redaction.placeholders) {
            placeholders << placeholder;
        }
        context.err() << tr("Redacted before sending (restored in the answers): %1").arg(placeholders.join(u", "_s))
                      << Qt::endl;
    }
    base.messages.append(ChatMessage {ChatMessage::Role::User, decision.prompt});
    const QList<ChatTarget> &targetsToAsk = decision.targets;

    const auto jobFor = [&](const ChatTarget &target) -> std::optional<FanOutJob> {
        auto account = config.find(target.accountId);
        if (!account) {
            context.usageError(command, tr("no provider '%1' (see quorum providers list)").arg(target.accountId));
            return std::nullopt;
        }
        loadApiKey(*account, secrets); // a missing key ends that target with a clear message
        applyNetworkDefaults(*account, appSettings.networkTimeoutSeconds(), appSettings.networkHeaders());
        ChatRequest request = base;
        request.model = target.model;
        // Earlier turns: each prompt with this target's own answer, else the best-voted
        // complete one (the window lets the user choose; the CLI keeps it simple).
        QList<ChatMessage> earlier;
        for (const TurnRecord &turn : std::as_const(history)) {
            const ResponseRecord *answer = nullptr;
            for (const ResponseRecord &r : turn.responses) {
                if (r.status != ResponseStatus::Done) {
                    continue;
                }
                if (r.providerId == account->id && r.model == request.model) {
                    answer = &r;
                    break;
                }
                if (!answer || r.vote > answer->vote) {
                    answer = &r;
                }
            }
            if (answer) {
                earlier.append({ChatMessage::Role::User, turn.prompt});
                earlier.append({ChatMessage::Role::Assistant, answer->text});
            }
        }
        request.messages = earlier + request.messages;
        return FanOutJob {*account, request, {}};
    };
    QList<FanOutJob> jobs;
    if (decision.action == Action::Type::Fallback && !targetsToAsk.isEmpty()) {
        // One answer: the first target, and the others in turn when one fails before its first token.
        auto first = jobFor(targetsToAsk.first());
        if (!first) {
            return ExitUsage;
        }
        for (const ChatTarget &target : targetsToAsk.mid(1)) {
            auto next = jobFor(target);
            if (!next) {
                return ExitUsage;
            }
            first->fallbacks.push_back(*next);
        }
        jobs.append(*first);
    } else {
        for (const ChatTarget &target : targetsToAsk) {
            auto job = jobFor(target);
            if (!job) {
                return ExitUsage;
            }
            jobs.append(*job);
        }
    }

    QList<qint64> responseIds;
    if (store) {
        if (!conversationId) {
            QString title = prompt.trimmed().section(u'\n', 0, 0);
            if (title.size() > 60) {
                title = title.first(59) + u'…';
            }
            const auto created = conversations->createConversation(title, base.system);
            if (!created) {
                return context.failure(command, created.error().message);
            }
            conversationId = *created;
        }
        if (parser.isSet(tagOption)) {
            if (auto tagged = conversations->setTags(*conversationId, conversationTags); !tagged) {
                return context.failure(command, tagged.error().message);
            }
        }
        QList<NewResponse> targets;
        for (const FanOutJob &job : std::as_const(jobs)) {
            AnswerParameters parameters;
            parameters.temperature = job.request.temperature;
            parameters.maxTokens = job.request.maxTokens;
            if (automatic) {
                parameters.rule = decision.rule;
            }
            if (!decision.redaction.isEmpty()) {
                // The prompt is stored as sent; this puts the originals back where answers show them.
                parameters.redaction = decision.redaction.placeholders;
            }
            targets.append({job.account.id, job.request.model, parameters});
        }
        std::optional<qint64> parent;
        if (!history.isEmpty()) {
            parent = history.constLast().id;
        }
        const auto turn = conversations->addTurn(*conversationId, decision.prompt, targets, parent);
        if (!turn) {
            const StorageError::Kind kind = turn.error().kind;
            const bool disk = kind == StorageError::Kind::Full || kind == StorageError::Kind::ReadOnly;
            return context.failure(command, turn.error().message + (disk ? u'\n' + noStoreHint() : QString()));
        }
        for (const ResponseRecord &response : turn->responses) {
            responseIds.append(response.id);
        }
    }

    const bool json = parser.isSet(jsonOption);
    const bool labelled = jobs.size() > 1;
    QNetworkAccessManager network;
    installProviderProxies(
        network, config.accounts(), ProxySetting::parse(appSettings.networkProxy()).value_or(ProxySetting {}));
    FanOut fanOut(&network, options);
    StorageError storageProblem {StorageError::Kind::Io, QString()};
    // Prices from the database (seeded with the built-in list), or the built-in list alone.
    const Pricing pricing = database ? Pricing(*database) : Pricing();
    if (database) {
        if (auto seeded = Pricing(*database).seedBuiltIn(); !seeded) {
            context.err() << tr("Warning: %1").arg(seeded.error().message) << Qt::endl;
        }
    }
    // Worked out once per ended target: the recorder stores it, the output shows it.
    QHash<int, Cost> costs;
    const auto costOf = [&](int index) {
        auto it = costs.constFind(index);
        if (it == costs.cend()) {
            it = costs.insert(
                index, pricing.costOf(fanOut.job(index).account, fanOut.job(index).request, *fanOut.stream(index)));
        }
        return *it;
    };
    std::unique_ptr<StreamRecorder> recorder;
    if (store) {
        recorder = std::make_unique<StreamRecorder>(*conversations, fanOut, responseIds);
        recorder->setCostFunction(costOf);
        QObject::connect(recorder.get(), &StreamRecorder::storageFailed, &fanOut, [&](const StorageError &error) {
            // Said once per problem, not at every checkpoint; the answers keep streaming.
            if (error.message != storageProblem.message) {
                context.err() << tr("Could not save the answers yet (retrying): %1").arg(error.message) << Qt::endl;
            }
            storageProblem = error;
        });
    }
    QEventLoop loop;
    LabelledPrinter printer(context.out());
    int failures = 0;
    // Placeholders of a redacted prompt are put back as the answers stream in.
    QList<RedactionStream> restorers(jobs.size(), RedactionStream(decision.redaction));
    QHash<int, QJsonArray> fallbacks;
    QObject::connect(&fanOut, &FanOut::fellBack, &loop, [&](int index, const QString &from, const StreamError &why) {
        fallbacks[index].append(
            QJsonObject {{"target"_L1, from}, {"error"_L1, why.kindName()}, {"message"_L1, why.message}});
        if (!json) {
            context.err() << tr("[%1] %2 → answered by %3 (rule “%4”)")
                                 .arg(from, why.message, fanOut.job(index).label(), decision.rule)
                          << Qt::endl;
        }
    });

    if (!json) {
        QObject::connect(&fanOut, &FanOut::textDelta, &loop, [&](int index, const QString &piece) {
            const QString text = restorers[index].push(piece);
            if (labelled) {
                printer.append(index, fanOut.job(index).label(), text);
            } else {
                context.out() << text;
                context.out().flush();
            }
        });
        QObject::connect(&fanOut, &FanOut::reasoningDelta, &loop, [&](int index, const QString &text) {
            context.err() << (labelled ? u"[%1 thinking] "_s.arg(fanOut.job(index).label()) : QString()) << text;
            context.err().flush();
        });
        QObject::connect(&fanOut, &FanOut::queued, &loop, [&](int index) {
            context.err()
                << tr("[%1] queued: its provider answers one request at a time").arg(fanOut.job(index).label())
                << Qt::endl;
        });
        QObject::connect(
            &fanOut, &FanOut::retrying, &loop, [&](int index, int attempt, qint64 delayMs, const StreamError &why) {
                context.err() << tr("[%1] %2 Retrying in %3 (attempt %4).")
                                     .arg(fanOut.job(index).label(), why.message, formatMs(delayMs))
                                     .arg(attempt + 1)
                              << Qt::endl;
            });
    }
    QObject::connect(&fanOut, &FanOut::targetEnded, &loop, [&](int index) {
        const ChatStream *stream = fanOut.stream(index);
        const QString label = fanOut.job(index).label();
        if (stream->status() != ChatStream::Status::Finished) {
            ++failures;
        }
        const QString rest = restorers[index].finish();
        if (json) {
            QJsonObject result = resultJson(label, *stream, costOf(index));
            if (!decision.redaction.isEmpty()) {
                result.insert("text"_L1, decision.redaction.restore(stream->text()));
            }
            if (automatic) {
                result.insert("rule"_L1, decision.rule);
            }
            if (fallbacks.contains(index)) {
                result.insert("fallback_from"_L1, fallbacks.value(index));
            }
            result.insert("conversation_id"_L1, conversationId ? QJsonValue(*conversationId) : QJsonValue());
            result.insert("response_id"_L1, store ? QJsonValue(responseIds.at(index)) : QJsonValue());
            context.out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
            context.out().flush();
            return;
        }
        if (labelled) {
            printer.append(index, label, rest);
            printer.flush(index, label);
        } else if (!rest.isEmpty() || (!stream->text().isEmpty() && !stream->text().endsWith(u'\n'))) {
            context.out() << rest;
            if (!rest.endsWith(u'\n')) {
                context.out() << '\n';
            }
            context.out().flush();
        }
        if (stream->status() == ChatStream::Status::Finished) {
            QString summary = u"— %1: %2"_s.arg(label, stream->finishReason().name());
            if (const auto usage = stream->usage()) {
                summary += tr(" · %1 in / %2 out tokens").arg(usage->input).arg(usage->output);
            }
            if (const auto ttft = stream->timeToFirstTokenMs()) {
                summary += tr(" · first token %1").arg(formatMs(*ttft));
            }
            summary += u" · "_s + formatMs(stream->durationMs());
            const Cost cost = costOf(index);
            if (!cost.micros) {
                summary += tr(" · cost unknown");
            } else if (cost.estimated()) {
                summary += tr(" · ~%1 (estimated)").arg(formatCost(*cost.micros));
            } else {
                summary += u" · "_s + formatCost(*cost.micros);
            }
            context.err() << summary << Qt::endl;
        } else {
            context.err() << u"— %1: "_s.arg(label) << stream->error().message << Qt::endl;
        }
    });
    QObject::connect(&fanOut, &FanOut::allEnded, &loop, &QEventLoop::quit);

#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> interrupts;
    if (::pipe(s_signalPipe) == 0) {
        interrupts = std::make_unique<QSocketNotifier>(s_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupts.get(), &QSocketNotifier::activated, &loop, [&] {
            char byte;
            [[maybe_unused]] const auto n = ::read(s_signalPipe[0], &byte, 1);
            context.err() << tr("Stopping (Ctrl+C again to quit at once)…") << Qt::endl;
            fanOut.cancelAll();
        });
        struct sigaction action = {};
        action.sa_handler = onSigint;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, nullptr);
    }
#endif

    QMetaObject::invokeMethod(&loop, [&] { fanOut.start(jobs); }, Qt::QueuedConnection);
    loop.exec();

#ifdef Q_OS_UNIX
    signal(SIGINT, SIG_DFL);
    interrupts.reset();
    ::close(s_signalPipe[0]);
    ::close(s_signalPipe[1]);
#endif
    if (recorder) {
        recorder->flush();
        if (!recorder->isSaved()) {
            context.err() << tr("The answers were not saved: %1").arg(storageProblem.message) << Qt::endl;
            return ExitFailure;
        }
        SpendCommand::warnAboutBudgets(context, *database);
    }
    return failures == 0 ? ExitOk : ExitFailure;
}

} // namespace Quorum
