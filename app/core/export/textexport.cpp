// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "export/textexport.h"

#include <QDateTime>
#include <QIODevice>
#include <QRegularExpression>
#include <QTimeZone>

#include "export/turnpages.h"
#include "types/modelprice.h"
#include "types/records.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODate);
}

//! One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A leading
//! =, +, - or @ is prefixed with ' so a spreadsheet does not run model text as a formula.
QString csvField(QString value)
{
    if (!value.isEmpty() && QStringView(u"=+-@").contains(value.front())) {
        bool number = false;
        value.toDouble(&number);
        if (!number) {
            value.prepend(u'\'');
        }
    }
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        return u'"' + value + u'"';
    }
    return value;
}

QString number(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QString TextExport::inertMarkdown(const QString &text)
{
    // Hand-written: Qt's Markdown support renders documents, it does not sanitise Markdown
    // source. Code (fenced blocks and `spans`) is kept byte for byte; elsewhere raw HTML is
    // escaped, images become links, and links to anything but http(s)/mailto lose their target.
    static const QRegularExpression fence(u"^\\s{0,3}(```|~~~)"_s);
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\(([^)\\s]*)[^)]*\\)"_s);
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]*)>?[^)]*\\)"_s);
    static const QRegularExpression autolink(u"<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\\s]*)>"_s);
    const auto safeScheme = [](const QString &url) {
        const QString lower = url.trimmed().toLower();
        return lower.startsWith("http://"_L1) || lower.startsWith("https://"_L1) || lower.startsWith("mailto:"_L1)
            || lower.startsWith(u'#');
    };
    QStringList lines = text.split(u'\n');
    QString openFence;
    for (QString &line : lines) {
        if (const auto m = fence.match(line); m.hasMatch()) {
            if (openFence.isEmpty()) {
                openFence = m.captured(1);
            } else if (m.captured(1) == openFence) {
                openFence.clear();
            }
            continue;
        }
        if (!openFence.isEmpty()) {
            continue; // inside a code block: as written
        }
        // Outside code spans only: split on backticks, treat the even parts.
        QStringList parts = line.split(u'`');
        for (qsizetype p = 0; p < parts.size(); p += 2) {
            QString &part = parts[p];
            part.replace(image, u"[image: \\1](\\2)"_s); // never loaded; a link the reader may follow
            QString rebuilt;
            qsizetype at = 0;
            for (auto it = link.globalMatch(part); it.hasNext();) {
                const auto m = it.next();
                rebuilt += part.sliced(at, m.capturedStart() - at);
                rebuilt += safeScheme(m.captured(2)) ? m.captured() : u"[%1](#)"_s.arg(m.captured(1));
                at = m.capturedEnd();
            }
            rebuilt += part.sliced(at);
            part = rebuilt;
            // Autolinks <scheme:...> are HTML-like: keep safe ones, escape the rest with all raw HTML.
            QString escaped;
            at = 0;
            for (auto it = autolink.globalMatch(part); it.hasNext();) {
                const auto m = it.next();
                escaped += part.sliced(at, m.capturedStart() - at).replace(u'<', u"&lt;"_s);
                escaped += safeScheme(m.captured(1)) ? m.captured() : u"&lt;"_s + m.captured().sliced(1);
                at = m.capturedEnd();
            }
            escaped += part.sliced(at).replace(u'<', u"&lt;"_s);
            part = escaped;
        }
        line = parts.join(u'`');
    }
    QString result = lines.join(u'\n');
    if (!openFence.isEmpty()) {
        result += u'\n' + openFence; // an unclosed fence would swallow what follows it
    }
    return result;
}

QString TextExport::markdownHeader(const ConversationRecord &conversation)
{
    QString md = u"# "_s + (conversation.title.isEmpty() ? tr("Conversation") : conversation.title) + u"\n\n"_s;
    md += tr("*Started %1*").arg(isoTime(conversation.createdAt)) + u"\n\n"_s;
    if (!conversation.systemPrompt.isEmpty()) {
        md += tr("**System prompt:**") + u"\n\n"_s + inertMarkdown(conversation.systemPrompt) + u"\n\n"_s;
    }
    return md;
}

QString TextExport::markdownTurn(const TurnRecord &turn)
{
    QString md = u"---\n\n## "_s + tr("You") + u"\n\n"_s + inertMarkdown(turn.prompt) + u"\n\n"_s;
    if (!turn.attachments.isEmpty()) {
        QStringList files;
        for (const Attachment &a : turn.attachments) {
            files << u"📎 "_s + inertMarkdown(a.name) + u" ("_s + attachmentDescription(a) + u")"_s;
        }
        md += tr("Attached: %1").arg(files.join(u" · "_s)) + u"\n\n"_s;
    }
    for (const ResponseRecord &r : turn.responses) {
        QStringList facts;
        if (r.inputTokens || r.outputTokens) {
            facts << tr("%1 in / %2 out tokens")
                         .arg(r.inputTokens ? QString::number(*r.inputTokens) : u"?"_s,
                             r.outputTokens ? QString::number(*r.outputTokens) : u"?"_s);
        }
        if (r.costNanos) {
            facts << (r.costEstimated ? u"~"_s : QString()) + formatCost(*r.costNanos);
        }
        if (r.vote > 0) {
            facts << tr("★ picked");
        }
        md += u"### "_s + r.modelWithVariant() + u" · "_s + r.providerId
            + (facts.isEmpty() ? QString() : u" — "_s + facts.join(u" · "_s)) + u"\n\n"_s;
        if (r.status == ResponseStatus::Error) {
            md += u"> "_s + tr("Failed: %1").arg(r.errorMessage) + u"\n\n"_s;
        } else if (r.status == ResponseStatus::Cancelled || r.status == ResponseStatus::Interrupted) {
            md += u"> "_s + tr("Stopped before the end.") + u"\n\n"_s;
        }
        if (QString body = inertMarkdown(r.text); !body.trimmed().isEmpty()) {
            while (body.endsWith(u'\n')) {
                body.chop(1);
            }
            md += body + u"\n\n"_s;
        }
    }
    // The newest synthesis and its map, after the answers.
    if (const ResponseRecord *s = turn.latestSynthesis(); s && s->judgement) {
        const auto nameOf = [&turn](qint64 id) {
            const ResponseRecord *r = turn.response(id);
            return r ? r->model : tr("an answer");
        };
        const auto named = [&](const QString &label) { return nameOf(judgeSource(*s, label)); };
        md += u"### "_s
            + tr("Synthesis (%1) by %2 · %3")
                  .arg(s->parameters.judge ? s->parameters.judge->mode : QString(), s->model, s->providerId)
            + u"\n\n"_s;
        if (!s->judgement->isReadable()) {
            md += u"> "_s + s->judgement->problem + u"\n\n"_s;
        }
        if (QString body = inertMarkdown(s->judgement->text); !body.trimmed().isEmpty()) {
            while (body.endsWith(u'\n')) {
                body.chop(1);
            }
            md += body + u"\n\n"_s;
        }
        for (const Claim &claim : s->judgement->claims) {
            md += u"- "_s + Claim::kindMark(claim.kind()) + u' ' + inertMarkdown(claim.text) + u" ("_s
                + claim.whoSays(named) + u")\n"_s;
        }
        if (!s->judgement->claims.isEmpty()) {
            md += u'\n';
        }
        for (const JudgeScore &score : s->judgement->scores) {
            md += u"- "_s
                + tr("%1 · %2: %3 — %4")
                      .arg(nameOf(judgeSource(*s, score.answer)), score.criterion)
                      .arg(score.score, 0, 'g', 3)
                      .arg(score.reason)
                + u'\n';
        }
        if (!s->judgement->scores.isEmpty()) {
            md += u'\n';
        }
    }
    return md;
}

QString TextExport::markdown(const ConversationRecord &conversation, const QList<TurnRecord> &turns)
{
    QString md = markdownHeader(conversation);
    for (const TurnRecord &turn : currentBranch(turns)) {
        md += markdownTurn(turn);
    }
    return md;
}

std::expected<void, QString> TextExport::writeMarkdown(
    const ConversationStore &store, const QList<qint64> &ids, QIODevice &out, const Progress &progress)
{
    return TurnPages::write(
        store,
        ids,
        TurnPages::Scope::CurrentBranch,
        out,
        progress,
        [](const TurnPages &pages, qsizetype index) {
            return ((index > 0 ? u"\n"_s : QString()) + markdownHeader(pages.conversation())).toUtf8();
        },
        [](const TurnPages &, const QList<TurnRecord> &turns) {
            QString md;
            for (const TurnRecord &turn : turns) {
                md += markdownTurn(turn);
            }
            return md.toUtf8();
        },
        [](const TurnPages &, qsizetype) { return QByteArray(); });
}

QString TextExport::csvHeader()
{
    return u"conversation,title,turn,answer,time,provider,model,status,input_tokens,cached_input_tokens,"
           "output_tokens,reasoning_tokens,cost_usd,cost_estimated,ttft_ms,duration_ms,picked\r\n"_s;
}

QString TextExport::csvRows(const ConversationRecord &conversation, const QList<TurnRecord> &turns)
{
    QString rows;
    for (const TurnRecord &turn : turns) {
        for (qsizetype a = 0; a < turn.responses.size(); ++a) {
            const ResponseRecord &r = turn.responses.at(a);
            const QStringList fields {QString::number(conversation.id),
                csvField(conversation.title),
                QString::number(turn.position + 1),
                QString::number(a + 1),
                isoTime(r.createdAt),
                csvField(r.providerId),
                csvField(r.model),
                responseStatusName(r.status),
                number(r.inputTokens),
                number(r.cachedInputTokens),
                number(r.outputTokens),
                number(r.reasoningTokens),
                // Exact: nano-dollars printed as dollars with as many decimals as needed, never through a float.
                r.costNanos ? formatUsdNanos(*r.costNanos) : QString(),
                r.costNanos ? (r.costEstimated ? u"1"_s : u"0"_s) : QString(),
                number(r.ttftMs),
                number(r.durationMs),
                r.vote > 0 ? u"1"_s : u"0"_s};
            rows += fields.join(u',') + u"\r\n"_s;
        }
    }
    return rows;
}

std::expected<void, QString> TextExport::writeCsv(
    const ConversationStore &store, const QList<qint64> &ids, QIODevice &out, const Progress &progress)
{
    const QByteArray header = csvHeader().toUtf8();
    if (out.write(header) != header.size()) {
        return std::unexpected(out.errorString());
    }
    const auto nothing = [](const TurnPages &, qsizetype) { return QByteArray(); };
    return TurnPages::write(
        store,
        ids,
        TurnPages::Scope::Everything,
        out,
        progress,
        nothing,
        [](const TurnPages &pages, const QList<TurnRecord> &turns) {
            return csvRows(pages.conversation(), turns).toUtf8();
        },
        nothing);
}

} // namespace Quorum
