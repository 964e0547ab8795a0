// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

// Steps that tests of the engine share: a scripted answer, a target by its label, a send
// that waits until every answer of the turn has ended.
#include <QSignalSpy>

#include "chat/dispatcher.h"
#include "fakeproviderserver.h"
#include "types/chattarget.h"
#include "types/records.h"

namespace Quorum::Testing
{

//! The fake provider's answer made of \a deltas, sent as they are.
inline Fake::Script answer(const QStringList &deltas)
{
    Fake::Script s;
    s.deltas = deltas;
    return s;
}

//! "ACCOUNT/MODEL" as a target; the label must be valid.
inline ChatTarget target(const QString &label)
{
    return *ChatTarget::parse(label);
}

inline SendRequest ask(const QString &prompt, const QList<ChatTarget> &targets, bool automatic = false)
{
    SendRequest request;
    request.prompt = prompt;
    request.chosen = targets;
    request.automatic = automatic;
    return request;
}

//! Sends \a request and waits until the session is idle; the turn as sent() said it (empty:
//! nothing was sent within five seconds).
inline TurnRecord sendAndWait(Dispatcher &engine, const SendRequest &request)
{
    QSignalSpy sent(&engine, &Dispatcher::sent);
    QSignalSpy idle(&engine.session(), &ChatSession::idle);
    engine.send(request);
    if (sent.isEmpty() && !sent.wait(5000)) {
        return {};
    }
    if (idle.isEmpty()) {
        idle.wait(10000);
    }
    return sent.first().first().value<TurnRecord>();
}

} // namespace Quorum::Testing
