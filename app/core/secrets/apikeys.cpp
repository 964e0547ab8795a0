// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "secrets/apikeys.h"

#include "secrets/keyresolver.h"

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
    case Source::Session:
        return u"session"_s;
    case Source::Keychain:
        return u"keychain"_s;
    case Source::Missing:
        return u"missing"_s;
    }
    return {};
}

KeyLookup loadApiKey(ProviderAccount &account, SecretStore &secrets)
{
    KeyResolver resolver(&secrets);
    return resolver.resolveNow(account);
}

} // namespace Quorum
