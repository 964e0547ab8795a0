// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "documents/codedefinition.h"

#include <QHash>

#include <KSyntaxHighlighting/Repository>

using namespace Qt::StringLiterals;

namespace Quorum
{

void addQuorumDefinitions(KSyntaxHighlighting::Repository &repository)
{
    repository.addCustomSearchPath(u":/quorum-syntax"_s);
}

KSyntaxHighlighting::Definition codeDefinition(
    const KSyntaxHighlighting::Repository &repository, const QString &language)
{
    if (language.isEmpty()) {
        return {};
    }
    static const QHash<QString, QString> aliases {
        {u"shell"_s, u"Bash"_s},
        {u"console"_s, u"Bash"_s},
        {u"golang"_s, u"Go"_s},
        {u"objc"_s, u"Objective-C"_s},
        {u"csharp"_s, u"C#"_s},
        {u"jsonc"_s, u"JSON"_s},
        {u"proto"_s, u"Protobuf"_s},
        {u"dockerfile"_s, u"Dockerfile"_s},
    };
    const QString lower = language.toLower();
    if (const auto alias = aliases.constFind(lower); alias != aliases.cend()) {
        return repository.definitionForName(*alias);
    }
    if (const KSyntaxHighlighting::Definition byName = repository.definitionForName(language); byName.isValid()) {
        return byName;
    }
    return repository.definitionForFileName(u"code."_s + lower);
}

} // namespace Quorum
