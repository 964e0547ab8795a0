// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/judgecommand.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

#include "chat/dispatcher.h"
#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/interruptwatcher.h"
#include "cli/judgemodescommand.h"
#include "cli/judgeprinter.h"
#include "cli/subcommandparser.h"
#include "common/settings.h"
#include "providers/providerconfig.h"
#include "secrets/keyresolver.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

bool JudgeCommand::parseMode(const QString &value, JudgeRequest &request)
{
    if (const auto mode = judgeModeFromName(value)) {
        request.mode = *mode;
        request.custom.clear();
        return true;
    }
    if (value.trimmed().isEmpty()) {
        return false;
    }
    request.custom = value; // a custom mode: its base mode is looked up when it is planned
    return true;
}

std::expected<QStringList, QString> JudgeCommand::checklistPoints(
    const ChatSession &session, qint64 turnId, const QList<int> &numbers)
{
    const auto branch = session.branch();
    if (!branch || branch->isEmpty()) {
        return std::unexpected(tr("the conversation has no turn to judge"));
    }
    const TurnRecord *turn = turnId == 0 ? &branch->constLast() : nullptr;
    for (const TurnRecord &t : *branch) {
        if (t.id == turnId) {
            turn = &t;
        }
    }
    if (!turn) {
        return std::unexpected(tr("no turn %1 in this conversation's current branch").arg(turnId));
    }
    const ResponseRecord *checklist = nullptr;
    for (const ResponseRecord &j : turn->judgements) {
        if (j.parameters.judge && j.parameters.judge->mode == judgeModeName(JudgeMode::Checklist) && j.judgement
            && !j.judgement->claims.isEmpty()) {
            checklist = &j;
        }
    }
    if (!checklist) {
        return std::unexpected(tr("the turn has no checklist yet: run quorum judge --mode checklist first"));
    }
    const QList<Claim> &claims = checklist->judgement->claims;
    QStringList points;
    for (const int number : numbers) {
        if (number > claims.size()) {
            return std::unexpected(
                tr("the checklist has %n point(s); there is no point %1", nullptr, int(claims.size())).arg(number));
        }
        points.append(claims.at(number - 1).text);
    }
    return points;
}

int JudgeCommand::judge(const CliContext &context,
    const QString &command,
    Dispatcher &engine,
    const JudgeRequest &request,
    bool json,
    bool stored)
{
    ChatSession &session = engine.session();
    const JudgePlan plan = engine.planJudge(request);
    if (plan.refused) {
        return context.failure(command, plan.refused->message);
    }
    TurnRecord turn;
    if (const auto branch = session.branch()) {
        for (const TurnRecord &t : *branch) {
            if (t.id == plan.turnId) {
                turn = t;
            }
        }
    }
    JudgePrinter printer(context, session, json, stored);
    QEventLoop loop;
    int status = ExitOk;
    bool started = false;
    QObject::connect(&engine, &Dispatcher::judgesAdded, &loop, [&](const QList<ResponseRecord> &judges) {
        started = true;
        printer.begin(turn, judges);
    });
    QObject::connect(&engine, &Dispatcher::failed, &loop, [&](const SendFailure &failure) {
        status = context.failure(command, failure.message);
        loop.quit();
    });
    QObject::connect(&session, &ChatSession::idle, &loop, [&] {
        if (started) {
            loop.quit();
        }
    });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
        context.err() << tr("Stopping (Ctrl+C again to quit at once)…") << Qt::endl;
        session.stopAll();
    });
    QMetaObject::invokeMethod(&loop, [&] { engine.judge(request); }, Qt::QueuedConnection);
    loop.exec();
    if (status != ExitOk) {
        return status;
    }
    return printer.finish() == 0 ? ExitOk : ExitFailure;
}

int JudgeCommand::run(const CliContext &context, const QStringList &arguments)
{
    if (arguments.value(0) == "modes"_L1) {
        return JudgeModesCommand::run(context, arguments.mid(1));
    }
    const QString command = u"judge"_s;
    SubcommandParser sub(command,
        tr("[options] --judge ID/MODEL [--mode MODE] CONVERSATION"),
        tr("Asks a judge model about the answers of a stored turn: fuse them into one (fuse), list their "
           "points (checklist), score them (table), or let the answering models rank each other (rank). "
           "Every mode maps where the answers agree and contradict each other. Your own modes: "
           "quorum judge modes."));
    QCommandLineParser &parser = sub.parser();
    const QCommandLineOption judgeOption(u"judge"_s, tr("The judge: a provider account and model."), tr("id/model"));
    const QCommandLineOption modeOption(u"mode"_s,
        tr("fuse, checklist, table or rank (default fuse), or the name of a custom mode."),
        tr("mode"),
        u"fuse"_s);
    const QCommandLineOption turnOption(
        u"turn"_s, tr("The turn to judge, by its ID (quorum show --json); default: the last one."), tr("id"));
    const QCommandLineOption criterionOption(u"criterion"_s,
        tr("table: a criterion to score (repeatable; default correctness, completeness, clarity)."),
        tr("text"));
    const QCommandLineOption pointsOption(
        u"points"_s, tr("fuse: only these points of the turn's newest checklist, by number (e.g. 1,3,4)."), tr("list"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object, {\"synthesis\": ...}, when it ends."));
    parser.addOptions({judgeOption, modeOption, turnOption, criterionOption, pointsOption, jsonOption});
    parser.addPositionalArgument(u"CONVERSATION"_s, tr("The conversation (see quorum history)."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    bool ok = false;
    const qint64 conversationId = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        return context.usageError(command, tr("expected one conversation ID (a number)"));
    }
    JudgeRequest request;
    if (!parseMode(parser.value(modeOption), request)) {
        return context.usageError(command, tr("--mode is fuse, checklist, table, rank or a custom mode's name"));
    }
    if (parser.isSet(judgeOption)) {
        const auto target = ChatTarget::parse(parser.value(judgeOption));
        if (!target) {
            return context.usageError(command, tr("a judge is ID/MODEL, not '%1'").arg(parser.value(judgeOption)));
        }
        request.judge = target;
    } else if (request.mode != JudgeMode::Rank || !request.custom.isEmpty()) {
        return context.usageError(command, tr("--judge ID/MODEL is needed (only --mode rank goes without)"));
    }
    if (parser.isSet(turnOption)) {
        request.turnId = parser.value(turnOption).toLongLong(&ok);
        if (!ok || request.turnId <= 0) {
            return context.usageError(command, tr("--turn needs a turn ID (a number)"));
        }
    }
    request.criteria = parser.values(criterionOption);
    QList<int> pointNumbers;
    if (parser.isSet(pointsOption)) {
        if (request.mode != JudgeMode::Fuse || !request.custom.isEmpty()) {
            return context.usageError(command, tr("--points goes with --mode fuse"));
        }
        for (const QString &part : parser.value(pointsOption).split(u',', Qt::SkipEmptyParts)) {
            const int number = part.trimmed().toInt(&ok);
            if (!ok || number <= 0) {
                return context.usageError(command, tr("--points is a list of point numbers, e.g. 1,3,4"));
            }
            pointNumbers.append(number);
        }
        if (pointNumbers.isEmpty()) {
            return context.usageError(command, tr("--points is a list of point numbers, e.g. 1,3,4"));
        }
    }

    Settings settings(context.paths().settingsFile());
    ProviderConfig accounts(context.paths().dataDir());
    if (const auto loaded = accounts.load(); !loaded) {
        return context.failure(command, loaded.error());
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    KeychainSecretStore keychain;
    KeyResolver keys(&keychain);
    QNetworkAccessManager network;
    AppServices services;
    services.dataDir = context.paths().dataDir();
    services.database = database.get();
    services.providers = &accounts;
    services.keychain = &keychain;
    services.network = &network;
    services.settings = &settings;
    services.keys = &keys;
    Dispatcher engine(services, Dispatcher::Governance::FollowRules);
    StreamOptions streamOptions = engine.session().streamOptions();
    streamOptions.keepRawBytes = 0;
    engine.session().setStreamOptions(streamOptions);
    if (const auto opened = engine.session().open(conversationId); !opened) {
        return context.failure(command, tr("no conversation %1").arg(conversationId));
    }
    if (!pointNumbers.isEmpty()) {
        const auto points = checklistPoints(engine.session(), request.turnId, pointNumbers);
        if (!points) {
            return context.failure(command, points.error());
        }
        request.points = *points;
    }
    const int status = judge(context, command, engine, request, parser.isSet(jsonOption), true);
    if (!engine.session().isSaved()) {
        context.err() << tr("The synthesis was not saved.") << Qt::endl;
        return ExitFailure;
    }
    return status;
}

} // namespace Quorum
