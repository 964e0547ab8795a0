// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <optional>

#include <QString>

namespace Quorum
{

struct ResponseRecord;

//! One model a prompt goes to, with its parameters: "account/model" on the command line.
struct ChatTarget {
    QString accountId;
    QString model;
    std::optional<double> temperature;
    std::optional<int> maxTokens;

    QString label() const { return accountId + u'/' + model; }
    //! "account/model" (models may contain '/': openrouter/openai/gpt-4o); nullopt when malformed.
    static std::optional<ChatTarget> parse(const QString &label);
    //! The target an answer was asked of, with the parameters stored with it.
    static ChatTarget fromResponse(const ResponseRecord &response);
    friend bool operator==(const ChatTarget &, const ChatTarget &) = default;
};

} // namespace Quorum
