// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include "types/chattarget.h"
#include "types/sensitivekind.h"

namespace Quorum
{

//! One test a prompt must pass for a rule to match; all of a rule's conditions must hold.
struct Condition {
    enum class Type {
        Regex,               //!< `pattern` matches somewhere in the prompt
        AnyKeyword,          //!< any of `words` (case-insensitive, whole words)
        AllKeywords,         //!< all of `words`
        TokensAbove,         //!< estimated prompt tokens > `number`
        TokensBelow,         //!< estimated prompt tokens < `number`
        HasCode,             //!< a fenced code block, or lines that look like code
        Script,              //!< the prompt is mostly in `words` (latin, cyrillic, greek, arabic, hebrew, cjk, ...)
        ConversationTag,     //!< the conversation has the tag `words[0]`
        TimeOfDay,           //!< now is between `from` and `to` (wrapping midnight)
        Weekday,             //!< today is one of `days` (1 = Monday)
        BudgetAbove,         //!< this month's spend is above `number` percent of the budget
        Sensitive,           //!< sensitive data of `kinds` (empty: any) or the user's `words` patterns
        HasAttachment,       //!< files are attached to the prompt
        AttachmentKind,      //!< a file of one of `words` ("image", "pdf", "text") is attached
        AttachmentSizeAbove, //!< an attached file is larger than `number` MB
        UsesTool,            //!< the conversation's tools include one of `words` (SERVER, SERVER__TOOL, *)
    };
    Type type = Type::Regex;
    QString pattern;
    QStringList words;
    qint64 number = 0;
    QTime from;
    QTime to;
    QList<int> days;
    QList<SensitiveKind> kinds;
    bool negate = false; //!< the condition holds when its test fails

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    QJsonObject toJson() const;
    [[nodiscard]] static std::expected<Condition, QString> fromJson(const QJsonObject &json);
    /*!
     * The short form of the command line (docs/rules.md): `[!]TYPE[:VALUE]`, such as
     * `has-code`, `any-keyword:invoice,contract`, `tokens-above:2000`, `time-of-day:22:00-06:00`,
     * `weekday:sat,sun`, `sensitive:email,card`, `!script:latin`.
     */
    [[nodiscard]] static std::expected<Condition, QString> parse(const QString &spec);
    QString toSpec() const;
    friend bool operator==(const Condition &, const Condition &) = default;
};

//! What a matching rule does.
struct Action {
    enum class Type {
        Send,     //!< to `targets` (one model, or several to compare)
        Cheapest, //!< to the cheapest of `targets` whose context window fits the prompt
        Fallback, //!< to `targets[0]`, and on an error before the first token to the next
        Restrict, //!< governance: only accounts tagged `tag` may receive the prompt
        Redact,   //!< governance: replace the sensitive matches by placeholders first
        Block,    //!< governance: do not send; say `message`
        //! governance: the tools the rule's uses-tool conditions name (all, without one) are
        //! offered only to accounts tagged `tag` (docs/tools.md, "Under the rules")
        ToolsOnly,
    };
    Type type = Type::Send;
    QList<ChatTarget> targets;
    QString tag;
    QString message;

    //! Governance actions run before the others and keep evaluating; the rest end the search.
    bool isGovernance() const
    {
        return type == Type::Restrict || type == Type::Redact || type == Type::Block || type == Type::ToolsOnly;
    }
    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    QJsonObject toJson() const;
    [[nodiscard]] static std::expected<Action, QString> fromJson(const QJsonObject &json);
    //! One line for lists: "send to a/x, b/y", "fallback a/x → b/y", "only accounts tagged eu", ...
    QString summary() const;
    friend bool operator==(const Action &, const Action &) = default;
};

//! A named rule: conditions (all must hold; none: always) and an action. First match wins.
struct Rule {
    QString name;
    bool enabled = true;
    QList<Condition> conditions;
    Action action;

    QJsonObject toJson() const;
    [[nodiscard]] static std::expected<Rule, QString> fromJson(const QJsonObject &json);
    friend bool operator==(const Rule &, const Rule &) = default;
};

} // namespace Quorum
