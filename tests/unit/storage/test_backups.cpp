// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <atomic>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "expectedtext.h"
#include "storage/backups.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestBackups : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString backupDir() const { return m_dir->filePath(u"backups"_s); }
    static QDateTime at(int day, int hour = 12)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::UTC);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"quorum.db"_s));
        QVERIFY(db);
        m_db = std::move(*db);
        ConversationStore(*m_db).createConversation(u"precious"_s).value();
    }

    void cleanup() { m_db.reset(); }

    void aBackupIsAConsistentCopy()
    {
        Backups backups(backupDir());
        const auto file = backups.backup(*m_db, at(1));
        QVERIFY2(file, qPrintable(Quorum::Testing::errorText(file)));
        QVERIFY(file->endsWith(u"quorum-20261101-120000.db"_s));
        QVERIFY(!QFile::exists(*file + u".partial"_s));
        auto copy = Database::open(*file, Database::Mode::ReadOnly);
        QVERIFY(copy);
        QVERIFY((*copy)->quickCheck());
        QCOMPARE((*copy)->schemaVersion(), Database::latestVersion());
        QCOMPARE(ConversationStore(**copy).listConversations()->first().title, u"precious"_s);
    }

    // The window's daily backup: from the file, through a connection of its own, on another
    // thread, while the window's connection goes on writing; a consistent copy all the same.
    void aFileIsBackedUpFromAnotherThreadWhileWritesGoOn()
    {
        ConversationStore store(*m_db);
        for (int i = 0; i < 200; ++i) {
            QVERIFY(store.createConversation(u"before %1"_s.arg(i)));
        }
        Backups backups(backupDir());
        std::expected<QString, StorageError> result = QString();
        std::atomic<bool> done = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            result = backups.backupFileIfDue(m_db->path(), at(1));
            done = true;
        }));
        thread->start();
        int written = 0;
        while (!done) {
            QVERIFY(store.createConversation(u"during %1"_s.arg(written++)));
        }
        thread->wait();
        QVERIFY2(result && !result->isEmpty(), qPrintable(Quorum::Testing::errorText(result)));
        auto copy = Database::open(*result, Database::Mode::ReadOnly);
        QVERIFY(copy);
        QVERIFY((*copy)->quickCheck());
        const auto titles = ConversationStore(**copy).listConversations(10000).value();
        QVERIFY(titles.size() >= 201); // the 200 before and "precious"; some written during, maybe
        QVERIFY(titles.size() <= 201 + written);
        // Once a day: not again today.
        QCOMPARE(backups.backupFileIfDue(m_db->path(), at(1, 20)).value(), QString());
        // A file that is not there is an error, not a crash.
        QVERIFY(!Backups(backupDir()).backupFileIfDue(m_db->path() + u".missing"_s, at(3)));
    }

    void atMostOncePerDayAndSevenKept()
    {
        Backups backups(backupDir());
        QVERIFY(!backups.backupIfDue(*m_db, at(1))->isEmpty());
        QVERIFY(backups.backupIfDue(*m_db, at(1, 20))->isEmpty()); // same day: not due
        QVERIFY(!backups.backupIfDue(*m_db, at(2, 13))->isEmpty());
        for (int day = 3; day <= 10; ++day) {
            QVERIFY(!backups.backupIfDue(*m_db, at(day))->isEmpty());
        }
        const QStringList kept = backups.list();
        QCOMPARE(kept.size(), Backups::defaultKeep);
        QVERIFY(kept.first().endsWith(u"quorum-20261110-120000.db"_s)); // newest first
        QVERIFY(kept.last().endsWith(u"quorum-20261104-120000.db"_s));
    }

    void restoreBringsTheDataBack()
    {
        Backups backups(backupDir());
        const QString file = backups.backup(*m_db, at(1)).value();
        ConversationStore store(*m_db);
        QVERIFY(store.deleteConversation(store.listConversations()->first().id));
        QVERIFY(store.createConversation(u"newer"_s));
        QVERIFY(backups.restore(*m_db, file));
        const auto list = store.listConversations().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().title, u"precious"_s);
        QCOMPARE(backups.list().size(), 2); // what was there before the restore was kept too
    }

    void restoreRefusesAFileThatIsNoBackup()
    {
        Backups backups(backupDir());
        const QString bogus = m_dir->filePath(u"bogus.db"_s);
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a database at all\n").repeated(100));
        file.close();
        const auto restored = backups.restore(*m_db, bogus);
        QVERIFY(!restored);
        QCOMPARE(restored.error().kind, StorageError::Kind::NotADatabase);
        QCOMPARE(ConversationStore(*m_db).listConversations()->first().title, u"precious"_s);
        QVERIFY(backups.list().isEmpty()); // nothing was touched, not even a backup made
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "test_backups.moc"
