// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/askprinter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "chat/chatsession.h"
#include "cli/askcommand.h"
#include "cli/clicontext.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString formatMs(qint64 ms)
{
    return ms < 1000 ? u"%1 ms"_s.arg(ms) : u"%1 s"_s.arg(static_cast<double>(ms) / 1000.0, 0, 'f', 1);
}

Cost costOf(const ResponseRecord &record)
{
    if (!record.costNanos) {
        return {};
    }
    return {record.costNanos, record.costEstimated ? Cost::Basis::Estimate : Cost::Basis::Usage};
}
} // namespace

AskPrinter::AskPrinter(const CliContext &context, ChatSession &session, bool json, bool stored)
    : m_context(context)
    , m_session(session)
    , m_json(json)
    , m_stored(stored)
{
    connect(&session, &ChatSession::answerGrew, this, &AskPrinter::onGrew);
    connect(&session, &ChatSession::answerEnded, this, &AskPrinter::onEnded);
    connect(&session, &ChatSession::answerFellBack, this, [this](const ResponseRecord &record) {
        Answer &answer = m_answers[record.id];
        const QString from = answer.label;
        answer.label = record.targetLabel();
        answer.textShown = answer.reasoningShown = 0; // the next target's stream starts afresh
        const auto attempts = record.parameters.fallbackFrom.value_or(QList<FallbackAttempt> {});
        if (!m_json && !attempts.isEmpty()) {
            m_context.err() << tr("[%1] %2 → answered by %3 (rule “%4”)")
                                   .arg(attempts.constLast().target,
                                       attempts.constLast().message,
                                       answer.label,
                                       m_route.rule)
                            << Qt::endl;
        }
    });
    connect(&session, &ChatSession::storageFailed, this, [this](const StorageError &error) {
        // Said once per problem, not at every checkpoint; the answers keep streaming.
        if (error.message != m_storageProblem) {
            m_context.err() << tr("Could not save the answers yet (retrying): %1").arg(error.message) << Qt::endl;
        }
        m_storageProblem = error.message;
    });
    if (m_json) {
        return;
    }
    connect(&session, &ChatSession::answerQueued, this, [this](qint64 id) {
        m_context.err() << tr("[%1] queued: its provider answers one request at a time").arg(m_answers[id].label)
                        << Qt::endl;
    });
    connect(&session,
        &ChatSession::answerRetrying,
        this,
        [this](qint64 id, int attempt, qint64 delayMs, const StreamError &why) {
            m_context.err() << tr("[%1] %2 Retrying in %3 (attempt %4).")
                                   .arg(m_answers[id].label, why.message, formatMs(delayMs))
                                   .arg(attempt + 1)
                            << Qt::endl;
        });
}

AskPrinter::~AskPrinter() = default;

void AskPrinter::showRoute(const RouteDecision &decision, bool automatic)
{
    m_route = decision;
    m_automatic = automatic;
    if (automatic && !m_json) {
        m_context.err() << tr("Auto: %1").arg(decision.summary()) << Qt::endl;
    }
    if (!decision.excluded.isEmpty()) {
        m_context.err() << tr("Not sent to %1: only accounts tagged “%2” may receive this prompt.")
                               .arg(decision.excluded.join(u", "_s), decision.restrictedTo)
                        << Qt::endl;
    }
    if (!decision.redaction.isEmpty()) {
        QStringList placeholders;
        for (const auto &[placeholder, original] : decision.redaction.placeholders) {
            placeholders << placeholder;
        }
        m_context.err() << tr("Redacted before sending (restored in the answers): %1").arg(placeholders.join(u", "_s))
                        << Qt::endl;
    }
}

void AskPrinter::begin(const TurnRecord &turn)
{
    m_labelled = turn.responses.size() > 1;
    for (const ResponseRecord &response : turn.responses) {
        Answer answer;
        answer.label = response.targetLabel();
        answer.restorer = RedactionStream(m_route.redaction);
        answer.received = response.received;
        m_answers.insert(response.id, answer);
        if (!m_json && !response.received.isEmpty()) {
            QStringList what;
            for (const AttachmentDelivery &d : response.received) {
                what << u"%1: %2"_s.arg(d.name, d.summary()) + (d.note.isEmpty() ? QString() : u" (%1)"_s.arg(d.note));
            }
            m_context.err() << tr("%1 receives %2").arg(answer.label, what.join(u"; "_s)) << Qt::endl;
        }
    }
}

void AskPrinter::showSteps(qint64 responseId)
{
    const auto answer = m_answers.find(responseId);
    const ChatStream *stream = m_session.stream(responseId);
    if (answer == m_answers.end() || !stream || m_json) {
        return;
    }
    const QList<ToolStep> steps = stream->steps();
    for (qsizetype i = answer->stepsShown; i < steps.size(); ++i) {
        const ToolStep &step = steps.at(i);
        QString line = tr("%1 %2: %3")
                           .arg(m_labelled ? u"[%1]"_s.arg(answer->label) : u"—"_s,
                               step.round == 0 ? step.displayName() : step.call.name);
        switch (step.outcome) {
        case ToolStep::Outcome::Ran:
            line = line.arg(step.isError
                    ? tr("ran, the tool reports an error (%1)").arg(formatMs(step.durationMs))
                    : tr("ran (%1, %n character(s))", nullptr, int(step.result.size())).arg(formatMs(step.durationMs)));
            break;
        case ToolStep::Outcome::Failed:
            line = line.arg(tr("failed: %1").arg(step.note.isEmpty() ? step.result : step.note));
            break;
        case ToolStep::Outcome::Denied:
            line = line.arg(tr("denied"));
            break;
        case ToolStep::Outcome::NotRun:
            line = line.arg(tr("not run: %1").arg(step.note.isEmpty() ? step.result : step.note));
            break;
        }
        m_context.err() << line << Qt::endl;
    }
    answer->stepsShown = steps.size();
}

void AskPrinter::printText(Answer &answer, const QString &text)
{
    if (!m_labelled) {
        m_context.out() << text;
        m_context.out().flush();
        return;
    }
    answer.partialLine += text;
    qsizetype newline;
    while ((newline = answer.partialLine.indexOf(u'\n')) >= 0) {
        m_context.out() << '[' << answer.label << "] "_L1 << answer.partialLine.first(newline) << '\n';
        answer.partialLine.remove(0, newline + 1);
    }
    m_context.out().flush();
}

void AskPrinter::endText(Answer &answer)
{
    if (m_labelled && !answer.partialLine.isEmpty()) {
        m_context.out() << '[' << answer.label << "] "_L1 << answer.partialLine << '\n';
        answer.partialLine.clear();
        m_context.out().flush();
    }
}

void AskPrinter::onGrew(qint64 id)
{
    const auto answer = m_answers.find(id); // not a judge's: JudgePrinter prints those
    if (const ChatStream *stream = m_session.stream(id); stream && !m_json && answer != m_answers.end()) {
        showNew(*answer, *stream);
    }
}

void AskPrinter::showNew(Answer &answer, const ChatStream &stream)
{
    if (stream.text().size() > answer.textShown) {
        const QString piece = stream.text().sliced(answer.textShown);
        answer.textShown = stream.text().size();
        printText(answer, answer.restorer.push(piece));
    }
    if (stream.reasoning().size() > answer.reasoningShown) {
        const QString piece = stream.reasoning().sliced(answer.reasoningShown);
        answer.reasoningShown = stream.reasoning().size();
        m_context.err() << (m_labelled ? u"[%1 thinking] "_s.arg(answer.label) : QString()) << piece;
        m_context.err().flush();
    }
}

QString AskPrinter::summaryOf(const QString &label, const ResponseRecord &record, const ChatStream &stream) const
{
    QString summary = u"— %1: %2"_s.arg(label, stream.finishReason().name());
    if (const auto usage = stream.usage()) {
        summary += tr(" · %1 in / %2 out tokens").arg(usage->input).arg(usage->output);
    }
    if (const auto ttft = stream.timeToFirstTokenMs()) {
        summary += tr(" · first token %1").arg(formatMs(*ttft));
    }
    summary += u" · "_s + formatMs(stream.durationMs());
    if (!record.costNanos) {
        summary += tr(" · cost unknown");
    } else if (record.costEstimated) {
        summary += tr(" · ~%1 (estimated)").arg(formatCost(*record.costNanos));
    } else {
        summary += u" · "_s + formatCost(*record.costNanos);
    }
    return summary;
}

void AskPrinter::onEnded(const ResponseRecord &record, const ChatStream *stream)
{
    if (!stream || !m_answers.contains(record.id)) {
        return; // a judge's answer: JudgePrinter prints it
    }
    Answer &answer = m_answers[record.id];
    const QString label = record.targetLabel();
    if (stream->status() != ChatStream::Status::Finished) {
        ++m_failures;
    }
    if (m_json) {
        QJsonObject result = AskCommand::resultJson(label, *stream, costOf(record));
        // The text shares the stream's (no copy) unless a redaction is restored in it.
        const QString text = m_route.redaction.isEmpty() ? stream->text() : m_route.redaction.restore(stream->text());
        if (m_automatic) {
            result.insert("rule"_L1, m_route.rule);
        }
        if (const auto attempts = record.parameters.fallbackFrom) {
            AnswerParameters only;
            only.fallbackFrom = attempts;
            result.insert("fallback_from"_L1, only.toJson().value("fallback_from"_L1));
        }
        if (!answer.received.isEmpty()) {
            result.insert("received"_L1, AttachmentDelivery::toJson(answer.received));
        }
        const qint64 conversation = m_session.conversationId();
        result.insert("conversation_id"_L1, m_stored && conversation ? QJsonValue(conversation) : QJsonValue());
        result.insert("response_id"_L1, m_stored ? QJsonValue(record.id) : QJsonValue());
        m_context.printJsonLine(result, "text"_L1, text);
        return;
    }
    showNew(answer, *stream); // whatever arrived with the end

    const QString rest = answer.restorer.finish();
    if (m_labelled) {
        printText(answer, rest);
        endText(answer);
    } else if (!rest.isEmpty() || (!stream->text().isEmpty() && !stream->text().endsWith(u'\n'))) {
        m_context.out() << rest;
        if (!rest.endsWith(u'\n')) {
            m_context.out() << '\n';
        }
        m_context.out().flush();
    }
    if (stream->status() == ChatStream::Status::Finished) {
        m_context.err() << summaryOf(label, record, *stream) << Qt::endl;
    } else {
        m_context.err() << u"— %1: "_s.arg(label) << stream->error().message << Qt::endl;
    }
}

} // namespace Quorum
