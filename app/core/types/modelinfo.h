// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QString>

namespace Quorum
{

//! What a model reads besides text (docs/attachments.md, "What each model reads").
struct ModelCapabilities {
    bool images = false; //!< images, natively
    bool pdfs = false;   //!< PDF documents, natively (the API takes the file)

    //! As stored and printed: "" (text only), "image", "pdf" or "image,pdf".
    QString toString() const;
    //! The inverse of toString(); also "text" for text only. Nothing for anything else.
    static std::optional<ModelCapabilities> fromString(const QString &text);

    friend bool operator==(const ModelCapabilities &, const ModelCapabilities &) = default;
};

//! One model of a provider's list, as listed and as stored (ModelStore).
struct ModelInfo {
    QString id;
    QString displayName;
    qint64 contextWindow = 0; //!< input tokens, 0 when the provider does not say
    //! What the provider's list says the model reads; nothing where the list does not say.
    std::optional<ModelCapabilities> reads;

    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};

} // namespace Quorum
