// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QString>
#include <QStringList>

#include "types/attachment.h"

namespace Quorum
{

class AttachmentMedia;
class CliContext;

/*!
 * What the commands that read or draw documents need of the documents layer (Qt GUI, Qt PDF,
 * Qt SVG, KSyntaxHighlighting): the files `ask --attach` reads, the images and PDF pages a
 * follow-up prepares, `export` and `import`. quorum_cli links none of it, so the headless
 * `quorum` executable maps none of those libraries; `quorum-window` gives runCli() an
 * implementation (DocumentCommands), and `quorum` starts it in its own place for the commands
 * that need it (CommandLine::needsDocuments(), docs/architecture.md "Two executables").
 */
class CliDocuments
{
public:
    virtual ~CliDocuments() = default;

    //! The file at \a path, read and examined for attaching; or why it cannot be attached.
    [[nodiscard]] virtual std::expected<Attachment, QString> readAttachment(const QString &path) const = 0;
    //! Fits images and draws PDF pages for the models that receive them.
    [[nodiscard]] virtual const AttachmentMedia &media() const = 0;
    //! `quorum export` and `quorum import`: the exit status.
    virtual int runExport(const CliContext &context, const QStringList &arguments) const = 0;
    virtual int runImport(const CliContext &context, const QStringList &arguments) const = 0;
};

} // namespace Quorum
