// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

namespace Quorum
{

//! A kind of data that should not leave the machine unnoticed (rules name them; the
//! SensitiveScanner finds them).
enum class SensitiveKind { Email, Phone, CardNumber, Iban, ApiKey, AwsAccessKey, Custom };

//! "email", "phone", "card", "iban", "api-key", "aws-key", "custom"
QString sensitiveKindName(SensitiveKind kind);

} // namespace Quorum
