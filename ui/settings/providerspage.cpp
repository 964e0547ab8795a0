// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "settings/providerspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

#include "attachments/capabilities.h"
#include "models/accountlistmodel.h"
#include "providers/awscredentials.h"
#include "providers/bedrockadapter.h"
#include "providers/bedrockconverse.h"
#include "providers/modellister.h"
#include "providers/providerconfig.h"
#include "secrets/keyresolver.h"
#include "secrets/secretstore.h"
#include "settings/formscrollarea.h"
#include "storage/modelstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString presetName(const QString &presetId, ProviderKind kind)
{
    return ProviderPreset::displayNameFor(presetId, kind);
}

//! The accounts as the list shows them: a disabled one greyed (the core has no colours).
class AccountListView final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && !index.data(AccountListModel::EnabledRole).toBool()) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        return QIdentityProxyModel::data(index, role);
    }
};

// The regions that offer Bedrock (any other can be typed).
const QStringList &bedrockRegions()
{
    static const QStringList regions {u"us-east-1"_s,
        u"us-east-2"_s,
        u"us-west-2"_s,
        u"ca-central-1"_s,
        u"sa-east-1"_s,
        u"eu-west-1"_s,
        u"eu-west-2"_s,
        u"eu-west-3"_s,
        u"eu-central-1"_s,
        u"eu-central-2"_s,
        u"eu-north-1"_s,
        u"eu-south-1"_s,
        u"eu-south-2"_s,
        u"ap-northeast-1"_s,
        u"ap-northeast-2"_s,
        u"ap-northeast-3"_s,
        u"ap-south-1"_s,
        u"ap-south-2"_s,
        u"ap-southeast-1"_s,
        u"ap-southeast-2"_s,
        u"us-gov-west-1"_s};
    return regions;
}

QString defaultAwsRegion()
{
    const QString region = AwsCredentialChain::environmentRegion();
    return region.isEmpty() ? u"us-east-1"_s : region;
}

QString headersText(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers) {
        lines << QString::fromLatin1(name) + u": "_s + QString::fromLatin1(value);
    }
    return lines.join(u'\n');
}
} // namespace

ProvidersPage::ProvidersPage(ProviderConfig &config,
    SecretStore &keychain,
    SecretStore &sessionKeys,
    Database *database,
    QNetworkAccessManager *network,
    KeyResolver *keys,
    QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_keychain(keychain)
    , m_sessionKeys(sessionKeys)
    , m_database(database)
    , m_network(network)
    , m_ownKeys(keys ? nullptr : std::make_unique<KeyResolver>(&keychain, &sessionKeys))
    , m_keys(keys ? *keys : *m_ownKeys)
{
    // Left: the accounts (they follow providers.json), with Add (a menu of presets) and Remove.
    m_accounts = new AccountListModel(config, this);
    auto *view = new AccountListView(this);
    view->setSourceModel(m_accounts);
    m_list = new QListView(this);
    m_list->setObjectName(u"accountList"_s);
    m_list->setAccessibleName(tr("Provider accounts"));
    m_list->setModel(view);
    m_add = new QToolButton(this);
    m_add->setObjectName(u"addAccount"_s);
    m_add->setText(tr("A&dd"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *presets = new QMenu(m_add);
    for (const ProviderPreset &preset : ProviderPreset::all()) {
        QAction *action = presets->addAction(preset.displayName, this, [this, id = preset.id] { addAccount(id); });
        action->setObjectName(u"preset-"_s + preset.id);
    }
    m_add->setMenu(presets);
    m_remove = new QPushButton(tr("R&emove"), this);
    m_remove->setObjectName(u"removeAccount"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    leftLayout->addLayout(listButtons);

    // Right: the account.
    m_form = new QWidget(this);
    m_id = new QLineEdit(m_form);
    m_id->setObjectName(u"accountId"_s);
    m_id->setPlaceholderText(tr("work-openai"));
    m_enabled = new QCheckBox(tr("Enab&led (offered in the model picker)"), m_form);
    m_enabled->setObjectName(u"enabled"_s);
    m_enabled->setChecked(true);
    m_kind = new QLabel(m_form);
    m_kind->setObjectName(u"accountKind"_s);
    m_baseUrl = new QLineEdit(m_form);
    m_baseUrl->setObjectName(u"baseUrl"_s);
    m_key = new QLineEdit(m_form);
    m_key->setObjectName(u"apiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_keyStatus = new QLabel(m_form);
    m_keyStatus->setObjectName(u"keyStatus"_s);
    m_keyStatus->setWordWrap(true);
    m_keyEnv = new QLineEdit(m_form);
    m_keyEnv->setObjectName(u"keyEnv"_s);
    m_headers = new QPlainTextEdit(m_form);
    m_headers->setObjectName(u"headers"_s);
    m_headers->setPlaceholderText(tr("Name: value, one per line"));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);
    m_proxy = new QLineEdit(m_form);
    m_proxy->setObjectName(u"proxy"_s);
    m_proxy->setPlaceholderText(tr("as in Network (or: system, none, http://host:port, socks5://host:port)"));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_timeout = new QSpinBox(m_form);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setRange(0, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("default (60 s)"));
    m_timeout->setAccessibleName(tr("Response timeout"));
    m_region = new QComboBox(m_form);
    m_region->setObjectName(u"region"_s);
    m_region->setEditable(true);
    m_region->addItems(bedrockRegions());
    m_region->setAccessibleName(tr("AWS region"));
    m_awsProfile = new QComboBox(m_form);
    m_awsProfile->setObjectName(u"awsProfile"_s);
    m_awsProfile->setEditable(true);
    m_awsProfile->lineEdit()->setPlaceholderText(tr("the environment's keys, AWS_PROFILE, or default"));
    m_awsProfile->setAccessibleName(tr("AWS profile"));
    m_modelsUrl = new QLineEdit(m_form);
    m_modelsUrl->setObjectName(u"modelsUrl"_s);
    m_modelsUrl->setAccessibleName(tr("Models URL"));
    m_stream = new QCheckBox(tr("Stream ans&wers (off: each answer arrives whole)"), m_form);
    m_stream->setObjectName(u"stream"_s);
    m_save = new QPushButton(tr("&Save"), m_form);
    m_save->setObjectName(u"save"_s);
    m_test = new QPushButton(tr("&Test Connection"), m_form);
    m_test->setObjectName(u"testConnection"_s);
    m_connection = new QLabel(m_form);
    m_connection->setObjectName(u"connectionStatus"_s);
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modelFilter = new QLineEdit(m_form);
    m_modelFilter->setObjectName(u"modelFilter"_s);
    m_modelFilter->setPlaceholderText(tr("Search models"));
    m_modelFilter->setClearButtonEnabled(true);
    m_modelFilter->setAccessibleName(tr("Search models"));
    m_modelItems = new QStandardItemModel(this);
    m_modelFilterProxy = new QSortFilterProxyModel(this);
    m_modelFilterProxy->setSourceModel(m_modelItems);
    m_modelFilterProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_models = new QListView(m_form);
    m_models->setObjectName(u"models"_s);
    m_models->setAccessibleName(tr("Models (unchecked ones are hidden from the model picker)"));
    m_models->setModel(m_modelFilterProxy);
    m_models->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_models->setContextMenuPolicy(Qt::CustomContextMenu);
    m_models->setToolTip(tr("Right-click a model to say what it reads besides text."));

    auto *form = new QFormLayout;
    m_formLayout = form;
    form->addRow(tr("Na&me:"), m_id);
    form->addRow(tr("Provider:"), m_kind);
    form->addRow(QString(), m_enabled);
    form->addRow(tr("AWS re&gion:"), m_region);
    form->addRow(tr("AWS pr&ofile:"), m_awsProfile);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("Models &URL:"), m_modelsUrl);
    form->addRow(QString(), m_stream);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_keyStatus);
    form->addRow(tr("Key from en&vironment variable:"), m_keyEnv);
    form->addRow(tr("Extra &headers:"), m_headers);
    form->addRow(tr("Pro&xy:"), m_proxy);
    form->addRow(tr("Response t&imeout:"), m_timeout);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_test);
    actions->addStretch();
    auto *right = new QVBoxLayout(m_form);
    right->addLayout(form);
    right->addLayout(actions);
    right->addWidget(m_connection);
    right->addWidget(
        new QLabel(tr("Models (uncheck to hide from the model picker; right-click to say what one reads):"), m_form));
    right->addWidget(m_modelFilter);
    right->addWidget(m_models, 1);

    // A wrapped status (Bedrock's "no AWS credentials: …" runs to five lines) keeps its height.
    auto *scroll = formScrollArea(m_form, u"accountFormScroll"_s, tr("Provider account"), this);
    // Without a horizontal scroll bar the area must be as wide as the form's widest row (all
    // rows are shown at this point, Bedrock's too), or that row would be cut off.
    scroll->setMinimumWidth(m_form->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_region, &QComboBox::currentTextChanged, this, &ProvidersPage::regionChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProvidersPage::showAccount);
    connect(m_accounts, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_list->currentIndex().isValid() && !m_isNew) {
            selectAccount({}); // the account shown went (removed here, or elsewhere)
        }
    });
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::removeAccount);
    connect(m_save, &QPushButton::clicked, this, &ProvidersPage::save);
    connect(m_test, &QPushButton::clicked, this, &ProvidersPage::testConnection);
    connect(m_modelFilter, &QLineEdit::textChanged, m_modelFilterProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_models, &QWidget::customContextMenuRequested, this, &ProvidersPage::chooseWhatAModelReads);
    connect(m_modelItems, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_database && !m_fillingModels && item->isCheckable()) {
            if (auto hidden = ModelStore(*m_database)
                    .setHidden(currentId(), item->data(Qt::UserRole).toString(), item->checkState() != Qt::Checked);
                !hidden) {
                m_connection->setText(tr("Not saved: %1").arg(hidden.error().message));
            }
        }
    });
    selectAccount({});
}

ProvidersPage::~ProvidersPage() = default;

QString ProvidersPage::currentId() const
{
    return m_list->currentIndex().data(AccountListModel::IdRole).toString();
}

void ProvidersPage::selectAccount(const QString &id)
{
    const int row = m_accounts->rowOf(id);
    const QModelIndex index = m_list->model()->index(row >= 0 ? row : 0, 0);
    if (index.isValid() && index != m_list->currentIndex()) {
        m_list->setCurrentIndex(index); // showAccount() follows
    } else {
        showAccount();
    }
}

void ProvidersPage::addAccount(const QString &presetId)
{
    // A new account: a free name, the preset's URL; saved when the user presses Save.
    const auto preset = ProviderPreset::find(presetId);
    if (!preset) {
        return;
    }
    QString id = preset->id;
    for (int n = 2; m_config.find(id); ++n) {
        id = preset->id + u'-' + QString::number(n);
    }
    m_isNew = true;
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->clear();
    }
    m_editingPreset = preset->id;
    m_form->setEnabled(true);
    m_id->setReadOnly(false);
    m_id->setText(id);
    m_kind->setText(preset->displayName);
    m_baseUrl->setText(preset->baseUrl);
    if (preset->kind == ProviderKind::Bedrock) {
        const ProviderAccount bedrock = ProviderAccount::bedrock(id, defaultAwsRegion());
        showBedrockRows(true, &bedrock);
    } else {
        showBedrockRows(false, nullptr);
    }
    m_key->clear();
    m_keyEnv->clear();
    m_keyEnv->setPlaceholderText(preset->keyEnv);
    m_headers->clear();
    m_proxy->clear();
    m_timeout->setValue(0);
    m_enabled->setChecked(true);
    m_keyStatus->setText(preset->kind == ProviderKind::Bedrock
            ? tr("Requests are signed with the AWS profile, or the environment's keys; or paste a key above.")
            : preset->needsKey ? tr("Paste the API key; it is stored in the system keychain.")
                               : tr("This provider needs no key."));
    m_connection->clear();
    m_modelItems->clear();
    m_remove->setEnabled(false);
    m_id->setFocus();
    m_id->selectAll();
}

void ProvidersPage::showAccount()
{
    m_isNew = false;
    m_connection->clear();
    const auto account = m_config.find(currentId());
    m_form->setEnabled(account.has_value());
    m_remove->setEnabled(account && !m_config.isBuiltIn(account->id));
    if (!account) {
        m_modelItems->clear();
        return;
    }
    m_editingPreset = account->preset;
    m_id->setText(account->id);
    m_id->setReadOnly(true); // stored answers name the account: renaming would orphan them
    m_kind->setText(presetName(account->preset, account->kind));
    m_baseUrl->setText(account->baseUrl.toString());
    showBedrockRows(account->kind == ProviderKind::Bedrock, &*account);
    m_key->clear();
    m_keyEnv->setText(account->apiKeyEnv);
    m_keyEnv->setPlaceholderText(account->effectiveKeyEnv());
    m_headers->setPlainText(headersText(account->extraHeaders));
    m_proxy->setText(account->proxy.toString());
    m_enabled->setChecked(account->enabled);
    m_timeout->setValue(account->timeoutSeconds);
    refreshKeyStatus(*account);
    showModels(account->id);
}

void ProvidersPage::lookUpKey(ProviderAccount account, KeyFound done)
{
    // The one rule for keys (KeyResolver): the environment, this session's, the keychain's.
    m_keys.resolve({account}, this, [this, account, done]() mutable {
        const KeyLookup lookup = m_keys.apply(account);
        done(account, lookup.source, m_keys.keychainError(account.id));
    });
}

void ProvidersPage::refreshKeyStatus(const ProviderAccount &account)
{
    m_keyStatus->setText(tr("Checking the keychain…"));
    lookUpKey(account,
        [this, id = account.id](
            const ProviderAccount &found, KeyLookup::Source from, std::optional<SecretError> problem) {
            if (currentId() != id) {
                return; // the user moved on to another account
            }
            switch (from) {
            case KeyLookup::Source::Environment:
                m_keyStatus->setText(tr("Using the key in the environment variable %1.").arg(found.effectiveKeyEnv()));
                break;
            case KeyLookup::Source::Session:
                m_keyStatus->setText(tr("Key kept for this session only (no keychain available)."));
                break;
            case KeyLookup::Source::Keychain:
                m_keyStatus->setText(tr("Key stored in %1.").arg(m_keychain.description()));
                break;
            case KeyLookup::Source::NotNeeded:
            case KeyLookup::Source::Missing:
                if (problem && problem->kind != SecretError::Kind::NotFound) {
                    m_keyStatus->setText(problem->message);
                } else if (found.kind == ProviderKind::Bedrock) {
                    // No key of its own: the AWS credential chain signs, or says why it cannot.
                    const BedrockAdapter adapter(found);
                    m_keyStatus->setText(adapter.identity()
                            ? tr("Requests are signed with %1.").arg(adapter.identity()->source)
                            : tr("No AWS credentials: %1. Or paste an access key (ACCESS_KEY_ID:SECRET) or a "
                                 "Bedrock API key above.")
                                  .arg(adapter.identity().error()));
                } else {
                    const auto saved = m_config.find(id);
                    m_keyStatus->setText(saved && !saved->needsKey()
                            ? tr("This provider needs no key.")
                            : tr("No key yet: paste it above and press Save."));
                }
                break;
            }
        });
}

std::optional<ProviderAccount> ProvidersPage::accountFromForm(QString *problem) const
{
    const auto existing = m_isNew ? std::nullopt : m_config.find(currentId());
    std::optional<ProviderAccount> account
        = existing ? existing : ProviderAccount::create(m_id->text().trimmed(), m_editingPreset);
    if (!account) {
        *problem = tr("Unknown provider kind.");
        return std::nullopt;
    }
    account->id = m_id->text().trimmed();
    account->baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    account->apiKeyEnv = m_keyEnv->text().trimmed();
    if (account->kind == ProviderKind::Bedrock) {
        account->region = m_region->currentText().trimmed();
        account->awsProfile = m_awsProfile->currentText().trimmed();
        account->modelsUrl = QUrl(m_modelsUrl->text().trimmed(), QUrl::StrictMode);
        account->stream = m_stream->isChecked();
    }
    account->extraHeaders.clear();
    for (const QString &line : m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            *problem = tr("A header is \"Name: value\", not \"%1\".").arg(line.trimmed());
            return std::nullopt;
        }
        account->extraHeaders.append(
            {line.first(colon).trimmed().toLatin1(), line.sliced(colon + 1).trimmed().toLatin1()});
    }
    const auto proxy = ProxySetting::parse(m_proxy->text());
    if (!proxy) {
        *problem = proxy.error();
        return std::nullopt;
    }
    account->proxy = *proxy;
    account->timeoutSeconds = m_timeout->value();
    account->enabled = m_enabled->isChecked();
    if (const QString invalid = account->validate(); !invalid.isEmpty()) {
        *problem = invalid;
        return std::nullopt;
    }
    if (m_isNew && m_config.find(account->id)) {
        *problem = tr("There is already an account named %1.").arg(account->id);
        return std::nullopt;
    }
    return account;
}

void ProvidersPage::save()
{
    QString problem;
    const auto account = accountFromForm(&problem);
    if (!account) {
        m_connection->setText(problem);
        return;
    }
    m_config.upsert(*account);
    if (auto saved = m_config.save(); !saved) {
        m_connection->setText(saved.error());
        return;
    }
    const QString key = m_key->text().trimmed();
    m_key->clear(); // the key never stays in a widget longer than needed
    m_isNew = false;
    selectAccount(account->id); // in the list already: it follows providers.json
    if (!key.isEmpty()) {
        storeKey(*account, key);
    }
    Q_EMIT accountsChanged();
}

void ProvidersPage::storeKey(const ProviderAccount &account, const QString &key)
{
    QPointer<ProvidersPage> self(this);
    m_keychain.write(account.id, key, [self, account, key](std::expected<void, SecretError> written) {
        if (!self) {
            return;
        }
        if (written) {
            self->refreshKeyStatus(account);
            return;
        }
        if (written.error().kind != SecretError::Kind::NoKeychain) {
            self->m_keyStatus->setText(written.error().message);
            return;
        }
        // No keychain: say so plainly and let the user choose; never a file behind their back.
        QMessageBox box(self);
        box.setObjectName(u"noKeychain"_s);
        box.setIcon(QMessageBox::Warning);
        box.setWindowTitle(tr("No Keychain"));
        box.setText(tr("Quorum cannot store the key: %1").arg(written.error().message));
        box.setInformativeText(
            tr("You can keep the key for this session only (it is forgotten when Quorum quits), or set "
               "the environment variable %1 before starting Quorum. Quorum does not write keys to files.")
                .arg(account.effectiveKeyEnv()));
        QPushButton *session = box.addButton(tr("Keep for This Session"), QMessageBox::AcceptRole);
        session->setObjectName(u"sessionOnly"_s);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == session) {
            self->m_sessionKeys.write(account.id, key, [self, account](std::expected<void, SecretError>) {
                if (self) {
                    self->refreshKeyStatus(account);
                }
            });
        } else {
            self->m_keyStatus->setText(
                tr("The key was not kept. Set %1, or start a keychain, and try again.").arg(account.effectiveKeyEnv()));
        }
    });
}

void ProvidersPage::removeAccount()
{
    const QString id = currentId();
    if (id.isEmpty() || m_config.isBuiltIn(id)) {
        return;
    }
    const auto answer = QMessageBox::question(this,
        tr("Remove Provider"),
        tr("Remove the account %1 and its key? Conversations with its answers stay.").arg(id));
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_config.remove(id);
    if (auto saved = m_config.save(); !saved) {
        m_connection->setText(saved.error());
        return;
    }
    // The key goes too; a keychain that refuses keeps it, and the user is told where.
    QPointer<ProvidersPage> self(this);
    m_keychain.remove(id, [self, id](std::expected<void, SecretError> removed) {
        if (self && !removed && removed.error().kind != SecretError::Kind::NotFound) {
            self->m_connection->setText(
                tr("The key of %1 is still in the keychain: %2").arg(id, removed.error().message));
        }
    });
    m_sessionKeys.remove(id, [](std::expected<void, SecretError>) { }); // memory: cannot fail
    if (m_database) {
        if (auto forgotten = ModelStore(*m_database).removeProvider(id); !forgotten) {
            m_connection->setText(forgotten.error().message);
        }
    }
    Q_EMIT accountsChanged();
}

void ProvidersPage::testConnection()
{
    QString problem;
    auto account = accountFromForm(&problem);
    if (!account) {
        m_connection->setText(problem);
        return;
    }
    m_connection->setText(tr("Connecting to %1…").arg(account->baseUrl.host()));
    m_test->setEnabled(false);
    const auto start = [this](ProviderAccount withKey) {
        delete m_lister;
        m_lister = new ModelLister(m_network, withKey, std::chrono::seconds(20), this);
        connect(m_lister, &ModelLister::finished, this, [this, id = withKey.id](const QList<ModelInfo> &models) {
            m_test->setEnabled(true);
            m_connection->setText(tr("Connected: %n model(s).", nullptr, int(models.size())));
            if (m_database && m_config.find(id)) {
                if (auto stored = ModelStore(*m_database).replace(id, models, QDateTime::currentMSecsSinceEpoch());
                    !stored) {
                    m_connection->setText(tr("Connected, but the list was not saved: %1").arg(stored.error().message));
                }
                showModels(id);
            } else {
                m_modelItems->clear();
                for (const ModelInfo &model : models) {
                    auto *item = new QStandardItem(model.id);
                    item->setData(model.id, Qt::UserRole);
                    m_modelItems->appendRow(item);
                }
            }
            m_lister->deleteLater();
        });
        connect(m_lister, &ModelLister::failed, this, [this](const StreamError &error) {
            m_test->setEnabled(true);
            m_connection->setText(tr("The connection failed: %1").arg(error.message));
            m_lister->deleteLater();
        });
        m_lister->start();
    };
    // The key as typed, else where it is kept (without one the lister says what is missing).
    if (const QString typed = m_key->text().trimmed(); !typed.isEmpty()) {
        account->apiKey = typed;
        start(*account);
        return;
    }
    lookUpKey(*account,
        [start](const ProviderAccount &found, KeyLookup::Source, std::optional<SecretError>) { start(found); });
}

void ProvidersPage::showBedrockRows(bool bedrock, const ProviderAccount *account)
{
    for (QWidget *field : std::initializer_list<QWidget *> {m_region, m_awsProfile, m_modelsUrl, m_stream}) {
        m_formLayout->setRowVisible(field, bedrock);
    }
    m_key->setPlaceholderText(
        bedrock ? tr("optional: a Bedrock API key, or ACCESS_KEY_ID:SECRET_ACCESS_KEY") : QString());
    if (!bedrock || !account) {
        return;
    }
    const QSignalBlocker blocker(m_region);
    m_region->setCurrentText(account->region);
    m_region0 = account->region;
    m_baseUrl->setText(account->baseUrl.toString());
    m_awsProfile->clear();
    m_awsProfile->addItem(QString());
    m_awsProfile->addItems(AwsCredentialChain::profileNames());
    m_awsProfile->setCurrentText(account->awsProfile);
    m_modelsUrl->setText(account->modelsUrl.toString());
    m_stream->setChecked(account->stream);
    m_modelsUrl->setPlaceholderText(BedrockConverse::controlUrl(account->region).toString());
}

void ProvidersPage::regionChanged(const QString &region)
{
    // The endpoint follows the region unless the user set one of their own (a VPC endpoint).
    const QString trimmed = region.trimmed();
    if (m_baseUrl->text().trimmed().isEmpty()
        || QUrl(m_baseUrl->text().trimmed()) == BedrockConverse::runtimeUrl(m_region0)) {
        m_baseUrl->setText(BedrockConverse::runtimeUrl(trimmed).toString());
    }
    m_modelsUrl->setPlaceholderText(BedrockConverse::controlUrl(trimmed).toString());
    m_region0 = trimmed;
}

void ProvidersPage::showModels(const QString &accountId)
{
    m_fillingModels = true;
    const auto filled = qScopeGuard([this] { m_fillingModels = false; });
    m_modelItems->clear();
    if (!m_database) {
        return;
    }
    const auto models = ModelStore(*m_database).models(accountId);
    if (!models) {
        m_connection->setText(models.error().message);
        return;
    }
    const std::optional<ProviderAccount> account = m_config.find(accountId);
    for (const StoredModel &model : *models) {
        QString text = model.displayName.isEmpty() || model.displayName == model.id
            ? model.id
            : u"%1 (%2)"_s.arg(model.displayName, model.id);
        if (account) {
            // What it reads besides text, and who says so (docs/attachments.md).
            const ModelCapabilities reads = capabilitiesFor(*account, model.id, model.reads, model.chosen);
            const QString what = reads.images && reads.pdfs ? tr("images, PDFs")
                : reads.images                              ? tr("images")
                : reads.pdfs                                ? tr("PDFs")
                                                            : QString();
            if (model.chosen) {
                text += u"  ·  "_s + (what.isEmpty() ? tr("text only") : what) + u' ' + tr("(your choice)");
            } else if (!what.isEmpty()) {
                text += u"  ·  "_s + what;
            }
        }
        auto *item = new QStandardItem(text);
        item->setData(model.id, Qt::UserRole);
        item->setCheckable(true);
        item->setCheckState(model.hidden ? Qt::Unchecked : Qt::Checked);
        m_modelItems->appendRow(item);
    }
}

void ProvidersPage::chooseWhatAModelReads(const QPoint &position)
{
    const QModelIndex index = m_models->indexAt(position);
    const std::optional<ProviderAccount> account = m_config.find(currentId());
    if (!index.isValid() || !account || !m_database) {
        return;
    }
    const QString model = index.data(Qt::UserRole).toString();
    ModelStore store(*m_database);
    const ModelReads known = store.reads(account->id, model).value_or(ModelReads {});
    QMenu menu(m_models);
    menu.setObjectName(u"modelReadsMenu"_s);
    menu.setToolTipsVisible(true);
    const QString said = known.listed ? tr("as the provider's list says") : tr("as Quorum's table says");
    QAction *automatic = menu.addAction(tr("Reads what it reads, %1").arg(said));
    automatic->setCheckable(true);
    automatic->setChecked(!known.chosen);
    menu.addSeparator();
    const QList<std::pair<QString, ModelCapabilities>> choices {{tr("Text only"), {false, false}},
        {tr("Images"), {true, false}},
        {tr("PDFs"), {false, true}},
        {tr("Images and PDFs"), {true, true}}};
    QHash<QAction *, ModelCapabilities> chosen;
    for (const auto &[label, capabilities] : choices) {
        QAction *action = menu.addAction(label);
        action->setCheckable(true);
        action->setChecked(known.chosen == capabilities);
        chosen.insert(action, capabilities);
    }
    QAction *picked = menu.exec(m_models->viewport()->mapToGlobal(position));
    if (!picked) {
        return;
    }
    const std::optional<ModelCapabilities> choice
        = picked == automatic ? std::nullopt : std::optional<ModelCapabilities>(chosen.value(picked));
    if (auto set = store.setReads(account->id, model, choice); !set) {
        m_connection->setText(tr("Not saved: %1").arg(set.error().message));
        return;
    }
    showModels(account->id);
}

} // namespace Quorum
