// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>

#include <QHash>
#include <QStringList>

#include "pricing/pricing.h"
#include "providers/provideraccount.h"
#include "routing/router.h"

namespace Quorum
{

class Database;

/*!
 * What the router is given from the stored data, in one place for the window and the CLI:
 * the rules (RuleStore), each account's tags (its own plus "local" for this machine), prices
 * (Pricing), context windows (the stored model lists) and how much of the monthly budget is
 * spent (SpendStore: the overall budget, or without one the fullest provider budget).
 * Built once per change of those; context() is cheap and called per prompt.
 */
class RouteEnvironment final
{
public:
    //! Without a database: no rules, built-in prices, no budget.
    RouteEnvironment(const Database *database, const QList<ProviderAccount> &accounts);

    const Router &router() const { return *m_router; }
    //! Routes by \a rules instead of the stored ones (the rules editor's "Try a prompt").
    void setRules(const QList<Rule> &rules) { m_router = std::make_shared<Router>(rules); }
    QStringList problems() const { return m_problems; } //!< stored rules that could not be read
    const ProviderAccount *account(const QString &id) const;
    std::optional<double> budgetUsedPercent() const { return m_budgetPercent; }

    RouteContext context(
        const QString &prompt, const QList<ChatTarget> &selection, const QStringList &conversationTags = {}) const;
    //! With \a automatic false (the user chose the models) only governance rules apply.
    RouteDecision decide(const QString &prompt,
        const QList<ChatTarget> &selection,
        const QStringList &conversationTags = {},
        bool automatic = true,
        const QList<Attachment> &attachments = {},
        const QStringList &tools = {}) const
    {
        RouteContext c = context(prompt, selection, conversationTags);
        c.governanceOnly = !automatic;
        c.attachments = attachments;
        c.tools = tools;
        return m_router->decide(c);
    }

    //! Whether \a target names an enabled account and, where its model list is known, one of its models.
    struct TargetProblem {
        bool unknownAccount = false; //!< no such account: the rule cannot work (a model may just be unlisted)
        QString message;             //!< empty: fine
    };
    TargetProblem checkTarget(const ChatTarget &target) const;

private:
    std::shared_ptr<Router> m_router;
    QStringList m_problems;
    QHash<QString, ProviderAccount> m_accounts;
    QHash<QString, qint64> m_contextWindows;     //!< "account/model" -> input tokens
    QHash<QString, QSet<QString>> m_knownModels; //!< account -> its listed models (absent: never listed)
    std::shared_ptr<Pricing> m_pricing;
    std::optional<double> m_budgetPercent;
};

} // namespace Quorum
