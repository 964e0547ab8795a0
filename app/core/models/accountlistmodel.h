// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "models/keyedlistmodel.h"
#include "providers/provideraccount.h"

namespace Quorum
{

class ProviderConfig;

/*!
 * The provider accounts (providers.json, with the built-in Ollama unless the user has their
 * own): what Settings → Providers lists. It follows ProviderConfig::changed(), so an account
 * saved in Settings or added with `quorum providers add` while the window runs is there.
 */
class AccountListModel final : public KeyedListModel<ProviderAccount, QString>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)

public:
    enum Role { IdRole = Qt::UserRole, EnabledRole };

    explicit AccountListModel(ProviderConfig &accounts, QObject *parent = nullptr);
    ~AccountListModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    QString keyOf(const ProviderAccount &row) const override { return row.id; }

private:
    void reload();

    ProviderConfig &m_accounts;
};

} // namespace Quorum
