// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/proxysetting.h"

#include <QNetworkAccessManager>

#include "providers/provideraccount.h"
#include "providers/streamtransport.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

std::expected<ProxySetting, QString> ProxySetting::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == "default"_L1) {
        return ProxySetting {};
    }
    if (trimmed == "system"_L1) {
        return ProxySetting {Mode::System, {}};
    }
    if (trimmed == "none"_L1 || trimmed == "direct"_L1) {
        return ProxySetting {Mode::None, {}};
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    QNetworkProxy::ProxyType type = QNetworkProxy::DefaultProxy;
    if (url.scheme() == "http"_L1) {
        type = QNetworkProxy::HttpProxy;
    } else if (url.scheme() == "socks5"_L1 || url.scheme() == "socks5h"_L1) {
        type = QNetworkProxy::Socks5Proxy;
    }
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 || type == QNetworkProxy::DefaultProxy) {
        return std::unexpected(
            tr("A proxy is system, none, http://HOST:PORT or socks5://HOST:PORT, not \"%1\".").arg(trimmed));
    }
    if (!url.userInfo().isEmpty()) {
        return std::unexpected(tr("A proxy password would be stored in a plain file; use a proxy without one."));
    }
    return ProxySetting {Mode::Manual, QNetworkProxy(type, url.host(), quint16(url.port()))};
}

QString ProxySetting::toString() const
{
    switch (mode) {
    case Mode::Inherit:
        return {};
    case Mode::System:
        return u"system"_s;
    case Mode::None:
        return u"none"_s;
    case Mode::Manual:
        break;
    }
    const QString scheme = proxy.type() == QNetworkProxy::Socks5Proxy ? u"socks5"_s : u"http"_s;
    return u"%1://%2:%3"_s.arg(scheme, proxy.hostName()).arg(proxy.port());
}

ProviderProxyFactory::ProviderProxyFactory(QList<QPair<QUrl, ProxySetting>> accounts, ProxySetting global)
    : m_accounts(std::move(accounts))
    , m_global(std::move(global))
{
}

QList<QNetworkProxy> ProviderProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QUrl url = query.url();
    const ProxySetting *best = nullptr;
    qsizetype bestLength = -1;
    for (const auto &[base, setting] : std::as_const(m_accounts)) {
        if (setting.mode == ProxySetting::Mode::Inherit || base.scheme() != url.scheme() || base.host() != url.host()
            || base.port(base.scheme() == "https"_L1 ? 443 : 80) != url.port(url.scheme() == "https"_L1 ? 443 : 80)) {
            continue;
        }
        const QString path = base.path().endsWith(u'/') ? base.path() : base.path() + u'/';
        if (QString(url.path() + u'/').startsWith(path) && path.size() > bestLength) {
            best = &setting;
            bestLength = path.size();
        }
    }
    return resolve(best ? *best : m_global, query);
}

QList<QNetworkProxy> ProviderProxyFactory::resolve(const ProxySetting &setting, const QNetworkProxyQuery &query) const
{
    switch (setting.mode) {
    case ProxySetting::Mode::Inherit:
    case ProxySetting::Mode::System:
        return systemProxyForQuery(query);
    case ProxySetting::Mode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case ProxySetting::Mode::Manual:
        break;
    }
    return {setting.proxy};
}

void installProviderProxies(
    QNetworkAccessManager &network, const QList<ProviderAccount> &accounts, const ProxySetting &global)
{
    QList<QPair<QUrl, ProxySetting>> routes;
    for (const ProviderAccount &account : accounts) {
        routes.append({account.baseUrl, account.proxy});
    }
    network.setProxyFactory(new ProviderProxyFactory(routes, global)); // the manager owns it
    // The answers' requests go out from the network thread's own manager: same routes, its
    // own copy of the factory.
    StreamTransport::of(&network)->setProxyFactory(std::make_shared<ProviderProxyFactory>(routes, global));
}

void applyNetworkDefaults(ProviderAccount &account, int timeoutSeconds, const QString &headers)
{
    if (account.timeoutSeconds <= 0 && timeoutSeconds > 0) {
        account.timeoutSeconds = timeoutSeconds;
    }
    QList<QPair<QByteArray, QByteArray>> merged;
    for (const QString &line : headers.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            continue; // Settings -> Network refuses these; a hand-edited file may still have one
        }
        const QByteArray name = line.first(colon).trimmed().toLatin1();
        const bool own = std::ranges::any_of(account.extraHeaders,
            [&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (!own) {
            merged.append({name, line.sliced(colon + 1).trimmed().toLatin1()});
        }
    }
    account.extraHeaders = merged + account.extraHeaders;
}

} // namespace Quorum
