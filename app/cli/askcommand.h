// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include "pricing/cost.h"

namespace Quorum
{

class ChatStream;
class CliContext;

/*!
 * `quorum ask`: one prompt to one or more targets (ID/MODEL), answers streamed to the
 * terminal as they come (labelled per line when there are several), or one JSON object per
 * target with --json when it ends. Ctrl+C stops every answer (a second one quits at once).
 * Exit status 0 when every target succeeded, 1 when any failed, 2 for usage errors.
 *
 * It parses the arguments and prints; the sending is the engine's (Dispatcher), the same as
 * the window's: the same routing and governance, the same history for a follow-up, the same
 * parameters stored with the answers.
 */
class AskCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::AskCommand)

public:
    static int run(const CliContext &context, const QStringList &arguments);

    /*!
     * The --json object of one ended target (the documented contract; see README) but its
     * "text": the printer writes that straight from the stream's text, in pieces
     * (CliContext::printJsonLine), so a long answer is not copied into the object and its JSON.
     */
    static QJsonObject resultJson(const QString &target, const ChatStream &stream, const Cost &cost);

private:
    struct Options;
    //! The options, or the exit status of a usage error (already printed).
    [[nodiscard]] static std::expected<Options, int> parseOptions(
        const CliContext &context, const QStringList &arguments);
};

} // namespace Quorum
