// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <chrono>
#include <expected>

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include "attachments/attachmentplan.h"
#include "types/attachment.h"

namespace Quorum
{

/*!
 * Reads attached files for the CLI and the window alike (docs/attachments.md): what a file
 * is by its content, an image's size without decoding it, a PDF's pages and text (Qt PDF),
 * and, as the core's AttachmentMedia, images fitted to a provider's limits and PDF pages
 * drawn. Everything here takes hostile input: sizes are checked before anything is
 * decoded, and every failure says what is wrong with the file, in words for the user.
 */
class AttachmentReader final : public AttachmentMedia
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::AttachmentReader)

public:
    static constexpr qint64 maxFileBytes = 64LL * 1024 * 1024; //!< the most any provider takes, with room
    static constexpr qint64 maxTextBytes = 4LL * 1024 * 1024;  //!< a text file (about a million tokens)
    static constexpr qint64 maxPixels = 100'000'000;           //!< an image's pixels (40,000 x 40,000 is refused)
    static constexpr int maxPdfPages = 2000;

    //! The file at \a path, read and examined; or why it cannot be attached.
    [[nodiscard]] static std::expected<Attachment, QString> readFile(const QString &path);
    //! \a data, named \a name (a pasted image, a dropped file), examined.
    [[nodiscard]] static std::expected<Attachment, QString> read(const QByteArray &data, const QString &name);

    /*!
     * Reads PDFs in a child process from now on: \a program with \a arguments, which runs
     * runPdfHelper() (the quorum executable's `--pdf-helper`). Qt PDF (pdfium) hangs or
     * crashes on some hostile files (docs/attachments.md, "Hostile files"); in a child, that
     * costs the child, which is stopped after \a timeout plus a second per 4 MB, and the
     * file is refused with the reason. Without a helper (tests, fuzzing), PDFs are read in
     * this process. Set once, before files are read.
     */
    static void setPdfHelper(const QString &program,
        const QStringList &arguments,
        std::chrono::milliseconds timeout = std::chrono::seconds(10));
    //! The child's side: reads a PDF from standard input and writes what it found (or why
    //! it found nothing) to standard output. Returns the exit code.
    static int runPdfHelper();
    //! What a PDF holds, read from a helper's \a reply; the reason the file is refused
    //! otherwise (also for a reply that is not one: fuzzed).
    [[nodiscard]] static std::expected<std::pair<int, QString>, QString> decodePdfReply(const QByteArray &reply);

    //! A small picture of \a attachment for its chip: the image, or a PDF's first page,
    //! fitting \a edge pixels; null for text (and for anything that cannot be drawn).
    [[nodiscard]] static QImage thumbnail(const Attachment &attachment, int edge);

    [[nodiscard]] std::expected<EncodedImage, QString> fitImage(
        const QByteArray &image, int maxEdge, qint64 maxBytes) const override;
    [[nodiscard]] std::expected<EncodedImage, QString> renderPage(
        const QByteArray &pdf, int page, int maxEdge, qint64 maxBytes) const override;
};

} // namespace Quorum
