// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "chat/appservices.h"
#include "common/settings.h"
#include "common/translations.h"
#include "providers/proxysetting.h"
#include "settings/providerspage.h"
#include "settings/rulespage.h"
#include "settings/toolspage.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

SettingsDialog::SettingsDialog(const AppServices &services, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    m_providers = new ProvidersPage(*services.providers,
        *services.keychain,
        *services.sessionKeys,
        services.database,
        services.network,
        services.keys,
        tabs);
    tabs->addTab(m_providers, tr("&Providers"));
    m_rules = new RulesPage(services.database, services.providers, services.settings, tabs);
    connect(m_rules, &RulesPage::rulesChanged, this, &SettingsDialog::rulesChanged);
    connect(m_providers, &ProvidersPage::accountsChanged, m_rules, &RulesPage::accountsChanged);
    tabs->addTab(m_rules, tr("&Routing"));
    if (services.settings && !services.dataDir.isEmpty()) {
        m_tools = new ToolsPage(services.dataDir, services.keychain, services.settings, services.network, tabs);
        connect(m_tools, &ToolsPage::toolsChanged, this, &SettingsDialog::toolsChanged);
        tabs->addTab(m_tools, tr("Tools"));
    }
    if (services.settings) {
        auto *network = new QWidget(tabs);
        auto *proxy = new QLineEdit(services.settings->networkProxy(), network);
        proxy->setObjectName(u"globalProxy"_s);
        proxy->setPlaceholderText(tr("system (the system's proxy settings)"));
        auto *problem = new QLabel(network);
        problem->setObjectName(u"globalProxyProblem"_s);
        problem->setVisible(false);
        auto *help = new QLabel(tr("For every provider without its own proxy: system, none, http://host:port or "
                                   "socks5://host:port. A provider's own proxy is set on the Providers page."),
            network);
        help->setWordWrap(true);
        auto *timeout = new QSpinBox(network);
        timeout->setObjectName(u"globalTimeout"_s);
        timeout->setRange(0, 3600);
        timeout->setSuffix(tr(" s"));
        timeout->setSpecialValueText(tr("default (60 s)"));
        timeout->setValue(services.settings->networkTimeoutSeconds());
        auto *headers = new QPlainTextEdit(services.settings->networkHeaders(), network);
        headers->setObjectName(u"globalHeaders"_s);
        headers->setPlaceholderText(tr("Name: value, one per line; sent to every provider"));
        headers->setTabChangesFocus(true);
        headers->setMaximumHeight(headers->fontMetrics().lineSpacing() * 6 + 12);
        auto *form = new QFormLayout(network);
        form->addRow(tr("Pr&oxy:"), proxy);
        form->addRow(QString(), problem);
        form->addRow(QString(), help);
        form->addRow(tr("Response &timeout:"), timeout);
        form->addRow(tr("Extra &headers:"), headers);
        connect(timeout, &QSpinBox::valueChanged, this, [this, settings = services.settings](int seconds) {
            settings->setNetworkTimeoutSeconds(seconds);
            Q_EMIT networkSettingsChanged();
        });
        connect(headers, &QPlainTextEdit::textChanged, this, [this, headers, problem, settings = services.settings] {
            for (const QString &line : headers->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
                if (line.indexOf(u':') <= 0) {
                    problem->setText(tr("A header is \"Name: value\", not \"%1\".").arg(line.trimmed()));
                    problem->setVisible(true);
                    return;
                }
            }
            problem->clear();
            problem->setVisible(false);
            settings->setNetworkHeaders(headers->toPlainText());
            Q_EMIT networkSettingsChanged();
        });
        connect(proxy, &QLineEdit::editingFinished, this, [this, proxy, problem, settings = services.settings] {
            const auto parsed = ProxySetting::parse(proxy->text());
            problem->setText(parsed ? QString() : parsed.error());
            problem->setVisible(!parsed);
            if (parsed) {
                settings->setNetworkProxy(parsed->toString());
                Q_EMIT networkSettingsChanged();
            }
        });
        tabs->addTab(network, tr("&Network"));

        auto *composer = new QWidget(tabs);
        auto *enterSends = new QCheckBox(tr("&Enter sends the prompt (Shift+Enter starts a new line)"), composer);
        enterSends->setObjectName(u"enterSends"_s);
        enterSends->setChecked(services.settings->enterSends());
        auto *enterHelp = new QLabel(tr("When off, Enter starts a new line and Ctrl+Enter sends."), composer);
        enterHelp->setForegroundRole(QPalette::PlaceholderText);
        auto *composerLayout = new QVBoxLayout(composer);
        composerLayout->addWidget(enterSends);
        composerLayout->addWidget(enterHelp);
        composerLayout->addStretch(1);
        connect(enterSends, &QCheckBox::toggled, this, [this, settings = services.settings](bool on) {
            settings->setEnterSends(on);
            Q_EMIT composerSettingsChanged();
        });
        tabs->addTab(composer, tr("&Composer"));

        auto *appearance = new QWidget(tabs);
        auto *language = new QComboBox(appearance);
        language->setObjectName(u"language"_s);
        language->setAccessibleName(tr("Language"));
        // The system's language by name, when the locale has one (the C locale has none).
        const QString systemLanguage = QLocale().nativeLanguageName();
        language->addItem(
            systemLanguage.isEmpty() ? tr("The system's") : tr("The system's (%1)").arg(systemLanguage), QString());
        for (const QString &code : availableLanguages()) {
            // Each language in its own words ("Deutsch"); English without the "American" Qt adds.
            const QString name = code == "en"_L1 ? u"English"_s : QLocale(code).nativeLanguageName();
            language->addItem(name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1), code);
        }
        language->setCurrentIndex(qMax(0, language->findData(services.settings->language())));
        auto *languageHelp = new QLabel(tr("Quorum speaks the new language from its next start."), appearance);
        languageHelp->setForegroundRole(QPalette::PlaceholderText);
        auto *appearanceForm = new QFormLayout(appearance);
        appearanceForm->addRow(tr("&Language:"), language);
        appearanceForm->addRow(QString(), languageHelp);
        connect(language, &QComboBox::currentIndexChanged, this, [language, settings = services.settings] {
            settings->setLanguage(language->currentData().toString());
        });
        tabs->addTab(appearance, tr("&Appearance"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    // Tall enough for the longest account form (Bedrock's) without scrolling, on a screen
    // that has the room; the form scrolls on a smaller one.
    constexpr QSize preferred(860, 680);
    const QSize available = screen() ? screen()->availableSize() * 0.9 : preferred;
    resize(preferred.boundedTo(available).expandedTo(minimumSizeHint()));
}

} // namespace Quorum
