// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

// Real file-system faults for tests: a tiny tmpfs that fills up, a directory that is
// read-only for everyone (root included, which plain chmod cannot do). The test process
// moves into a mount namespace of its own first, so nothing it mounts is seen outside it
// and everything vanishes when it exits; child processes (the quorum binary under test)
// inherit the namespace and see the same mounts. Linux only.

#include <cerrno>
#include <cstring>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>
#endif

namespace Quorum::Testing
{

#ifdef Q_OS_LINUX
namespace Detail
{
inline bool writeProcFile(const char *path, const QByteArray &text)
{
    const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return ok;
}

inline QString errnoText(const char *what)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(errno)));
}
} // namespace Detail
#endif

/*!
 * Moves this process into a private mount namespace. Call it first thing in main(), before
 * any thread exists (unshare needs a single thread). Returns an empty string on success,
 * else why not (the tests that need it skip with that reason).
 */
inline QString enterPrivateMountNamespace()
{
#ifdef Q_OS_LINUX
    if (::geteuid() == 0) {
        if (::unshare(CLONE_NEWNS) != 0) {
            return Detail::errnoText("unshare(CLONE_NEWNS)");
        }
        // Make every mount private so that ours do not propagate back to the host. In a
        // chroot "/" is not a mount point and this fails; then only go on if no mount is
        // shared (packaging/build-env.sh runs the tests in a private namespace already).
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            QFile mountInfo(QStringLiteral("/proc/self/mountinfo"));
            if (!mountInfo.open(QIODevice::ReadOnly) || mountInfo.readAll().contains(" shared:")) {
                return QStringLiteral("cannot make the mounts private");
            }
        }
        return {};
    }
    // Without root: a user namespace of our own (same uid) owns the new mount namespace;
    // mounts copied into it become slaves, so nothing propagates out.
    const QByteArray uid = QByteArray::number(::getuid());
    const QByteArray gid = QByteArray::number(::getgid());
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
        return Detail::errnoText("unshare(CLONE_NEWUSER | CLONE_NEWNS)");
    }
    if (!Detail::writeProcFile("/proc/self/setgroups", "deny")
        || !Detail::writeProcFile("/proc/self/uid_map", uid + ' ' + uid + " 1")
        || !Detail::writeProcFile("/proc/self/gid_map", gid + ' ' + gid + " 1")) {
        return Detail::errnoText("writing the user namespace maps");
    }
    return {};
#else
    return QStringLiteral("mount namespaces are Linux only");
#endif
}

//! Mounts a tmpfs of \a bytes on the existing directory \a path. Empty on success.
inline QString mountTmpfs(const QString &path, qint64 bytes)
{
#ifdef Q_OS_LINUX
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options.constData()) != 0) {
        return Detail::errnoText("mount tmpfs");
    }
    return {};
#else
    Q_UNUSED(path)
    Q_UNUSED(bytes)
    return QStringLiteral("tmpfs is Linux only");
#endif
}

//! Makes the file system mounted at \a path read-only (\a readOnly) or writable again.
inline QString remount(const QString &path, bool readOnly)
{
#ifdef Q_OS_LINUX
    const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
    if (::mount(nullptr, QFile::encodeName(path).constData(), nullptr, flags, nullptr) != 0) {
        return Detail::errnoText("remount");
    }
    return {};
#else
    Q_UNUSED(path)
    Q_UNUSED(readOnly)
    return QStringLiteral("remount is Linux only");
#endif
}

inline QString unmount(const QString &path)
{
#ifdef Q_OS_LINUX
    if (::umount2(QFile::encodeName(path).constData(), MNT_DETACH) != 0) {
        return Detail::errnoText("umount");
    }
    return {};
#else
    Q_UNUSED(path)
    return {};
#endif
}

/*!
 * Fills the file system holding \a directory with the file \a name until it is full, then
 * gives back \a leaveFree bytes. Returns the filler's size, or -1 if it could not be made.
 */
inline qint64 fillDisk(const QString &directory, const QString &name, qint64 leaveFree)
{
    QFile filler(QDir(directory).filePath(name));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        return -1;
    }
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) { }
    filler.close();
    const qint64 size = QFileInfo(filler).size();
    if (!filler.resize(qMax<qint64>(0, size - leaveFree))) {
        return -1;
    }
    return filler.size();
}

} // namespace Quorum::Testing
