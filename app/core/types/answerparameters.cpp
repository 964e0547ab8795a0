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
constexpr auto temperatureKey = "temperature"_L1;
constexpr auto maxTokensKey = "max_tokens"_L1;
constexpr auto historyKey = "history"_L1;
constexpr auto followUpKey = "follow_up"_L1;
constexpr auto ruleKey = "rule"_L1;
constexpr auto redactionKey = "redaction"_L1;
constexpr auto fallbackKey = "fallback_from"_L1;
constexpr auto overrodeKey = "overrode"_L1;

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
    const auto take = [&p](QLatin1StringView key, auto read) {
        if (p.other.contains(key) && read(p.other.value(key))) {
            p.other.remove(key);
        }
    };
    take(temperatureKey, [&p](const QJsonValue &v) {
        if (v.isDouble()) {
            p.temperature = v.toDouble();
        }
        return v.isDouble();
    });
    take(maxTokensKey, [&p](const QJsonValue &v) {
        const auto n = wholeNumber(v, std::numeric_limits<int>::max());
        if (n) {
            p.maxTokens = static_cast<int>(*n);
        }
        return n.has_value();
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
        if (!v.isArray()) {
            return false;
        }
        QStringList names;
        for (const QJsonValue &name : v.toArray()) {
            if (!name.isString()) {
                return false;
            }
            names.append(name.toString());
        }
        p.overrode = names;
        return true;
    });
    return p;
}

QJsonObject AnswerParameters::toJson() const
{
    QJsonObject json = other;
    if (temperature) {
        json.insert(temperatureKey, *temperature);
    }
    if (maxTokens) {
        json.insert(maxTokensKey, *maxTokens);
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
    return json;
}

} // namespace Quorum
