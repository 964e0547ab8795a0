// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace Quorum::Testing
{

namespace Detail
{
//! The test executable's directory, read at static initialisation, before main: a test that
//! then enters a mount namespace of its own inside the build's chroot (privatemounts.h) reads
//! /proc/self/exe as the host's path, outside the chroot.
inline const QString executableDirectory
    = QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).path();
} // namespace Detail

/*!
 * A path the build defined relative to this test's executable (quorum_test_paths in
 * cmake/QuorumTesting.cmake: QUORUM_BINARY, QUORUM_TEST_DATA, ...), made absolute. No absolute
 * path is compiled into a test, so ccache finds its objects from any clone of the repository.
 */
inline QString buildPath(const char *relative)
{
    return QDir::cleanPath(Detail::executableDirectory + u'/' + QString::fromUtf8(relative));
}

} // namespace Quorum::Testing
