// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include "types/records.h"

namespace Quorum
{

class ChatSession;
class ChatStream;
class CliContext;

/*!
 * What `quorum ask --judge` and `quorum judge` print of a judge: the synthesis as it streams
 * (a peer ranking's ballots on standard error only), then the map (agreements,
 * contradictions, unique claims), the scores or the ranking, and a summary on standard
 * error; or, with --json, one line {"synthesis": {...}} (the contract is in the README).
 */
class JudgePrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JudgePrinter)

public:
    JudgePrinter(const CliContext &context, ChatSession &session, bool json, bool stored);
    ~JudgePrinter() override;

    //! The judges' answers were stored; \a turn is the turn they judge (its answers).
    void begin(const TurnRecord &turn, const QList<ResponseRecord> &judges);
    //! Every judge ended: prints what they found. Returns the number that failed.
    int finish();

    //! The --json object of a turn's judges (what `synthesis` holds).
    static QJsonObject synthesisJson(
        const TurnRecord &turn, const QList<ResponseRecord> &judges, std::optional<qint64> conversationId);

private:
    void onGrew(qint64 id);
    void onEnded(const ResponseRecord &record, const ChatStream *stream);
    void printMap(const ResponseRecord &judge);
    QString targetOf(qint64 responseId) const;

    const CliContext &m_context;
    ChatSession &m_session;
    bool m_json = false;
    bool m_stored = false;
    TurnRecord m_turn;
    QList<ResponseRecord> m_judges;
    qint64 m_streaming = 0; //!< the judge whose synthesis is printed as it arrives
    qsizetype m_shown = 0;
    QString m_shownText;
    QSet<qint64> m_ended;
};

} // namespace Quorum
