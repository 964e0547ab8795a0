// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "models/accountlistmodel.h"

#include "providers/providerconfig.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

AccountListModel::AccountListModel(ProviderConfig &accounts, QObject *parent)
    : KeyedListModel(parent)
    , m_accounts(accounts)
{
    connect(&m_accounts, &ProviderConfig::changed, this, &AccountListModel::reload);
    reload();
}

AccountListModel::~AccountListModel() = default;

void AccountListModel::reload()
{
    replaceRows(m_accounts.accounts());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProviderAccount &account = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString text = u"%1 — %2"_s.arg(account.id, ProviderPreset::displayNameFor(account.preset, account.kind));
        return account.enabled ? text : tr("%1 (disabled)").arg(text);
    }
    case Qt::ToolTipRole:
        return account.baseUrl.toString();
    case IdRole:
        return account.id;
    case EnabledRole:
        return account.enabled;
    default:
        return {};
    }
}

Qt::ItemFlags AccountListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

} // namespace Quorum
