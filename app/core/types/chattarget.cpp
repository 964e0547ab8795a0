// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/chattarget.h"

#include "types/records.h"

namespace Quorum
{

std::optional<ChatTarget> ChatTarget::parse(const QString &label)
{
    const qsizetype slash = label.indexOf(u'/');
    const qsizetype hash = label.indexOf(u'#', slash + 1);
    const qsizetype modelEnd = hash < 0 ? label.size() : hash;
    if (slash <= 0 || slash + 1 >= modelEnd || hash == label.size() - 1) {
        return std::nullopt;
    }
    ChatTarget target;
    target.accountId = label.first(slash);
    target.model = label.sliced(slash + 1, modelEnd - slash - 1);
    if (hash > 0) {
        target.variant = label.sliced(hash + 1).trimmed();
        if (target.variant.isEmpty()) {
            return std::nullopt;
        }
    }
    return target;
}

ChatTarget ChatTarget::fromResponse(const ResponseRecord &response)
{
    ChatTarget target;
    target.accountId = response.providerId;
    target.model = response.model;
    target.variant = response.parameters.variant.value_or(QString());
    target.parameters = response.parameters.generation;
    if (target.parameters.system) {
        target.persona = response.parameters.persona;
    }
    return target;
}

} // namespace Quorum
