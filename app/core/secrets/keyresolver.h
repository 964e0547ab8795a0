// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include "secrets/apikeys.h"
#include "secrets/secretstore.h"

namespace Quorum
{

struct ProviderAccount;

/*!
 * Finds the API key of a provider account, by one rule for the window and the command line
 * alike (docs/reliability.md, "Keys"): the account's environment variable when it is set,
 * else the key kept for this session (the window, without a keychain), else the keychain's.
 * A local server needs no key, but one the user stored is sent.
 *
 * Keychain reads are asynchronous (a locked keychain may ask the user): resolve() reads what
 * it does not know yet and then calls back, unless its context object was deleted meanwhile. Found keys are kept for
 * the session; a key that was missing for an account that needs one is looked up again next time (it may have been set
 * from the command line since). Writing or removing a key through either store forgets what was known of it.
 */
class KeyResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyResolver)

public:
    //! \a keychain may be null (no keychain at all); \a sessionKeys too (the CLI has none).
    explicit KeyResolver(SecretStore *keychain, SecretStore *sessionKeys = nullptr, QObject *parent = nullptr);
    ~KeyResolver() override;

    /*!
     * Looks up the keys of \a accounts, then calls \a done, unless \a context is gone by then:
     * at once when every key is known (or in the environment), else when the last read ends.
     */
    void resolve(const QList<ProviderAccount> &accounts, QObject *context, std::function<void()> done);
    //! resolve() for one account, waiting for it (the command line).
    KeyLookup resolveNow(ProviderAccount &account);
    /*!
     * Fills \a account's key by the rule above from what resolve() found (the environment is
     * read anew each time). Where it came from, or why there is none.
     */
    KeyLookup apply(ProviderAccount &account) const;
    //! Why the keychain gave no key for \a accountId when it was last asked (none: it did, or
    //! it was not asked).
    std::optional<SecretError> keychainError(const QString &accountId) const;
    //! Forgets what was found for \a accountId (all accounts when empty).
    void forget(const QString &accountId = {});

private:
    struct Found {
        QString key;
        KeyLookup::Source source = KeyLookup::Source::Missing;
        std::optional<SecretError> error; //!< why the keychain gave nothing
    };
    struct Waiter {
        QStringList pending;
        QPointer<QObject> context;
        std::function<void()> done;
    };

    void lookUp(const QString &accountId);
    void finished(const QString &accountId, Found found);
    bool knows(const ProviderAccount &account) const;

    QPointer<SecretStore> m_keychain;
    QPointer<SecretStore> m_sessionKeys;
    QHash<QString, Found> m_found;
    QSet<QString> m_inFlight;
    QList<Waiter> m_waiters;
    quint64 m_generation = 0; //!< forget() makes answers to earlier reads stale
};

} // namespace Quorum
