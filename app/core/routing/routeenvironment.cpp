// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "routing/routeenvironment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include "storage/database.h"
#include "storage/modelstore.h"
#include "storage/rulestore.h"
#include "storage/spendstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

RouteEnvironment::RouteEnvironment(const Database *database, const QList<ProviderAccount> &accounts)
    : m_pricing(database ? std::make_shared<Pricing>(*database) : std::make_shared<Pricing>())
{
    QList<Rule> rules;
    for (const ProviderAccount &account : accounts) {
        m_accounts.insert(account.id, account);
    }
    if (database) {
        const RuleStore store(*database);
        if (const auto loaded = store.list()) {
            for (const StoredRule &stored : loaded->rules) {
                rules.append(stored.rule);
            }
            m_problems = loaded->problems;
        } else {
            m_problems.append(loaded.error().message);
        }
        const ModelStore models(*database);
        for (const ProviderAccount &account : accounts) {
            const auto listed = models.models(account.id);
            if (!listed || listed->isEmpty()) {
                continue;
            }
            QSet<QString> &known = m_knownModels[account.id];
            for (const StoredModel &model : *listed) {
                known.insert(model.id);
                if (model.contextWindow > 0) {
                    m_contextWindows.insert(account.id + u'/' + model.id, model.contextWindow);
                }
            }
        }
        if (const auto budgets = SpendStore(*database).budgets()) {
            for (const SpendStore::Budget &budget : *budgets) {
                const double percent = budget.fraction() * 100.0;
                if (budget.providerId.isEmpty()) {
                    m_budgetPercent = percent; // the overall budget decides when there is one
                    break;
                }
                m_budgetPercent = std::max(m_budgetPercent.value_or(0.0), percent);
            }
        }
    }
    m_router = std::make_shared<Router>(rules);
}

const ProviderAccount *RouteEnvironment::account(const QString &id) const
{
    const auto it = m_accounts.constFind(id);
    return it == m_accounts.cend() ? nullptr : &*it;
}

RouteContext RouteEnvironment::context(
    const QString &prompt, const QList<ChatTarget> &selection, const QStringList &conversationTags) const
{
    RouteContext context;
    context.prompt = prompt;
    context.selection = selection;
    context.conversationTags = conversationTags;
    context.budgetUsedPercent = m_budgetPercent;
    // The lambdas hold shared copies: a context may outlive this environment (a queued decision).
    const auto accounts = std::make_shared<QHash<QString, ProviderAccount>>(m_accounts);
    context.accountTags = [accounts](const QString &id) {
        const auto it = accounts->constFind(id);
        return it == accounts->cend() ? QStringList() : it->effectiveTags();
    };
    context.price = [accounts, pricing = m_pricing](const ChatTarget &target) -> std::optional<ModelPrice> {
        const auto it = accounts->constFind(target.accountId);
        if (it == accounts->cend()) {
            return std::nullopt;
        }
        return pricing->priceFor(*it, target.model, {}, QDateTime::currentMSecsSinceEpoch());
    };
    context.contextWindow
        = [windows = m_contextWindows](const ChatTarget &target) { return windows.value(target.label(), 0); };
    return context;
}

RouteEnvironment::TargetProblem RouteEnvironment::checkTarget(const ChatTarget &target) const
{
    const ProviderAccount *found = account(target.accountId);
    if (!found) {
        return {true,
            QCoreApplication::translate("Quorum::RouteEnvironment", "there is no provider account '%1'")
                .arg(target.accountId)};
    }
    const auto known = m_knownModels.constFind(target.accountId);
    if (known != m_knownModels.cend() && !known->contains(target.model)) {
        return {false,
            QCoreApplication::translate("Quorum::RouteEnvironment", "'%1' does not offer a model '%2'")
                .arg(target.accountId, target.model)};
    }
    return {};
}

} // namespace Quorum
