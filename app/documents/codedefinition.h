// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

#include <KSyntaxHighlighting/Definition>

namespace KSyntaxHighlighting
{
class Repository;
}

namespace Quorum
{

//! Adds the syntax definitions Quorum brings (Mermaid) to \a repository.
void addQuorumDefinitions(KSyntaxHighlighting::Repository &repository);

//! The syntax of a code fence's language ("cpp", "Python", "shell", "ts"), invalid if unknown.
KSyntaxHighlighting::Definition codeDefinition(
    const KSyntaxHighlighting::Repository &repository, const QString &language);

} // namespace Quorum
