// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "pricing/pricing.h"

#include <QDateTime>
#include <QRegularExpression>

#include "pricing/pricelist.h"
#include "providers/chatrequest.h"
#include "providers/chatstream.h"
#include "providers/provideraccount.h"
#include "storage/pricestore.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

Pricing::Pricing(const Database &database)
    : m_database(&database)
{
}

std::expected<int, StorageError> Pricing::seedBuiltIn()
{
    if (!m_database) {
        return 0;
    }
    return PriceStore(*m_database).add(PriceList::builtIn());
}

QStringList Pricing::scopesFor(const ProviderAccount &account)
{
    QStringList scopes {account.id};
    const QString shared = account.preset.isEmpty() ? kindName(account.kind) : account.preset;
    if (!shared.isEmpty() && shared != account.id) {
        scopes << shared;
    }
    return scopes;
}

QStringList Pricing::modelCandidates(const QString &model, const QString &servedModel)
{
    // Dated snapshots and Bedrock versions are priced as their model:
    // gpt-4o-2024-08-06 -> gpt-4o, claude-sonnet-4-5-20250929 -> claude-sonnet-4-5,
    // anthropic.claude-3-haiku-20240307-v1:0 -> anthropic.claude-3-haiku-20240307.
    static const QRegularExpression suffix(u"(-v\\d+(:\\d+)?|-\\d{4}-\\d{2}-\\d{2}|-\\d{8}|-latest)$"_s);
    QStringList candidates;
    const auto add = [&](QString name) {
        name.remove(QRegularExpression(u"^models/"_s)); // Gemini's resource names
        while (!name.isEmpty() && !candidates.contains(name)) {
            candidates << name;
            const QString shorter = QString(name).remove(suffix);
            if (shorter == name) {
                break;
            }
            name = shorter;
        }
    };
    add(model);
    add(servedModel);
    candidates << u"*"_s;
    return candidates;
}

std::optional<ModelPrice> Pricing::priceFor(
    const ProviderAccount &account, const QString &model, const QString &servedModel, qint64 at) const
{
    const QStringList scopes = scopesFor(account);
    const QStringList models = modelCandidates(model, servedModel);
    if (m_database) {
        if (const auto found = PriceStore(*m_database).find(scopes, models, at); found && *found) {
            return *found;
        }
    } else {
        for (const QString &scope : scopes) {
            for (const QString &candidate : models) {
                for (const ModelPrice &price : PriceList::builtIn()) {
                    if (price.scope == scope && price.model == candidate && price.effectiveFrom <= at) {
                        return price;
                    }
                }
            }
        }
    }
    if (account.isOnThisMachine()) {
        ModelPrice free; // a model on this machine costs nothing
        free.scope = account.id;
        free.model = u"*"_s;
        free.source = ModelPrice::Source::BuiltIn;
        return free;
    }
    return std::nullopt;
}

Cost Pricing::costOf(const ProviderAccount &account, const ChatRequest &request, const ChatStream &stream) const
{
    if (stream.status() == ChatStream::Status::Failed && stream.error().httpStatus >= 400 && !stream.usage()
        && stream.text().isEmpty() && stream.reasoning().isEmpty()) {
        // Refused with an HTTP error before anything streamed (a 400 for a parameter, a 401,
        // a 429, a 500): providers bill no such request, so it is not estimated either.
        return {0, Cost::Basis::NotBilled};
    }
    const auto price = priceFor(account, request.model, stream.servedModel(), QDateTime::currentMSecsSinceEpoch());
    qint64 promptCharacters = request.system.size();
    for (const ChatMessage &message : request.messages) {
        promptCharacters += message.content.size();
    }
    return CostCalculator::compute(
        stream.usage(), price, promptCharacters, stream.text().size() + stream.reasoning().size());
}

} // namespace Quorum
