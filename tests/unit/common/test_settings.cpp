// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/settings.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void newFileGetsDefaultsAndCurrentVersion()
    {
        Settings settings(file());
        QCOMPARE(settings.version(), Settings::currentVersion);
        QVERIFY(settings.mainWindowGeometry().isEmpty());
        QVERIFY(settings.splitterState(u"main"_s).isEmpty());
        QVERIFY(settings.conversationListVisible());
    }

    void valuesSurviveReopening()
    {
        const QByteArray geometry("\x01\x02\x00\xff geometry", 14);
        {
            Settings settings(file());
            settings.setMainWindowGeometry(geometry);
            settings.setMainWindowState("state"_ba);
            settings.setSplitterState(u"main"_s, "split"_ba);
            settings.setConversationListVisible(false);
            QVERIFY(settings.sync());
        }
        QVERIFY(QFile::exists(file()));
        Settings reopened(file());
        QCOMPARE(reopened.mainWindowGeometry(), geometry);
        QCOMPARE(reopened.mainWindowState(), "state"_ba);
        QCOMPARE(reopened.splitterState(u"main"_s), "split"_ba);
        QVERIFY(reopened.splitterState(u"centre"_s).isEmpty());
        QVERIFY(!reopened.conversationListVisible());
    }

    void changedIsEmittedOnlyForRealChanges()
    {
        Settings settings(file());
        QSignalSpy spy(&settings, &Settings::changed);
        settings.setConversationListVisible(false);
        settings.setConversationListVisible(false);
        settings.setSplitterState(u"main"_s, "a"_ba);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).toString(), u"mainWindow/conversationListVisible"_s);
        QCOMPARE(spy.at(1).at(0).toString(), u"splitters/main"_s);
    }

    void newerFileIsReadWithoutDowngrade()
    {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(u"settingsVersion"_s, Settings::currentVersion + 5);
            raw.setValue(u"future/key"_s, u"kept"_s);
        }
        {
            Settings settings(file());
            QCOMPARE(settings.version(), Settings::currentVersion + 5);
        }
        QSettings raw(file(), QSettings::IniFormat);
        QCOMPARE(raw.value(u"future/key"_s).toString(), u"kept"_s);
    }

    void unwritableLocationIsReported()
    {
        if (geteuid() == 0) {
            QSKIP("root can write anywhere");
        }
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        Settings settings(file());
        settings.setConversationListVisible(false);
        QVERIFY(!settings.sync());
        QVERIFY(settings.errorString().contains(file()));
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void invalidFileIsReported()
    {
        QFile f(file());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[broken\n=\x01\x02\n");
        f.close();
        Settings settings(file());
        settings.setConversationListVisible(false);
        QVERIFY(!settings.sync());
        QVERIFY(settings.errorString().contains(u"not valid"_s));
    }

private:
    QString file() const { return m_dir->filePath(u"settings.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
