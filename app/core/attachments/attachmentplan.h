// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <tuple>

#include <QCoreApplication>
#include <QList>
#include <QMap>
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

/*!
 * Remembers what \a media fitted and drew, for one send: four targets with the same limits
 * draw a PDF's pages once. Keyed by the bytes' identity (an attachment's data is shared, not
 * copied, while a send is planned), so it must not outlive the attachments it was asked about.
 */
class RememberingMedia final : public AttachmentMedia
{
public:
    explicit RememberingMedia(const AttachmentMedia *media)
        : m_media(media)
    {
    }
    [[nodiscard]] std::expected<EncodedImage, QString> fitImage(
        const QByteArray &image, int maxEdge, qint64 maxBytes) const override;
    [[nodiscard]] std::expected<EncodedImage, QString> renderPage(
        const QByteArray &pdf, int page, int maxEdge, qint64 maxBytes) const override;
    //! null when there is no media to ask
    const AttachmentMedia *orNull() const { return m_media ? this : nullptr; }

private:
    using Key = std::tuple<const char *, qsizetype, int, int, qint64>;
    const AttachmentMedia *m_media;
    mutable QMap<Key, std::expected<EncodedImage, QString>> m_done;
};

//! The fence language of a text file by its name ("main.cpp" -> "cpp"; empty when unknown).
QString fenceLanguage(const QString &fileName);

} // namespace Quorum
