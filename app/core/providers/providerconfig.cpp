// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/providerconfig.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Quorum
{

ProviderConfig::ProviderConfig(QString dataDir)
    : m_dataDir(std::move(dataDir))
{
}

QString ProviderConfig::fileName() const
{
    return QDir(m_dataDir).filePath(u"providers.json"_s);
}

std::expected<void, QString> ProviderConfig::load()
{
    m_accounts.clear();
    QFile file(fileName());
    if (!file.exists()) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return std::unexpected(tr("Cannot read %1: %2").arg(fileName(), file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(
            tr("%1 is not valid JSON (%2 at offset %3).").arg(fileName(), error.errorString()).arg(error.offset));
    }
    for (const QJsonValue &value : document.object().value("providers"_L1).toArray()) {
        const auto account = ProviderAccount::fromJson(value.toObject());
        if (!account) {
            return std::unexpected(tr("%1 has a provider of an unknown kind.").arg(fileName()));
        }
        m_accounts.append(*account);
    }
    return {};
}

std::expected<void, QString> ProviderConfig::save() const
{
    if (!QDir().mkpath(m_dataDir)) {
        return std::unexpected(tr("Cannot create the data directory %1.").arg(m_dataDir));
    }
    QJsonArray providers;
    for (const ProviderAccount &account : m_accounts) {
        providers.append(account.toJson());
    }
    const QJsonObject root {{"version"_L1, 1}, {"providers"_L1, providers}};
    QSaveFile file(fileName());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        return std::unexpected(tr("Cannot write %1: %2").arg(fileName(), file.errorString()));
    }
    return {};
}

QList<ProviderAccount> ProviderConfig::accounts() const
{
    QList<ProviderAccount> all = m_accounts;
    const bool ownOllama
        = std::ranges::any_of(m_accounts, [](const ProviderAccount &a) { return a.id == "ollama"_L1; });
    if (!ownOllama) {
        all.prepend(ProviderAccount::builtInOllama());
    }
    return all;
}

std::optional<ProviderAccount> ProviderConfig::find(const QString &id) const
{
    for (const ProviderAccount &account : accounts()) {
        if (account.id == id) {
            return account;
        }
    }
    return std::nullopt;
}

void ProviderConfig::upsert(const ProviderAccount &account)
{
    for (ProviderAccount &existing : m_accounts) {
        if (existing.id == account.id) {
            existing = account;
            return;
        }
    }
    m_accounts.append(account);
}

bool ProviderConfig::isBuiltIn(const QString &id) const
{
    return id == "ollama"_L1
        && std::ranges::none_of(m_accounts, [](const ProviderAccount &a) { return a.id == "ollama"_L1; });
}

bool ProviderConfig::remove(const QString &id)
{
    return m_accounts.removeIf([&](const ProviderAccount &a) { return a.id == id; }) > 0;
}

} // namespace Quorum
