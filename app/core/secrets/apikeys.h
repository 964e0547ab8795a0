// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

namespace Quorum
{

class SecretStore;
struct ProviderAccount;

//! Where an account's API key came from.
struct KeyLookup {
    enum class Source { NotNeeded, Environment, Session, Keychain, Missing };
    Source source = Source::Missing;
    QString problem; //!< for Missing: why, and what the user can do (never the key)

    static QString sourceName(Source source);
};

/*!
 * Fills \a account's apiKey, waiting for it (the command line): KeyResolver's rule, with
 * \a secrets as the keychain and no session keys. Missing keys come back with a message that
 * says what to do, including when there is no keychain at all.
 */
KeyLookup loadApiKey(ProviderAccount &account, SecretStore &secrets);

} // namespace Quorum
