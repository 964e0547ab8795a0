// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRegularExpression>

#include "routing/sensitive.h"
#include "types/attachment.h"
#include "types/modelprice.h"
#include "types/rule.h"

namespace Quorum
{

//! What the router knows when it decides: the prompt, the conversation, the month's spend,
//! the user's own selection (the default rule) and facts about accounts and models.
struct RouteContext {
    QString prompt;
    QStringList conversationTags;
    QDateTime now = QDateTime::currentDateTime();
    std::optional<double> budgetUsedPercent; //!< this month's spend as a percentage of the budget
    QList<ChatTarget> selection;             //!< the composer's models: the default rule
    //! The user chose the models (Auto is off): only governance rules apply, routing rules do not.
    bool governanceOnly = false;
    std::function<QStringList(const QString &accountId)> accountTags;
    std::function<std::optional<ModelPrice>(const ChatTarget &)> price;
    std::function<qint64(const ChatTarget &)> contextWindow; //!< input tokens; 0: unknown
    //! Files attached to the prompt: their text is read by the rules like the prompt's.
    QList<Attachment> attachments;
    //! The tools the conversation's answers may call: servers and SERVER__TOOL names (uses-tool).
    QStringList tools;
};

//! Tools that only accounts with a tag may be offered (a tools-only rule).
struct ToolRestriction {
    QStringList tools; //!< SERVER, SERVER__TOOL or * (uses-tool's words)
    QString tag;
    QString rule;
    //! Whether \a tool (SERVER__TOOL) of \a server is one of tools.
    bool covers(const QString &server, const QString &tool) const;
};

//! Where a prompt goes and why.
struct RouteDecision {
    QString rule; //!< the rule that chose the targets; "default" for the selection
    Action::Type action = Action::Type::Send;
    QList<ChatTarget> targets;
    bool blocked = false;
    QString message;     //!< why it was blocked
    QString prompt;      //!< the prompt as it will be sent (redacted when a rule says so)
    Redaction redaction; //!< placeholders to restore in the answers
    //! Attached files whose text a redaction rule changed: index -> the text as it is sent.
    //! Such a file goes as this text only, never as the file or its pages.
    QHash<int, QString> redactedFiles;
    QStringList requiredTags;                //!< only accounts with all of these tags may receive the prompt
    QString restrictedTo;                    //!< requiredTags for people: "eu", "eu + no-training"
    QStringList excluded;                    //!< targets the restriction took out ("account/model")
    QStringList governedBy;                  //!< the governance rules that matched (restrict, redact, block), in order
    QList<ToolRestriction> toolRestrictions; //!< tools only some accounts may be offered
    bool overridden = false;                 //!< the user confirmed sending past the rules in governedBy
    QStringList reasons;                     //!< one line per rule looked at, in order

    //! Whether a governance rule changed what the user asked for (blocked, redacted, left targets out).
    bool overridesSelection() const { return blocked || !redaction.isEmpty() || !excluded.isEmpty(); }
    //! \a attachments as they are sent under this decision (redactedFiles applied).
    QList<Attachment> attachmentsAsSent(QList<Attachment> attachments) const;
    //! The targets of the chosen action with the rule that chose them, for a pane or a badge.
    QString summary() const;
};

/*!
 * Decides where a prompt goes: a pure function of the prompt, its context and the ordered
 * rules. Governance rules (restrict, redact, block) are evaluated first, all of them, and
 * cannot be skipped; then the first matching routing rule (send, cheapest, fallback) wins,
 * or the default rule (the user's selection). Every rule looked at adds a reason: which
 * matched and why each earlier one did not. Regular expressions and keyword lists are
 * compiled once, in the constructor.
 */
class Router final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::Router)

public:
    explicit Router(QList<Rule> rules = {});

    RouteDecision decide(const RouteContext &context) const;
    const QList<Rule> &rules() const { return m_rules; }

    //! Tokens of a prompt, estimated as for costs (4 characters a token).
    static qint64 estimateTokens(const QString &text);
    //! The script most letters of \a text are in: latin, cyrillic, greek, arabic, hebrew,
    //! cjk, devanagari, thai, or "other"; empty for text without letters.
    static QString dominantScript(const QString &text);
    //! A script of dominantScript() ("cyrillic") as readers name it ("Cyrillic"), translated.
    static QString scriptLabel(const QString &script);
    static bool looksLikeCode(const QString &text);

private:
    struct Compiled {
        QList<QRegularExpression> patterns;      //!< per condition: its regex, or phrases of several words
        QList<QStringList> words;                //!< per condition: single keywords, case-folded
        QList<QList<QRegularExpression>> each;   //!< per condition: one regex per phrase (all-keywords)
        QList<QList<QRegularExpression>> custom; //!< per condition: the user's sensitive patterns
    };
    //! What is worked out from the prompt at most once per decision, when a rule first asks.
    struct Facts;
    //! Whether condition \a index of rule \a rule holds; \a why says what was seen.
    bool holds(int rule, int index, const RouteContext &context, Facts &facts, QString &why) const;
    QList<ChatTarget> targetsOf(const Action &action, const RouteContext &context, qint64 tokens, QString &why) const;

    QList<Rule> m_rules;
    QList<Compiled> m_compiled;
};

} // namespace Quorum
