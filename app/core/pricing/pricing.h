// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <optional>

#include <QStringList>

#include "pricing/cost.h"
#include "storage/storageerror.h"

namespace Quorum
{

class ChatStream;
class Database;
struct ChatRequest;
struct ProviderAccount;

/*!
 * Prices for provider accounts and the cost of their answers. The scopes of an account, in
 * order: its own id, then its preset (a Mistral account: "mistral"), or for an account
 * without a preset its kind ("openai"). So an OpenRouter or Groq account is never priced as
 * OpenAI; a local server (Ollama, LM Studio, ...) costs 0 unless the user set a price.
 */
class Pricing final
{
public:
    explicit Pricing(const Database &database);
    //! Without a database (quorum ask --no-store on a first run): the built-in list only.
    Pricing() = default;

    //! Adds the built-in list to the table (rows already there are skipped).
    [[nodiscard]] std::expected<int, StorageError> seedBuiltIn();

    static QStringList scopesFor(const ProviderAccount &account);
    //! The model ids to look a price up under: as given, the served model, without a date suffix.
    static QStringList modelCandidates(const QString &model, const QString &servedModel = {});

    std::optional<ModelPrice> priceFor(
        const ProviderAccount &account, const QString &model, const QString &servedModel, qint64 at) const;
    /*!
     * The cost of a stream's answer to \a request, at the prices in force now: usage at the
     * price, the provider's own figure, an estimate from the text when no usage came, and $0
     * for a request refused with an HTTP error before anything streamed (docs/pricing.md).
     */
    Cost costOf(const ProviderAccount &account, const ChatRequest &request, const ChatStream &stream) const;

private:
    const Database *m_database = nullptr;
};

} // namespace Quorum
