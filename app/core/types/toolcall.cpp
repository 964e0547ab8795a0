// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/toolcall.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Quorum
{

QString toolApprovalName(ToolApproval approval)
{
    switch (approval) {
    case ToolApproval::Allow:
        return QStringLiteral("allow");
    case ToolApproval::Ask:
        return QStringLiteral("ask");
    case ToolApproval::Deny:
        return QStringLiteral("deny");
    }
    return {};
}

std::optional<ToolApproval> toolApprovalFromName(const QString &name)
{
    for (const ToolApproval approval : {ToolApproval::Allow, ToolApproval::Ask, ToolApproval::Deny}) {
        if (toolApprovalName(approval) == name) {
            return approval;
        }
    }
    return std::nullopt;
}

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

QString ToolStep::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ran:
        return QStringLiteral("ran");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Denied:
        return QStringLiteral("denied");
    case Outcome::NotRun:
        return QStringLiteral("not_run");
    }
    return {};
}

QString ToolStep::outcomeLabel() const
{
    switch (outcome) {
    case Outcome::Ran:
        return isError ? QCoreApplication::translate("Quorum::ToolStep", "tool error")
                       : QCoreApplication::translate("Quorum::ToolStep", "ran");
    case Outcome::Failed:
        return QCoreApplication::translate("Quorum::ToolStep", "failed");
    case Outcome::Denied:
        return QCoreApplication::translate("Quorum::ToolStep", "denied");
    case Outcome::NotRun:
        return QCoreApplication::translate("Quorum::ToolStep", "not run");
    }
    return {};
}

QString ToolStep::displayName() const
{
    // The built-in web search (tools/websearchtool): round 0 is the shared search of a turn.
    if (server == QLatin1StringView("web") && tool == QLatin1StringView("search")) {
        return round == 0 ? QCoreApplication::translate("Quorum::ToolStep", "shared web search")
                          : QCoreApplication::translate("Quorum::ToolStep", "web search");
    }
    return tool.isEmpty() ? call.name : tool;
}

std::optional<ToolStep::Outcome> ToolStep::outcomeFromName(const QString &name)
{
    for (const Outcome outcome : {Outcome::Ran, Outcome::Failed, Outcome::Denied, Outcome::NotRun}) {
        if (outcomeName(outcome) == name) {
            return outcome;
        }
    }
    return std::nullopt;
}

QJsonObject ToolStep::toJson() const
{
    QJsonObject object {
        {QStringLiteral("id"), call.id},
        {QStringLiteral("name"), call.name},
        {QStringLiteral("arguments"), call.arguments},
        {QStringLiteral("server"), server},
        {QStringLiteral("tool"), tool},
        {QStringLiteral("outcome"), outcomeName(outcome)},
        {QStringLiteral("result"), result},
        {QStringLiteral("is_error"), isError},
        {QStringLiteral("result_bytes"), resultBytes},
        {QStringLiteral("duration_ms"), durationMs},
        {QStringLiteral("round"), round},
        {QStringLiteral("text_offset"), textOffset},
    };
    if (!call.signature.isEmpty()) {
        object.insert(QStringLiteral("signature"), call.signature);
    }
    if (!note.isEmpty()) {
        object.insert(QStringLiteral("note"), note);
    }
    return object;
}

std::optional<ToolStep> ToolStep::fromJson(const QJsonObject &object)
{
    const std::optional<Outcome> outcome = outcomeFromName(object.value(QStringLiteral("outcome")).toString());
    const QString name = object.value(QStringLiteral("name")).toString();
    if (!outcome || name.isEmpty()) {
        return std::nullopt;
    }
    ToolStep step;
    step.call = {object.value(QStringLiteral("id")).toString(),
        name,
        object.value(QStringLiteral("arguments")).toString(),
        object.value(QStringLiteral("signature")).toString()};
    step.server = object.value(QStringLiteral("server")).toString();
    step.tool = object.value(QStringLiteral("tool")).toString();
    step.outcome = *outcome;
    step.result = object.value(QStringLiteral("result")).toString();
    step.isError = object.value(QStringLiteral("is_error")).toBool();
    step.resultBytes = qMax<qint64>(0, object.value(QStringLiteral("result_bytes")).toInteger());
    step.durationMs = qMax<qint64>(0, object.value(QStringLiteral("duration_ms")).toInteger());
    step.round = qMax(0, object.value(QStringLiteral("round")).toInt(1)); // 0: before the first request
    step.textOffset = qMax<qint64>(0, object.value(QStringLiteral("text_offset")).toInteger());
    step.note = object.value(QStringLiteral("note")).toString();
    return step;
}

} // namespace Quorum
