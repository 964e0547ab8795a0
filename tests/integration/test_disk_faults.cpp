// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Real file-system faults (issue #4, docs/reliability.md): the data directory on a tmpfs that
// fills up while answers stream, and on a file system mounted read-only (which stops root
// too, unlike chmod). The process runs in a mount namespace of its own (see
// privatemounts.h); the quorum binary it starts inherits it.
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "buildpaths.h"
#include "chat/fanout.h"
#include "chat/streamrecorder.h"
#include "expectedtext.h"
#include "fakeaccounts.h"
#include "privatemounts.h"
#include "providers/providerconfig.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;

namespace
{
QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString integrity(const Database &db)
{
    QSqlQuery check(db.connection());
    return check.exec(u"PRAGMA integrity_check"_s) && check.next() ? check.value(0).toString() : u"(failed)"_s;
}

//! An answer of \a count deltas of about 100 characters each, numbered so prefixes are checkable.
Fake::Script longAnswer(int count, int delayMs)
{
    Fake::Script script;
    script.deltas.clear();
    for (int i = 0; i < count; ++i) {
        script.deltas << u"[%1] "_s.arg(i, 4, 10, QChar(u'0')) + QString(92, QChar(u'a' + i % 26)) + u'\n';
    }
    script.delayMs = delayMs;
    return script;
}
} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT

public:
    explicit TestDiskFaults(QString namespaceProblem)
        : m_namespaceProblem(std::move(namespaceProblem))
    {
    }

private:
    QString m_namespaceProblem;
    Fake::FakeProviderServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mount;

    QProcess *runQuorum(const QStringList &arguments)
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QUORUM_DATA_DIR"_s, m_mount);
        env.insert(u"FAKE_KEY"_s, u"k"_s);
        env.insert(u"LANGUAGE"_s, u"en"_s);
        process->setProcessEnvironment(env);
        process->start(Quorum::Testing::buildPath(QUORUM_BINARY), arguments);
        return process;
    }

    // Waits for \a process with the event loop running: the fake server lives on this thread.
    static bool finish(QProcess *process, int timeoutMs = 20000)
    {
        if (process->state() == QProcess::NotRunning) {
            return true;
        }
        QEventLoop loop;
        connect(process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        return process->state() == QProcess::NotRunning;
    }

    void mountData(qint64 bytes)
    {
        const QString mounted = Testing::mountTmpfs(m_mount, bytes);
        QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
    }

    // Stores one provider account pointing at the fake server, outside the tmpfs so a full
    // disk cannot stop the CLI from reading it.
    void writeProviders()
    {
        ProviderConfig config(m_mount);
        ProviderAccount account = Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"fake"_s, QString());
        account.apiKeyEnv = u"FAKE_KEY"_s;
        config.upsert(account);
        QVERIFY(config.save());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_namespaceProblem.isEmpty()) {
            QSKIP(qPrintable(u"no private mount namespace: "_s + m_namespaceProblem));
        }
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_mount = m_dir->filePath(u"data"_s);
        QVERIFY(QDir().mkpath(m_mount));
    }

    void cleanup()
    {
        Testing::unmount(m_mount);
        m_dir.reset();
    }

    void readOnlyDirectory()
    {
        mountData(1024 * 1024);
        const QString path = QDir(m_mount).filePath(u"quorum.db"_s);
        {
            auto db = Database::open(path);
            QVERIFY(db);
            ConversationStore store(**db);
            const auto id = store.createConversation(u"Kept on read-only media"_s);
            QVERIFY(id);
            QVERIFY(store.addTurn(*id, u"What is stored stays readable."_s, {{u"fake"_s, u"m"_s, {}}}));
        }
        writeProviders();
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        const QString remounted = Testing::remount(m_mount, true);
        QVERIFY2(remounted.isEmpty(), qPrintable(remounted));

        // Writing is refused with the reason, and the file is untouched.
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, StorageError::Kind::ReadOnly);
        QVERIFY2(db.error().message.contains(path), qPrintable(Quorum::Testing::errorText(db)));
        // Reading still works.
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY2(reader, qPrintable(Quorum::Testing::errorText(reader)));
        const auto listed = ConversationStore(**reader).listConversations();
        QVERIFY2(listed, qPrintable(Quorum::Testing::errorText(listed)));
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().title, u"Kept on read-only media"_s);
        reader->reset();

        // The CLI: history still lists, ask says why it cannot store and what to do.
        QProcess *history = runQuorum({u"history"_s, u"--json"_s});
        QVERIFY(finish(history));
        QCOMPARE(history->exitCode(), 0);
        QVERIFY2(history->readAllStandardOutput().contains("Kept on read-only media"),
            history->readAllStandardError().constData());

        QProcess *ask = runQuorum({u"ask"_s, u"--target"_s, u"fake/m"_s, u"Hello?"_s});
        QVERIFY(finish(ask));
        const QString error = QString::fromUtf8(ask->readAllStandardError());
        QCOMPARE(ask->exitCode(), 1);
        QVERIFY2(error.contains(u"Cannot write the database"_s) && error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(u"--no-store"_s), qPrintable(error));

        QProcess *unstored = runQuorum({u"ask"_s, u"--no-store"_s, u"--target"_s, u"fake/m"_s, u"Hello?"_s});
        QVERIFY(finish(unstored));
        QCOMPARE(unstored->exitCode(), 0);
        QCOMPARE(unstored->readAllStandardOutput(), "Hello from the fake server.\n"_ba);

        QCOMPARE(fileBytes(path), before);
    }

    void fullDiskWhileStreaming()
    {
        mountData(16 * 1024 * 1024); // the WAL grows to 1000 pages (4 MiB) before it is reset
        const QString path = QDir(m_mount).filePath(u"quorum.db"_s);
        auto db = Database::open(path);
        QVERIFY(db);
        ConversationStore store(**db);
        const auto conversation = store.createConversation(u"Full disk"_s);
        QVERIFY(conversation);
        const auto turn = store.addTurn(
            *conversation, u"Write a lot."_s, {{u"fake"_s, u"full-a"_s, {}}, {u"fake"_s, u"full-b"_s, {}}});
        QVERIFY(turn);
        const Fake::Script script = longAnswer(300, 3);
        const QString expected = script.deltas.join(QString());
        m_server.enqueueFor(u"full-a"_s, script);
        m_server.enqueueFor(u"full-b"_s, script);

        // Nothing left: the first checkpoint already fails.
        QVERIFY(Testing::fillDisk(m_mount, u"filler"_s, 0) > 0);

        QNetworkAccessManager network;
        FanOut fanOut(&network);
        QList<StorageError> failures;
        StreamRecorder recorder(store, fanOut, {turn->responses.at(0).id, turn->responses.at(1).id});
        connect(&recorder, &StreamRecorder::storageFailed, this, [&](const StorageError &error) {
            failures.append(error);
            if (failures.size() == 3) {
                QFile::remove(QDir(m_mount).filePath(u"filler"_s)); // room again
            }
        });
        const ProviderAccount account = Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"fake"_s);
        QList<FanOutJob> jobs;
        for (const QString &model : {u"full-a"_s, u"full-b"_s}) {
            ChatRequest request;
            request.model = model;
            request.messages.append({ChatMessage::Role::User, u"Write a lot."_s});
            jobs.append({account, request, {}});
        }
        QEventLoop loop;
        connect(&fanOut, &FanOut::allEnded, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        fanOut.start(jobs);
        loop.exec();
        QVERIFY(!fanOut.isRunning());

        QVERIFY2(failures.size() >= 3, qPrintable(QString::number(failures.size())));
        for (const StorageError &error : std::as_const(failures)) {
            QCOMPARE(error.kind, StorageError::Kind::Full);
            QVERIFY2(error.message.contains(u"full"_s), qPrintable(error.message));
        }
        // The answers stayed in memory while the disk was full, and were saved once it was not.
        QVERIFY2(recorder.isSaved(),
            qPrintable(failures.constLast().message + u" after "_s + QString::number(failures.size())));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(fanOut.stream(i)->text(), expected);
            const auto stored = store.response(turn->responses.at(i).id);
            QVERIFY(stored && stored->has_value());
            QCOMPARE((*stored)->status, ResponseStatus::Done);
            QCOMPARE((*stored)->text, expected);
        }
        QCOMPARE(integrity(**db), u"ok"_s);
    }

    void fullDiskUnderTheCli()
    {
        mountData(16 * 1024 * 1024);
        writeProviders();
        // The first run creates the database (and today's backup) while there is room.
        QProcess *first = runQuorum({u"ask"_s, u"--target"_s, u"fake/m"_s, u"Hello?"_s});
        QVERIFY2(finish(first), first->readAllStandardError().constData());
        QCOMPARE(first->exitCode(), 0);

        // No room even for the prompt: nothing is sent, the user is told why and what to do.
        QVERIFY(Testing::fillDisk(m_mount, u"filler"_s, 0) > 0);
        QProcess *refused = runQuorum({u"ask"_s, u"--target"_s, u"fake/m"_s, u"Hello again?"_s});
        QVERIFY(finish(refused));
        const QString refusal = QString::fromUtf8(refused->readAllStandardError());
        QCOMPARE(refused->exitCode(), 1);
        QVERIFY2(refusal.contains(u"is full"_s) && refusal.contains(u"--no-store"_s), qPrintable(refusal));
        QVERIFY(refused->readAllStandardOutput().isEmpty());

        // Room for the prompt (and SQLite's 32 KiB -shm index), not for the answers.
        QVERIFY(Testing::fillDisk(m_mount, u"filler"_s, 160 * 1024) > 0);
        const Fake::Script script = longAnswer(400, 2);
        m_server.enqueueFor(u"cli-full"_s, script);
        QProcess *ask = runQuorum({u"ask"_s, u"--json"_s, u"--target"_s, u"fake/cli-full"_s, u"Write a lot."_s});
        QVERIFY(finish(ask));
        const QString error = QString::fromUtf8(ask->readAllStandardError());
        const QJsonObject result = QJsonDocument::fromJson(ask->readAllStandardOutput()).object();

        // The whole answer reached the user, who is told it was not saved; exit status 1.
        QCOMPARE(result.value("text"_L1).toString(), script.deltas.join(QString()));
        QCOMPARE(result.value("status"_L1).toString(), u"ok"_s);
        QCOMPARE(ask->exitCode(), 1);
        QVERIFY2(error.contains(u"is full"_s), qPrintable(error));
        QVERIFY2(error.contains(u"not saved"_s), qPrintable(error));
        QVERIFY2(error.count(u"is full"_s) <= 2, qPrintable(error)); // said once, not every 250 ms

        // What was stored before the disk filled is intact: the prompt, and a prefix of the answer.
        QFile::remove(QDir(m_mount).filePath(u"filler"_s));
        auto db = Database::open(QDir(m_mount).filePath(u"quorum.db"_s), Database::Mode::ReadOnly);
        QVERIFY2(db, qPrintable(Quorum::Testing::errorText(db)));
        QCOMPARE(integrity(**db), u"ok"_s);
        const auto response = ConversationStore(**db).response(result.value("response_id"_L1).toInteger());
        QVERIFY(response && response->has_value());
        QVERIFY(script.deltas.join(QString()).startsWith((*response)->text));
        QSqlQuery prompt((*db)->connection());
        QVERIFY(prompt.exec(u"SELECT count(*) FROM turns WHERE prompt = 'Write a lot.'"_s) && prompt.next());
        QCOMPARE(prompt.value(0).toInt(), 1);
    }
};

int main(int argc, char **argv)
{
    // Before QCoreApplication: unshare() needs a process with one thread.
    const QString namespaceProblem = Quorum::Testing::enterPrivateMountNamespace();
    QCoreApplication app(argc, argv);
    TestDiskFaults test(namespaceProblem);
    return QTest::qExec(&test, argc, argv);
}

#include "test_disk_faults.moc"
