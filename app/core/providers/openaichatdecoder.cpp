// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/openaichatdecoder.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include "providers/errorclassifier.h"
#include "providers/jsonusage.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
/*!
 * Written by hand because one QJsonDocument per delta (a document, an object, a map of
 * keys) is most of the CPU a long answer costs (docs/providers.md §1, "Decoding"): this scanner
 * accepts one shape and copies nothing but the two strings it wants. Anything it does not
 * know makes it give up, and the event goes to QJsonDocument as before.
 */
class Scanner
{
public:
    explicit Scanner(QByteArrayView data)
        : m_data(data)
    {
    }

    void skipSpace()
    {
        while (m_at < m_data.size()
            && (m_data[m_at] == ' ' || m_data[m_at] == '\n' || m_data[m_at] == '\r' || m_data[m_at] == '\t')) {
            ++m_at;
        }
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at < m_data.size() && m_data[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_at < m_data.size() && m_data[m_at] == c;
    }
    bool atEnd()
    {
        skipSpace();
        return m_at == m_data.size();
    }
    bool literal(QByteArrayView word)
    {
        skipSpace();
        if (m_data.sliced(m_at).startsWith(word)) {
            m_at += word.size();
            return true;
        }
        return false;
    }
    //! A JSON number, by its grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? (not read).
    bool number()
    {
        skipSpace();
        const qsizetype from = m_at;
        if (!numberShape()) {
            return false;
        }
        // QJsonDocument refuses a number a double cannot hold (1e999): so does this.
        bool ok = false;
        const double value = m_data.sliced(from, m_at - from).toByteArray().toDouble(&ok);
        return ok && std::isfinite(value);
    }
    bool numberShape()
    {
        const auto digit = [this] { return m_at < m_data.size() && m_data[m_at] >= '0' && m_data[m_at] <= '9'; };
        const auto digits = [&] {
            const qsizetype start = m_at;
            while (digit()) {
                ++m_at;
            }
            return m_at > start;
        };
        if (m_at < m_data.size() && m_data[m_at] == '-') {
            ++m_at;
        }
        if (m_at < m_data.size() && m_data[m_at] == '0') {
            ++m_at;
        } else if (!digits()) {
            return false;
        }
        if (m_at < m_data.size() && m_data[m_at] == '.') {
            ++m_at;
            if (!digits()) {
                return false;
            }
        }
        if (m_at < m_data.size() && (m_data[m_at] == 'e' || m_data[m_at] == 'E')) {
            ++m_at;
            if (m_at < m_data.size() && (m_data[m_at] == '+' || m_data[m_at] == '-')) {
                ++m_at;
            }
            if (!digits()) {
                return false;
            }
        }
        return true;
    }
    //! A JSON string into \a out (valid UTF-8, valid escapes, no raw control characters).
    bool string(QString *out)
    {
        if (!take('"')) {
            return false;
        }
        QString text;
        qsizetype run = m_at;
        const auto flush = [&]() -> bool {
            if (m_at > run) { // checked even when not kept: QJsonDocument refuses bad UTF-8 anywhere
                // Stateless: a sequence cut off at the end of the run is an error too.
                QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
                const QString piece = utf8(m_data.sliced(run, m_at - run));
                if (utf8.hasError()) {
                    return false;
                }
                text += piece;
            }
            return true;
        };
        while (m_at < m_data.size()) {
            const char c = m_data[m_at];
            if (static_cast<unsigned char>(c) < 0x20) {
                return false;
            }
            if (c == '"') {
                if (!flush()) {
                    return false;
                }
                ++m_at;
                if (out) {
                    *out = text;
                }
                return true;
            }
            if (c != '\\') {
                ++m_at;
                continue;
            }
            if (!flush() || m_at + 1 >= m_data.size()) {
                return false;
            }
            const char e = m_data[m_at + 1];
            m_at += 2;
            switch (e) {
            case '"':
                text += u'"';
                break;
            case '\\':
                text += u'\\';
                break;
            case '/':
                text += u'/';
                break;
            case 'b':
                text += u'\b';
                break;
            case 'f':
                text += u'\f';
                break;
            case 'n':
                text += u'\n';
                break;
            case 'r':
                text += u'\r';
                break;
            case 't':
                text += u'\t';
                break;
            case 'u': {
                if (m_at + 4 > m_data.size()) {
                    return false;
                }
                bool ok = false;
                const ushort unit = QByteArray(m_data.sliced(m_at, 4).data(), 4).toUShort(&ok, 16);
                if (!ok) {
                    return false;
                }
                m_at += 4;
                if (QChar::isSurrogate(unit)) {
                    return false; // pairs (and lone halves) are QJsonDocument's to judge
                }
                text += QChar(unit);
                break;
            }
            default:
                return false;
            }
            run = m_at;
        }
        return false;
    }

private:
    QByteArrayView m_data;
    qsizetype m_at = 0;
};

//! Reads `{"key": value, ...}`, calling \a member for each key; false when anything fails.
template<class Member> bool object(Scanner &in, Member member)
{
    if (!in.take('{')) {
        return false;
    }
    if (in.take('}')) {
        return true;
    }
    do {
        QString key;
        if (!in.string(&key) || !in.take(':') || !member(key)) {
            return false;
        }
    } while (in.take(','));
    return in.take('}');
}
} // namespace

std::optional<OpenAiChatDecoder::FastChunk> OpenAiChatDecoder::fastChunk(QByteArrayView data)
{
    Scanner in(data);
    FastChunk chunk;
    // Each object may name each key it knows once (a repeated key is QJsonDocument's to
    // settle): a bit per key, so a delta costs no set of strings.
    const auto once = [](quint32 &seen, int bit) {
        const bool first = !(seen & (1u << bit));
        seen |= 1u << bit;
        return first;
    };
    quint32 top = 0;
    int choices = 0;
    const bool read = object(in, [&](const QString &key) {
        static const QStringList topKeys {u"id"_s,
            u"object"_s,
            u"obfuscation"_s,
            u"model"_s,
            u"created"_s,
            u"system_fingerprint"_s,
            u"service_tier"_s,
            u"usage"_s,
            u"choices"_s};
        const int known = static_cast<int>(topKeys.indexOf(key));
        if (known < 0 || !once(top, known)) {
            return false;
        }
        if (key == "id"_L1 || key == "object"_L1 || key == "obfuscation"_L1) {
            return in.string(nullptr);
        }
        if (key == "model"_L1) {
            return in.string(&chunk.model);
        }
        if (key == "created"_L1) {
            return in.number();
        }
        if (key == "system_fingerprint"_L1 || key == "service_tier"_L1) {
            return in.literal("null") || in.string(nullptr);
        }
        if (key == "usage"_L1) {
            return in.literal("null");
        }
        if (!in.take('[')) {
            return false;
        }
        quint32 inChoice = 0;
        const bool choice = object(in, [&](const QString &name) {
            static const QStringList choiceKeys {u"index"_s, u"logprobs"_s, u"finish_reason"_s, u"delta"_s};
            const int field = static_cast<int>(choiceKeys.indexOf(name));
            if (field < 0 || !once(inChoice, field)) {
                return false;
            }
            if (name == "index"_L1) {
                return in.literal("0") && (in.peek(',') || in.peek('}'));
            }
            if (name == "logprobs"_L1 || name == "finish_reason"_L1) {
                return in.literal("null");
            }
            quint32 inDelta = 0;
            return object(in, [&](const QString &part) {
                if (part == "content"_L1) {
                    return once(inDelta, 0) && in.string(&chunk.content);
                }
                return part == "role"_L1 && once(inDelta, 1) && in.string(nullptr);
            });
        });
        ++choices;
        return choice && (inChoice & 1u) && in.take(']'); // "index" was there
    });
    if (!read || choices != 1 || !in.atEnd()) {
        return std::nullopt;
    }
    return chunk;
}

OpenAiChatDecoder::OpenAiChatDecoder(bool fastPath)
    : m_fastPath(fastPath)
{
}

bool OpenAiChatDecoder::handleRaw(const SseEvent &event, QList<StreamEvent> &events)
{
    if (event.data != "[DONE]") {
        // The common delta without a QJsonDocument; the same events as handleEvent() makes.
        if (!m_fastPath || !event.event.isEmpty()) {
            return false;
        }
        const std::optional<FastChunk> chunk = fastChunk(event.data);
        if (!chunk) {
            return false;
        }
        if (!chunk->model.isEmpty() && chunk->model != m_model) {
            m_model = chunk->model;
            events.append(StreamEvent::servedBy(chunk->model));
        }
        if (!chunk->content.isEmpty()) {
            events.append(StreamEvent::textDelta(chunk->content));
        }
        return true;
    }
    m_calls.takeAll(events);
    complete(events, m_finish.value_or(FinishReason::fromProvider(u"stop"_s)));
    return true;
}

void OpenAiChatDecoder::handleEvent(const QString &, const QJsonObject &chunk, QList<StreamEvent> &events)
{
    if (const QJsonValue error = chunk.value("error"_L1); error.isObject() || error.isString()) {
        // A failure after the 200: OpenAI's server_error, OpenRouter's upstream error.
        const QJsonObject object = error.toObject();
        const QString message = error.isString() ? error.toString() : object.value("message"_L1).toString();
        QString code = object.value("type"_L1).toString();
        if (code.isEmpty() || code == "error"_L1) {
            code = object.value("code"_L1).isString() ? object.value("code"_L1).toString() : QString();
        }
        StreamError streamError
            = StreamError::make(ErrorClassifier::kindForCode(code).value_or(StreamError::Kind::Server), message);
        if (object.value("code"_L1).isDouble()) {
            streamError.httpStatus = object.value("code"_L1).toInt();
            if (!ErrorClassifier::kindForCode(code)) {
                streamError.kind = ErrorClassifier::kindForStatus(streamError.httpStatus);
            }
        }
        streamError.providerCode = code;
        fail(events, streamError);
        return;
    }
    if (const QString model = chunk.value("model"_L1).toString(); !model.isEmpty() && model != m_model) {
        m_model = model;
        events.append(StreamEvent::servedBy(model));
    }
    const QJsonArray choices = chunk.value("choices"_L1).toArray();
    for (const QJsonValue &value : choices) {
        const QJsonObject choice = value.toObject();
        if (choice.value("index"_L1).toInt(0) != 0) {
            continue; // Quorum asks for one choice; ignore any other
        }
        const QJsonObject delta = choice.value("delta"_L1).toObject();
        for (const auto key : {"reasoning_content"_L1, "reasoning"_L1}) {
            if (const QString reasoning = delta.value(key).toString(); !reasoning.isEmpty()) {
                events.append(StreamEvent::reasoningDelta(reasoning));
            }
        }
        const QJsonValue content = delta.value("content"_L1);
        if (content.isString()) {
            if (const QString text = content.toString(); !text.isEmpty()) {
                events.append(StreamEvent::textDelta(text));
            }
        } else if (content.isArray()) {
            // Mistral reasoning models: [{"type":"thinking","thinking":[{"type":"text",...}]},{"type":"text",...}]
            for (const QJsonValue &part : content.toArray()) {
                const QJsonObject object = part.toObject();
                const QString type = object.value("type"_L1).toString();
                if (type == "text"_L1) {
                    if (const QString text = object.value("text"_L1).toString(); !text.isEmpty()) {
                        events.append(StreamEvent::textDelta(text));
                    }
                } else if (type == "thinking"_L1) {
                    for (const QJsonValue &inner : object.value("thinking"_L1).toArray()) {
                        if (const QString text = inner.toObject().value("text"_L1).toString(); !text.isEmpty()) {
                            events.append(StreamEvent::reasoningDelta(text));
                        }
                    }
                }
            }
        }
        if (const QString refusal = delta.value("refusal"_L1).toString(); !refusal.isEmpty()) {
            events.append(StreamEvent::textDelta(refusal));
        }
        for (const QJsonValue &value : delta.value("tool_calls"_L1).toArray()) {
            // Pieces by index; a server that sends no index (some compatible ones send each
            // call whole) starts a call at each new id.
            const QJsonObject call = value.toObject();
            const QString id = call.value("id"_L1).toString();
            int index = call.value("index"_L1).toInt(-1);
            if (index < 0) {
                index = m_calls.lastIndex() < 0 || !id.isEmpty() ? m_calls.lastIndex() + 1 : m_calls.lastIndex();
            }
            const QJsonObject function = call.value("function"_L1).toObject();
            m_calls.begin(index, id, function.value("name"_L1).toString());
            const QJsonValue arguments = function.value("arguments"_L1);
            m_calls.appendArguments(index,
                arguments.isObject()
                    ? QString::fromUtf8(QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact))
                    : arguments.toString());
        }
        if (const QString reason = choice.value("finish_reason"_L1).toString(); !reason.isEmpty()) {
            m_calls.takeAll(events);
            m_finish = FinishReason::fromProvider(reason);
            if (m_finish->kind == FinishReason::Kind::Error) {
                fail(events,
                    StreamError::make(
                        StreamError::Kind::Server, choice.value("error"_L1).toObject().value("message"_L1).toString()));
                return;
            }
        }
    }
    if (const QJsonValue usage = chunk.value("usage"_L1); usage.isObject()) {
        events.append(StreamEvent::usageUpdate(JsonUsage::fromOpenAiChat(usage.toObject())));
    }
}

void OpenAiChatDecoder::decodeEnd(QList<StreamEvent> &events)
{
    if (m_finish) {
        m_calls.takeAll(events);
        complete(events, *m_finish);
    }
}

} // namespace Quorum
