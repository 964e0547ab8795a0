// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/modelinfo.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

QString ModelCapabilities::toString() const
{
    if (images && pdfs) {
        return u"image,pdf"_s;
    }
    return images ? u"image"_s : pdfs ? u"pdf"_s : u""_s;
}

std::optional<ModelCapabilities> ModelCapabilities::fromString(const QString &text)
{
    if (text.isEmpty() || text == "text"_L1) {
        return ModelCapabilities {};
    }
    if (text == "image"_L1) {
        return ModelCapabilities {true, false};
    }
    if (text == "pdf"_L1) {
        return ModelCapabilities {false, true};
    }
    if (text == "image,pdf"_L1) {
        return ModelCapabilities {true, true};
    }
    return std::nullopt;
}

} // namespace Quorum
