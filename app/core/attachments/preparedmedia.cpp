// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "attachments/preparedmedia.h"

#include <algorithm>

namespace Quorum
{

bool PreparedMedia::Key::operator==(const Key &other) const
{
    // The same bytes (shared, not copied, from the composer to the send), the same request.
    return data.constData() == other.data.constData() && data.size() == other.data.size() && page == other.page
        && maxEdge == other.maxEdge && maxBytes == other.maxBytes;
}

PreparedMedia::PreparedMedia(const AttachmentMedia *media, qint64 budgetBytes)
    : m_media(media)
    , m_budget(budgetBytes)
{
    m_pool.setMaxThreadCount(1); // one preparation at a time; a newer one waits its turn
}

PreparedMedia::~PreparedMedia()
{
    m_pool.clear();
    m_pool.waitForDone();
}

template<typename Make> std::expected<EncodedImage, QString> PreparedMedia::remembered(const Key &key, Make make) const
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        const auto found = std::ranges::find(m_entries, key, &Entry::key);
        if (found != m_entries.cend()) {
            return found->result;
        }
        if (!m_making.contains(key)) {
            break;
        }
        m_madeOne.wait(&m_mutex); // being made by the other thread: wait for it, not make it twice
    }
    m_making.append(key);
    lock.unlock();
    std::expected<EncodedImage, QString> result = make();
    m_made.fetch_add(1);
    lock.relock();
    m_making.removeOne(key);
    m_bytes += result ? result->data.size() : 0;
    m_entries.append({key, result});
    // Over the budget: the oldest go (never the one just made).
    while (m_bytes > m_budget && m_entries.size() > 1) {
        m_bytes -= m_entries.first().result ? m_entries.first().result->data.size() : 0;
        m_entries.removeFirst();
    }
    m_madeOne.wakeAll();
    return result;
}

std::expected<EncodedImage, QString> PreparedMedia::fitImage(
    const QByteArray &image, int maxEdge, qint64 maxBytes) const
{
    return remembered(Key {image, -1, maxEdge, maxBytes}, [&] { return m_media->fitImage(image, maxEdge, maxBytes); });
}

std::expected<EncodedImage, QString> PreparedMedia::renderPage(
    const QByteArray &pdf, int page, int maxEdge, qint64 maxBytes) const
{
    return remembered(
        Key {pdf, page, maxEdge, maxBytes}, [&] { return m_media->renderPage(pdf, page, maxEdge, maxBytes); });
}

void PreparedMedia::prepare(const QList<Attachment> &attachments, const QList<Target> &targets)
{
    m_pool.clear(); // a preparation not started yet is for attachments or targets gone by now
    {
        const QMutexLocker lock(&m_mutex);
        const auto gone = [&attachments](const Entry &entry) {
            return std::ranges::none_of(attachments, [&entry](const Attachment &attachment) {
                return attachment.data.constData() == entry.key.data.constData();
            });
        };
        for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
            if (gone(m_entries.at(i))) {
                m_bytes -= m_entries.at(i).result ? m_entries.at(i).result->data.size() : 0;
                m_entries.removeAt(i);
            }
        }
    }
    if (attachments.isEmpty() || targets.isEmpty() || !m_media) {
        return;
    }
    m_pool.start([this, attachments, targets] {
        // The send's own plan, with this as its media: what it asks for is what a send will.
        for (const Target &target : targets) {
            (void)planMessage(QString(), attachments, target.account, target.model, target.reads, this);
        }
    });
}

void PreparedMedia::waitForPrepared()
{
    m_pool.waitForDone();
}

} // namespace Quorum
