// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

class QNetworkAccessManager;

namespace Quorum
{

class Database;
class ProviderConfig;
class SecretStore;
class Settings;

/*!
 * What the window works with, owned by main() and living as long as the window: the data
 * directory, the database (null when the user chose to go on without saving), the provider
 * accounts, where keys are kept, and the one network access manager.
 */
struct AppServices {
    QString dataDir;
    Database *database = nullptr;
    ProviderConfig *providers = nullptr;
    SecretStore *keychain = nullptr;
    SecretStore *sessionKeys = nullptr; //!< keys kept for this session only (no keychain)
    QNetworkAccessManager *network = nullptr;
    Settings *settings = nullptr; //!< the global network settings live here

    bool canConfigureProviders() const { return providers && keychain && sessionKeys && network; }
};

} // namespace Quorum
