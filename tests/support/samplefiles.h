// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QList>
#include <QStringList>

//! Real files to attach, made in the test: no fixture, no fonts.
namespace Quorum::Testing
{

using namespace Qt::StringLiterals;

/*!
 * A PDF of \a pages, one line of text each (Helvetica, US Letter), with a correct cross-reference
 * table: the smallest real PDF, written here so the test needs no fixture and no fonts.
 */
inline QByteArray minimalPdf(const QStringList &pages)
{
    QList<QByteArray> objects;
    QByteArray kids;
    const int first = 4; // 1 catalog, 2 pages, 3 font, then a page and its content per page
    for (qsizetype i = 0; i < pages.size(); ++i) {
        kids += QByteArray::number(first + 2 * i) + " 0 R ";
    }
    objects << "<< /Type /Catalog /Pages 2 0 R >>"_ba;
    objects << "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pages.size()) + " >>";
    objects << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"_ba;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QByteArray stream = "BT /F1 18 Tf 72 700 Td (" + pages.at(i).toLatin1() + ") Tj ET";
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                   "/Contents "
                + QByteArray::number(first + 2 * i + 1) + " 0 R >>";
        objects << "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "\nendstream";
    }
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets) {
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

/*!
 * A PDF that Qt PDF 6.8's pdfium never finishes loading (found by fuzz_attachment): a
 * two-page document whose first page object is numbered, and listed among the kids, as its
 * page tree, so the tree is its own child. Read only through the PDF helper process, which is stopped.
 */
inline QByteArray stallingPdf()
{
    return minimalPdf({u"Clause one"_s, u"Clause two"_s}).replace("4 0 obj", "2 0 obj").replace("[4 0 R", "[2 0 R");
}

inline QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace Quorum::Testing
