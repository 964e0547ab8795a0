// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Attached files read for real (Qt PDF, Qt's image readers) in a QCoreApplication, as the
// CLI reads them: what a file is by its content, a PDF's pages and text, images fitted to a
// provider's limits, pages drawn, and hostile files refused with the reason.
#include <QBuffer>
#include <QDataStream>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include "documents/attachmentreader.h"
#include "expectedtext.h"
#include "samplefiles.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Quorum::Testing::minimalPdf;
using Quorum::Testing::png;

namespace
{
//! A GIF whose header claims \a width x \a height (nothing behind it is ever decoded).
QByteArray gifClaiming(quint16 width, quint16 height)
{
    QByteArray gif = "GIF89a"_ba;
    const auto le16 = [&gif](quint16 v) { gif += char(v & 0xff), gif += char(v >> 8); };
    le16(width);
    le16(height);
    gif += "\x00\x00\x00"_ba;                    // no colour table, background, aspect
    gif += '\x2c';                               // an image descriptor
    le16(0), le16(0), le16(width), le16(height); // at 0,0, the full size
    gif += "\x00\x02\x02\x4c\x01\x00\x3b"_ba;    // a few LZW bytes, the trailer
    return gif;
}
} // namespace

class TestAttachmentReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPdfsPagesAndText()
    {
        const auto read = AttachmentReader::read(
            minimalPdf({u"Page one opens"_s, u"Page two says hello"_s, u"Page three ends"_s}), u"/tmp/x/lease.pdf"_s);
        QVERIFY2(read, qPrintable(Quorum::Testing::errorText(read)));
        QCOMPARE(read->kind, AttachmentKind::Pdf);
        QCOMPARE(read->mimeType, u"application/pdf"_s);
        QCOMPARE(read->name, u"lease.pdf"_s);
        QCOMPARE(read->pages, 3);
        QCOMPARE(read->text.count(u'\f'), 3);
        QVERIFY2(read->text.section(u'\f', 1, 1).contains(u"Page two says hello"_s), qPrintable(read->text));
        QCOMPARE(read->sha256.size(), 64);

        // Its second page drawn for a model: US Letter fitted to 1,024 px, on white.
        const AttachmentReader reader;
        const auto page = reader.renderPage(read->data, 1, 1024, 20'000'000);
        QVERIFY2(page, qPrintable(Quorum::Testing::errorText(page)));
        QCOMPARE(page->height, 1024);
        QCOMPARE(page->width, 791);
        QCOMPARE(page->mimeType, u"image/png"_s);
        QImage drawn;
        QVERIFY(drawn.loadFromData(page->data));
        QCOMPARE(drawn.pixelColor(5, 5), QColor(Qt::white));
        QVERIFY2(reader.renderPage(read->data, 3, 1024, 20'000'000).error().contains(u"no page 4"_s), "page 4");
    }

    void whatAFileIsComesFromItsContent()
    {
        // A PNG named .pdf is an image.
        const auto renamed = AttachmentReader::read(png(40, 30), u"report.pdf"_s);
        QVERIFY2(renamed, qPrintable(Quorum::Testing::errorText(renamed)));
        QCOMPARE(renamed->kind, AttachmentKind::Image);
        QCOMPARE(renamed->mimeType, u"image/png"_s);
        QCOMPARE(renamed->width, 40);
        QCOMPARE(renamed->height, 30);
        // Text in UTF-8 is text, whatever its name.
        const auto text = AttachmentReader::read(u"naïve, café\n1,2\n"_s.toUtf8(), u"prices.bin"_s);
        QVERIFY2(text, qPrintable(Quorum::Testing::errorText(text)));
        QCOMPARE(text->kind, AttachmentKind::Text);
        QCOMPARE(text->text, u"naïve, café\n1,2\n"_s);
    }

    void hostileFilesAreRefusedWithTheReason()
    {
        // A damaged PDF.
        QByteArray damaged = minimalPdf({u"x"_s});
        damaged.truncate(40);
        damaged += QByteArray(200, '\x7f');
        auto read = AttachmentReader::read(damaged, u"broken.pdf"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().startsWith(u"broken.pdf: "_s) && read.error().contains(u"damaged or not a PDF"_s),
            qPrintable(Quorum::Testing::errorText(read)));
        // 40,000 x 40,000 pixels: refused from the header, nothing decoded.
        read = AttachmentReader::read(gifClaiming(40000, 40000), u"huge.gif"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(u"40000 x 40000"_s), qPrintable(Quorum::Testing::errorText(read)));
        // Binary that is neither an image, a PDF nor text.
        QByteArray binary(4096, '\0');
        binary[0] = '\x7f', binary[1] = 'E', binary[2] = 'L', binary[3] = 'F';
        read = AttachmentReader::read(binary, u"a.out"_s);
        QVERIFY(!read);
        QVERIFY2(read.error().contains(u"which no model reads"_s), qPrintable(Quorum::Testing::errorText(read)));
        QVERIFY(!AttachmentReader::read({}, u"empty.txt"_s));
        // Named as a photo, made of control bytes (valid UTF-8, no NUL): not taken as text.
        read = AttachmentReader::read(QByteArray(5000, '\x01'), u"photo.jpg"_s);
        QVERIFY(!read);
        QCOMPARE(read.error(), u"photo.jpg: it is not an image Quorum can read."_s);
        // A PNG named .jpg is read by what it is.
        read = AttachmentReader::read(png(20, 10), u"really-a-png.jpg"_s);
        QVERIFY2(read && read->kind == AttachmentKind::Image && read->mimeType == u"image/png"_s,
            qPrintable(Quorum::Testing::errorText(read)));
        // A log with colours is text.
        read = AttachmentReader::read("\x1b[31mERROR\x1b[0m disk full\n"_ba, u"build.log"_s);
        QVERIFY2(read && read->kind == AttachmentKind::Text, qPrintable(Quorum::Testing::errorText(read)));
    }

    void filesTooLargeOrGone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // 2 GB (sparse): refused by its size, before a byte is read.
        QFile big(dir.filePath(u"video.mkv"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(2LL * 1024 * 1024 * 1024));
        big.close();
        auto read = AttachmentReader::readFile(big.fileName());
        QVERIFY(!read);
        QVERIFY2(read.error().startsWith(u"video.mkv is 2.0 GB; Quorum attaches files up to 64.0 MB"_s),
            qPrintable(Quorum::Testing::errorText(read)));
        // Deleted between attaching and reading.
        read = AttachmentReader::readFile(dir.filePath(u"gone.png"_s));
        QVERIFY(!read);
        QCOMPARE(read.error(), u"gone.png is not there any more."_s);
    }

    void imagesFittedToAProvider()
    {
        const AttachmentReader reader;
        // Within the limits: sent as it is, byte for byte.
        const QByteArray small = png(300, 200);
        auto fitted = reader.fitImage(small, 1568, 3'750'000);
        QVERIFY2(fitted, qPrintable(Quorum::Testing::errorText(fitted)));
        QCOMPARE(fitted->data, small);
        // Wider than Anthropic's 1,568 px: scaled, proportions kept.
        fitted = reader.fitImage(png(3000, 1000), 1568, 3'750'000);
        QVERIFY2(fitted, qPrintable(Quorum::Testing::errorText(fitted)));
        QCOMPARE(fitted->width, 1568);
        QCOMPARE(fitted->height, 522); // rounded down, as QSize::scaled() does
        QImage scaled;
        QVERIFY(scaled.loadFromData(fitted->data));
        QCOMPARE(scaled.size(), QSize(1568, 522));
        // Not an image.
        QVERIFY(!reader.fitImage("not an image"_ba, 1568, 3'750'000));
    }

    void aPdfHelpersReplyIsCheckedBeforeItIsBelieved()
    {
        // A sound reply: magic, version, outcome 0, pages, text (a form feed per page).
        const auto reply = [](qint8 outcome, qint32 pages, const QString &text) {
            QByteArray bytes;
            QDataStream out(&bytes, QIODevice::WriteOnly);
            out.setVersion(QDataStream::Qt_6_8);
            out << quint32(0x51504446) << quint8(1) << outcome << pages;
            if (outcome == 0) {
                out << text;
            }
            return bytes;
        };
        const auto sound = AttachmentReader::decodePdfReply(reply(0, 2, u"one\ftwo\f"_s));
        QVERIFY2(sound, qPrintable(Quorum::Testing::errorText(sound)));
        QCOMPARE(sound->first, 2);
        QCOMPARE(sound->second, u"one\ftwo\f"_s);
        // A problem the helper found is the user's message, in the parent's words.
        const auto tooMany = AttachmentReader::decodePdfReply(reply(3, 5000, {}));
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error(), u"it has 5000 pages; Quorum reads up to 2000"_s);
        // Pages that do not match the text, a cut reply, an unknown outcome, other bytes.
        const QString notAReply = u"the PDF reader answered something Quorum does not understand"_s;
        for (const QByteArray &bad : {reply(0, 3, u"one\ftwo\f"_s),
                 reply(0, 2, u"one\ftwo\f"_s).chopped(2),
                 QByteArray(reply(0, 2, u"one\ftwo\f"_s) + "x"),
                 reply(42, 1, {}),
                 reply(0, 0, {}),
                 "%PDF-1.4"_ba,
                 QByteArray()}) {
            const auto decoded = AttachmentReader::decodePdfReply(bad);
            QVERIFY(!decoded);
            QCOMPARE(decoded.error(), notAReply);
        }
    }
};

QTEST_GUILESS_MAIN(TestAttachmentReader)
#include "test_attachmentreader.moc"
