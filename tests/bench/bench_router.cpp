// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Router decisions per second with 100 rules (a realistic mix: keywords, regexes, token
// limits, code, script, sensitive data, a redaction and a restriction) on prompts of 100 to
// 10,000 characters, none of the routing rules matching until the last (the worst case).
#include <algorithm>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "routing/router.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<Rule> rules;
    for (int i = 0; i < 100; ++i) {
        Rule r;
        r.name = u"rule %1"_s.arg(i);
        Condition c;
        switch (i % 6) {
        case 0:
            c.type = Condition::Type::AnyKeyword;
            c.words = {u"zebra%1"_s.arg(i), u"quokka%1"_s.arg(i), u"narwhal%1"_s.arg(i)};
            break;
        case 1:
            c.type = Condition::Type::Regex;
            c.pattern = u"\\bticket-%1\\d{4}\\b"_s.arg(i);
            break;
        case 2:
            c.type = Condition::Type::TokensAbove;
            c.number = 1'000'000;
            break;
        case 3:
            c.type = Condition::Type::Script;
            c.words = {u"cyrillic"_s};
            break;
        case 4:
            c.type = Condition::Type::AllKeywords;
            c.words = {u"alpha%1"_s.arg(i), u"omega"_s};
            break;
        default:
            c.type = Condition::Type::ConversationTag;
            c.words = {u"tag%1"_s.arg(i)};
            break;
        }
        r.conditions = {c};
        r.action.type = Action::Type::Send;
        r.action.targets = {*ChatTarget::parse(u"openai/gpt-4.1-mini"_s)};
        if (i == 10) {
            r.conditions
                = {Condition {Condition::Type::Sensitive, {}, {}, 0, {}, {}, {}, {SensitiveMatch::Kind::Email}, false}};
            r.action.type = Action::Type::Redact;
        }
        if (i == 20) {
            r.conditions = {Condition {
                Condition::Type::Sensitive, {}, {}, 0, {}, {}, {}, {SensitiveMatch::Kind::CardNumber}, false}};
            r.action.type = Action::Type::Restrict;
            r.action.tag = u"local"_s;
        }
        rules.append(r);
    }
    QElapsedTimer compile;
    compile.start();
    const Router router(rules);
    std::printf("100 rules compiled in %.2f ms\n", static_cast<double>(compile.nsecsElapsed()) / 1e6);

    const QString sentence
        = u"Please review the quarterly report and tell me how to reduce costs in the cloud bill. "_s;
    for (const qsizetype size : {100, 1000, 10000}) {
        QString prompt;
        while (prompt.size() < size) {
            prompt += sentence;
        }
        prompt.truncate(size);
        RouteContext context;
        context.prompt = prompt;
        context.selection = {*ChatTarget::parse(u"openai/gpt-4.1"_s)};
        QElapsedTimer part;
        part.start();
        for (int i = 0; i < 100; ++i) {
            (void)SensitiveScanner::scan(prompt);
        }
        const double scanUs = static_cast<double>(part.nsecsElapsed()) / 1e3 / 100;
        part.restart();
        for (int i = 0; i < 100; ++i) {
            (void)Router::dominantScript(prompt);
        }
        const double scriptUs = static_cast<double>(part.nsecsElapsed()) / 1e3 / 100;
        std::printf("  (of which, once per decision: sensitive-data scan %.1f µs, script detection %.1f µs)\n",
            scanUs,
            scriptUs);
        QList<double> perDecision;
        for (int run = 0; run < 7; ++run) {
            QElapsedTimer timer;
            timer.start();
            int decisions = 0;
            while (timer.elapsed() < 200) {
                const RouteDecision d = router.decide(context);
                decisions += d.targets.isEmpty() ? 0 : 1;
            }
            perDecision.append(static_cast<double>(timer.nsecsElapsed()) / 1e3 / decisions);
        }
        std::ranges::sort(perDecision);
        std::printf(
            "prompt of %5lld characters: median %.1f µs a decision (%.0f decisions a second), min %.1f, max %.1f\n",
            static_cast<long long>(size),
            perDecision.at(3),
            1e6 / perDecision.at(3),
            perDecision.constFirst(),
            perDecision.constLast());
    }
    return 0;
}
