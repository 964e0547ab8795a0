// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// Quorum with the keyboard and a screen reader: every control a user can reach has a name as
// assistive technology reads it (QAccessibleInterface::text(Name), which a button's text or a
// form label's buddy gives too), in the main window and on every Settings tab; and the Tab key
// walks the main window through its working controls and comes back round. In every language
// Quorum speaks, no two controls a user sees at once share an Alt+letter, nor two entries of a
// menu (a clash makes the letter cycle instead of act).
#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "appfixture.h"
#include "awshome.h"
#include "chat/appservices.h"
#include "common/settings.h"
#include "common/translations.h"
#include "exchange/exportdialog.h"
#include "languages.h"
#include "mainwindow/mainwindow.h"
#include "providers/providerconfig.h"
#include "screenshots.h"
#include "secrets/secretstore.h"
#include "settings/providerspage.h"
#include "settings/rulespage.h"
#include "settings/settingsdialog.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

namespace
{
//! Controls the keyboard can reach in \a root (shown, enabled, taking Tab focus).
QList<QWidget *> reachable(QWidget *root)
{
    QList<QWidget *> found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisibleTo(root) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->objectName().startsWith(u"qt_"_s) && !w->inherits("QComboBoxListView")
            && !qobject_cast<QLineEdit *>(w->parentWidget())) { // a combo box's own line edit
            found << w;
        }
    }
    return found;
}

QString describe(const QWidget *w)
{
    return u"%1 (%2, in %3)"_s.arg(w->objectName(),
        QString::fromLatin1(w->metaObject()->className()),
        w->parentWidget() ? w->parentWidget()->objectName() : QString());
}

//! The controls of \a root without a name for a screen reader.
QStringList nameless(QWidget *root)
{
    QStringList missing;
    for (QWidget *w : reachable(root)) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().remove(u'&').isEmpty()) {
            missing << describe(w);
        }
    }
    return missing;
}

//! The letter Alt+letter would press in \a text ("Sa&ve" -> 'v'), or a null QChar ("&&" is a '&').
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] != u'&') {
                return text[i + 1].toLower();
            }
            ++i;
        }
    }
    return {};
}

//! The texts of \a texts that share their mnemonic with another, as "x: &Foo | Fo&x".
QStringList clashes(const QStringList &texts)
{
    QMultiHash<QChar, QString> byLetter;
    for (const QString &text : texts) {
        if (const QChar letter = mnemonic(text); !letter.isNull()) {
            byLetter.insert(letter, text);
        }
    }
    QStringList found;
    for (const QChar letter : byLetter.uniqueKeys()) {
        if (byLetter.count(letter) > 1) {
            found << QString(letter) + u": "_s + byLetter.values(letter).join(u" | "_s);
        }
    }
    return found;
}

//! The texts with a mnemonic a user sees at once in \a window: buttons, labels' buddies, group
//! boxes, tabs and the menu bar's titles.
QStringList visibleMnemonicTexts(QWidget *window)
{
    QStringList texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window)) {
            continue;
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            texts << button->text();
        } else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            texts << label->text();
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            texts << group->title();
        } else if (auto *tabBar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabBar->count(); ++i) {
                texts << tabBar->tabText(i);
            }
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            for (const QAction *action : menuBar->actions()) {
                texts << action->text();
            }
        }
    }
    return texts;
}

//! Clashes inside \a menu and its submenus, each prefixed with the menu's title.
QStringList menuClashes(const QMenu *menu)
{
    QStringList texts;
    QStringList found;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        texts << action->text();
        if (action->menu()) {
            found << menuClashes(action->menu());
        }
    }
    for (const QString &clash : clashes(texts)) {
        found << menu->title().remove(u'&') + u" menu, "_s + clash;
    }
    return found;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::AppFixture> m_app;
    qint64 m_conversation = 0;

    AppServices services() { return m_app->services(); }

    //! The window, shown, with the stored conversation open and its panes on screen.
    std::unique_ptr<MainWindow> openWindow(QSize size)
    {
        auto window = std::make_unique<MainWindow>(m_app->settings(), services());
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return nullptr;
        }
        window->openConversation(m_conversation);
        const bool panes = QTest::qWaitFor([&window] {
            const auto *pick = window->findChild<QWidget *>(u"pickButton"_s);
            return pick && pick->isVisible();
        });
        return panes ? std::move(window) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        QAccessible::setActive(true);
        m_app = std::make_unique<Testing::AppFixture>();
        QVERIFY2(m_app->problem().isEmpty(), qPrintable(m_app->problem()));
        QVERIFY(m_app->addAccount(*ProviderAccount::create(u"work"_s, u"openai"_s))); // past the first-run panel
        // A conversation with two answers: its panes and their buttons are part of the checks.
        ConversationStore store(*m_app->database());
        const auto conversation = store.createConversation(u"Quicksort"_s);
        QVERIFY(conversation);
        m_conversation = *conversation;
        const auto turn = store.addTurn(m_conversation,
            u"Write a quicksort."_s,
            {{u"work"_s, u"gpt-4.1"_s, {}}, {u"work"_s, u"gpt-4.1-mini"_s, {}}});
        QVERIFY(turn);
        for (ResponseRecord response : turn->responses) {
            response.status = ResponseStatus::Done;
            response.text = u"Here is one:\n\n```python\ndef quicksort(xs):\n    return xs\n```"_s;
            QVERIFY(store.finishResponse(response));
        }
    }

    void theMainWindowNamesEveryControl()
    {
        const auto opened = openWindow(QSize(1200, 800));
        QVERIFY(opened);
        MainWindow &window = *opened;
        QVERIFY2(reachable(&window).size() >= 20, qPrintable(QString::number(reachable(&window).size())));
        const QStringList missing = nameless(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(u"no accessible name: "_s + missing.join(u"; "_s)));
    }

    void everySettingsTabNamesEveryControl()
    {
        SettingsDialog dialog(services());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>();
        QVERIFY(tabs->count() >= 5);
        QStringList missing;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            for (const QString &control : nameless(tabs->widget(i))) {
                missing << tabs->tabText(i).remove(u'&') + u": "_s + control;
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"no accessible name: "_s + missing.join(u"; "_s)));
    }

    void theTranslatedWindowForItsScreenshot_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("chooseModels");
        QTest::newRow("de") << u"de"_s << QStringList {u"Datei"_s, u"Bearbeiten"_s, u"Ansicht"_s, u"Hilfe"_s}
                            << u"Modelle wählen"_s;
        QTest::newRow("fr") << u"fr"_s << QStringList {u"Fichier"_s, u"Édition"_s, u"Affichage"_s, u"Aide"_s}
                            << u"Choisir des modèles"_s;
    }

    void theTranslatedWindowForItsScreenshot()
    {
        // The window as a German or French user sees it (QUORUM_SCREENSHOT_DIR keeps the
        // picture): every visible text of the menus and the composer is translated.
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, chooseModels);
        const Testing::SpeakLanguage speaking(language);
        QVERIFY(speaking.translated());
        const auto opened = openWindow(QSize(1200, 760));
        QVERIFY(opened);
        MainWindow &window = *opened;
        QStringList titles;
        for (QAction *action : window.menuBar()->actions()) {
            titles << action->text().remove(u'&');
        }
        QCOMPARE(titles, menus);
        QCOMPARE(window.findChild<QToolButton *>(u"modelPickerButton"_s)->accessibleName(), chooseModels);
        Testing::saveScreenshots(&window, u"main-window-"_s + language);
    }

    void noTwoControlsShareAnAltLetter_data() { Testing::addLanguageRows(); }

    void noTwoControlsShareAnAltLetter()
    {
        QFETCH(QString, language);
        const Testing::SpeakLanguage speaking(language);
        QVERIFY(speaking.translated() || language == "en"_L1);
        // A Bedrock account too, so that its rows on the Providers page are shown and checked.
        Testing::AwsHome aws;
        aws.applyToThisProcess();
        m_app->providers().upsert(ProviderAccount::bedrock(u"aws"_s, u"eu-west-1"_s));
        const auto withoutBedrock = qScopeGuard([this] { m_app->providers().remove(u"aws"_s); });
        QStringList found;

        {
            const auto opened = openWindow(QSize(1200, 800));
            QVERIFY(opened);
            for (const QString &clash : clashes(visibleMnemonicTexts(opened.get()))) {
                found << u"main window, "_s + clash;
            }
            for (const QAction *action : opened->menuBar()->actions()) {
                found << menuClashes(action->menu());
            }
        }

        SettingsDialog settings(services());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        auto *tabs = settings.findChild<QTabWidget *>();
        const auto check = [&found, &settings, tabs](const QString &where) {
            for (const QString &clash : clashes(visibleMnemonicTexts(&settings))) {
                found << tabs->tabText(tabs->currentIndex()).remove(u'&') + where + u", "_s + clash;
            }
        };
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(QString());
        }
        // Each kind of account shows its own rows on the Providers page.
        tabs->setCurrentWidget(settings.findChild<ProvidersPage *>());
        auto *accounts = settings.findChild<QListView *>(u"accountList"_s);
        QVERIFY(accounts && accounts->model()->rowCount() >= 3);
        for (int row = 0; row < accounts->model()->rowCount(); ++row) {
            accounts->setCurrentIndex(accounts->model()->index(row, 0));
            check(u" ("_s + accounts->currentIndex().data().toString() + u')');
        }
        Testing::saveScreenshots(&settings, u"settings-bedrock-"_s + language); // the longest form
        // The rule form, with each action's own row.
        tabs->setCurrentWidget(settings.findChild<RulesPage *>());
        QTest::mouseClick(settings.findChild<QPushButton *>(u"addRuleButton"_s), Qt::LeftButton);
        auto *action = settings.findChild<QComboBox *>(u"ruleAction"_s);
        QVERIFY(action && action->isVisible());
        for (int i = 0; i < action->count(); ++i) {
            action->setCurrentIndex(i);
            Q_EMIT action->activated(i);
            check(u" ("_s + action->currentText() + u')');
        }
        Testing::saveScreenshots(&settings, u"settings-rule-"_s + language);

        ExportDialog exportDialog(m_app->database(), m_conversation);
        exportDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportDialog));
        Testing::saveScreenshots(&exportDialog, u"export-dialog-"_s + language);
        for (const QString &clash : clashes(visibleMnemonicTexts(&exportDialog))) {
            found << u"export, "_s + clash;
        }
        QVERIFY2(found.isEmpty(), qPrintable(u"the same Alt+letter twice: "_s + found.join(u"; "_s)));
    }

    void tabWalksTheMainWindowAndComesBackRound()
    {
        const auto opened = openWindow(QSize(1200, 800));
        QVERIFY(opened);
        MainWindow &window = *opened;
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *prompt = window.findChild<QPlainTextEdit *>(u"promptEdit"_s);
        prompt->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(prompt));

        QStringList visited;
        for (int i = 0; i < 100; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            if (focus == prompt) {
                break;
            }
            visited << focus->objectName();
        }
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(prompt)); // round, no trap
        // The working controls are all on the way: new conversation, search, the model choice
        // and Auto, the model sets, the system prompt.
        for (const QString &control : {u"newConversationButton"_s,
                 u"conversationSearchEdit"_s,
                 u"modelSetsButton"_s,
                 u"autoButton"_s,
                 u"modelPickerButton"_s,
                 u"systemPromptButton"_s,
                 u"conversationListView"_s,
                 u"pickButton"_s}) {
            QVERIFY2(
                visited.contains(control), qPrintable(control + u" not reached; went: "_s + visited.join(u", "_s)));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
