// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "documentcommands/documentcommands.h"

#include "documentcommands/exchangecommand.h"

namespace Quorum
{

std::expected<Attachment, QString> DocumentCommands::readAttachment(const QString &path) const
{
    return AttachmentReader::readFile(path);
}

int DocumentCommands::runExport(const CliContext &context, const QStringList &arguments) const
{
    return ExchangeCommand::runExport(context, arguments);
}

int DocumentCommands::runImport(const CliContext &context, const QStringList &arguments) const
{
    return ExchangeCommand::runImport(context, arguments);
}

} // namespace Quorum
