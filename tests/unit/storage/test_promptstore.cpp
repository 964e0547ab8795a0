// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "models/promptlistmodel.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/promptstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

//! The prompt library against a real SQLite file (docs/prompt-library.md).
class TestPromptStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(u"quorum.db"_s));
        auto db = Database::open(m_dir.filePath(u"quorum.db"_s));
        QVERIFY(db);
        m_db = std::move(*db);
    }

    void cleanup() { m_db.reset(); }

    void variablesAreFoundOnceInOrderAndFilled()
    {
        const QString text
            = u"Review {{ language }} code for {{audience}}; {{language}} again, {{a.b-c_d}}, {{not a var}}"_s;
        QCOMPARE(PromptTemplate::variables(text), (QStringList {u"language"_s, u"audience"_s, u"a.b-c_d"_s}));
        QStringList missing;
        const QString filled = PromptTemplate::fill(text, {{u"language"_s, u"C++"_s}}, &missing);
        QCOMPARE(filled, u"Review C++ code for {{audience}}; C++ again, {{a.b-c_d}}, {{not a var}}"_s);
        QCOMPARE(missing, (QStringList {u"audience"_s, u"a.b-c_d"_s}));
        // A value that looks like a placeholder is not filled again.
        QCOMPARE(PromptTemplate::fill(u"{{a}} {{b}}"_s, {{u"a"_s, u"{{b}}"_s}, {u"b"_s, u"x"_s}}), u"{{b}} x"_s);
    }

    void editingAddsVersionsAndKeepsEveryOne()
    {
        PromptStore store(*m_db);
        QSignalSpy changed(&m_db->changes(), &DatabaseChanges::promptsChanged);
        const auto added = store.add(u"Code review"_s, LibraryPrompt::Kind::Prompt, u"Review this {{language}}:"_s);
        QVERIFY(added);
        QCOMPARE(added->version, 1);
        QCOMPARE(added->variables(), QStringList {u"language"_s});
        // The same text again is no new version; a new text is.
        QCOMPARE(store.edit(u"Code review"_s, u"Review this {{language}}:"_s)->version, 1);
        const auto second = store.edit(u"code REVIEW"_s, u"Review this {{language}} for {{focus}}:"_s);
        QVERIFY(second);
        QCOMPARE(second->version, 2);
        QCOMPARE(second->name, u"Code review"_s); // names are found whatever their case
        QCOMPARE(changed.size(), 2);
        const auto versions = store.versions(u"Code review"_s);
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).text, u"Review this {{language}}:"_s);
        // Any version can be read, by number or as NAME@N.
        QCOMPARE(store.prompt(u"Code review"_s, 1)->text, u"Review this {{language}}:"_s);
        QCOMPARE(store.find(u"Code review@1"_s)->version, 1);
        QCOMPARE(store.find(u"Code review"_s)->version, 2);
        QCOMPARE(store.find(u"Code review@3"_s).error().kind, StorageError::Kind::NotFound);
        // A name that ends in @N is a name first.
        QVERIFY(store.add(u"v@2"_s, LibraryPrompt::Kind::Persona, u"You are terse."_s));
        QCOMPARE(store.find(u"v@2"_s)->name, u"v@2"_s);
        // Kind changes without a new version; the listing is by name, per kind on request.
        QCOMPARE(store.edit(u"Code review"_s, second->text, LibraryPrompt::Kind::Persona)->version, 2);
        QCOMPARE(store.prompts(LibraryPrompt::Kind::Persona)->size(), 2);
        QCOMPARE(store.prompts(LibraryPrompt::Kind::Prompt)->size(), 0);
    }

    void badInputIsRefusedWithTheReason()
    {
        PromptStore store(*m_db);
        QVERIFY(store.add(u"Greet"_s, LibraryPrompt::Kind::Prompt, u"Hi"_s));
        const auto taken = store.add(u"greet"_s, LibraryPrompt::Kind::Prompt, u"Hello"_s);
        QCOMPARE(taken.error().kind, StorageError::Kind::Invalid);
        QVERIFY2(taken.error().message.contains(u"already"_s), qPrintable(taken.error().message));
        QCOMPARE(
            store.add(u" padded"_s, LibraryPrompt::Kind::Prompt, u"x"_s).error().kind, StorageError::Kind::Invalid);
        QCOMPARE(
            store.add(u"two\nlines"_s, LibraryPrompt::Kind::Prompt, u"x"_s).error().kind, StorageError::Kind::Invalid);
        QCOMPARE(
            store.add(u"empty"_s, LibraryPrompt::Kind::Prompt, u"  \n"_s).error().kind, StorageError::Kind::Invalid);
        QCOMPARE(store.add(u"huge"_s, LibraryPrompt::Kind::Prompt, QString(1'000'001, u'x')).error().kind,
            StorageError::Kind::Invalid);
        QCOMPARE(store.edit(u"Greet"_s, QString()).error().kind, StorageError::Kind::Invalid);
        QCOMPARE(store.edit(u"nope"_s, u"x"_s).error().kind, StorageError::Kind::NotFound);
        QCOMPARE(store.prompt(u"Greet"_s)->version, 1); // nothing half-done
        QCOMPARE(store.prompts()->size(), 1);
    }

    void renameAndRemoveLeaveAnswersTheirRecord()
    {
        PromptStore store(*m_db);
        QVERIFY(store.add(u"Greet"_s, LibraryPrompt::Kind::Persona, u"You greet {{who}}."_s));
        QVERIFY(store.add(u"Other"_s, LibraryPrompt::Kind::Prompt, u"x"_s));
        QCOMPARE(store.rename(u"Greet"_s, u"other"_s).error().kind, StorageError::Kind::Invalid); // taken
        QVERIFY(store.rename(u"Greet"_s, u"Welcome"_s));
        QCOMPARE(store.prompt(u"Welcome"_s)->text, u"You greet {{who}}."_s);

        // A conversation a persona started says which version, and keeps saying it.
        ConversationStore conversations(*m_db);
        const auto id = conversations.createConversation(u"c"_s, u"You greet Ann."_s, {}, PromptRef {u"Welcome"_s, 1});
        QVERIFY(id);
        QVERIFY(store.remove(u"Welcome"_s));
        QCOMPARE(store.remove(u"Welcome"_s).error().kind, StorageError::Kind::NotFound);
        QCOMPARE(store.versions(u"Welcome"_s).error().kind, StorageError::Kind::NotFound);
        const auto kept = conversations.conversation(*id);
        QVERIFY(kept && *kept);
        QCOMPARE((*kept)->persona, std::optional<PromptRef>(PromptRef {u"Welcome"_s, 1}));
        QCOMPARE((*kept)->systemPrompt, u"You greet Ann."_s);
    }

    void theListModelFollowsTheStore()
    {
        PromptListModel model(m_db.get());
        QCOMPARE(model.rowCount(), 0);
        PromptStore store(*m_db);
        QVERIFY(store.add(u"b"_s, LibraryPrompt::Kind::Prompt, u"{{x}}"_s));
        QVERIFY(store.add(u"A"_s, LibraryPrompt::Kind::Persona, u"y"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(PromptListModel::NameRole).toString(), u"A"_s); // by name, any case
        QCOMPARE(model.index(1).data(PromptListModel::VariablesRole).toStringList(), QStringList {u"x"_s});
        QVERIFY(store.edit(u"b"_s, u"{{x}} {{y}}"_s));
        QCOMPARE(model.index(1).data(PromptListModel::VersionRole).toInt(), 2);
        QCOMPARE(model.rowOfName(u"B"_s), 1);
        QVERIFY(store.remove(u"A"_s));
        QCOMPARE(model.rowCount(), 1);
        PromptListModel none(nullptr);
        QCOMPARE(none.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPromptStore)
#include "test_promptstore.moc"
