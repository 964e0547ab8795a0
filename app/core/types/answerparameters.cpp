// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/answerparameters.h"

#include <limits>

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr auto variantKey = "variant"_L1;
constexpr auto historyKey = "history"_L1;
constexpr auto followUpKey = "follow_up"_L1;
constexpr auto ruleKey = "rule"_L1;
constexpr auto redactionKey = "redaction"_L1;
constexpr auto fallbackKey = "fallback_from"_L1;
constexpr auto overrodeKey = "overrode"_L1;
constexpr auto requiredTagsKey = "required_tags"_L1;
constexpr auto judgeKey = "judge"_L1;
constexpr auto libraryPromptKey = "library_prompt"_L1;
constexpr auto personaKey = "persona"_L1;

constexpr auto modeKey = "mode"_L1;
constexpr auto customKey = "custom"_L1;
constexpr auto templateVersionKey = "template_version"_L1;
constexpr auto sourcesKey = "sources"_L1;
constexpr auto labelKey = "label"_L1;
constexpr auto responseIdKey = "response_id"_L1;
constexpr auto rankerOfKey = "ranker_of"_L1;
constexpr auto criteriaKey = "criteria"_L1;
constexpr auto pointsKey = "points"_L1;
constexpr auto truncatedKey = "truncated_characters"_L1;

constexpr auto targetKey = "target"_L1;
constexpr auto errorKey = "error"_L1;
constexpr auto messageKey = "message"_L1;
constexpr auto httpStatusKey = "http_status"_L1;

//! A JSON number that is a whole number an int holds (1e3 is; 2.5 and 1e12 are not).
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 limit)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (d != static_cast<double>(static_cast<qint64>(d)) || d > static_cast<double>(limit)
        || d < -static_cast<double>(limit)) {
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

std::optional<FallbackAttempt> attemptFrom(const QJsonValue &value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    QJsonObject json = value.toObject();
    FallbackAttempt attempt;
    for (const auto key : {targetKey, errorKey, messageKey}) {
        if (json.contains(key) && !json.value(key).isString()) {
            return std::nullopt;
        }
    }
    attempt.target = json.take(targetKey).toString();
    attempt.error = json.take(errorKey).toString();
    attempt.message = json.take(messageKey).toString();
    if (json.contains(httpStatusKey)) {
        const auto status = wholeNumber(json.value(httpStatusKey), 999);
        if (!status) {
            return std::nullopt;
        }
        attempt.httpStatus = static_cast<int>(*status);
        json.remove(httpStatusKey);
    }
    attempt.other = json;
    return attempt;
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray()) {
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            return std::nullopt;
        }
        list.append(item.toString());
    }
    return list;
}

std::optional<JudgeParameters> judgeFrom(const QJsonValue &value)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    QJsonObject json = value.toObject();
    JudgeParameters judge;
    if (!json.value(modeKey).isString()) {
        return std::nullopt;
    }
    judge.mode = json.take(modeKey).toString();
    if (json.contains(customKey)) {
        if (!json.value(customKey).isString()) {
            return std::nullopt;
        }
        judge.custom = json.take(customKey).toString();
    }
    if (json.contains(templateVersionKey)) {
        const auto version = wholeNumber(json.value(templateVersionKey), std::numeric_limits<int>::max());
        if (!version) {
            return std::nullopt;
        }
        judge.templateVersion = static_cast<int>(*version);
        json.remove(templateVersionKey);
    }
    if (json.contains(sourcesKey)) {
        if (!json.value(sourcesKey).isArray()) {
            return std::nullopt;
        }
        for (const QJsonValue &s : json.take(sourcesKey).toArray()) {
            const QJsonObject o = s.toObject();
            const auto id = wholeNumber(o.value(responseIdKey), qint64(1) << 53);
            if (!o.value(labelKey).isString() || !id) {
                return std::nullopt;
            }
            judge.sources.append({o.value(labelKey).toString(), *id});
        }
    }
    if (json.contains(rankerOfKey)) {
        const auto id = wholeNumber(json.value(rankerOfKey), qint64(1) << 53);
        if (!id) {
            return std::nullopt;
        }
        judge.rankerOf = *id;
        json.remove(rankerOfKey);
    }
    for (const auto &[key, list] : {std::pair {criteriaKey, &judge.criteria}, std::pair {pointsKey, &judge.points}}) {
        if (json.contains(key)) {
            const auto strings = stringList(json.value(key));
            if (!strings) {
                return std::nullopt;
            }
            *list = *strings;
            json.remove(key);
        }
    }
    if (json.contains(truncatedKey)) {
        const auto n = wholeNumber(json.value(truncatedKey), qint64(1) << 53);
        if (!n) {
            return std::nullopt;
        }
        judge.truncatedCharacters = *n;
        json.remove(truncatedKey);
    }
    judge.other = json;
    return judge;
}

QJsonObject judgeJson(const JudgeParameters &judge)
{
    QJsonObject json = judge.other;
    json.insert(modeKey, judge.mode);
    if (!judge.custom.isEmpty()) {
        json.insert(customKey, judge.custom);
    }
    json.insert(templateVersionKey, judge.templateVersion);
    QJsonArray sources;
    for (const JudgeSource &s : judge.sources) {
        sources.append(QJsonObject {{labelKey, s.label}, {responseIdKey, s.responseId}});
    }
    json.insert(sourcesKey, sources);
    if (judge.rankerOf) {
        json.insert(rankerOfKey, *judge.rankerOf);
    }
    if (!judge.criteria.isEmpty()) {
        json.insert(criteriaKey, QJsonArray::fromStringList(judge.criteria));
    }
    if (!judge.points.isEmpty()) {
        json.insert(pointsKey, QJsonArray::fromStringList(judge.points));
    }
    if (judge.truncatedCharacters) {
        json.insert(truncatedKey, *judge.truncatedCharacters);
    }
    return json;
}

QJsonObject attemptJson(const FallbackAttempt &attempt)
{
    QJsonObject json = attempt.other;
    json.insert(targetKey, attempt.target);
    json.insert(errorKey, attempt.error);
    json.insert(messageKey, attempt.message);
    if (attempt.httpStatus) {
        json.insert(httpStatusKey, *attempt.httpStatus);
    }
    return json;
}
} // namespace

AnswerParameters AnswerParameters::fromJson(const QJsonObject &json)
{
    AnswerParameters p;
    p.other = json;
    // Each known key is taken out of `other` only when its value has the expected shape.
    const auto take = [&p](const auto &key, auto read) {
        if (p.other.contains(key) && read(p.other.value(key))) {
            p.other.remove(key);
        }
    };
    // Each generation parameter on its own, so that one odd value stays in `other` alone.
    for (const QString &key : GenerationParameters::keys()) {
        take(key, [&p, &key](const QJsonValue &v) {
            const auto one = GenerationParameters::fromJson(QJsonObject {{key, v}});
            if (one) {
                p.generation = p.generation.overriddenBy(*one);
            }
            return one.has_value();
        });
    }
    take(variantKey, [&p](const QJsonValue &v) {
        if (v.isString()) {
            p.variant = v.toString();
        }
        return v.isString();
    });
    take(libraryPromptKey, [&p](const QJsonValue &v) {
        p.libraryPrompt = PromptRef::fromJson(v);
        return p.libraryPrompt.has_value();
    });
    take(personaKey, [&p](const QJsonValue &v) {
        p.persona = PromptRef::fromJson(v);
        return p.persona.has_value();
    });
    take(historyKey, [&p](const QJsonValue &v) {
        if (!v.isArray()) {
            return false;
        }
        QList<qint64> ids;
        for (const QJsonValue &id : v.toArray()) {
            const auto n = wholeNumber(id, qint64(1) << 53);
            if (!n) {
                return false;
            }
            ids.append(*n);
        }
        p.history = ids;
        return true;
    });
    take(followUpKey, [&p](const QJsonValue &v) {
        p.followUp = followUpPolicyFromName(v.toString());
        return p.followUp.has_value();
    });
    take(ruleKey, [&p](const QJsonValue &v) {
        if (v.isString()) {
            p.rule = v.toString();
        }
        return v.isString();
    });
    take(redactionKey, [&p](const QJsonValue &v) {
        if (!v.isObject()) {
            return false;
        }
        const QJsonObject placeholders = v.toObject();
        QList<std::pair<QString, QString>> list;
        for (auto it = placeholders.begin(); it != placeholders.end(); ++it) {
            if (!it.value().isString()) {
                return false;
            }
            list.append({it.key(), it.value().toString()});
        }
        p.redaction = list;
        return true;
    });
    take(fallbackKey, [&p](const QJsonValue &v) {
        if (!v.isArray()) {
            return false;
        }
        QList<FallbackAttempt> attempts;
        for (const QJsonValue &a : v.toArray()) {
            const auto attempt = attemptFrom(a);
            if (!attempt) {
                return false;
            }
            attempts.append(*attempt);
        }
        p.fallbackFrom = attempts;
        return true;
    });
    take(overrodeKey, [&p](const QJsonValue &v) {
        p.overrode = stringList(v);
        return p.overrode.has_value();
    });
    take(requiredTagsKey, [&p](const QJsonValue &v) {
        p.requiredTags = stringList(v);
        return p.requiredTags.has_value();
    });
    take(judgeKey, [&p](const QJsonValue &v) {
        p.judge = judgeFrom(v);
        return p.judge.has_value();
    });
    return p;
}

QJsonObject AnswerParameters::toJson() const
{
    QJsonObject json = other;
    generation.writeTo(json);
    if (variant) {
        json.insert(variantKey, *variant);
    }
    if (libraryPrompt) {
        json.insert(libraryPromptKey, libraryPrompt->toJson());
    }
    if (persona) {
        json.insert(personaKey, persona->toJson());
    }
    if (history) {
        QJsonArray ids;
        for (const qint64 id : *history) {
            ids.append(id);
        }
        json.insert(historyKey, ids);
    }
    if (followUp) {
        json.insert(followUpKey, followUpPolicyName(*followUp));
    }
    if (rule) {
        json.insert(ruleKey, *rule);
    }
    if (redaction) {
        QJsonObject placeholders;
        for (const auto &[placeholder, original] : *redaction) {
            placeholders.insert(placeholder, original);
        }
        json.insert(redactionKey, placeholders);
    }
    if (fallbackFrom) {
        QJsonArray attempts;
        for (const FallbackAttempt &attempt : *fallbackFrom) {
            attempts.append(attemptJson(attempt));
        }
        json.insert(fallbackKey, attempts);
    }
    if (overrode) {
        json.insert(overrodeKey, QJsonArray::fromStringList(*overrode));
    }
    if (requiredTags) {
        json.insert(requiredTagsKey, QJsonArray::fromStringList(*requiredTags));
    }
    if (judge) {
        json.insert(judgeKey, judgeJson(*judge));
    }
    return json;
}

} // namespace Quorum
