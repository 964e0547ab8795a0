// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// One engine for the window and the command line, checked on the wire: a conversation made
// by `quorum ask` is continued once by `quorum ask --conversation` and once by the engine the
// window drives (Dispatcher), each from its own copy of the same data directory. Whatever
// the follow-up policy, both send each model the same request, byte for byte, and store the
// same parameters with the answers. (Before the engine was shared, the CLI chose a
// follow-up's history by its own rule and stored neither history nor policy.)
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include "buildpaths.h"
#include "chat/dispatcher.h"
#include "clirunner.h"
#include "common/settings.h"
#include "expectedtext.h"
#include "fakeproviderserver.h"
#include "providers/providerconfig.h"
#include "secrets/secretstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;

namespace
{
Fake::Script answer(const QString &text)
{
    Fake::Script s;
    s.deltas = {text};
    return s;
}

bool copyDataDir(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files)) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name))) {
            return false;
        }
    }
    return true;
}
} // namespace

class TestEngineCrossCheck : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;

    //! The chat requests the server received since it was last cleared, by model.
    QHash<QString, QByteArray> requestsByModel() const
    {
        QHash<QString, QByteArray> bodies;
        for (const Fake::RecordedRequest &r : m_server.requests()) {
            if (r.method == "POST") {
                bodies.insert(r.model, r.body);
            }
        }
        return bodies;
    }

    void enqueueSecondTurn()
    {
        m_server.enqueueFor(u"m1"_s, answer(u"Rome."_s));
        m_server.enqueueFor(u"m2"_s, answer(u"Rome, of course."_s));
    }

    static QList<AnswerParameters> lastTurnParameters(const QString &dataDir, qint64 conversationId)
    {
        QList<AnswerParameters> parameters;
        auto db = Database::open(QDir(dataDir).filePath(u"quorum.db"_s), Database::Mode::ReadOnly);
        if (!db) {
            return parameters;
        }
        const auto turns = ConversationStore(**db).turns(conversationId);
        if (turns && !turns->isEmpty()) {
            for (const ResponseRecord &r : turns->constLast().responses) {
                parameters.append(r.parameters);
            }
        }
        return parameters;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void theCliAndTheWindowContinueAConversationAlike_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("own thread") << u"own-thread"_s;
        QTest::newRow("picked answer") << u"picked-answer"_s;
    }

    void theCliAndTheWindowContinueAConversationAlike()
    {
        QFETCH(QString, policy);
        QTemporaryDir root;
        const QString base = root.filePath(u"base"_s);
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), base);
        cli.environment.insert(u"FAKE_KEY"_s, u"test-key"_s);
        qputenv("FAKE_KEY", "test-key"); // the window's engine reads the same variable
        const QString host = u"http://127.0.0.1:%1"_s.arg(m_server.port());
        QCOMPARE(cli.run({u"providers"_s,
                             u"add"_s,
                             u"oa"_s,
                             u"--kind"_s,
                             u"openai"_s,
                             u"--base-url"_s,
                             host + u"/v1"_s,
                             u"--api-key-env"_s,
                             u"FAKE_KEY"_s})
                     .exitCode,
            0);
        QCOMPARE(cli.run({u"providers"_s,
                             u"add"_s,
                             u"an"_s,
                             u"--kind"_s,
                             u"anthropic"_s,
                             u"--base-url"_s,
                             host,
                             u"--api-key-env"_s,
                             u"FAKE_KEY"_s})
                     .exitCode,
            0);
        {
            Settings settings(QDir(base).filePath(u"settings.ini"_s));
            settings.setFollowUpPolicy(policy); // chosen in the window; the CLI follows it
            settings.sync();
        }

        // The first turn, from the command line; the user then picks the second answer.
        m_server.enqueueFor(u"m1"_s, answer(u"Paris."_s));
        m_server.enqueueFor(u"m2"_s, answer(u"Paris, France."_s));
        const Testing::CliResult first = cli.run({u"ask"_s,
            u"--json"_s,
            u"--system"_s,
            u"Be brief."_s,
            u"--target"_s,
            u"oa/m1"_s,
            u"--target"_s,
            u"an/m2"_s,
            u"Capital of France?"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QList<QByteArray> lines = first.out.toUtf8().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const qint64 conversation
            = QJsonDocument::fromJson(lines.at(0)).object().value("conversation_id"_L1).toInteger();
        QVERIFY(conversation > 0);
        {
            auto db = Database::open(QDir(base).filePath(u"quorum.db"_s));
            QVERIFY2(db, qPrintable(Testing::errorText(db)));
            ConversationStore store(**db);
            const TurnRecord turn = store.turns(conversation).value().constFirst();
            const auto picked = std::ranges::find(turn.responses, u"m2"_s, &ResponseRecord::model);
            QVERIFY(store.pickBestAnswer(turn.id, picked->id));
        }
        const QString viaCli = root.filePath(u"cli"_s);
        const QString viaWindow = root.filePath(u"window"_s);
        QVERIFY(copyDataDir(base, viaCli));
        QVERIFY(copyDataDir(base, viaWindow));
        const QStringList targets {u"--target"_s, u"oa/m1"_s, u"--target"_s, u"an/m2"_s};

        // Continued from the command line.
        m_server.clearRequests();
        enqueueSecondTurn();
        cli.setDataDir(viaCli);
        const Testing::CliResult second
            = cli.run(QStringList {u"ask"_s, u"--conversation"_s, QString::number(conversation)} + targets
                + QStringList {u"And of Italy?"_s});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QHash<QString, QByteArray> fromCli = requestsByModel();
        QCOMPARE(fromCli.size(), 2);

        // Continued by the window's engine, on the other copy.
        m_server.clearRequests();
        enqueueSecondTurn();
        {
            auto db = Database::open(QDir(viaWindow).filePath(u"quorum.db"_s));
            QVERIFY2(db, qPrintable(Testing::errorText(db)));
            Settings settings(QDir(viaWindow).filePath(u"settings.ini"_s));
            ProviderConfig providers(viaWindow);
            QVERIFY(providers.load());
            MemorySecretStore keychain;
            MemorySecretStore sessionKeys;
            QNetworkAccessManager network;
            AppServices services {viaWindow, db->get(), &providers, &keychain, &sessionKeys, &network, &settings};
            Dispatcher engine(services, Dispatcher::Governance::Ask);
            QVERIFY(engine.session().open(conversation));
            QSignalSpy idle(&engine.session(), &ChatSession::idle);
            SendRequest request;
            request.prompt = u"And of Italy?"_s;
            request.chosen = {*ChatTarget::parse(u"oa/m1"_s), *ChatTarget::parse(u"an/m2"_s)};
            engine.send(request);
            QVERIFY(idle.wait(10000));
        }
        const QHash<QString, QByteArray> fromWindow = requestsByModel();

        // The same requests on the wire, model by model...
        QCOMPARE(fromWindow.keys().size(), 2);
        for (const QString &model : {u"m1"_s, u"m2"_s}) {
            QCOMPARE(fromWindow.value(model), fromCli.value(model));
        }
        // ... carrying the history the policy says: with picked-answer both get the pick.
        const QJsonArray m1Messages
            = QJsonDocument::fromJson(fromCli.value(u"m1"_s)).object().value("messages"_L1).toArray();
        const QString m1Earlier = m1Messages.at(m1Messages.size() - 2).toObject().value("content"_L1).toString();
        QCOMPARE(m1Earlier, policy == u"picked-answer"_s ? u"Paris, France."_s : u"Paris."_s);
        // ... and the same parameters stored with the answers.
        const QList<AnswerParameters> cliStored = lastTurnParameters(viaCli, conversation);
        QCOMPARE(cliStored.size(), 2);
        QCOMPARE(cliStored, lastTurnParameters(viaWindow, conversation));
        QCOMPARE(cliStored.at(0).followUp, followUpPolicyFromName(policy));
        QVERIFY(cliStored.at(0).history && cliStored.at(0).history->size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestEngineCrossCheck)
#include "test_engine_crosscheck.moc"
