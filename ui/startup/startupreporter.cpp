// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "startup/startupreporter.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Quorum
{

std::unique_ptr<StartupReporter> StartupReporter::fromEnvironment(QWidget *window)
{
    const QByteArray report = qgetenv("QUORUM_STARTUP_REPORT");
    if (report.isEmpty()) {
        return nullptr;
    }
    return std::unique_ptr<StartupReporter>(new StartupReporter(window, report == "exit"));
}

StartupReporter::StartupReporter(QWidget *window, bool exit)
    : m_exit(exit)
{
    window->installEventFilter(this);
}

StartupReporter::~StartupReporter() = default;

void StartupReporter::mark(const char *phase)
{
    static const bool reporting = qEnvironmentVariableIsSet("QUORUM_STARTUP_REPORT");
    if (reporting) {
        std::fprintf(stderr,
            "quorum: %s at %lld ms since the epoch\n",
            phase,
            static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    }
}

double StartupReporter::residentMiB()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
            }
        }
    }
    return 0;
}

bool StartupReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        // After this paint has been handled.
        QTimer::singleShot(0, this, [this] {
            std::fprintf(stderr,
                "quorum: first paint at %lld ms since the epoch, resident %.1f MiB\n",
                static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                residentMiB());
            QTimer::singleShot(3000, this, [this] {
                std::fprintf(stderr, "quorum: idle after 3 s, resident %.1f MiB\n", residentMiB());
                if (m_exit) {
                    QCoreApplication::quit();
                }
            });
        });
    }
    return false;
}

} // namespace Quorum
