// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "common/apppaths.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestAppPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"quorum"_s);
    }

    void init() { qunsetenv("QUORUM_DATA_DIR"); }
    void cleanup() { qunsetenv("QUORUM_DATA_DIR"); }

    void defaultsToXdgLocations()
    {
        const AppPaths paths = AppPaths::resolve(QString());
        QVERIFY(!paths.isOverridden());
        QCOMPARE(paths.dataDir(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QCOMPARE(paths.settingsFile(),
            QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + "/settings.ini"_L1);
        QVERIFY(paths.dataDir().endsWith("/quorum"_L1));
    }

    void environmentVariableOverrides()
    {
        QTemporaryDir dir;
        qputenv("QUORUM_DATA_DIR", dir.path().toLocal8Bit());
        const AppPaths paths = AppPaths::resolve(QString());
        QVERIFY(paths.isOverridden());
        QCOMPARE(paths.dataDir(), QDir::cleanPath(dir.path()));
        QCOMPARE(paths.settingsFile(), QDir::cleanPath(dir.path()) + "/settings.ini"_L1);
    }

    void optionWinsOverEnvironment()
    {
        QTemporaryDir fromEnv;
        QTemporaryDir fromOption;
        qputenv("QUORUM_DATA_DIR", fromEnv.path().toLocal8Bit());
        const AppPaths paths = AppPaths::resolve(fromOption.path());
        QCOMPARE(paths.dataDir(), QDir::cleanPath(fromOption.path()));
    }

    void relativeDirectoryBecomesAbsolute()
    {
        const AppPaths paths = AppPaths::resolve(u"some/../profile"_s);
        QCOMPARE(paths.dataDir(), QDir::current().absoluteFilePath(u"profile"_s));
        QVERIFY(QDir::isAbsolutePath(paths.settingsFile()));
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "test_apppaths.moc"
