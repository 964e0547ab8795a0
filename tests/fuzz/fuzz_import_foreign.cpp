// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for the ChatGPT and Claude importers: any bytes are refused with a
// reason or become conversations whose turns name only earlier turns as parents and whose
// answers' history names only answers of earlier turns (cycles and dangling links in a
// damaged message tree must not loop, crash or produce a turn that points forward).
#include <cstdlib>

#include <QJsonArray>
#include <QSet>

#include "export/foreignimport.h"

using namespace Quorum;

namespace
{
void check(const std::expected<QList<ConversationStore::Import>, QString> &imported)
{
    if (!imported) {
        if (imported.error().isEmpty()) {
            std::abort(); // a refusal always says why
        }
        return;
    }
    for (const ConversationStore::Import &item : *imported) {
        QSet<qint64> turns;
        QSet<qint64> answers;
        for (const TurnRecord &turn : item.turns) {
            if ((turn.parentId && !turns.contains(*turn.parentId)) || turns.contains(turn.id)) {
                std::abort();
            }
            for (const ResponseRecord &r : turn.responses) {
                for (const qint64 id : r.parameters.history.value_or(QList<qint64> {})) {
                    if (!answers.contains(id)) {
                        std::abort();
                    }
                }
            }
            for (const ResponseRecord &r : turn.responses) {
                answers.insert(r.id);
            }
            turns.insert(turn.id);
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    check(ForeignImport::readChatGpt(bytes));
    check(ForeignImport::readClaude(bytes));
    (void)ForeignImport::detect(bytes);
    return 0;
}
