// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "fakeproviderserver.h"

#include <set>

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include "fakeprotocols.h"

using namespace Qt::StringLiterals;

namespace Quorum::Fake
{

namespace
{
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 432:
        return "Plan Limit Exceeded";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

// Words for generated answers: a realistic mix of prose, markdown and code.
const QStringList &lorem()
{
    static const QStringList words {u"The"_s,
        u" answer"_s,
        u" depends"_s,
        u" on"_s,
        u" the"_s,
        u" context"_s,
        u"."_s,
        u" Here"_s,
        u" is"_s,
        u" a"_s,
        u" short"_s,
        u" example"_s,
        u":\n\n"_s,
        u"```"_s,
        u"python"_s,
        u"\n"_s,
        u"def"_s,
        u" main"_s,
        u"():\n"_s,
        u"    "_s,
        u"return"_s,
        u" 42"_s,
        u"\n"_s,
        u"```"_s,
        u"\n\n"_s,
        u"- "_s,
        u"**first**"_s,
        u" point"_s,
        u"\n"_s,
        u"- second"_s,
        u" point"_s,
        u" — "_s,
        u"done"_s,
        u".\n"_s};
    return words;
}
} // namespace

namespace
{
const QString &markdownSample()
{
    static const QString text = uR"(## Approach

We sort the list **in place** with an iterative quicksort, then check it:

1. Pick the middle element as the pivot.
2. Partition around it.
   - smaller items go left
   - larger items go right
3. Push the larger side on a stack, loop on the smaller one.

```python
def quicksort(xs):
    stack = [(0, len(xs) - 1)]
    while stack:
        lo, hi = stack.pop()
        if lo >= hi:
            continue
        pivot = xs[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while xs[i] < pivot:
                i += 1
            while xs[j] > pivot:
                j -= 1
            if i <= j:
                xs[i], xs[j] = xs[j], xs[i]
                i, j = i + 1, j - 1
        stack.extend([(lo, j), (i, hi)])
    return xs
```

| Input size | Time (ms) | Memory |
|-----------:|----------:|--------|
| 10,000     | 4.1       | O(log n) |
| 1,000,000  | 612       | O(log n) |

> Note: the worst case is still *O(n²)*; a random pivot makes it unlikely.

)"_s;
    return text;
}
} // namespace

Script FakeProviderServer::scriptFromModelName(const QString &model)
{
    Script script;
    const QStringList parts = model.split(u'+');
    for (const QString &part : parts.mid(1)) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        const int n = value.toInt();
        if (key == "deltas"_L1) {
            script.deltas.clear();
            for (int i = 0; i < n; ++i) {
                script.deltas.append(lorem().at(i % lorem().size()));
            }
        } else if (key == "reasoning"_L1) {
            script.reasoning.clear();
            for (int i = 0; i < n; ++i) {
                script.reasoning.append(u"step %1. "_s.arg(i + 1));
            }
        } else if (key == "delay"_L1) {
            script.delayMs = n;
        } else if (key == "chunk"_L1) {
            script.chunkSize = n;
        } else if (key == "status"_L1) {
            script.status = n;
        } else if (key == "stall"_L1) {
            script.stallAfter = n;
        } else if (key == "drop"_L1) {
            script.dropAfter = n;
        } else if (key == "error"_L1) {
            script.midStreamErrorAfter = n;
        } else if (key == "truncate"_L1) {
            script.truncateAfter = n;
        } else if (key == "retry-after"_L1) {
            script.headers.append({"Retry-After"_ba, value.toLatin1()});
        } else if (key == "call"_L1) {
            script.callTool = value;
        } else if (key == "stall-headers"_L1) {
            script.stallBeforeHeaders = true;
        } else if (key == "markdown"_L1) {
            // Realistic Markdown with code instead of plain words, in 4-character pieces.
            const qsizetype count = script.deltas.size();
            script.deltas.clear();
            const QString &text = markdownSample();
            for (qsizetype i = 0, at = 0; i < count; ++i, at = (at + 4) % text.size()) {
                script.deltas.append(text.mid(at, 4));
            }
        }
    }
    return script;
}

/*!
 * One client connection: reads one request, answers it per its script, closes. HTTP/1.1
 * with chunked responses so the client sees every write as it happens.
 */
class Connection final : public QObject
{
public:
    Connection(QTcpSocket *socket, FakeProviderServer *server)
        : QObject(server)
        , m_socket(socket)
        , m_server(server)
    {
        socket->setParent(this);
        // Streaming servers flush every event; without TCP_NODELAY small writes wait for ACKs.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ++m_server->m_openConnections;
        m_server->m_maxOpenConnections = qMax(m_server->m_maxOpenConnections, m_server->m_openConnections);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { finish(); });
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] { writeNext(); });
    }

private:
    void finish()
    {
        if (m_finished) {
            return;
        }
        m_finished = true;
        m_timer.stop();
        --m_server->m_openConnections;
        deleteLater();
    }

    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        if (m_handled) {
            return; // bytes after the request (a client closing) are ignored
        }
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        const QList<QByteArray> lines = m_buffer.first(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() < 2) {
            m_socket->abort();
            return;
        }
        request.method = requestLine.at(0);
        const QByteArray target = requestLine.at(1);
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.first(question);
        request.query = question < 0 ? QByteArray() : target.sliced(question + 1);
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                request.headers.insert(line.first(colon).trimmed().toLower(), line.sliced(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length) {
            return;
        }
        request.body = m_buffer.sliced(headerEnd + 4, length);
        request.json = QJsonDocument::fromJson(request.body).object();
        m_handled = true;
        handle(request);
    }

    // Why AWS would refuse the request's signature ("Code|message"), or empty when it is good.
    // The signature is computed again from the bytes received: what the client signed must
    // be what went over the wire (path encoding, Host with the port, the body).
    QByteArray awsProblem(const RecordedRequest &r) const
    {
        const AwsCredentials &aws = m_server->m_aws;
        const QByteArray authorization = r.headers.value("authorization");
        if (!authorization.startsWith("AWS4-HMAC-SHA256 ")) {
            return "MissingAuthenticationTokenException|Missing Authentication Token";
        }
        QHash<QByteArray, QByteArray> fields;
        for (const QByteArray &part : authorization.sliced(17).split(',')) {
            const qsizetype equals = part.indexOf('=');
            fields.insert(part.first(qMax<qsizetype>(equals, 0)).trimmed(), part.sliced(equals + 1).trimmed());
        }
        const QList<QByteArray> scope = fields.value("Credential").split('/');
        if (scope.size() != 5 || scope.at(0) != aws.accessKeyId.toUtf8()) {
            return "UnrecognizedClientException|The security token included in the request is invalid.";
        }
        if (scope.at(2) != m_server->m_awsRegion.toUtf8() || scope.at(3) != "bedrock"
            || scope.at(4) != "aws4_request") {
            return "InvalidSignatureException|Credential should be scoped to a valid region, service bedrock.";
        }
        if (r.headers.value("x-amz-security-token") != aws.sessionToken.toUtf8()) {
            return "UnrecognizedClientException|The security token included in the request is invalid.";
        }
        const QDateTime time
            = QDateTime::fromString(QString::fromLatin1(r.headers.value("x-amz-date")), u"yyyyMMdd'T'HHmmss'Z'"_s);
        QDateTime utc = time;
        utc.setTimeZone(QTimeZone::UTC);
        if (!time.isValid() || qAbs(utc.secsTo(QDateTime::currentDateTimeUtc())) > 300) {
            return "InvalidSignatureException|Signature expired: " + r.headers.value("x-amz-date")
                + " is now earlier or later than 5 minutes from now.";
        }
        SigV4::Request request;
        request.method = r.method;
        request.url = QUrl::fromEncoded(QByteArray(
            "http://" + r.headers.value("host") + r.path + (r.query.isEmpty() ? QByteArray() : '?' + r.query)));
        request.body = r.body;
        for (const QByteArray &name : fields.value("SignedHeaders").split(';')) {
            if (name != "host" && name != "x-amz-date" && name != "x-amz-security-token") {
                request.headers.append({name, r.headers.value(name)});
            }
        }
        const SigV4::Signature expected = SigV4::sign(request, aws, m_server->m_awsRegion, u"bedrock"_s, utc);
        if (expected.signedHeaders != fields.value("SignedHeaders")
            || expected.signature != fields.value("Signature")) {
            return "InvalidSignatureException|The request signature we calculated does not match the signature you "
                   "provided. Check your AWS Secret Access Key and signing method. Consult the service documentation "
                   "for details.";
        }
        return {};
    }

    void respondAwsError(int status, const QByteArray &problem)
    {
        const qsizetype bar = problem.indexOf('|');
        const QByteArray code = problem.first(bar);
        respond(status,
            "application/json",
            R"({"message":)" + Wire::jsonString(QString::fromUtf8(problem.sliced(bar + 1))) + "}",
            {{"x-amzn-RequestId", "7a3c1c51-5b0e-4d4e-9a33-fakefakefake"},
                {"x-amzn-ErrorType", code + ":http://internal.amazon.com/coral/com.amazon.coral.service/"}});
    }

    bool keyAccepted(const RecordedRequest &r, Protocol protocol) const
    {
        const QString key = m_server->m_requiredKey;
        if (key.isEmpty()) {
            return true;
        }
        const QByteArray k = key.toUtf8();
        switch (protocol) {
        case Protocol::Anthropic:
            return r.headers.value("x-api-key") == k;
        case Protocol::Azure:
            return r.headers.value("api-key") == k;
        case Protocol::Gemini:
            return r.headers.value("x-goog-api-key") == k || r.query.contains(QByteArray("key=" + k));
        default:
            return r.headers.value("authorization") == "Bearer " + k;
        }
    }

    /*!
     * A web search, answered as the service does (docs/tools.md, "Web search"): results made
     * from the query ("Result N for QUERY"; a query with "customer" finds a card number, one
     * with "quota" is refused for the plan's limit), or the service's own refusal.
     */
    void respondSearch(const RecordedRequest &r)
    {
        const QUrlQuery parameters(QString::fromUtf8(r.query));
        const bool tavily = r.path.startsWith("/tavily/");
        const bool brave = r.path.startsWith("/res/");
        const QString query
            = tavily ? r.json.value("query"_L1).toString() : parameters.queryItemValue(u"q"_s, QUrl::FullyDecoded);
        const QString key = m_server->m_searchKey;
        if (brave && r.headers.value("x-subscription-token") != key.toUtf8()) {
            respond(422,
                "application/json",
                R"({"type":"ErrorResponse","error":{"id":"8d0b1f4e","status":422,"code":"SUBSCRIPTION_TOKEN_INVALID",)"
                R"("detail":"The provided subscription token is invalid.","meta":{"component":"authentication"}},)"
                R"("time":1765100000})",
                {});
            return;
        }
        if (tavily && r.headers.value("authorization") != "Bearer " + key.toUtf8()) {
            respond(401, "application/json", R"({"detail":{"error":"Unauthorized: missing or invalid API key."}})", {});
            return;
        }
        if (!tavily && !brave && (!m_server->m_searxngJson || parameters.queryItemValue(u"format"_s) != "json"_L1)) {
            respond(403,
                "text/html; charset=utf-8",
                "<!doctype html>\n<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><p>You "
                "don't have the permission to access the requested resource.</p></body></html>",
                {});
            return;
        }
        if (query.contains("quota"_L1)) {
            if (brave) {
                respond(429,
                    "application/json",
                    R"({"type":"ErrorResponse","error":{"id":"2f6c","status":429,"code":"RATE_LIMITED","detail":)"
                    R"("Request rate limit exceeded for plan.","meta":{"plan":"Free","rate_limit":1,"rate_current":1,)"
                    R"("quota_limit":2000,"quota_current":2000,"component":"rate_limiter"}},"time":1765100000})",
                    {});
            } else {
                respond(tavily ? 432 : 429,
                    "application/json",
                    R"({"detail":{"error":"This request exceeds your plan's set usage limit. Please upgrade your plan )"
                    R"(or contact support@tavily.com"}})",
                    {});
            }
            return;
        }
        const int asked = tavily ? int(r.json.value("max_results"_L1).toInt(5))
            : brave              ? parameters.queryItemValue(u"count"_s).toInt()
                                 : 3;
        QJsonArray results;
        for (int i = 1; i <= qBound(1, asked, 3); ++i) {
            const QString url = u"https://example.org/%1/%2"_s.arg(i).arg(
                QString::fromLatin1(QUrl::toPercentEncoding(query.left(40))));
            QString snippet = u"Snippet %1 about %2."_s.arg(i).arg(query);
            if (i == 1 && query.contains("customer"_L1)) {
                snippet += u" Card 4111 1111 1111 1111 on file."_s;
            }
            if (brave) {
                results.append(QJsonObject {{"title"_L1, u"Result %1 for <strong>%2</strong>"_s.arg(i).arg(query)},
                    {"url"_L1, url},
                    {"is_source_local"_L1, false},
                    {"description"_L1, QString(snippet + u" It&#39;s <strong>relevant</strong> &amp; short."_s)},
                    {"type"_L1, u"search_result"_s},
                    {"language"_L1, u"en"_s},
                    {"family_friendly"_L1, true}});
            } else if (tavily) {
                results.append(QJsonObject {{"url"_L1, url},
                    {"title"_L1, u"Result %1 for %2"_s.arg(i).arg(query)},
                    {"content"_L1, snippet},
                    {"score"_L1, 0.9 - 0.1 * i},
                    {"raw_content"_L1, QJsonValue::Null}});
            } else {
                results.append(QJsonObject {{"url"_L1, url},
                    {"title"_L1, u"Result %1 for %2"_s.arg(i).arg(query)},
                    {"content"_L1, snippet},
                    {"engine"_L1, u"duckduckgo"_s},
                    {"engines"_L1, QJsonArray {u"duckduckgo"_s}},
                    {"score"_L1, 1.0 / i},
                    {"category"_L1, u"general"_s}});
            }
        }
        QJsonObject body;
        if (brave) {
            body = {{"query"_L1, QJsonObject {{"original"_L1, query}, {"more_results_available"_L1, true}}},
                {"type"_L1, u"search"_s},
                {"web"_L1,
                    QJsonObject {{"type"_L1, u"search"_s}, {"results"_L1, results}, {"family_friendly"_L1, true}}}};
        } else if (tavily) {
            body = {{"query"_L1, query},
                {"follow_up_questions"_L1, QJsonValue::Null},
                {"answer"_L1, QJsonValue::Null},
                {"images"_L1, QJsonArray {}},
                {"results"_L1, results},
                {"response_time"_L1, 0.42}};
        } else {
            body = {{"query"_L1, query},
                {"number_of_results"_L1, 0},
                {"results"_L1, results},
                {"answers"_L1, QJsonArray {}},
                {"corrections"_L1, QJsonArray {}},
                {"infoboxes"_L1, QJsonArray {}},
                {"suggestions"_L1, QJsonArray {}},
                {"unresponsive_engines"_L1, QJsonArray {}}};
        }
        respond(200, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {});
    }

    void handle(RecordedRequest request)
    {
        const QByteArray &path = request.path;
        if (path.startsWith("/searxng/") || path == "/res/v1/web/search" || path.startsWith("/tavily/")) {
            m_server->m_searches.append(request);
            respondSearch(request);
            return;
        }
        Protocol protocol = Protocol::OpenAiChat;
        if (path.startsWith("/mistral/")) {
            protocol = Protocol::Mistral;
        } else if (path.startsWith("/openrouter/") || request.headers.contains("x-title")) {
            protocol = Protocol::OpenRouter;
        } else if (path.contains("/openai/")) {
            protocol = Protocol::Azure;
        } else if (path.contains(":streamGenerateContent") || path.startsWith("/v1beta/")) {
            protocol = Protocol::Gemini;
        } else if (path.startsWith("/api/")) {
            protocol = Protocol::Ollama;
        } else if (path.endsWith("/messages") || request.headers.contains("anthropic-version")) {
            protocol = Protocol::Anthropic;
        } else if (path.endsWith("/responses")) {
            protocol = Protocol::OpenAiResponses;
        } else if (path.endsWith("/chat/completions")) {
            protocol = m_server->m_chatFlavour;
        }
        const bool bedrockList = path.endsWith("/foundation-models") || path.endsWith("/inference-profiles")
            || path.endsWith("/prompt-routers");
        if (path.contains("/model/") || bedrockList) {
            protocol = Protocol::Bedrock;
        }
        request.protocol = protocol;
        request.model = request.json.value("model"_L1).toString();
        if (protocol == Protocol::Bedrock && !bedrockList) {
            // /model/{percent-encoded id}/converse-stream
            const QByteArray id = path.sliced(path.indexOf("/model/") + 7).split('/').constFirst();
            request.model = QString::fromUtf8(QByteArray::fromPercentEncoding(id));
        }
        if (protocol == Protocol::Gemini && path.contains(":")) {
            const QString last = QString::fromLatin1(path).section(u'/', -1).section(u':', 0, 0);
            request.model = QString::fromUtf8(QByteArray::fromPercentEncoding(last.toLatin1()));
        } else if (protocol == Protocol::Azure && path.contains("/deployments/")) {
            const QString deployment = QString::fromLatin1(path).section("/deployments/"_L1, 1).section(u'/', 0, 0);
            request.model = QString::fromUtf8(QByteArray::fromPercentEncoding(deployment.toLatin1()));
        }
        m_server->record(request);

        if (protocol == Protocol::Bedrock) {
            if (!m_server->m_requiredKey.isEmpty()) {
                if (request.headers.value("authorization") != "Bearer " + m_server->m_requiredKey.toUtf8()) {
                    respondAwsError(
                        403, "UnrecognizedClientException|Invalid API Key format: Must start with pre-defined prefix");
                    return;
                }
            } else if (m_server->m_aws.isValid()) {
                if (const QByteArray problem = awsProblem(request); !problem.isEmpty()) {
                    respondAwsError(403, problem);
                    return;
                }
            }
            if (bedrockList) {
                if (path.endsWith("/prompt-routers") && m_server->m_promptRoutersDenied) {
                    respondAwsError(403,
                        "AccessDeniedException|User: arn:aws:iam::123456789012:user/fake is not "
                        "authorized to perform: bedrock:ListPromptRouters");
                    return;
                }
                QByteArray next;
                for (const QByteArray &item : request.query.split('&')) {
                    if (item.startsWith("nextToken=")) {
                        next = QByteArray::fromPercentEncoding(item.sliced(10));
                    }
                }
                if (!next.isEmpty() && next != "page+2/==") {
                    respondAwsError(400, "ValidationException|Invalid pagination token.");
                    return;
                }
                respond(200, "application/json", Wire::bedrockListBody(path, next, m_server->m_models), {});
                return;
            }
        } else if (!keyAccepted(request, protocol)) {
            respondError(protocol, protocol == Protocol::Gemini ? 400 : 401, {}, request.model, {});
            return;
        }
        if (protocol == Protocol::Ollama && path == "/api/pull" && request.method == "POST") {
            pull(request.model);
            return;
        }
        if (protocol == Protocol::Ollama && path == "/api/delete" && request.method == "DELETE") {
            if (!m_server->m_models.removeOne(request.model)) {
                respond(
                    404, "application/json", R"({"error":"model ')" + request.model.toUtf8() + R"(' not found"})", {});
                return;
            }
            respond(200, "application/json", {}, {});
            return;
        }
        if (request.method == "GET") {
            respond(
                200, "application/json", Wire::modelsBody(protocol, m_server->m_models, m_server->m_modelReads), {});
            return;
        }
        if (request.method != "POST") {
            respond(405, "text/plain", "method not allowed", {});
            return;
        }
        Script script = m_server->takeScript(request.model);
        if (script.stallBeforeHeaders) {
            return;
        }
        if (protocol == Protocol::Mistral && request.json.contains("stream_options"_L1)) {
            respondError(protocol, 422, {}, request.model, {}); // Mistral rejects unknown fields
            return;
        }
        if (script.status != 200) {
            respondError(protocol, script.status, script.errorBody, request.model, script.headers);
            return;
        }
        if (const QString problem = Wire::toolPairingProblem(protocol, request.json); !problem.isEmpty()) {
            respondError(protocol, 400, Wire::invalidRequestBody(protocol, problem), request.model, {});
            return;
        }
        if (request.model.contains("echo"_L1)) {
            const QJsonArray messages = request.json.value("messages"_L1).toArray();
            const QJsonValue content
                = messages.isEmpty() ? QJsonValue() : messages.last().toObject().value("content"_L1);
            // Bedrock's content is a list of blocks.
            const QString prompt = content.isArray() ? content.toArray().first().toObject().value("text"_L1).toString()
                                                     : content.toString();
            script.deltas = prompt.split(u' ');
            for (qsizetype i = 1; i < script.deltas.size(); ++i) {
                script.deltas[i].prepend(u' ');
            }
        }
        if (!script.callTool.isEmpty()) {
            // A model that uses a tool: it calls it, then says what it returned.
            const QStringList results = Wire::lastToolResults(protocol, request.json);
            const QStringList offered = Wire::offeredTools(protocol, request.json);
            const auto tool
                = std::ranges::find_if(offered, [&](const QString &name) { return name.endsWith(script.callTool); });
            if (!results.isEmpty()) {
                script.deltas = {u"The tool said: "_s, results.join(u"; "_s), u"."_s};
            } else if (tool != offered.end()) {
                script.deltas = {u"Let me use "_s, *tool, u"."_s};
                script.toolCalls = {{*tool, script.callArguments}};
            } else {
                script.deltas = {u"I have no tool named "_s, script.callTool, u"."_s};
            }
        }
        m_model = request.model;
        if (protocol == Protocol::Bedrock && path.endsWith("/converse")) {
            respond(200, "application/json", Wire::bedrockConverseBody(script, request.model), {});
            return;
        }
        stream(protocol, script, script.model.isEmpty() ? request.model : script.model, request.json);
    }

    void respondError(Protocol protocol,
        int status,
        const QByteArray &body,
        const QString &model,
        const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        respond(status,
            "application/json",
            body.isEmpty() ? Wire::errorBody(protocol, status, model) : body,
            Wire::errorHeaders(protocol, status) + headers);
    }

    void respond(int status,
        const QByteArray &contentType,
        const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\nContent-Type: "
            + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
        for (const auto &[name, value] : headers) {
            head += name + ": " + value + "\r\n";
        }
        m_socket->write(head + "\r\n" + body);
        m_socket->disconnectFromHost();
    }

    void stream(Protocol protocol, const Script &script, const QString &model, const QJsonObject &request)
    {
        const QList<Segment> segments = Wire::stream(protocol, script, model, request);
        QByteArray body;
        std::set<qsizetype> cuts;
        QSet<qsizetype> textEnds; // where a text event ends
        int textSent = 0;
        bool tailSeen = false;
        m_end = End::Body;
        const auto due = [&](int n) { return n >= 0 && textSent == n; };
        for (const Segment &segment : segments) {
            const bool checkpoint
                = segment.kind == Segment::Kind::Text || (segment.kind == Segment::Kind::Tail && !tailSeen);
            if (checkpoint) {
                if (due(script.midStreamErrorAfter)) {
                    body += Wire::midStreamError(protocol);
                    cuts.insert(body.size());
                    break;
                }
                if (due(script.stallAfter)) {
                    m_end = End::Stall;
                    break;
                }
                if (due(script.dropAfter)) {
                    m_end = End::Drop;
                    break;
                }
                if (due(script.truncateAfter)) {
                    break;
                }
                if (due(script.garbageAfter)) {
                    body += script.garbage;
                    cuts.insert(body.size());
                }
            }
            tailSeen = tailSeen || segment.kind == Segment::Kind::Tail;
            body += segment.bytes;
            cuts.insert(body.size());
            if (segment.kind == Segment::Kind::Text) {
                ++textSent;
                textEnds.insert(body.size());
            }
        }
        if (script.chunkSize > 0) {
            cuts.clear();
            for (qsizetype at = script.chunkSize; at < body.size(); at += script.chunkSize) {
                cuts.insert(at);
            }
            cuts.insert(body.size());
        }
        for (const int at : script.splitAt) {
            if (at > 0 && at < body.size()) {
                cuts.insert(at);
            }
        }
        qsizetype from = 0;
        for (const qsizetype at : cuts) {
            if (at > from) {
                m_units.append(body.sliced(from, at - from));
                m_unitEndsText.append(textEnds.contains(at));
                from = at;
            }
        }
        m_delayMs = script.delayMs;

        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: " + Wire::streamContentType(protocol)
            + "\r\nCache-Control: no-cache\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n";
        if (protocol == Protocol::OpenAiChat || protocol == Protocol::OpenAiResponses) {
            head += "x-request-id: req_fake\r\nopenai-processing-ms: 12\r\n";
        } else if (protocol == Protocol::Anthropic) {
            head += "request-id: req_011CFakE\r\n";
        } else if (protocol == Protocol::OpenRouter) {
            head += "X-Generation-Id: gen-1727346168-fake\r\n";
        } else if (protocol == Protocol::Bedrock) {
            head += "x-amzn-RequestId: 7a3c1c51-5b0e-4d4e-9a33-fakefakefake\r\n";
        }
        for (const auto &[name, value] : script.headers) {
            head += name + ": " + value + "\r\n";
        }
        m_socket->write(head + "\r\n");
        m_socket->flush();
        writeNext();
    }

    /*!
     * Ollama's /api/pull: a status line per step as NDJSON, four progress lines of one layer,
     * then "success" (the model is listed from then on). A name holding "missing" is not in
     * the registry (Ollama's error line); "+delay=MS" paces the lines (default 20 ms).
     */
    void pull(const QString &name)
    {
        const Script paced = FakeProviderServer::scriptFromModelName(name);
        QList<QByteArray> lines {R"({"status":"pulling manifest"})"};
        if (name.contains("missing"_L1)) {
            lines << R"({"error":"pull model manifest: file does not exist"})";
        } else {
            constexpr qint64 total = 4'000'000;
            for (int i = 1; i <= 4; ++i) {
                lines << R"({"status":"pulling 3f8eb4da87fa","digest":"sha256:3f8eb4da87fa","total":)"
                        + QByteArray::number(total) + R"(,"completed":)" + QByteArray::number(total * i / 4) + "}";
            }
            lines << R"({"status":"verifying sha256 digest"})" << R"({"status":"writing manifest"})"
                  << R"({"status":"success"})";
        }
        for (const QByteArray &line : std::as_const(lines)) {
            m_units.append(line + '\n');
            m_unitEndsText.append(false);
        }
        m_delayMs = paced.delayMs > 0 ? paced.delayMs : 20;
        m_end = End::Body;
        m_model = name;
        m_pulled = name.contains("missing"_L1) ? QString() : name;
        m_socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n"
                        "Connection: close\r\n\r\n");
        m_socket->flush();
        writeNext();
    }

    void writeNext()
    {
        if (m_finished) {
            return;
        }
        while (m_next < m_units.size()) {
            if (m_socket->state() != QAbstractSocket::ConnectedState) {
                finish(); // the client went away
                return;
            }
            const QByteArray &unit = m_units.at(m_next);
            m_socket->write(QByteArray::number(unit.size(), 16) + "\r\n" + unit + "\r\n");
            m_socket->flush();
            if (m_unitEndsText.at(m_next)) {
                ++m_server->m_textSent[m_model];
            }
            ++m_next;
            if (m_delayMs > 0 && m_next < m_units.size()) {
                m_timer.start(m_delayMs);
                return;
            }
        }
        switch (m_end) {
        case End::Body:
            if (!m_pulled.isEmpty() && !m_server->m_models.contains(m_pulled)) {
                m_server->m_models.append(m_pulled); // listed once its pull succeeded
            }
            m_socket->write("0\r\n\r\n");
            m_socket->disconnectFromHost();
            break;
        case End::Stall:
            break; // keep the connection open until the client gives up
        case End::Drop:
            m_socket->flush();
            m_socket->abort();
            finish();
            break;
        }
    }

    enum class End { Body, Stall, Drop };

    QTcpSocket *m_socket;
    FakeProviderServer *m_server;
    QByteArray m_buffer;
    QList<QByteArray> m_units;
    QList<bool> m_unitEndsText;
    QString m_model;
    QString m_pulled; //!< the model a pull adds to the list when it ends
    QTimer m_timer;
    qsizetype m_next = 0;
    int m_delayMs = 0;
    End m_end = End::Body;
    bool m_handled = false;
    bool m_finished = false;
};

FakeProviderServer::FakeProviderServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            new Connection(socket, this);
        }
    });
}

FakeProviderServer::~FakeProviderServer() = default;

bool FakeProviderServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 FakeProviderServer::port() const
{
    return m_server.serverPort();
}

QUrl FakeProviderServer::searchUrl(const QString &service) const
{
    const QString root = u"http://127.0.0.1:%1"_s.arg(port());
    if (service == "brave"_L1) {
        return QUrl(root + u"/res/v1/web/search"_s);
    }
    if (service == "tavily"_L1) {
        return QUrl(root + u"/tavily/search"_s);
    }
    return QUrl(root + u"/searxng"_s);
}

QUrl FakeProviderServer::baseUrl(Protocol protocol) const
{
    const QString root = u"http://127.0.0.1:%1"_s.arg(port());
    switch (protocol) {
    case Protocol::OpenAiChat:
    case Protocol::OpenAiResponses:
        return QUrl(root + u"/v1"_s);
    case Protocol::Mistral:
        return QUrl(root + u"/mistral/v1"_s);
    case Protocol::OpenRouter:
        return QUrl(root + u"/openrouter/api/v1"_s);
    case Protocol::Azure:
    case Protocol::Anthropic:
    case Protocol::Gemini:
    case Protocol::Ollama:
    case Protocol::Bedrock:
        break;
    }
    return QUrl(root);
}

void FakeProviderServer::enqueue(const Script &script)
{
    m_queue.append(script);
}

void FakeProviderServer::enqueueFor(const QString &model, const Script &script)
{
    m_byModel[model].append(script);
}

Script FakeProviderServer::takeScript(const QString &model)
{
    if (auto it = m_byModel.find(model); it != m_byModel.end() && !it->isEmpty()) {
        return it->takeFirst();
    }
    if (!m_queue.isEmpty()) {
        return m_queue.takeFirst();
    }
    return scriptFromModelName(model);
}

void FakeProviderServer::record(const RecordedRequest &request)
{
    m_requests.append(request);
    Q_EMIT requestReceived(request);
}

int FakeProviderServer::chatRequestCount() const
{
    return static_cast<int>(
        std::ranges::count_if(m_requests, [](const RecordedRequest &r) { return r.method == "POST"; }));
}

} // namespace Quorum::Fake
