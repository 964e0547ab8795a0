// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include "types/modelprice.h"
#include "types/usage.h"

namespace Quorum
{

/*!
 * The cost of one answer in nano-dollars, or unknown (never 0 for unknown). How it was
 * found says how far to trust it: the provider's own figure (OpenRouter's usage.cost), the
 * reported usage at the price in force, or an estimate from the text when the provider
 * sent no usage (then `estimated` is set and shown wherever the cost is).
 */
struct Cost {
    //! NotBilled: the provider refused the request (an HTTP error, nothing streamed): $0, exactly.
    enum class Basis { Unknown, ProviderReported, Usage, Estimate, NotBilled };

    std::optional<qint64> nanos;
    Basis basis = Basis::Unknown;
    bool estimated() const { return basis == Basis::Estimate; }

    friend bool operator==(const Cost &, const Cost &) = default;
};

/*!
 * Computes costs from normalised usage (usage.h: input includes cached and cache-write
 * tokens, output includes reasoning):
 *   (input - cached - cache writes) x input price + cached x cached price
 *   + cache writes x cache-write price + (output - reasoning) x output price
 *   + reasoning x reasoning price (the output price unless a row says otherwise).
 * A prompt above the price's long-context threshold bills the whole request at the
 * long-context prices. Products are exact integers in pico-dollars, rounded half up to
 * nano-dollars once.
 */
class CostCalculator final
{
public:
    //! Characters per token for estimates: the usual rule of thumb for English text and code.
    static constexpr int charactersPerToken = 4;

    //! The cost of \a usage at \a price; the provider's own figure wins when it has one.
    static Cost fromUsage(const Usage &usage, std::optional<ModelPrice> price);
    /*!
     * No usage arrived (an aborted stream, a provider that sends none): tokens are estimated
     * as characters / 4 of the prompt sent (with its history) and of the text received.
     */
    static Cost estimate(qint64 promptCharacters, qint64 outputCharacters, const std::optional<ModelPrice> &price);
    //! Either of the above, as fits what arrived.
    static Cost compute(const std::optional<Usage> &usage,
        const std::optional<ModelPrice> &price,
        qint64 promptCharacters,
        qint64 outputCharacters);
};

} // namespace Quorum
