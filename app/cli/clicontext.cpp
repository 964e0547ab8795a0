// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/clicontext.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

CliContext::CliContext(AppPaths paths, QTextStream &out, QTextStream &err)
    : m_paths(std::move(paths))
    , m_out(out)
    , m_err(err)
{
}

int CliContext::usageError(const QString &command, const QString &message) const
{
    m_err << "quorum "_L1 << command << ": "_L1 << message << '\n'
          << tr("Try 'quorum %1 --help' for more information.").arg(command) << Qt::endl;
    return ExitUsage;
}

int CliContext::failure(const QString &command, const QString &message) const
{
    m_err << "quorum "_L1 << command << ": "_L1 << message << Qt::endl;
    return ExitFailure;
}

} // namespace Quorum
