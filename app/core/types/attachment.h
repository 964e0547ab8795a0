// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace Quorum
{

//! What an attached file is, by its content (docs/attachments.md): what decides how each
//! model receives it.
enum class AttachmentKind { Image, Pdf, Text };

//! "image", "pdf", "text"
QString attachmentKindName(AttachmentKind kind);
std::optional<AttachmentKind> attachmentKindFromName(const QString &name);

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
    //! For one send only, never stored: a redaction rule changed `text`, so the file and its
    //! pages must not be sent (docs/attachments.md, "Rules").
    bool redacted = false;

    qint64 size() const { return data.size(); }

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

} // namespace Quorum
