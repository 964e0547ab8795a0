// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

#include "routing/router.h"
#include "routing/sensitive.h"
#include "storage/storageerror.h"

namespace Quorum
{

class ChatSession;
class ChatStream;
class CliContext;
struct ResponseRecord;
struct TurnRecord;

/*!
 * What `quorum ask` prints while the engine sends: the answers as they stream (as they come
 * for one target, labelled line by line for several) or one JSON object per target when it
 * ends (--json), and on standard error the route, queues, retries, fallbacks and a summary
 * per answer. Placeholders of a redacted prompt are put back as the text arrives.
 */
class AskPrinter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskPrinter)

public:
    AskPrinter(const CliContext &context, ChatSession &session, bool json, bool stored);
    ~AskPrinter() override;

    //! Where the prompt goes (said before anything is sent).
    void showRoute(const RouteDecision &decision, bool automatic);
    //! The turn was stored (or kept in memory): its answers are about to stream.
    void begin(const TurnRecord &turn);
    //! A round of answer \a responseId's tool calls ran: each new step, one line on stderr.
    void showSteps(qint64 responseId);
    int failures() const { return m_failures; }
    //! The last storage problem the session reported (said once per problem).
    QString storageProblem() const { return m_storageProblem; }

private:
    struct Answer {
        QString label;
        qsizetype textShown = 0;
        qsizetype reasoningShown = 0;
        RedactionStream restorer {Redaction {}};
        QString partialLine;                //!< labelled output: the line still arriving
        QList<AttachmentDelivery> received; //!< what it was sent of the attached files
        qsizetype stepsShown = 0;           //!< tool steps said so far
    };
    void onGrew(qint64 id);
    void showNew(Answer &answer, const ChatStream &stream);
    void onEnded(const ResponseRecord &record, const ChatStream *stream);
    void printText(Answer &answer, const QString &text);
    void endText(Answer &answer);
    QString summaryOf(const QString &label, const ResponseRecord &record, const ChatStream &stream) const;

    const CliContext &m_context;
    ChatSession &m_session;
    bool m_json = false;
    bool m_stored = false;
    bool m_labelled = false;
    RouteDecision m_route;
    bool m_automatic = false;
    QHash<qint64, Answer> m_answers;
    int m_failures = 0;
    QString m_storageProblem;
};

} // namespace Quorum
