// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "secrets/apikeys.h"

#include <QCoreApplication>

#include "providers/provideraccount.h"
#include "secrets/secretstore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

QString KeyLookup::sourceName(Source source)
{
    switch (source) {
    case Source::NotNeeded:
        return u"not_needed"_s;
    case Source::Environment:
        return u"environment"_s;
    case Source::Keychain:
        return u"keychain"_s;
    case Source::Missing:
        return u"missing"_s;
    }
    return {};
}

KeyLookup loadApiKey(ProviderAccount &account, SecretStore &secrets)
{
    if (!account.needsKey()) {
        // A local server needs none, but one the user stored (or set) is sent.
        account.apiKey.clear();
        if (account.loadKeyFromEnvironment() && !account.apiKey.isEmpty()) {
            return {KeyLookup::Source::Environment, {}};
        }
        if (const auto stored = secrets.readBlocking(account.id); stored && !stored->isEmpty()) {
            account.apiKey = *stored;
            return {KeyLookup::Source::Keychain, {}};
        }
        return {KeyLookup::Source::NotNeeded, {}};
    }
    account.apiKey.clear();
    if (account.loadKeyFromEnvironment() && !account.apiKey.isEmpty()) {
        return {KeyLookup::Source::Environment, {}};
    }
    const auto stored = secrets.readBlocking(account.id);
    if (stored && !stored->isEmpty()) {
        account.apiKey = *stored;
        return {KeyLookup::Source::Keychain, {}};
    }
    const QString env = account.effectiveKeyEnv();
    const auto tr = [](const char *text) { return QCoreApplication::translate("Quorum::ApiKeys", text); };
    if (!stored && stored.error().kind == SecretError::Kind::NoKeychain) {
        return {KeyLookup::Source::Missing,
            tr("No API key for %1: %2 Set the environment variable %3 instead.")
                .arg(account.id, stored.error().message, env.isEmpty() ? u"(none)"_s : env)};
    }
    return {KeyLookup::Source::Missing,
        env.isEmpty()
            ? tr("No API key for %1: store one with quorum providers set-key %1.").arg(account.id)
            : tr("No API key for %1: store one with quorum providers set-key %1, or set %2.").arg(account.id, env)};
}

} // namespace Quorum
