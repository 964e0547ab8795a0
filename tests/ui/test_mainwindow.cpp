// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "common/settings.h"
#include "common/translations.h"
#include "common/version.h"
#include "compare/comparearea.h"
#include "composer/composer.h"
#include "conversations/conversationlistpanel.h"
#include "mainwindow/mainwindow.h"
#include "theme/symbolstyle.h"
#include "theme/theme.h"

using namespace Qt::StringLiterals;
using namespace Quorum;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void opensWithItsThreeAreas()
    {
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"Quorum"_s);

        auto *list = window.findChild<ConversationListPanel *>(u"conversationListPanel"_s);
        auto *compare = window.findChild<CompareArea *>(u"compareArea"_s);
        auto *composer = window.findChild<Composer *>(u"composer"_s);
        QVERIFY(list && compare && composer);
        QVERIFY(list->isVisible() && compare->isVisible() && composer->isVisible());

        // Layout: the list is to the left of the compare area; the composer is below it.
        const QRect listRect(list->mapTo(&window, QPoint()), list->size());
        const QRect compareRect(compare->mapTo(&window, QPoint()), compare->size());
        const QRect composerRect(composer->mapTo(&window, QPoint()), composer->size());
        QVERIFY(listRect.right() < compareRect.left());
        QVERIFY(compareRect.bottom() < composerRect.top());
        QVERIFY(composerRect.left() >= compareRect.left() - 1);
        QVERIFY(compareRect.height() > composerRect.height());

        QVERIFY(window.findChild<QLineEdit *>(u"conversationSearchEdit"_s)->isVisible());
        QVERIFY(window.findChild<QLabel *>(u"conversationListEmptyLabel"_s)->isVisible());
        QVERIFY(window.findChild<QLabel *>(u"compareWelcomeLabel"_s)->isVisible());
        QVERIFY(window.findChild<QPlainTextEdit *>(u"promptEdit"_s)->hasFocus());
    }

    // Theme::SymbolStyle: the standard icons of the first screen are drawn, at any scale, in
    // the palette's colours (not read from Qt's PNG files).
    void standardIconsAreDrawnInThePalettesColours()
    {
        const Theme::SymbolStyle style;
        const QIcon more = style.standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton, nullptr, nullptr);
        QVERIFY(!more.isNull());
        // The size of the pixmap, how many pixels are fully inked, and their colours (the
        // symbol's only: the rest is transparent, nothing left from uninitialised memory).
        const auto ink = [&more] {
            const QImage image = more.pixmap(QSize(16, 16), 2.0).toImage();
            int inked = 0;
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() == 255) {
                        ++inked;
                        colours.insert(c.rgb());
                    }
                }
            }
            return std::tuple {image.size(), inked, colours};
        };
        const QPalette before = QApplication::palette();
        QPalette light = before;
        light.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
        QApplication::setPalette(light);
        const auto [size, inked, colours] = ink();
        QCOMPARE(size, QSize(32, 32)); // device pixels at a scale of 2: crisp, not scaled up
        QVERIFY2(inked > 20, qPrintable(QString::number(inked)));
        QCOMPARE(colours, QSet<QRgb> {QColor(0x20, 0x20, 0x20).rgb()});
        QApplication::setPalette(Theme::darkPalette());
        const auto [darkSize, darkInked, darkColours] = ink();
        QVERIFY(darkInked > 20);
        QCOMPARE(darkColours, QSet<QRgb> {Theme::darkPalette().color(QPalette::WindowText).rgb()});
        QApplication::setPalette(before);
        // The clear button: drawn the same way where the desktop's icon theme has none.
        const QIcon clear = style.standardIcon(QStyle::SP_LineEditClearButton, nullptr, nullptr);
        QVERIFY(!clear.isNull());
        QVERIFY(!clear.pixmap(QSize(16, 16)).isNull());
        // Everything else is the base style's.
        QVERIFY(!style.standardIcon(QStyle::SP_DialogOkButton, nullptr, nullptr).isNull());
    }

    void hasTheMenus()
    {
        MainWindow window(*m_settings);
        QStringList titles;
        for (QAction *action : window.menuBar()->actions()) {
            titles << action->text().remove(u'&');
        }
        QCOMPARE(titles, (QStringList {u"File"_s, u"Edit"_s, u"View"_s, u"Help"_s}));
        QVERIFY(window.findChild<QAction *>(u"aboutAction"_s));
        QVERIFY(window.findChild<QAction *>(u"quitAction"_s));
        QCOMPARE(window.findChild<QAction *>(u"newConversationAction"_s)->shortcut(), QKeySequence(QKeySequence::New));
    }

    void aboutNamesTheVersions()
    {
        const QString text = MainWindow::aboutText();
        QVERIFY(text.contains(u"Quorum "_s + applicationVersion()));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(u"Syntax Highlighting 6."_s), qPrintable(text));
    }

    void sendNeedsAPromptAndAModel()
    {
        MainWindow window(*m_settings);
        Composer *composer = window.composer();
        auto *send = composer->findChild<QPushButton *>(u"sendButton"_s);
        auto *edit = composer->findChild<QPlainTextEdit *>(u"promptEdit"_s);
        QSignalSpy spy(composer, &Composer::sendRequested);

        QVERIFY(!send->isEnabled());
        QTest::keyClicks(edit, u"Hello"_s);
        QVERIFY(!send->isEnabled()); // no model yet
        QVERIFY(composer->findChild<QLabel *>(u"targetsLabel"_s)->isVisibleTo(composer));
        composer->setTargets({*ChatTarget::parse(u"openai/gpt-4.1"_s), *ChatTarget::parse(u"ollama/llama3"_s)});
        QVERIFY(send->isEnabled());
        QCOMPARE(composer->findChildren<QToolButton *>(u"targetChip"_s).size(), 2);
        QVERIFY(!composer->findChild<QLabel *>(u"targetsLabel"_s)->isVisibleTo(composer));
        send->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"Hello"_s);
        composer->setPrompt(u"   \n "_s);
        QVERIFY(!send->isEnabled());
    }

    void newConversationClearsTheComposer()
    {
        MainWindow window(*m_settings);
        window.composer()->setPrompt(u"draft"_s);
        window.findChild<QAction *>(u"newConversationAction"_s)->trigger();
        QVERIFY(window.composer()->prompt().isEmpty());
    }

    void editMenuActsOnTheFocusedField()
    {
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *prompt = window.findChild<QPlainTextEdit *>(u"promptEdit"_s);
        auto *search = window.findChild<QLineEdit *>(u"conversationSearchEdit"_s);
        prompt->setFocus();
        QTest::keyClicks(prompt, u"compare these"_s);
        window.findChild<QAction *>(u"selectAllAction"_s)->trigger();
        window.findChild<QAction *>(u"cutAction"_s)->trigger();
        QVERIFY(prompt->toPlainText().isEmpty());
        window.findChild<QAction *>(u"undoAction"_s)->trigger();
        QCOMPARE(prompt->toPlainText(), u"compare these"_s);

        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        window.findChild<QAction *>(u"pasteAction"_s)->trigger();
        QCOMPARE(search->text(), u"compare these"_s);
    }

    void conversationListCanBeHiddenAndStaysHidden()
    {
        {
            MainWindow window(*m_settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.findChild<QAction *>(u"showConversationListAction"_s)->trigger();
            QVERIFY(!window.conversationList()->isVisible());
            window.close();
        }
        MainWindow reopened(*m_settings);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QVERIFY(!reopened.conversationList()->isVisible());
        QVERIFY(!reopened.findChild<QAction *>(u"showConversationListAction"_s)->isChecked());
    }

    void remembersItsGeometryAndSplitters()
    {
        // Within the offscreen platform's 800x600 screen, which restoreGeometry() clamps to.
        const QRect wanted(30, 20, 700, 520);
        int listWidth = 0;
        {
            MainWindow window(*m_settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            // Under ASan the offscreen platform's own resizes (the first start's size,
            // clamped to its screen) can arrive after ours; set the geometry and the list's
            // width together until both hold. The list's width is what is remembered: the
            // rest of the splitter follows the window's width.
            auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
            // The list's width asked for: 200 px, or less where the other side's minimum
            // width needs it (515 px under ASan's CI, less elsewhere); never the first
            // start's 260, so that what comes back was remembered.
            int wantedList = 0;
            const auto held = [&] {
                window.setGeometry(wanted);
                QCoreApplication::processEvents();
                wantedList = qMax(splitter->widget(0)->minimumSizeHint().width(),
                    qMin(200,
                        splitter->width() - splitter->widget(1)->minimumSizeHint().width() - splitter->handleWidth()));
                splitter->setSizes({wantedList, qMax(1, splitter->width() - wantedList - splitter->handleWidth())});
                QCoreApplication::processEvents();
                return window.geometry().size() == wanted.size() && splitter->sizes().value(0) == wantedList;
            };
            QTRY_VERIFY2(held(),
                qPrintable(u"window %1x%2, splitter %3 wide, sizes %4/%5, minimum widths %6/%7"_s.arg(window.width())
                        .arg(window.height())
                        .arg(splitter->width())
                        .arg(splitter->sizes().value(0))
                        .arg(splitter->sizes().value(1))
                        .arg(splitter->widget(0)->minimumSizeHint().width())
                        .arg(splitter->widget(1)->minimumSizeHint().width())));
            QVERIFY(wantedList != 260);
            listWidth = wantedList;
            window.close();
        }
        {
            Settings reread(m_settings->fileName());
            QVERIFY(!reread.mainWindowGeometry().isEmpty());
        }
        MainWindow reopened(*m_settings);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QTRY_COMPARE(reopened.geometry().size(), wanted.size());
        QTRY_COMPARE(reopened.findChild<QSplitter *>(u"mainSplitter"_s)->sizes().value(0), listWidth);
    }

    void firstStartFitsTheScreen()
    {
        MainWindow window(*m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QVERIFY(available.contains(window.frameGeometry()) || available.contains(window.geometry()));
        QVERIFY(window.width() >= 640);
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window(*m_settings);
        const auto widgets = window.findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *w : widgets) {
            if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractButton *>(w)
                || qobject_cast<QListView *>(w)) {
                if (w->objectName().startsWith(u"qt_"_s) || qobject_cast<QLineEdit *>(w->parentWidget())
                    || w->inherits("QComboBoxListView")) {
                    continue; // Qt's own helpers (menu bar extension, line edit clear button)
                }
                ++checked;
                QVERIFY2(!w->accessibleName().isEmpty(),
                    qPrintable(w->objectName() + u" "_s + QString::fromLatin1(w->metaObject()->className()) + u" "_s
                        + (w->parentWidget() ? w->parentWidget()->objectName() : QString())));
            }
        }
        QVERIFY(checked >= 5);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
