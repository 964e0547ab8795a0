// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "storage/storageerror.h"
#include "types/libraryprompt.h"

namespace Quorum
{

class Database;

/*!
 * The prompt library's tables (docs/prompt-library.md): saved prompts and personas, each a
 * list of versions that are never changed. Changes are said by DatabaseChanges::promptsChanged.
 */
class PromptStore final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::PromptStore)

public:
    explicit PromptStore(const Database &database);

    //! Why \a name cannot name a library item (empty: it can).
    static QString nameProblem(const QString &name);
    //! Why \a text cannot be an item's text (empty: it can).
    static QString textProblem(const QString &text);

    //! Every item at its latest version, by name (case-insensitive); only one kind if given.
    [[nodiscard]] std::expected<QList<LibraryPrompt>, StorageError> prompts(
        std::optional<LibraryPrompt::Kind> kind = std::nullopt) const;
    /*!
     * The item \a name (case-insensitive) at \a version, or its latest; NotFound when there is
     * no such item or version.
     */
    [[nodiscard]] std::expected<LibraryPrompt, StorageError> prompt(
        const QString &name, std::optional<int> version = std::nullopt) const;
    /*!
     * \a spec as people write it: "NAME" (the latest version) or "NAME@N" (version N). A name
     * that itself ends in "@N" is found as a name first.
     */
    [[nodiscard]] std::expected<LibraryPrompt, StorageError> find(const QString &spec) const;
    //! Every version of \a name, oldest first.
    [[nodiscard]] std::expected<QList<PromptVersion>, StorageError> versions(const QString &name) const;
    //! A new item at version 1; Invalid when the name is taken or not a name, or the text is empty.
    [[nodiscard]] std::expected<LibraryPrompt, StorageError> add(
        const QString &name, LibraryPrompt::Kind kind, const QString &text);
    /*!
     * Saves \a text as the next version of \a name (and \a kind, if given); the same text as
     * the latest makes no new version. Returns the item at its latest version.
     */
    [[nodiscard]] std::expected<LibraryPrompt, StorageError> edit(
        const QString &name, const QString &text, std::optional<LibraryPrompt::Kind> kind = std::nullopt);
    //! Renames \a name to \a newName; answers keep the name they recorded.
    [[nodiscard]] std::expected<void, StorageError> rename(const QString &name, const QString &newName);
    //! Removes \a name with all its versions; answers keep what they recorded.
    [[nodiscard]] std::expected<void, StorageError> remove(const QString &name);

private:
    const Database &m_database;
};

} // namespace Quorum
