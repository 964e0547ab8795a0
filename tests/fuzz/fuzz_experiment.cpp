// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for experiment files and their CSV cases (a hostile or broken file): the
// first byte chooses which. Whatever comes in, reading never crashes and either refuses
// with a message or gives an experiment whose every case fills every variable, whose cell
// count is variants × cases × repeats, and that survives being written and read again.
#include <cstdlib>

#include "experiment/checks.h"
#include "experiment/experimentfile.h"

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    if (data[0] % 2 == 0) {
        const auto cases = ExperimentFile::readCsv(QString::fromUtf8(bytes));
        if (!cases) {
            if (cases.error().isEmpty()) {
                std::abort();
            }
            return 0;
        }
        qsizetype columns = -1;
        for (const ExperimentCase &row : *cases) {
            if ((columns >= 0 && row.variables.size() != columns) || row.line < 2) {
                std::abort(); // every row has the header's columns, and a line after it
            }
            columns = row.variables.size();
        }
        return 0;
    }
    // No directory: a "cases_csv" is refused as unreadable, never read from the disk.
    const auto experiment = ExperimentFile::read(bytes, QStringLiteral("/nonexistent/quorum-fuzz"));
    if (!experiment) {
        if (experiment.error().isEmpty()) {
            std::abort();
        }
        return 0;
    }
    if (experiment->variants.isEmpty() || experiment->cases.isEmpty() || experiment->repeat < 1
        || experiment->cellCount()
            != static_cast<qint64>(experiment->variants.size()) * experiment->cases.size() * experiment->repeat) {
        std::abort();
    }
    for (const ExperimentCase &row : experiment->cases) {
        QStringList missing;
        Checks::fill(experiment->prompt, row.variables, &missing);
        if (!missing.isEmpty()) {
            std::abort();
        }
    }
    const auto again = ExperimentFile::read(ExperimentFile::write(*experiment), {});
    if (!again || again->variants != experiment->variants || again->checks != experiment->checks
        || again->cases.size() != experiment->cases.size() || again->repeat != experiment->repeat) {
        std::abort();
    }
    return 0;
}
