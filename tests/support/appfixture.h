// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <memory>

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include "chat/appservices.h"
#include "common/settings.h"
#include "providers/providerconfig.h"
#include "secrets/secretstore.h"
#include "storage/database.h"

namespace Quorum::Testing
{

/*!
 * What the engine and the window work with, as main() makes it, in a data directory of the
 * test's own: the settings file, providers.json, the real SQLite file, a keychain and the
 * session's keys (in memory: the real keychain has its own test), and one network access
 * manager. `services()` hands them to a Dispatcher or a MainWindow.
 */
class AppFixture
{
public:
    //! \a withDatabase false: the user chose to go on without saving.
    explicit AppFixture(bool withDatabase = true)
        : m_settings(std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini"))))
        , m_providers(std::make_unique<ProviderConfig>(m_dir.path()))
    {
        if (!m_dir.isValid()) {
            m_problem = QStringLiteral("no temporary directory");
            return;
        }
        if (auto loaded = m_providers->load(); !loaded) {
            m_problem = loaded.error();
        }
        if (withDatabase) {
            auto database = Database::open(m_dir.filePath(QStringLiteral("quorum.db")));
            if (database) {
                m_database = std::move(*database);
            } else {
                m_problem = database.error().message;
            }
        }
    }

    //! Empty when everything was set up; else what went wrong (QVERIFY2 on it in init()).
    QString problem() const { return m_problem; }

    QString dataDir() const { return m_dir.path(); }
    Settings &settings() { return *m_settings; }
    ProviderConfig &providers() { return *m_providers; }
    Database *database() { return m_database.get(); }
    MemorySecretStore &keychain() { return m_keychain; }
    MemorySecretStore &sessionKeys() { return m_sessionKeys; }
    QNetworkAccessManager &network() { return m_network; }

    AppServices services()
    {
        AppServices services;
        services.dataDir = m_dir.path();
        services.database = m_database.get();
        services.providers = m_providers.get();
        services.keychain = &m_keychain;
        services.sessionKeys = &m_sessionKeys;
        services.network = &m_network;
        services.settings = m_settings.get();
        return services;
    }

    /*!
     * Adds \a account with its key in the keychain only, as in real use (its environment
     * variable names one that is never set), and saves providers.json. False on failure.
     */
    bool addAccount(ProviderAccount account)
    {
        const QString key = account.apiKey;
        account.apiKeyEnv = QStringLiteral("QUORUM_TEST_NO_SUCH_VARIABLE");
        account.apiKey.clear();
        if (!key.isEmpty() && !m_keychain.writeBlocking(account.id, key)) {
            return false;
        }
        m_providers->upsert(account);
        return m_providers->save().has_value();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ProviderConfig> m_providers;
    std::unique_ptr<Database> m_database;
    MemorySecretStore m_keychain;
    MemorySecretStore m_sessionKeys;
    QNetworkAccessManager m_network;
    QString m_problem;
};

} // namespace Quorum::Testing
