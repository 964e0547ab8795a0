// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>

#include <QObject>

class QWidget;

namespace Quorum
{

/*!
 * For the start-up benchmark (tests/bench/bench_startup.sh) only: with QUORUM_STARTUP_REPORT
 * set, says on standard error when \a window first painted (wall clock, ms since the epoch)
 * and, after 3 s of idling, how much memory the process holds; with the value "exit" it then
 * quits. Without the variable it does nothing.
 *
 * mark() says when a phase of the start ended, the same way, so the benchmark can tell where
 * the time before the first paint goes (bench_startup.sh; BENCHMARKS.md, issue #23 item 8).
 */
class StartupReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartupReporter)

public:
    //! A reporter for \a window when the environment asks for one, else null.
    static std::unique_ptr<StartupReporter> fromEnvironment(QWidget *window);
    ~StartupReporter() override;
    //! With QUORUM_STARTUP_REPORT set, prints "quorum: PHASE at MS ms since the epoch".
    static void mark(const char *phase);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupReporter(QWidget *window, bool exit);
    static double residentMiB();

    bool m_exit = false;
    bool m_painted = false;
};

} // namespace Quorum
