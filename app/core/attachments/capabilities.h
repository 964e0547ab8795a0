// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QString>

#include "providers/provideraccount.h"
#include "types/modelinfo.h"

namespace Quorum
{

/*!
 * The documented limits of a protocol (docs/attachments.md, "Limits"): Quorum fits what it
 * sends to them before sending, rather than letting the provider refuse the request.
 */
struct AttachmentLimits {
    int imageEdge = 2048;                   //!< longest side of an image sent, in pixels
    qint64 imageBytes = 20LL * 1024 * 1024; //!< the most bytes of one image
    qint64 pdfBytes = 32LL * 1024 * 1024;   //!< the most bytes of one PDF sent natively
    int pdfPages = 100;                     //!< the most pages of one PDF sent natively
    int pageImages = 20;                    //!< the most pages of a PDF sent as images
    int pageImageEdge = 1024;               //!< a page image's longest side

    friend bool operator==(const AttachmentLimits &, const AttachmentLimits &) = default;
};

//! How a protocol counts an image's tokens (docs/attachments.md, "Tokens").
enum class ImageTokenRule { OpenAiTiles, Anthropic, Gemini, Pixtral, Flat };

/*!
 * What \a model of \a account reads, from the built-in table (by provider and model name;
 * docs/attachments.md), unless \a listed (what the provider's own model list says, where it
 * says it) or \a override (the user's, per model) say otherwise; the override wins.
 */
ModelCapabilities capabilitiesFor(const ProviderAccount &account,
    const QString &model,
    std::optional<ModelCapabilities> listed = std::nullopt,
    std::optional<ModelCapabilities> override = std::nullopt);

//! The limits of \a account's protocol (and service, for OpenAI-compatible ones).
AttachmentLimits limitsFor(const ProviderAccount &account, const QString &model);

//! How \a account's protocol counts image tokens for \a model.
ImageTokenRule imageTokenRule(const ProviderAccount &account, const QString &model);

/*!
 * The input tokens an image of \a width x \a height (as sent, already fitted) costs under
 * \a rule: the providers' documented formulas, an estimate where a provider documents none.
 */
qint64 imageTokens(ImageTokenRule rule, int width, int height);

} // namespace Quorum
