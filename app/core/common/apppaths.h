// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

namespace Quorum
{

/*!
 * Where Quorum keeps its data and settings.
 *
 * `--data-dir DIR` wins, then the QUORUM_DATA_DIR environment variable; with either, the
 * settings live in that directory too, so one directory holds a whole, self-contained
 * Quorum (tests, screenshots, a second profile). Otherwise the XDG locations are used:
 * data in ~/.local/share/quorum, settings in ~/.config/quorum.
 */
class AppPaths final
{
public:
    //! \a overrideDir is the value of --data-dir, empty when not given.
    static AppPaths resolve(const QString &overrideDir);

    QString dataDir() const { return m_dataDir; }
    QString settingsFile() const { return m_settingsFile; }
    //! True when the location came from --data-dir or QUORUM_DATA_DIR.
    bool isOverridden() const { return m_overridden; }

private:
    QString m_dataDir;
    QString m_settingsFile;
    bool m_overridden = false;
};

} // namespace Quorum
