// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// `quorum ask --attach`, the real binary against the fake provider: one prompt with an
// image and a PDF to four models of different abilities, each request's parts on the wire
// as its protocol takes them, the "received" list of the --json contract, the files sent
// again with a follow-up, a redaction rule that turns a PDF into redacted text (and never
// pages), a provider that refuses the image while the others answer, and files that cannot
// be attached.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "clirunner.h"
#include "fakeproviderserver.h"
#include "samplefiles.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            lines.append(QJsonDocument::fromJson(line).object());
        }
    }
    return lines;
}

QJsonObject resultFor(const QList<QJsonObject> &lines, const QString &target)
{
    for (const QJsonObject &line : lines) {
        if (line.value("target"_L1).toString() == target) {
            return line;
        }
    }
    return {};
}

//! "form" of each entry of a result's "received", in order.
QStringList formsOf(const QJsonObject &result)
{
    QStringList forms;
    for (const QJsonValue &entry : result.value("received"_L1).toArray()) {
        forms << entry["form"_L1].toString();
    }
    return forms;
}

//! The last message of a recorded request's \a key array ("messages", "contents").
QJsonObject lastMessage(const Fake::RecordedRequest &request, const QString &key)
{
    return request.json.value(key).toArray().last().toObject();
}

//! The "type" of each part of an OpenAI or Anthropic message.
QStringList partTypes(const QJsonObject &message)
{
    QStringList types;
    for (const QJsonValue &part : message.value("content"_L1).toArray()) {
        types << part["type"_L1].toString();
    }
    return types;
}
} // namespace

class TestCliAttach : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    QTemporaryDir m_dir;
    QString m_image;
    QString m_pdf;

    Testing::CliResult run(const QStringList &arguments) const
    {
        Testing::CliRunner cli(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.filePath(u"data"_s));
        cli.environment.insert(u"FAKE_KEY"_s, u"test-key"_s);
        return cli.run(arguments, {}, 60000);
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

    Fake::RecordedRequest requestFor(const QString &model) const
    {
        const QList<Fake::RecordedRequest> found = m_server.requestsFor(model);
        return found.isEmpty() ? Fake::RecordedRequest {} : found.constLast();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen());
        QVERIFY(m_dir.isValid());
        m_image = write(u"chart.png"_s, Testing::png(640, 480));
        m_pdf = write(u"report.pdf"_s,
            Testing::minimalPdf({u"Quarterly revenue rose 12 percent."_s, u"Contact jane.doe@example.com"_s}));
        QVERIFY(!m_image.isEmpty() && !m_pdf.isEmpty());
        const QString root = u"http://127.0.0.1:%1"_s.arg(m_server.port());
        const QList<QStringList> accounts {
            {u"az"_s, u"azure"_s, root}, // OpenAI's models: Azure takes PDFs as files (a local server does not)
            {u"an"_s, u"anthropic"_s, root},
            {u"ge"_s, u"gemini"_s, root},
            {u"ol"_s, u"ollama"_s, root},
        };
        for (const QStringList &account : accounts) {
            const Testing::CliResult added = run({u"providers"_s,
                u"add"_s,
                account.at(0),
                u"--kind"_s,
                account.at(1),
                u"--base-url"_s,
                account.at(2),
                u"--api-key-env"_s,
                u"FAKE_KEY"_s});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
    }

    void init() { m_server.clearRequests(); }

    void fourModelsEachReceiveWhatTheyCanRead()
    {
        const Testing::CliResult r = run({u"ask"_s,
            u"--json"_s,
            u"--attach"_s,
            m_image,
            u"--attach"_s,
            m_pdf,
            u"--target"_s,
            u"az/gpt-4.1-mini"_s,
            u"--target"_s,
            u"an/claude-3-haiku-20240307"_s,
            u"--target"_s,
            u"ge/gemini-2.5-flash"_s,
            u"--target"_s,
            u"ol/llama3.2"_s,
            u"What does the chart show, and what does the report say?"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QList<QJsonObject> lines = jsonLines(r.outBytes);
        QCOMPARE(lines.size(), 4);

        // OpenAI Chat (Azure): the image and the PDF as parts, the prompt last.
        const QJsonObject openai = lastMessage(requestFor(u"gpt-4.1-mini"_s), u"messages"_s);
        QVERIFY2(partTypes(openai) == (QStringList {u"image_url"_s, u"file"_s, u"text"_s}),
            QJsonDocument(openai).toJson().left(3000).constData());
        const QJsonArray openaiParts = openai.value("content"_L1).toArray();
        QVERIFY(
            openaiParts.at(0)["image_url"_L1]["url"_L1].toString().startsWith("data:image/png;base64,iVBORw0KGgo"_L1));
        QCOMPARE(openaiParts.at(1)["file"_L1]["filename"_L1].toString(), u"report.pdf"_s);
        QVERIFY(openaiParts.at(1)["file"_L1]["file_data"_L1].toString().startsWith(
            "data:application/pdf;base64,JVBERi0"_L1));
        QVERIFY(openaiParts.at(2)["text"_L1].toString().endsWith("what does the report say?"_L1));
        QCOMPARE(formsOf(resultFor(lines, u"az/gpt-4.1-mini"_s)), (QStringList {u"native"_s, u"native"_s}));

        // Claude 3 Haiku sees images but takes no PDF: the image, the pages drawn, their text.
        const QJsonObject claude = lastMessage(requestFor(u"claude-3-haiku-20240307"_s), u"messages"_s);
        QCOMPARE(partTypes(claude), (QStringList {u"image"_s, u"image"_s, u"image"_s, u"text"_s}));
        const QJsonArray claudeParts = claude.value("content"_L1).toArray();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(claudeParts.at(i)["source"_L1]["type"_L1].toString(), u"base64"_s);
            QVERIFY(!claudeParts.at(i)["source"_L1]["data"_L1].toString().isEmpty());
        }
        const QString claudeText = claudeParts.at(3)["text"_L1].toString();
        QVERIFY2(claudeText.contains(uR"(<document name="report.pdf" pages="2">)"_s), qPrintable(claudeText));
        QVERIFY2(claudeText.contains(u"Quarterly revenue rose 12 percent."_s), qPrintable(claudeText));
        const QJsonObject claudeResult = resultFor(lines, u"an/claude-3-haiku-20240307"_s);
        QCOMPARE(formsOf(claudeResult), (QStringList {u"native"_s, u"page-images"_s}));
        QCOMPARE(claudeResult.value("received"_L1).toArray().at(1)["page_images"_L1].toInt(), 2);
        QVERIFY(claudeResult.value("received"_L1).toArray().at(0)["tokens"_L1].toInt() > 0);

        // Gemini: both inline, the PDF as application/pdf.
        const QJsonObject gemini = lastMessage(requestFor(u"gemini-2.5-flash"_s), u"contents"_s);
        const QJsonArray geminiParts = gemini.value("parts"_L1).toArray();
        QCOMPARE(geminiParts.size(), 3);
        QCOMPARE(geminiParts.at(0)["inline_data"_L1]["mime_type"_L1].toString(), u"image/png"_s);
        QCOMPARE(geminiParts.at(1)["inline_data"_L1]["mime_type"_L1].toString(), u"application/pdf"_s);
        QCOMPARE(formsOf(resultFor(lines, u"ge/gemini-2.5-flash"_s)), (QStringList {u"native"_s, u"native"_s}));

        // Llama 3.2 reads text only: no image, the PDF's text before the prompt.
        const QJsonObject llama = lastMessage(requestFor(u"llama3.2"_s), u"messages"_s);
        QVERIFY(!llama.contains("images"_L1));
        const QString llamaText = llama.value("content"_L1).toString();
        QVERIFY2(llamaText.contains(u"Contact jane.doe@example.com"_s), qPrintable(llamaText));
        QVERIFY(llamaText.endsWith("what does the report say?"_L1));
        const QJsonObject llamaResult = resultFor(lines, u"ol/llama3.2"_s);
        QCOMPARE(formsOf(llamaResult), (QStringList {u"omitted"_s, u"text"_s}));
        QCOMPARE(
            llamaResult.value("received"_L1).toArray().at(0)["note"_L1].toString(), u"the model takes no images"_s);

        // Kept with the turn: a follow-up sends the files again, with the earlier prompt.
        const qint64 conversation = lines.first().value("conversation_id"_L1).toInteger();
        QVERIFY(conversation > 0);
        m_server.clearRequests();
        const Testing::CliResult next = run({u"ask"_s,
            u"--json"_s,
            u"--conversation"_s,
            QString::number(conversation),
            u"--target"_s,
            u"az/gpt-4.1-mini"_s,
            u"And the trend?"_s});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        const QJsonArray messages = requestFor(u"gpt-4.1-mini"_s).json.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(partTypes(messages.at(0).toObject()), (QStringList {u"image_url"_s, u"file"_s, u"text"_s}));
        QCOMPARE(messages.at(2)["content"_L1].toString(), u"And the trend?"_s);
        QVERIFY(!jsonLines(next.outBytes).first().contains("received"_L1)); // nothing attached this time
    }

    void whatAModelReadsComesFromItsListThenFromYourChoice()
    {
        // The built-in table says every Claude 3+ sees; this provider's list says otherwise.
        const QString model = u"claude-sonnet-4-text"_s;
        m_server.setModels({model, u"claude-sonnet-4-5"_s});
        m_server.setModelReads({{model, QString()}});
        const auto readsOf = [&](const QStringList &extra) {
            const Testing::CliResult r
                = run(QStringList {u"models"_s, u"reads"_s, u"--json"_s, u"an"_s, model} + extra);
            return r.exitCode == 0 ? QJsonDocument::fromJson(r.outBytes).object() : QJsonObject {{"error"_L1, r.err}};
        };
        const auto imageForm = [&] {
            const Testing::CliResult r
                = run({u"ask"_s, u"--json"_s, u"--attach"_s, m_image, u"--target"_s, u"an/"_s + model, u"Look."_s});
            const QList<QJsonObject> lines = jsonLines(r.outBytes);
            return lines.isEmpty() ? r.err : formsOf(lines.first()).join(u',');
        };
        QCOMPARE(readsOf({}), (QJsonObject {{"images"_L1, true}, {"pdfs"_L1, true}, {"source"_L1, u"built-in"_s}}));

        const Testing::CliResult listed = run({u"models"_s, u"--json"_s, u"an"_s});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray models = QJsonDocument::fromJson(listed.outBytes).array();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0)["reads"_L1].toObject(),
            (QJsonObject {{"images"_L1, true}, {"pdfs"_L1, true}, {"source"_L1, u"built-in"_s}})); // says nothing
        QCOMPARE(models.at(1)["id"_L1].toString(), model);
        QCOMPARE(models.at(1)["reads"_L1].toObject(),
            (QJsonObject {{"images"_L1, false}, {"pdfs"_L1, false}, {"source"_L1, u"listed"_s}}));
        QCOMPARE(imageForm(), u"omitted"_s);
        QVERIFY(!requestFor(model).body.contains(R"("type":"image")"));

        // The user's choice wins, and is kept when the list comes again.
        QCOMPARE(
            readsOf({u"image"_s}), (QJsonObject {{"images"_L1, true}, {"pdfs"_L1, false}, {"source"_L1, u"chosen"_s}}));
        QVERIFY(run({u"models"_s, u"an"_s}).exitCode == 0);
        QCOMPARE(readsOf({}).value("source"_L1).toString(), u"chosen"_s);
        m_server.clearRequests();
        QCOMPARE(imageForm(), u"native"_s);
        QVERIFY(requestFor(model).body.contains(R"("type":"image")"));
        // auto: back to the list; a word that is not a choice is refused.
        QCOMPARE(readsOf({u"auto"_s}).value("source"_L1).toString(), u"listed"_s);
        const Testing::CliResult wrong = run({u"models"_s, u"reads"_s, u"an"_s, model, u"video"_s});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(u"'video' is not what a model reads"_s), qPrintable(wrong.err));
        const Testing::CliResult said = run({u"models"_s, u"reads"_s, u"an"_s, model});
        QCOMPARE(said.out.trimmed(), u"%1 reads text only (the provider's model list)."_s.arg(model));
        m_server.setModels({u"fake-small"_s, u"fake-large"_s});
        m_server.setModelReads({});
    }

    void aRedactionRuleSendsThePdfAsRedactedTextNeverItsPages()
    {
        const Testing::CliResult rule
            = run({u"rules"_s, u"add"_s, u"Hide mail"_s, u"--if"_s, u"sensitive:email"_s, u"--redact"_s});
        QVERIFY2(rule.exitCode == 0, qPrintable(rule.err));
        const Testing::CliResult r = run({u"ask"_s,
            u"--json"_s,
            u"--attach"_s,
            m_pdf,
            u"--target"_s,
            u"ge/gemini-2.5-flash"_s,
            u"--target"_s,
            u"an/claude-3-haiku-20240307"_s,
            u"Summarise the report."_s});
        QCOMPARE(run({u"rules"_s, u"remove"_s, u"Hide mail"_s}).exitCode, 0);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        for (const QString &model : {u"gemini-2.5-flash"_s, u"claude-3-haiku-20240307"_s}) {
            const Fake::RecordedRequest request = requestFor(model);
            QVERIFY2(!request.body.contains("jane.doe"), request.body.constData());
            QVERIFY2(request.body.contains("Contact [EMAIL_1]"), request.body.constData());
            QVERIFY2(!request.body.contains("application/pdf"), request.body.constData());
            QVERIFY2(!request.body.contains("image/"), request.body.constData()); // no page drawn
        }
        const QList<QJsonObject> lines = jsonLines(r.outBytes);
        const QJsonObject gemini = resultFor(lines, u"ge/gemini-2.5-flash"_s);
        QCOMPARE(formsOf(gemini), QStringList {u"text"_s});
        QVERIFY(gemini.value("received"_L1).toArray().at(0)["note"_L1].toString().startsWith("redacted"_L1));

        // A follow-up of that turn sends the redacted text again, not the file.
        m_server.clearRequests();
        const Testing::CliResult next = run({u"ask"_s,
            u"--conversation"_s,
            QString::number(gemini.value("conversation_id"_L1).toInteger()),
            u"--target"_s,
            u"ge/gemini-2.5-flash"_s,
            u"Shorter."_s});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        const QByteArray followUp = requestFor(u"gemini-2.5-flash"_s).body;
        QVERIFY2(followUp.contains("Contact [EMAIL_1]") && !followUp.contains("application/pdf"), followUp.constData());
    }

    void aProviderThatRefusesTheImageLeavesTheOthers()
    {
        Fake::Script refused;
        refused.status = 400;
        refused.errorBody
            = R"({"error":{"message":"Invalid image: the image could not be processed.","type":"invalid_request_error"}})";
        m_server.enqueueFor(u"gpt-4o"_s, refused);
        const Testing::CliResult r = run({u"ask"_s,
            u"--json"_s,
            u"--attach"_s,
            m_image,
            u"--target"_s,
            u"az/gpt-4o"_s,
            u"--target"_s,
            u"ge/gemini-2.5-flash"_s,
            u"Describe it."_s});
        QCOMPARE(r.exitCode, 1); // one target failed
        const QList<QJsonObject> lines = jsonLines(r.outBytes);
        const QJsonObject failed = resultFor(lines, u"az/gpt-4o"_s);
        QCOMPARE(failed.value("status"_L1).toString(), u"error"_s);
        QVERIFY2(failed["error"_L1]["message"_L1].toString().contains("Invalid image"_L1),
            QJsonDocument(failed).toJson().constData());
        QCOMPARE(formsOf(failed), QStringList {u"native"_s}); // it was sent the image, and said no
        QCOMPARE(resultFor(lines, u"ge/gemini-2.5-flash"_s).value("status"_L1).toString(), u"ok"_s);
    }

    // JSON export is lossless: the files travel in it once, and an import into another data
    // directory exports the same bytes again; a damaged file is refused, nothing imported.
    void attachmentsTravelInTheJsonExport()
    {
        const QString first = m_dir.filePath(u"first.json"_s);
        Testing::CliResult r = run({u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(first);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray exported = file.readAll();
        file.close();
        const QByteArray pdfBase64 = [this] {
            QFile pdf(m_pdf);
            return pdf.open(QIODevice::ReadOnly) ? pdf.readAll().toBase64() : QByteArray();
        }();
        QCOMPARE(exported.count(pdfBase64), 1); // attached in several turns, written once
        QVERIFY(exported.contains("\"received\":[{"));
        QVERIFY(exported.contains("\"redacted_text\":\"Quarterly revenue rose 12 percent.\\fContact [EMAIL_1]"));

        const QString other = m_dir.filePath(u"other"_s);
        Testing::CliRunner elsewhere(Quorum::Testing::buildPath(QUORUM_BINARY), other);
        r = elsewhere.run({u"import"_s, first});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString second = m_dir.filePath(u"second.json"_s);
        QCOMPARE(elsewhere.run({u"export"_s, u"--all"_s, u"--format"_s, u"json"_s, u"-o"_s, second}).exitCode, 0);
        QFile again(second);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY2(again.readAll() == exported, "the second export differs from the first");

        // The page shows the image (inline: it fetches nothing) and names the PDF; Markdown names both.
        const QString html = m_dir.filePath(u"page.html"_s);
        QCOMPARE(run({u"export"_s, u"--all"_s, u"--format"_s, u"html"_s, u"-o"_s, html}).exitCode, 0);
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString pageText = QString::fromUtf8(page.readAll());
        QVERIFY(pageText.contains(u"<img src=\"data:image/png;base64,iVBORw0KGgo"_s));
        QVERIFY2(pageText.contains(u"📎 report.pdf (PDF, 2 pages, "_s), qPrintable(pageText.left(2000)));
        QVERIFY(!pageText.contains(u"src=\"http"_s));
        const Testing::CliResult md = run({u"export"_s, u"--all"_s, u"--format"_s, u"md"_s});
        QVERIFY2(md.out.contains(u"Attached: 📎 chart.png (image, 640 × 480, "_s), qPrintable(md.out.left(2000)));

        // One byte of the PDF changed in the file: refused, with where and why.
        QByteArray damaged = exported;
        const qsizetype at = damaged.indexOf(pdfBase64) + 100;
        damaged[at] = damaged.at(at) == 'A' ? 'B' : 'A';
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly) && badFile.write(damaged) == damaged.size());
        badFile.close();
        Testing::CliRunner fresh(Quorum::Testing::buildPath(QUORUM_BINARY), m_dir.filePath(u"fresh"_s));
        r = fresh.run({u"import"_s, bad});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"attachment"_s) && r.err.contains(u"does not match its sha256"_s), qPrintable(r.err));
    }

    void filesThatCannotBeAttachedSayWhyAndSendNothing()
    {
        const QString missing = m_dir.filePath(u"gone.png"_s);
        const QString disguised = write(u"photo.jpg"_s, QByteArray("PK\x03\x04 not an image at all", 25));
        const QString empty = write(u"empty.txt"_s, {});
        for (const QString &path : {missing, disguised, empty}) {
            const Testing::CliResult r
                = run({u"ask"_s, u"--attach"_s, path, u"--target"_s, u"az/gpt-4.1-mini"_s, u"Look."_s});
            QVERIFY2(r.exitCode != 0, qPrintable(path));
            QVERIFY2(r.err.contains(u"cannot attach %1: "_s.arg(path)), qPrintable(r.err));
        }
        QCOMPARE(m_server.chatRequests().size(), 0);
    }

    void aPdfThatStallsQtPdfIsRefusedWhenItsReaderIsStopped()
    {
        // pdfium loops for ever on this file; the child that reads it is stopped after 10 s.
        const QString stalling = write(u"contract.pdf"_s, Testing::stallingPdf());
        QElapsedTimer timer;
        timer.start();
        const Testing::CliResult r
            = run({u"ask"_s, u"--attach"_s, stalling, u"--target"_s, u"az/gpt-4.1-mini"_s, u"Summarise."_s});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(
            r.err.contains(u"cannot attach %1: contract.pdf: Qt PDF did not finish reading it in 10 s"_s.arg(stalling)),
            qPrintable(r.err));
        QVERIFY2(timer.elapsed() < 30'000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_server.chatRequests().size(), 0);
        // A sound PDF beside it is read as ever (by a new child).
        const Testing::CliResult sound
            = run({u"ask"_s, u"--json"_s, u"--attach"_s, m_pdf, u"--target"_s, u"az/gpt-4.1-mini"_s, u"Summarise."_s});
        QVERIFY2(sound.exitCode == 0, qPrintable(sound.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAttach)
#include "test_cli_attach.moc"
