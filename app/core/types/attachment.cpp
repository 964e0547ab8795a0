// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "types/attachment.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}
} // namespace

QString attachmentKindName(AttachmentKind kind)
{
    switch (kind) {
    case AttachmentKind::Image:
        return u"image"_s;
    case AttachmentKind::Pdf:
        return u"pdf"_s;
    case AttachmentKind::Text:
        break;
    }
    return u"text"_s;
}

QString attachmentDigest(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString attachmentDescription(const Attachment &a)
{
    QString kind;
    switch (a.kind) {
    case AttachmentKind::Image:
        kind = QCoreApplication::translate("Quorum::Attachment", "image, %1 × %2").arg(a.width).arg(a.height);
        break;
    case AttachmentKind::Pdf:
        kind = QCoreApplication::translate("Quorum::Attachment", "PDF, %n page(s)", nullptr, a.pages);
        break;
    case AttachmentKind::Text:
        kind = QCoreApplication::translate("Quorum::Attachment", "text");
        break;
    }
    return kind + u", "_s + sizeText(a.size());
}

std::optional<AttachmentKind> attachmentKindFromName(const QString &name)
{
    for (const AttachmentKind kind : {AttachmentKind::Image, AttachmentKind::Pdf, AttachmentKind::Text}) {
        if (attachmentKindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString AttachmentDelivery::formName(Form form)
{
    switch (form) {
    case Form::Native:
        return u"native"_s;
    case Form::PageImages:
        return u"page-images"_s;
    case Form::Text:
        return u"text"_s;
    case Form::Omitted:
        break;
    }
    return u"omitted"_s;
}

QString AttachmentDelivery::summary() const
{
    switch (form) {
    case Form::Native:
        return kind == AttachmentKind::Image ? tr("image") : tr("PDF document");
    case Form::PageImages:
        return tr("%n page image(s) + %1 text", nullptr, pageImages).arg(sizeText(textBytes));
    case Form::Text:
        return tr("text only, %1").arg(sizeText(textBytes));
    case Form::Omitted:
        break;
    }
    return tr("not sent");
}

std::optional<AttachmentDelivery::Form> AttachmentDelivery::formFromName(const QString &name)
{
    for (const Form form : {Form::Native, Form::PageImages, Form::Text, Form::Omitted}) {
        if (formName(form) == name) {
            return form;
        }
    }
    return std::nullopt;
}

QJsonArray AttachmentDelivery::toJson(const QList<AttachmentDelivery> &deliveries)
{
    QJsonArray array;
    for (const AttachmentDelivery &d : deliveries) {
        array.append(QJsonObject {
            {u"name"_s, d.name},
            {u"kind"_s, attachmentKindName(d.kind)},
            {u"form"_s, formName(d.form)},
            {u"page_images"_s, d.pageImages},
            {u"text_bytes"_s, d.textBytes},
            {u"tokens"_s, d.tokens},
            {u"note"_s, d.note},
        });
    }
    return array;
}

QList<AttachmentDelivery> AttachmentDelivery::fromJson(const QJsonArray &array)
{
    QList<AttachmentDelivery> deliveries;
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        AttachmentDelivery d;
        d.name = o.value(u"name"_s).toString();
        d.kind = attachmentKindFromName(o.value(u"kind"_s).toString()).value_or(AttachmentKind::Text);
        d.form = formFromName(o.value(u"form"_s).toString()).value_or(Form::Omitted);
        d.pageImages = o.value(u"page_images"_s).toInt();
        d.textBytes = o.value(u"text_bytes"_s).toInteger();
        d.tokens = o.value(u"tokens"_s).toInteger();
        d.note = o.value(u"note"_s).toString();
        deliveries.append(d);
    }
    return deliveries;
}

} // namespace Quorum
