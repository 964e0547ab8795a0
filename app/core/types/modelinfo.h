// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

namespace Quorum
{

//! One model of a provider's list, as listed and as stored (ModelStore).
struct ModelInfo {
    QString id;
    QString displayName;
    qint64 contextWindow = 0; //!< input tokens, 0 when the provider does not say

    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};

} // namespace Quorum
