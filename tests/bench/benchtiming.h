// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <algorithm>
#include <vector>

#include <QElapsedTimer>

namespace Quorum::Bench
{

//! The median wall time of \a runs runs of \a run, in milliseconds (the benchmarks' figure).
template<typename F> double medianMs(int runs, F &&run)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        run();
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
    }
    std::ranges::sort(times);
    return times[times.size() / 2];
}

} // namespace Quorum::Bench
