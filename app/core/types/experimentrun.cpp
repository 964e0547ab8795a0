// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/experimentrun.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
const std::array cellStatusNames {u"running"_s, u"done"_s, u"error"_s, u"refused"_s, u"skipped"_s};
const std::array runStatusNames {u"running"_s, u"stopped"_s, u"done"_s};

template<typename Enum, size_t N> std::optional<Enum> fromName(const std::array<QString, N> &names, const QString &name)
{
    for (size_t i = 0; i < N; ++i) {
        if (names.at(i) == name) {
            return static_cast<Enum>(i);
        }
    }
    return std::nullopt;
}
} // namespace

QString ExperimentCell::statusName(Status status)
{
    return cellStatusNames.at(static_cast<size_t>(status));
}

std::optional<ExperimentCell::Status> ExperimentCell::statusFromName(const QString &name)
{
    return fromName<Status>(cellStatusNames, name);
}

std::optional<qint64> ExperimentCell::totalCostNanos() const
{
    if (!costNanos) {
        return std::nullopt;
    }
    return *costNanos + judgeCostNanos.value_or(0);
}

QString ExperimentRunRecord::statusName(Status status)
{
    return runStatusNames.at(static_cast<size_t>(status));
}

std::optional<ExperimentRunRecord::Status> ExperimentRunRecord::statusFromName(const QString &name)
{
    return fromName<Status>(runStatusNames, name);
}

} // namespace Quorum
