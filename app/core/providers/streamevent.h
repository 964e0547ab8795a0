// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QString>

#include "providers/finishreason.h"
#include "providers/streamerror.h"
#include "types/toolcall.h"
#include "types/usage.h"

namespace Quorum
{

//! One normalised event decoded from a provider's stream.
struct StreamEvent {
    enum class Type {
        Text,      //!< `text` is the next piece of the answer
        Reasoning, //!< `text` is the next piece of reasoning / thinking
        Usage,     //!< `usage` is the usage so far (cumulative; replaces earlier values)
        Finished,  //!< the answer is complete, `finish` says why it stopped
        Failed,    //!< the stream carried an error, `error` says which
        Model,     //!< `text` names the model that actually answered
        Tool,      //!< `toolCall` is a call the model made, its arguments whole
        //! `text` is a block the provider wants back, as it was, with the calls of this answer
        //! when it is asked again (a JSON object: Anthropic's thinking block with its
        //! signature, Bedrock's reasoningContent)
        Echo,
    };

    Type type = Type::Text;
    QString text;
    Usage usage;
    FinishReason finish;
    StreamError error;
    ToolCall toolCall {};

    static StreamEvent textDelta(const QString &text) { return {Type::Text, text, {}, {}, {}}; }
    static StreamEvent reasoningDelta(const QString &text) { return {Type::Reasoning, text, {}, {}, {}}; }
    static StreamEvent usageUpdate(const Usage &usage) { return {Type::Usage, {}, usage, {}, {}}; }
    static StreamEvent finished(const FinishReason &finish) { return {Type::Finished, {}, {}, finish, {}}; }
    static StreamEvent failed(const StreamError &error) { return {Type::Failed, {}, {}, {}, error}; }
    static StreamEvent toolCallMade(const ToolCall &call) { return {Type::Tool, {}, {}, {}, {}, call}; }
    static StreamEvent echo(const QString &block) { return {Type::Echo, block, {}, {}, {}, {}}; }
    static StreamEvent servedBy(const QString &model) { return {Type::Model, model, {}, {}, {}}; }
};

} // namespace Quorum
