// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QString>

#include "types/generationparameters.h"
#include "types/libraryprompt.h"

namespace Quorum
{

struct ResponseRecord;

/*!
 * One model a prompt goes to, with its parameters: "account/model" on the command line, or
 * "account/model#variant" for the model with a named variant's parameters (system prompt,
 * sampling, reasoning, output schema; docs/experiments.md). The same model may be a target
 * twice, with two variants.
 */
struct ChatTarget {
    QString accountId;
    QString model;
    QString variant; //!< the name of the parameters below ("": none, or the user's own)
    GenerationParameters parameters;
    //! The prompt library persona (and version) whose text `parameters.system` is.
    std::optional<PromptRef> persona;

    //! "account/model", or "account/model#variant".
    QString label() const { return variant.isEmpty() ? modelLabel() : modelLabel() + u'#' + variant; }
    //! "account/model" without the variant.
    QString modelLabel() const { return accountId + u'/' + model; }
    /*!
     * "account/model" or "account/model#variant" (models may contain '/':
     * openrouter/openai/gpt-4o, never '#'); nullopt when malformed. A variant's parameters are
     * not known here: the engine finds them by name (VariantStore).
     */
    static std::optional<ChatTarget> parse(const QString &label);
    //! The target an answer was asked of, with the parameters stored with it.
    static ChatTarget fromResponse(const ResponseRecord &response);
    friend bool operator==(const ChatTarget &, const ChatTarget &) = default;
};

} // namespace Quorum
