// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// quorum-test-mcp: an MCP server on stdio (newline-delimited JSON-RPC 2.0) for the tests.
// It speaks the lifecycle (initialize with revision negotiation, initialized, ping), lists
// its tools (in pages with --page-size), sends progress, honours cancellation and announces
// tool list changes. Its tools, by what they test:
//
//   echo {text}              the text back
//   add {a, b}               a + b
//   customer_record {id}     a record with a card number and an e-mail (redaction tests)
//   env {name}               the value of an environment variable, or "(unset)"
//   slow {seconds}           progress every 100 ms, then "done" (cancellable)
//   never                    no answer at all
//   crash                    the process exits (code 3) in the middle of the call
//   flood {lines}            that many lines that are not JSON on stdout, then the answer
//   big {megabytes}          a result of that size
//   malformed                a response to the call without "jsonrpc"
//   fail                     a result with isError (the tool failed, the call did not)
//   add_tool                 adds the tool "late" and says the list changed
//
// Options: --protocol VERSION (answer initialize with it), --no-initialize (never answer it),
// --exit-at-start (write a reason to stderr and exit 2), --page-size N.
#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{
void send(const QJsonObject &message)
{
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line += '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

void result(const QJsonValue &id, const QJsonObject &value)
{
    send({{"jsonrpc"_L1, u"2.0"_s}, {"id"_L1, id}, {"result"_L1, value}});
}

void error(const QJsonValue &id, int code, const QString &message)
{
    send({{"jsonrpc"_L1, u"2.0"_s},
        {"id"_L1, id},
        {"error"_L1, QJsonObject {{"code"_L1, code}, {"message"_L1, message}}}});
}

QJsonObject text(const QString &value, bool isError = false)
{
    return {
        {"content"_L1, QJsonArray {QJsonObject {{"type"_L1, u"text"_s}, {"text"_L1, value}}}}, {"isError"_L1, isError}};
}

QJsonObject tool(const QString &name, const QString &description, const QJsonObject &properties = {})
{
    return {{"name"_L1, name},
        {"description"_L1, description},
        {"inputSchema"_L1, QJsonObject {{"type"_L1, u"object"_s}, {"properties"_L1, properties}}}};
}

class Server : public QObject
{
public:
    Server(QString protocol, bool answerInitialize, int pageSize)
        : m_protocol(std::move(protocol))
        , m_answerInitialize(answerInitialize)
        , m_pageSize(pageSize)
        , m_input(STDIN_FILENO, QSocketNotifier::Read)
    {
        const QJsonObject string {{"type"_L1, u"string"_s}};
        const QJsonObject number {{"type"_L1, u"number"_s}};
        m_tools = {tool(u"echo"_s, u"Says the text back."_s, {{"text"_L1, string}}),
            tool(u"add"_s, u"Adds two numbers."_s, {{"a"_L1, number}, {"b"_L1, number}}),
            tool(u"customer_record"_s, u"Looks up a customer."_s, {{"id"_L1, string}}),
            tool(u"env"_s, u"Reads an environment variable."_s, {{"name"_L1, string}}),
            tool(u"slow"_s, u"Works for a while, with progress."_s, {{"seconds"_L1, number}}),
            tool(u"never"_s, u"Never answers."_s),
            tool(u"crash"_s, u"Exits in the middle of the call."_s),
            tool(u"flood"_s, u"Writes lines that are not JSON first."_s, {{"lines"_L1, number}}),
            tool(u"big"_s, u"Returns megabytes."_s, {{"megabytes"_L1, number}}),
            tool(u"malformed"_s, u"Answers with a malformed message."_s),
            tool(u"fail"_s, u"A tool that fails."_s),
            tool(u"add_tool"_s, u"Adds a tool."_s)};
        connect(&m_input, &QSocketNotifier::activated, this, &Server::read);
    }

private:
    void read()
    {
        char chunk[65536];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got <= 0) {
            QCoreApplication::exit(0); // stdin closed: MCP's stdio shutdown
            return;
        }
        m_buffer.append(chunk, got);
        qsizetype newline;
        while ((newline = m_buffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            handle(QJsonDocument::fromJson(line).object());
        }
    }

    void handle(const QJsonObject &message)
    {
        const QString method = message.value("method"_L1).toString();
        const QJsonValue id = message.value("id"_L1);
        const QJsonObject params = message.value("params"_L1).toObject();
        if (method == "initialize"_L1) {
            if (!m_answerInitialize) {
                return;
            }
            static const QStringList known {u"2025-11-25"_s, u"2025-06-18"_s, u"2025-03-26"_s, u"2024-11-05"_s};
            const QString asked = params.value("protocolVersion"_L1).toString();
            const QString version = !m_protocol.isEmpty() ? m_protocol : known.contains(asked) ? asked : known.first();
            result(id,
                {{"protocolVersion"_L1, version},
                    {"capabilities"_L1, QJsonObject {{"tools"_L1, QJsonObject {{"listChanged"_L1, true}}}}},
                    {"serverInfo"_L1, QJsonObject {{"name"_L1, u"quorum-test-mcp"_s}, {"version"_L1, u"1.0"_s}}}});
        } else if (method == "notifications/initialized"_L1) {
            m_initialized = true;
        } else if (method == "ping"_L1) {
            result(id, {});
        } else if (method == "tools/list"_L1) {
            const int from = params.value("cursor"_L1).toString().toInt();
            const int count = m_pageSize > 0 ? m_pageSize : int(m_tools.size());
            QJsonArray tools;
            for (const QJsonObject &each : m_tools.mid(from, count)) {
                tools.append(each);
            }
            QJsonObject page {{"tools"_L1, tools}};
            if (from + count < m_tools.size()) {
                page.insert("nextCursor"_L1, QString::number(from + count));
            }
            result(id, page);
        } else if (method == "tools/call"_L1) {
            call(id, params);
        } else if (method == "notifications/cancelled"_L1) {
            m_cancelled.append(params.value("requestId"_L1).toInteger());
        } else if (!id.isUndefined()) {
            error(id, -32601, u"Method not found: "_s + method);
        }
    }

    void call(const QJsonValue &id, const QJsonObject &params)
    {
        const QString name = params.value("name"_L1).toString();
        const QJsonObject arguments = params.value("arguments"_L1).toObject();
        const QJsonValue progressToken = params.value("_meta"_L1).toObject().value("progressToken"_L1);
        if (!m_initialized) {
            error(id, -32600, u"not initialized"_s);
        } else if (name == "echo"_L1) {
            result(id, text(arguments.value("text"_L1).toString()));
        } else if (name == "add"_L1) {
            result(id, text(QString::number(arguments.value("a"_L1).toDouble() + arguments.value("b"_L1).toDouble())));
        } else if (name == "customer_record"_L1) {
            result(id,
                text(
                    u"Customer %1: Jane Roe, card 4111 1111 1111 1111, jane.roe@example.com, balance 120.50 EUR."_s.arg(
                        arguments.value("id"_L1).toString())));
        } else if (name == "env"_L1) {
            const QByteArray value = qgetenv(arguments.value("name"_L1).toString().toLocal8Bit().constData());
            result(id, text(value.isNull() ? u"(unset)"_s : QString::fromLocal8Bit(value)));
        } else if (name == "slow"_L1) {
            const int steps = int(arguments.value("seconds"_L1).toDouble(1) * 10);
            auto *timer = new QTimer(this);
            timer->setInterval(100);
            auto done = std::make_shared<int>(0);
            connect(timer, &QTimer::timeout, this, [this, timer, done, steps, id, progressToken] {
                if (m_cancelled.contains(id.toInteger())) {
                    timer->deleteLater();
                    return; // cancelled: no answer (MCP)
                }
                if (++*done >= steps) {
                    timer->deleteLater();
                    result(id, text(u"done"_s));
                    return;
                }
                send({{"jsonrpc"_L1, u"2.0"_s},
                    {"method"_L1, u"notifications/progress"_s},
                    {"params"_L1,
                        QJsonObject {{"progressToken"_L1, progressToken},
                            {"progress"_L1, *done},
                            {"total"_L1, steps},
                            {"message"_L1, u"step %1"_s.arg(*done)}}}});
            });
            timer->start();
        } else if (name == "never"_L1) {
            // no answer
        } else if (name == "crash"_L1) {
            std::fputs("quorum-test-mcp: crashing as asked\n", stderr);
            std::_Exit(3);
        } else if (name == "flood"_L1) {
            const int lines = arguments.value("lines"_L1).toInt(1000);
            for (int i = 0; i < lines; ++i) {
                std::fputs("this is not JSON, it is a server logging to stdout\n", stdout);
            }
            result(id, text(u"flooded"_s));
        } else if (name == "big"_L1) {
            result(id, text(QString(int(arguments.value("megabytes"_L1).toDouble(1) * 1024 * 1024), u'x')));
        } else if (name == "malformed"_L1) {
            send({{"id"_L1, id}, {"result"_L1, text(u"no jsonrpc member"_s)}});
        } else if (name == "fail"_L1) {
            result(id, text(u"the tool could not reach its database"_s, true));
        } else if (name == "add_tool"_L1) {
            m_tools.append(tool(u"late"_s, u"Added while running."_s));
            result(id, text(u"added"_s));
            send({{"jsonrpc"_L1, u"2.0"_s}, {"method"_L1, u"notifications/tools/list_changed"_s}});
        } else {
            error(id, -32602, u"Unknown tool: "_s + name);
        }
    }

    QString m_protocol;
    bool m_answerInitialize;
    int m_pageSize;
    QSocketNotifier m_input;
    QByteArray m_buffer;
    QList<QJsonObject> m_tools;
    QList<qint64> m_cancelled;
    bool m_initialized = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.contains(u"--exit-at-start"_s)) {
        std::fputs("quorum-test-mcp: cannot open its database\n", stderr);
        return 2;
    }
    const qsizetype protocol = arguments.indexOf(u"--protocol"_s);
    const qsizetype pageSize = arguments.indexOf(u"--page-size"_s);
    Server server(protocol > 0 ? arguments.value(protocol + 1) : QString(),
        !arguments.contains(u"--no-initialize"_s),
        pageSize > 0 ? arguments.value(pageSize + 1).toInt() : 0);
    return QCoreApplication::exec();
}
