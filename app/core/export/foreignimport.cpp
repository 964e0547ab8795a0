// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "export/foreignimport.h"

#include <cmath>

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "common/jsonposition.h"
#include "export/quorumjson.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{

//! One message of a foreign conversation, whatever app it came from.
struct Message {
    enum class Role { User, Assistant, Other };
    QString id;
    QString parent;
    QStringList children; //!< in the order the app had them
    Role role = Role::Other;
    bool hidden = false; //!< not shown by the app (a root, a tool call's output, hidden context)
    QString text;
    QString reasoning;
    QString model;
    qint64 createdAt = 0;
    ResponseStatus status = ResponseStatus::Done;
    QString finishReason;
    QList<Attachment> attachments; //!< a prompt's files, as far as the export holds them
    QSet<QString> fileIds;         //!< ChatGPT: the ids of the files attached
    QHash<QString, QString> names; //!< ChatGPT: the names of the message's files, by id
};

//! A text file as an export holds it (its extracted text), attached again.
Attachment textAttachment(const QString &name, const QString &text)
{
    Attachment a;
    a.name = name;
    a.kind = AttachmentKind::Text;
    a.mimeType = u"text/plain"_s;
    a.data = text.toUtf8();
    a.text = text;
    a.sha256 = attachmentDigest(a.data);
    return a;
}

/*!
 * The files of a ChatGPT export, found by their file ids in the folder beside
 * conversations.json (and its sub-folders, where generated images are kept). The folder is
 * listed once, on the first look-up; hostile sizes are bounded (files listed, bytes read).
 */
class ExportFiles
{
public:
    explicit ExportFiles(const ForeignImport::ImportFiles &files)
        : m_files(files)
    {
    }

    //! Attaches the file \a id (named \a name when the export names it) to \a m; false when
    //! it is not there or is not a file Quorum attaches.
    bool attach(const QString &id, const QString &name, Message &m)
    {
        if (id.isEmpty() || m_files.folder.isEmpty() || !m_files.examine) {
            return false;
        }
        if (m.fileIds.contains(id)) {
            return true; // named twice in one message: attached once
        }
        if (m_attached.contains(id)) {
            m.attachments.append(m_attached.value(id));
            m.fileIds.insert(id);
            return true;
        }
        const QString path = find(id);
        if (path.isEmpty()) {
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > maxBytes) {
            return false;
        }
        // The name ChatGPT showed; else the file's own name after its id.
        QString shown = name;
        if (shown.isEmpty()) {
            shown = QFileInfo(path).fileName().mid(id.size());
            while (shown.startsWith(u'-') || shown.startsWith(u'_')) {
                shown.remove(0, 1);
            }
            if (shown.isEmpty() || shown.startsWith(u'.')) {
                shown = id + shown;
            }
        }
        auto examined = m_files.examine(file.read(maxBytes), shown);
        if (!examined) {
            return false;
        }
        m_attached.insert(id, *examined);
        m.attachments.append(*examined);
        m.fileIds.insert(id);
        return true;
    }

private:
    static constexpr qint64 maxBytes = 64LL * 1024 * 1024; //!< as attached in the app
    static constexpr int maxListed = 200'000;

    //! The file id a file of the export is named after: "file-7Qm2" of "file-7Qm2-cat.jpg",
    //! "file_00000000abc" of "file_00000000abc-3f1e….png".
    static QString idOf(const QString &fileName)
    {
        if (!fileName.startsWith("file-"_L1) && !fileName.startsWith("file_"_L1)) {
            return {};
        }
        qsizetype end = 5;
        while (end < fileName.size() && fileName.at(end) != u'-' && fileName.at(end) != u'.') {
            ++end;
        }
        return fileName.left(end);
    }

    QString find(const QString &id)
    {
        if (!m_listed) {
            m_listed = true;
            QDirIterator it(m_files.folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            for (int listed = 0; it.hasNext() && listed < maxListed; ++listed) {
                const QString path = it.next();
                if (const QString found = idOf(it.fileName()); !found.isEmpty() && !m_paths.contains(found)) {
                    m_paths.insert(found, path);
                }
            }
        }
        return m_paths.value(id);
    }

    const ForeignImport::ImportFiles &m_files;
    bool m_listed = false;
    QHash<QString, QString> m_paths;
    QHash<QString, Attachment> m_attached;
};

/*!
 * Turns a tree of messages into Quorum turns (see ForeignImport). Turns are listed parents
 * first, and at every fork the way to the current message last, so that the newest turn —
 * the one Quorum continues — ends the branch the app showed last.
 */
class TurnBuilder
{
public:
    TurnBuilder(QHash<QString, Message> nodes, QStringList roots, const QString &currentLeaf, QString provider)
        : m_nodes(std::move(nodes))
        , m_roots(std::move(roots))
        , m_provider(std::move(provider))
    {
        // The path to the current message; bounded, so a cycle in a damaged file ends.
        QString at = currentLeaf;
        for (qsizetype steps = 0; !at.isEmpty() && m_nodes.contains(at) && steps <= m_nodes.size(); ++steps) {
            m_onPath.insert(at);
            at = m_nodes.value(at).parent;
        }
    }

    QList<TurnRecord> build()
    {
        for (const QString &root : ordered(m_roots)) {
            walk(root, std::nullopt, {});
        }
        return m_turns;
    }

private:
    struct Chain {
        QList<const Message *> messages;
        QStringList followUps;
    };

    bool isPrompt(const Message &m) const { return m.role == Message::Role::User && !m.hidden; }

    //! Off the current path first, on it last (stable otherwise).
    QStringList ordered(const QStringList &ids) const
    {
        QStringList off;
        QStringList on;
        for (const QString &id : ids) {
            if (m_nodes.contains(id)) {
                (m_onPath.contains(id) ? on : off).append(id);
            }
        }
        return off + on;
    }

    void walk(const QString &id, std::optional<qint64> parentTurn, const QList<qint64> &history)
    {
        if (m_visited.contains(id)) {
            return;
        }
        const Message &m = *m_nodes.constFind(id);
        if (isPrompt(m)) {
            m_visited.insert(id);
            makeTurn(&m, m.children, parentTurn, history);
        } else if (m.role == Message::Role::Assistant && !m.hidden && !m.text.isEmpty()) {
            // A reply with no prompt before it (a greeting): a turn with an empty prompt.
            makeTurn(nullptr, {id}, parentTurn, history);
        } else {
            m_visited.insert(id);
            for (const QString &child : ordered(m.children)) {
                walk(child, parentTurn, history);
            }
        }
    }

    void collect(const QStringList &children, const QList<const Message *> &prefix, QList<Chain> &chains)
    {
        for (const QString &id : ordered(children)) {
            if (m_visited.contains(id)) {
                continue;
            }
            const Message &m = *m_nodes.constFind(id);
            if (isPrompt(m)) {
                chains.append({prefix, {id}});
                continue;
            }
            m_visited.insert(id);
            QList<const Message *> path = prefix;
            path.append(&m);
            QStringList prompts;
            QStringList others;
            for (const QString &child : ordered(m.children)) {
                if (m_nodes.contains(child) && !m_visited.contains(child)) {
                    (isPrompt(*m_nodes.constFind(child)) ? prompts : others).append(child);
                }
            }
            if (!prompts.isEmpty() || others.isEmpty()) {
                chains.append({path, prompts});
            }
            if (!others.isEmpty()) {
                collect(others, path, chains);
            }
        }
    }

    void makeTurn(const Message *prompt,
        const QStringList &replies,
        std::optional<qint64> parentTurn,
        const QList<qint64> &history)
    {
        TurnRecord turn;
        turn.id = ++m_lastTurn;
        turn.parentId = parentTurn;
        turn.prompt = prompt ? prompt->text : QString();
        if (prompt) {
            turn.attachments = prompt->attachments;
        }
        const qsizetype index = m_turns.size();
        m_turns.append(turn);
        QList<Chain> chains;
        collect(replies, {}, chains);
        QList<qint64> answerOf; // per chain: its answer's id, 0 for none
        for (const Chain &chain : std::as_const(chains)) {
            QStringList texts;
            QStringList reasoning;
            const Message *first = nullptr;
            const Message *last = nullptr;
            for (const Message *m : chain.messages) {
                if (m->role != Message::Role::Assistant || m->hidden) {
                    continue;
                }
                if (!m->text.isEmpty()) {
                    texts << m->text;
                }
                if (!m->reasoning.isEmpty()) {
                    reasoning << m->reasoning;
                }
                first = first ? first : m;
                last = m;
            }
            if (!last || (texts.isEmpty() && reasoning.isEmpty())) {
                answerOf.append(0);
                continue;
            }
            ResponseRecord r;
            r.id = ++m_lastAnswer;
            r.providerId = m_provider;
            r.model = last->model;
            r.text = texts.join(u"\n\n"_s);
            r.reasoning = reasoning.join(u"\n\n"_s);
            r.status = last->status;
            r.finishReason = last->finishReason;
            r.finishReasonRaw = last->finishReason;
            r.createdAt = first->createdAt;
            r.updatedAt = last->createdAt;
            r.parameters.history = history;
            m_turns[index].responses.append(r);
            answerOf.append(r.id);
        }
        TurnRecord &stored = m_turns[index];
        stored.createdAt
            = prompt ? prompt->createdAt : (stored.responses.isEmpty() ? 0 : stored.responses.constFirst().createdAt);
        for (qsizetype c = 0; c < chains.size(); ++c) {
            QList<qint64> next = history;
            if (answerOf.at(c) != 0) {
                next.append(answerOf.at(c));
            }
            for (const QString &followUp : chains.at(c).followUps) {
                walk(followUp, turn.id, next);
            }
        }
    }

    QHash<QString, Message> m_nodes;
    QStringList m_roots;
    QString m_provider;
    QSet<QString> m_onPath;
    QSet<QString> m_visited;
    QList<TurnRecord> m_turns;
    qint64 m_lastTurn = 0;
    qint64 m_lastAnswer = 0;
};

std::expected<QJsonArray, QString> parseList(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonPosition where = JsonPosition::at(data, parseError.offset);
        return std::unexpected(ForeignImport::tr("not valid JSON at line %1, column %2 (byte %3): %4")
                .arg(where.line)
                .arg(where.column)
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    if (!document.isArray()) {
        return std::unexpected(ForeignImport::tr("expected a list of conversations"));
    }
    return document.array();
}

qint64 secondsToMs(const QJsonValue &value, qint64 fallback)
{
    if (!value.isDouble()) {
        return fallback;
    }
    // A time a file could hold: seconds since 1970 within ±10^12 (about 31,000 years); beyond
    // that the value is not a time, and converting it would overflow.
    const double seconds = value.toDouble();
    return std::isfinite(seconds) && std::abs(seconds) < 1e12 ? qint64(seconds * 1000.0 + 0.5) : fallback;
}

qint64 isoToMs(const QJsonValue &value, qint64 fallback)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : fallback;
}

//! A fence that what it holds cannot close: one backtick longer than the longest run inside.
QString fenced(const QString &text, const QString &language = {})
{
    static const QRegularExpression runs(u"`{3,}"_s);
    qsizetype longest = 2;
    for (auto it = runs.globalMatch(text); it.hasNext();) {
        longest = std::max(longest, it.next().capturedLength());
    }
    const QString fence(longest + 1, u'`');
    return fence + language + u'\n' + text + (text.endsWith(u'\n') ? QString() : u"\n"_s) + fence;
}

QString where(qsizetype index, const QString &title)
{
    return title.isEmpty() ? ForeignImport::tr("conversation %1").arg(index + 1)
                           : ForeignImport::tr("conversation %1 (“%2”)").arg(index + 1).arg(title);
}

//! Each conversation of a foreign export's list, read by \a readOne (object, index).
template<typename ReadOne>
std::expected<QList<ConversationStore::Import>, QString> readEach(const QByteArray &data, ReadOne readOne)
{
    const auto list = parseList(data);
    if (!list) {
        return std::unexpected(list.error());
    }
    QList<ConversationStore::Import> result;
    result.reserve(list->size());
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonValue value = list->at(i);
        if (!value.isObject()) {
            return std::unexpected(ForeignImport::tr("conversation %1 is not an object").arg(i + 1));
        }
        auto item = readOne(value.toObject(), i);
        if (!item) {
            return std::unexpected(item.error());
        }
        result.append(std::move(*item));
    }
    return result;
}

// ChatGPT: one message's visible content, by content type.
void readChatGptContent(const QJsonObject &content, Message &m, QString &customInstructions, ExportFiles &files)
{
    const QString type = content.value("content_type"_L1).toString();
    const auto strings = [&content, &m, &files] {
        QStringList texts;
        for (const QJsonValue &part : content.value("parts"_L1).toArray()) {
            if (part.isString()) {
                texts << part.toString();
            } else if (part.isObject()) {
                const QString kind = part.toObject().value("content_type"_L1).toString();
                if (kind == "image_asset_pointer"_L1) {
                    // "file-service://file-7Qm2", "sediment://file_000…": the file id after the scheme.
                    const QString pointer = part.toObject().value("asset_pointer"_L1).toString();
                    const QString id = pointer.mid(pointer.indexOf("://"_L1) + 3);
                    if (!files.attach(id, m.names.value(id), m)) {
                        texts << u"[image]"_s; // data, not the interface: the same in every language
                    }
                } else if (kind.contains("audio"_L1)) {
                    texts << u"[audio]"_s;
                } else if (part.toObject().value("text"_L1).isString()) {
                    texts << part.toObject().value("text"_L1).toString();
                }
            }
        }
        return texts;
    };
    if (type == "text"_L1) {
        m.text = strings().join(QString());
    } else if (type == "multimodal_text"_L1) {
        m.text = strings().join(u"\n\n"_s);
    } else if (type == "code"_L1) {
        QString language = content.value("language"_L1).toString();
        if (language == "unknown"_L1) {
            language.clear();
        }
        m.text = fenced(content.value("text"_L1).toString(), language);
    } else if (type == "thoughts"_L1) {
        QStringList thoughts;
        for (const QJsonValue &t : content.value("thoughts"_L1).toArray()) {
            thoughts << t.toObject().value("content"_L1).toString();
        }
        m.reasoning = thoughts.join(u"\n\n"_s);
    } else if (type == "user_editable_context"_L1) {
        m.hidden = true;
        customInstructions = QStringList {content.value("user_profile"_L1).toString().trimmed(),
            content.value("user_instructions"_L1).toString().trimmed()}
                                 .filter(QRegularExpression(u"\\S"_s))
                                 .join(u"\n\n"_s);
    } else if (type == "execution_output"_L1 || type == "reasoning_recap"_L1 || type.startsWith("tether_"_L1)
        || type == "system_error"_L1) {
        m.hidden = true; // a tool's output, shown by ChatGPT folded away if at all
    } else {
        m.text = strings().join(u"\n\n"_s);
        if (m.text.isEmpty()) {
            m.text = content.value("text"_L1).toString();
        }
    }
}

} // namespace

std::optional<ForeignImport::Kind> ForeignImport::kindFromName(const QString &name)
{
    if (name == "quorum"_L1) {
        return Kind::Quorum;
    }
    if (name == "chatgpt"_L1) {
        return Kind::ChatGpt;
    }
    if (name == "claude"_L1) {
        return Kind::Claude;
    }
    return std::nullopt;
}

std::expected<ForeignImport::Kind, QString> ForeignImport::detect(const QByteArray &data)
{
    if (data.startsWith("PK\x03\x04")) {
        return std::unexpected(tr("this is a zip archive (a data export as downloaded): unpack it and import the "
                                  "conversations.json inside"));
    }
    if (QuorumJson::recognises(data)) {
        return Kind::Quorum;
    }
    if (data.contains("\"mapping\"") && data.contains("\"current_node\"")) {
        return Kind::ChatGpt;
    }
    if (data.contains("\"chat_messages\"")) {
        return Kind::Claude;
    }
    if (data.trimmed() == "[]") {
        return std::unexpected(tr("the file holds no conversations"));
    }
    return std::unexpected(tr("not a Quorum, ChatGPT or Claude export"));
}

std::expected<QList<ConversationStore::Import>, QString> ForeignImport::read(
    const QByteArray &data, std::optional<Kind> kind, const ImportFiles &files)
{
    if (!kind) {
        const auto detected = detect(data);
        if (!detected) {
            return std::unexpected(detected.error());
        }
        kind = *detected;
    }
    switch (*kind) {
    case Kind::Quorum:
        return QuorumJson::read(data);
    case Kind::ChatGpt:
        return readChatGpt(data, files);
    case Kind::Claude:
        return readClaude(data);
    }
    return std::unexpected(QString());
}

std::expected<QList<ConversationStore::Import>, QString> ForeignImport::readChatGpt(
    const QByteArray &data, const ImportFiles &importFiles)
{
    ExportFiles files(importFiles);
    return readEach(
        data, [&files](const QJsonObject &object, qsizetype i) -> std::expected<ConversationStore::Import, QString> {
            ConversationStore::Import item;
            item.conversation.title = object.value("title"_L1).toString();
            const QString place = where(i, item.conversation.title);
            if (!object.value("create_time"_L1).isDouble()) {
                return std::unexpected(tr("%1: “create_time” is missing").arg(place));
            }
            item.conversation.createdAt = secondsToMs(object.value("create_time"_L1), 0);
            item.conversation.updatedAt = secondsToMs(object.value("update_time"_L1), item.conversation.createdAt);
            if (!object.value("mapping"_L1).isObject()) {
                return std::unexpected(tr("%1: “mapping” is missing or not an object").arg(place));
            }
            const QString defaultModel = object.value("default_model_slug"_L1).toString();
            const QJsonObject mapping = object.value("mapping"_L1).toObject();
            QHash<QString, Message> nodes;
            nodes.reserve(mapping.size());
            QString customInstructions;
            QString systemPrompt;
            for (auto it = mapping.begin(); it != mapping.end(); ++it) {
                if (!it.value().isObject()) {
                    return std::unexpected(tr("%1: message %2 is not an object").arg(place, it.key()));
                }
                const QJsonObject node = it.value().toObject();
                Message m;
                m.id = it.key();
                m.parent = node.value("parent"_L1).toString();
                for (const QJsonValue &child : node.value("children"_L1).toArray()) {
                    m.children << child.toString();
                }
                const QJsonValue messageValue = node.value("message"_L1);
                if (messageValue.isObject()) {
                    const QJsonObject message = messageValue.toObject();
                    const QString role = message.value("author"_L1).toObject().value("role"_L1).toString();
                    m.role = role == "user"_L1   ? Message::Role::User
                        : role == "assistant"_L1 ? Message::Role::Assistant
                                                 : Message::Role::Other;
                    const QJsonObject metadata = message.value("metadata"_L1).toObject();
                    m.hidden = metadata.value("is_visually_hidden_from_conversation"_L1).toBool();
                    m.createdAt = secondsToMs(message.value("create_time"_L1), item.conversation.createdAt);
                    if (!message.value("content"_L1).isObject()) {
                        return std::unexpected(tr("%1: message %2 has no “content”").arg(place, it.key()));
                    }
                    // The files uploaded with the message (a PDF, a CSV, the images' names).
                    const QJsonArray uploaded = metadata.value("attachments"_L1).toArray();
                    for (const QJsonValue &attached : uploaded) {
                        m.names.insert(attached["id"_L1].toString(), attached["name"_L1].toString());
                    }
                    readChatGptContent(message.value("content"_L1).toObject(), m, customInstructions, files);
                    for (const QJsonValue &attached : uploaded) {
                        files.attach(attached["id"_L1].toString(), attached["name"_L1].toString(), m);
                    }
                    m.model = metadata.value("model_slug"_L1).toString(defaultModel);
                    if (m.model.isEmpty()) {
                        m.model = defaultModel.isEmpty() ? u"chatgpt"_s : defaultModel;
                    }
                    const QString finish = metadata.value("finish_details"_L1).toObject().value("type"_L1).toString();
                    m.finishReason = finish == "max_tokens"_L1 ? u"length"_s : finish;
                    if (finish == "interrupted"_L1) {
                        m.status = ResponseStatus::Cancelled;
                    } else if (message.value("status"_L1).toString() == "in_progress"_L1) {
                        m.status = ResponseStatus::Interrupted;
                    }
                    if (role == "system"_L1 && !m.hidden && !m.text.trimmed().isEmpty() && systemPrompt.isEmpty()) {
                        systemPrompt = m.text;
                    }
                    if (role != "user"_L1 && role != "assistant"_L1) {
                        m.hidden = true; // system and tool messages are context, not turns
                    }
                } else if (!messageValue.isNull() && !messageValue.isUndefined()) {
                    return std::unexpected(tr("%1: message %2 is not an object").arg(place, it.key()));
                } else {
                    m.hidden = true; // the tree's root
                }
                nodes.insert(m.id, m);
            }
            // Children lists are the app's order; a child missing from its parent's list is added.
            QStringList roots;
            for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
                if (it->parent.isEmpty() || !nodes.contains(it->parent)) {
                    roots << it.key();
                } else if (!nodes[it->parent].children.contains(it.key())) {
                    nodes[it->parent].children << it.key();
                }
            }
            std::ranges::sort(roots, [&nodes](const QString &a, const QString &b) {
                return std::pair(nodes.value(a).createdAt, a) < std::pair(nodes.value(b).createdAt, b);
            });
            item.conversation.systemPrompt = !systemPrompt.isEmpty() ? systemPrompt : customInstructions;
            item.turns = TurnBuilder(std::move(nodes), roots, object.value("current_node"_L1).toString(), u"chatgpt"_s)
                             .build();
            return item;
        });
}

std::expected<QList<ConversationStore::Import>, QString> ForeignImport::readClaude(const QByteArray &data)
{
    return readEach(
        data, [](const QJsonObject &object, qsizetype i) -> std::expected<ConversationStore::Import, QString> {
            static const QString nilParent = u"00000000-0000-4000-8000-000000000000"_s;
            ConversationStore::Import item;
            item.conversation.title = object.value("name"_L1).toString();
            const QString place = where(i, item.conversation.title);
            item.conversation.createdAt = isoToMs(object.value("created_at"_L1), -1);
            if (item.conversation.createdAt < 0) {
                return std::unexpected(tr("%1: “created_at” is missing or not a date").arg(place));
            }
            item.conversation.updatedAt = isoToMs(object.value("updated_at"_L1), item.conversation.createdAt);
            if (!object.value("chat_messages"_L1).isArray()) {
                return std::unexpected(tr("%1: “chat_messages” is missing or not a list").arg(place));
            }
            const QString model = object.value("model"_L1).toString(u"claude"_s);
            const QJsonArray messages = object.value("chat_messages"_L1).toArray();
            const bool tree = std::ranges::any_of(
                messages, [](const QJsonValue &m) { return m.toObject().contains("parent_message_uuid"_L1); });
            QHash<QString, Message> nodes;
            QStringList order;
            QStringList roots;
            for (qsizetype j = 0; j < messages.size(); ++j) {
                const QJsonObject message = messages.at(j).toObject();
                Message m;
                m.id = message.value("uuid"_L1).toString();
                if (m.id.isEmpty() || nodes.contains(m.id)) {
                    return std::unexpected(tr("%1, message %2: “uuid” is missing or repeated").arg(place).arg(j + 1));
                }
                const QString sender = message.value("sender"_L1).toString();
                if (sender != "human"_L1 && sender != "assistant"_L1) {
                    return std::unexpected(tr("%1, message %2: the sender is “%3”, not human or assistant")
                            .arg(place)
                            .arg(j + 1)
                            .arg(sender));
                }
                m.role = sender == "human"_L1 ? Message::Role::User : Message::Role::Assistant;
                m.createdAt = isoToMs(message.value("created_at"_L1), item.conversation.createdAt);
                m.model = model;
                QStringList texts;
                QStringList thinking;
                for (const QJsonValue &blockValue : message.value("content"_L1).toArray()) {
                    const QJsonObject block = blockValue.toObject();
                    const QString type = block.value("type"_L1).toString();
                    if (type == "text"_L1) {
                        texts << block.value("text"_L1).toString();
                    } else if (type == "thinking"_L1) {
                        thinking << block.value("thinking"_L1).toString();
                    }
                }
                m.text = texts.isEmpty() ? message.value("text"_L1).toString() : texts.join(u"\n\n"_s);
                m.reasoning = thinking.join(u"\n\n"_s);
                for (const QJsonValue &attachment : message.value("attachments"_L1).toArray()) {
                    // The export holds the text Claude read of the file: attached again as a
                    // text file, sent with follow-ups as Quorum sends its own.
                    const QJsonObject a = attachment.toObject();
                    const QString text = a.value("extracted_content"_L1).toString();
                    const QString name = a.value("file_name"_L1).toString();
                    if (text.isEmpty()) {
                        m.text += u"\n\n[file: "_s + name + u']';
                    } else {
                        m.attachments.append(textAttachment(name.isEmpty() ? u"attachment.txt"_s : name, text));
                    }
                }
                for (const QJsonValue &file : message.value("files"_L1).toArray()) {
                    m.text += u"\n\n[file: "_s + file.toObject().value("file_name"_L1).toString() + u']';
                }
                m.text = m.text.trimmed();
                if (tree) {
                    m.parent = message.value("parent_message_uuid"_L1).toString();
                    if (m.parent == nilParent) {
                        m.parent.clear();
                    }
                } else if (!order.isEmpty()) {
                    m.parent = order.constLast(); // an older export: one line of messages
                }
                order << m.id;
                nodes.insert(m.id, m);
            }
            for (const QString &id : std::as_const(order)) {
                const QString parent = nodes.value(id).parent;
                if (parent.isEmpty() || !nodes.contains(parent)) {
                    roots << id;
                } else {
                    nodes[parent].children << id;
                }
            }
            const QString leaf = object.value("current_leaf_message_uuid"_L1)
                                     .toString(order.isEmpty() ? QString() : order.constLast());
            item.turns = TurnBuilder(std::move(nodes), roots, leaf, u"claude.ai"_s).build();
            return item;
        });
}

} // namespace Quorum
