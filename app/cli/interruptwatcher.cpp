// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/interruptwatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>

#include <unistd.h>
#endif

namespace Quorum
{

namespace
{
#ifdef Q_OS_UNIX
int s_signalPipe[2] = {-1, -1};
volatile std::sig_atomic_t s_interrupts = 0;

void onSigint(int)
{
    s_interrupts = s_interrupts + 1;
    if (s_interrupts > 1) {
        _exit(130); // a second Ctrl+C: quit at once
    }
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}
#endif
} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::pipe(s_signalPipe) != 0) {
        return; // Ctrl+C then ends the process the usual way
    }
    s_interrupts = 0;
    m_notifier = std::make_unique<QSocketNotifier>(s_signalPipe[0], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char byte;
        [[maybe_unused]] const auto n = ::read(s_signalPipe[0], &byte, 1);
        Q_EMIT interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = onSigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
#endif
}

InterruptWatcher::~InterruptWatcher()
{
#ifdef Q_OS_UNIX
    if (m_notifier) {
        signal(SIGINT, SIG_DFL);
        m_notifier.reset();
        ::close(s_signalPipe[0]);
        ::close(s_signalPipe[1]);
    }
#endif
}

} // namespace Quorum
