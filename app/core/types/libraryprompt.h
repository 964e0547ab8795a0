// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Quorum
{

/*!
 * Which version of a library item was used: stored with every answer it shaped (the answer's
 * parameters "prompt" and "persona") and with the conversation a persona started, so an
 * answer can always be traced to the exact text, however often the item was edited since.
 */
struct PromptRef {
    QString name;
    int version = 0;

    //! "Reviewer v3"
    QString label() const;
    QJsonObject toJson() const;
    static std::optional<PromptRef> fromJson(const QJsonValue &json);
    //! "NAME@N" as a name and a version; nullopt when \a spec names no version.
    static std::optional<PromptRef> fromPinned(const QString &spec);

    friend bool operator==(const PromptRef &, const PromptRef &) = default;
};

/*!
 * A saved prompt or persona of the prompt library (docs/prompt-library.md): a named text with
 * {{variables}}. Editing never changes a version: it adds the next one, so what an answer
 * used stays readable.
 */
struct LibraryPrompt {
    enum class Kind { Prompt, Persona };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Prompt;
    int version = 0; //!< of `text`: the latest, unless a particular version was read
    QString text;
    qint64 createdAt = 0; //!< when the item was made
    qint64 updatedAt = 0; //!< when its latest version was made

    PromptRef ref() const { return {name, version}; }
    //! The {{variables}} of the text, in the order they first appear.
    QStringList variables() const;

    friend bool operator==(const LibraryPrompt &, const LibraryPrompt &) = default;
};

QString libraryKindName(LibraryPrompt::Kind kind);
std::optional<LibraryPrompt::Kind> libraryKindFromName(const QString &name);

//! One version of a library item, as kept.
struct PromptVersion {
    int version = 0;
    QString text;
    qint64 createdAt = 0;

    friend bool operator==(const PromptVersion &, const PromptVersion &) = default;
};

/*!
 * {{name}} placeholders (spaces inside the braces allowed; a name is letters, digits, "_",
 * "." and "-"), the syntax shared by library prompts, experiment files and checks.
 */
namespace PromptTemplate
{
//! The names used in \a text, each once, in the order they first appear.
QStringList variables(const QString &text);
//! \a text with each {{name}} replaced by its value; names without one are added to
//! \a missing (once each) and left as they are.
QString fill(const QString &text, const QHash<QString, QString> &values, QStringList *missing = nullptr);
} // namespace PromptTemplate

} // namespace Quorum
