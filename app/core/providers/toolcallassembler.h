// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <map>

#include <QList>

#include "providers/streamevent.h"

namespace Quorum
{

/*!
 * Tool calls whose arguments arrive in pieces (OpenAI Chat and Responses, Anthropic, Bedrock),
 * kept by the index the stream gives each call until it is whole. A call without an id gets
 * one of Quorum's (ToolCall::generatedId); a call without a name is the stream's mistake and
 * is dropped when taken, as no tool can run it.
 */
class ToolCallAssembler
{
public:
    //! A call starts (or, where a protocol repeats its head, goes on) at \a index.
    void begin(int index, const QString &id, const QString &name);
    void appendArguments(int index, const QString &piece);
    //! The call's arguments whole (where a protocol repeats them at the end), replacing the pieces.
    void setArguments(int index, const QString &arguments);
    bool has(int index) const { return m_calls.contains(index); }
    bool isEmpty() const { return m_calls.empty(); }
    //! The highest index begun, -1 for none.
    int lastIndex() const { return m_calls.empty() ? -1 : m_calls.rbegin()->first; }
    //! Appends the call at \a index, whole, as a Tool event (nothing if there is none).
    void take(int index, QList<StreamEvent> &events);
    //! Appends every call still open, in index order.
    void takeAll(QList<StreamEvent> &events);

private:
    void emitCall(ToolCall call, QList<StreamEvent> &events);

    std::map<int, ToolCall> m_calls;
    int m_made = 0;
};

} // namespace Quorum
