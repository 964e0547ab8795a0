// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

#include "common/settings.h"
#include "common/version.h"
#include "compare/comparearea.h"
#include "composer/composer.h"
#include "conversations/conversationlistpanel.h"
#include "providers/providerconfig.h"
#include "providers/proxysetting.h"
#include "settings/providerspage.h"
#include "settings/settingsdialog.h"
#include "welcome/firstrunpanel.h"

#include <ksyntaxhighlighting_version.h>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr auto mainSplitterName = "main"_L1;
constexpr auto centreSplitterName = "centre"_L1;
} // namespace

MainWindow::MainWindow(Settings &settings, AppServices services, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_services(std::move(services))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Quorum"));

    m_conversationList = new ConversationListPanel(this);
    m_compareArea = new CompareArea(this);
    m_composer = new Composer(this);

    m_centreSplitter = new QSplitter(Qt::Vertical, this);
    m_centreSplitter->setObjectName(u"centreSplitter"_s);
    m_centreSplitter->setChildrenCollapsible(false);
    // The compare view, or while no provider is set up the first-run panel in its place.
    m_centreStack = new QStackedWidget(this);
    m_centreStack->setObjectName(u"centreStack"_s);
    m_centreStack->addWidget(m_compareArea);
    if (m_services.canConfigureProviders()) {
        const ProviderAccount ollama
            = m_services.providers->find(u"ollama"_s).value_or(ProviderAccount::builtInOllama());
        m_firstRun = new FirstRunPanel(ollama, m_services.network, this);
        m_centreStack->addWidget(m_firstRun);
        connect(m_firstRun, &FirstRunPanel::addProviderRequested, this, [this](const QString &preset) {
            if (SettingsDialog *dialog = showSettings(); dialog && !preset.isEmpty()) {
                dialog->providersPage()->addAccount(preset);
            }
        });
        connect(m_firstRun, &FirstRunPanel::useOllamaRequested, this, [this] {
            m_settings.setStartedWithOllama(true);
            updateFirstRun();
        });
    }
    m_centreSplitter->addWidget(m_centreStack);
    m_centreSplitter->addWidget(m_composer);
    m_centreSplitter->setStretchFactor(0, 1);
    m_centreSplitter->setStretchFactor(1, 0);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_conversationList);
    m_mainSplitter->addWidget(m_centreSplitter);
    m_mainSplitter->setCollapsible(1, false);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);

    connect(m_conversationList, &ConversationListPanel::newConversationRequested, this, &MainWindow::newConversation);

    createMenus();
    restoreLayout();
    updateFirstRun();
    applyNetworkSettings();
    m_composer->focusPrompt();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Conversation"), this, &MainWindow::newConversation);
    newAction->setObjectName(u"newConversationAction"_s);
    newAction->setShortcut(QKeySequence::New);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &MainWindow::close);
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    // Edit actions work on whichever text field has the focus (prompt, search box, ...).
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    const auto addEditAction = [this, editMenu](const QString &text, QKeySequence::StandardKey key, const char *slot) {
        QAction *action = editMenu->addAction(text, this, [this, slot] { invokeOnFocusWidget(slot); });
        action->setObjectName(QLatin1StringView(slot) + "Action"_L1);
        // Text fields claim these standard keys first (ShortcutOverride), so the window-wide
        // shortcut only fires where no field handles the key itself.
        action->setShortcut(key);
        return action;
    };
    addEditAction(tr("&Undo"), QKeySequence::Undo, "undo");
    addEditAction(tr("&Redo"), QKeySequence::Redo, "redo");
    editMenu->addSeparator();
    addEditAction(tr("Cu&t"), QKeySequence::Cut, "cut");
    addEditAction(tr("&Copy"), QKeySequence::Copy, "copy");
    addEditAction(tr("&Paste"), QKeySequence::Paste, "paste");
    editMenu->addSeparator();
    addEditAction(tr("Select &All"), QKeySequence::SelectAll, "selectAll");

    editMenu->addSeparator();
    QAction *settingsAction = editMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setEnabled(m_services.canConfigureProviders());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_showConversationListAction = viewMenu->addAction(tr("Show &Conversation List"));
    m_showConversationListAction->setObjectName(u"showConversationListAction"_s);
    m_showConversationListAction->setCheckable(true);
    m_showConversationListAction->setChecked(true);
    m_showConversationListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_showConversationListAction, &QAction::toggled, m_conversationList, &QWidget::setVisible);
    connect(m_showConversationListAction, &QAction::toggled, &m_settings, &Settings::setConversationListVisible);
    viewMenu->addSeparator();
    QAction *fullScreenAction = viewMenu->addAction(tr("&Full Screen"));
    fullScreenAction->setCheckable(true);
    fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Quorum"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::invokeOnFocusWidget(const char *slot)
{
    // QLineEdit, QPlainTextEdit and QTextEdit share these slot names.
    if (QWidget *focus = QApplication::focusWidget()) {
        QMetaObject::invokeMethod(focus, slot);
    }
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size for two to three panes, centred on the screen.
        const QRect available = screen()->availableGeometry();
        const QSize size(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
        m_mainSplitter->setSizes({260, size.width() - 260});
        m_centreSplitter->setSizes({size.height() - 150, 150});
    }
    restoreState(m_settings.mainWindowState());
    m_mainSplitter->restoreState(m_settings.splitterState(mainSplitterName));
    m_centreSplitter->restoreState(m_settings.splitterState(centreSplitterName));
    m_showConversationListAction->setChecked(m_settings.conversationListVisible());
    m_conversationList->setVisible(m_settings.conversationListVisible());
}

void MainWindow::saveLayout()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setSplitterState(mainSplitterName, m_mainSplitter->saveState());
    m_settings.setSplitterState(centreSplitterName, m_centreSplitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::newConversation()
{
    m_composer->clear();
    m_composer->focusPrompt();
}

QString MainWindow::aboutText()
{
    return tr("<h3>Quorum %1</h3>"
              "<p>Ask several large language models at once and compare their answers.</p>"
              "<p>Qt %2 (built with %3)<br>KDE Frameworks Syntax Highlighting %4</p>"
              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
        .arg(applicationVersion(),
            QString::fromLatin1(qVersion()),
            QStringLiteral(QT_VERSION_STR),
            QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Quorum"), aboutText());
}

void MainWindow::setStorageNotice(const QString &text)
{
    if (!m_storageNotice) {
        m_storageNotice = new QLabel(this);
        m_storageNotice->setObjectName(u"storageNotice"_s);
        m_storageNotice->setTextFormat(Qt::PlainText);
        m_storageNotice->setAccessibleName(tr("Storage problem"));
        statusBar()->addPermanentWidget(m_storageNotice, 1);
    }
    m_storageNotice->setText(u"⚠ "_s + text);
    m_storageNotice->setVisible(!text.isEmpty());
}

QString MainWindow::storageNotice() const
{
    return m_storageNotice && m_storageNotice->isVisible() ? m_storageNotice->text() : QString();
}

SettingsDialog *MainWindow::showSettings()
{
    if (!m_services.canConfigureProviders()) {
        return nullptr;
    }
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_services, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    connect(m_settingsDialog->providersPage(),
        &ProvidersPage::accountsChanged,
        this,
        &MainWindow::updateFirstRun,
        Qt::UniqueConnection);
    connect(m_settingsDialog->providersPage(),
        &ProvidersPage::accountsChanged,
        this,
        &MainWindow::applyNetworkSettings,
        Qt::UniqueConnection);
    connect(m_settingsDialog,
        &SettingsDialog::networkSettingsChanged,
        this,
        &MainWindow::applyNetworkSettings,
        Qt::UniqueConnection);
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

bool MainWindow::needsSetup() const
{
    if (!m_services.providers || m_settings.startedWithOllama()) {
        return false;
    }
    const QList<ProviderAccount> accounts = m_services.providers->accounts();
    return std::ranges::none_of(accounts, [](const ProviderAccount &a) { return a.id != u"ollama"_s; });
}

void MainWindow::updateFirstRun()
{
    if (m_firstRun) {
        m_centreStack->setCurrentWidget(needsSetup() ? static_cast<QWidget *>(m_firstRun) : m_compareArea);
    }
}

void MainWindow::applyNetworkSettings()
{
    if (m_services.network && m_services.providers) {
        installProviderProxies(*m_services.network,
            m_services.providers->accounts(),
            ProxySetting::parse(m_settings.networkProxy()).value_or(ProxySetting {}));
    }
}

} // namespace Quorum
