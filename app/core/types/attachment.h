// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Quorum
{

//! What an attached file is, by its content (docs/attachments.md): what decides how each
//! model receives it.
enum class AttachmentKind { Image, Pdf, Text };

//! "image", "pdf", "text"
QString attachmentKindName(AttachmentKind kind);
std::optional<AttachmentKind> attachmentKindFromName(const QString &name);

//! The key a file's content is stored and exported by: the hex SHA-256 of \a data.
QString attachmentDigest(const QByteArray &data);

struct Attachment;
//! For people: "image, 640 × 480, 12 KB", "PDF, 2 pages, 4 KB", "text, 1 KB".
QString attachmentDescription(const Attachment &attachment);

/*!
 * A file attached to a prompt, as read when it was attached (or loaded with its turn): its
 * bytes, what they are, and what was read of them. Stored once per content
 * (`sha256`), whatever its name.
 */
struct Attachment {
    QString sha256; //!< hex digest of data: the stored file's key
    QString name;   //!< the file's name when attached (no folders)
    QString mimeType;
    AttachmentKind kind = AttachmentKind::Text;
    QByteArray data;
    int width = 0; //!< an image's size in pixels
    int height = 0;
    int pages = 0; //!< a PDF's pages
    //! A text file's text, or the text of a PDF's pages (each page ends with a form feed).
    QString text;
    //! A redaction rule changed `text`: the file and its pages are never sent, only this text,
    //! now and in every follow-up (stored with the turn; docs/attachments.md, "Rules").
    bool redacted = false;

    //! Its size in bytes when its bytes are not loaded (a turn's files as listed).
    qint64 storedSize = 0;

    qint64 size() const { return data.isEmpty() ? storedSize : data.size(); }

    friend bool operator==(const Attachment &, const Attachment &) = default;
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
    static std::optional<Form> formFromName(const QString &name);

    //! As stored (`responses.attachments_received`) and printed by `quorum ask --json`:
    //! {"name", "kind", "form", "page_images", "text_bytes", "tokens", "note"}.
    static QJsonArray toJson(const QList<AttachmentDelivery> &deliveries);
    static QList<AttachmentDelivery> fromJson(const QJsonArray &array);

    friend bool operator==(const AttachmentDelivery &, const AttachmentDelivery &) = default;
};

} // namespace Quorum
