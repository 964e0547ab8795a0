// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QtGlobal>

namespace Quorum
{

/*!
 * Token usage of one answer, normalised across providers (see docs/providers.md §12):
 * `input` counts every prompt token including cached ones, `cachedInput` the part read
 * from a cache, `cacheWrite` tokens written to a cache (Anthropic, Bedrock), `output`
 * every generated token including reasoning, `reasoning` the reasoning part of `output`.
 * `providerCostUsd` is a cost the provider reported itself (OpenRouter's usage.cost).
 */
struct Usage {
    qint64 input = 0;
    qint64 cachedInput = 0;
    qint64 cacheWrite = 0;
    qint64 output = 0;
    qint64 reasoning = 0;
    std::optional<double> providerCostUsd;

    friend bool operator==(const Usage &, const Usage &) = default;
};

} // namespace Quorum
