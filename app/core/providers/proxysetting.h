// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QCoreApplication>
#include <QList>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;

namespace Quorum
{

/*!
 * How requests reach a provider: as the global setting says (an account's default), through
 * the system's proxy, directly, or through an HTTP or SOCKS5 proxy. Written as text in
 * settings and providers.json: "", "system", "none", "http://host:port", "socks5://host:port".
 * Proxy passwords are secrets, so a proxy URL with credentials is refused.
 */
struct ProxySetting {
    Q_DECLARE_TR_FUNCTIONS(Quorum::ProxySetting)

public:
    enum class Mode { Inherit, System, None, Manual };
    Mode mode = Mode::Inherit;
    QNetworkProxy proxy; //!< for Manual

    [[nodiscard]] static std::expected<ProxySetting, QString> parse(const QString &text);
    QString toString() const;

    friend bool operator==(const ProxySetting &a, const ProxySetting &b)
    {
        return a.mode == b.mode && (a.mode != Mode::Manual || a.proxy == b.proxy);
    }
};

/*!
 * Picks the proxy of each request: the setting of the provider account whose base URL the
 * request goes to (longest matching path wins), else the global setting, else the system's.
 * Installed on the one QNetworkAccessManager, because Qt has no per-request proxy.
 */
class ProviderProxyFactory final : public QNetworkProxyFactory
{
public:
    ProviderProxyFactory(QList<QPair<QUrl, ProxySetting>> accounts, ProxySetting global);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query = QNetworkProxyQuery()) override;

private:
    QList<QNetworkProxy> resolve(const ProxySetting &setting, const QNetworkProxyQuery &query) const;

    QList<QPair<QUrl, ProxySetting>> m_accounts;
    ProxySetting m_global;
};

struct ProviderAccount;

/*!
 * Gives \a account the global network settings it does not set itself: the response
 * timeout, and the global headers (\a headers, "Name: value" per line) before its own, which
 * win on a clash.
 */
void applyNetworkDefaults(ProviderAccount &account, int timeoutSeconds, const QString &headers);

//! Routes \a network's requests through the proxies of \a accounts and \a global.
void installProviderProxies(
    QNetworkAccessManager &network, const QList<ProviderAccount> &accounts, const ProxySetting &global);

} // namespace Quorum
