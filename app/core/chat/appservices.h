// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

class QNetworkAccessManager;

namespace Quorum
{

class AttachmentMedia;
class Database;
class KeyResolver;
class ProviderConfig;
class SecretStore;
class Settings;
class ToolBox;

/*!
 * What the engine works with, owned by whoever runs it (main() for the window, a command
 * for the CLI, a test) and living as long as the engine: the data directory, the database
 * (null when nothing is to be saved), the provider accounts, where keys are kept and who
 * finds them, the one network access manager, and the settings.
 */
struct AppServices {
    QString dataDir;
    Database *database = nullptr;
    ProviderConfig *providers = nullptr;
    SecretStore *keychain = nullptr;
    SecretStore *sessionKeys = nullptr; //!< keys kept for this session only (no keychain)
    QNetworkAccessManager *network = nullptr;
    Settings *settings = nullptr; //!< network defaults, the follow-up policy
    //! Finds keys (environment, session, keychain); when null the engine makes its own from
    //! keychain and sessionKeys.
    KeyResolver *keys = nullptr;
    //! Fits images and draws PDF pages for the models that receive them (AttachmentReader);
    //! null: images that fit go as they are, PDFs natively or as text.
    const AttachmentMedia *media = nullptr;
    //! The MCP servers' tools, for the answers of conversations that use them (docs/tools.md);
    //! null: no tools.
    ToolBox *tools = nullptr;

    bool canConfigureProviders() const { return providers && keychain && sessionKeys && network; }
};

} // namespace Quorum
