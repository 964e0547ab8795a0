// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/searchstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestSearchStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_now = 1'700'000'000'000;

    //! A conversation with one prompt and one finished answer; returns the answer's id.
    qint64 add(const QString &title, const QString &prompt, const QString &answer, bool finish = true)
    {
        ConversationStore store(*m_db, [this] { return ++m_now; });
        const qint64 id = store.createConversation(title).value();
        const TurnRecord turn = store.addTurn(id, prompt, {{u"openai"_s, u"gpt-4.1"_s, {}}}).value();
        ResponseRecord response = turn.responses.first();
        response.text = answer;
        if (finish) {
            response.status = ResponseStatus::Done;
            if (!store.finishResponse(response)) {
                return 0;
            }
        } else if (!store.checkpoint({{response.id, answer, {}}})) {
            return 0;
        }
        return response.id;
    }

    QList<SearchHit> search(const QString &query)
    {
        const auto hits = SearchStore(*m_db).search(query);
        if (!hits) {
            qWarning() << hits.error().message;
            return {};
        }
        return *hits;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"q.db"_s));
        QVERIFY(db);
        m_db = std::move(*db);
        QVERIFY(Database::latestVersion() >= 2);
    }

    void cleanup() { m_db.reset(); }

    void findsPromptsAndAnswersWithSnippets()
    {
        add(u"Travel"_s, u"What is the capital of France?"_s, u"The capital of France is Paris."_s);
        add(u"Cooking"_s, u"How long do I boil an egg?"_s, u"About nine minutes for a hard egg."_s);
        const QList<SearchHit> hits = search(u"capital of France"_s);
        QCOMPARE(hits.size(), 2);
        for (const SearchHit &hit : hits) {
            QCOMPARE(hit.conversationTitle, u"Travel"_s);
            QVERIFY2(hit.snippet.contains(SearchStore::matchStart + u"capital of France"_s + SearchStore::matchEnd),
                qPrintable(hit.snippet));
        }
        const SearchHit answer
            = *std::ranges::find_if(hits, [](const SearchHit &h) { return h.kind == SearchHit::Kind::Answer; });
        QCOMPARE(answer.target, u"openai/gpt-4.1"_s);
        QVERIFY(answer.responseId > 0);
        QCOMPARE(search(u"PARIS"_s).size(), 1); // case-insensitive
        QVERIFY(search(u"Madrid"_s).isEmpty());
    }

    // A judge's reply is JSON around the synthesis: it is found by what it says (the
    // synthesis, its claims, its reasons), shown as that, and never by the JSON's keys.
    void synthesesAreSearchedAsTheyRead()
    {
        const qint64 answer = add(u"Eggs"_s, u"How long to boil?"_s, u"Nine minutes."_s);
        ConversationStore store(*m_db, [this] { return ++m_now; });
        const auto turns = store.turns(1); // the first conversation of a new file
        QVERIFY(turns && !turns->isEmpty() && answer > 0);
        NewResponse target {u"claude"_s, u"judge-model"_s, {}, ResponseKind::Judge};
        auto judge = store.addResponse(turns->constFirst().id, target);
        QVERIFY(judge);
        ResponseRecord finished = *judge;
        finished.text
            = uR"json({"synthesis": "Boil the egg for nine minutes [A].", "claims": [{"claim": "Cool it afterwards", "answers": []}], "scores": [{"answer": "A", "criterion": "clarity", "score": 7, "reason": "terse but exact"}], "ranking": []})json"_s;
        Judgement judgement;
        judgement.text = u"Boil the egg for nine minutes [A]."_s;
        judgement.claims = {Claim {u"Cool it afterwards"_s, {}}};
        judgement.scores = {JudgeScore {u"A"_s, u"clarity"_s, 7, u"terse but exact"_s}};
        finished.judgement = judgement;
        finished.status = ResponseStatus::Done;
        QVERIFY(store.finishResponse(finished));

        QList<SearchHit> hits = search(u"the egg for nine"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).kind, SearchHit::Kind::Synthesis);
        QCOMPARE(hits.at(0).responseId, finished.id);
        QCOMPARE(hits.at(0).target, u"claude/judge-model"_s);
        QVERIFY2(!hits.at(0).snippet.contains(u'{') && hits.at(0).snippet.startsWith(u"Boil "_s),
            qPrintable(hits.at(0).snippet));
        QCOMPARE(search(u"afterwards"_s).size(), 1); // a claim
        QCOMPARE(search(u"terse but"_s).size(), 1);  // a score's reason
        QVERIFY(search(u"synthesis"_s).isEmpty());   // a key of the JSON only
        QVERIFY(search(u"criterion"_s).isEmpty());
        // Short queries read the same way: "[A" is in the synthesis, '"a' only in the JSON.
        QCOMPARE(search(u"[A"_s).size(), 1);
        QVERIFY(search(u"\"a"_s).isEmpty());
    }

    void moreMatchesRankHigher()
    {
        add(u"once"_s, u"a"_s, u"kubernetes appears once here, with lots of other words around it"_s);
        add(u"thrice"_s, u"b"_s, u"kubernetes, kubernetes and kubernetes"_s);
        const QList<SearchHit> hits = search(u"kubernetes"_s);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.first().conversationTitle, u"thrice"_s);
        QVERIFY(hits.at(0).rank <= hits.at(1).rank);
    }

    void findsCodeSubstrings()
    {
        add(u"C++"_s, u"Explain this"_s, u"```cpp\nstd::expected<int, Error> parse(QStringView text);\n```"_s);
        QCOMPARE(search(u"expected<int"_s).size(), 1);
        QCOMPARE(search(u"d::exp"_s).size(), 1); // inside an identifier
        QCOMPARE(search(u"(QStringView"_s).size(), 1);
        QCOMPARE(search(u"parse(QString"_s).first().kind, SearchHit::Kind::Answer);
    }

    void findsNonLatinText()
    {
        add(u"数据库"_s, u"数据库的备份策略是什么？"_s, u"每天备份一次，保留七份。"_s);
        add(u"Deutsch"_s, u"Größe der Straße"_s, u"Ölförderung in Übersee"_s);
        QCOMPARE(search(u"备份策略"_s).size(), 1);
        QCOMPARE(search(u"保留七份"_s).first().kind, SearchHit::Kind::Answer);
        QCOMPARE(search(u"数据"_s).size(), 1); // two characters: looked up without the index
        QVERIFY(
            search(u"数据"_s).first().snippet.contains(SearchStore::matchStart + u"数据"_s + SearchStore::matchEnd));
        QCOMPARE(search(u"Straße"_s).size(), 1);
        QCOMPARE(search(u"förderung"_s).size(), 1);
    }

    void shortQueriesAndSpecialCharacters()
    {
        add(u"x"_s, u"Use 50% of the_budget"_s, u"Say \"hi\" to C#"_s);
        QCOMPARE(search(u"C#"_s).size(), 1);
        QCOMPARE(search(u"%"_s).size(), 1);  // a literal percent sign, not a wildcard
        QCOMPARE(search(u"e_"_s).size(), 1); // a literal underscore
        QCOMPARE(search(u"\"hi\""_s).size(), 1);
        QVERIFY(search(u"   "_s).isEmpty());
    }

    void answersAreIndexedWhenTheyEnd()
    {
        const qint64 id = add(u"live"_s, u"q"_s, u"a streaming zebracorn answer"_s, false);
        QVERIFY(search(u"zebracorn"_s).isEmpty());
        ConversationStore store(*m_db);
        ResponseRecord response = store.response(id)->value();
        response.status = ResponseStatus::Done;
        response.text = u"a finished zebracorn answer"_s;
        QVERIFY(store.finishResponse(response));
        QCOMPARE(search(u"zebracorn"_s).size(), 1);
        QVERIFY(search(u"finished zebracorn"_s).first().snippet.contains(u"finished"_s));
        // A crash leftover becomes searchable when recovered.
        const qint64 left = add(u"crashed"_s, u"q"_s, u"half a platypodes answ"_s, false);
        QVERIFY(search(u"platypodes"_s).isEmpty());
        QCOMPARE(store.recoverInterrupted(m_now + 1).value(), 1);
        QCOMPARE(search(u"platypodes"_s).first().responseId, left);
    }

    void deletedConversationsLeaveTheIndex()
    {
        add(u"gone"_s, u"ephemeral question"_s, u"ephemeral answer"_s);
        QCOMPARE(search(u"ephemeral"_s).size(), 2);
        ConversationStore store(*m_db);
        QVERIFY(store.deleteConversation(store.listConversations()->first().id));
        QVERIFY(search(u"ephemeral"_s).isEmpty());
        QVERIFY((*m_db).quickCheck());
        QSqlQuery check((*m_db).connection());
        QVERIFY(check.exec(u"INSERT INTO responses_fts (responses_fts) VALUES ('integrity-check')"_s));
        QVERIFY(check.exec(u"INSERT INTO turns_fts (turns_fts) VALUES ('integrity-check')"_s));
    }

    void migrationIndexesExistingData()
    {
        const QString path = m_dir->filePath(u"old.db"_s);
        {
            auto v1 = Database::open(path, Database::Mode::ReadWrite, Database::builtInMigrations().mid(0, 1));
            QVERIFY(v1);
            // Written as schema 1 had it (today's stores write today's columns).
            QSqlQuery q((*v1)->connection());
            for (const QString &sql :
                {u"INSERT INTO conversations (id, title, created_at, updated_at) VALUES (1, 'old', 1, 1)"_s,
                    u"INSERT INTO turns (id, conversation_id, position, prompt, created_at) "
                    "VALUES (1, 1, 0, 'an archived quokka question', 1)"_s,
                    u"INSERT INTO responses (turn_id, position, provider_id, model, text, status, created_at, "
                    "updated_at) VALUES (1, 0, 'p', 'm', 'an archived quokka answer', 'done', 1, 1)"_s}) {
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
        }
        auto db = Database::open(path);
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        const auto hits = SearchStore(**db).search(u"quokka"_s);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QVERIFY(!(*db)->preMigrationBackup().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchStore)
#include "test_searchstore.moc"
