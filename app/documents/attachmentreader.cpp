// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "documents/attachmentreader.h"

#include <algorithm>

#include <QBuffer>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QMimeDatabase>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

//! The image formats every protocol takes (docs/attachments.md, "What a file is").
const QStringList &imageTypes()
{
    static const QStringList types {u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s, u"image/webp"_s};
    return types;
}

/*!
 * A PDF opened from memory. QPdfDocument reads from a device it does not own, so the buffer
 * lives beside it; loading from a QBuffer is synchronous.
 */
//! Qt PDF draws pages on transparency: a model (and a thumbnail) shows them on white, as printed.
QImage onWhite(const QImage &page)
{
    if (page.isNull() || !page.hasAlphaChannel()) {
        return page;
    }
    QImage white(page.size(), QImage::Format_RGB32);
    white.fill(Qt::white);
    QPainter(&white).drawImage(0, 0, page);
    return white;
}

struct OpenPdf {
    QByteArray bytes;
    QBuffer buffer;
    QPdfDocument document {nullptr};

    explicit OpenPdf(const QByteArray &data)
        : bytes(data)
        , buffer(&bytes)
    {
        buffer.open(QIODevice::ReadOnly);
        document.load(&buffer);
    }
};

QString pdfProblem(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::None:
        return {};
    case QPdfDocument::Error::IncorrectPassword:
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return AttachmentReader::tr("it is protected by a password; save a copy without the password and attach that");
    case QPdfDocument::Error::InvalidFileFormat:
        return AttachmentReader::tr("it is damaged or not a PDF");
    default:
        break;
    }
    return AttachmentReader::tr("Qt PDF cannot read it");
}

//! What Quorum takes from a PDF: its pages and its text, a form feed after each page.
struct PdfFacts {
    int pages = 0;
    QString text;
};

//! Why a PDF is refused, as the helper reports it (numbers, not words: the words are the
//! parent's, in the user's language).
struct PdfProblem {
    enum class Kind : qint8 { Ok, Unreadable, NoPages, TooManyPages, TextTooLong, Hung, Crashed, NoHelper, BadReply };
    Kind kind = Kind::Unreadable;
    qint32 number = 0; //!< Unreadable: the QPdfDocument::Error; TooManyPages: the pages
};

QString problemText(const PdfProblem &problem)
{
    using Kind = PdfProblem::Kind;
    switch (problem.kind) {
    case Kind::Ok:
    case Kind::Unreadable:
        break;
    case Kind::NoPages:
        return AttachmentReader::tr("it has no pages");
    case Kind::TooManyPages:
        return AttachmentReader::tr("it has %1 pages; Quorum reads up to %2")
            .arg(problem.number)
            .arg(AttachmentReader::maxPdfPages);
    case Kind::TextTooLong:
        return AttachmentReader::tr("its text is longer than any model reads (over %1 characters)")
            .arg(AttachmentReader::maxTextBytes);
    case Kind::Hung:
        return AttachmentReader::tr(
            "Qt PDF did not finish reading it in %1 s; the file is damaged or built to stall readers")
            .arg(problem.number);
    case Kind::Crashed:
        return AttachmentReader::tr("Qt PDF stopped on it; the file is damaged or built to crash readers");
    case Kind::NoHelper:
        return AttachmentReader::tr("the PDF reader did not start (%1)").arg(problem.number);
    case Kind::BadReply:
        return AttachmentReader::tr("the PDF reader answered something Quorum does not understand");
    }
    const QString why = pdfProblem(static_cast<QPdfDocument::Error>(problem.number));
    return why.isEmpty() ? pdfProblem(QPdfDocument::Error::Unknown) : why;
}

//! Reads a PDF in this process (the helper's work; everything when there is no helper).
std::expected<PdfFacts, PdfProblem> readPdfHere(const QByteArray &data)
{
    using Kind = PdfProblem::Kind;
    OpenPdf pdf(data);
    if (pdf.document.status() != QPdfDocument::Status::Ready) {
        const QPdfDocument::Error error = pdf.document.error();
        return std::unexpected(PdfProblem {
            Kind::Unreadable, qint32(error == QPdfDocument::Error::None ? QPdfDocument::Error::Unknown : error)});
    }
    const int pages = pdf.document.pageCount();
    if (pages <= 0) {
        return std::unexpected(PdfProblem {Kind::NoPages});
    }
    if (pages > AttachmentReader::maxPdfPages) {
        return std::unexpected(PdfProblem {Kind::TooManyPages, pages});
    }
    PdfFacts facts {pages, {}};
    for (int page = 0; page < pages; ++page) {
        facts.text += pdf.document.getAllText(page).text();
        facts.text += u'\f';
        if (facts.text.size() > AttachmentReader::maxTextBytes) {
            return std::unexpected(PdfProblem {Kind::TextTooLong});
        }
    }
    return facts;
}

struct PdfHelper {
    QString program;
    QStringList arguments;
    std::chrono::milliseconds timeout {0};
};

PdfHelper &pdfHelper()
{
    static PdfHelper helper;
    return helper;
}

// The helper's reply: QDataStream (Qt 6.8) of a magic number, a version, the outcome, and
// then the pages and the text, or the problem's number.
constexpr quint32 replyMagic = 0x51504446; // "QPDF"
constexpr quint8 replyVersion = 1;
constexpr QDataStream::Version replyStream = QDataStream::Qt_6_8;

QByteArray encodeReply(const std::expected<PdfFacts, PdfProblem> &facts)
{
    QByteArray reply;
    QDataStream out(&reply, QIODevice::WriteOnly);
    out.setVersion(replyStream);
    out << replyMagic << replyVersion;
    if (facts) {
        out << qint8(PdfProblem::Kind::Ok) << qint32(facts->pages) << facts->text;
    } else {
        out << qint8(facts.error().kind) << facts.error().number;
    }
    return reply;
}

std::expected<PdfFacts, PdfProblem> decodeReply(const QByteArray &reply)
{
    using Kind = PdfProblem::Kind;
    const PdfProblem bad {Kind::BadReply};
    QDataStream in(reply);
    in.setVersion(replyStream);
    quint32 magic = 0;
    quint8 version = 0;
    qint8 outcome = -1;
    in >> magic >> version >> outcome;
    if (in.status() != QDataStream::Ok || magic != replyMagic || version != replyVersion) {
        return std::unexpected(bad);
    }
    if (outcome == qint8(Kind::Ok)) {
        PdfFacts facts;
        in >> facts.pages >> facts.text;
        // What the child says is checked as anything read from outside is.
        const bool sound = in.status() == QDataStream::Ok && in.atEnd() && facts.pages > 0
            && facts.pages <= AttachmentReader::maxPdfPages && facts.text.size() <= AttachmentReader::maxTextBytes
            && facts.text.count(u'\f') == facts.pages && facts.text.endsWith(u'\f');
        return sound ? std::expected<PdfFacts, PdfProblem>(std::move(facts)) : std::unexpected(bad);
    }
    qint32 number = 0;
    in >> number;
    const bool known = outcome == qint8(Kind::Unreadable) || outcome == qint8(Kind::NoPages)
        || outcome == qint8(Kind::TooManyPages) || outcome == qint8(Kind::TextTooLong);
    if (in.status() != QDataStream::Ok || !in.atEnd() || !known) {
        return std::unexpected(bad);
    }
    return std::unexpected(PdfProblem {static_cast<Kind>(outcome), number});
}

/*!
 * Reads a PDF in the helper process. Written by hand around QProcess because what it guards
 * against is the library itself: pdfium loops forever on some page trees (found by
 * fuzz_attachment) and Qt PDF serialises every pdfium call behind one lock, so a hang in this
 * process would stop every later PDF too, and a crash would take the window with it.
 */
std::expected<PdfFacts, PdfProblem> readPdfInChild(const QByteArray &data)
{
    using Kind = PdfProblem::Kind;
    const PdfHelper &helper = pdfHelper();
    const auto limit = helper.timeout + std::chrono::seconds(data.size() / (4LL * 1024 * 1024));
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setStandardErrorFile(QProcess::nullDevice());
    child.start(helper.program, helper.arguments);
    if (!child.waitForStarted(int(std::chrono::milliseconds(limit).count()))) {
        return std::unexpected(PdfProblem {Kind::NoHelper, qint32(child.error())});
    }
    child.write(data);
    child.closeWriteChannel();
    // The reply is at most the text (UTF-16) and a few numbers; more is not a reply.
    const qint64 replyCap = 2 * AttachmentReader::maxTextBytes + 1024;
    QByteArray reply;
    QDeadlineTimer deadline(limit);
    while (child.state() != QProcess::NotRunning && !deadline.hasExpired() && reply.size() <= replyCap) {
        child.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        reply += child.readAllStandardOutput();
    }
    if (child.state() != QProcess::NotRunning) {
        child.kill();
        child.waitForFinished(1000);
        if (reply.size() > replyCap) {
            return std::unexpected(PdfProblem {Kind::BadReply});
        }
        return std::unexpected(
            PdfProblem {Kind::Hung, qint32(std::chrono::duration_cast<std::chrono::seconds>(limit).count())});
    }
    reply += child.readAllStandardOutput();
    if (child.exitStatus() != QProcess::NormalExit) {
        return std::unexpected(PdfProblem {Kind::Crashed});
    }
    return decodeReply(reply);
}

std::expected<EncodedImage, QString> encode(const QImage &image, qint64 maxBytes)
{
    // PNG keeps text and lines sharp; a photograph that does not fit as PNG goes as JPEG,
    // at falling quality, then smaller.
    QImage current = image;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QByteArray png;
        {
            QBuffer out(&png);
            out.open(QIODevice::WriteOnly);
            QImageWriter writer(&out, "png");
            writer.write(current);
        }
        if (!png.isEmpty() && png.size() <= maxBytes) {
            return EncodedImage {png, u"image/png"_s, current.width(), current.height()};
        }
        for (const int quality : {90, 80, 70}) {
            QByteArray jpeg;
            QBuffer out(&jpeg);
            out.open(QIODevice::WriteOnly);
            QImageWriter writer(&out, "jpeg");
            writer.setQuality(quality);
            writer.write(current.hasAlphaChannel() ? current.convertToFormat(QImage::Format_RGB32) : current);
            if (!jpeg.isEmpty() && jpeg.size() <= maxBytes) {
                return EncodedImage {jpeg, u"image/jpeg"_s, current.width(), current.height()};
            }
        }
        current = current.scaled(current.size() * 3 / 4, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return std::unexpected(AttachmentReader::tr("it does not fit in %1 even scaled down").arg(sizeText(maxBytes)));
}
} // namespace

std::expected<Attachment, QString> AttachmentReader::readFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists()) {
        return std::unexpected(tr("%1 is not there any more.").arg(name));
    }
    if (!info.isFile()) {
        return std::unexpected(tr("%1 is not a file.").arg(name));
    }
    if (info.size() > maxFileBytes) {
        return std::unexpected(
            tr("%1 is %2; Quorum attaches files up to %3.").arg(name, sizeText(info.size()), sizeText(maxFileBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("%1 cannot be read: %2").arg(name, file.errorString()));
    }
    const QByteArray data = file.read(maxFileBytes + 1); // it may have grown since
    if (data.size() > maxFileBytes) {
        return std::unexpected(tr("%1 is larger than %2.").arg(name, sizeText(maxFileBytes)));
    }
    return read(data, name);
}

std::expected<Attachment, QString> AttachmentReader::read(const QByteArray &data, const QString &name)
{
    if (data.size() > maxFileBytes) {
        return std::unexpected(tr("%1 is larger than %2.").arg(name, sizeText(maxFileBytes)));
    }
    if (data.isEmpty()) {
        return std::unexpected(tr("%1 is empty.").arg(name));
    }
    Attachment attachment;
    attachment.name = QFileInfo(name).fileName();
    attachment.data = data;
    attachment.sha256 = attachmentDigest(data);
    // By the content alone: a PNG named .pdf is an image (QMimeDatabase's magic numbers).
    const QMimeType type = QMimeDatabase().mimeTypeForData(data);
    const auto refuse = [&](const QString &why) { return std::unexpected(tr("%1: %2.").arg(attachment.name, why)); };

    if (imageTypes().contains(type.name())) {
        QBuffer buffer(&attachment.data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        const QSize size = reader.size(); // from the header: nothing decoded yet
        if (!size.isValid() || size.isEmpty()) {
            return refuse(tr("it is not an image Quorum can read"));
        }
        if (qint64(size.width()) * size.height() > maxPixels) {
            return refuse(tr("it is %1 x %2 pixels, more than Quorum reads (100 megapixels)")
                    .arg(size.width())
                    .arg(size.height()));
        }
        attachment.kind = AttachmentKind::Image;
        attachment.mimeType = type.name();
        attachment.width = size.width();
        attachment.height = size.height();
        return attachment;
    }
    if (type.name() == "application/pdf"_L1) {
        const std::expected<PdfFacts, PdfProblem> facts
            = pdfHelper().program.isEmpty() ? readPdfHere(data) : readPdfInChild(data);
        if (!facts) {
            return refuse(problemText(facts.error()));
        }
        attachment.kind = AttachmentKind::Pdf;
        attachment.mimeType = type.name();
        attachment.pages = facts->pages;
        attachment.text = facts->text;
        return attachment;
    }
    // Text: valid UTF-8 (a BOM allowed), no NUL bytes.
    if (data.size() > maxTextBytes) {
        return refuse(tr("as text it is %1; Quorum sends text files up to %2")
                .arg(sizeText(data.size()), sizeText(maxTextBytes)));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    // Control characters other than layout and ESC (coloured logs) mean binary data.
    const bool binary = std::ranges::any_of(data, [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != '\v'
            && byte != 0x1b;
    });
    if (decoder.hasError() || binary) {
        if (type.name().startsWith("image/"_L1)) {
            return refuse(tr("it is not an image Quorum can read")); // named as one, but it is not
        }
        if (type.name() == "application/pdf"_L1) {
            return refuse(pdfProblem(QPdfDocument::Error::InvalidFileFormat));
        }
        return refuse(tr("it is %1, which no model reads; attach images, PDFs or text")
                .arg(type.comment().isEmpty() ? type.name() : type.comment()));
    }
    attachment.kind = AttachmentKind::Text;
    attachment.mimeType = type.inherits(u"text/plain"_s) ? type.name() : u"text/plain"_s;
    attachment.text = text;
    return attachment;
}

std::expected<EncodedImage, QString> AttachmentReader::fitImage(
    const QByteArray &image, int maxEdge, qint64 maxBytes) const
{
    QByteArray bytes = image;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty() || qint64(size.width()) * size.height() > maxPixels) {
        return std::unexpected(tr("not an image Quorum can read"));
    }
    const QByteArray format = reader.format();
    const int longest = std::max(size.width(), size.height());
    if (longest <= maxEdge && image.size() <= maxBytes && !reader.supportsAnimation()) {
        const QString type = u"image/"_s + QString::fromLatin1(format == "jpg" ? "jpeg"_ba : format);
        if (imageTypes().contains(type)) {
            return EncodedImage {image, type, size.width(), size.height()}; // sent as it is
        }
    }
    // Decoded at the size it is sent at (JPEG decodes smaller directly).
    if (longest > maxEdge) {
        // At least a pixel each way: a 1 x 16,383 GIF scaled to 64 would be 0 wide (found by fuzzing).
        reader.setScaledSize(size.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    }
    QImage decoded = reader.read();
    if (decoded.isNull()) {
        return std::unexpected(tr("not an image Quorum can read (%1)").arg(reader.errorString()));
    }
    if (std::max(decoded.width(), decoded.height()) > maxEdge) {
        // A decoder that ignored the scaled size (a GIF whose frame is not its screen's size).
        decoded = decoded.scaled(decoded.size().scaled(maxEdge, maxEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)),
            Qt::IgnoreAspectRatio,
            Qt::SmoothTransformation);
    }
    auto encoded = encode(decoded, maxBytes);
    if (encoded && encoded->data.isEmpty()) {
        return std::unexpected(tr("not an image Quorum can read"));
    }
    return encoded;
}

QImage AttachmentReader::thumbnail(const Attachment &attachment, int edge)
{
    if (attachment.kind == AttachmentKind::Image) {
        QBuffer buffer;
        buffer.setData(attachment.data);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid()) {
            reader.setScaledSize(size.scaled(edge, edge, Qt::KeepAspectRatio).expandedTo({1, 1}));
        }
        return reader.read(); // decoded at the small size: a 40 MP photo is never decoded whole
    }
    if (attachment.kind == AttachmentKind::Pdf) {
        OpenPdf open(attachment.data);
        if (open.document.status() != QPdfDocument::Status::Ready || open.document.pageCount() < 1) {
            return {};
        }
        const QSize pixels
            = open.document.pagePointSize(0).scaled(edge, edge, Qt::KeepAspectRatio).toSize().expandedTo({1, 1});
        return onWhite(open.document.render(0, pixels));
    }
    return {};
}

std::expected<EncodedImage, QString> AttachmentReader::renderPage(
    const QByteArray &pdf, int page, int maxEdge, qint64 maxBytes) const
{
    OpenPdf open(pdf);
    if (open.document.status() != QPdfDocument::Status::Ready) {
        return std::unexpected(pdfProblem(open.document.error()));
    }
    if (page < 0 || page >= open.document.pageCount()) {
        return std::unexpected(tr("it has no page %1").arg(page + 1));
    }
    const QSizeF points = open.document.pagePointSize(page);
    if (points.isEmpty()) {
        return std::unexpected(tr("page %1 has no size").arg(page + 1));
    }
    const QSize pixels = points.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio).toSize().expandedTo({1, 1});
    const QImage image = onWhite(open.document.render(page, pixels));
    if (image.isNull()) {
        return std::unexpected(tr("page %1 cannot be drawn").arg(page + 1));
    }
    return encode(image, maxBytes);
}

void AttachmentReader::setPdfHelper(
    const QString &program, const QStringList &arguments, std::chrono::milliseconds timeout)
{
    pdfHelper() = {program, arguments, timeout};
}

int AttachmentReader::runPdfHelper()
{
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly)) {
        return 2;
    }
    const QByteArray data = in.readAll(); // the parent sends at most maxFileBytes
    std::expected<PdfFacts, PdfProblem> facts = data.size() > maxFileBytes
        ? std::unexpected(PdfProblem {PdfProblem::Kind::Unreadable, qint32(QPdfDocument::Error::InvalidFileFormat)})
        : readPdfHere(data);
    if (facts) {
        // The first page is drawn small too, as its chip's thumbnail will be: a file that
        // stalls the drawing is found here, not in the window.
        OpenPdf pdf(data);
        const QSize pixels = pdf.document.pagePointSize(0).scaled(64, 64, Qt::KeepAspectRatio).toSize();
        (void)pdf.document.render(0, pixels.expandedTo({1, 1}));
    }
    const QByteArray reply = encodeReply(facts);
    return out.write(reply) == reply.size() && out.flush() ? 0 : 3;
}

std::expected<std::pair<int, QString>, QString> AttachmentReader::decodePdfReply(const QByteArray &reply)
{
    auto facts = decodeReply(reply);
    if (!facts) {
        return std::unexpected(problemText(facts.error()));
    }
    return std::pair {facts->pages, std::move(facts->text)};
}

} // namespace Quorum
