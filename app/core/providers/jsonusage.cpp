// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/jsonusage.h"

using namespace Qt::StringLiterals;

namespace Quorum::JsonUsage
{

namespace
{
qint64 count(const QJsonObject &object, QLatin1StringView key)
{
    return qMax<qint64>(0, object.value(key).toInteger(0));
}
} // namespace

Usage fromOpenAiChat(const QJsonObject &usage)
{
    Usage result;
    result.input = count(usage, "prompt_tokens"_L1);
    result.output = count(usage, "completion_tokens"_L1);
    // Mistral's SDK also knows a misspelt prompt_token_details and num_cached_tokens.
    QJsonObject promptDetails = usage.value("prompt_tokens_details"_L1).toObject();
    if (promptDetails.isEmpty()) {
        promptDetails = usage.value("prompt_token_details"_L1).toObject();
    }
    result.cachedInput = count(promptDetails, "cached_tokens"_L1);
    if (result.cachedInput == 0) {
        result.cachedInput = count(usage, "num_cached_tokens"_L1);
    }
    result.cacheWrite = count(promptDetails, "cache_write_tokens"_L1);
    result.reasoning = count(usage.value("completion_tokens_details"_L1).toObject(), "reasoning_tokens"_L1);
    if (const QJsonValue cost = usage.value("cost"_L1); cost.isDouble()) {
        result.providerCostUsd = cost.toDouble();
    }
    return result;
}

Usage fromOpenAiResponses(const QJsonObject &usage)
{
    Usage result;
    result.input = count(usage, "input_tokens"_L1);
    result.output = count(usage, "output_tokens"_L1);
    result.cachedInput = count(usage.value("input_tokens_details"_L1).toObject(), "cached_tokens"_L1);
    result.reasoning = count(usage.value("output_tokens_details"_L1).toObject(), "reasoning_tokens"_L1);
    return result;
}

Usage fromAnthropic(const QJsonObject &usage, const Usage &previous)
{
    // message_delta repeats only what changed: keep message_start's values for the rest.
    Usage result = previous;
    const qint64 cacheRead = usage.contains("cache_read_input_tokens"_L1) ? count(usage, "cache_read_input_tokens"_L1)
                                                                          : previous.cachedInput;
    const qint64 cacheWrite = usage.contains("cache_creation_input_tokens"_L1)
        ? count(usage, "cache_creation_input_tokens"_L1)
        : previous.cacheWrite;
    if (usage.contains("input_tokens"_L1)) {
        result.input = count(usage, "input_tokens"_L1) + cacheRead + cacheWrite;
    } else {
        result.input = previous.input - previous.cachedInput - previous.cacheWrite + cacheRead + cacheWrite;
    }
    result.cachedInput = cacheRead;
    result.cacheWrite = cacheWrite;
    if (usage.contains("output_tokens"_L1)) {
        result.output = count(usage, "output_tokens"_L1);
    }
    if (const QJsonObject details = usage.value("output_tokens_details"_L1).toObject(); !details.isEmpty()) {
        result.reasoning = count(details, "thinking_tokens"_L1);
    }
    return result;
}

Usage fromGemini(const QJsonObject &usageMetadata)
{
    Usage result;
    const qint64 prompt = count(usageMetadata, "promptTokenCount"_L1);
    const qint64 candidates = count(usageMetadata, "candidatesTokenCount"_L1);
    const qint64 thoughts = count(usageMetadata, "thoughtsTokenCount"_L1);
    const qint64 toolPrompt = count(usageMetadata, "toolUsePromptTokenCount"_L1);
    const qint64 total = count(usageMetadata, "totalTokenCount"_L1);
    result.input = prompt + toolPrompt;
    result.cachedInput = count(usageMetadata, "cachedContentTokenCount"_L1);
    result.reasoning = thoughts;
    // Thoughts are normally not in candidatesTokenCount; when prompt + candidates already
    // make the total, they were (the rare inclusive case LiteLLM also detects).
    const bool inclusive = thoughts > 0 && total > 0 && prompt + toolPrompt + candidates == total;
    result.output = inclusive ? candidates : candidates + thoughts;
    return result;
}

} // namespace Quorum::JsonUsage
