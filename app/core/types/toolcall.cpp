// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/toolcall.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Quorum
{

std::optional<QJsonObject> ToolCall::argumentObject() const
{
    if (arguments.trimmed().isEmpty()) {
        return QJsonObject(); // some models send no arguments for a tool that takes none
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

QString ToolCall::generatedId(int n)
{
    return QStringLiteral("quorum-call-%1").arg(n);
}

bool ToolCall::isGeneratedId(const QString &id)
{
    return id.startsWith(QLatin1StringView("quorum-call-"));
}

} // namespace Quorum
