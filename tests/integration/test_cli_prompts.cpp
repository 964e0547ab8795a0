// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// `quorum prompts` and `quorum ask --prompt/--var/--persona`, the real binary against the
// fake provider and the real database file: editing makes versions, a prompt is asked with its
// variables filled (one without a value sends nothing), and every answer records which
// version of the prompt and of the persona it was asked with, also in the JSON export.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "clirunner.h"
#include "fakeproviderserver.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestCliPrompts : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QTemporaryDir m_dir;

    Testing::CliResult run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        Testing::CliRunner runner(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.filePath(u"data"_s));
        runner.environment.insert(u"FAKE_KEY"_s, u"test-key"_s);
        return runner.run(arguments, input, 60000);
    }

    QJsonObject json(const QStringList &arguments) const
    {
        const Testing::CliResult r = run(arguments);
        return QJsonDocument::fromJson(r.outBytes).object();
    }

    //! The answers of the newest conversation, as stored.
    QList<ResponseRecord> lastAnswers(std::optional<PromptRef> *persona = nullptr) const
    {
        auto db = Database::open(m_dir.filePath(u"data/quorum.db"_s), Database::Mode::ReadOnly);
        if (!db) {
            return {};
        }
        ConversationStore store(**db);
        const QList<ConversationRecord> conversations
            = store.listConversations().value_or(QList<ConversationRecord> {});
        if (conversations.isEmpty()) {
            return {};
        }
        qint64 newest = 0;
        for (const ConversationRecord &c : conversations) {
            if (c.id > newest) {
                newest = c.id;
                if (persona) {
                    *persona = c.persona;
                }
            }
        }
        const QList<TurnRecord> turns = store.turns(newest).value_or(QList<TurnRecord> {});
        return turns.isEmpty() ? QList<ResponseRecord> {} : turns.constLast().responses;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_dir.isValid());
        const Testing::CliResult added = run({u"providers"_s,
            u"add"_s,
            u"fx"_s,
            u"--kind"_s,
            u"openai"_s,
            u"--base-url"_s,
            u"http://127.0.0.1:%1/v1"_s.arg(m_server.port()),
            u"--api-key-env"_s,
            u"FAKE_KEY"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void init() { m_server.clearRequests(); }

    void editingMakesVersionsAndEachIsShown()
    {
        Testing::CliResult r = run({u"prompts"_s, u"add"_s, u"Review"_s, u"Review this {{language}} code:"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"Added 'Review' (version 1) with variables: language."_s), qPrintable(r.err));
        r = run({u"prompts"_s, u"edit"_s, u"Review"_s, u"Review this {{language}} code for {{focus}}:"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"'Review' is now at version 2."_s), qPrintable(r.err));
        r = run({u"prompts"_s, u"edit"_s, u"Review"_s, u"Review this {{language}} code for {{focus}}:"_s});
        QVERIFY2(r.err.contains(u"unchanged (version 2)"_s), qPrintable(r.err));
        // A persona from a file (standard input).
        r = run(
            {u"prompts"_s, u"add"_s, u"Strict"_s, u"--persona"_s, u"--file"_s, u"-"_s}, "You are a strict {{role}}.\n");
        QCOMPARE(r.exitCode, 0);

        const QJsonArray listed = json({u"prompts"_s, u"list"_s, u"--json"_s}).value("prompts"_L1).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value("name"_L1).toString(), u"Review"_s);
        QCOMPARE(listed.at(0).toObject().value("version"_L1).toInt(), 2);
        QCOMPARE(listed.at(0).toObject().value("variables"_L1).toArray(), (QJsonArray {u"language"_s, u"focus"_s}));
        QCOMPARE(listed.at(1).toObject().value("kind"_L1).toString(), u"persona"_s);
        const QJsonObject first = json({u"prompts"_s, u"show"_s, u"Review@1"_s, u"--json"_s});
        QCOMPARE(first.value("text"_L1).toString(), u"Review this {{language}} code:"_s);
        QCOMPARE(first.value("versions"_L1).toArray().size(), 2);
        r = run({u"prompts"_s, u"show"_s, u"Review"_s});
        QVERIFY2(
            r.out.startsWith(u"# Review (prompt), version 2 of 2\nVariables: language, focus\n"_s), qPrintable(r.out));
        QCOMPARE(run({u"prompts"_s, u"show"_s, u"Review@7"_s}).exitCode, 1);
        QCOMPARE(run({u"prompts"_s, u"add"_s, u"review"_s, u"again"_s}).exitCode, 1); // the name is taken
        QCOMPARE(run({u"prompts"_s, u"add"_s, u"NoText"_s}).exitCode, 2);
    }

    void askFillsTheVariablesAndRecordsTheVersions()
    {
        const Testing::CliResult r = run({u"ask"_s,
            u"--target"_s,
            u"fx/echo-a"_s,
            u"--prompt"_s,
            u"Review"_s,
            u"--var"_s,
            u"language=C++"_s,
            u"--var"_s,
            u"focus=memory safety"_s,
            u"--persona"_s,
            u"Strict"_s,
            u"--var"_s,
            u"role=reviewer"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto asked = m_server.requestsFor(u"echo-a"_s);
        QCOMPARE(asked.size(), 1);
        const QJsonArray messages = QJsonDocument::fromJson(asked.first().body).object().value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value("content"_L1).toString(), u"You are a strict reviewer.\n"_s);
        QCOMPARE(
            messages.at(1).toObject().value("content"_L1).toString(), u"Review this C++ code for memory safety:"_s);

        std::optional<PromptRef> persona;
        const QList<ResponseRecord> answers = lastAnswers(&persona);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().parameters.libraryPrompt, std::optional<PromptRef>(PromptRef {u"Review"_s, 2}));
        QCOMPARE(answers.first().parameters.persona, std::optional<PromptRef>(PromptRef {u"Strict"_s, 1}));
        QCOMPARE(persona, std::optional<PromptRef>(PromptRef {u"Strict"_s, 1}));

        // An earlier version by number; the record says which.
        QCOMPARE(
            run({u"ask"_s, u"--target"_s, u"fx/echo-a"_s, u"--prompt"_s, u"Review@1"_s, u"--var"_s, u"language=Rust"_s})
                .exitCode,
            0);
        QCOMPARE(m_server.requestsFor(u"echo-a"_s).constLast().body.contains("Review this Rust code:"), true);
        QCOMPARE(lastAnswers().first().parameters.libraryPrompt, std::optional<PromptRef>(PromptRef {u"Review"_s, 1}));

        // The JSON export keeps both records.
        const Testing::CliResult exported = run({u"export"_s, u"--all"_s, u"--format"_s, u"json"_s});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.outBytes.contains(R"("library_prompt":{"name":"Review","version":2})"),
            exported.outBytes.left(2000).constData());
        QVERIFY(exported.outBytes.contains(R"("persona":{"name":"Strict","version":1})"));
    }

    void aVariableWithoutAValueSendsNothing()
    {
        Testing::CliResult r
            = run({u"ask"_s, u"--target"_s, u"fx/echo-a"_s, u"--prompt"_s, u"Review"_s, u"--var"_s, u"language=Go"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"'Review' needs a value for: focus (--var NAME=VALUE)"_s), qPrintable(r.err));
        r = run({u"ask"_s, u"--target"_s, u"fx/echo-a"_s, u"--prompt"_s, u"Nope"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"nothing named 'Nope'"_s), qPrintable(r.err));
        r = run({u"ask"_s, u"--target"_s, u"fx/echo-a"_s, u"--prompt"_s, u"Review"_s, u"typed too"_s});
        QCOMPARE(r.exitCode, 2);
        r = run({u"ask"_s, u"--target"_s, u"fx/echo-a"_s, u"--persona"_s, u"Strict"_s, u"--system"_s, u"x"_s, u"Hi"_s});
        QCOMPARE(r.exitCode, 2);
        r = run({u"ask"_s, u"--target"_s, u"fx/echo-a"_s, u"--var"_s, u"=x"_s, u"Hi"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_server.chatRequests().size(), 0);
    }

    // An experiment's columns can be versions of a library persona, and its prompt a library
    // prompt: each cell is asked with that version's words, filled from the case, and records
    // which; the run pins the versions, so editing the library later changes no run.
    void experimentColumnsAreLibraryVersions()
    {
        QCOMPARE(
            run({u"prompts"_s, u"add"_s, u"Tone"_s, u"--persona"_s, u"You are brief with {{who}}."_s}).exitCode, 0);
        QCOMPARE(run({u"prompts"_s, u"edit"_s, u"Tone"_s, u"You are warm with {{who}}."_s}).exitCode, 0);
        QCOMPARE(run({u"prompts"_s, u"add"_s, u"Greet"_s, u"Greet {{who}}"_s}).exitCode, 0);
        QFile file(m_dir.filePath(u"tone.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"quorum_experiment": 1, "name": "Tone", "library_prompt": "Greet",
 "variants": [{"name": "v1", "target": "fx/echo-a", "persona": "Tone@1"},
              {"name": "latest", "target": "fx/echo-a", "persona": "Tone"}],
 "cases": [{"vars": {"who": "Ann"}}, {"vars": {"who": "Bob"}}]})");
        file.close();
        const Testing::CliResult r = run({u"experiment"_s, u"run"_s, file.fileName(), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + QString::fromUtf8(r.outBytes)));
        QStringList systems;
        for (const auto &request : m_server.requestsFor(u"echo-a"_s)) {
            const QJsonArray messages = QJsonDocument::fromJson(request.body).object().value("messages"_L1).toArray();
            systems << messages.at(0).toObject().value("content"_L1).toString() + u" | "_s
                    + messages.at(1).toObject().value("content"_L1).toString();
        }
        systems.sort();
        QCOMPARE(systems,
            (QStringList {u"You are brief with Ann. | Greet Ann"_s,
                u"You are brief with Bob. | Greet Bob"_s,
                u"You are warm with Ann. | Greet Ann"_s,
                u"You are warm with Bob. | Greet Bob"_s}));
        // Each answer records the persona's version and the prompt's.
        auto db = Database::open(m_dir.filePath(u"data/quorum.db"_s), Database::Mode::ReadOnly);
        QVERIFY(db);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(u"SELECT parameters FROM responses WHERE model = 'echo-a' ORDER BY id DESC LIMIT 4"_s));
        QStringList recorded;
        while (q.next()) {
            const AnswerParameters p
                = AnswerParameters::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
            recorded << u"%1 %2"_s.arg(
                p.persona.value_or(PromptRef {}).label(), p.libraryPrompt.value_or(PromptRef {}).label());
        }
        recorded.sort();
        QCOMPARE(recorded,
            (QStringList {u"Tone v1 Greet v1"_s, u"Tone v1 Greet v1"_s, u"Tone v2 Greet v1"_s, u"Tone v2 Greet v1"_s}));
        // The stored run names the versions it asked.
        const QJsonObject shown = json({u"experiment"_s, u"show"_s, u"Tone"_s, u"--json"_s});
        const QJsonObject definition = shown.value("experiment"_L1).toObject();
        QCOMPARE(definition.value("library_prompt"_L1).toString(), u"Greet@1"_s);
        QCOMPARE(
            definition.value("variants"_L1).toArray().at(1).toObject().value("persona"_L1).toString(), u"Tone@2"_s);
        // A persona that is not there runs nothing, and says which.
        QFile broken(m_dir.filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(R"({"quorum_experiment": 1, "name": "Broken", "prompt": "Hi",
 "variants": [{"target": "fx/echo-a", "persona": "Nobody"}]})");
        broken.close();
        m_server.clearRequests();
        const Testing::CliResult refused = run({u"experiment"_s, u"run"_s, broken.fileName()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"variant 1: The prompt library has nothing named 'Nobody'."_s),
            qPrintable(refused.err));
        QCOMPARE(m_server.chatRequests().size(), 0);
    }

    void removedItemsLeaveTheirRecords()
    {
        QCOMPARE(run({u"prompts"_s, u"remove"_s, u"Review"_s}).exitCode, 0);
        QCOMPARE(run({u"prompts"_s, u"remove"_s, u"Review"_s}).exitCode, 1);
        QCOMPARE(json({u"prompts"_s, u"list"_s, u"--json"_s}).value("prompts"_L1).toArray().size(),
            3); // Strict, Tone, Greet
        QCOMPARE(lastAnswers().first().parameters.libraryPrompt, std::optional<PromptRef>(PromptRef {u"Review"_s, 1}));
    }
};

QTEST_GUILESS_MAIN(TestCliPrompts)
#include "test_cli_prompts.moc"
