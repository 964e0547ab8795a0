// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

namespace Quorum
{

/*!
 * Why a model stopped, unified across providers (docs/providers.md §12), with the provider's
 * own word kept for display ("end_turn", "STOP", "content_filter", ...).
 */
struct FinishReason {
    enum class Kind { Stop, Length, Filtered, Tool, Error, Other };

    Kind kind = Kind::Stop;
    QString raw;

    //! Maps a provider's finish/stop reason to a unified kind.
    static FinishReason fromProvider(const QString &raw);
    //! The unified name: stop, length, filtered, tool, error or other.
    QString name() const;

    friend bool operator==(const FinishReason &, const FinishReason &) = default;
};

} // namespace Quorum
