// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <atomic>

#include <QList>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include "attachments/attachmentplan.h"

namespace Quorum
{

/*!
 * What sending attachments will need, made before the user sends and off the GUI thread:
 * images fitted to each target's limits, a PDF's pages drawn as images (docs/attachments.md,
 * "In the window"). The window plans a send on its GUI thread (ChatSession::send), and a
 * 20-page PDF drawn there for a model that takes page images would stall it for as long as
 * the drawing takes; with the drawing done here while the user types, the send finds it.
 *
 * An AttachmentMedia over another: what it is asked for is remembered (whoever asked), made
 * once even when the window asks while this is still making it (the asker waits for that
 * one instead of making it again), and forgotten when the attachments it was for are gone or
 * the remembered images pass \a budgetBytes (the oldest first). Thread-safe.
 */
class PreparedMedia final : public AttachmentMedia
{
public:
    //! A model that a send will go to, with what it reads (ChatSession::readsOf()).
    struct Target {
        ProviderAccount account;
        QString model;
        ModelCapabilities reads;
    };

    explicit PreparedMedia(const AttachmentMedia *media, qint64 budgetBytes = 256LL * 1024 * 1024);
    ~PreparedMedia() override;
    Q_DISABLE_COPY_MOVE(PreparedMedia)

    [[nodiscard]] std::expected<EncodedImage, QString> fitImage(
        const QByteArray &image, int maxEdge, qint64 maxBytes) const override;
    [[nodiscard]] std::expected<EncodedImage, QString> renderPage(
        const QByteArray &pdf, int page, int maxEdge, qint64 maxBytes) const override;

    /*!
     * Makes, on a worker thread, what sending \a attachments to \a targets will ask for, and
     * forgets what was made for attachments not among them. A newer call replaces one not
     * yet started.
     */
    void prepare(const QList<Attachment> &attachments, const QList<Target> &targets);
    //! Waits until what prepare() started is made (tests, benchmarks).
    void waitForPrepared();
    //! How many images the wrapped media made (fitted or drawn), for tests and benchmarks.
    int made() const { return m_made.load(); }

private:
    struct Key {
        QByteArray data; //!< kept: while remembered, its buffer (the key's identity) lives
        int page = -1;   //!< -1: an image fitted
        int maxEdge = 0;
        qint64 maxBytes = 0;
        bool operator==(const Key &other) const;
    };
    struct Entry {
        Key key;
        std::expected<EncodedImage, QString> result;
    };
    template<typename Make> std::expected<EncodedImage, QString> remembered(const Key &key, Make make) const;

    const AttachmentMedia *m_media;
    const qint64 m_budget;
    mutable QMutex m_mutex;
    mutable QWaitCondition m_madeOne;
    mutable QList<Entry> m_entries; //!< the oldest first
    mutable QList<Key> m_making;
    mutable qint64 m_bytes = 0;
    mutable std::atomic<int> m_made = 0;
    QThreadPool m_pool; //!< last: destroyed, and waited for, first
};

} // namespace Quorum
