// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target for what an MCP server writes (docs/tools.md, "The wire"): any bytes, fed
// to the line reader in pieces of every size, come out as lines no longer than its limit
// (a longer one is counted and skipped), and each line is read as a JSON-RPC message of a
// known kind or refused with a reason. The same bytes, read as a web search service's answer
// (tools/websearch), give results that link to http(s) only, of bounded size, or a reason.
#include <array>
#include <cstdlib>

#include "tools/jsonrpc.h"
#include "tools/websearch.h"

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    constexpr qsizetype limit = 256;
    JsonRpc::LineReader lines(limit);
    // The first byte says how the rest arrives: in pieces of 1 to 64 bytes.
    const qsizetype piece = 1 + (data[0] % 64);
    qsizetype total = 0;
    for (qsizetype at = 1; at < bytes.size(); at += piece) {
        lines.feed(bytes.sliced(at, std::min(piece, bytes.size() - at)));
        while (const auto line = lines.next()) {
            total += line->size() + 1;
            if (line->size() > limit || line->contains('\n')) {
                std::abort();
            }
            const auto message = JsonRpc::parse(*line);
            if (message) {
                const bool named = !message->method.isEmpty();
                const bool request = message->kind == JsonRpc::Message::Kind::Request
                    || message->kind == JsonRpc::Message::Kind::Notification;
                if (named != request) {
                    std::abort(); // a request or notification has a method, a response none
                }
            } else if (message.error().isEmpty()) {
                std::abort(); // every refusal says why
            }
        }
    }
    (void)lines.takeTooLong();
    if (total > bytes.size()) {
        std::abort(); // nothing read that was not sent
    }
    using Service = WebSearchConfig::Service;
    const Service service = std::array {Service::SearXng, Service::Brave, Service::Tavily}[data[0] % 3];
    const auto results = WebSearchWire::readResults(service, bytes.sliced(1).toByteArray());
    if (results) {
        for (const WebResult &result : *results) {
            if (!(result.url.startsWith(QLatin1StringView("http://"))
                    || result.url.startsWith(QLatin1StringView("https://")))
                || result.title.size() > 300 || result.snippet.size() > 2000) {
                std::abort();
            }
        }
        (void)WebSearchWire::sourcesOf(WebSearchWire::format(QStringLiteral("q"), *results));
    } else if (results.error().isEmpty()) {
        std::abort();
    }
    return 0;
}
