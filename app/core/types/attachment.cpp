// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/attachment.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

QString attachmentKindName(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::Image:
        return u"image"_s;
    case AttachmentKind::Pdf:
        return u"pdf"_s;
    case AttachmentKind::Text:
        break;
    }
    return u"text"_s;
}

std::optional<AttachmentKind> attachmentKindFromName(const QString &name)
{
    for (const AttachmentKind kind : {AttachmentKind::Image, AttachmentKind::Pdf, AttachmentKind::Text}) {
        if (attachmentKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace Quorum
