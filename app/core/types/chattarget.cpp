// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/chattarget.h"

#include "types/records.h"

namespace Quorum
{

std::optional<ChatTarget> ChatTarget::parse(const QString &label)
{
    const qsizetype slash = label.indexOf(u'/');
    if (slash <= 0 || slash == label.size() - 1) {
        return std::nullopt;
    }
    return ChatTarget {label.first(slash), label.sliced(slash + 1), std::nullopt, std::nullopt};
}

ChatTarget ChatTarget::fromResponse(const ResponseRecord &response)
{
    return ChatTarget {
        response.providerId, response.model, response.parameters.temperature, response.parameters.maxTokens};
}

} // namespace Quorum
