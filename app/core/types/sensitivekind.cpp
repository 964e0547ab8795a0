// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/sensitivekind.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

QString sensitiveKindName(SensitiveKind kind)
{
    switch (kind) {
    case SensitiveKind::Email:
        return u"email"_s;
    case SensitiveKind::Phone:
        return u"phone"_s;
    case SensitiveKind::CardNumber:
        return u"card"_s;
    case SensitiveKind::Iban:
        return u"iban"_s;
    case SensitiveKind::ApiKey:
        return u"api-key"_s;
    case SensitiveKind::AwsAccessKey:
        return u"aws-key"_s;
    case SensitiveKind::Custom:
        return u"custom"_s;
    }
    return {};
}

} // namespace Quorum
