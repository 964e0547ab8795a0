// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The kill test (docs/reliability.md): `quorum ask` streams 8 answers from the fake provider
// into the database and is killed with SIGKILL at a random moment, 50 times in a row on
// the same file (one in five at any moment from its start, the others while it streams). After each kill the file
// passes PRAGMA integrity_check, every stored text is a prefix of what the server sent, and it lags the server by at
// most one checkpoint interval plus the stream's gap between deltas.
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "buildpaths.h"
#include "chat/streamrecorder.h"
#include "expectedtext.h"
#include "fakeaccounts.h"
#include "providers/providerconfig.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;

namespace
{
constexpr int kills = 50;
constexpr int deltasPerAnswer = 200;
constexpr int gapMs = 10;

QString delta(int i)
{
    return u"d%1 "_s.arg(i, 3, 10, QChar(u'0')); // 5 characters each
}
} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileStreaming()
    {
        Fake::FakeProviderServer server;
        QVERIFY(server.listen());
        QTemporaryDir dir;
        ProviderConfig config(dir.path());
        const QList<Protocol> protocols = Testing::allProtocols();
        QStringList accountIds;
        for (const Protocol protocol : protocols) {
            ProviderAccount account = Testing::fakeAccount(server, protocol, Fake::protocolName(protocol), QString());
            account.apiKeyEnv = u"FAKE_KEY"_s;
            config.upsert(account);
            accountIds << account.id;
        }
        QVERIFY(config.save());
        QString fullText;
        for (int i = 0; i < deltasPerAnswer; ++i) {
            fullText += delta(i);
        }

        const int allowedLag = static_cast<int>(StreamRecorder::defaultInterval.count()) / gapMs + 1 + 4;
        auto *random = QRandomGenerator::global();
        int withTurn = 0;
        int streamingKills = 0;
        int checkedAnswers = 0;
        int worstLag = 0;
        qint64 lastTurn = 0;
        for (int round = 0; round < kills; ++round) {
            QStringList arguments {u"ask"_s, u"--json"_s};
            for (int k = 0; k < protocols.size(); ++k) {
                const QString model = u"crash-%1-%2"_s.arg(round).arg(k);
                Fake::Script script;
                script.deltas.clear();
                for (int i = 0; i < deltasPerAnswer; ++i) {
                    script.deltas << delta(i);
                }
                script.delayMs = gapMs;
                server.enqueueFor(model, script);
                arguments << u"--target"_s << accountIds.at(k) + u'/' + model;
            }
            arguments << u"Write."_s;

            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QUORUM_DATA_DIR"_s, dir.path());
            env.insert(u"FAKE_KEY"_s, u"k"_s);
            process.setProcessEnvironment(env);
            process.start(Quorum::Testing::buildPath(QUORUM_BINARY), arguments);
            QVERIFY(process.waitForStarted());
            // One round in five is killed at any moment from the start (while the file is made,
            // the schema written, the turn stored); the others once the answers stream (the turn
            // is stored before the first request is sent), so every such kill tests stored text
            // however slowly the build starts (an ASan build once reached its turn after 700 ms).
            const bool early = round % 5 == 0;
            if (!early) {
                QVERIFY(
                    QTest::qWaitFor([&] { return !server.requestsFor(u"crash-%1-0"_s.arg(round)).isEmpty(); }, 30000));
                ++streamingKills;
            }
            QEventLoop loop;
            QTimer::singleShot(static_cast<int>(early ? random->bounded(100, 2300) : random->bounded(0, 1800)),
                &loop,
                &QEventLoop::quit);
            loop.exec();    // the fake server streams meanwhile
            process.kill(); // SIGKILL
            QHash<int, int> sentAtKill;
            for (int k = 0; k < protocols.size(); ++k) {
                sentAtKill.insert(k, server.textDeltasSent(u"crash-%1-%2"_s.arg(round).arg(k)));
            }
            QVERIFY(process.waitForFinished(5000));

            auto db = Database::open(dir.filePath(u"quorum.db"_s), Database::Mode::ReadOnly);
            if (!db && round == 0) {
                continue; // killed before it created the file
            }
            QVERIFY2(db, qPrintable(Quorum::Testing::errorText(db)));
            QSqlQuery check((*db)->connection());
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
            if (round == 0 && !(*db)->connection().tables().contains(u"turns"_s)) {
                continue; // killed after it created the file, before its schema was committed
            }
            QSqlQuery last((*db)->connection());
            QVERIFY2(last.exec(u"SELECT id, conversation_id FROM turns ORDER BY id DESC LIMIT 1"_s),
                qPrintable(last.lastError().text()));
            if (!last.next() || last.value(0).toLongLong() == lastTurn) {
                continue; // killed before this round's turn was stored
            }
            lastTurn = last.value(0).toLongLong();
            ++withTurn;
            const QList<TurnRecord> turns = *ConversationStore(**db).turns(last.value(1).toLongLong());
            QCOMPARE(turns.size(), 1);
            QCOMPARE(turns.first().responses.size(), protocols.size());
            for (const ResponseRecord &response : turns.first().responses) {
                const int k = response.position;
                QVERIFY2(fullText.startsWith(response.text), qPrintable(response.text.left(80)));
                const int stored = static_cast<int>(response.text.size() / 5);
                const int sent = sentAtKill.value(k);
                QVERIFY2(stored <= sent, qPrintable(u"stored %1 > sent %2"_s.arg(stored).arg(sent)));
                const int lag = sent - stored;
                worstLag = qMax(worstLag, lag);
                QVERIFY2(lag <= allowedLag || response.status == ResponseStatus::Done,
                    qPrintable(u"round %1 target %2: %3 deltas sent, %4 stored (%5)"_s.arg(round)
                            .arg(k)
                            .arg(sent)
                            .arg(stored)
                            .arg(responseStatusName(response.status))));
                ++checkedAnswers;
            }
        }
        qInfo("%d kills, %d with a stored turn, %d answers checked, worst lag %d deltas (allowed %d)",
            kills,
            withTurn,
            checkedAnswers,
            worstLag,
            allowedLag);
        QVERIFY2(withTurn >= streamingKills,
            qPrintable(u"%1 kills while streaming, %2 with a stored turn"_s.arg(streamingKills).arg(withTurn)));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "test_crash.moc"
