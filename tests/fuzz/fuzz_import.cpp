// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for what Quorum reads from files and models: the Quorum JSON importer
// (any bytes: a list of conversations or a message, never a crash; what it accepts has
// parents that point back) and the Markdown made inert for exports (any text, any fence).
#include <cstdlib>

#include <QSet>

#include "export/quorumjson.h"
#include "export/textexport.h"

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const auto imported = QuorumJson::read(bytes)) {
        for (const ConversationStore::Import &item : *imported) {
            QSet<qint64> seen;
            for (const TurnRecord &turn : item.turns) {
                if (turn.parentId && !seen.contains(*turn.parentId)) {
                    std::abort(); // a parent must be an earlier turn
                }
                seen.insert(turn.id);
            }
        }
    } else if (imported.error().isEmpty()) {
        std::abort(); // a refusal always says why
    }
    // Unsafe link targets are dropped, so the length may shrink; what must hold is that no
    // raw "<" survives outside code (checked in the tests) and that nothing hangs or crashes.
    const QString inert = TextExport::inertMarkdown(QString::fromUtf8(bytes));
    if (inert.isNull() && !bytes.isEmpty()) {
        std::abort();
    }
    return 0;
}
