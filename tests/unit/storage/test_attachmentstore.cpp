// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Attached files in the real SQLite file (0011_attachments.sql): stored once per content,
// shared across conversations, read back in order with every byte, freed with the last
// conversation that used them, and kept by a backup.
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "expectedtext.h"
#include "storage/attachmentstore.h"
#include "storage/backups.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
Attachment file(const QString &name, const QByteArray &data, AttachmentKind kind, const QString &text = {})
{
    Attachment a;
    a.name = name;
    a.data = data;
    a.kind = kind;
    a.mimeType = kind == AttachmentKind::Pdf ? u"application/pdf"_s
        : kind == AttachmentKind::Image      ? u"image/png"_s
                                             : u"text/plain"_s;
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.text = text;
    a.pages = kind == AttachmentKind::Pdf ? 2 : 0;
    a.width = kind == AttachmentKind::Image ? 640 : 0;
    a.height = kind == AttachmentKind::Image ? 480 : 0;
    return a;
}
} // namespace

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void storedOnceAndFreedWithTheLastTurn()
    {
        auto db = Database::open(m_dir.filePath(u"quorum.db"_s));
        QVERIFY(db);
        ConversationStore conversations(**db);
        AttachmentStore store(**db);
        QByteArray binary(300'000, '\0');
        for (qsizetype i = 0; i < binary.size(); ++i) {
            binary[i] = char(i * 131 % 251); // every byte value, NULs included
        }
        const Attachment shot = file(u"shot.png"_s, binary, AttachmentKind::Image);
        const Attachment lease = file(u"lease.pdf"_s, "%PDF-1.7 lease"_ba, AttachmentKind::Pdf, u"Clause 1.\f\f"_s);

        const qint64 first = *conversations.createConversation(u"one"_s);
        const auto turnA = conversations.addTurn(first, u"Compare"_s, {});
        QVERIFY(turnA);
        const auto attached = store.attach(turnA->id, {lease, shot});
        QVERIFY2(attached, qPrintable(Quorum::Testing::errorText(attached)));
        // The same image again, renamed, in another conversation: stored once.
        const qint64 second = *conversations.createConversation(u"two"_s);
        const auto turnB = conversations.addTurn(second, u"Again"_s, {});
        QVERIFY(turnB);
        Attachment renamed = shot;
        renamed.name = u"same-picture.png"_s;
        QVERIFY(store.attach(turnB->id, {renamed}));
        QCOMPARE(store.usage()->files, qint64(2));
        QCOMPARE(store.usage()->bytes, qint64(binary.size()) + lease.size());

        const auto read = store.attachments(turnA->id);
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0), lease);
        QCOMPARE(read->at(1), shot); // every byte back, NULs included
        QCOMPARE(store.attachments(turnB->id)->at(0).name, u"same-picture.png"_s);

        // A backup holds them; restoring it after they were deleted brings them back.
        Backups backups(m_dir.filePath(u"backups"_s));
        const auto backedUp = backups.backup(**db);
        QVERIFY2(backedUp, qPrintable(Quorum::Testing::errorText(backedUp)));
        QVERIFY(conversations.deleteConversation(first));
        QVERIFY(backups.restore(**db, *backedUp));
        QCOMPARE(AttachmentStore(**db).attachments(turnA->id)->at(1), shot);

        // Deleting the first conversation keeps what the second still uses.
        QVERIFY(conversations.deleteConversation(first));
        QCOMPARE(store.usage()->files, qint64(1));
        QCOMPARE(store.attachments(turnB->id)->at(0).data, binary);
        QVERIFY(conversations.deleteConversation(second));
        QCOMPARE(store.usage()->files, qint64(0));
        QCOMPARE(store.usage()->bytes, qint64(0));
    }

    // A turn stored with its files (addTurn), listed with the turns without their bytes; a
    // redacted file keeps its redacted text for that turn only.
    void aTurnIsStoredWithItsFilesAndARedactionStaysWithItsTurn()
    {
        auto db = Database::open(m_dir.filePath(u"turns.db"_s));
        QVERIFY(db);
        ConversationStore conversations(**db);
        AttachmentStore store(**db);
        const Attachment original
            = file(u"lease.pdf"_s, "%PDF-1.7 lease"_ba, AttachmentKind::Pdf, u"Tenant: ann@example.com\f"_s);
        Attachment redacted = original;
        redacted.text = u"Tenant: [EMAIL_1]\f"_s;
        redacted.redacted = true;
        const qint64 id = *conversations.createConversation(u"lease"_s);
        NewResponse answer {u"a"_s, u"m"_s, {}};
        AttachmentDelivery delivery;
        delivery.name = u"lease.pdf"_s;
        delivery.kind = AttachmentKind::Pdf;
        delivery.form = AttachmentDelivery::Form::Text;
        delivery.textBytes = 20;
        delivery.note = u"redacted"_s;
        answer.received = {delivery};
        const auto first = conversations.addTurn(id, u"Check it"_s, {answer}, std::nullopt, {redacted});
        QVERIFY2(first, qPrintable(Quorum::Testing::errorText(first)));
        const auto second
            = conversations.addTurn(id, u"And this copy"_s, {{u"a"_s, u"m"_s, {}}}, first->id, {original});
        QVERIFY(second);

        const QList<TurnRecord> turns = *conversations.turns(id);
        QCOMPARE(turns.size(), 2);
        QCOMPARE(turns.at(0).attachments.size(), 1);
        const Attachment &listed = turns.at(0).attachments.first();
        QCOMPARE(listed.name, u"lease.pdf"_s);
        QVERIFY(listed.data.isEmpty() && listed.text.isEmpty()); // listed, not loaded
        QCOMPARE(listed.size(), original.size());
        QVERIFY(listed.redacted);
        QVERIFY(!turns.at(1).attachments.first().redacted);
        QCOMPARE(turns.at(0).responses.first().received, QList<AttachmentDelivery> {delivery});

        QCOMPARE(store.attachments(first->id)->first().text, redacted.text);
        QVERIFY(store.attachments(first->id)->first().redacted);
        QCOMPARE(store.attachments(second->id)->first(), original); // the file's own text, stored once
        QCOMPARE(store.usage()->files, qint64(1));
    }

    void aFileWithoutContentIsRefused()
    {
        auto db = Database::open(m_dir.filePath(u"refused.db"_s));
        QVERIFY(db);
        ConversationStore conversations(**db);
        const auto turn = conversations.addTurn(*conversations.createConversation(u"x"_s), u"p"_s, {});
        QVERIFY(turn);
        Attachment empty = file(u"empty.txt"_s, {}, AttachmentKind::Text);
        const auto refused = AttachmentStore(**db).attach(turn->id, {empty});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StorageError::Kind::Invalid);
        QCOMPARE(AttachmentStore(**db).usage()->files, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "test_attachmentstore.moc"
