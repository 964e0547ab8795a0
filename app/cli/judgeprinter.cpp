// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "cli/judgeprinter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "chat/chatsession.h"
#include "cli/clicontext.h"
#include "judge/judgereader.h"
#include "types/modelprice.h"
#include "types/records.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString statusName(ResponseStatus status)
{
    switch (status) {
    case ResponseStatus::Done:
        return u"ok"_s;
    case ResponseStatus::Cancelled:
        return u"cancelled"_s;
    default:
        return u"error"_s;
    }
}

//! The judge whose synthesis is the turn's (not a ballot of a peer ranking), else the first.
const ResponseRecord *mainJudge(const QList<ResponseRecord> &judges)
{
    for (const ResponseRecord &j : judges) {
        if (j.parameters.judge && !j.parameters.judge->rankerOf) {
            return &j;
        }
    }
    return judges.isEmpty() ? nullptr : &judges.constFirst();
}
} // namespace

JudgePrinter::JudgePrinter(const CliContext &context, ChatSession &session, bool json, bool stored)
    : m_context(context)
    , m_session(session)
    , m_json(json)
    , m_stored(stored)
{
    connect(&session, &ChatSession::answerGrew, this, &JudgePrinter::onGrew);
    connect(&session, &ChatSession::answerEnded, this, &JudgePrinter::onEnded);
}

JudgePrinter::~JudgePrinter() = default;

QString JudgePrinter::targetOf(qint64 responseId) const
{
    const ResponseRecord *r = m_turn.response(responseId);
    return r ? r->targetLabel() : QString();
}

void JudgePrinter::begin(const TurnRecord &turn, const QList<ResponseRecord> &judges)
{
    m_turn = turn;
    m_judges = judges;
    const ResponseRecord *main = mainJudge(judges);
    const bool ranking = main && main->parameters.judge && main->parameters.judge->rankerOf;
    m_streaming = main && !ranking ? main->id : 0;
    if (!m_json) {
        for (const ResponseRecord &j : judges) {
            const QString mode = j.parameters.judge ? j.parameters.judge->mode : QString();
            if (j.parameters.judge && j.parameters.judge->rankerOf) {
                m_context.err() << tr("[%1/%2] ranks the other answers").arg(j.providerId, j.model) << Qt::endl;
            } else {
                m_context.err() << tr("Judge %1/%2 (%3):").arg(j.providerId, j.model, mode) << Qt::endl;
            }
            if (j.parameters.judge && j.parameters.judge->truncatedCharacters) {
                m_context.err() << tr("Note: the answers were cut by %1 characters to fit the judge's input.")
                                       .arg(*j.parameters.judge->truncatedCharacters)
                                << Qt::endl;
            }
        }
    }
}

void JudgePrinter::onGrew(qint64 id)
{
    if (m_json || id != m_streaming) {
        return;
    }
    const ChatStream *stream = m_session.stream(id);
    if (!stream) {
        return;
    }
    const QString text = synthesisSoFar(stream->text());
    if (text.size() > m_shown && text.startsWith(m_shownText)) {
        m_context.out() << text.sliced(m_shown);
        m_context.out().flush();
        m_shown = text.size();
        m_shownText = text;
    }
}

void JudgePrinter::onEnded(const ResponseRecord &record, const ChatStream *stream)
{
    const auto it = std::ranges::find_if(m_judges, [&record](const ResponseRecord &j) { return j.id == record.id; });
    if (it == m_judges.end()) {
        return;
    }
    *it = record;
    m_ended.insert(record.id);
    if (m_json || !stream) {
        return;
    }
    if (record.status != ResponseStatus::Done) {
        m_context.err() << u"— %1/%2: "_s.arg(record.providerId, record.model) << stream->error().message << Qt::endl;
    }
}

void JudgePrinter::printMap(const ResponseRecord &judge)
{
    const Judgement &j = *judge.judgement;
    const auto named = [&judge, this](const QString &label) {
        const QString target = targetOf(judgeSource(judge, label));
        return target.isEmpty() ? label : u"%1 %2"_s.arg(label, target);
    };
    if (!j.claims.isEmpty()) {
        m_context.out() << '\n' << tr("Where the answers agree and disagree:") << '\n';
        // Numbered: `quorum judge --points 1,3` fuses a checklist's points by these numbers.
        int number = 0;
        for (const Claim &claim : j.claims) {
            m_context.out() << "  "_L1 << ++number << ". "_L1 << Claim::kindMark(claim.kind()) << ' ' << claim.text
                            << " ("_L1 << claim.whoSays(named) << ")\n"_L1;
        }
    }
    if (!j.scores.isEmpty()) {
        m_context.out() << '\n' << tr("Scores (0 to 10):") << '\n';
        for (const JudgeScore &s : j.scores) {
            m_context.out() << "  "_L1 << named(s.answer) << u" · "_s << s.criterion << ": "_L1
                            << QString::number(s.score, 'g', 3) << u" — "_s << s.reason << '\n';
        }
    }
}

int JudgePrinter::finish()
{
    int failures = 0;
    for (const ResponseRecord &j : std::as_const(m_judges)) {
        failures += j.status == ResponseStatus::Done ? 0 : 1;
    }
    if (m_json) {
        const QJsonObject json {{"synthesis"_L1,
            synthesisJson(m_turn, m_judges, m_stored ? std::optional(m_session.conversationId()) : std::nullopt)}};
        m_context.out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        m_context.out().flush();
        return failures;
    }
    const ResponseRecord *main = mainJudge(m_judges);
    if (main && m_streaming == main->id && main->judgement) {
        const QString &text = main->judgement->text;
        if (text.startsWith(m_shownText)) {
            m_context.out() << text.sliced(m_shown);
        } else {
            m_context.out() << '\n' << text; // read differently at the end than while it streamed
        }
        m_context.out() << '\n';
        if (!main->judgement->isReadable()) {
            m_context.err() << tr("Note: %1").arg(main->judgement->problem) << Qt::endl;
        }
        printMap(*main);
    }
    const QList<RankedAnswer> ranks = peerRanking(m_judges);
    if (!ranks.isEmpty()) {
        m_context.out() << '\n'
                        << tr("Peer ranking (Borda count over %n ballots):",
                               nullptr,
                               int(std::ranges::count_if(m_judges,
                                   [](const ResponseRecord &j) {
                                       return j.judgement && !j.judgement->ranking.isEmpty();
                                   })))
                        << '\n';
        int place = 1;
        for (const RankedAnswer &r : ranks) {
            m_context.out() << "  "_L1 << place++ << ". "_L1 << targetOf(r.responseId) << "  "_L1
                            << QString::number(r.points, 'f', 2)
                            << tr("  (first in %1 of %2)").arg(r.firsts).arg(r.ballots) << '\n';
        }
    }
    for (const ResponseRecord &j : std::as_const(m_judges)) {
        if (j.status != ResponseStatus::Done) {
            continue;
        }
        QString summary = u"— %1/%2"_s.arg(j.providerId, j.model);
        if (j.inputTokens || j.outputTokens) {
            summary += tr(" · %1 in / %2 out tokens").arg(j.inputTokens.value_or(0)).arg(j.outputTokens.value_or(0));
        }
        summary += j.costNanos ? u" · "_s + formatCost(*j.costNanos) : tr(" · cost unknown");
        m_context.err() << summary << Qt::endl;
    }
    m_context.out().flush();
    return failures;
}

QJsonObject JudgePrinter::synthesisJson(
    const TurnRecord &turn, const QList<ResponseRecord> &judges, std::optional<qint64> conversationId)
{
    const auto targetOf = [&turn](qint64 id) -> QJsonValue {
        const ResponseRecord *r = turn.response(id);
        return r ? QJsonValue(r->targetLabel()) : QJsonValue();
    };
    const ResponseRecord *main = mainJudge(judges);
    QJsonObject json;
    const JudgeParameters parameters = main && main->parameters.judge ? *main->parameters.judge : JudgeParameters {};
    json.insert("mode"_L1, parameters.mode);
    json.insert("custom"_L1, parameters.custom.isEmpty() ? QJsonValue() : QJsonValue(parameters.custom));
    json.insert("template_version"_L1, parameters.templateVersion);
    const bool ballot = parameters.rankerOf.has_value();
    json.insert("target"_L1, main && !ballot ? QJsonValue(main->targetLabel()) : QJsonValue());
    json.insert("conversation_id"_L1, conversationId ? QJsonValue(*conversationId) : QJsonValue());
    json.insert("turn_id"_L1, turn.id);
    json.insert("response_id"_L1, main && conversationId ? QJsonValue(main->id) : QJsonValue());
    const bool allDone
        = std::ranges::all_of(judges, [](const ResponseRecord &j) { return j.status == ResponseStatus::Done; });
    json.insert("status"_L1, allDone ? u"ok"_s : statusName(main ? main->status : ResponseStatus::Error));
    const Judgement judgement = main && main->judgement ? *main->judgement : Judgement {};
    json.insert("text"_L1, main && !ballot ? judgement.text : QString());
    json.insert("problem"_L1,
        main && main->judgement && !judgement.isReadable() ? QJsonValue(judgement.problem) : QJsonValue());
    json.insert("truncated_characters"_L1,
        parameters.truncatedCharacters ? QJsonValue(*parameters.truncatedCharacters) : QJsonValue());
    QJsonArray answers;
    for (const JudgeSource &s : parameters.sources) {
        answers.append(QJsonObject {
            {"label"_L1, s.label}, {"target"_L1, targetOf(s.responseId)}, {"response_id"_L1, s.responseId}});
    }
    json.insert("answers"_L1, answers);
    QJsonArray claims;
    if (main && !ballot) {
        for (const Claim &claim : judgement.claims) {
            QJsonArray stances;
            for (const ClaimStance &s : claim.stances) {
                const qint64 id = judgeSource(*main, s.answer);
                stances.append(QJsonObject {{"answer"_L1, s.answer},
                    {"target"_L1, targetOf(id)},
                    {"response_id"_L1, id},
                    {"stance"_L1, stanceName(s.stance)},
                    {"quote"_L1, s.quote}});
            }
            claims.append(QJsonObject {
                {"claim"_L1, claim.text}, {"kind"_L1, Claim::kindName(claim.kind())}, {"answers"_L1, stances}});
        }
    }
    json.insert("claims"_L1, claims);
    QJsonArray scores;
    if (main && !ballot) {
        for (const JudgeScore &s : judgement.scores) {
            const qint64 id = judgeSource(*main, s.answer);
            scores.append(QJsonObject {{"answer"_L1, s.answer},
                {"target"_L1, targetOf(id)},
                {"response_id"_L1, id},
                {"criterion"_L1, s.criterion},
                {"score"_L1, s.score},
                {"reason"_L1, s.reason}});
        }
    }
    json.insert("scores"_L1, scores);
    QJsonArray ranks;
    int place = 1;
    for (const RankedAnswer &r : peerRanking(judges)) {
        ranks.append(QJsonObject {{"rank"_L1, place++},
            {"target"_L1, targetOf(r.responseId)},
            {"response_id"_L1, r.responseId},
            {"points"_L1, r.points},
            {"ballots"_L1, r.ballots},
            {"firsts"_L1, r.firsts}});
    }
    json.insert("ranks"_L1, ranks);
    QJsonArray judgeList;
    qint64 input = 0;
    qint64 output = 0;
    bool usageKnown = false;
    std::optional<qint64> cost = 0;
    for (const ResponseRecord &j : judges) {
        judgeList.append(QJsonObject {{"target"_L1, QString(j.providerId + u'/' + j.model)},
            {"response_id"_L1, conversationId ? QJsonValue(j.id) : QJsonValue()},
            {"ranks_for"_L1,
                j.parameters.judge && j.parameters.judge->rankerOf ? targetOf(*j.parameters.judge->rankerOf)
                                                                   : QJsonValue()},
            {"status"_L1, statusName(j.status)},
            {"error"_L1, j.errorMessage.isEmpty() ? QJsonValue() : QJsonValue(j.errorMessage)}});
        if (j.inputTokens || j.outputTokens) {
            usageKnown = true;
            input += j.inputTokens.value_or(0);
            output += j.outputTokens.value_or(0);
        }
        cost = cost && j.costNanos ? std::optional(*cost + *j.costNanos) : std::nullopt;
    }
    json.insert("judges"_L1, judgeList);
    json.insert(
        "usage"_L1, usageKnown ? QJsonValue(QJsonObject {{"input"_L1, input}, {"output"_L1, output}}) : QJsonValue());
    json.insert("cost_usd"_L1, cost && !judges.isEmpty() ? QJsonValue(usdFromNanos(*cost)) : QJsonValue());
    return json;
}

} // namespace Quorum
