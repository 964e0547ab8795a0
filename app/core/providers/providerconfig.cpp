// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/providerconfig.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Quorum
{

ProviderConfig::ProviderConfig(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(100);
    connect(&m_settle, &QTimer::timeout, this, &ProviderConfig::reread);
}

ProviderConfig::~ProviderConfig() = default;

void ProviderConfig::watch()
{
    if (m_watcher) {
        return;
    }
    QDir().mkpath(m_dataDir);
    m_watcher = new QFileSystemWatcher(this);
    // The directory too: QSaveFile replaces the file, and a watch on the old one ends with it.
    m_watcher->addPath(m_dataDir);
    if (QFile::exists(fileName())) {
        m_watcher->addPath(fileName());
    }
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
}

void ProviderConfig::reread()
{
    if (m_watcher && QFile::exists(fileName()) && !m_watcher->files().contains(fileName())) {
        m_watcher->addPath(fileName());
    }
    QFile file(fileName());
    QByteArray data;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT problem(tr("Cannot read %1: %2").arg(fileName(), file.errorString()));
            return;
        }
        data = file.readAll();
    }
    if (data == m_lastRead) {
        return; // written by this process, or touched without a change
    }
    auto accounts = parse(data);
    if (!accounts) {
        Q_EMIT problem(accounts.error());
        return;
    }
    m_lastRead = data;
    m_accounts = *accounts;
    Q_EMIT changed();
}

QString ProviderConfig::fileName() const
{
    return QDir(m_dataDir).filePath(u"providers.json"_s);
}

std::expected<QList<ProviderAccount>, QString> ProviderConfig::parse(const QByteArray &data) const
{
    QList<ProviderAccount> accounts;
    if (data.isEmpty()) {
        return accounts; // no file yet: no accounts of the user's own
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::unexpected(
            tr("%1 is not valid JSON (%2 at offset %3).").arg(fileName(), error.errorString()).arg(error.offset));
    }
    for (const QJsonValue &value : document.object().value("providers"_L1).toArray()) {
        const auto account = ProviderAccount::fromJson(value.toObject());
        if (!account) {
            return std::unexpected(tr("%1 has a provider of an unknown kind.").arg(fileName()));
        }
        accounts.append(*account);
    }
    return accounts;
}

std::expected<void, QString> ProviderConfig::load()
{
    QFile file(fileName());
    QByteArray data;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return std::unexpected(tr("Cannot read %1: %2").arg(fileName(), file.errorString()));
        }
        data = file.readAll();
    }
    auto accounts = parse(data);
    if (!accounts) {
        return std::unexpected(accounts.error());
    }
    m_accounts = *accounts;
    m_lastRead = data;
    return {};
}

std::expected<void, QString> ProviderConfig::save()
{
    if (!QDir().mkpath(m_dataDir)) {
        return std::unexpected(tr("Cannot create the data directory %1.").arg(m_dataDir));
    }
    QJsonArray providers;
    for (const ProviderAccount &account : m_accounts) {
        providers.append(account.toJson());
    }
    const QJsonObject root {{"version"_L1, 1}, {"providers"_L1, providers}};
    const QByteArray data = QJsonDocument(root).toJson();
    QSaveFile file(fileName());
    if (!file.open(QIODevice::WriteOnly) || file.write(data) < 0 || !file.commit()) {
        return std::unexpected(tr("Cannot write %1: %2").arg(fileName(), file.errorString()));
    }
    m_lastRead = data;
    Q_EMIT changed();
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
