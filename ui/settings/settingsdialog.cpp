// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "settings/settingsdialog.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "mainwindow/appservices.h"
#include "settings/providerspage.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

SettingsDialog::SettingsDialog(const AppServices &services, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    m_providers = new ProvidersPage(
        *services.providers, *services.keychain, *services.sessionKeys, services.database, services.network, tabs);
    tabs->addTab(m_providers, tr("&Providers"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(860, 560);
}

} // namespace Quorum
