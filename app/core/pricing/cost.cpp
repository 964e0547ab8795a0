// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "pricing/cost.h"

#include <cmath>

namespace Quorum
{

namespace
{
constexpr qint64 picosPerNano = 1'000;

// tokens x micro-dollars per million tokens = pico-dollars (10^-12 USD), exact.
qint64 picos(qint64 tokens, qint64 microsPerMillion)
{
    return qMax<qint64>(0, tokens) * microsPerMillion;
}

qint64 toNanos(qint64 picoDollars)
{
    return (picoDollars + picosPerNano / 2) / picosPerNano;
}
} // namespace

Cost CostCalculator::fromUsage(const Usage &usage, std::optional<ModelPrice> price)
{
    if (usage.providerCostUsd && std::isfinite(*usage.providerCostUsd) && *usage.providerCostUsd >= 0) {
        return {nanosFromUsd(*usage.providerCostUsd), Cost::Basis::ProviderReported};
    }
    if (!price) {
        return {};
    }
    // A long prompt moves the whole request to the long-context prices (docs/pricing.md).
    ModelPrice p = *price;
    if (p.longContextAbove && usage.input > *p.longContextAbove) {
        p.inputMicros = p.longInputMicros.value_or(p.inputMicros);
        p.cachedInputMicros = p.longCachedInputMicros ? p.longCachedInputMicros : p.cachedInputMicros;
        p.cacheWriteMicros = p.longCacheWriteMicros ? p.longCacheWriteMicros : p.cacheWriteMicros;
        p.outputMicros = p.longOutputMicros.value_or(p.outputMicros);
        p.reasoningMicros.reset(); // no separate long-context reasoning price is published
    }
    price = p;
    const qint64 cached = qMax<qint64>(0, usage.cachedInput);
    const qint64 writes = qMax<qint64>(0, usage.cacheWrite);
    const qint64 uncached = qMax<qint64>(0, usage.input - cached - writes);
    const qint64 reasoning = qBound<qint64>(0, usage.reasoning, usage.output);
    const qint64 total = picos(uncached, price->inputMicros)
        + picos(cached, price->cachedInputMicros.value_or(price->inputMicros))
        + picos(writes, price->cacheWriteMicros.value_or(price->inputMicros))
        + picos(usage.output - reasoning, price->outputMicros)
        + picos(reasoning, price->reasoningMicros.value_or(price->outputMicros));
    return {toNanos(total), Cost::Basis::Usage};
}

Cost CostCalculator::estimate(qint64 promptCharacters, qint64 outputCharacters, const std::optional<ModelPrice> &price)
{
    if (!price) {
        return {};
    }
    const auto tokens
        = [](qint64 characters) { return (qMax<qint64>(0, characters) + charactersPerToken - 1) / charactersPerToken; };
    const qint64 total
        = picos(tokens(promptCharacters), price->inputMicros) + picos(tokens(outputCharacters), price->outputMicros);
    return {toNanos(total), Cost::Basis::Estimate};
}

Cost CostCalculator::compute(const std::optional<Usage> &usage,
    const std::optional<ModelPrice> &price,
    qint64 promptCharacters,
    qint64 outputCharacters)
{
    return usage ? fromUsage(*usage, price) : estimate(promptCharacters, outputCharacters, price);
}

} // namespace Quorum
