// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "types/modelprice.h"

namespace Quorum
{

/*!
 * Price lists read from files: Quorum's built-in list (resources/prices/builtin.json,
 * decimal strings in USD per million tokens) and LiteLLM's public
 * model_prices_and_context_window.json (USD per single token, docs/pricing.md §4).
 */
class PriceList final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::PriceList)

public:
    struct Result {
        QList<ModelPrice> prices;
        int skipped = 0;      //!< entries that are no chat model of a provider Quorum knows, or have no token prices
        QStringList problems; //!< entries that looked like prices but could not be read
    };

    //! The list shipped with this version (in force from the date it was checked).
    static const QList<ModelPrice> &builtIn();
    //! Parses Quorum's own format; \a source marks the rows.
    [[nodiscard]] static std::expected<Result, QString> fromQuorumJson(
        const QByteArray &json, ModelPrice::Source source);
    //! Parses LiteLLM's table; rows are marked imported and in force from \a effectiveFrom.
    [[nodiscard]] static std::expected<Result, QString> fromLiteLlm(
        const QByteArray &json, qint64 effectiveFrom, const QString &checkedOn);
    //! USD per single token (LiteLLM) to micro-dollars per million tokens, exactly for the usual values.
    static std::optional<qint64> perTokenToMicrosPerMillion(double usdPerToken);
};

} // namespace Quorum
