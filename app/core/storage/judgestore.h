// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "storage/storageerror.h"
#include "types/chattarget.h"
#include "types/judgement.h"

namespace Quorum
{

class Database;

//! The user's own judge mode: a built-in mode's reply with their instructions.
struct CustomJudgeMode {
    QString name;
    JudgeMode base = JudgeMode::Fuse;
    QString instructions;
    int version = 1; //!< raised at every edit of the instructions
    qint64 updatedAt = 0;

    friend bool operator==(const CustomJudgeMode &, const CustomJudgeMode &) = default;
};

//! The judge a conversation uses, and whether it synthesizes every turn by itself.
struct ConversationJudge {
    ChatTarget target;
    JudgeMode mode = JudgeMode::Fuse;
    QString custom; //!< a custom mode's name ("": the built-in mode)
    bool automatic = false;

    QJsonObject toJson() const;
    static std::optional<ConversationJudge> fromJson(const QJsonObject &json);

    friend bool operator==(const ConversationJudge &, const ConversationJudge &) = default;
};

/*!
 * The judges' settings in the database: the custom modes (judge_modes) and each
 * conversation's judge (conversations.judge, JSON). Changes are said by DatabaseChanges.
 */
class JudgeStore final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::JudgeStore)

public:
    explicit JudgeStore(const Database &database);

    [[nodiscard]] std::expected<QList<CustomJudgeMode>, StorageError> customModes() const;
    [[nodiscard]] std::expected<std::optional<CustomJudgeMode>, StorageError> customMode(const QString &name) const;
    //! Adds or replaces the mode named \a mode.name; its version goes up when its text changes.
    [[nodiscard]] std::expected<CustomJudgeMode, StorageError> saveCustomMode(const CustomJudgeMode &mode);
    [[nodiscard]] std::expected<void, StorageError> removeCustomMode(const QString &name);

    [[nodiscard]] std::expected<std::optional<ConversationJudge>, StorageError> conversationJudge(
        qint64 conversationId) const;
    //! nullopt: the conversation has no judge of its own any more.
    [[nodiscard]] std::expected<void, StorageError> setConversationJudge(
        qint64 conversationId, const std::optional<ConversationJudge> &judge);

private:
    const Database &m_database;
};

} // namespace Quorum
