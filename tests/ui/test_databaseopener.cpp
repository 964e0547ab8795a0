// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The start-up dialog for a database that does not open, driven as a user would: the real
// QMessageBox on the offscreen platform, its buttons clicked.
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "common/translations.h"
#include "screenshots.h"
#include "startup/backgroundbackup.h"
#include "startup/databaseopener.h"
#include "storage/backups.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
const QByteArray garbage = QByteArray("this is not an SQLite file\n").repeated(300);
}

class TestDatabaseOpener : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_seen; // texts of the dialogs, in order

    QString dbPath() const { return m_dir->filePath(u"quorum.db"_s); }

    // Clicks the button named \a objectName in the next dialog, and OK in any information box after it.
    void answer(const QString &objectName)
    {
        QTimer::singleShot(0, this, [this, objectName] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                answer(objectName); // not shown yet
                return;
            }
            m_seen << box->windowTitle() + u": "_s + box->text() + u' ' + box->informativeText();
            Testing::saveScreenshots(box, u"database-problem-"_s + QString::fromLatin1(QTest::currentTestFunction()));
            auto *button = box->findChild<QAbstractButton *>(objectName);
            if (!button) {
                m_seen << u"(no button "_s + objectName + u')';
                box->reject();
                return;
            }
            // Restoring and starting anew end with an information box, acknowledged too.
            if (objectName == u"restore"_s || objectName == u"startNew"_s) {
                QTimer::singleShot(0, this, [this] { acknowledge(); });
            }
            button->click();
        });
    }

    void acknowledge()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            m_seen << box->windowTitle() + u": "_s + box->text();
            box->accept();
        } else {
            QTimer::singleShot(10, this, [this] { acknowledge(); });
        }
    }

    void storeConversation(const QString &title)
    {
        auto db = Database::open(dbPath());
        QVERIFY(db);
        QVERIFY(ConversationStore(**db).createConversation(title));
    }

    void damage()
    {
        QFile::remove(dbPath() + u"-wal"_s);
        QFile::remove(dbPath() + u"-shm"_s);
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(garbage);
    }

    QStringList setAside() const { return QDir(m_dir->path()).entryList({u"quorum.db.damaged-*"_s}); }

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_seen.clear();
    }

    void aGoodFileOpensWithoutAQuestion()
    {
        storeConversation(u"fine"_s);
        const auto result = DatabaseOpener(m_dir->path()).open(nullptr);
        QVERIFY(result && result->database);
        QVERIFY(m_seen.isEmpty());
        // The daily backup is not the opener's: it waits for the window to be up ...
        QCOMPARE(Backups(m_dir->filePath(u"backups"_s)).list().size(), 0);
        // ... and is taken on a thread of its own.
        BackgroundBackup backup(m_dir->path());
        QSignalSpy finished(&backup, &BackgroundBackup::finished);
        backup.start(0);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(1).toString().isEmpty());
        QCOMPARE(Backups(m_dir->filePath(u"backups"_s)).list(), QStringList {finished.first().at(0).toString()});
    }

    void aDamagedFileIsRestoredFromTheNewestBackup()
    {
        storeConversation(u"from the backup"_s);
        {
            auto db = Database::open(dbPath());
            QVERIFY(Backups(m_dir->filePath(u"backups"_s)).backup(**db));
        }
        damage();
        answer(u"restore"_s);
        const auto result = DatabaseOpener(m_dir->path()).open(nullptr);
        QVERIFY(result && result->database);
        QCOMPARE(m_seen.size(), 2);
        QVERIFY2(m_seen.at(0).contains(u"not a Quorum database"_s) && m_seen.at(0).contains(u"newest backup"_s),
            qPrintable(m_seen.at(0)));
        QVERIFY2(m_seen.at(1).contains(u"damaged file is kept as"_s), qPrintable(m_seen.at(1)));
        const auto list = ConversationStore(*result->database).listConversations();
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().title, u"from the backup"_s);
        QCOMPARE(setAside().size(), 1);
        QFile kept(m_dir->filePath(setAside().first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), garbage);
    }

    void aDamagedFileCanMakeWayForANewOne()
    {
        damage(); // and no backup at all
        answer(u"startNew"_s);
        const auto result = DatabaseOpener(m_dir->path()).open(nullptr);
        QVERIFY(result && result->database);
        QVERIFY2(m_seen.at(0).contains(u"no backup"_s), qPrintable(m_seen.at(0)));
        QVERIFY(ConversationStore(*result->database).listConversations()->isEmpty());
        QCOMPARE(setAside().size(), 1);
    }

    void quittingChangesNothing()
    {
        damage();
        answer(u"quit"_s);
        const auto result = DatabaseOpener(m_dir->path()).open(nullptr);
        QVERIFY(!result);
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
        QVERIFY(setAside().isEmpty());
        QVERIFY(!QDir(m_dir->filePath(u"backups"_s)).exists() || QDir(m_dir->filePath(u"backups"_s)).isEmpty());
    }

    void aNewerFileOnlyOffersToQuit()
    {
        storeConversation(u"from the future"_s);
        {
            auto db = Database::open(dbPath());
            QSqlQuery((*db)->connection()).exec(u"PRAGMA user_version = 999"_s);
        }
        answer(u"restore"_s); // not offered
        const auto result = DatabaseOpener(m_dir->path()).open(nullptr);
        QVERIFY(!result);
        QVERIFY2(m_seen.at(0).contains(u"newer version of Quorum"_s), qPrintable(m_seen.at(0)));
        QCOMPARE(m_seen.at(1), u"(no button restore)"_s);
    }

    void anUnwritableDirectoryCanContinueWithoutSaving()
    {
        // A directory where the file should be: SQLite cannot open it, like a read-only disk.
        QVERIFY(QDir().mkpath(dbPath()));
        answer(u"withoutSaving"_s);
        const auto result = DatabaseOpener(m_dir->path()).open(nullptr);
        QVERIFY(result);
        QVERIFY(!result->database);
        QVERIFY2(result->notice.startsWith(u"Not saving: "_s), qPrintable(result->notice));
    }
};

QTEST_MAIN(TestDatabaseOpener)
#include "test_databaseopener.moc"
