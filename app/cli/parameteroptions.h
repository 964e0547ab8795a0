// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>

#include "types/generationparameters.h"

class QCommandLineParser;

namespace Quorum
{

/*!
 * The options that set a target's parameters, the same for `ask` and `variants add`:
 * --temperature, --top-p, --max-tokens, --effort, --reasoning-budget, --schema FILE, and
 * (\a withSystem) --system. Read into GenerationParameters, checked by its own rules.
 */
class ParameterOptions final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ParameterOptions)

public:
    explicit ParameterOptions(bool withSystem);

    void addTo(QCommandLineParser &parser) const;
    //! What the options set; the error names the option and what it takes.
    [[nodiscard]] std::expected<GenerationParameters, QString> read(const QCommandLineParser &parser) const;

private:
    QList<QCommandLineOption> m_options;
    bool m_withSystem;
};

} // namespace Quorum
