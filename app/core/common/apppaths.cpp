// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "common/apppaths.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Quorum
{

AppPaths AppPaths::resolve(const QString &overrideDir)
{
    AppPaths paths;
    QString dir = overrideDir;
    if (dir.isEmpty()) {
        dir = qEnvironmentVariable("QUORUM_DATA_DIR");
    }
    if (!dir.isEmpty()) {
        paths.m_overridden = true;
        paths.m_dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(dir));
        paths.m_settingsFile = paths.m_dataDir + "/settings.ini"_L1;
        return paths;
    }
    paths.m_dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    paths.m_settingsFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + "/settings.ini"_L1;
    return paths;
}

} // namespace Quorum
