// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QString>

namespace Quorum
{

/*!
 * What a model costs, in micro-dollars (1 USD = 1,000,000) per million tokens, so $2.50 per
 * million is 2,500,000: integers, never floats (docs/pricing.md). `scope` is a provider account
 * id, or a preset/kind ("openai", "anthropic", "bedrock") for every account of it. A row is
 * in force from `effectiveFrom` (ms since the epoch); answers keep the cost computed when
 * they were made.
 */
struct ModelPrice {
    enum class Source { BuiltIn, User, Imported };

    qint64 id = 0;
    QString scope;
    QString model; //!< a model id, or "*" for every model of the scope (local servers: 0)
    qint64 inputMicros = 0;
    std::optional<qint64> cachedInputMicros; //!< cache reads; none: the input price
    std::optional<qint64> cacheWriteMicros;  //!< Anthropic and Bedrock cache writes; none: the input price
    qint64 outputMicros = 0;
    std::optional<qint64> reasoningMicros; //!< when reasoning is billed unlike other output
    //! Above this many prompt tokens every token of the request is billed at the long-context
    //! prices (each falls back to the normal one when not given).
    std::optional<qint64> longContextAbove;
    std::optional<qint64> longInputMicros;
    std::optional<qint64> longCachedInputMicros;
    std::optional<qint64> longCacheWriteMicros;
    std::optional<qint64> longOutputMicros;
    Source source = Source::User;
    QString checkedOn; //!< YYYY-MM-DD: when the source was read
    qint64 effectiveFrom = 0;

    friend bool operator==(const ModelPrice &, const ModelPrice &) = default;
};

QString priceSourceName(ModelPrice::Source source);
std::optional<ModelPrice::Source> priceSourceFromName(const QString &name);

//! Costs are counted in nano-dollars (1 USD = 1,000,000,000): exact below a micro-dollar, and
//! a 64-bit total holds more than nine billion dollars (docs/pricing.md, "Units").
inline constexpr qint64 nanosPerUsd = 1'000'000'000;
//! Dollars for JSON and checks; the stored amount stays an integer.
inline double usdFromNanos(qint64 nanos)
{
    return static_cast<double>(nanos) / static_cast<double>(nanosPerUsd);
}
//! Nano-dollars from a dollar amount read as a number (a provider's figure, a file's limit).
qint64 nanosFromUsd(double usd);

//! "2.50" for 2,500,000 micro-dollars (a price per million tokens): as many decimals as needed, at least 2.
QString formatUsd(qint64 micros);
//! "0.0000075" for 7,500 nano-dollars (a cost): exact, as many decimals as needed, at least 2.
QString formatUsdNanos(qint64 nanos);
/*!
 * A cost in nano-dollars as people read it: "$1.23" from a dollar up, two significant digits
 * below ("$0.00034", "$0.0000075", "$0.012"), "$0.00" for nothing. Exact: formatUsdNanos().
 */
QString formatCost(qint64 nanos);
//! Parses a USD price ("2.5", "0.075") exactly into micro-dollars; nothing on bad input.
std::optional<qint64> parseUsdMicros(const QString &text);
//! Parses a USD amount (a budget, a cost limit) exactly into nano-dollars; nothing on bad input.
std::optional<qint64> parseUsdNanos(const QString &text);

} // namespace Quorum
