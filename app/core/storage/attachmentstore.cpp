// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "storage/attachmentstore.h"

#include <QSqlQuery>

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

AttachmentStore::AttachmentStore(const Database &database)
    : m_database(database)
{
}

std::expected<void, StorageError> AttachmentStore::attach(qint64 turnId, const QList<Attachment> &attachments)
{
    Transaction transaction(m_database);
    if (!transaction.isActive()) {
        return std::unexpected(transaction.error());
    }
    if (auto added = attachWithin(turnId, attachments); !added) {
        return added;
    }
    return transaction.commit();
}

std::expected<void, StorageError> AttachmentStore::attachWithin(qint64 turnId, const QList<Attachment> &attachments)
{
    QSqlQuery q(m_database.connection());
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const Attachment &a = attachments.at(i);
        if (a.sha256.size() != 64 || a.data.isEmpty()) {
            return std::unexpected(
                StorageError {StorageError::Kind::Invalid, tr("The attachment %1 has no content.").arg(a.name)});
        }
        // The same content attached again (here or in another conversation) is the same row;
        // its text is filled in by the first turn that had it unredacted.
        q.prepare(
            u"INSERT INTO attachment_blobs (sha256, mime_type, kind, size, width, height, pages, text, data) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?) ON CONFLICT (sha256) DO UPDATE SET text = excluded.text "
            "WHERE attachment_blobs.text = '' AND excluded.text <> ''"_s);
        q.addBindValue(a.sha256);
        q.addBindValue(a.mimeType);
        q.addBindValue(attachmentKindName(a.kind));
        q.addBindValue(a.size());
        q.addBindValue(a.width);
        q.addBindValue(a.height);
        q.addBindValue(a.pages);
        // The file's own text: shared by every turn that attaches it, redacted or not (the
        // bytes hold it anyway, and they stay on this machine).
        q.addBindValue(a.redacted ? QVariant(QMetaType(QMetaType::QString)) : QVariant(a.text));
        q.addBindValue(a.data);
        QUORUM_EXEC(q);
        q.prepare(u"INSERT INTO turn_attachments (turn_id, position, blob_id, name, redacted_text) "
                  "SELECT ?, ?, id, ?, ? FROM attachment_blobs WHERE sha256 = ?"_s);
        q.addBindValue(turnId);
        q.addBindValue(int(i));
        q.addBindValue(a.name);
        q.addBindValue(a.redacted ? QVariant(a.text) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(a.sha256);
        QUORUM_EXEC(q);
    }
    return {};
}

std::expected<QList<Attachment>, StorageError> AttachmentStore::attachments(qint64 turnId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.name, b.sha256, b.mime_type, b.kind, b.width, b.height, b.pages, "
              "coalesce(t.redacted_text, b.text), b.data, t.redacted_text IS NOT NULL "
              "FROM turn_attachments t JOIN attachment_blobs b ON b.id = t.blob_id "
              "WHERE t.turn_id = ? ORDER BY t.position"_s);
    q.addBindValue(turnId);
    QUORUM_EXEC(q);
    QList<Attachment> found;
    while (q.next()) {
        Attachment a;
        a.name = q.value(0).toString();
        a.sha256 = q.value(1).toString();
        a.mimeType = q.value(2).toString();
        a.kind = attachmentKindFromName(q.value(3).toString()).value_or(AttachmentKind::Text);
        a.width = q.value(4).toInt();
        a.height = q.value(5).toInt();
        a.pages = q.value(6).toInt();
        a.text = q.value(7).toString();
        a.data = q.value(8).toByteArray();
        a.redacted = q.value(9).toBool();
        found.append(a);
    }
    return found;
}

std::expected<AttachmentStore::Usage, StorageError> AttachmentStore::usage() const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT count(*), coalesce(sum(size), 0) FROM attachment_blobs"_s);
    QUORUM_EXEC(q);
    Usage usage;
    if (q.next()) {
        usage.files = q.value(0).toLongLong();
        usage.bytes = q.value(1).toLongLong();
    }
    return usage;
}

} // namespace Quorum
