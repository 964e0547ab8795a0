// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "routing/router.h"

#include <array>

#include <QHash>
#include <QSet>

#include "pricing/cost.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
//! Letters of scripts written without spaces between words (no word boundaries there).
bool unspaced(QChar ch)
{
    const QChar::Script script = ch.script();
    return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana
        || script == QChar::Script_Thai;
}

QRegularExpression keywordPattern(const QStringList &words)
{
    QStringList alternatives;
    for (const QString &w : words) {
        const QString word = w.trimmed();
        if (word.isEmpty()) {
            continue;
        }
        alternatives.append((unspaced(word.front()) ? QString() : u"(?<!\\w)"_s) + QRegularExpression::escape(word)
            + (unspaced(word.back()) ? QString() : u"(?!\\w)"_s));
    }
    return QRegularExpression(u"(?:"_s + alternatives.join(u'|') + u')',
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

QString targetNames(const QList<ChatTarget> &targets)
{
    QStringList names;
    for (const ChatTarget &t : targets) {
        names.append(t.label());
    }
    return names.join(u", "_s);
}
} // namespace

Router::Router(QList<Rule> rules)
    : m_rules(std::move(rules))
{
    for (const Rule &rule : std::as_const(m_rules)) {
        Compiled compiled;
        for (const Condition &c : rule.conditions) {
            QRegularExpression pattern;
            QList<QRegularExpression> each;
            QList<QRegularExpression> custom;
            QStringList single;
            switch (c.type) {
            case Condition::Type::Regex:
                pattern = QRegularExpression(c.pattern, QRegularExpression::UseUnicodePropertiesOption);
                break;
            case Condition::Type::AnyKeyword:
            case Condition::Type::AllKeywords: {
                // Single words are looked up in the prompt's set of words (one pass over
                // the prompt for all rules); phrases and words with symbols need a regex.
                QStringList phrases;
                for (const QString &w : c.words) {
                    const QString word = w.trimmed().toCaseFolded();
                    if (word.isEmpty()) {
                        continue;
                    }
                    // (Scripts written without spaces, such as Chinese, are matched as phrases.)
                    const auto wordChar = [](QChar ch) { return ch.isLetterOrNumber() && !unspaced(ch); };
                    if (std::ranges::all_of(word, wordChar)) {
                        single.append(word);
                    } else {
                        phrases.append(w.trimmed());
                        each.append(keywordPattern({w}));
                    }
                }
                if (!phrases.isEmpty()) {
                    pattern = keywordPattern(phrases);
                }
                break;
            }
            case Condition::Type::Sensitive:
                for (const QString &p : c.words) {
                    custom.append(QRegularExpression(p));
                }
                break;
            default:
                break;
            }
            pattern.optimize();
            compiled.patterns.append(pattern);
            compiled.each.append(each);
            compiled.custom.append(custom);
            compiled.words.append(single);
        }
        m_compiled.append(compiled);
    }
}

namespace
{
//! Between the prompt and each attached file's text while rules read them (U+001E, the
//! record separator: no detector matches it, and a file's own are made spaces).
constexpr QChar fileSeparator(0x1e);
} // namespace

struct Router::Facts {
    const QString &prompt;
    qint64 tokens = 0;
    std::optional<QSet<QString>> words;
    std::optional<QString> script;
    std::optional<bool> code;
    std::optional<QList<SensitiveMatch>> sensitive; //!< the built-in kinds

    const QSet<QString> &wordSet()
    {
        if (!words) {
            // One pass: runs of letters and digits, case-folded.
            words.emplace();
            qsizetype start = -1;
            for (qsizetype i = 0; i <= prompt.size(); ++i) {
                const bool inWord = i < prompt.size() && (prompt.at(i).isLetterOrNumber() || prompt.at(i) == u'_');
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    words->insert(QStringView(prompt).sliced(start, i - start).toString().toCaseFolded());
                    start = -1;
                }
            }
        }
        return *words;
    }
    const QString &dominantScript()
    {
        if (!script) {
            script = Router::dominantScript(prompt);
        }
        return *script;
    }
    bool hasCode()
    {
        if (!code) {
            code = Router::looksLikeCode(prompt);
        }
        return *code;
    }
    const QList<SensitiveMatch> &sensitiveData()
    {
        if (!sensitive) {
            sensitive = SensitiveScanner::scan(prompt);
        }
        return *sensitive;
    }
};

qint64 Router::estimateTokens(const QString &text)
{
    return (text.size() + CostCalculator::charactersPerToken - 1) / CostCalculator::charactersPerToken;
}

QString Router::dominantScript(const QString &text)
{
    enum Group { Latin, Cyrillic, Greek, Arabic, Hebrew, Cjk, Devanagari, Thai, Other, Groups };
    std::array<int, Groups> counts {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (c < 0x80) { // ASCII: the common case, without a table lookup
            counts[Latin] += (c | 0x20) >= u'a' && (c | 0x20) <= u'z' ? 1 : 0;
            continue;
        }
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (!QChar::isLetter(c)) {
            continue;
        }
        switch (QChar::script(c)) {
        case QChar::Script_Latin:
            ++counts[Latin];
            break;
        case QChar::Script_Cyrillic:
            ++counts[Cyrillic];
            break;
        case QChar::Script_Greek:
            ++counts[Greek];
            break;
        case QChar::Script_Arabic:
            ++counts[Arabic];
            break;
        case QChar::Script_Hebrew:
            ++counts[Hebrew];
            break;
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            ++counts[Cjk];
            break;
        case QChar::Script_Devanagari:
            ++counts[Devanagari];
            break;
        case QChar::Script_Thai:
            ++counts[Thai];
            break;
        default:
            ++counts[Other];
            break;
        }
    }
    static const std::array<QString, Groups> names {u"latin"_s,
        u"cyrillic"_s,
        u"greek"_s,
        u"arabic"_s,
        u"hebrew"_s,
        u"cjk"_s,
        u"devanagari"_s,
        u"thai"_s,
        u"other"_s};
    const auto most = std::ranges::max_element(counts);
    return *most == 0 ? QString() : names.at(static_cast<std::size_t>(most - counts.begin()));
}

QString Router::scriptLabel(const QString &script)
{
    static const std::array<std::pair<const char *, const char *>, 9> labels {{
        {"latin", QT_TRANSLATE_NOOP("Quorum::Router", "Latin")},
        {"cyrillic", QT_TRANSLATE_NOOP("Quorum::Router", "Cyrillic")},
        {"greek", QT_TRANSLATE_NOOP("Quorum::Router", "Greek")},
        {"arabic", QT_TRANSLATE_NOOP("Quorum::Router", "Arabic")},
        {"hebrew", QT_TRANSLATE_NOOP("Quorum::Router", "Hebrew")},
        {"cjk", QT_TRANSLATE_NOOP("Quorum::Router", "CJK (Chinese, Japanese, Korean)")},
        {"devanagari", QT_TRANSLATE_NOOP("Quorum::Router", "Devanagari")},
        {"thai", QT_TRANSLATE_NOOP("Quorum::Router", "Thai")},
        {"other", QT_TRANSLATE_NOOP("Quorum::Router", "another")},
    }};
    for (const auto &[id, label] : labels) {
        if (script == QLatin1StringView(id)) {
            return tr(label);
        }
    }
    return script;
}

bool Router::looksLikeCode(const QString &text)
{
    if (text.contains(u"```"_s) || text.contains(u"~~~"_s)) {
        return true;
    }
    // Two or more lines that read like code (keywords of common languages, or ending in ; { }).
    static const QRegularExpression codeLine(
        u"^\\s*(?:def |class |#include|import |from \\S+ import|function |fn |func |public |private |"
        "return\\b|for \\(|if \\(|while \\(|const |let |var |SELECT |\\S.*[;{}]\\s*$)"_s,
        QRegularExpression::MultilineOption);
    int lines = 0;
    for (auto it = codeLine.globalMatch(text); it.hasNext() && lines < 2; it.next()) {
        ++lines;
    }
    return lines >= 2;
}

bool Router::holds(int ruleIndex, int index, const RouteContext &context, Facts &facts, QString &why) const
{
    const Condition &c = m_rules.at(ruleIndex).conditions.at(index);
    const Compiled &compiled = m_compiled.at(ruleIndex);
    const qint64 tokens = facts.tokens;
    bool result = false;
    switch (c.type) {
    case Condition::Type::Regex: {
        const QRegularExpressionMatch m = compiled.patterns.at(index).match(facts.prompt);
        result = m.hasMatch();
        why = result ? tr("“%1” matches “%2”").arg(c.pattern, m.captured().left(40))
                     : tr("“%1” does not match").arg(c.pattern);
        break;
    }
    case Condition::Type::AnyKeyword: {
        QString hit;
        for (const QString &w : compiled.words.at(index)) {
            if (facts.wordSet().contains(w)) {
                hit = w;
                break;
            }
        }
        if (hit.isEmpty() && compiled.patterns.at(index).isValid()
            && !compiled.patterns.at(index).pattern().isEmpty()) {
            hit = compiled.patterns.at(index).match(facts.prompt).captured();
        }
        result = !hit.isEmpty();
        why = result ? tr("contains “%1”").arg(hit) : tr("none of %1").arg(c.words.join(u", "_s));
        break;
    }
    case Condition::Type::AllKeywords: {
        result = true;
        for (const QString &w : compiled.words.at(index)) {
            if (!facts.wordSet().contains(w)) {
                result = false;
                why = tr("no “%1”").arg(w);
                break;
            }
        }
        for (qsizetype i = 0; result && i < compiled.each.at(index).size(); ++i) {
            if (!compiled.each.at(index).at(i).match(facts.prompt).hasMatch()) {
                result = false;
                why = tr("no “%1”").arg(compiled.each.at(index).at(i).pattern());
            }
        }
        if (result) {
            why = tr("contains all of %1").arg(c.words.join(u", "_s));
        }
        break;
    }
    case Condition::Type::TokensAbove:
        result = tokens > c.number;
        why = tr("about %1 tokens (%2 %3)").arg(tokens).arg(result ? u">"_s : u"≤"_s).arg(c.number);
        break;
    case Condition::Type::TokensBelow:
        result = tokens < c.number;
        why = tr("about %1 tokens (%2 %3)").arg(tokens).arg(result ? u"<"_s : u"≥"_s).arg(c.number);
        break;
    case Condition::Type::HasCode:
        result = facts.hasCode();
        why = result ? tr("contains code") : tr("no code");
        break;
    case Condition::Type::Script: {
        const QString script = facts.dominantScript();
        result = !script.isEmpty() && c.words.contains(script, Qt::CaseInsensitive);
        why = tr("written mostly in %1 script").arg(script.isEmpty() ? tr("no") : scriptLabel(script));
        break;
    }
    case Condition::Type::ConversationTag: {
        const QString tag = c.words.value(0);
        result = context.conversationTags.contains(tag, Qt::CaseInsensitive);
        why = result ? tr("the conversation is tagged “%1”").arg(tag)
                     : tr("the conversation is not tagged “%1”").arg(tag);
        break;
    }
    case Condition::Type::TimeOfDay: {
        const QTime now = context.now.time();
        result = c.from <= c.to ? (now >= c.from && now < c.to) : (now >= c.from || now < c.to);
        why = tr("it is %1 (%2–%3)")
                  .arg(now.toString(u"HH:mm"_s), c.from.toString(u"HH:mm"_s), c.to.toString(u"HH:mm"_s));
        break;
    }
    case Condition::Type::Weekday:
        result = c.days.contains(context.now.date().dayOfWeek());
        why = tr("it is %1").arg(QLocale().dayName(context.now.date().dayOfWeek()));
        break;
    case Condition::Type::BudgetAbove:
        result = context.budgetUsedPercent && *context.budgetUsedPercent > static_cast<double>(c.number);
        why = context.budgetUsedPercent ? tr("%1% of the monthly budget spent (threshold %2%)")
                                              .arg(*context.budgetUsedPercent, 0, 'f', 0)
                                              .arg(c.number)
                                        : tr("no monthly budget set");
        break;
    case Condition::Type::Sensitive: {
        QList<SensitiveMatch> found;
        for (const SensitiveMatch &m : facts.sensitiveData()) {
            if (c.kinds.isEmpty() || c.kinds.contains(m.kind)) {
                found.append(m);
            }
        }
        if (!compiled.custom.at(index).isEmpty()) {
            found += SensitiveScanner::scan(facts.prompt, {SensitiveMatch::Kind::Custom}, compiled.custom.at(index));
        }
        result = !found.isEmpty();
        QStringList kinds;
        for (const SensitiveMatch &m : found) {
            if (!kinds.contains(SensitiveMatch::kindName(m.kind))) {
                kinds.append(SensitiveMatch::kindName(m.kind));
            }
        }
        why = result ? tr("contains sensitive data (%1)").arg(kinds.join(u", "_s)) : tr("no sensitive data");
        break;
    }
    case Condition::Type::HasAttachment:
        result = !context.attachments.isEmpty();
        why = result ? tr("%n file(s) attached", nullptr, int(context.attachments.size())) : tr("no files attached");
        break;
    case Condition::Type::AttachmentKind: {
        QStringList names;
        for (const Attachment &a : context.attachments) {
            if (c.words.contains(attachmentKindName(a.kind))) {
                names << a.name;
            }
        }
        result = !names.isEmpty();
        why = result ? tr("attached: %1").arg(names.join(u", "_s))
                     : tr("no file of the kind %1 attached").arg(c.words.join(u", "_s));
        break;
    }
    case Condition::Type::UsesTool: {
        QStringList used;
        for (const QString &word : c.words) {
            for (const QString &tool : context.tools) {
                const bool server = !tool.contains(u"__"_s);
                if (word == u"*"_s || tool == word || (server && word.startsWith(tool + u"__"_s))
                    || tool.startsWith(word + u"__"_s)) {
                    used << tool;
                }
            }
        }
        used.removeDuplicates();
        result = !used.isEmpty();
        why = result ? tr("the conversation uses %1").arg(used.join(u", "_s))
                     : tr("the conversation uses no tool of %1").arg(c.words.join(u", "_s));
        break;
    }
    case Condition::Type::AttachmentSizeAbove: {
        const qint64 limit = c.number * 1024 * 1024;
        const auto large
            = std::ranges::find_if(context.attachments, [limit](const Attachment &a) { return a.size() > limit; });
        result = large != context.attachments.cend();
        why = result ? tr("%1 is larger than %2 MB").arg(large->name).arg(c.number)
                     : tr("no attached file is larger than %1 MB").arg(c.number);
        break;
    }
    }
    if (c.negate) {
        result = !result;
        why = tr("not: %1").arg(why);
    }
    return result;
}

bool ToolRestriction::covers(const QString &server, const QString &tool) const
{
    return std::ranges::any_of(
        tools, [&](const QString &word) { return word == u"*"_s || word == server || word == tool; });
}

QList<ChatTarget> Router::targetsOf(
    const Action &action, const RouteContext &context, qint64 tokens, QString &why) const
{
    if (action.type != Action::Type::Cheapest) {
        return action.targets;
    }
    // The cheapest (input price) of those whose context window holds the prompt.
    std::optional<ChatTarget> best;
    std::optional<qint64> bestPrice;
    QStringList skipped;
    for (const ChatTarget &t : action.targets) {
        const qint64 window = context.contextWindow ? context.contextWindow(t) : 0;
        if (window > 0 && window < tokens) {
            skipped << tr("%1 (context %2 tokens)").arg(t.label()).arg(window);
            continue;
        }
        const std::optional<ModelPrice> price = context.price ? context.price(t) : std::nullopt;
        // Input and output price per million tokens together: a model cheap to read but dear
        // to write is not the cheap one. Unknown prices come last.
        const std::optional<qint64> cost
            = price ? std::optional<qint64>(price->inputMicros + price->outputMicros) : std::nullopt;
        if (!best || (cost && (!bestPrice || *cost < *bestPrice))) {
            best = t;
            bestPrice = cost;
        }
    }
    why = best ? tr("the cheapest that fits is %1").arg(best->label()) : tr("none of the candidates fits the prompt");
    if (!skipped.isEmpty()) {
        why += tr("; too small: %1").arg(skipped.join(u", "_s));
    }
    return best ? QList<ChatTarget> {*best} : QList<ChatTarget> {};
}

QList<Attachment> RouteDecision::attachmentsAsSent(QList<Attachment> attachments) const
{
    for (auto it = redactedFiles.cbegin(); it != redactedFiles.cend(); ++it) {
        if (it.key() < attachments.size()) {
            attachments[it.key()].text = it.value();
            attachments[it.key()].redacted = true;
        }
    }
    return attachments;
}

RouteDecision Router::decide(const RouteContext &context) const
{
    RouteDecision decision;
    decision.prompt = context.prompt;
    // The rules read the attached files' text as part of the prompt (docs/attachments.md,
    // "Rules"); a record separator keeps each file's text apart for redaction.
    QString scanned = context.prompt;
    for (const Attachment &a : context.attachments) {
        scanned += fileSeparator;
        scanned += QString(a.text).replace(fileSeparator, u' ');
    }
    const qint64 tokens = estimateTokens(scanned);
    Facts facts {scanned, tokens, {}, {}, {}, {}};
    const auto matches = [&](int r, QString &why) {
        QStringList seen;
        for (int i = 0; i < m_rules.at(r).conditions.size(); ++i) {
            QString reason;
            if (!holds(r, i, context, facts, reason)) {
                why = reason;
                return false;
            }
            seen << reason;
        }
        why = seen.isEmpty() ? tr("no conditions") : seen.join(u"; "_s);
        return true;
    };

    // 1. Governance, every rule, in order; they cannot be skipped.
    for (int r = 0; r < m_rules.size(); ++r) {
        const Rule &rule = m_rules.at(r);
        if (!rule.action.isGovernance()) {
            continue;
        }
        if (!rule.enabled) {
            decision.reasons << tr("“%1” is turned off").arg(rule.name);
            continue;
        }
        QString why;
        if (!matches(r, why)) {
            decision.reasons << tr("“%1” did not match: %2").arg(rule.name, why);
            continue;
        }
        switch (rule.action.type) {
        case Action::Type::Block:
            decision.blocked = true;
            decision.rule = rule.name;
            decision.action = Action::Type::Block;
            decision.message
                = rule.action.message.isEmpty() ? tr("Blocked by the rule “%1”.").arg(rule.name) : rule.action.message;
            decision.governedBy << rule.name;
            decision.reasons << tr("“%1” blocks it: %2").arg(rule.name, why);
            return decision;
        case Action::Type::Redact: {
            QList<SensitiveMatch::Kind> kinds;
            QList<QRegularExpression> custom;
            for (int i = 0; i < rule.conditions.size(); ++i) {
                if (rule.conditions.at(i).type == Condition::Type::Sensitive && !rule.conditions.at(i).negate) {
                    kinds += rule.conditions.at(i).kinds;
                    custom += m_compiled.at(r).custom.at(i);
                }
            }
            // The prompt and the files' text together, so one value has one placeholder in all.
            QString text = decision.prompt;
            for (int i = 0; i < context.attachments.size(); ++i) {
                text += fileSeparator;
                text += decision.redactedFiles.value(
                    i, QString(context.attachments.at(i).text).replace(fileSeparator, u' '));
            }
            const Redaction before = decision.redaction;
            decision.redaction = Redaction::apply(text, SensitiveScanner::scan(text, kinds, custom));
            for (const auto &placeholder : before.placeholders) { // an earlier redact rule's
                if (!decision.redaction.placeholders.contains(placeholder)) {
                    decision.redaction.placeholders.prepend(placeholder);
                }
            }
            const QStringList parts = decision.redaction.text.split(fileSeparator);
            decision.prompt = parts.value(0);
            for (int i = 0; i < context.attachments.size(); ++i) {
                const QString redacted = parts.value(i + 1);
                if (redacted != context.attachments.at(i).text) {
                    decision.redactedFiles.insert(i, redacted);
                }
            }
            decision.redaction.text = decision.prompt;
            decision.governedBy << rule.name;
            decision.reasons << tr(
                "“%1” redacts %n item(s): %2", nullptr, static_cast<int>(decision.redaction.placeholders.size()))
                                    .arg(rule.name, why);
            break;
        }
        case Action::Type::ToolsOnly: {
            ToolRestriction restriction {{}, rule.action.tag, rule.name};
            for (const Condition &condition : rule.conditions) {
                if (condition.type == Condition::Type::UsesTool && !condition.negate) {
                    restriction.tools += condition.words;
                }
            }
            if (restriction.tools.isEmpty()) {
                restriction.tools << u"*"_s;
            }
            decision.toolRestrictions.append(restriction);
            decision.governedBy << rule.name;
            decision.reasons << tr("“%1” offers %2 only to accounts tagged “%3”: %4")
                                    .arg(rule.name, restriction.tools.join(u", "_s), rule.action.tag, why);
            break;
        }
        case Action::Type::Restrict:
            // Several restrictions all hold: "only EU" and "no training" leave accounts with both.
            if (!decision.requiredTags.contains(rule.action.tag, Qt::CaseInsensitive)) {
                decision.requiredTags.append(rule.action.tag);
                decision.restrictedTo = decision.requiredTags.join(u" + "_s);
            }
            decision.governedBy << rule.name;
            decision.reasons << tr("“%1” allows only accounts tagged “%2”: %3").arg(rule.name, rule.action.tag, why);
            break;
        default:
            break;
        }
    }

    // 2. Routing: the first matching rule, else the default (the user's selection).
    bool routed = false;
    for (int r = 0; r < m_rules.size() && !routed && !context.governanceOnly; ++r) {
        const Rule &rule = m_rules.at(r);
        if (rule.action.isGovernance()) {
            continue;
        }
        if (!rule.enabled) {
            decision.reasons << tr("“%1” is turned off").arg(rule.name);
            continue;
        }
        QString why;
        if (!matches(r, why)) {
            decision.reasons << tr("“%1” did not match: %2").arg(rule.name, why);
            continue;
        }
        QString chose;
        decision.targets = targetsOf(rule.action, context, tokens, chose);
        decision.rule = rule.name;
        decision.action = rule.action.type;
        decision.reasons << tr("“%1” matched: %2").arg(rule.name, why)
                + (chose.isEmpty() ? QString() : u"; "_s + chose);
        routed = true;
    }
    if (!routed) {
        decision.rule = u"default"_s;
        decision.action = Action::Type::Send;
        decision.targets = context.selection;
        const QString chosen = context.selection.isEmpty() ? tr("none") : targetNames(context.selection);
        decision.reasons << (context.governanceOnly
                ? tr("Auto is off: sent to the models chosen (%1)").arg(chosen)
                : tr("no rule matched: the default rule sends to the models chosen (%1)").arg(chosen));
    }

    // 3. A restriction holds whatever chose the targets.
    if (!decision.restrictedTo.isEmpty()) {
        QList<ChatTarget> allowed;
        QStringList removed;
        for (const ChatTarget &t : std::as_const(decision.targets)) {
            const QStringList tags = context.accountTags ? context.accountTags(t.accountId) : QStringList {};
            const bool hasAll = std::ranges::all_of(
                decision.requiredTags, [&tags](const QString &tag) { return tags.contains(tag, Qt::CaseInsensitive); });
            if (hasAll) {
                allowed.append(t);
            } else {
                removed.append(t.label());
            }
        }
        if (!removed.isEmpty()) {
            decision.reasons
                << tr("not allowed (account not tagged “%1”): %2").arg(decision.restrictedTo, removed.join(u", "_s));
        }
        decision.targets = allowed;
        decision.excluded = removed;
        if (allowed.isEmpty()) {
            decision.blocked = true;
            decision.message = tr("No chosen model may receive this prompt: only accounts tagged “%1” may.")
                                   .arg(decision.restrictedTo);
        }
    }
    if (!decision.blocked && decision.targets.isEmpty()) {
        decision.blocked = true;
        decision.message = tr("No model to send to.");
    }
    return decision;
}

QString RouteDecision::summary() const
{
    if (blocked) {
        return Router::tr("Blocked by “%1”: %2").arg(rule, message);
    }
    QStringList labels;
    for (const ChatTarget &t : targets) {
        labels << t.label();
    }
    const QString joined = labels.join(action == Action::Type::Fallback ? u" → "_s : u", "_s);
    return rule == "default"_L1 ? Router::tr("Your models: %1").arg(joined) : Router::tr("“%1”: %2").arg(rule, joined);
}

} // namespace Quorum
