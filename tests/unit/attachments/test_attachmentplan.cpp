// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// What each model receives of an attachment (docs/attachments.md): the built-in capability
// table, the providers' image token formulas (their documented examples), the order native
// file, page images and text, text only; and the user message each protocol adapter gets.
#include <QTest>

#include "attachments/attachmentplan.h"
#include "attachments/capabilities.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
ProviderAccount account(const QString &preset)
{
    if (preset == "ollama"_L1) {
        return ProviderAccount::builtInOllama();
    }
    ProviderAccount a = *ProviderAccount::create(u"acct"_s, preset);
    a.apiKey = u"k"_s;
    return a;
}

Attachment image(int width, int height)
{
    Attachment a;
    a.name = u"shot.png"_s;
    a.mimeType = u"image/png"_s;
    a.kind = AttachmentKind::Image;
    a.data = QByteArray(1000, 'p');
    a.width = width;
    a.height = height;
    return a;
}

Attachment pdf(int pages, const QString &text = u"Clause 1. The tenant pays.\f"_s)
{
    Attachment a;
    a.name = u"lease.pdf"_s;
    a.mimeType = u"application/pdf"_s;
    a.kind = AttachmentKind::Pdf;
    a.data = "%PDF-1.7 ..."_ba;
    a.pages = pages;
    a.text = text;
    return a;
}

Attachment source()
{
    Attachment a;
    a.name = u"main.cpp"_s;
    a.mimeType = u"text/x-c++src"_s;
    a.kind = AttachmentKind::Text;
    a.text = u"int main() { return 0; } // ```not a fence```\n"_s;
    a.data = a.text.toUtf8();
    return a;
}

//! Scales as QImage would (the real one is app/documents' and tested there): records the calls.
class ScalingMedia final : public AttachmentMedia
{
public:
    mutable QStringList calls;

    std::expected<EncodedImage, QString> fitImage(const QByteArray &data, int maxEdge, qint64) const override
    {
        calls << u"fit %1"_s.arg(maxEdge);
        if (data.startsWith("broken")) {
            return std::unexpected(u"not an image Quorum can read"_s);
        }
        return EncodedImage {"scaled"_ba, u"image/png"_s, maxEdge, maxEdge / 2};
    }
    std::expected<EncodedImage, QString> renderPage(const QByteArray &, int page, int maxEdge, qint64) const override
    {
        calls << u"page %1 at %2"_s.arg(page).arg(maxEdge);
        return EncodedImage {"page"_ba + QByteArray::number(page), u"image/png"_s, maxEdge * 17 / 22, maxEdge};
    }
};
} // namespace

class TestAttachmentPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capabilityTable_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("images");
        QTest::addColumn<bool>("pdfs");
        QTest::newRow("gpt-4.1") << u"openai"_s << u"gpt-4.1-mini"_s << true << true;
        QTest::newRow("o3-mini sees nothing") << u"openai"_s << u"o3-mini"_s << false << false;
        QTest::newRow("gpt-3.5") << u"openai"_s << u"gpt-3.5-turbo"_s << false << false;
        QTest::newRow("claude 4.5") << u"anthropic"_s << u"claude-sonnet-4-5"_s << true << true;
        QTest::newRow("claude 3 haiku: no PDFs") << u"anthropic"_s << u"claude-3-haiku-20240307"_s << true << false;
        QTest::newRow("gemini") << u"gemini"_s << u"models/gemini-2.5-flash"_s << true << true;
        QTest::newRow("llava on ollama") << u"ollama"_s << u"llava:13b"_s << true << false;
        QTest::newRow("llama3.2 on ollama") << u"ollama"_s << u"llama3.2"_s << false << false;
        QTest::newRow("pixtral") << u"mistral"_s << u"pixtral-large-latest"_s << true << false;
        QTest::newRow("mistral large") << u"mistral"_s << u"mistral-large-latest"_s << false << false;
        QTest::newRow("openrouter claude") << u"openrouter"_s << u"anthropic/claude-sonnet-4.5"_s << true << true;
    }

    void capabilityTable()
    {
        QFETCH(QString, preset);
        QFETCH(QString, model);
        QFETCH(bool, images);
        QFETCH(bool, pdfs);
        QCOMPARE(capabilitiesFor(account(preset), model), (ModelCapabilities {images, pdfs}));
    }

    void listedAndOverriddenCapabilities()
    {
        const ProviderAccount ollama = account(u"ollama"_s);
        // The model list says it sees (Ollama's "vision" capability): believed.
        QCOMPARE(capabilitiesFor(ollama, u"my-finetune"_s, ModelCapabilities {true, false}),
            (ModelCapabilities {true, false}));
        // The user's word wins over both.
        QCOMPARE(capabilitiesFor(ollama, u"llava"_s, ModelCapabilities {true, false}, ModelCapabilities {false, false}),
            (ModelCapabilities {false, false}));
    }

    void imageTokensAsDocumented()
    {
        // OpenAI's examples: 1024 x 1024 -> 765; 2048 x 4096 -> 1105 (high detail).
        QCOMPARE(imageTokens(ImageTokenRule::OpenAiTiles, 1024, 1024), qint64(765));
        QCOMPARE(imageTokens(ImageTokenRule::OpenAiTiles, 2048, 4096), qint64(1105));
        // Anthropic: width x height / 750 (1,000 x 1,000 ~ 1,334).
        QCOMPARE(imageTokens(ImageTokenRule::Anthropic, 1000, 1000), qint64(1334));
        // Gemini: 258 up to 384 x 384, else 258 per 768 px tile.
        QCOMPARE(imageTokens(ImageTokenRule::Gemini, 384, 384), qint64(258));
        QCOMPARE(imageTokens(ImageTokenRule::Gemini, 1024, 1024), qint64(4 * 258));
        QCOMPARE(imageTokens(ImageTokenRule::Flat, 0, 10), qint64(0));
    }

    void theOrderForAPdf()
    {
        const AttachmentLimits limits;
        const Attachment lease = pdf(12);
        // Natively where the API reads PDFs.
        AttachmentDelivery d = planDelivery(lease, {true, true}, limits, ImageTokenRule::Anthropic);
        QCOMPARE(d.form, AttachmentDelivery::Form::Native);
        QCOMPARE(d.summary(), u"PDF document"_s);
        QVERIFY(d.tokens > 12 * 1000); // each page's image and its text
        // Pages as images and the text where the model sees but reads no PDFs.
        d = planDelivery(lease, {true, false}, limits, ImageTokenRule::Flat);
        QCOMPARE(d.form, AttachmentDelivery::Form::PageImages);
        QCOMPARE(d.pageImages, 12);
        QCOMPARE(d.note, u"the model takes no PDFs"_s);
        QCOMPARE(d.tokens, qint64(12 * 576 + 7));
        // Text only otherwise.
        d = planDelivery(lease, {false, false}, limits, ImageTokenRule::Flat);
        QCOMPARE(d.form, AttachmentDelivery::Form::Text);
        QCOMPARE(d.textBytes, qint64(lease.text.toUtf8().size()));
        QCOMPARE(d.note, u"the model takes no images or PDFs"_s);
        // Over the provider's page limit: page images (the first 20) and all the text.
        d = planDelivery(pdf(150), {true, true}, limits, ImageTokenRule::OpenAiTiles);
        QCOMPARE(d.form, AttachmentDelivery::Form::PageImages);
        QCOMPARE(d.pageImages, 20);
        QVERIFY2(d.note.contains(u"limit of 100 pages"_s) && d.note.contains(u"pages after 20 as text only"_s),
            qPrintable(d.note));
        // Redacted: its redacted text only, whatever the model reads.
        Attachment redacted = lease;
        redacted.redacted = true;
        d = planDelivery(redacted, {true, true}, limits, ImageTokenRule::Anthropic, true);
        QCOMPARE(d.form, AttachmentDelivery::Form::Text);
        QCOMPARE(d.pageImages, 0);
        // A scan without text says so.
        d = planDelivery(pdf(3, QString()), {false, false}, limits, ImageTokenRule::Flat);
        QVERIFY2(d.note.contains(u"no text"_s), qPrintable(d.note));
    }

    void anImageIsFittedOrLeftOut()
    {
        const AttachmentLimits limits; // 2,048 px
        AttachmentDelivery d = planDelivery(image(4000, 3000), {true, false}, limits, ImageTokenRule::OpenAiTiles);
        QCOMPARE(d.form, AttachmentDelivery::Form::Native);
        QCOMPARE(d.note, u"scaled to 2048 x 1536 px"_s);
        QCOMPARE(d.tokens, imageTokens(ImageTokenRule::OpenAiTiles, 2048, 1536));
        d = planDelivery(image(400, 300), {false, true}, limits, ImageTokenRule::OpenAiTiles);
        QCOMPARE(d.form, AttachmentDelivery::Form::Omitted);
        QCOMPARE(d.summary(), u"not sent"_s);
        QCOMPARE(d.note, u"the model takes no images"_s);
    }

    // One prompt with an image, a PDF and a source file, to four models that read
    // differently: what each adapter is given.
    void oneMessagePerModel()
    {
        const QList<Attachment> files {image(3000, 2000), pdf(2), source()};
        const QString prompt = u"What do they say?"_s;
        ScalingMedia media;

        // GPT-4.1: the image (fitted to 2,048) and the PDF natively; the source as text.
        PlannedMessage gpt = planMessage(prompt, files, account(u"openai"_s), u"gpt-4.1"_s, {true, true}, &media);
        QCOMPARE(gpt.message.parts.size(), 2);
        QCOMPARE(gpt.message.parts.at(0).kind, MessagePart::Kind::Image);
        QCOMPARE(gpt.message.parts.at(0).data, "scaled"_ba);
        QCOMPARE(gpt.message.parts.at(1).kind, MessagePart::Kind::Pdf);
        QCOMPARE(gpt.message.parts.at(1).data, files.at(1).data);
        QCOMPARE(gpt.message.content,
            u"main.cpp:\n````cpp\nint main() { return 0; } // ```not a fence```\n````\n\nWhat do they say?"_s);
        QCOMPARE(media.calls, QStringList {u"fit 2048"_s});

        // Claude: fitted to Anthropic's 1,568.
        media.calls.clear();
        PlannedMessage claude
            = planMessage(prompt, files, account(u"anthropic"_s), u"claude-sonnet-4-5"_s, {true, true}, &media);
        QCOMPARE(claude.message.parts.size(), 2);
        QCOMPARE(media.calls, QStringList {u"fit 1568"_s});

        // LLaVA: sees, reads no PDFs: the image, the PDF's two pages drawn, and its text.
        media.calls.clear();
        PlannedMessage llava = planMessage(prompt, files, account(u"ollama"_s), u"llava"_s, {true, false}, &media);
        QCOMPARE(llava.message.parts.size(), 3);
        QCOMPARE(llava.message.parts.at(1).name, u"lease.pdf, page 1"_s);
        QCOMPARE(media.calls, (QStringList {u"fit 1536"_s, u"page 0 at 1024"_s, u"page 1 at 1024"_s}));
        QVERIFY(llava.message.content.startsWith(
            u"<document name=\"lease.pdf\" pages=\"2\">\nClause 1. The tenant pays.\n</document>\n\nmain.cpp:"_s));
        QVERIFY2(llava.deliveries.at(1).summary().startsWith(u"2 page image"_s)
                && llava.deliveries.at(1).summary().endsWith(u" + 27 bytes text"_s),
            qPrintable(llava.deliveries.at(1).summary()));

        // Llama 3.2: text only; the image is not sent, and the delivery says why.
        PlannedMessage llama = planMessage(prompt, files, account(u"ollama"_s), u"llama3.2"_s, {false, false}, &media);
        QVERIFY(llama.message.parts.isEmpty());
        QCOMPARE(llama.deliveries.at(0).form, AttachmentDelivery::Form::Omitted);
        QCOMPARE(llama.deliveries.at(1).form, AttachmentDelivery::Form::Text);
        QVERIFY(llama.message.content.contains(u"Clause 1."_s));
        QVERIFY(llama.message.content.endsWith(prompt));
    }

    void anImageThatCannotBeReadIsLeftOutWithTheReason()
    {
        Attachment broken = image(100, 100);
        broken.data = "broken bytes"_ba;
        ScalingMedia media;
        const PlannedMessage planned
            = planMessage(u"Hi"_s, {broken}, account(u"openai"_s), u"gpt-4.1"_s, {true, true}, &media);
        QVERIFY(planned.message.parts.isEmpty());
        QCOMPARE(planned.deliveries.at(0).form, AttachmentDelivery::Form::Omitted);
        QCOMPARE(planned.deliveries.at(0).note, u"not an image Quorum can read"_s);
        QCOMPARE(planned.message.content, u"Hi"_s);
    }

    void fenceLanguages()
    {
        QCOMPARE(fenceLanguage(u"a/b/main.CPP"_s), u"cpp"_s);
        QCOMPARE(fenceLanguage(u"notes.txt"_s), QString());
        QCOMPARE(fenceLanguage(u"CMakeLists.txt"_s), u"cmake"_s);
        QCOMPARE(fenceLanguage(u"Dockerfile"_s), u"dockerfile"_s);
        QCOMPARE(fenceLanguage(u"data.csv"_s), u"csv"_s);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentPlan)
#include "test_attachmentplan.moc"
