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
#include <QTemporaryDir>
#include <QTest>

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
        Testing::CliRunner runner(QStringLiteral(QUORUM_BINARY), m_dir.filePath(u"data"_s));
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

    void removedItemsLeaveTheirRecords()
    {
        QCOMPARE(run({u"prompts"_s, u"remove"_s, u"Review"_s}).exitCode, 0);
        QCOMPARE(run({u"prompts"_s, u"remove"_s, u"Review"_s}).exitCode, 1);
        QCOMPARE(json({u"prompts"_s, u"list"_s, u"--json"_s}).value("prompts"_L1).toArray().size(), 1);
        QCOMPARE(lastAnswers().first().parameters.libraryPrompt, std::optional<PromptRef>(PromptRef {u"Review"_s, 1}));
    }
};

QTEST_GUILESS_MAIN(TestCliPrompts)
#include "test_cli_prompts.moc"
