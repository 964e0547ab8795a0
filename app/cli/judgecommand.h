// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QCoreApplication>
#include <QStringList>

namespace Quorum
{

class ChatSession;
class CliContext;
class Dispatcher;
struct JudgeRequest;

/*!
 * `quorum judge CONVERSATION [--turn ID] --judge ACCOUNT/MODEL [--mode fuse|checklist|table|rank]`:
 * asks a judge about a stored turn's answers (by default the last turn of the conversation's
 * current branch), as the window's Synthesize does. Also what `quorum ask --judge` runs once
 * the answers have ended.
 */
class JudgeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::JudgeCommand)

public:
    static int run(const CliContext &context, const QStringList &arguments);

    //! Sends \a request with \a engine and prints the judges as they stream and end; returns
    //! the exit status (1 when it was refused or a judge failed).
    static int judge(const CliContext &context,
        const QString &command,
        Dispatcher &engine,
        const JudgeRequest &request,
        bool json,
        bool stored);

    //! The texts of points \a numbers (from 1) of turn \a turnId's newest checklist (0: the
    //! branch's last turn), or why there are none.
    [[nodiscard]] static std::expected<QStringList, QString> checklistPoints(
        const ChatSession &session, qint64 turnId, const QList<int> &numbers);

    //! --mode's value (fuse, checklist, table, rank; or a custom mode's name in \a custom).
    [[nodiscard]] static bool parseMode(const QString &value, JudgeRequest &request);
};

} // namespace Quorum
