// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QJsonObject>

#include "types/usage.h"

namespace Quorum
{

//! Reads each provider's usage object into the normalised Usage (docs/providers.md §12, docs/pricing.md §1).
namespace JsonUsage
{
//! OpenAI Chat, Azure, OpenRouter (with `cost`), Mistral, and OpenAI-compatible servers.
Usage fromOpenAiChat(const QJsonObject &usage);
//! OpenAI Responses: input_tokens, output_tokens and their details.
Usage fromOpenAiResponses(const QJsonObject &usage);
//! Anthropic: input_tokens excludes cache reads and writes, which are added here.
Usage fromAnthropic(const QJsonObject &usage, const Usage &previous);
//! Gemini usageMetadata: output is candidates + thoughts (unless the rare inclusive case).
Usage fromGemini(const QJsonObject &usageMetadata);
} // namespace JsonUsage

} // namespace Quorum
