// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "cli/clidocuments.h"
#include "documents/attachmentreader.h"

namespace Quorum
{

/*!
 * The documents layer for the CLI: attachments read by AttachmentReader, images and PDF pages
 * prepared by it, `export` and `import` (ExchangeCommand). Given to runCli() by quorum-window,
 * the executable that links QtGui.
 */
class DocumentCommands final : public CliDocuments
{
public:
    [[nodiscard]] std::expected<Attachment, QString> readAttachment(const QString &path) const override;
    [[nodiscard]] const AttachmentMedia &media() const override { return m_reader; }
    int runExport(const CliContext &context, const QStringList &arguments) const override;
    int runImport(const CliContext &context, const QStringList &arguments) const override;

private:
    AttachmentReader m_reader;
};

} // namespace Quorum
