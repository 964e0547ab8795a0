// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "attachments/attachmentplan.h"

#include <algorithm>
#include <cmath>

#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include "pricing/cost.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
// A page as drawn for a model: US Letter's proportions (A4 is close) at the page image edge.
constexpr double pageAspect = 11.0 / 8.5;

qint64 textTokens(const QString &text)
{
    return (text.size() + CostCalculator::charactersPerToken - 1) / CostCalculator::charactersPerToken;
}

//! \a width x \a height scaled (never up) to fit \a edge on its long side, rounded down as
//! QSize::scaled() rounds (what AttachmentMedia::fitImage sends).
std::pair<int, int> fitted(int width, int height, int edge)
{
    const int longest = std::max(width, height);
    if (longest <= edge || longest <= 0) {
        return {width, height};
    }
    return {std::max(1, int(qint64(width) * edge / longest)), std::max(1, int(qint64(height) * edge / longest))};
}

qint64 pageImageTokens(ImageTokenRule rule, int edge)
{
    return imageTokens(rule, int(std::lround(edge / pageAspect)), edge);
}

QString sizeText(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

//! A fence longer than any run of backticks in \a text, so the text cannot close it.
QString fenceFor(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(3, longest + 1), u'`');
}

QString quoted(const QString &value)
{
    QString out = value;
    out.replace(u'&', "&amp;"_L1).replace(u'"', "&quot;"_L1).replace(u'<', "&lt;"_L1);
    return u'"' + out + u'"';
}
} // namespace

AttachmentDelivery planDelivery(const Attachment &attachment,
    const ModelCapabilities &capabilities,
    const AttachmentLimits &limits,
    ImageTokenRule tokenRule,
    bool redacted)
{
    AttachmentDelivery delivery;
    delivery.name = attachment.name;
    delivery.kind = attachment.kind;
    const qint64 utf8 = attachment.text.toUtf8().size();
    switch (attachment.kind) {
    case AttachmentKind::Image: {
        if (!capabilities.images) {
            delivery.form = AttachmentDelivery::Form::Omitted;
            delivery.note = AttachmentDelivery::tr("the model takes no images");
            return delivery;
        }
        delivery.form = AttachmentDelivery::Form::Native;
        const auto [w, h] = fitted(attachment.width, attachment.height, limits.imageEdge);
        delivery.tokens = imageTokens(tokenRule, w, h);
        if (w != attachment.width) {
            delivery.note = AttachmentDelivery::tr("scaled to %1 x %2 px").arg(w).arg(h);
        }
        return delivery;
    }
    case AttachmentKind::Text:
        delivery.form = AttachmentDelivery::Form::Text;
        delivery.textBytes = utf8;
        delivery.tokens = textTokens(attachment.text);
        return delivery;
    case AttachmentKind::Pdf:
        break;
    }
    // A PDF: natively, else its pages as images and its text, else its text.
    delivery.textBytes = utf8;
    if (redacted) {
        delivery.form = AttachmentDelivery::Form::Text;
        delivery.tokens = textTokens(attachment.text);
        delivery.note = AttachmentDelivery::tr("redacted: sent as its redacted text, never as the file or its pages");
        return delivery;
    }
    const bool fits = attachment.size() <= limits.pdfBytes && attachment.pages <= limits.pdfPages;
    if (capabilities.pdfs && fits) {
        delivery.form = AttachmentDelivery::Form::Native;
        delivery.textBytes = 0;
        // Gemini counts a page as 258 tokens; Anthropic and OpenAI its text plus its image.
        delivery.tokens = tokenRule == ImageTokenRule::Gemini
            ? qint64(attachment.pages) * 258
            : textTokens(attachment.text) + qint64(attachment.pages) * pageImageTokens(tokenRule, 1568);
        return delivery;
    }
    const QString overLimit = capabilities.pdfs
        ? AttachmentDelivery::tr("over the provider's limit of %1 pages and %2 for a PDF")
              .arg(limits.pdfPages)
              .arg(sizeText(limits.pdfBytes))
        : QString();
    if (capabilities.images && attachment.pages > 0) {
        delivery.form = AttachmentDelivery::Form::PageImages;
        delivery.pageImages = std::min(attachment.pages, limits.pageImages);
        delivery.tokens = textTokens(attachment.text)
            + qint64(delivery.pageImages) * pageImageTokens(tokenRule, limits.pageImageEdge);
        QStringList notes;
        if (!overLimit.isEmpty()) {
            notes << overLimit;
        } else {
            notes << AttachmentDelivery::tr("the model takes no PDFs");
        }
        if (delivery.pageImages < attachment.pages) {
            notes << AttachmentDelivery::tr("pages after %1 as text only").arg(delivery.pageImages);
        }
        delivery.note = notes.join(u"; "_s);
        return delivery;
    }
    delivery.form = AttachmentDelivery::Form::Text;
    delivery.tokens = textTokens(attachment.text);
    delivery.note = !overLimit.isEmpty() ? overLimit : AttachmentDelivery::tr("the model takes no images or PDFs");
    if (attachment.text.trimmed().isEmpty()) {
        delivery.note += AttachmentDelivery::tr("; the PDF has no text (a scan?)");
    }
    return delivery;
}

QString fenceLanguage(const QString &fileName)
{
    static const QHash<QString, QString> languages {
        {u"c"_s, u"c"_s},
        {u"h"_s, u"c"_s},
        {u"cc"_s, u"cpp"_s},
        {u"cpp"_s, u"cpp"_s},
        {u"cxx"_s, u"cpp"_s},
        {u"hpp"_s, u"cpp"_s},
        {u"hh"_s, u"cpp"_s},
        {u"cs"_s, u"csharp"_s},
        {u"css"_s, u"css"_s},
        {u"csv"_s, u"csv"_s},
        {u"go"_s, u"go"_s},
        {u"html"_s, u"html"_s},
        {u"java"_s, u"java"_s},
        {u"js"_s, u"javascript"_s},
        {u"mjs"_s, u"javascript"_s},
        {u"json"_s, u"json"_s},
        {u"kt"_s, u"kotlin"_s},
        {u"md"_s, u"markdown"_s},
        {u"php"_s, u"php"_s},
        {u"py"_s, u"python"_s},
        {u"rb"_s, u"ruby"_s},
        {u"rs"_s, u"rust"_s},
        {u"sh"_s, u"bash"_s},
        {u"sql"_s, u"sql"_s},
        {u"swift"_s, u"swift"_s},
        {u"toml"_s, u"toml"_s},
        {u"ts"_s, u"typescript"_s},
        {u"tsx"_s, u"tsx"_s},
        {u"xml"_s, u"xml"_s},
        {u"yaml"_s, u"yaml"_s},
        {u"yml"_s, u"yaml"_s},
    };
    const QFileInfo file(fileName);
    if (file.fileName() == "CMakeLists.txt"_L1) {
        return u"cmake"_s;
    }
    if (file.fileName() == "Dockerfile"_L1 || file.fileName() == "Makefile"_L1) {
        return file.fileName() == "Makefile"_L1 ? u"make"_s : u"dockerfile"_s;
    }
    return languages.value(file.suffix().toLower());
}

std::expected<EncodedImage, QString> RememberingMedia::fitImage(
    const QByteArray &image, int maxEdge, qint64 maxBytes) const
{
    const Key key {image.constData(), image.size(), -1, maxEdge, maxBytes};
    if (const auto it = m_done.constFind(key); it != m_done.cend()) {
        return *it;
    }
    return *m_done.insert(key, m_media->fitImage(image, maxEdge, maxBytes));
}

std::expected<EncodedImage, QString> RememberingMedia::renderPage(
    const QByteArray &pdf, int page, int maxEdge, qint64 maxBytes) const
{
    const Key key {pdf.constData(), pdf.size(), page, maxEdge, maxBytes};
    if (const auto it = m_done.constFind(key); it != m_done.cend()) {
        return *it;
    }
    return *m_done.insert(key, m_media->renderPage(pdf, page, maxEdge, maxBytes));
}

PlannedMessage planMessage(const QString &prompt,
    const QList<Attachment> &attachments,
    const ProviderAccount &account,
    const QString &model,
    const ModelCapabilities &capabilities,
    const AttachmentMedia *media)
{
    PlannedMessage planned;
    planned.message.role = ChatMessage::Role::User;
    const AttachmentLimits limits = limitsFor(account, model);
    const ImageTokenRule rule = imageTokenRule(account, model);
    QStringList texts;
    for (const Attachment &attachment : attachments) {
        AttachmentDelivery delivery = planDelivery(attachment, capabilities, limits, rule, attachment.redacted);
        const auto omit = [&delivery](const QString &why) {
            delivery.form = AttachmentDelivery::Form::Omitted;
            delivery.tokens = 0;
            delivery.textBytes = 0;
            delivery.pageImages = 0;
            delivery.note = why;
        };
        switch (delivery.form) {
        case AttachmentDelivery::Form::Native:
            if (attachment.kind == AttachmentKind::Pdf) {
                planned.message.parts.append(
                    {MessagePart::Kind::Pdf, attachment.mimeType, attachment.name, attachment.data});
            } else if (media) {
                if (const auto image = media->fitImage(attachment.data, limits.imageEdge, limits.imageBytes)) {
                    planned.message.parts.append(
                        {MessagePart::Kind::Image, image->mimeType, attachment.name, image->data});
                    delivery.tokens = imageTokens(rule, image->width, image->height);
                } else {
                    omit(image.error());
                }
            } else if (std::max(attachment.width, attachment.height) <= limits.imageEdge
                && attachment.size() <= limits.imageBytes) {
                planned.message.parts.append(
                    {MessagePart::Kind::Image, attachment.mimeType, attachment.name, attachment.data});
            } else {
                omit(AttachmentDelivery::tr("too large for the provider, and it could not be scaled here"));
            }
            break;
        case AttachmentDelivery::Form::PageImages: {
            int drawn = 0;
            QString problem;
            for (int page = 0; media && page < delivery.pageImages; ++page) {
                const auto image = media->renderPage(attachment.data, page, limits.pageImageEdge, limits.imageBytes);
                if (!image) {
                    problem = image.error();
                    break;
                }
                planned.message.parts.append({MessagePart::Kind::Image,
                    image->mimeType,
                    u"%1, page %2"_s.arg(attachment.name).arg(page + 1),
                    image->data});
                ++drawn;
            }
            if (drawn < delivery.pageImages) {
                const int lost = delivery.pageImages - drawn;
                delivery.tokens -= qint64(lost) * pageImageTokens(rule, limits.pageImageEdge);
                delivery.pageImages = drawn;
                delivery.note += (delivery.note.isEmpty() ? QString() : u"; "_s)
                    + (problem.isEmpty() ? AttachmentDelivery::tr("its pages could not be drawn here")
                                         : AttachmentDelivery::tr("its pages could not be drawn: %1").arg(problem));
                if (drawn == 0) {
                    delivery.form = AttachmentDelivery::Form::Text;
                }
            }
        }
            [[fallthrough]];
        case AttachmentDelivery::Form::Text:
            if (attachment.kind == AttachmentKind::Pdf) {
                texts << u"<document name=%1 pages=\"%2\">\n%3\n</document>"_s.arg(
                    quoted(attachment.name), QString::number(attachment.pages), attachment.text.trimmed());
            } else {
                const QString fence = fenceFor(attachment.text);
                texts << u"%1:\n%2%3\n%4\n%2"_s.arg(attachment.name,
                    fence,
                    fenceLanguage(attachment.name),
                    attachment.text.chopped(attachment.text.endsWith(u'\n') ? 1 : 0));
            }
            break;
        case AttachmentDelivery::Form::Omitted:
            break;
        }
        planned.deliveries.append(delivery);
    }
    texts << prompt;
    planned.message.content = texts.join(u"\n\n"_s);
    return planned;
}

} // namespace Quorum
