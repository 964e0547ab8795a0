// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "secrets/keyresolver.h"

#include <QEventLoop>
#include <QSet>

#include "providers/provideraccount.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

KeyResolver::KeyResolver(SecretStore *keychain, SecretStore *sessionKeys, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_sessionKeys(sessionKeys)
{
    for (SecretStore *store : {keychain, sessionKeys}) {
        if (store) {
            connect(store, &SecretStore::changed, this, [this](const QString &id) { forget(id); });
        }
    }
}

KeyResolver::~KeyResolver() = default;

bool KeyResolver::knows(const ProviderAccount &account) const
{
    const auto it = m_found.constFind(account.id);
    if (it == m_found.cend()) {
        return false;
    }
    // A key that was missing where one is needed is looked for again: it may have been set
    // since (quorum providers set-key, while the window runs).
    return it->source != KeyLookup::Source::Missing || !account.needsKey();
}

void KeyResolver::resolve(const QList<ProviderAccount> &accounts, QObject *context, std::function<void()> done)
{
    Waiter waiter {{}, context, std::move(done)};
    for (const ProviderAccount &account : accounts) {
        ProviderAccount probe = account;
        if (probe.loadKeyFromEnvironment() && !probe.apiKey.isEmpty()) {
            continue; // the environment wins; nothing to read
        }
        if (knows(account) || waiter.pending.contains(account.id)) {
            continue;
        }
        waiter.pending.append(account.id);
    }
    if (waiter.pending.isEmpty()) {
        waiter.done(); // nothing to wait for: the window shows the turn at once
        return;
    }
    const QStringList toRead = waiter.pending;
    m_waiters.append(std::move(waiter));
    for (const QString &id : toRead) {
        if (!m_inFlight.contains(id)) {
            lookUp(id);
        }
    }
}

void KeyResolver::lookUp(const QString &accountId)
{
    m_inFlight.insert(accountId);
    const quint64 generation = m_generation;
    QPointer<KeyResolver> self(this);
    const auto fromKeychain = [self, accountId, generation] {
        if (!self) {
            return;
        }
        if (!self->m_keychain) {
            self->finished(accountId,
                {{},
                    KeyLookup::Source::Missing,
                    SecretError {SecretError::Kind::NoKeychain, tr("No keychain is available.")}});
            return;
        }
        self->m_keychain->read(accountId, [self, accountId, generation](std::expected<QString, SecretError> stored) {
            if (!self || generation != self->m_generation) {
                if (self) {
                    self->m_inFlight.remove(accountId);
                    self->lookUp(accountId); // forgotten meanwhile: read again
                }
                return;
            }
            if (stored && !stored->isEmpty()) {
                self->finished(accountId, {*stored, KeyLookup::Source::Keychain, std::nullopt});
            } else {
                self->finished(accountId,
                    {{},
                        KeyLookup::Source::Missing,
                        stored ? SecretError {SecretError::Kind::NotFound, QString()} : stored.error()});
            }
        });
    };
    if (!m_sessionKeys) {
        fromKeychain();
        return;
    }
    m_sessionKeys->read(accountId, [self, accountId, fromKeychain](std::expected<QString, SecretError> session) {
        if (!self) {
            return;
        }
        if (session && !session->isEmpty()) {
            self->finished(accountId, {*session, KeyLookup::Source::Session, std::nullopt});
        } else {
            fromKeychain();
        }
    });
}

void KeyResolver::finished(const QString &accountId, Found found)
{
    m_inFlight.remove(accountId);
    m_found.insert(accountId, std::move(found));
    QList<Waiter> ready;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        it->pending.removeAll(accountId);
        if (it->pending.isEmpty()) {
            ready.append(std::move(*it));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    for (const Waiter &waiter : std::as_const(ready)) {
        if (waiter.context) {
            waiter.done();
        }
    }
}

KeyLookup KeyResolver::apply(ProviderAccount &account) const
{
    account.apiKey.clear();
    if (account.loadKeyFromEnvironment() && !account.apiKey.isEmpty()) {
        return {KeyLookup::Source::Environment, {}};
    }
    const Found found = m_found.value(account.id);
    if (found.source != KeyLookup::Source::Missing) {
        account.apiKey = found.key;
        return {found.source, {}};
    }
    if (!account.needsKey()) {
        return {KeyLookup::Source::NotNeeded, {}};
    }
    const QString env = account.effectiveKeyEnv();
    if (found.error && found.error->kind == SecretError::Kind::NoKeychain) {
        return {KeyLookup::Source::Missing,
            tr("No API key for %1: %2 Set the environment variable %3 instead.")
                .arg(account.id, found.error->message, env.isEmpty() ? u"(none)"_s : env)};
    }
    return {KeyLookup::Source::Missing,
        env.isEmpty()
            ? tr("No API key for %1: store one with quorum providers set-key %1.").arg(account.id)
            : tr("No API key for %1: store one with quorum providers set-key %1, or set %2.").arg(account.id, env)};
}

KeyLookup KeyResolver::resolveNow(ProviderAccount &account)
{
    QEventLoop loop;
    bool done = false;
    resolve({account}, &loop, [&] {
        done = true;
        loop.quit();
    });
    if (!done) {
        loop.exec();
    }
    return apply(account);
}

std::optional<SecretError> KeyResolver::keychainError(const QString &accountId) const
{
    const auto it = m_found.constFind(accountId);
    return it == m_found.cend() ? std::nullopt : it->error;
}

void KeyResolver::forget(const QString &accountId)
{
    ++m_generation;
    if (accountId.isEmpty()) {
        m_found.clear();
    } else {
        m_found.remove(accountId);
    }
}

} // namespace Quorum
