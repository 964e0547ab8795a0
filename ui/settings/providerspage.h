// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "providers/provideraccount.h"
#include "secrets/apikeys.h"
#include "secrets/secretstore.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QListView;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QToolButton;

namespace Quorum
{

class AccountListModel;
class KeyResolver;

class Database;
class ModelLister;
class ProviderConfig;

/*!
 * Settings -> Providers: the provider accounts (kind, name, base URL, key status), adding one
 * from a preset, editing and removing; the API key goes to the keychain (never a file);
 * "Test Connection" lists the account's models or shows the provider's own error; the model
 * list can be searched, and models hidden from the picker.
 */
class ProvidersPage final : public QWidget
{
    Q_OBJECT

public:
    //! \a database may be null (models are then not remembered); \a sessionKeys holds keys
    //! the user chose to keep for this session only when there is no keychain.
    ProvidersPage(ProviderConfig &config,
        SecretStore &keychain,
        SecretStore &sessionKeys,
        Database *database,
        QNetworkAccessManager *network,
        KeyResolver *keys = nullptr,
        QWidget *parent = nullptr);
    ~ProvidersPage() override;

    //! Selects the account \a id (for tests and for "add a key" links).
    void selectAccount(const QString &id);
    //! Starts adding an account of \a presetId, as the Add menu does.
    void addAccount(const QString &presetId);

Q_SIGNALS:
    //! The accounts changed (added, edited, removed).
    void accountsChanged();

private:
    void showAccount();
    void save();
    void removeAccount();
    void testConnection();
    void showModels(const QString &accountId);
    //! The models list's menu: what the model under \a position reads (the user's choice).
    void chooseWhatAModelReads(const QPoint &position);
    void storeKey(const ProviderAccount &account, const QString &key);
    void refreshKeyStatus(const ProviderAccount &account);
    using KeyFound = std::function<void(
        const ProviderAccount &withKey, KeyLookup::Source from, std::optional<SecretError> problem)>;
    //! Finds \a account's key (environment, session, keychain) and calls \a done with it filled in.
    void lookUpKey(ProviderAccount account, KeyFound done);
    std::optional<ProviderAccount> accountFromForm(QString *problem) const;
    //! Shows the rows of the AWS fields (region, profile, models URL) for Bedrock only.
    void showBedrockRows(bool bedrock, const ProviderAccount *account);
    void regionChanged(const QString &region);
    QString currentId() const;

    ProviderConfig &m_config;
    SecretStore &m_keychain;
    SecretStore &m_sessionKeys;
    Database *m_database;
    QNetworkAccessManager *m_network;
    std::unique_ptr<KeyResolver> m_ownKeys; //!< when the window brings none
    KeyResolver &m_keys;
    QString m_editingPreset; //!< the preset of the account in the form
    bool m_isNew = false;
    bool m_fillingModels = false; //!< itemChanged while filling the list is no user choice

    AccountListModel *m_accounts = nullptr;
    QListView *m_list = nullptr;
    QToolButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_form = nullptr;
    QLineEdit *m_id = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_kind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLineEdit *m_keyEnv = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLineEdit *m_proxy = nullptr;
    QSpinBox *m_timeout = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_awsProfile = nullptr;
    QLineEdit *m_modelsUrl = nullptr;
    QCheckBox *m_stream = nullptr;
    QString m_region0; //!< the region before the user changed it (its URL follows the region)
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_connection = nullptr;
    QLineEdit *m_modelFilter = nullptr;
    QListView *m_models = nullptr;
    QStandardItemModel *m_modelItems = nullptr;
    QSortFilterProxyModel *m_modelFilterProxy = nullptr;
    QPointer<ModelLister> m_lister;
};

} // namespace Quorum
