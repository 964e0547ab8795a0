// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QByteArray>

namespace Quorum
{

//! Where a QJsonParseError's byte offset is, for people: line and column from 1.
struct JsonPosition {
    qsizetype line = 1;
    qsizetype column = 1;

    static JsonPosition at(const QByteArray &data, qsizetype offset)
    {
        const QByteArray before = data.left(offset);
        return {before.count('\n') + 1, offset - (before.lastIndexOf('\n') + 1) + 1};
    }
};

} // namespace Quorum
