// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// The prompt library in the window (#22): a prompt with {{variables}} saved in View ->
// Prompt Library, edited into a second version; used from the composer's Library menu, which
// asks for its variables in a form; a persona becomes the system prompt; the answers sent
// record which versions they used. Screenshots of the library and the form, light and dark.
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include "appfixture.h"
#include "chat/chatsession.h"
#include "common/translations.h"
#include "composer/composer.h"
#include "experiment/experimentrunner.h"
#include "experiments/experimentwindow.h"
#include "fakeaccounts.h"
#include "fakeproviderserver.h"
#include "library/promptlibrarydialog.h"
#include "library/promptvariablesdialog.h"
#include "mainwindow/mainwindow.h"
#include "models/promptlistmodel.h"
#include "screenshots.h"
#include "storage/conversationstore.h"
#include "storage/promptstore.h"

using namespace Qt::StringLiterals;
using namespace Quorum;
using Fake::Protocol;

class TestPromptLibrary : public QObject
{
    Q_OBJECT

private:
    Fake::FakeProviderServer m_server;
    std::unique_ptr<Testing::AppFixture> m_app;

    //! Fills the variables form that the next use opens, then presses Use (or Cancel).
    static void answerForm(const QHash<QString, QString> &values, bool accept = true, QString *preview = nullptr)
    {
        QTimer::singleShot(0, [values, accept, preview] {
            auto *form = qobject_cast<PromptVariablesDialog *>(QApplication::activeModalWidget());
            QVERIFY(form);
            QPushButton *use = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!use->isEnabled()); // every variable needs a value first
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                QVERIFY2(form->field(it.key()), qPrintable(it.key()));
                form->field(it.key())->setText(it.value());
            }
            if (preview) {
                *preview = form->findChild<QPlainTextEdit *>(u"preview"_s)->toPlainText();
            }
            Testing::saveScreenshots(form, u"prompt-variables"_s);
            if (accept) {
                QVERIFY(use->isEnabled());
                use->click();
            } else {
                form->reject();
            }
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QVERIFY(m_server.listen());
    }

    void init()
    {
        m_server.clearRequests();
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
        QVERIFY(m_app->addAccount(Testing::fakeAccount(m_server, Protocol::OpenAiChat, u"oa"_s)));
    }

    void cleanup() { m_app.reset(); }

    void savedEditedAndUsedWithItsVariables()
    {
        MainWindow main(m_app->settings(), m_app->services());
        main.resize(1200, 800);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        main.findChild<QAction *>(u"promptLibraryAction"_s)->trigger();
        auto *library = main.findChild<PromptLibraryDialog *>();
        QVERIFY(library && library->isVisible());

        // A new prompt, saved; then edited into version 2.
        library->findChild<QLineEdit *>(u"name"_s)->setText(u"Code review"_s);
        auto *text = library->findChild<QPlainTextEdit *>(u"text"_s);
        text->setPlainText(u"Review this {{language}} code:"_s);
        QCOMPARE(library->findChild<QLabel *>(u"variables"_s)->text(), u"Variables: language"_s);
        library->findChild<QPushButton *>(u"saveButton"_s)->click();
        QCOMPARE(library->statusText(), u"Saved 'Code review' as version 1."_s);
        text->setPlainText(u"Review this {{language}} code for {{focus}}:"_s);
        auto *save = library->findChild<QPushButton *>(u"saveButton"_s);
        QCOMPARE(save->text(), u"&Save as v2"_s);
        save->click();
        QCOMPARE(library->statusText(), u"Saved as version 2."_s);
        // A persona beside it.
        library->findChild<QPushButton *>(u"newButton"_s)->click();
        library->findChild<QLineEdit *>(u"name"_s)->setText(u"Strict reviewer"_s);
        auto *kind = library->findChild<QComboBox *>(u"kind"_s);
        kind->setCurrentIndex(kind->findData(static_cast<int>(LibraryPrompt::Kind::Persona)));
        text->setPlainText(u"You are a strict reviewer of {{language}}."_s);
        QVERIFY(library->save());
        QCOMPARE(library->model()->rowCount(), 2);
        // Every version is kept and can be shown again.
        QVERIFY(library->select(u"Code review"_s));
        auto *versions = library->findChild<QComboBox *>(u"version"_s);
        QCOMPARE(versions->count(), 2);
        QVERIFY(versions->itemText(0).startsWith(u"v2 (latest)"_s));
        library->showVersion(1);
        QCOMPARE(text->toPlainText(), u"Review this {{language}} code:"_s);
        QVERIFY2(library->statusText().contains(u"saving it makes it version 3"_s), qPrintable(library->statusText()));
        library->showVersion(2);
        Testing::saveScreenshots(library, u"prompt-library"_s);

        // Used from the library window: the form asks for both variables.
        QString preview;
        answerForm({{u"language"_s, u"C++"_s}, {u"focus"_s, u"memory safety"_s}}, true, &preview);
        library->findChild<QPushButton *>(u"useButton"_s)->click();
        QCOMPARE(preview, u"Review this C++ code for memory safety:"_s);
        Composer *composer = main.composer();
        QCOMPARE(composer->prompt(), u"Review this C++ code for memory safety:"_s);
        QCOMPARE(composer->libraryPrompt(), std::optional<PromptRef>(PromptRef {u"Code review"_s, 2}));

        // The persona from the composer's Library menu: the language is remembered.
        auto *libraryButton = composer->findChild<QToolButton *>(u"libraryButton"_s);
        QMenu *menu = libraryButton->menu();
        Q_EMIT menu->aboutToShow();
        QAction *personaAction = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == u"Strict reviewer (v1)"_s) {
                personaAction = action;
            }
        }
        QVERIFY(personaAction);
        QTimer::singleShot(0, [] {
            auto *form = qobject_cast<PromptVariablesDialog *>(QApplication::activeModalWidget());
            QVERIFY(form);
            QCOMPARE(form->field(u"language"_s)->text(), u"C++"_s); // the value used last
            form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        personaAction->trigger();
        QCOMPARE(composer->systemPrompt(), u"You are a strict reviewer of C++."_s);
        QCOMPARE(composer->persona(), std::optional<PromptRef>(PromptRef {u"Strict reviewer"_s, 1}));
        QCOMPARE(composer->findChild<QToolButton *>(u"systemPromptButton"_s)->text(), u"Persona: Strict reviewer"_s);

        // Sent: the answer records both versions, the conversation its persona.
        composer->setTargets({*ChatTarget::parse(u"oa/echo-a"_s)});
        auto *edit = main.findChild<QPlainTextEdit *>(u"promptEdit"_s);
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestsFor(u"echo-a"_s).size() == 1, 10000);
        const QByteArray body = m_server.requestsFor(u"echo-a"_s).first().body;
        QVERIFY(body.contains("You are a strict reviewer of C++.") && body.contains("for memory safety:"));
        const qint64 conversation = main.session()->conversationId();
        QVERIFY(conversation > 0);
        ConversationStore store(*m_app->database());
        QCOMPARE(store.conversation(conversation)->value().persona,
            std::optional<PromptRef>(PromptRef {u"Strict reviewer"_s, 1}));
        const QList<TurnRecord> turns = store.turns(conversation).value_or(QList<TurnRecord> {});
        QCOMPARE(turns.size(), 1);
        QCOMPARE(turns.first().responses.first().parameters.libraryPrompt,
            std::optional<PromptRef>(PromptRef {u"Code review"_s, 2}));
        QCOMPARE(turns.first().responses.first().parameters.persona,
            std::optional<PromptRef>(PromptRef {u"Strict reviewer"_s, 1}));
        // The next prompt, typed by hand, records no library prompt.
        QVERIFY(composer->prompt().isEmpty());
        QVERIFY(!composer->libraryPrompt());

        // A system prompt edited by hand is no longer the persona.
        composer->setSystemPrompt(u"Other"_s);
        QVERIFY(!composer->persona());
        QCOMPARE(composer->findChild<QToolButton *>(u"systemPromptButton"_s)->text(), u"System"_s);
    }

    void cancellingTheFormChangesNothing()
    {
        QVERIFY(
            PromptStore(*m_app->database()).add(u"Ask"_s, LibraryPrompt::Kind::Prompt, u"Tell me about {{topic}}"_s));
        MainWindow main(m_app->settings(), m_app->services());
        main.show();
        Composer *composer = main.composer();
        composer->setPrompt(u"typed already"_s);
        answerForm({{u"topic"_s, u"tea"_s}}, false);
        QVERIFY(!composer->useLibraryPrompt(*PromptStore(*m_app->database()).prompt(u"Ask"_s)));
        QCOMPARE(composer->prompt(), u"typed already"_s); // nothing typed is lost
        QVERIFY(!composer->libraryPrompt());
        // A prompt without variables is used at once.
        QVERIFY(PromptStore(*m_app->database()).add(u"Plain"_s, LibraryPrompt::Kind::Prompt, u"Hello"_s));
        QVERIFY(composer->useLibraryPrompt(*PromptStore(*m_app->database()).prompt(u"Plain"_s)));
        QCOMPARE(composer->prompt(), u"Hello"_s);
    }

    // An experiment's column names a library persona (Persona column): its {{variables}} become
    // case columns, and the cells are asked with its words, filled from each case.
    void experimentColumnsNameALibraryPersona()
    {
        QVERIFY(PromptStore(*m_app->database())
                .add(u"Tone"_s, LibraryPrompt::Kind::Persona, u"You are brief with {{who}}."_s));
        ExperimentWindow window(m_app->services());
        window.show();
        window.findChild<QLineEdit *>(u"experimentName"_s)->setText(u"Tones"_s);
        window.findChild<QPlainTextEdit *>(u"experimentPrompt"_s)->setPlainText(u"Hello"_s);
        window.addVariant({}, u"oa/echo-a"_s, {}, u"Tone@1"_s);
        auto *cases = window.findChild<QTableWidget *>(u"experimentCases"_s);
        QCOMPARE(cases->columnCount(), 1);
        QCOMPARE(cases->horizontalHeaderItem(0)->text(), u"who"_s);
        window.addCase({{u"who"_s, u"Ann"_s}});
        const auto read = window.experiment();
        QVERIFY2(read, qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->variants.at(0).persona, u"Tone@1"_s);
        QSignalSpy finished(window.runner(), &ExperimentRunner::finished);
        QVERIFY2(window.run(), qPrintable(window.problemText()));
        QVERIFY(finished.wait(10000));
        const auto asked = m_server.requestsFor(u"echo-a"_s);
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().body.contains("You are brief with Ann."), asked.first().body.constData());
    }

    void badInputIsSaidInTheWindow()
    {
        PromptLibraryDialog library(m_app->database());
        library.show();
        QVERIFY(PromptStore(*m_app->database()).add(u"Taken"_s, LibraryPrompt::Kind::Prompt, u"x"_s));
        QCOMPARE(library.model()->rowCount(), 1); // the list follows the store
        library.startNew(u"Some text"_s);
        library.findChild<QLineEdit *>(u"name"_s)->setText(u"taken"_s);
        QVERIFY(!library.save());
        QVERIFY2(library.statusText().contains(u"already has 'Taken'"_s), qPrintable(library.statusText()));
        QVERIFY(library.removeShown(false) == false); // nothing saved is shown
        QVERIFY(library.select(u"Taken"_s));
        QVERIFY(library.removeShown(false));
        QCOMPARE(library.model()->rowCount(), 0);
        QVERIFY(!library.findChild<QPushButton *>(u"deleteButton"_s)->isEnabled());
        // Without a database the window says so and saves nothing.
        PromptLibraryDialog none(nullptr);
        QVERIFY(none.statusText().contains(u"without one"_s));
        QVERIFY(!none.save());
    }
};

QTEST_MAIN(TestPromptLibrary)
#include "test_promptlibrary.moc"
