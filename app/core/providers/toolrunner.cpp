// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/toolrunner.h"

namespace Quorum
{

ToolRunner::ToolRunner(QObject *parent)
    : QObject(parent)
{
}

ToolRunner::~ToolRunner() = default;

} // namespace Quorum
