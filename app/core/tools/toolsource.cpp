// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "tools/toolsource.h"

namespace Quorum
{

ToolSource::ToolSource(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Quorum::McpCallResult>();
}

ToolSource::~ToolSource() = default;

} // namespace Quorum
