// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/toolcallassembler.h"

namespace Quorum
{

void ToolCallAssembler::begin(int index, const QString &id, const QString &name)
{
    ToolCall &call = m_calls[index];
    if (!id.isEmpty()) {
        call.id = id;
    }
    if (!name.isEmpty()) {
        call.name = name;
    }
}

void ToolCallAssembler::appendArguments(int index, const QString &piece)
{
    m_calls[index].arguments += piece;
}

void ToolCallAssembler::setArguments(int index, const QString &arguments)
{
    m_calls[index].arguments = arguments;
}

void ToolCallAssembler::take(int index, QList<StreamEvent> &events)
{
    const auto found = m_calls.find(index);
    if (found == m_calls.end()) {
        return;
    }
    ToolCall call = std::move(found->second);
    m_calls.erase(found);
    emitCall(std::move(call), events);
}

void ToolCallAssembler::takeAll(QList<StreamEvent> &events)
{
    for (auto &[index, call] : m_calls) {
        emitCall(std::move(call), events);
    }
    m_calls.clear();
}

void ToolCallAssembler::emitCall(ToolCall call, QList<StreamEvent> &events)
{
    ++m_made;
    if (call.name.isEmpty()) {
        return;
    }
    if (call.id.isEmpty()) {
        call.id = ToolCall::generatedId(m_made);
    }
    if (call.arguments.trimmed().isEmpty()) {
        call.arguments = QStringLiteral("{}");
    }
    events.append(StreamEvent::toolCallMade(call));
}

} // namespace Quorum
