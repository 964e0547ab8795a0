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
#include "storage/modelstore.h"

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

RouteDecision Dispatcher::decide(const QString &prompt, const QList<ChatTarget> &chosen, bool automatic) const
{
    return m_routing->decide(prompt, chosen, m_session->tags(), automatic);
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

void Dispatcher::send(const SendRequest &request)
{
    const RouteDecision decision = decide(request.prompt, request.chosen, request.automatic);
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
    const RouteDecision decision = decide(request.prompt, request.chosen, request.automatic);
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
    chosen.overridden = true;
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
    withKeys(route.targets, [this, route, automatic, request] {
        if (m_session->conversationId() == 0 && request.systemPrompt) {
            m_session->setSystemPrompt(*request.systemPrompt);
        }
        const auto turn = m_session->send(route, automatic, request.editOf);
        if (!turn) {
            Q_EMIT failed(turn.error());
            return;
        }
        Q_EMIT sent(*turn, request);
    });
}

void Dispatcher::listModels(const QString &accountId)
{
    if (const auto failure = unknownAccount({ChatTarget {accountId, QString(), std::nullopt, std::nullopt}})) {
        Q_EMIT modelsListFailed(accountId, failure->message);
        return;
    }
    withKeys({ChatTarget {accountId, QString(), std::nullopt, std::nullopt}}, [this, accountId] {
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
    withKeys({target}, [this, turnId, target] {
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

} // namespace Quorum
