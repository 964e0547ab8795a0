// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <chrono>

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "types/toolcall.h"

namespace Quorum
{

//! One MCP server as configured (docs/tools.md, "Servers").
struct McpServerConfig {
    enum class Transport { Stdio, Http };
    QString name;
    Transport transport = Transport::Stdio;
    // Stdio: the command the server is, started as a child process.
    QString command;
    QStringList arguments;
    QString workingDirectory;
    //! The server's environment, besides the few variables every process needs (docs/tools.md):
    //! nothing else of Quorum's environment (API keys in particular) reaches it.
    QHash<QString, QString> environment;
    // HTTP (Streamable HTTP): the endpoint and extra headers.
    QUrl url;
    QHash<QString, QString> headers;
    bool enabled = true;
    //! What happens when a model calls one of its tools, by the tool's name; a tool not named
    //! here is asked about (docs/tools.md, "Approval").
    QHash<QString, ToolApproval> approvals;
    std::chrono::seconds callTimeout {120}; //!< a tool call that takes longer is cancelled

    friend bool operator==(const McpServerConfig &, const McpServerConfig &) = default;
};

} // namespace Quorum
