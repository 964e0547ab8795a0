// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>

#include <QObject>

class QSocketNotifier;

namespace Quorum
{

/*!
 * Ctrl+C for a command that streams: the first SIGINT emits interrupted() from the event loop
 * (the command stops its answers and lets them be stored), a second one quits at once. The
 * signal handler only writes a byte to a pipe (the self-pipe trick, as signal handlers may do
 * next to nothing); the default handling comes back when this is destroyed.
 */
class InterruptWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Quorum
