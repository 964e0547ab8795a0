// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for the routing-rule parsers: a rules file and a condition's short form
// from any bytes; rules that parse survive JSON → rule → JSON unchanged, and the router
// decides on them (with the bytes as the prompt) without crashing.
#include <cstdlib>

#include <QJsonDocument>

#include "routing/router.h"
#include "storage/rulestore.h"

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString text = QString::fromUtf8(bytes);
    QList<Rule> rules;
    if (const auto parsed = RuleStore::fromDocument(bytes)) {
        rules = *parsed;
        for (const Rule &rule : rules) {
            const auto again = Rule::fromJson(rule.toJson());
            if (!again || again->toJson() != rule.toJson()) {
                std::abort(); // what was read is written back the same
            }
        }
    }
    if (const auto condition = Condition::parse(text.left(200))) {
        Rule rule;
        rule.name = QStringLiteral("fuzz");
        rule.conditions = {*condition};
        rule.action.type = Action::Type::Send;
        rule.action.targets = {ChatTarget {QStringLiteral("a"), QStringLiteral("b"), {}, {}, {}}};
        rules.append(rule);
        if (!Condition::parse(condition->toSpec()) && condition->words.isEmpty()) {
            std::abort(); // the short form it prints parses again
        }
    }
    if (rules.size() > 50) {
        rules.resize(50);
    }
    RouteContext context;
    context.prompt = text.left(20000);
    context.selection = {ChatTarget {QStringLiteral("x"), QStringLiteral("y"), {}, {}, {}}};
    context.budgetUsedPercent = 50.0;
    const RouteDecision decision = Router(rules).decide(context);
    if (!decision.blocked && decision.targets.isEmpty()) {
        std::abort(); // either somewhere to send it or a reason not to
    }
    return 0;
}
