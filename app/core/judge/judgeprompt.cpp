// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "judge/judgeprompt.h"

#include <algorithm>
#include <numeric>

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
//! What the reply must look like: the same for every mode and every custom template.
constexpr auto replyShape
    = R"(Reply with one JSON object and nothing else (no Markdown fence), with these keys in this order:
{"synthesis": "<Markdown>",
 "claims": [{"claim": "<one sentence>", "answers": [{"answer": "<label>", "stance": "states" | "contradicts" | "omits", "quote": "<the exact words of that answer, copied character for character, or empty for omits>"}]}],
 "scores": [{"answer": "<label>", "criterion": "<criterion>", "score": <0 to 10>, "reason": "<one sentence>"}],
 "ranking": ["<label>", ...]}
"claims" is the map of where the answers agree and disagree: the substantive claims they make (facts, numbers, recommendations, steps), at most %1, and for each claim every answer with its stance. A quote is the shortest span of the answer that states or contradicts the claim, at most 200 characters, never rephrased. %2)"_L1;

//! Answers are data, not instructions: each is fenced with more backticks than any run
//! inside it, so no answer can close its fence and speak as the question.
QString fence(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(3, longest + 1), u'`');
}
} // namespace

JudgeTemplate JudgeTemplate::builtIn(JudgeMode mode)
{
    JudgeTemplate t;
    t.mode = mode;
    QFile file(u":/judge/%1.md"_s.arg(judgeModeName(mode)));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("the judge template %s is not built in", qPrintable(file.fileName()));
    }
    const QString text = QString::fromUtf8(file.readAll());
    // A header of "key: value" lines, a blank line, then the instructions.
    const qsizetype blank = text.indexOf(u"\n\n"_s);
    for (const QString &line : text.first(std::max<qsizetype>(blank, 0)).split(u'\n')) {
        if (line.startsWith(u"version:"_s)) {
            t.version = line.section(u':', 1).trimmed().toInt();
        }
    }
    t.instructions = text.sliced(blank < 0 ? 0 : blank + 2).trimmed();
    return t;
}

QStringList defaultJudgeCriteria()
{
    return {u"correctness"_s, u"completeness"_s, u"clarity"_s};
}

QStringList judgeLabels(qsizetype count)
{
    QStringList labels;
    for (qsizetype i = 0; i < count; ++i) {
        QString label;
        for (qsizetype n = i + 1; n > 0; n = (n - 1) / 26) {
            label.prepend(QChar(u'A' + static_cast<char16_t>((n - 1) % 26)));
        }
        labels.append(label);
    }
    return labels;
}

QJsonObject judgeReplySchema()
{
    const auto string = [] { return QJsonObject {{"type"_L1, "string"_L1}}; };
    const auto object = [](const QJsonObject &properties) {
        return QJsonObject {{"type"_L1, "object"_L1},
            {"properties"_L1, properties},
            {"required"_L1, QJsonArray::fromStringList(properties.keys())},
            {"additionalProperties"_L1, false}};
    };
    const auto array
        = [](const QJsonObject &items) { return QJsonObject {{"type"_L1, "array"_L1}, {"items"_L1, items}}; };
    const QJsonObject stance {
        {"type"_L1, "string"_L1}, {"enum"_L1, QJsonArray {"states"_L1, "contradicts"_L1, "omits"_L1}}};
    return object({
        {"synthesis"_L1, string()},
        {"claims"_L1,
            array(object({{"claim"_L1, string()},
                {"answers"_L1,
                    array(object({{"answer"_L1, string()}, {"stance"_L1, stance}, {"quote"_L1, string()}}))}}))},
        {"scores"_L1,
            array(object({{"answer"_L1, string()},
                {"criterion"_L1, string()},
                {"score"_L1, QJsonObject {{"type"_L1, "number"_L1}}},
                {"reason"_L1, string()}}))},
        {"ranking"_L1, array(string())},
    });
}

JudgeBuild buildJudgeRequest(const JudgeTemplate &judgeTemplate,
    const QString &question,
    QList<JudgeAnswer> answers,
    const JudgeOptions &options)
{
    JudgeBuild build;
    JudgeParameters &p = build.parameters;
    p.mode = judgeModeName(judgeTemplate.mode);
    p.custom = judgeTemplate.custom;
    p.templateVersion = judgeTemplate.version;
    p.rankerOf = options.rankerOf;
    p.points = options.points;
    const QStringList criteria = options.criteria.isEmpty() ? defaultJudgeCriteria() : options.criteria;
    if (judgeTemplate.mode == JudgeMode::Table) {
        p.criteria = criteria;
    }
    const QStringList labels = judgeLabels(answers.size());
    for (qsizetype i = 0; i < answers.size(); ++i) {
        answers[i].label = labels.at(i);
        p.sources.append({labels.at(i), answers.at(i).responseId});
    }
    build.labels = labels;

    // A fair share each: the shortest answers are given whole, the rest split what is left.
    QList<qsizetype> order(answers.size());
    std::iota(order.begin(), order.end(), 0);
    std::ranges::sort(
        order, [&answers](qsizetype a, qsizetype b) { return answers.at(a).text.size() < answers.at(b).text.size(); });
    qint64 budget = std::max<qint64>(options.maxAnswerCharacters, 0);
    qint64 cut = 0;
    for (qsizetype k = 0; k < order.size(); ++k) {
        JudgeAnswer &a = answers[order.at(k)];
        const qint64 share = budget / static_cast<qint64>(order.size() - k);
        if (a.text.size() > share) {
            const qint64 left = a.text.size() - share;
            cut += left;
            a.text = a.text.first(share)
                + u"\n\n[… %1 more characters of this answer were left out to fit the judge's input …]"_s.arg(left);
        }
        budget -= std::min<qint64>(a.text.size(), share);
    }
    if (cut > 0) {
        p.truncatedCharacters = cut;
    }

    QString instructions = judgeTemplate.instructions;
    instructions.replace(u"{{criteria}}"_s, criteria.join(u", "_s));
    QString extra;
    switch (judgeTemplate.mode) {
    case JudgeMode::Table:
        extra = u"Fill \"scores\" with one entry per answer and criterion; leave \"ranking\" empty."_s;
        break;
    case JudgeMode::Rank:
        extra = u"Fill \"ranking\" with every label, best first; leave \"scores\" empty."_s;
        break;
    default:
        extra = u"Leave \"scores\" and \"ranking\" empty."_s;
    }
    build.request.system = instructions + u"\n\n"_s + QString(replyShape).arg(options.maxClaims).arg(extra);

    QString message = u"The question:\n\n"_s + question.trimmed() + u"\n\n"_s;
    if (!options.points.isEmpty()) {
        message += u"Build the answer from these points only:\n"_s;
        for (const QString &point : options.points) {
            message += u"- "_s + point + u'\n';
        }
        message += u'\n';
    }
    for (const JudgeAnswer &a : std::as_const(answers)) {
        const QString f = fence(a.text);
        message += u"Answer %1:\n%2\n%3\n%2\n\n"_s.arg(a.label, f, a.text);
    }
    build.request.messages.append({ChatMessage::Role::User, message.trimmed()});
    build.request.outputSchema = judgeReplySchema();
    build.request.outputSchemaName = u"quorum_judgement"_s;
    return build;
}

} // namespace Quorum
