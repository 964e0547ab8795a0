// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for attached files (docs/attachments.md): any bytes are sniffed by their
// content and either refused with a reason or read into an attachment that is what it says
// (an image with a size in bounds, a PDF with pages and its text, valid text); a small
// image is fitted and a small PDF's first page drawn, as for a model. Qt's image readers run
// on the input in this process. PDFs are read as the app reads them, by a child process (this
// binary with --pdf-helper): pdfium hangs on some page trees (this target found one), and the
// child is stopped and the file refused with the reason; the bytes also go to the reply
// decoder, which must refuse what is not a reply, with a reason.
#include <chrono>
#include <cstdlib>
#include <cstring>

#include <QCoreApplication>
#include <QFileInfo>

#include "documents/attachmentreader.h"

using namespace Quorum;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    for (int i = 1; i < *argc; ++i) {
        if (std::strcmp((*argv)[i], "--pdf-helper") == 0) {
            int count = 1;
            const QCoreApplication helper(count, *argv);
            std::exit(AttachmentReader::runPdfHelper());
        }
    }
    // Stopped well inside libFuzzer's one-second limit for an input.
    AttachmentReader::setPdfHelper(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget(),
        {QStringLiteral("--pdf-helper")},
        std::chrono::milliseconds(600));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto reply = AttachmentReader::decodePdfReply(bytes);
        reply ? reply->first <= 0 || reply->second.count(QChar(u'\f')) != reply->first : reply.error().isEmpty()) {
        std::abort();
    }
    const auto read = AttachmentReader::read(bytes, QStringLiteral("input.bin"));
    if (!read) {
        if (read.error().isEmpty()) {
            std::abort(); // every refusal says why
        }
        return 0;
    }
    if (read->sha256.size() != 64 || read->data != bytes) {
        std::abort();
    }
    const AttachmentReader reader;
    switch (read->kind) {
    case AttachmentKind::Image:
        if (read->width <= 0 || read->height <= 0 || qint64(read->width) * read->height > AttachmentReader::maxPixels) {
            std::abort();
        }
        if (qint64(read->width) * read->height <= 1'000'000) {
            if (const auto fitted = reader.fitImage(bytes, 64, 1'000'000);
                fitted && (fitted->width > 64 || fitted->height > 64 || fitted->data.isEmpty())) {
                std::abort();
            }
        }
        break;
    case AttachmentKind::Pdf:
        if (read->pages <= 0 || read->text.count(QChar(u'\f')) != read->pages) {
            std::abort();
        }
        if (read->pages <= 4) {
            if (const auto page = reader.renderPage(bytes, 0, 64, 1'000'000);
                page && (page->width > 64 || page->height > 64)) {
                std::abort();
            }
        }
        break;
    case AttachmentKind::Text:
        if (read->text.isEmpty() || read->text.contains(QChar(u'\0'))) {
            std::abort();
        }
        break;
    }
    return 0;
}
