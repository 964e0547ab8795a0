// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "documentcommands/exchangecommand.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/clicontext.h"
#include "cli/historycommand.h"
#include "cli/subcommandparser.h"
#include "documents/attachmentreader.h"
#include "documents/exportjob.h"
#include "export/foreignimport.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

int ExchangeCommand::runExport(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"export"_s,
        tr("(ID ... | --all) --format md|json|html|pdf|csv [-o PATH] [--page-size a4|letter]"),
        tr("Exports conversations: md (Markdown, the current branch of each, for people), json (everything, "
           "for quorum import; docs/export-format.md), html (one self-contained page, the answers of a turn "
           "side by side), pdf (the same layout on A4 or Letter pages), csv (one row per answer with its "
           "cost). Without -o the export goes to standard output."));
    QCommandLineParser &parser = sub.parser();
    const QCommandLineOption allOption(u"all"_s, tr("Every stored conversation."));
    const QCommandLineOption formatOption(u"format"_s, tr("md, json, html, pdf or csv."), tr("format"));
    const QCommandLineOption pageOption(
        u"page-size"_s, tr("A PDF's paper: a4 or letter (default: Letter in the United States, else A4)."), tr("size"));
    const QCommandLineOption outputOption(
        {u"o"_s, u"output"_s}, tr("Write to this file (whole or not at all)."), tr("path"));
    parser.addOptions({allOption, formatOption, outputOption, pageOption});
    parser.addPositionalArgument(u"ID"_s, tr("A conversation (see quorum history); several may be given."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"export"_s;
    const auto format = ExportJob::formatFromName(parser.value(formatOption));
    if (!format) {
        return context.usageError(command, tr("--format is md, json, html, pdf or csv"));
    }
    auto pageSize = ExportJob::PageSize::Automatic;
    if (parser.isSet(pageOption)) {
        const auto named = ExportJob::pageSizeFromName(parser.value(pageOption));
        if (!named) {
            return context.usageError(command, tr("--page-size is a4 or letter"));
        }
        pageSize = *named;
    }
    if (parser.isSet(allOption) == !parser.positionalArguments().isEmpty()) {
        return context.usageError(command, tr("give conversation IDs or --all (not both)"));
    }
    QList<qint64> ids;
    for (const QString &text : parser.positionalArguments()) {
        bool ok = false;
        ids.append(text.toLongLong(&ok));
        if (!ok) {
            return context.usageError(command, tr("a conversation ID is a number, not '%1'").arg(text));
        }
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Read);
    if (!database) {
        return ExitFailure;
    }
    const ConversationStore store(*database);
    if (parser.isSet(allOption)) {
        const auto all = store.conversationIds();
        if (!all) {
            return context.failure(command, tr("cannot list the conversations"));
        }
        ids = *all;
    }
    const auto write = [&](QIODevice &out) { return ExportJob::write(store, ids, *format, out, {}, pageSize); };
    if (!parser.isSet(outputOption)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            return context.failure(command, tr("cannot write to standard output"));
        }
        context.out().flush();
        if (*format == ExportJob::Format::Pdf) {
            // A PDF's cross-reference table points back into the file: it is made whole first.
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            if (auto written = write(buffer); !written) {
                return context.failure(command, written.error());
            }
            if (out.write(buffer.data()) != buffer.size()) {
                return context.failure(command, out.errorString());
            }
            return ExitOk;
        }
        if (auto written = write(out); !written) {
            return context.failure(command, written.error());
        }
        return ExitOk;
    }
    // Whole or nothing: a full disk, an error or Ctrl+C leaves no half file (and an earlier
    // file of that name as it was).
    const QString path = parser.value(outputOption);
    if (auto written = ExportJob::writeFile(store, ids, *format, path, {}, pageSize); !written) {
        return context.failure(command,
            (written.error().opened ? tr("nothing written to %1: %2") : tr("cannot write %1: %2"))
                .arg(path, written.error().message));
    }
    context.err() << tr("Exported %n conversation(s) to %1.", nullptr, static_cast<int>(ids.size())).arg(path)
                  << Qt::endl;
    return ExitOk;
}

int ExchangeCommand::runImport(const CliContext &context, const QStringList &arguments)
{
    SubcommandParser sub(u"import"_s,
        tr("PATH [--from quorum|chatgpt|claude] [--json]"),
        tr("Imports conversations from a Quorum JSON export or from the conversations.json of a ChatGPT or "
           "Claude data export, all or nothing; conversations already there are skipped and named."));
    QCommandLineParser &parser = sub.parser();
    const QCommandLineOption fromOption(
        u"from"_s, tr("The file's kind: quorum, chatgpt or claude (default: recognised)."), tr("kind"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print one JSON object."));
    parser.addOptions({fromOption, jsonOption});
    parser.addPositionalArgument(u"PATH"_s, tr("The file to import."));
    if (const auto stop = sub.parse(context, arguments)) {
        return *stop;
    }
    const QString command = u"import"_s;
    if (parser.positionalArguments().size() != 1) {
        return context.usageError(command, tr("expected one PATH"));
    }
    std::optional<ForeignImport::Kind> kind;
    if (parser.isSet(fromOption)) {
        kind = ForeignImport::kindFromName(parser.value(fromOption));
        if (!kind) {
            return context.usageError(command, tr("--from is quorum, chatgpt or claude"));
        }
    }
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.failure(command, tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    // A ChatGPT export's images and files beside it are attached again, read as `ask --attach` reads.
    const auto parsed
        = ForeignImport::read(file.readAll(), kind, {QFileInfo(path).absolutePath(), &AttachmentReader::read});
    if (!parsed) {
        return context.failure(command, tr("nothing imported from %1: %2").arg(path, parsed.error()));
    }
    const auto database = HistoryCommand::openDatabase(context, command, HistoryCommand::Use::Write);
    if (!database) {
        return ExitFailure;
    }
    const auto outcome = ConversationStore(*database).importNew(*parsed);
    if (!outcome) {
        return context.failure(command, tr("nothing imported: %1").arg(outcome.error().message));
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray imported;
        for (const qint64 id : outcome->imported) {
            imported.append(id);
        }
        QJsonArray skipped;
        for (const auto &[title, existing] : outcome->skipped) {
            skipped.append(
                QJsonObject {{"title"_L1, title}, {"reason"_L1, u"already there"_s}, {"conversation_id"_L1, existing}});
        }
        context.out() << QJsonDocument(QJsonObject {{"imported"_L1, imported}, {"skipped"_L1, skipped}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
    } else {
        context.out() << tr("Imported %n conversation(s).", nullptr, static_cast<int>(outcome->imported.size()))
                      << '\n';
        for (const auto &[title, existing] : outcome->skipped) {
            context.out() << tr("Skipped “%1”: already there (conversation %2).").arg(title).arg(existing) << '\n';
        }
    }
    context.out().flush();
    return ExitOk;
}

} // namespace Quorum
