// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// PreparedMedia (docs/attachments.md, "In the window"): what a send will draw is drawn before
// it on a worker thread, once for every target with the same limits; the send then draws
// nothing; a page asked for while the worker draws it is waited for, not drawn twice; what
// was drawn for files no longer attached is forgotten; the budget evicts the oldest.
#include <QElapsedTimer>
#include <QMutex>
#include <QTest>
#include <QThread>

#include "attachments/attachmentplan.h"
#include "attachments/capabilities.h"
#include "attachments/preparedmedia.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
//! Draws slowly (as Qt PDF does a page at 1,024 px) and records on which thread.
class SlowMedia final : public AttachmentMedia
{
public:
    mutable QMutex mutex;
    mutable QStringList calls;
    mutable int onMainThread = 0;

    std::expected<EncodedImage, QString> fitImage(const QByteArray &, int maxEdge, qint64) const override
    {
        record(u"fit %1"_s.arg(maxEdge));
        return EncodedImage {QByteArray(1000, 'i'), u"image/png"_s, maxEdge, maxEdge / 2};
    }
    std::expected<EncodedImage, QString> renderPage(const QByteArray &, int page, int maxEdge, qint64) const override
    {
        record(u"page %1 at %2"_s.arg(page).arg(maxEdge));
        QThread::msleep(40);
        return EncodedImage {QByteArray(1000, char('0' + page)), u"image/png"_s, maxEdge * 17 / 22, maxEdge};
    }

private:
    void record(const QString &call) const
    {
        const QMutexLocker lock(&mutex);
        calls << call;
        onMainThread += QThread::currentThread() == QCoreApplication::instance()->thread() ? 1 : 0;
    }
};

Attachment pdf(int pages)
{
    Attachment a;
    a.name = u"lease.pdf"_s;
    a.mimeType = u"application/pdf"_s;
    a.kind = AttachmentKind::Pdf;
    a.data = "%PDF-1.7 a lease"_ba;
    a.pages = pages;
    a.text = QString(u"Clause.\f"_s).repeated(pages);
    return a;
}

PreparedMedia::Target claude3Haiku()
{
    // Sees images, reads no PDFs: the PDF goes as its pages drawn, and its text.
    ProviderAccount account = *ProviderAccount::create(u"an"_s, u"anthropic"_s);
    return {account, u"claude-3-haiku-20240307"_s, {true, false}};
}
} // namespace

class TestPreparedMedia : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSendDrawsNothingThatWasPrepared()
    {
        SlowMedia slow;
        PreparedMedia prepared(&slow);
        const QList<Attachment> files {pdf(3)};
        const PreparedMedia::Target target = claude3Haiku();
        // Two targets with the same limits: each page is drawn once, on the worker.
        prepared.prepare(files, {target, target});
        prepared.waitForPrepared();
        QCOMPARE(slow.calls, (QStringList {u"page 0 at 1024"_s, u"page 1 at 1024"_s, u"page 2 at 1024"_s}));
        QCOMPARE(slow.onMainThread, 0);
        QCOMPARE(prepared.made(), 3);

        // The send (on this thread) finds every page made.
        QElapsedTimer send;
        send.start();
        const PlannedMessage planned
            = planMessage(u"Summarise."_s, files, target.account, target.model, target.reads, &prepared);
        QVERIFY2(send.elapsed() < 40, qPrintable(QString::number(send.elapsed()))); // not one page drawn
        QCOMPARE(planned.deliveries.at(0).pageImages, 3);
        QCOMPARE(planned.message.parts.size(), 3);
        QCOMPARE(slow.calls.size(), 3);
        QCOMPARE(slow.onMainThread, 0);
    }

    void aPageBeingDrawnIsWaitedForNotDrawnTwice()
    {
        SlowMedia slow;
        PreparedMedia prepared(&slow);
        const QList<Attachment> files {pdf(4)};
        const PreparedMedia::Target target = claude3Haiku();
        prepared.prepare(files, {target});
        QThread::msleep(10); // the worker is drawing page 0
        const PlannedMessage planned
            = planMessage(u"Summarise."_s, files, target.account, target.model, target.reads, &prepared);
        prepared.waitForPrepared();
        QCOMPARE(planned.deliveries.at(0).pageImages, 4);
        // Four pages, each drawn once, by whichever thread came first.
        QCOMPARE(slow.calls.size(), 4);
        for (int page = 0; page < 4; ++page) {
            QCOMPARE(slow.calls.count(u"page %1 at 1024"_s.arg(page)), 1);
        }
        QCOMPARE(prepared.made(), 4);
    }

    void filesNoLongerAttachedAreForgotten()
    {
        SlowMedia slow;
        PreparedMedia prepared(&slow);
        const PreparedMedia::Target target = claude3Haiku();
        QList<Attachment> files {pdf(2)};
        prepared.prepare(files, {target});
        prepared.waitForPrepared();
        QCOMPARE(prepared.made(), 2);
        // The chip removed (nothing attached): what was drawn for it goes.
        prepared.prepare({}, {target});
        prepared.waitForPrepared();
        (void)planMessage(u"Again."_s, files, target.account, target.model, target.reads, &prepared);
        QCOMPARE(prepared.made(), 4); // drawn again, on this thread this time
        QCOMPARE(slow.onMainThread, 2);
    }

    void theBudgetKeepsTheNewest()
    {
        SlowMedia slow;
        PreparedMedia prepared(&slow, 2500); // room for two 1,000-byte pages
        const PreparedMedia::Target target = claude3Haiku();
        const QList<Attachment> files {pdf(3)};
        prepared.prepare(files, {target});
        prepared.waitForPrepared();
        QCOMPARE(prepared.made(), 3);
        // Pages 1 and 2 are kept; page 0 was dropped and is drawn again.
        (void)prepared.renderPage(files.at(0).data, 2, 1024, limitsFor(target.account, target.model).imageBytes);
        QCOMPARE(prepared.made(), 3);
        (void)prepared.renderPage(files.at(0).data, 0, 1024, limitsFor(target.account, target.model).imageBytes);
        QCOMPARE(prepared.made(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPreparedMedia)
#include "test_preparedmedia.moc"
