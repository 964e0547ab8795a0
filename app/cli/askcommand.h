// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include "pricing/cost.h"

namespace Quorum
{

class ChatStream;
class CliContext;
class FanOut;

/*!
 * `quorum ask`: one prompt to one or more targets (ID/MODEL), answers streamed to the
 * terminal as they come (labelled per line when there are several), or one JSON object per
 * target with --json when it ends. Ctrl+C stops every answer (a second one quits at once).
 * Exit status 0 when every target succeeded, 1 when any failed, 2 for usage errors.
 */
class AskCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::AskCommand)

public:
    static int run(const CliContext &context, const QStringList &arguments);

    //! The --json object of one ended target (the documented contract; see README).
    static QJsonObject resultJson(const QString &target, const ChatStream &stream, const Cost &cost);
};

} // namespace Quorum
