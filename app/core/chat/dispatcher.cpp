// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "chat/dispatcher.h"

#include <QDateTime>
#include <QPointer>

#include "common/settings.h"
#include "providers/modellister.h"
#include "providers/providerconfig.h"
#include "providers/proxysetting.h"
#include "routing/routeenvironment.h"
#include "secrets/keyresolver.h"
#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/judgestore.h"
#include "storage/modelstore.h"
#include "storage/variantstore.h"
#include "tools/toolbox.h"
#include "tools/websearchtool.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

Dispatcher::Dispatcher(const AppServices &services, Governance governance, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_governance(governance)
    , m_routingDatabase(services.database)
{
    if (m_services.keys) {
        m_keys = m_services.keys;
    } else {
        m_ownKeys = std::make_unique<KeyResolver>(m_services.keychain, m_services.sessionKeys);
        m_keys = m_ownKeys.get();
    }
    m_session = new ChatSession(
        m_services.database, m_services.network, [this](const QString &id) { return account(id); }, this);
    m_session->setAttachmentMedia(m_services.media);
    if (m_services.tools) {
        m_session->setToolBox(m_services.tools,
            [this](const ProviderAccount &account, const ChatRequest &request) { return toolScope(account, request); });
        if (m_services.settings) {
            m_session->setMaxToolRounds(m_services.settings->maxToolRounds());
        }
    }
    if (m_services.settings) {
        m_session->setFollowUpPolicy(
            followUpPolicyFromName(m_services.settings->followUpPolicy()).value_or(FollowUpPolicy::OwnThread));
    }
    // This month's spend moved when answers ended: budget rules may route differently now.
    connect(m_session, &ChatSession::idle, this, &Dispatcher::reloadRouting);
    if (m_services.providers) {
        connect(m_services.providers, &ProviderConfig::changed, this, [this] {
            m_keys->forget(); // an account's key variable may have changed
            applyNetworkSettings();
            reloadRouting();
        });
    }
    if (m_services.database) {
        // Rules, model lists (context windows) and anything another process wrote.
        DatabaseChanges &changes = m_services.database->changes();
        connect(&changes, &DatabaseChanges::rulesChanged, this, &Dispatcher::reloadRouting);
        connect(&changes, &DatabaseChanges::modelsChanged, this, &Dispatcher::reloadRouting);
        connect(&changes, &DatabaseChanges::changedElsewhere, this, &Dispatcher::reloadRouting);
    }
    applyNetworkSettings();
    reloadRouting();
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::setRoutingDatabase(const Database *database)
{
    m_routingDatabase = database;
    reloadRouting();
}

std::optional<ProviderAccount> Dispatcher::account(const QString &id) const
{
    if (!m_services.providers) {
        return std::nullopt;
    }
    std::optional<ProviderAccount> found = m_services.providers->find(id); // Ollama built in
    if (!found) {
        return std::nullopt;
    }
    m_keys->apply(*found); // a missing key ends that answer with a message saying what to do
    if (m_services.settings) {
        applyNetworkDefaults(
            *found, m_services.settings->networkTimeoutSeconds(), m_services.settings->networkHeaders());
    }
    return found;
}

void Dispatcher::reloadRouting()
{
    QList<ProviderAccount> accounts
        = m_services.providers ? m_services.providers->accounts() : QList<ProviderAccount> {};
    accounts.removeIf([](const ProviderAccount &a) { return !a.enabled; });
    m_routing = std::make_shared<RouteEnvironment>(m_routingDatabase, accounts);
    Q_EMIT routingChanged();
}

QStringList Dispatcher::routingProblems() const
{
    return m_routing->problems();
}

void Dispatcher::applyNetworkSettings()
{
    if (m_services.network && m_services.providers) {
        const QString proxy = m_services.settings ? m_services.settings->networkProxy() : QString();
        installProviderProxies(*m_services.network,
            m_services.providers->accounts(),
            ProxySetting::parse(proxy).value_or(ProxySetting {}));
    }
}

RouteDecision Dispatcher::decide(
    const QString &prompt, const QList<ChatTarget> &chosen, bool automatic, const QList<Attachment> &attachments) const
{
    return m_routing->decide(prompt, chosen, m_session->tags(), automatic, attachments, toolNames());
}

QStringList Dispatcher::toolNames() const
{
    QStringList names;
    for (const QString &entry : m_session->toolset()) {
        // Shared search is the web search's, as far as the rules care.
        const QString server = entry == WebSearchTool::sharedEntry() ? WebSearchTool::serverName() : entry;
        names << server;
        if (server == WebSearchTool::serverName()) {
            names << ToolBox::offeredName(server, WebSearchTool::toolName());
        } else if (m_services.tools) {
            names << m_services.tools->offeredNames(server);
        }
    }
    names.removeDuplicates();
    return names;
}

ToolBox::Scope Dispatcher::toolScope(const ProviderAccount &account, const ChatRequest &request) const
{
    ToolBox::Scope scope;
    scope.approvals = m_toolApprovals;
    // The prompt the answer was asked with: the rules see it as they did when it was sent.
    QString prompt;
    for (auto it = request.messages.crbegin(); it != request.messages.crend(); ++it) {
        if (it->role == ChatMessage::Role::User) {
            prompt = it->content;
            break;
        }
    }
    const std::shared_ptr<RouteEnvironment> routing = m_routing; // the rules as they are now
    const QStringList tools = toolNames();
    const QStringList conversationTags = m_session->tags();
    const RouteDecision decision = routing->decide(prompt, {}, conversationTags, false, {}, tools);
    const QStringList accountTags = account.effectiveTags();
    const auto tagged = [accountTags](const QString &tag) { return accountTags.contains(tag, Qt::CaseInsensitive); };
    scope.withholds = [restrictions = decision.toolRestrictions, tagged](const QString &server, const QString &name) {
        return std::ranges::any_of(
            restrictions, [&](const ToolRestriction &r) { return r.covers(server, name) && !tagged(r.tag); });
    };
    scope.redact = [routing, tools, conversationTags, tagged](const QString &text, QString *note) -> QString {
        // A result is data that leaves the machine with the next request: the governance rules
        // read it as they read a prompt.
        const Governed read = governed(*routing, text, conversationTags, tools, tagged);
        *note = read.note;
        return read.text;
    };
    // A search query leaves the machine for the search service, whose tags are its own.
    const QStringList searchTags = m_services.tools ? m_services.tools->webSearch().tags : QStringList {};
    scope.searchQuery
        = [routing, tools, conversationTags, searchTags](const QString &query) -> std::expected<QString, QString> {
        const Governed read = governed(*routing, query, conversationTags, tools, [&searchTags](const QString &tag) {
            return searchTags.contains(tag, Qt::CaseInsensitive);
        });
        if (read.withheld) {
            return std::unexpected(read.note);
        }
        return read.text;
    };
    return scope;
}

Dispatcher::Governed Dispatcher::governed(const RouteEnvironment &routing,
    const QString &text,
    const QStringList &conversationTags,
    const QStringList &tools,
    const std::function<bool(const QString &)> &tagged)
{
    const RouteDecision result = routing.decide(text, {}, conversationTags, false, {}, tools);
    // Blocked by a block rule (not for want of a model: none is chosen here).
    if (result.blocked && result.action == Action::Type::Block) {
        return {tr("[The result was withheld by the rule “%1”.]").arg(result.rule),
            tr("Withheld: %1").arg(result.message),
            true};
    }
    if (!result.requiredTags.isEmpty()
        && !std::ranges::all_of(result.requiredTags, [&](const QString &tag) { return tagged(tag); })) {
        return {tr("[The result was withheld: only accounts tagged “%1” may receive it.]").arg(result.restrictedTo),
            tr("Withheld: only accounts tagged “%1” may receive it.").arg(result.restrictedTo),
            true};
    }
    if (!result.redaction.isEmpty()) {
        return {result.prompt,
            tr("%n item(s) redacted by the rules.", nullptr, int(result.redaction.placeholders.size())),
            false};
    }
    return {text, QString(), false};
}

std::optional<SendFailure> Dispatcher::unknownAccount(const QList<ChatTarget> &targets) const
{
    for (const ChatTarget &target : targets) {
        if (!m_services.providers || !m_services.providers->find(target.accountId)) {
            return SendFailure {SendFailure::Kind::UnknownAccount,
                tr("There is no provider account '%1'.").arg(target.accountId),
                std::nullopt};
        }
    }
    return std::nullopt;
}

std::expected<ChatTarget, QString> Dispatcher::withVariant(const ChatTarget &target) const
{
    if (target.variant.isEmpty()) {
        return target;
    }
    // The routing database: the CLI's --no-store reads it from a read-only connection.
    if (!m_routingDatabase) {
        return std::unexpected(
            tr("There is no variant named '%1' (variants are kept in the database).").arg(target.variant));
    }
    const auto stored = VariantStore(*m_routingDatabase).variant(target.variant);
    if (!stored) {
        return std::unexpected(stored.error().message);
    }
    ChatTarget resolved = target;
    resolved.parameters = stored->parameters.overriddenBy(target.parameters);
    return resolved;
}

QStringList Dispatcher::targetProblems(const QList<ChatTarget> &targets) const
{
    QList<ChatTarget> resolved = targets;
    return resolve(resolved);
}

QStringList Dispatcher::resolve(QList<ChatTarget> &targets) const
{
    // Each variant is read once: the targets are resolved in place as they are checked.
    QStringList problems;
    for (ChatTarget &target : targets) {
        if (const auto resolved = withVariant(target)) {
            target = *resolved;
            problems << m_session->parameterProblems(target);
        } else {
            problems << target.label() + u": "_s + resolved.error();
        }
    }
    return problems;
}

std::optional<SendFailure> Dispatcher::prepare(QList<ChatTarget> &targets) const
{
    if (const QStringList problems = resolve(targets); !problems.isEmpty()) {
        return SendFailure {
            SendFailure::Kind::Unsupported, tr("Nothing was sent: %1").arg(problems.join(u'\n')), std::nullopt};
    }
    return std::nullopt;
}

void Dispatcher::send(const SendRequest &request)
{
    const RouteDecision decision = decide(request.prompt, request.chosen, request.automatic, request.attachments);
    Q_EMIT routed(decision, request.automatic);
    if (decision.blocked && (m_governance == Governance::FollowRules || decision.governedBy.isEmpty())) {
        // A rule blocks it, or nothing is left to send to: not a rule the user may override.
        Q_EMIT failed({SendFailure::Kind::Blocked, decision.message, std::nullopt});
        return;
    }
    // Governance rules are never skipped silently: a blocked prompt, or (Auto off) a choice a
    // rule changes, is sent only once the user said which way.
    if (m_governance == Governance::Ask
        && (decision.blocked || (!request.automatic && decision.overridesSelection()))) {
        m_pending = request;
        Q_EMIT confirmationNeeded(decision);
        return;
    }
    dispatch(decision, request.automatic, request);
}

void Dispatcher::confirm(bool override)
{
    if (!m_pending) {
        return;
    }
    const SendRequest request = *m_pending;
    m_pending.reset();
    const RouteDecision decision = decide(request.prompt, request.chosen, request.automatic, request.attachments);
    if (!override) {
        if (decision.blocked) {
            Q_EMIT failed({SendFailure::Kind::Blocked, decision.message, std::nullopt});
            return;
        }
        dispatch(decision, request.automatic, request);
        return;
    }
    RouteDecision chosen;
    chosen.rule = u"default"_s;
    chosen.prompt = request.prompt;
    chosen.targets = request.chosen;
    chosen.governedBy = decision.governedBy;
    chosen.overridden = true; // past the rules: the files as they were attached, too
    dispatch(chosen, false, request);
}

void Dispatcher::withKeys(const QList<ChatTarget> &targets, std::function<void()> then)
{
    QList<ProviderAccount> accounts;
    for (const ChatTarget &target : targets) {
        if (const auto found = m_services.providers ? m_services.providers->find(target.accountId) : std::nullopt) {
            accounts.append(*found);
        }
    }
    m_keys->resolve(accounts, this, std::move(then));
}

void Dispatcher::dispatch(const RouteDecision &route, bool automatic, const SendRequest &request)
{
    if (const auto failure = unknownAccount(route.targets)) {
        Q_EMIT failed(*failure);
        return;
    }
    RouteDecision prepared = route;
    if (const auto failure = prepare(prepared.targets)) {
        Q_EMIT failed(*failure);
        return;
    }
    withKeys(prepared.targets, [this, prepared, automatic, request] {
        if (m_session->conversationId() == 0 && request.systemPrompt) {
            m_session->setSystemPrompt(*request.systemPrompt, request.persona);
        }
        m_session->setLibraryPrompt(request.libraryPrompt);
        const auto turn
            = m_session->send(prepared, automatic, request.editOf, prepared.attachmentsAsSent(request.attachments));
        if (!turn) {
            Q_EMIT failed(turn.error());
            return;
        }
        Q_EMIT sent(*turn, request);
    });
}

void Dispatcher::listModels(const QString &accountId)
{
    if (const auto failure = unknownAccount({ChatTarget {accountId, QString(), {}, {}, {}}})) {
        Q_EMIT modelsListFailed(accountId, failure->message);
        return;
    }
    withKeys({ChatTarget {accountId, QString(), {}, {}, {}}}, [this, accountId] {
        const std::optional<ProviderAccount> withKey = account(accountId);
        if (!withKey || !m_services.network) {
            return;
        }
        auto *lister = new ModelLister(m_services.network, *withKey, std::chrono::seconds(30), this);
        connect(lister, &ModelLister::finished, this, [this, lister, accountId](const QList<ModelInfo> &models) {
            lister->deleteLater();
            if (m_services.database) {
                const auto stored
                    = ModelStore(*m_services.database).replace(accountId, models, QDateTime::currentMSecsSinceEpoch());
                if (!stored) {
                    Q_EMIT modelsListFailed(accountId, stored.error().message);
                    return;
                }
            } else {
                m_unstoredModels.insert(accountId, models);
            }
            Q_EMIT modelsListed(accountId, static_cast<int>(models.size()));
        });
        connect(lister, &ModelLister::failed, this, [this, lister, accountId](const StreamError &error) {
            lister->deleteLater();
            Q_EMIT modelsListFailed(accountId, error.message);
        });
        lister->start();
    });
}

void Dispatcher::addTarget(qint64 turnId, const ChatTarget &target)
{
    if (const auto failure = unknownAccount({target})) {
        Q_EMIT failed(*failure);
        return;
    }
    QList<ChatTarget> prepared {target};
    if (const auto failure = prepare(prepared)) {
        Q_EMIT failed(*failure);
        return;
    }
    withKeys(prepared, [this, turnId, target = prepared.constFirst()] {
        const auto added = m_session->addTarget(turnId, target);
        if (!added) {
            Q_EMIT failed({SendFailure::Kind::Invalid, added.error(), std::nullopt});
            return;
        }
        Q_EMIT answerAdded(*added);
    });
}

void Dispatcher::regenerate(qint64 responseId)
{
    QList<ChatTarget> targets;
    if (const auto branch = m_session->branch()) {
        for (const TurnRecord &turn : *branch) {
            for (const ResponseRecord &asked : turn.judgements) {
                if (asked.id == responseId && asked.parameters.judge) {
                    // A judge is asked again as it was asked (a new answer beside the old one).
                    const JudgeParameters &p = *asked.parameters.judge;
                    JudgeRequest again;
                    again.turnId = turn.id;
                    again.mode = judgeModeFromName(p.mode).value_or(JudgeMode::Fuse);
                    again.custom = p.custom;
                    again.criteria = p.criteria;
                    again.points = p.points;
                    if (!p.rankerOf) {
                        again.judge = ChatTarget::fromResponse(asked);
                    }
                    judge(again);
                    return;
                }
            }
            for (const ResponseRecord &response : turn.responses) {
                if (response.id == responseId) {
                    targets.append(ChatTarget::fromResponse(response));
                }
            }
        }
    }
    withKeys(targets, [this, responseId] {
        if (const auto again = m_session->regenerate(responseId); !again) {
            Q_EMIT failed({SendFailure::Kind::Invalid, again.error(), std::nullopt});
        }
    });
}

JudgePlan Dispatcher::planJudge(const JudgeRequest &request) const
{
    JudgePlan plan;
    const auto refuse = [&plan](SendFailure::Kind kind, const QString &message) {
        plan.refused = SendFailure {kind, message, std::nullopt};
        return plan;
    };
    const auto branch = m_session->branch();
    if (!branch) {
        return refuse(SendFailure::Kind::Invalid, branch.error());
    }
    if (branch->isEmpty()) {
        return refuse(SendFailure::Kind::Invalid, tr("There is no turn to judge yet."));
    }
    const auto turn = request.turnId == 0
        ? std::prev(branch->cend())
        : std::ranges::find_if(*branch, [&request](const TurnRecord &t) { return t.id == request.turnId; });
    if (turn == branch->cend()) {
        return refuse(SendFailure::Kind::Invalid, tr("That turn is not on the conversation's current branch."));
    }
    plan.turnId = turn->id;

    // The template: the built-in mode's, or the user's own based on it.
    JudgeTemplate judgeTemplate = JudgeTemplate::builtIn(request.mode);
    if (!request.custom.isEmpty()) {
        const auto custom = m_services.database ? JudgeStore(*m_services.database).customMode(request.custom)
                                                : std::expected<std::optional<CustomJudgeMode>, StorageError>();
        if (!custom || !custom->has_value()) {
            return refuse(SendFailure::Kind::Invalid, tr("There is no judge mode named '%1'.").arg(request.custom));
        }
        judgeTemplate = JudgeTemplate::builtIn((*custom)->base);
        judgeTemplate.custom = (*custom)->name;
        judgeTemplate.version = (*custom)->version;
        judgeTemplate.instructions = (*custom)->instructions;
    }
    const JudgeMode mode = judgeTemplate.mode;

    // The answers it is given: those that finished with something to say.
    QList<const ResponseRecord *> answers;
    QStringList requiredTags;
    for (const ResponseRecord &r : turn->responses) {
        if (r.status == ResponseStatus::Done && !r.text.trimmed().isEmpty()) {
            answers.append(&r);
        }
        // Every restriction an answer was sent under holds for whoever reads it.
        for (const QString &tag : r.parameters.requiredTags.value_or(QStringList {})) {
            if (!requiredTags.contains(tag)) {
                requiredTags.append(tag);
            }
        }
    }
    const qsizetype needed = mode == JudgeMode::Rank ? 3 : 2;
    if (answers.size() < needed) {
        return refuse(SendFailure::Kind::Invalid,
            mode == JudgeMode::Rank ? tr("A peer ranking needs at least three finished answers; this turn has %n.",
                                          nullptr,
                                          int(answers.size()))
                                    : tr("A synthesis needs at least two finished answers; this turn has %n.",
                                          nullptr,
                                          int(answers.size())));
    }
    if (mode != JudgeMode::Rank && !request.judge) {
        return refuse(SendFailure::Kind::Invalid, tr("Choose a judge model first."));
    }

    JudgeOptions options;
    options.criteria = request.criteria;
    options.points = request.points;
    const auto toJudge = [&answers](std::optional<qint64> except) {
        QList<JudgeAnswer> list;
        for (const ResponseRecord *r : answers) {
            if (r->id != except) {
                list.append({QString(), r->id, r->text});
            }
        }
        return list;
    };
    QList<std::pair<ChatTarget, JudgeBuild>> builds;
    if (mode == JudgeMode::Rank) {
        for (const ResponseRecord *r : answers) {
            JudgeOptions own = options;
            own.rankerOf = r->id; // it ranks the others, never its own
            builds.append(
                {ChatTarget::fromResponse(*r), buildJudgeRequest(judgeTemplate, turn->prompt, toJudge(r->id), own)});
        }
    }
    if (request.judge) {
        builds.append({*request.judge, buildJudgeRequest(judgeTemplate, turn->prompt, toJudge(std::nullopt), options)});
    }

    // Governance: the turn's restrictions, and the rules as they apply to what the judge reads.
    for (auto &[target, build] : builds) {
        if (const auto failure = unknownAccount({target})) {
            plan.refused = failure;
            return plan;
        }
        const QStringList has = m_services.providers->find(target.accountId)->effectiveTags();
        const auto refuseTags = [&](const QStringList &tags) {
            return refuse(SendFailure::Kind::Blocked,
                tr("This turn's answers may only go to accounts tagged %1, and the judge %2 is not one; "
                   "it was not asked. Choose a judge on such an account.")
                    .arg(tags.join(u" + "_s), target.label()));
        };
        if (!std::ranges::all_of(requiredTags, [&has](const QString &tag) { return has.contains(tag); })) {
            return refuseTags(requiredTags);
        }
        // The rules as they apply now, to what the judge would read.
        const QString input = build.request.messages.constLast().content;
        const RouteDecision decision = m_routing->decide(input, {target}, m_session->tags(), false);
        if (decision.blocked) {
            return refuse(SendFailure::Kind::Blocked, decision.message);
        }
        QStringList tags = requiredTags;
        for (const QString &tag : decision.requiredTags) {
            if (!tags.contains(tag)) {
                tags.append(tag);
            }
        }
        if (!std::ranges::all_of(tags, [&has](const QString &tag) { return has.contains(tag); })) {
            return refuseTags(tags);
        }
        ChatSession::JudgeJob job {target, build, {}};
        if (!tags.isEmpty()) {
            job.extra.requiredTags = tags;
        }
        if (!decision.redaction.isEmpty()) {
            job.build.request.messages.last().content = decision.prompt;
            job.extra.redaction = decision.redaction.placeholders;
        }
        const ChatSession::Estimate estimate = m_session->estimate(job.build.request, target);
        plan.inputTokens += estimate.inputTokens;
        if (estimate.costNanos && (plan.jobs.isEmpty() || plan.costNanos)) {
            plan.costNanos = plan.costNanos.value_or(0) + *estimate.costNanos;
        } else {
            plan.costNanos.reset();
        }
        if (build.parameters.truncatedCharacters) {
            plan.note = tr("The answers were cut by %1 characters to fit the judge's input.")
                            .arg(*build.parameters.truncatedCharacters);
        }
        plan.jobs.append(job);
    }
    return plan;
}

void Dispatcher::judge(const JudgeRequest &request)
{
    const JudgePlan plan = planJudge(request);
    if (plan.refused) {
        Q_EMIT failed(*plan.refused);
        return;
    }
    QList<ChatTarget> targets;
    for (const ChatSession::JudgeJob &job : plan.jobs) {
        targets.append(job.target);
    }
    withKeys(targets, [this, plan] {
        const auto added = m_session->judge(plan.turnId, plan.jobs);
        if (!added) {
            Q_EMIT failed({SendFailure::Kind::Invalid, added.error(), std::nullopt});
            return;
        }
        Q_EMIT judgesAdded(*added);
    });
}

} // namespace Quorum
