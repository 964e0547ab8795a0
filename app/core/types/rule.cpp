// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/rule.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
const QList<std::pair<Condition::Type, QString>> &conditionNames()
{
    using T = Condition::Type;
    static const QList<std::pair<T, QString>> names {{T::Regex, u"regex"_s},
        {T::AnyKeyword, u"any-keyword"_s},
        {T::AllKeywords, u"all-keywords"_s},
        {T::TokensAbove, u"tokens-above"_s},
        {T::TokensBelow, u"tokens-below"_s},
        {T::HasCode, u"has-code"_s},
        {T::Script, u"script"_s},
        {T::ConversationTag, u"conversation-tag"_s},
        {T::TimeOfDay, u"time-of-day"_s},
        {T::Weekday, u"weekday"_s},
        {T::BudgetAbove, u"budget-above"_s},
        {T::Sensitive, u"sensitive"_s},
        {T::HasAttachment, u"has-attachment"_s},
        {T::AttachmentKind, u"attachment-kind"_s},
        {T::AttachmentSizeAbove, u"attachment-size-above"_s},
        {T::UsesTool, u"uses-tool"_s}};
    return names;
}

const QList<std::pair<Action::Type, QString>> &actionNames()
{
    using T = Action::Type;
    static const QList<std::pair<T, QString>> names {{T::Send, u"send"_s},
        {T::Cheapest, u"cheapest"_s},
        {T::Fallback, u"fallback"_s},
        {T::Restrict, u"restrict"_s},
        {T::Redact, u"redact"_s},
        {T::Block, u"block"_s},
        {T::ToolsOnly, u"tools-only"_s}};
    return names;
}

template<typename T> std::optional<T> fromName(const QList<std::pair<T, QString>> &names, const QString &name)
{
    for (const auto &[type, n] : names) {
        if (n == name) {
            return type;
        }
    }
    return std::nullopt;
}

template<typename T> QString toName(const QList<std::pair<T, QString>> &names, T type)
{
    for (const auto &[t, n] : names) {
        if (t == type) {
            return n;
        }
    }
    return {};
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray()) {
        out.append(v.toString());
    }
    return out;
}

std::optional<SensitiveKind> kindFromName(const QString &name)
{
    using K = SensitiveKind;
    for (const K kind : {K::Email, K::Phone, K::CardNumber, K::Iban, K::ApiKey, K::AwsAccessKey, K::Custom}) {
        if (sensitiveKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}
} // namespace

QString Condition::typeName(Type type)
{
    return toName(conditionNames(), type);
}

std::optional<Condition::Type> Condition::typeFromName(const QString &name)
{
    return fromName(conditionNames(), name);
}

QJsonObject Condition::toJson() const
{
    QJsonObject json {{"type"_L1, typeName(type)}};
    if (negate) {
        json.insert("negate"_L1, true);
    }
    switch (type) {
    case Type::Regex:
        json.insert("pattern"_L1, pattern);
        break;
    case Type::AnyKeyword:
    case Type::AllKeywords:
    case Type::Script:
    case Type::ConversationTag:
    case Type::AttachmentKind:
    case Type::UsesTool:
        json.insert("words"_L1, strings(words));
        break;
    case Type::TokensAbove:
    case Type::TokensBelow:
    case Type::BudgetAbove:
    case Type::AttachmentSizeAbove:
        json.insert("number"_L1, number);
        break;
    case Type::HasCode:
    case Type::HasAttachment:
        break;
    case Type::TimeOfDay:
        json.insert("from"_L1, from.toString(u"HH:mm"_s));
        json.insert("to"_L1, to.toString(u"HH:mm"_s));
        break;
    case Type::Weekday: {
        QJsonArray list;
        for (const int d : days) {
            list.append(d);
        }
        json.insert("days"_L1, list);
        break;
    }
    case Type::Sensitive: {
        QJsonArray list;
        for (const SensitiveKind k : kinds) {
            list.append(sensitiveKindName(k));
        }
        json.insert("kinds"_L1, list);
        if (!words.isEmpty()) {
            json.insert("words"_L1, strings(words));
        }
        break;
    }
    }
    return json;
}

std::expected<Condition, QString> Condition::fromJson(const QJsonObject &json)
{
    Condition c;
    const QString name = json.value("type"_L1).toString();
    const auto type = typeFromName(name);
    if (!type) {
        return std::unexpected(QCoreApplication::translate("Quorum::Rule", "unknown condition '%1'").arg(name));
    }
    c.type = *type;
    c.negate = json.value("negate"_L1).toBool();
    c.pattern = json.value("pattern"_L1).toString();
    c.words = stringsOf(json.value("words"_L1));
    c.number = json.value("number"_L1).toInteger();
    c.from = QTime::fromString(json.value("from"_L1).toString(), u"HH:mm"_s);
    c.to = QTime::fromString(json.value("to"_L1).toString(), u"HH:mm"_s);
    for (const QJsonValue &d : json.value("days"_L1).toArray()) {
        c.days.append(d.toInt());
    }
    for (const QJsonValue &k : json.value("kinds"_L1).toArray()) {
        const auto kind = kindFromName(k.toString());
        if (!kind) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::Rule", "unknown kind of sensitive data '%1'").arg(k.toString()));
        }
        c.kinds.append(*kind);
    }
    if (c.type == Type::Regex) {
        const QRegularExpression regex(c.pattern);
        if (c.pattern.isEmpty() || !regex.isValid()) {
            return std::unexpected(QCoreApplication::translate("Quorum::Rule", "bad regular expression '%1': %2")
                    .arg(c.pattern, regex.errorString()));
        }
    }
    if (c.type == Type::TimeOfDay && (!c.from.isValid() || !c.to.isValid())) {
        return std::unexpected(QCoreApplication::translate("Quorum::Rule", "a time of day is HH:mm"));
    }
    if ((c.type == Type::AnyKeyword || c.type == Type::AllKeywords || c.type == Type::Script
            || c.type == Type::ConversationTag || c.type == Type::UsesTool)
        && c.words.isEmpty()) {
        return std::unexpected(QCoreApplication::translate("Quorum::Rule", "'%1' needs at least one word").arg(name));
    }
    if (c.type == Type::AttachmentKind) {
        if (c.words.isEmpty()) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::Rule", "'%1' needs at least one word").arg(name));
        }
        for (const QString &kind : std::as_const(c.words)) {
            if (!QStringList {u"image"_s, u"pdf"_s, u"text"_s}.contains(kind)) {
                return std::unexpected(
                    QCoreApplication::translate("Quorum::Rule", "unknown kind of attachment '%1' (image, pdf or text)")
                        .arg(kind));
            }
        }
    }
    if (c.type == Type::Weekday
        && (c.days.isEmpty() || std::ranges::any_of(c.days, [](int d) { return d < 1 || d > 7; }))) {
        return std::unexpected(
            QCoreApplication::translate("Quorum::Rule", "weekdays are numbers from 1 (Monday) to 7 (Sunday)"));
    }
    if (c.type == Type::Sensitive) {
        for (const QString &pattern : std::as_const(c.words)) {
            const QRegularExpression regex(pattern);
            if (!regex.isValid()) {
                return std::unexpected(QCoreApplication::translate("Quorum::Rule", "bad regular expression '%1': %2")
                        .arg(pattern, regex.errorString()));
            }
        }
    }
    return c;
}

namespace
{
const QStringList &weekdayNames()
{
    static const QStringList names {u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    return names;
}
} // namespace

std::expected<Condition, QString> Condition::parse(const QString &spec)
{
    QString rest = spec.trimmed();
    QJsonObject json;
    if (rest.startsWith(u'!')) {
        json.insert("negate"_L1, true);
        rest.remove(0, 1);
    }
    const qsizetype colon = rest.indexOf(u':');
    const QString name = colon < 0 ? rest : rest.first(colon);
    const QString value = colon < 0 ? QString() : rest.sliced(colon + 1);
    const auto type = typeFromName(name);
    if (!type) {
        return std::unexpected(QCoreApplication::translate("Quorum::Rule", "unknown condition '%1'").arg(name));
    }
    json.insert("type"_L1, name);
    const auto list = [&value] {
        QJsonArray array;
        for (const QString &word : value.split(u',', Qt::SkipEmptyParts)) {
            array.append(word.trimmed());
        }
        return array;
    };
    switch (*type) {
    case Type::Regex:
        json.insert("pattern"_L1, value);
        break;
    case Type::AnyKeyword:
    case Type::AllKeywords:
    case Type::Script:
    case Type::ConversationTag:
    case Type::AttachmentKind:
    case Type::UsesTool:
        json.insert("words"_L1, list());
        break;
    case Type::TokensAbove:
    case Type::TokensBelow:
    case Type::BudgetAbove:
    case Type::AttachmentSizeAbove: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number < 0) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::Rule", "'%1' needs a number, such as %1:2000").arg(name));
        }
        json.insert("number"_L1, number);
        break;
    }
    case Type::HasCode:
    case Type::HasAttachment:
        break;
    case Type::TimeOfDay: {
        // HH:mm-HH:mm (the colon after the type is already gone)
        const QStringList times = value.split(u'-');
        if (times.size() != 2) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::Rule", "a time of day is written time-of-day:22:00-06:00"));
        }
        json.insert("from"_L1, times.at(0).trimmed());
        json.insert("to"_L1, times.at(1).trimmed());
        break;
    }
    case Type::Weekday: {
        QJsonArray days;
        for (const QString &day : value.split(u',', Qt::SkipEmptyParts)) {
            const qsizetype named = weekdayNames().indexOf(day.trimmed().left(3).toLower());
            days.append(named >= 0 ? int(named + 1) : day.trimmed().toInt());
        }
        json.insert("days"_L1, days);
        break;
    }
    case Type::Sensitive:
        json.insert("kinds"_L1, list());
        break;
    }
    return fromJson(json);
}

QString Condition::toSpec() const
{
    QString value;
    switch (type) {
    case Type::Regex:
        value = pattern;
        break;
    case Type::AnyKeyword:
    case Type::AllKeywords:
    case Type::Script:
    case Type::ConversationTag:
    case Type::AttachmentKind:
    case Type::UsesTool:
        value = words.join(u',');
        break;
    case Type::TokensAbove:
    case Type::TokensBelow:
    case Type::BudgetAbove:
    case Type::AttachmentSizeAbove:
        value = QString::number(number);
        break;
    case Type::HasCode:
    case Type::HasAttachment:
        break;
    case Type::TimeOfDay:
        value = from.toString(u"HH:mm"_s) + u'-' + to.toString(u"HH:mm"_s);
        break;
    case Type::Weekday: {
        QStringList names;
        for (const int d : days) {
            names.append(weekdayNames().value(d - 1, QString::number(d)));
        }
        value = names.join(u',');
        break;
    }
    case Type::Sensitive: {
        QStringList names;
        for (const SensitiveKind k : kinds) {
            names.append(sensitiveKindName(k));
        }
        value = names.join(u',');
        if (!words.isEmpty()) {
            value += (value.isEmpty() ? u""_s : u" "_s) + u"+ %1 pattern(s)"_s.arg(words.size());
        }
        break;
    }
    }
    return (negate ? u"!"_s : QString()) + typeName(type) + (value.isEmpty() ? QString() : u':' + value);
}

QString Action::typeName(Type type)
{
    return toName(actionNames(), type);
}

std::optional<Action::Type> Action::typeFromName(const QString &name)
{
    return fromName(actionNames(), name);
}

QJsonObject Action::toJson() const
{
    QJsonObject json {{"type"_L1, typeName(type)}};
    if (!targets.isEmpty()) {
        QJsonArray list;
        for (const ChatTarget &t : targets) {
            list.append(t.label());
        }
        json.insert("targets"_L1, list);
    }
    if (!tag.isEmpty()) {
        json.insert("tag"_L1, tag);
    }
    if (!message.isEmpty()) {
        json.insert("message"_L1, message);
    }
    return json;
}

std::expected<Action, QString> Action::fromJson(const QJsonObject &json)
{
    Action a;
    const QString name = json.value("type"_L1).toString();
    const auto type = typeFromName(name);
    if (!type) {
        return std::unexpected(QCoreApplication::translate("Quorum::Rule", "unknown action '%1'").arg(name));
    }
    a.type = *type;
    for (const QString &label : stringsOf(json.value("targets"_L1))) {
        const auto target = ChatTarget::parse(label);
        if (!target) {
            return std::unexpected(
                QCoreApplication::translate("Quorum::Rule", "a target is ID/MODEL, not '%1'").arg(label));
        }
        a.targets.append(*target);
    }
    a.tag = json.value("tag"_L1).toString();
    a.message = json.value("message"_L1).toString();
    const bool needsTargets = a.type == Type::Send || a.type == Type::Cheapest || a.type == Type::Fallback;
    if (needsTargets && a.targets.isEmpty()) {
        return std::unexpected(QCoreApplication::translate("Quorum::Rule", "the action '%1' needs targets").arg(name));
    }
    if (a.type == Type::Restrict && a.tag.isEmpty()) {
        return std::unexpected(QCoreApplication::translate("Quorum::Rule", "'restrict' needs a tag"));
    }
    if (a.type == Type::ToolsOnly && a.tag.isEmpty()) {
        return std::unexpected(QCoreApplication::translate("Quorum::Rule", "'tools-only' needs a tag"));
    }
    return a;
}

QJsonObject Rule::toJson() const
{
    QJsonArray list;
    for (const Condition &c : conditions) {
        list.append(c.toJson());
    }
    return {{"name"_L1, name}, {"enabled"_L1, enabled}, {"conditions"_L1, list}, {"action"_L1, action.toJson()}};
}

std::expected<Rule, QString> Rule::fromJson(const QJsonObject &json)
{
    Rule rule;
    rule.name = json.value("name"_L1).toString();
    if (rule.name.trimmed().isEmpty()) {
        return std::unexpected(QCoreApplication::translate("Quorum::Rule", "a rule needs a name"));
    }
    rule.enabled = json.value("enabled"_L1).toBool(true);
    for (const QJsonValue &value : json.value("conditions"_L1).toArray()) {
        auto condition = Condition::fromJson(value.toObject());
        if (!condition) {
            return std::unexpected(u"%1: %2"_s.arg(rule.name, condition.error()));
        }
        rule.conditions.append(*condition);
    }
    auto action = Action::fromJson(json.value("action"_L1).toObject());
    if (!action) {
        return std::unexpected(u"%1: %2"_s.arg(rule.name, action.error()));
    }
    rule.action = *action;
    return rule;
}

QString Action::summary() const
{
    QStringList labels;
    for (const ChatTarget &t : targets) {
        labels << t.label();
    }
    switch (type) {
    case Type::Send:
        return QCoreApplication::translate("Quorum::Rule", "send to %1").arg(labels.join(u", "_s));
    case Type::Cheapest:
        return QCoreApplication::translate("Quorum::Rule", "the cheapest that fits of %1").arg(labels.join(u", "_s));
    case Type::Fallback:
        return QCoreApplication::translate("Quorum::Rule", "fallback %1").arg(labels.join(u" → "_s));
    case Type::Restrict:
        return QCoreApplication::translate("Quorum::Rule", "only accounts tagged “%1”").arg(tag);
    case Type::Redact:
        return QCoreApplication::translate("Quorum::Rule", "redact sensitive data");
    case Type::ToolsOnly:
        return QCoreApplication::translate("Quorum::Rule", "tools only for accounts tagged “%1”").arg(tag);
    case Type::Block:
        return message.isEmpty() ? QCoreApplication::translate("Quorum::Rule", "block")
                                 : QCoreApplication::translate("Quorum::Rule", "block: %1").arg(message);
    }
    return {};
}

} // namespace Quorum
