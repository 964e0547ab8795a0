// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "attachments/capabilities.h"
#include "providers/chatrequest.h"
#include "types/attachment.h"

namespace Quorum
{

//! An image as it is sent: its bytes, type and size in pixels.
struct EncodedImage {
    QByteArray data;
    QString mimeType;
    int width = 0;
    int height = 0;
};

/*!
 * What the core asks of images and PDFs and cannot do itself (it links no GUI module): fitting an
 * image to a provider's limits and drawing a PDF's page. app/documents implements it with
 * QImage and Qt PDF; every call may fail on hostile or damaged input and says why.
 */
class AttachmentMedia
{
public:
    virtual ~AttachmentMedia() = default;
    //! \a image scaled (never up) to fit \a maxEdge on its long side and re-encoded to fit
    //! \a maxBytes (PNG, or JPEG for a photograph that does not fit as PNG); as it is when it fits.
    [[nodiscard]] virtual std::expected<EncodedImage, QString> fitImage(
        const QByteArray &image, int maxEdge, qint64 maxBytes) const
        = 0;
    //! Page \a page (from 0) of \a pdf drawn to fit \a maxEdge and \a maxBytes.
    [[nodiscard]] virtual std::expected<EncodedImage, QString> renderPage(
        const QByteArray &pdf, int page, int maxEdge, qint64 maxBytes) const
        = 0;
};

/*!
 * What one model receives of one attachment, and why (docs/attachments.md, "The order"):
 * the file itself where the model reads it natively, else a PDF's pages as images with its
 * text, else text only; an image a model cannot see is not sent, and the pane says so.
 */
struct AttachmentDelivery {
    Q_DECLARE_TR_FUNCTIONS(Quorum::AttachmentDelivery)

public:
    enum class Form { Native, PageImages, Text, Omitted };
    QString name;
    AttachmentKind kind = AttachmentKind::Text;
    Form form = Form::Text;
    int pageImages = 0;   //!< PageImages: pages sent as images (the first ones)
    qint64 textBytes = 0; //!< UTF-8 bytes of text sent for it
    qint64 tokens = 0;    //!< the input tokens it adds, estimated (docs/attachments.md, "Tokens")
    QString note;         //!< why it is not sent natively, or which limit was applied

    //! "image", "PDF (12 pages)", "3 page images + 12 KB text", "text only, 38 KB", "not sent".
    QString summary() const;
    //! "form" names for JSON: "native", "page-images", "text", "omitted".
    static QString formName(Form form);

    friend bool operator==(const AttachmentDelivery &, const AttachmentDelivery &) = default;
};

/*!
 * Decides what a model with \a capabilities and \a limits receives of \a attachment. A
 * \a redacted attachment (its text changed by a redaction rule) goes as its redacted text
 * only: never as the original file or its pages.
 */
AttachmentDelivery planDelivery(const Attachment &attachment,
    const ModelCapabilities &capabilities,
    const AttachmentLimits &limits,
    ImageTokenRule tokenRule,
    bool redacted = false);

//! One user message with its attachments, ready for a protocol adapter, and what was sent.
struct PlannedMessage {
    ChatMessage message;
    QList<AttachmentDelivery> deliveries; //!< one per attachment, in order
};

/*!
 * The user message of \a prompt with \a attachments as \a account's \a model receives them:
 * native files as parts (images fitted to the limits with \a media), text before the
 * prompt (text files fenced with their language, a PDF's pages in <document> tags), and per
 * attachment what was sent. An image \a media cannot read is left out with a note; nothing
 * here fails the message.
 */
PlannedMessage planMessage(const QString &prompt,
    const QList<Attachment> &attachments,
    const ProviderAccount &account,
    const QString &model,
    const ModelCapabilities &capabilities,
    const AttachmentMedia *media);

//! The fence language of a text file by its name ("main.cpp" -> "cpp"; empty when unknown).
QString fenceLanguage(const QString &fileName);

} // namespace Quorum
