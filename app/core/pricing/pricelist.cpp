// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "pricing/pricelist.h"

#include <cmath>

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
// LiteLLM provider names whose chat models Quorum can price, and the scope they get (a
// ProviderPreset id, or "bedrock"). Other providers in the file are skipped.
const QHash<QString, QString> &scopeForLiteLlmProvider()
{
    static const QHash<QString, QString> map {
        {u"openai"_s, u"openai"_s},
        {u"anthropic"_s, u"anthropic"_s},
        {u"gemini"_s, u"gemini"_s},
        {u"mistral"_s, u"mistral"_s},
        {u"openrouter"_s, u"openrouter"_s},
        {u"groq"_s, u"groq"_s},
        {u"deepseek"_s, u"deepseek"_s},
        {u"xai"_s, u"xai"_s},
        {u"azure"_s, u"azure"_s},
        {u"bedrock"_s, u"bedrock"_s},
        {u"bedrock_converse"_s, u"bedrock"_s},
        {u"ollama"_s, u"ollama"_s},
    };
    return map;
}

std::optional<qint64> optionalPrice(const QJsonObject &entry, const QString &key)
{
    const QJsonValue value = entry.value(key);
    return value.isDouble() ? PriceList::perTokenToMicrosPerMillion(value.toDouble()) : std::nullopt;
}
} // namespace

std::optional<qint64> PriceList::perTokenToMicrosPerMillion(double usdPerToken)
{
    // USD/token x 10^6 tokens x 10^6 micro-dollars. Values such as 2.5e-06 are not exact in
    // binary; rounding to the nearest micro-dollar per million gives back the decimal price.
    if (!std::isfinite(usdPerToken) || usdPerToken < 0 || usdPerToken > 1.0) {
        return std::nullopt;
    }
    return std::llround(usdPerToken * 1e12);
}

const QList<ModelPrice> &PriceList::builtIn()
{
    static const QList<ModelPrice> prices = [] {
        QFile file(u":/prices/builtin.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("The built-in price list is missing");
            return QList<ModelPrice>();
        }
        auto parsed = fromQuorumJson(file.readAll(), ModelPrice::Source::BuiltIn);
        if (!parsed) {
            qWarning("The built-in price list is broken: %s", qUtf8Printable(parsed.error()));
            return QList<ModelPrice>();
        }
        return parsed->prices;
    }();
    return prices;
}

std::expected<PriceList::Result, QString> PriceList::fromQuorumJson(const QByteArray &json, ModelPrice::Source source)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    }
    const QJsonObject root = document.object();
    const QString checkedOn = root.value("checked_on"_L1).toString();
    const QDate checked = QDate::fromString(checkedOn, Qt::ISODate);
    if (!checked.isValid()) {
        return std::unexpected(tr("\"checked_on\" must be a date (YYYY-MM-DD)"));
    }
    const qint64 effectiveFrom = QDateTime(checked, QTime(0, 0), QTimeZone::UTC).toMSecsSinceEpoch();
    Result result;
    const QJsonArray rows = root.value("prices"_L1).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        ModelPrice price;
        price.scope = row.value("scope"_L1).toString();
        price.model = row.value("model"_L1).toString();
        price.source = source;
        price.checkedOn = checkedOn;
        price.effectiveFrom = effectiveFrom;
        const auto amount = [&](QLatin1StringView key) { return parseUsdMicros(row.value(key).toString()); };
        const auto input = amount("input"_L1);
        const auto output = amount("output"_L1);
        if (price.scope.isEmpty() || price.model.isEmpty() || !input || !output) {
            result.problems << tr("row %1: needs scope, model, input and output (USD per million, as text)").arg(i + 1);
            continue;
        }
        price.inputMicros = *input;
        price.outputMicros = *output;
        price.cachedInputMicros = amount("cached_input"_L1);
        price.cacheWriteMicros = amount("cache_write"_L1);
        price.reasoningMicros = amount("reasoning"_L1);
        if (const QJsonValue above = row.value("long_context_above"_L1); above.isDouble()) {
            price.longContextAbove = above.toInteger();
            price.longInputMicros = amount("long_input"_L1);
            price.longCachedInputMicros = amount("long_cached_input"_L1);
            price.longCacheWriteMicros = amount("long_cache_write"_L1);
            price.longOutputMicros = amount("long_output"_L1);
        }
        result.prices.append(price);
    }
    return result;
}

std::expected<PriceList::Result, QString> PriceList::fromLiteLlm(
    const QByteArray &json, qint64 effectiveFrom, const QString &checkedOn)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return std::unexpected(tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    }
    if (!document.isObject()) {
        return std::unexpected(tr("expected one JSON object keyed by model name"));
    }
    const QJsonObject root = document.object();
    Result result;
    QHash<QString, qsizetype> index; // "scope\nmodel" -> position in result.prices
    QSet<qsizetype> prefixedAt;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QString provider = entry.value("litellm_provider"_L1).toString();
        const QString mode = entry.value("mode"_L1).toString();
        const auto scope = scopeForLiteLlmProvider().constFind(provider);
        if (it.key() == "sample_spec"_L1 || scope == scopeForLiteLlmProvider().cend()
            || (mode != "chat"_L1 && mode != "responses"_L1)) {
            ++result.skipped;
            continue;
        }
        const auto input = optionalPrice(entry, "input_cost_per_token"_L1);
        const auto output = optionalPrice(entry, "output_cost_per_token"_L1);
        if (!input || !output) {
            ++result.skipped; // priced per image, second or request, or not at all
            continue;
        }
        // Keys carry the provider as a prefix except first-party OpenAI and Anthropic names
        // and Bedrock ids: "gemini/gemini-2.5-flash" is model "gemini-2.5-flash".
        QString model = it.key();
        bool prefixed = false;
        for (const QString &prefix : {provider, *scope}) {
            if (model.startsWith(prefix + u'/')) {
                model = model.sliced(prefix.size() + 1);
                prefixed = true;
                break;
            }
        }
        ModelPrice price;
        price.scope = *scope;
        price.model = model;
        price.inputMicros = *input;
        price.outputMicros = *output;
        price.cachedInputMicros = optionalPrice(entry, "cache_read_input_token_cost"_L1);
        price.cacheWriteMicros = optionalPrice(entry, "cache_creation_input_token_cost"_L1);
        price.reasoningMicros = optionalPrice(entry, "output_cost_per_reasoning_token"_L1);
        if (price.reasoningMicros == price.outputMicros) {
            price.reasoningMicros.reset(); // the same price: nothing to say
        }
        // Long-context tiers: "input_cost_per_token_above_200k_tokens" and the like.
        static const QRegularExpression tier(u"^input_cost_per_token_above_(\\d+)k_tokens$"_s);
        for (auto field = entry.begin(); field != entry.end(); ++field) {
            const QRegularExpressionMatch match = tier.match(field.key());
            if (!match.hasMatch()) {
                continue;
            }
            const QString suffix = u"_above_"_s + match.captured(1) + u"k_tokens"_s;
            price.longContextAbove = match.captured(1).toLongLong() * 1000;
            price.longInputMicros = optionalPrice(entry, field.key());
            price.longCachedInputMicros = optionalPrice(entry, u"cache_read_input_token_cost"_s + suffix);
            price.longCacheWriteMicros = optionalPrice(entry, u"cache_creation_input_token_cost"_s + suffix);
            price.longOutputMicros = optionalPrice(entry, u"output_cost_per_token"_s + suffix);
            break; // one tier per model is all the table has
        }
        price.source = ModelPrice::Source::Imported;
        price.checkedOn = checkedOn;
        price.effectiveFrom = effectiveFrom;
        // The table names a few models twice, once with the provider's prefix and once
        // without, sometimes at different prices (deepseek-chat): the prefixed entry is the
        // one LiteLLM routes to that provider, so it wins.
        const QString key = price.scope + u'\n' + price.model;
        if (const auto seen = index.constFind(key); seen != index.cend()) {
            ++result.skipped;
            if (prefixed && !prefixedAt.contains(*seen)) {
                result.prices[*seen] = price;
                prefixedAt.insert(*seen);
            }
            continue;
        }
        index.insert(key, result.prices.size());
        if (prefixed) {
            prefixedAt.insert(result.prices.size());
        }
        result.prices.append(price);
    }
    return result;
}

} // namespace Quorum
