// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QByteArray>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace Quorum::Testing
{

//! What one run of the quorum binary did.
struct CliResult {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    QString out;
    QString err;
    QByteArray outBytes; //!< standard output as written, before any decoding
};

/*!
 * Runs the `quorum` binary as a user runs it: with a data directory of the test's own, no
 * display, and the test's event loop kept running meanwhile, so a fake server or proxy that
 * lives in the test's process goes on answering. `environment` starts as the system's with
 * those changes; a test adds what it needs (keys, a language).
 */
class CliRunner
{
public:
    explicit CliRunner(QString binary, const QString &dataDir = {})
        : m_binary(std::move(binary))
    {
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        if (!dataDir.isEmpty()) {
            setDataDir(dataDir);
        }
    }

    void setDataDir(const QString &dataDir) { environment.insert(QStringLiteral("QUORUM_DATA_DIR"), dataDir); }

    //! Runs `quorum ARGUMENTS` with \a input on its standard input; kills it after \a timeoutMs.
    CliResult run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 30000) const
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(m_binary, arguments);
        process.write(input);
        process.closeWriteChannel();
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning) {
            loop.exec();
        }
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        const QByteArray out = process.readAllStandardOutput();
        return {process.exitCode(),
            process.exitStatus(),
            QString::fromUtf8(out),
            QString::fromUtf8(process.readAllStandardError()),
            out};
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

private:
    QString m_binary;
};

} // namespace Quorum::Testing
