// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/records.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr std::array statusNames {
    "pending"_L1, "streaming"_L1, "done"_L1, "error"_L1, "cancelled"_L1, "interrupted"_L1};
} // namespace

QString responseStatusName(ResponseStatus status)
{
    return statusNames.at(static_cast<size_t>(status));
}

std::optional<ResponseStatus> responseStatusFromName(const QString &name)
{
    for (size_t i = 0; i < statusNames.size(); ++i) {
        if (statusNames.at(i) == name) {
            return static_cast<ResponseStatus>(i);
        }
    }
    return std::nullopt;
}

} // namespace Quorum
