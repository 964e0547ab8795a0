// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <functional>
#include <optional>

#include <QCoreApplication>

#include "storage/conversationstore.h"

namespace Quorum
{

/*!
 * Reads what `quorum import` and File -> Import take: Quorum's own export (QuorumJson), and
 * the `conversations.json` of ChatGPT's and Claude's data exports.
 *
 * ChatGPT keeps a conversation as a tree of messages ("mapping", with "current_node" the
 * message shown last); Claude as a list of "chat_messages", each naming its parent in newer
 * exports. Both become Quorum turns: a user message is a turn's prompt, the assistant's
 * replies under it are its answers (a regenerated reply is one more answer), an edited
 * prompt is a branch (a turn beside the one it replaced), and the branch the app showed
 * last is the current branch. Hidden system messages are skipped, custom instructions and
 * a visible system message become the system prompt, code stays fenced, thinking is kept
 * as reasoning, attachments' text is appended to the prompt. Every answer's "history" names
 * the answers on the path before it.
 *
 * ChatGPT's export keeps the images and files of a conversation beside conversations.json,
 * named after their file ids ("file-7Qm2-cat.jpg", "file_00000000…-….png"): given that folder
 * (ImportFiles), they are attached to their turns again; an image not there stays "[image]".
 *
 * Nothing is guessed silently: a file that breaks the format is refused with where it broke.
 */
class ForeignImport final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::ForeignImport)

public:
    enum class Kind { Quorum, ChatGpt, Claude };
    //! A file found beside an export, examined (what it is, its size, pages and text) as a
    //! file attached in the app is; or why it is not attached. AttachmentReader::read.
    using Examiner = std::function<std::expected<Attachment, QString>(const QByteArray &data, const QString &name)>;
    //! Where an export's files are, and who examines them (both needed to attach them).
    struct ImportFiles {
        QString folder;
        Examiner examine;
    };
    static std::optional<Kind> kindFromName(const QString &name); //!< quorum, chatgpt, claude
    //! What \a data is, or why it is none Quorum reads (a zip archive, something else).
    [[nodiscard]] static std::expected<Kind, QString> detect(const QByteArray &data);
    //! Reads \a data as \a kind, or as what detect() recognises it to be.
    [[nodiscard]] static std::expected<QList<ConversationStore::Import>, QString> read(
        const QByteArray &data, std::optional<Kind> kind = std::nullopt, const ImportFiles &files = {});

    [[nodiscard]] static std::expected<QList<ConversationStore::Import>, QString> readChatGpt(
        const QByteArray &data, const ImportFiles &files = {});
    [[nodiscard]] static std::expected<QList<ConversationStore::Import>, QString> readClaude(const QByteArray &data);
};

} // namespace Quorum
