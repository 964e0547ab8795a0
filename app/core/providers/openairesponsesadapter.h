// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include "providers/openaichatadapter.h"

namespace Quorum
{

/*!
 * OpenAI's Responses API (`/v1/responses`), chosen per account for models offered only
 * there. Authentication, errors and the model list are those of Chat Completions.
 */
class OpenAiResponsesAdapter final : public OpenAiChatAdapter
{
public:
    explicit OpenAiResponsesAdapter(ProviderAccount account);

    QStringList unsupported(const ChatRequest &request) const override;
    SchemaSupport schemaSupport() const override { return SchemaSupport::Native; }
    QNetworkRequest chatRequest(const ChatRequest &request, QByteArray &body) const override;
    std::unique_ptr<StreamDecoder> makeDecoder() const override;
};

} // namespace Quorum
