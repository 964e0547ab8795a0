// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "attachments/capabilities.h"

#include <algorithm>
#include <cmath>

#include "providers/protocoladapter.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
//! The service behind an account: its preset, else what its host says, else its kind's name
//! ("compatible" for an OpenAI-compatible server Quorum does not know).
QString serviceOf(const ProviderAccount &account)
{
    switch (account.kind) {
    case ProviderKind::OpenAi: {
        if (!account.preset.isEmpty()) {
            return account.preset;
        }
        const QString detected = ProviderPreset::presetForOpenAiUrl(account.baseUrl);
        return detected.isEmpty() ? u"compatible"_s : detected;
    }
    case ProviderKind::Azure:
        return u"azure"_s;
    case ProviderKind::Anthropic:
        return u"anthropic"_s;
    case ProviderKind::Gemini:
        return u"gemini"_s;
    case ProviderKind::Ollama:
        return u"ollama"_s;
    case ProviderKind::Bedrock:
        break;
    }
    return u"bedrock"_s;
}

bool startsWithAny(const QString &id, std::initializer_list<QLatin1StringView> prefixes)
{
    return std::ranges::any_of(prefixes, [&](QLatin1StringView prefix) { return id.startsWith(prefix); });
}

bool containsAny(const QString &id, std::initializer_list<QLatin1StringView> parts)
{
    return std::ranges::any_of(parts, [&](QLatin1StringView part) { return id.contains(part); });
}

//! OpenAI's models that see: GPT-4o, 4.1, 4.5, 5 and the o-series but its minis of o1 and o3.
bool openAiSees(const QString &id)
{
    if (startsWithAny(id, {"o1-mini"_L1, "o1-preview"_L1, "o3-mini"_L1, "gpt-3.5"_L1, "gpt-4-0"_L1})) {
        return false;
    }
    return startsWithAny(id,
        {"gpt-4o"_L1,
            "chatgpt-4o"_L1,
            "gpt-4.1"_L1,
            "gpt-4.5"_L1,
            "gpt-5"_L1,
            "gpt-4-turbo"_L1,
            "o1"_L1,
            "o3"_L1,
            "o4"_L1,
            "computer-use"_L1});
}

//! Open models that see, as Ollama, vLLM, LM Studio and the like name them.
bool openModelSees(const QString &id)
{
    return containsAny(id,
        {"llava"_L1,
            "vision"_L1,
            "-vl"_L1,
            "vl:"_L1,
            "qwen2.5vl"_L1,
            "qwen3-vl"_L1,
            "minicpm-v"_L1,
            "moondream"_L1,
            "gemma3"_L1,
            "gemma-3"_L1,
            "llama4"_L1,
            "llama-4"_L1,
            "pixtral"_L1,
            "mistral-small3.1"_L1,
            "mistral-small3.2"_L1,
            "granite3.2-vision"_L1,
            "bakllava"_L1});
}

//! Claude 3 and later see; 3.5 Sonnet and later (and 3.5 Haiku) read PDFs too.
ModelCapabilities claude(const QString &id)
{
    if (!id.contains("claude"_L1) || containsAny(id, {"claude-2"_L1, "claude-instant"_L1, "claude-v2"_L1})) {
        return {};
    }
    const bool firstThree = containsAny(id, {"claude-3-haiku"_L1, "claude-3-opus"_L1, "claude-3-sonnet"_L1});
    return {true, !firstThree};
}

ModelCapabilities mistral(const QString &id)
{
    // Pixtral, and Mistral Small 3.1+, Medium 3+ and Magistral 1.2+ (their "-latest" aliases
    // point there); Mistral's chat API takes no PDF data.
    const bool sees = containsAny(id,
        {"pixtral"_L1,
            "mistral-small-2503"_L1,
            "mistral-small-2506"_L1,
            "mistral-small-latest"_L1,
            "mistral-medium"_L1,
            "magistral-small-2509"_L1,
            "magistral-medium-2509"_L1});
    return {sees, false};
}

ModelCapabilities builtIn(const ProviderAccount &account, const QString &model)
{
    const QString service = serviceOf(account);
    const QString id = ProtocolAdapter::bareModel(model);
    if (service == "openai"_L1 || service == "azure"_L1) {
        // Azure: a deployment's name is the user's; it usually names its model.
        const bool sees = openAiSees(id);
        return {sees, sees};
    }
    if (service == "openrouter"_L1) {
        // OpenRouter names models by their makers ("anthropic/claude-..."): the maker's rules.
        const ModelCapabilities fromClaude = claude(id);
        const bool sees = openAiSees(id) || fromClaude.images || id.startsWith("gemini"_L1) || openModelSees(id)
            || mistral(id).images;
        return {sees, openAiSees(id) || fromClaude.pdfs || id.startsWith("gemini"_L1)};
    }
    if (service == "anthropic"_L1) {
        return claude(id);
    }
    if (service == "gemini"_L1) {
        // Every Gemini model reads images and PDFs; Gemma served there reads images.
        if (id.startsWith("gemini"_L1)) {
            return {true, true};
        }
        return {id.startsWith("gemma-3"_L1), false};
    }
    if (service == "mistral"_L1) {
        return mistral(id);
    }
    if (service == "bedrock"_L1) {
        const ModelCapabilities fromClaude = claude(id);
        if (fromClaude.images) {
            return {true, true}; // Converse takes document blocks for every Claude it serves
        }
        if (id.contains("amazon.nova"_L1)) {
            const bool sees = !id.contains("nova-micro"_L1);
            return {sees, sees};
        }
        const bool sees = containsAny(id, {"llama3-2-11b"_L1, "llama3-2-90b"_L1, "llama4"_L1, "pixtral"_L1});
        return {sees, false};
    }
    // Ollama and OpenAI-compatible servers: by the model's name; no PDF documents.
    return {openModelSees(id) || openAiSees(id), false};
}
} // namespace

ModelCapabilities capabilitiesFor(const ProviderAccount &account,
    const QString &model,
    std::optional<ModelCapabilities> listed,
    std::optional<ModelCapabilities> override)
{
    if (override) {
        return *override;
    }
    if (listed) {
        return *listed;
    }
    return builtIn(account, model);
}

AttachmentLimits limitsFor(const ProviderAccount &account, const QString &model)
{
    AttachmentLimits limits;
    const QString service = serviceOf(account);
    const bool claudeModel = ProtocolAdapter::bareModel(model).contains("claude"_L1);
    if (service == "anthropic"_L1 || (claudeModel && service != "openrouter"_L1)) {
        // Anthropic: images past 1,568 px are scaled down by the API (and past 8,000 refused),
        // 5 MB of base64 per image; PDFs up to 32 MB and 100 pages.
        limits.imageEdge = 1568;
        limits.imageBytes = 3'750'000;
    } else if (service == "gemini"_L1) {
        // Inline data: 20 MB for the whole request.
        limits.imageEdge = 3072;
        limits.imageBytes = 7LL * 1024 * 1024;
        limits.pdfBytes = 15LL * 1024 * 1024;
        limits.pdfPages = 1000;
    } else if (service == "mistral"_L1) {
        limits.imageEdge = 1540;
        limits.imageBytes = 10LL * 1024 * 1024;
    } else if (service == "ollama"_L1 || service == "compatible"_L1) {
        limits.imageEdge = 1536; // local vision models scale to 336-1,344 px themselves
    }
    if (service == "bedrock"_L1) {
        // Converse: an image up to 3.75 MB and 8,000 px; a document up to 4.5 MB.
        limits.imageBytes = 3'750'000;
        limits.pdfBytes = 4'500'000;
    }
    return limits;
}

ImageTokenRule imageTokenRule(const ProviderAccount &account, const QString &model)
{
    const QString service = serviceOf(account);
    const QString id = ProtocolAdapter::bareModel(model);
    if (service == "anthropic"_L1 || id.contains("claude"_L1)) {
        return ImageTokenRule::Anthropic;
    }
    if (service == "gemini"_L1 || id.startsWith("gemini"_L1)) {
        return ImageTokenRule::Gemini;
    }
    if (service == "mistral"_L1 || id.contains("pixtral"_L1)) {
        return ImageTokenRule::Pixtral;
    }
    if (service == "openai"_L1 || service == "azure"_L1 || service == "openrouter"_L1 || openAiSees(id)) {
        return ImageTokenRule::OpenAiTiles;
    }
    return ImageTokenRule::Flat;
}

qint64 imageTokens(ImageTokenRule rule, int width, int height)
{
    if (width <= 0 || height <= 0) {
        return 0;
    }
    const auto ceilDiv = [](qint64 a, qint64 b) { return (a + b - 1) / b; };
    switch (rule) {
    case ImageTokenRule::OpenAiTiles: {
        // High detail: fit in 2,048 x 2,048, then the short side to 768; 170 per 512 px tile + 85.
        double w = width;
        double h = height;
        if (const double over = std::max(w, h) / 2048.0; over > 1.0) {
            w /= over;
            h /= over;
        }
        if (const double over = std::min(w, h) / 768.0; over > 1.0) {
            w /= over;
            h /= over;
        }
        return 85 + 170 * ceilDiv(qint64(std::ceil(w)), 512) * ceilDiv(qint64(std::ceil(h)), 512);
    }
    case ImageTokenRule::Anthropic:
        return ceilDiv(qint64(width) * height, 750); // width x height / 750
    case ImageTokenRule::Gemini:
        if (width <= 384 && height <= 384) {
            return 258;
        }
        return 258 * ceilDiv(width, 768) * ceilDiv(height, 768); // 258 per 768 px tile
    case ImageTokenRule::Pixtral:
        return ceilDiv(width, 16) * ceilDiv(height, 16) + ceilDiv(height, 16); // a token per 16 px patch, one per row
    case ImageTokenRule::Flat:
        break;
    }
    return 576; // LLaVA-style encoders: 24 x 24 patches whatever the size
}

} // namespace Quorum
