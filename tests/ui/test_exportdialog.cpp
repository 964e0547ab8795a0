// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// File -> Export on the offscreen platform: the export runs on a worker thread with its own
// connection to the real database file, writes what `quorum export` writes, and a cancel
// leaves no file.
#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QRadioButton>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "buildpaths.h"
#include "common/settings.h"
#include "common/translations.h"
#include "documents/exportjob.h"
#include "exchange/exportdialog.h"
#include "export/importjob.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerconfig.h"
#include "screenshots.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QList<qint64> m_ids;

    void seed(int conversations, int turns)
    {
        QList<ConversationStore::Import> items;
        for (int c = 0; c < conversations; ++c) {
            ConversationStore::Import item;
            item.conversation.title = u"Conversation %1"_s.arg(c + 1);
            item.conversation.createdAt = 1764000000000 + c * 1000;
            item.conversation.updatedAt = item.conversation.createdAt;
            for (int t = 0; t < turns; ++t) {
                TurnRecord turn;
                turn.id = t + 1;
                turn.parentId = t > 0 ? std::optional<qint64>(t) : std::nullopt;
                turn.prompt = u"Question %1 of conversation %2?"_s.arg(t + 1).arg(c + 1);
                turn.createdAt = item.conversation.createdAt + t;
                for (const QString &model : {u"gpt-4.1"_s, u"claude-sonnet-4-5"_s}) {
                    ResponseRecord r;
                    r.providerId = u"p"_s;
                    r.model = model;
                    r.text = QString(400, u'x') + u"\n\n```cpp\nint main() {}\n```"_s;
                    r.status = ResponseStatus::Done;
                    r.costNanos = 100;
                    turn.responses.append(r);
                }
                item.turns.append(turn);
            }
            items.append(item);
        }
        const auto ids = ConversationStore(*m_database).importConversations(items);
        QVERIFY(ids);
        m_ids = *ids;
    }

    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(m_dir->filePath(u"quorum.db"_s));
        QVERIFY(db);
        m_database = std::move(*db);
    }

    void cleanup() { m_database.reset(); }

    void exportsWhatTheCommandLineExports()
    {
        seed(3, 4);
        ExportDialog dialog(m_database.get(), m_ids.at(1));
        dialog.show();
        QSignalSpy finished(dialog.job(), &ExportJob::finished);
        const QString path = m_dir->filePath(u"all.md"_s);
        dialog.setFormat(ExportJob::Format::Markdown);
        dialog.setAllConversations(true);
        dialog.setPath(path);
        dialog.startExport();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(dialog.resultText(), u"Exported 3 conversations to %1."_s.arg(path));
        Testing::saveScreenshots(&dialog, u"export-dialog"_s);
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QVERIFY(ExportJob::write(ConversationStore(*m_database), m_ids, ExportJob::Format::Markdown, expected));
        QCOMPARE(read(path), expected.data());

        // This conversation only, as JSON: the suffix follows the format.
        dialog.setAllConversations(false);
        dialog.setPath(m_dir->filePath(u"one.md"_s));
        dialog.setFormat(ExportJob::Format::Json);
        dialog.startExport();
        QVERIFY(finished.wait(10000));
        QVERIFY(QFile::exists(m_dir->filePath(u"one.json"_s)));
        QVERIFY(read(m_dir->filePath(u"one.json"_s)).contains("Question 1 of conversation 2?"));
        QVERIFY(!read(m_dir->filePath(u"one.json"_s)).contains("conversation 1?"));

        // A selection from the list (Ctrl+click): the first and the third, as CSV.
        dialog.setSelection({m_ids.at(0), m_ids.at(2)});
        QVERIFY(dialog.findChild<QRadioButton *>(u"exportSelected"_s)->isChecked());
        QCOMPARE(dialog.findChild<QRadioButton *>(u"exportSelected"_s)->text(), u"The 2 selected conversations"_s);
        dialog.setFormat(ExportJob::Format::Csv);
        dialog.startExport();
        QVERIFY(finished.wait(10000));
        QBuffer selected;
        selected.open(QIODevice::WriteOnly);
        QVERIFY(ExportJob::write(
            ConversationStore(*m_database), {m_ids.at(0), m_ids.at(2)}, ExportJob::Format::Csv, selected));
        QCOMPARE(read(m_dir->filePath(u"one.csv"_s)), selected.data());
        Testing::saveScreenshots(&dialog, u"export-dialog-selection"_s);
    }

    // HTML and PDF are laid out on the export's worker thread (fonts, QTextDocument).
    void htmlAndPdfOnTheWorkerThread()
    {
        seed(2, 3);
        ExportDialog dialog(m_database.get(), m_ids.at(0));
        QSignalSpy finished(dialog.job(), &ExportJob::finished);
        dialog.setPath(m_dir->filePath(u"one.md"_s));
        dialog.setFormat(ExportJob::Format::Html); // the suffix follows
        dialog.startExport();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(dialog.resultText()));
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QVERIFY(ExportJob::write(ConversationStore(*m_database), {m_ids.at(0)}, ExportJob::Format::Html, expected));
        QCOMPARE(read(m_dir->filePath(u"one.html"_s)), expected.data());

        dialog.setFormat(ExportJob::Format::Pdf);
        dialog.setPageSize(ExportJob::PageSize::Letter);
        dialog.setAllConversations(true);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"exportPath"_s)->text(), m_dir->filePath(u"one.pdf"_s));
        dialog.startExport();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.takeFirst().at(0).toBool(), qPrintable(dialog.resultText()));
        const QByteArray pdf = read(m_dir->filePath(u"one.pdf"_s));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/MediaBox [0 0 612.000000 792.000000]")); // Letter, in points
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        Testing::saveScreenshots(&dialog, u"export-dialog-pdf"_s);
    }

    void cancelLeavesNoFile()
    {
        seed(300, 20);
        ExportDialog dialog(m_database.get(), 0);
        QSignalSpy finished(dialog.job(), &ExportJob::finished);
        QSignalSpy progress(dialog.job(), &ExportJob::progress);
        const QString path = m_dir->filePath(u"big.json"_s);
        dialog.setFormat(ExportJob::Format::Json);
        dialog.setPath(path);
        dialog.startExport();
        QVERIFY(progress.wait(10000)); // it has begun
        dialog.job()->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(dialog.resultText(), u"Cancelled: nothing was written."_s);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir->path()).entryList({u"big.json*"_s}, QDir::Files | QDir::Hidden), QStringList {});
    }

    // File -> Import in the window: on a worker thread, a summary, the list reloaded; the
    // same file again adds nothing; a broken file imports nothing and says where it broke.
    void importThroughTheWindow()
    {
        seed(2, 3);
        const QString file = m_dir->filePath(u"both.json"_s);
        {
            QSaveFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(ExportJob::write(ConversationStore(*m_database), m_ids, ExportJob::Format::Json, out));
            QVERIFY(out.commit());
        }
        QTemporaryDir other;
        auto db = Database::open(QDir(other.path()).filePath(u"quorum.db"_s));
        QVERIFY(db);
        Settings settings(QDir(other.path()).filePath(u"settings.ini"_s));
        ProviderConfig providers(other.path());
        QNetworkAccessManager network; // nothing is sent: it lets the window open conversations
        AppServices services;
        services.dataDir = other.path();
        services.database = db->get();
        services.providers = &providers;
        services.network = &network;
        MainWindow window(settings, services);
        window.resize(1280, 820);
        window.show();
        QVERIFY(window.findChild<QAction *>(u"importAction"_s)->isEnabled());
        ImportJob *job = window.importFile(file);
        QSignalSpy finished(job, &ImportJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.lastImportSummary(), u"Imported 2 conversations."_s);
        QTRY_VERIFY(window.findChild<QMessageBox *>(u"importSummary"_s));
        QCOMPARE(ConversationStore(**db).listConversations()->size(), 2);

        job = window.importFile(file);
        QSignalSpy again(job, &ImportJob::finished);
        QVERIFY(again.wait(10000));
        QCOMPARE(window.lastImportSummary(),
            u"Imported 0 conversations. Skipped 2 already there: Conversation 1, Conversation 2."_s);

        QFile broken(m_dir->filePath(u"broken.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(read(file).left(300));
        broken.close();
        job = window.importFile(broken.fileName());
        QSignalSpy failed(job, &ImportJob::finished);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toBool(), false);
        QVERIFY2(
            window.lastImportSummary().contains(u"not valid JSON at line"_s), qPrintable(window.lastImportSummary()));
        QCOMPARE(ConversationStore(**db).listConversations()->size(), 2);

        // ChatGPT's conversations.json, recognised as such; the imported tree opens on the
        // branch ChatGPT showed last.
        job = window.importFile(Quorum::Testing::buildPath(QUORUM_SAMPLES_DIR "/chatgpt-conversations.json"));
        QSignalSpy chatgpt(job, &ImportJob::finished);
        QVERIFY(chatgpt.wait(10000));
        QCOMPARE(window.lastImportSummary(), u"Imported 2 conversations."_s);
        const QList<qint64> imported = chatgpt.first().at(2).value<QList<qint64>>();
        QCOMPARE(imported.size(), 2);
        QCOMPARE(ConversationStore(**db).listConversations()->size(), 4);
        window.openConversation(imported.first());
        QTRY_VERIFY(window.findChildren<QWidget *>(u"answerPane"_s).size() >= 2);
        Testing::saveScreenshots(&window, u"imported-chatgpt"_s);
    }

    void anUnwritablePlaceIsSaid()
    {
        seed(1, 1);
        ExportDialog dialog(m_database.get(), m_ids.first());
        QSignalSpy finished(dialog.job(), &ExportJob::finished);
        dialog.setPath(m_dir->filePath(u"no/such/dir/x.md"_s));
        dialog.startExport();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(dialog.resultText().startsWith(u"Cannot write"_s), qPrintable(dialog.resultText()));
    }
};

QTEST_MAIN(TestExportDialog)
#include "test_exportdialog.moc"
