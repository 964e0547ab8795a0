// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "expectedtext.h"
#include "storage/attachmentstore.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/experimentstore.h"
#include "storage/judgestore.h"
#include "storage/modelstore.h"
#include "storage/promptstore.h"
#include "storage/searchstore.h"
#include "storage/spendstore.h"
#include "storage/variantstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool exec(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"quorum.db"_s); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void newFileGetsTheSchemaAndSafeSettings()
    {
        QVERIFY(Database::latestVersion() >= 1);
        auto db = Database::open(path());
        QVERIFY2(db, qPrintable(Quorum::Testing::errorText(db)));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        QCOMPARE((*db)->pragma(u"journal_mode"_s), u"wal"_s);
        QCOMPARE((*db)->pragma(u"foreign_keys"_s), u"1"_s);
        QCOMPARE((*db)->pragma(u"synchronous"_s), u"2"_s); // FULL
        QCOMPARE((*db)->pragma(u"busy_timeout"_s), u"5000"_s);
        QVERIFY((*db)->sqliteVersion().startsWith(u"3."_s));
        for (const auto table :
            {"conversations", "turns", "responses", "providers", "models", "prices", "routing_rules", "settings"}) {
            QCOMPARE(scalar(**db,
                         u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'"_s.arg(
                             QLatin1StringView(table)))
                         .toInt(),
                1);
        }
        QVERIFY((*db)->preMigrationBackup().isEmpty()); // nothing to back up in a new file
        QVERIFY((*db)->quickCheck());
    }

    void reopeningChangesNothing()
    {
        {
            auto db = Database::open(path());
            QVERIFY(db);
            QVERIFY(exec(**db, u"INSERT INTO settings (key, value) VALUES ('a', 'b')"_s));
        }
        auto again = Database::open(path());
        QVERIFY(again);
        QVERIFY((*again)->preMigrationBackup().isEmpty());
        QCOMPARE(scalar(**again, u"SELECT value FROM settings WHERE key = 'a'"_s).toString(), u"b"_s);
    }

    void twoConnectionsAtOnce()
    {
        auto writer = Database::open(path());
        auto reader = Database::open(path(), Database::Mode::ReadOnly);
        QVERIFY(writer && reader);
        QVERIFY(exec(**writer, u"INSERT INTO settings (key, value) VALUES ('k', 'v')"_s));
        QCOMPARE(scalar(**reader, u"SELECT value FROM settings"_s).toString(), u"v"_s);
        QVERIFY(!exec(**reader, u"INSERT INTO settings (key, value) VALUES ('x', 'y')"_s));
    }

    void newerFileIsRefusedAndLeftAlone()
    {
        {
            auto db = Database::open(path());
            QVERIFY(db);
            QVERIFY(exec(**db, u"PRAGMA user_version = 999"_s));
        }
        QFile::remove(path() + u"-wal"_s);
        QFile::remove(path() + u"-shm"_s);
        const QByteArray before = fileHash(path());
        auto refused = Database::open(path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StorageError::Kind::NewerSchema);
        QVERIFY2(refused.error().message.contains(u"newer version of Quorum"_s),
            qPrintable(Quorum::Testing::errorText(refused)));
        QVERIFY(refused.error().message.contains(u"999"_s));
        QVERIFY(refused.error().message.contains(path()));
        QCOMPARE(fileHash(path()), before);
        QVERIFY(!QFile::exists(path() + u"-wal"_s));
    }

    void foreignFileIsRefusedAndLeftAlone()
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("These are my notes, not a database.\n").repeated(200));
        file.close();
        const QByteArray before = fileHash(path());
        auto refused = Database::open(path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StorageError::Kind::NotADatabase);
        QVERIFY2(
            refused.error().message.contains(u"has not changed it"_s), qPrintable(Quorum::Testing::errorText(refused)));
        QCOMPARE(fileHash(path()), before);
        QVERIFY(!QFile::exists(path() + u"-wal"_s));
    }

    void damagedFileIsReported()
    {
        {
            auto db = Database::open(path());
            QVERIFY(db);
            QVERIFY(exec(**db, u"CREATE TABLE filler (x TEXT)"_s));
            for (int i = 0; i < 300; ++i) {
                QVERIFY(exec(**db, u"INSERT INTO filler VALUES (hex(randomblob(200)))"_s));
            }
            QVERIFY(exec(**db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 10 * 4096);
        for (qint64 page = 2; page * 4096 < file.size(); ++page) {
            file.seek(page * 4096); // smash every b-tree page header after the first
            file.write(QByteArray(12, '\xA5'));
        }
        file.close();
        auto db = Database::open(path());
        if (db) {
            const auto check = (*db)->quickCheck();
            QVERIFY(!check);
            QCOMPARE(check.error().kind, StorageError::Kind::Corrupt);
        } else {
            QVERIFY2(
                db.error().kind == StorageError::Kind::Corrupt || db.error().kind == StorageError::Kind::NotADatabase,
                qPrintable(Quorum::Testing::errorText(db)));
        }
    }

    void migrationKeepsDataAndBacksUp()
    {
        QList<Database::Migration> v1 = Database::builtInMigrations().mid(0, 1);
        {
            auto db = Database::open(path(), Database::Mode::ReadWrite, v1);
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), 1);
            QVERIFY(exec(**db, u"INSERT INTO conversations (title, created_at, updated_at) VALUES ('Kept', 1, 1)"_s));
        }
        QList<Database::Migration> v2 = v1;
        v2.append(
            {2, u"test_column"_s, "ALTER TABLE conversations ADD COLUMN colour TEXT NOT NULL DEFAULT 'blue';"_ba});
        auto db = Database::open(path(), Database::Mode::ReadWrite, v2);
        QVERIFY2(db, qPrintable(Quorum::Testing::errorText(db)));
        QCOMPARE((*db)->schemaVersion(), 2);
        QCOMPARE(scalar(**db, u"SELECT title || ' ' || colour FROM conversations"_s).toString(), u"Kept blue"_s);
        const QString backup = (*db)->preMigrationBackup();
        QVERIFY(QFile::exists(backup));
        auto old = Database::open(backup, Database::Mode::ReadOnly, v1);
        QVERIFY(old);
        QCOMPARE((*old)->schemaVersion(), 1);
        QCOMPARE(scalar(**old, u"SELECT title FROM conversations"_s).toString(), u"Kept"_s);
    }

    // Every earlier schema version, with the data it held (tests/unit/storage/fixtures),
    // migrates to the latest and everything stays there and usable.
    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < Database::latestVersion(); ++version) {
            QTest::addRow("from %d", version) << version;
        }
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString fixture
            = Quorum::Testing::buildPath(QUORUM_STORAGE_FIXTURES "/v%1.sql").arg(version, 4, 10, QChar(u'0'));
        QVERIFY2(QFile::exists(fixture), qPrintable(u"every schema below the latest needs a fixture: "_s + fixture));
        QFile file(fixture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        {
            auto old = Database::open(path(), Database::Mode::ReadWrite, Database::builtInMigrations().mid(0, version));
            QVERIFY(old);
            QCOMPARE((*old)->schemaVersion(), version);
            QSqlQuery load((*old)->connection());
            for (const QString &statement : QString::fromUtf8(data).split(u";\n"_s)) {
                QString sql;
                for (const QString &line : statement.split(u'\n')) {
                    if (!line.trimmed().startsWith(u"--"_s)) {
                        sql += line + u'\n';
                    }
                }
                if (!sql.trimmed().isEmpty()) {
                    QVERIFY2(load.exec(sql), qPrintable(load.lastError().text() + u": "_s + sql.left(200)));
                }
            }
        }

        auto db = Database::open(path());
        QVERIFY2(db, qPrintable(Quorum::Testing::errorText(db)));
        QCOMPARE((*db)->schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(**db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM pragma_foreign_key_check"_s).toInt(), 0);

        ConversationStore store(**db);
        const auto conversations = store.listConversations();
        QVERIFY(conversations);
        QCOMPARE(conversations->size(), 2);
        QCOMPARE(conversations->at(0).title, u"Rust vs C++ error handling"_s); // pinned first
        QCOMPARE(conversations->at(0).tags, QStringList {u"code"_s});
        QCOMPARE(conversations->at(1).title, u"東京の天気"_s);
        const auto turns = store.turns(1);
        QVERIFY(turns);
        QCOMPARE(turns->size(), 2);
        QCOMPARE(turns->at(1).parentId, std::optional<qint64>(10));
        const ResponseRecord &answer = turns->at(0).responses.at(0);
        QCOMPARE(answer.status, ResponseStatus::Done);
        // Costs were micro-dollars up to schema 7 and are nano-dollars since (exactly x1,000).
        QCOMPARE(answer.costNanos, std::optional<qint64>(612'000));
        QCOMPARE(answer.vote, 1);
        // Its parameters, as that version wrote them, read into the typed fields.
        QCOMPARE(answer.parameters.generation.temperature, std::optional<double>(0.2));
        QVERIFY(!answer.parameters.history && answer.parameters.other.isEmpty());
        QCOMPARE(turns->at(0).responses.at(1).httpStatus, 401);
        // Every earlier answer is an answer (not a judge's); the judges' tables are there, and
        // from schema 5 on, what they held.
        QCOMPARE(answer.kind, ResponseKind::Answer);
        QVERIFY(!answer.judgement);
        JudgeStore judges(**db);
        if (version >= 5) {
            QCOMPARE(turns->at(0).judgements.size(), 1);
            const ResponseRecord &judge = turns->at(0).judgements.at(0);
            QVERIFY(judge.judgement && judge.parameters.judge);
            QCOMPARE(judge.judgement->text, u"Both hold a value or an error."_s);
            QCOMPARE(judge.parameters.judge->sources.at(0).responseId, qint64(100));
            QCOMPARE(judges.customMode(u"Terse"_s).value_or(std::nullopt).value_or(CustomJudgeMode {}).version, 2);
            QCOMPARE(judges.conversationJudge(1).value_or(std::nullopt).value_or(ConversationJudge {}).target.label(),
                u"openai/gpt-4.1"_s);
        } else {
            QVERIFY(turns->at(0).judgements.isEmpty());
        }
        // The variants (schema 6) are there, and from schema 6 on, what they held.
        const QList<Variant> variants = VariantStore(**db).variants().value_or(QList<Variant> {{}, {}});
        if (version >= 6) {
            QCOMPARE(variants.size(), 1);
            QCOMPARE(variants.at(0).name, u"terse"_s);
            QCOMPARE(variants.at(0).version, 2);
            QCOMPARE(variants.at(0).parameters.system, std::optional<QString>(u"Answer in one sentence."_s));
            QCOMPARE(variants.at(0).parameters.temperature, std::optional<double>(0.1));
        } else {
            QCOMPARE(variants.size(), 0);
        }
        // The experiments (schema 7) are there, and from schema 7 on, what they held with their
        // costs in nano-dollars; every earlier conversation is listed (none holds a case).
        ExperimentStore experiments(**db);
        const QList<ExperimentRecord> stored = experiments.experiments().value_or(QList<ExperimentRecord> {{}, {}});
        if (version >= 7) {
            QCOMPARE(stored.size(), 1);
            const auto run = experiments.run(1);
            QVERIFY(run);
            QCOMPARE(run->maxCostNanos, std::optional<qint64>(2'000'000'000));
            QCOMPARE(run->estimateNanos, std::optional<qint64>(150'000'000));
            const QList<ExperimentCell> cells = experiments.cells(1).value_or(QList<ExperimentCell> {});
            QCOMPARE(cells.size(), 1);
            QCOMPARE(cells.at(0).judgeCostNanos, std::optional<qint64>(35'000));
            QCOMPARE(cells.at(0).costNanos, std::optional<qint64>(612'000));
            const QList<SpendStore::Budget> budgets = SpendStore(**db).budgets().value_or(QList<SpendStore::Budget> {});
            QCOMPARE(budgets.size(), 2);
            for (const SpendStore::Budget &budget : budgets) {
                QCOMPARE(budget.monthlyNanos, budget.providerId.isEmpty() ? 25'000'000'000 : 5'000'000'000);
            }
            QCOMPARE(scalar(**db, u"SELECT count(*) FROM settings WHERE key LIKE '%micros%'"_s).toInt(), 0);
        } else {
            QCOMPARE(stored.size(), 0);
        }
        QVERIFY(!conversations->at(0).experimentRun && !conversations->at(1).experimentRun);
        QVERIFY(judges.saveCustomMode({u"Strict"_s, JudgeMode::Table, u"Be strict."_s, 1, 0}));
        QVERIFY(judges.setConversationJudge(
            1, ConversationJudge {*ChatTarget::parse(u"openai/gpt-4.1"_s), JudgeMode::Fuse, {}, true}));
        QCOMPARE(judges.conversationJudge(1).value_or(std::nullopt).value_or(ConversationJudge {}).automatic, true);
        // The prompt library (schema 9) is there, and from schema 9 on what it held, with the
        // records of the versions used; it is usable.
        PromptStore library(**db);
        if (version >= 9) {
            QCOMPARE(library.prompts().value_or(QList<LibraryPrompt> {}).size(), 2);
            QCOMPARE(library.prompt(u"Review"_s)->version, 2);
            QCOMPARE(library.prompt(u"Review"_s, 1)->text, u"Review this {{language}} code:"_s);
            QCOMPARE(conversations->at(1).persona, std::optional<PromptRef>(PromptRef {u"Strict"_s, 1}));
            const auto asked = store.response(103);
            QVERIFY(asked && *asked);
            QCOMPARE((*asked)->parameters.libraryPrompt, std::optional<PromptRef>(PromptRef {u"Review"_s, 2}));
            QVERIFY(library.remove(u"Review"_s));
        } else {
            QCOMPARE(library.prompts().value_or(QList<LibraryPrompt> {{}}).size(), 0);
            QVERIFY(!conversations->at(1).persona);
        }
        QVERIFY(!conversations->at(0).persona);
        QCOMPARE(
            library.add(u"Greet"_s, LibraryPrompt::Kind::Prompt, u"Hi {{name}}"_s).value_or(LibraryPrompt {}).version,
            1);
        // The answer left streaming is recovered with its text.
        QCOMPARE(store.recoverInterrupted(std::numeric_limits<qint64>::max()).value_or(-1), 1);
        const auto recovered = store.response(102);
        QVERIFY(recovered && recovered->has_value());
        QCOMPARE((*recovered)->status, ResponseStatus::Interrupted);
        QVERIFY((*recovered)->text.contains(u"and_then"_s));
        // From schema 10 on, its checkpoints were appended pieces: folded into its text.
        if (version >= 10) {
            QVERIFY2(
                (*recovered)->text.endsWith(u" // then check that it is positive"_s), qPrintable((*recovered)->text));
            QCOMPARE(scalar(**db, u"SELECT count(*) FROM response_pieces"_s).toInt(), 0);
        }
        // Attached files (schema 11): none before; the tables are there and usable, and every
        // earlier answer received nothing; from schema 11 on, what they held.
        AttachmentStore attachments(**db);
        QCOMPARE(attachments.usage().value_or(AttachmentStore::Usage {9, 9}).files, qint64(version >= 11 ? 1 : 0));
        if (version >= 11) {
            const QList<Attachment> kept = attachments.attachments(11).value_or(QList<Attachment> {});
            QCOMPARE(kept.size(), 1);
            QCOMPARE(kept.at(0).name, u"hello.txt"_s);
            QCOMPARE(kept.at(0).data, "hello world"_ba);
            QCOMPARE(turns->at(1).responses.at(0).received.size(), 1);
            QCOMPARE(turns->at(1).responses.at(0).received.at(0).textBytes, qint64(11));
        }
        Attachment note;
        note.name = u"note.txt"_s;
        note.data = "remember"_ba;
        note.text = u"remember"_s;
        note.mimeType = u"text/plain"_s;
        note.sha256 = QString(64, u'a');
        QVERIFY(attachments.attach(10, {note}));
        QCOMPARE(attachments.attachments(10).value_or(QList<Attachment> {}), QList<Attachment> {note});
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM responses WHERE attachments_received != '[]'"_s).toInt(),
            version >= 11 ? 1 : 0);
        // What models read (schema 12): a model listed before is not known to read anything
        // beyond the table, and the user's choice can be kept for it.
        ModelStore models(**db);
        const QList<StoredModel> listed = models.models(u"openai"_s).value_or(QList<StoredModel> {});
        QCOMPARE(listed.size(), 1);
        QVERIFY(!listed.at(0).reads && !listed.at(0).chosen);
        QCOMPARE(models.reads(u"ollama"_s, u"qwen3:8b"_s).value_or(ModelReads {}).chosen,
            version >= 12 ? std::optional<ModelCapabilities>(ModelCapabilities {true, false}) : std::nullopt);
        // Tools (schema 13): every earlier answer made no tool calls, every conversation uses no
        // tools; both can be stored, and steps are found by search.
        QVERIFY(turns->at(0).responses.at(0).steps.isEmpty());
        QVERIFY(conversations->at(0).toolset.isEmpty());
        QVERIFY(store.setToolset(1, {u"files"_s}));
        QCOMPARE(store.conversation(1).value_or(std::nullopt).value_or(ConversationRecord {}).toolset,
            QStringList {u"files"_s});
        {
            ResponseRecord withSteps = turns->at(0).responses.at(0);
            ToolStep step;
            step.call = {u"call_1"_s, u"files__read"_s, u"{\"path\":\"notes/zebra-crossing.txt\"}"_s, {}};
            step.server = u"files"_s;
            step.tool = u"read"_s;
            step.result = u"Quagga stripes"_s;
            withSteps.steps = {step};
            QVERIFY(store.finishResponse(withSteps));
            QCOMPARE(store.response(withSteps.id).value_or(std::nullopt).value_or(ResponseRecord {}).steps,
                QList<ToolStep> {step});
        }
        QVERIFY(models.setReads(u"openai"_s, u"gpt-4.1"_s, ModelCapabilities {true, false}));
        QCOMPARE(models.reads(u"openai"_s, u"gpt-4.1"_s).value_or(ModelReads {}).chosen,
            std::optional<ModelCapabilities>(ModelCapabilities {true, false}));

        // Text stored before search existed is found: prompts, answers, code, Japanese.
        SearchStore search(**db);
        for (const auto &[query, turn] : {std::pair {u"std::expected"_s, 10},
                 std::pair {u"東京"_s, 12},
                 std::pair {u"and_then("_s, 11},
                 std::pair {u"晴れのち"_s, 12},
                 std::pair {u"Quagga stripes"_s, 10}}) { // a tool step's result (schema 13)
            const auto hits = search.search(query);
            QVERIFY2(hits && !hits->isEmpty(), qPrintable(query));
            QCOMPARE(hits->first().turnId, qint64(turn));
        }
        // Providers, models, prices, rules and settings survive too.
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM providers"_s).toInt(), 2);
        QCOMPARE(scalar(**db, u"SELECT output_micros FROM prices WHERE model = 'gpt-4.1'"_s).toLongLong(), 8000000);
        QCOMPARE(scalar(**db, u"SELECT name FROM routing_rules"_s).toString(), u"Code goes to GPT-4.1"_s);
        QCOMPARE(scalar(**db, u"SELECT value FROM settings WHERE key = 'composer/enterSends'"_s).toString(), u"true"_s);
    }

    void failedMigrationRollsBack()
    {
        QList<Database::Migration> migrations = Database::builtInMigrations().mid(0, 1);
        {
            auto db = Database::open(path(), Database::Mode::ReadWrite, migrations);
            QVERIFY(db);
        }
        migrations.append({2, u"broken"_s, "CREATE TABLE half (x); INSERT INTO no_such_table VALUES (1);"_ba});
        auto failed = Database::open(path(), Database::Mode::ReadWrite, migrations);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, StorageError::Kind::Migration);
        QVERIFY2(failed.error().message.contains(u"no_such_table"_s), qPrintable(Quorum::Testing::errorText(failed)));
        auto db = Database::open(path(), Database::Mode::ReadWrite, migrations.mid(0, 1));
        QVERIFY(db);
        QCOMPARE((*db)->schemaVersion(), 1);
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM sqlite_master WHERE name = 'half'"_s).toInt(), 0);
    }

    void foreignKeysHold()
    {
        auto db = Database::open(path());
        QVERIFY(db);
        QVERIFY(
            !exec(**db, u"INSERT INTO turns (conversation_id, position, prompt, created_at) VALUES (42, 0, 'x', 1)"_s));
        QVERIFY(exec(**db, u"INSERT INTO conversations (id, created_at, updated_at) VALUES (1, 1, 1)"_s));
        QVERIFY(exec(
            **db, u"INSERT INTO turns (id, conversation_id, position, prompt, created_at) VALUES (7, 1, 0, 'q', 1)"_s));
        QVERIFY(exec(**db,
            u"INSERT INTO responses (turn_id, position, provider_id, model, created_at, updated_at) VALUES (7, 0, 'p', 'm', 1, 1)"_s));
        QVERIFY(!exec(**db, u"UPDATE responses SET status = 'exploded'"_s)); // CHECK constraint
        QVERIFY(exec(**db, u"DELETE FROM conversations WHERE id = 1"_s));
        QCOMPARE(scalar(**db, u"SELECT count(*) FROM responses"_s).toInt(), 0); // cascaded
    }

    void readOnlyNeedsAFile()
    {
        auto missing = Database::open(m_dir->filePath(u"none.db"_s), Database::Mode::ReadOnly);
        QVERIFY(!missing);
        QVERIFY(!QFile::exists(m_dir->filePath(u"none.db"_s)));
    }

    void unwritableDirectoryIsReported()
    {
        if (geteuid() == 0) {
            QSKIP("root writes anywhere");
        }
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        auto db = Database::open(path());
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(!db);
        QCOMPARE(db.error().kind, StorageError::Kind::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
