// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/libraryprompt.h"

#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
const QRegularExpression &placeholder()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([\\w.-]+)\\s*\\}\\}"_s);
    return pattern;
}
} // namespace

QString PromptRef::label() const
{
    return u"%1 v%2"_s.arg(name).arg(version);
}

QJsonObject PromptRef::toJson() const
{
    return {{"name"_L1, name}, {"version"_L1, version}};
}

std::optional<PromptRef> PromptRef::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const QString name = o.value("name"_L1).toString();
    const int version = o.value("version"_L1).toInt();
    if (name.isEmpty() || version < 1) {
        return std::nullopt;
    }
    return PromptRef {name, version};
}

std::optional<PromptRef> PromptRef::fromPinned(const QString &spec)
{
    static const QRegularExpression pinned(u"^(.+)@(\\d{1,9})$"_s);
    const QRegularExpressionMatch m = pinned.match(spec);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    return PromptRef {m.captured(1), m.captured(2).toInt()};
}

QStringList LibraryPrompt::variables() const
{
    return PromptTemplate::variables(text);
}

QString libraryKindName(LibraryPrompt::Kind kind)
{
    return kind == LibraryPrompt::Kind::Persona ? u"persona"_s : u"prompt"_s;
}

std::optional<LibraryPrompt::Kind> libraryKindFromName(const QString &name)
{
    if (name == "prompt"_L1) {
        return LibraryPrompt::Kind::Prompt;
    }
    if (name == "persona"_L1) {
        return LibraryPrompt::Kind::Persona;
    }
    return std::nullopt;
}

QStringList PromptTemplate::variables(const QString &text)
{
    QStringList names;
    for (auto it = placeholder().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

QString PromptTemplate::fill(const QString &text, const QHash<QString, QString> &values, QStringList *missing)
{
    QString out;
    qsizetype at = 0;
    for (auto it = placeholder().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        const QString name = m.captured(1);
        if (const auto found = values.constFind(name); found != values.cend()) {
            out += *found;
        } else {
            out += m.captured();
            if (missing && !missing->contains(name)) {
                missing->append(name);
            }
        }
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

} // namespace Quorum
