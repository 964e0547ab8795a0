// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

// Realistic conversations for the benchmarks, from a fixed seed: English prose with a
// Zipf-like word choice, code blocks in a fifth of the answers and Japanese or Chinese in
// one in twenty; log-normal lengths (prompts median 100 characters, answers median 600).

#include <algorithm>
#include <cmath>
#include <random>

#include <QStringList>

#include "storage/conversationstore.h"

namespace Quorum::Bench
{

using namespace Qt::StringLiterals;

inline const QStringList vocabulary = [] {
    // Frequent words first: the sampler below prefers low indexes (Zipf-like).
    return QStringLiteral(
        "the of and to a in is that for it with as on this be you can are or by not from use your if which "
        "function value data file code return example error type string list when one will should also "
        "more than each where need first then into using set like time just because only used make "
        "performance memory database server request user model test API query result call thread "
        "async await pointer reference class method object variable loop array index table column "
        "recursion closure iterator generator compiler runtime exception latency throughput cache "
        "network socket protocol header token prompt answer context window budget cost price "
        "kubernetes docker container deployment cluster node pod service ingress helm "
        "migration schema transaction commit rollback lock deadlock replication backup restore "
        "pandas numpy dataframe matrix vector tensor gradient training inference embedding "
        "rebase merge branch cherry-pick bisect stash submodule worktree "
        "OAuth JWT session cookie CSRF certificate TLS handshake signature encryption "
        "segfault race condition mutex atomic memory leak sanitizer valgrind profiler flamegraph")
        .split(u' ');
}();

inline const QStringList codeBlocks = {
    u"```cpp\nstd::vector<int> values{1, 2, 3};\nauto total = std::accumulate(values.begin(), values.end(), 0);\n"
    "auto owner = std::make_unique<Widget>(parent);\n```"_s,
    u"```python\nclass Cache:\n    def __init__(self, size):\n        self.size = size\n        self.items = {}\n\n"
    "    def get(self, key):\n        return self.items.get(key)\n```"_s,
    u"```rust\nasync fn fetch(url: &str) -> Result<String, reqwest::Error> {\n    let body = "
    "reqwest::get(url).await?.text().await?;\n    Ok(body)\n}\nlet mut seen: HashMap<String, usize> = "
    "HashMap::new();\n```"_s,
    u"```sql\nSELECT * FROM orders o JOIN customers c ON c.id = o.customer_id\nWHERE o.created_at > "
    "date('now', '-7 days') ORDER BY o.total DESC LIMIT 20;\n```"_s,
    u"```go\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tctx, cancel := "
    "context.WithTimeout(r.Context(), 2*time.Second)\n\tdefer cancel()\n}\n```"_s,
};

inline const QStringList cjkSentences = {
    u"東京の天気は明日晴れるでしょう。"_s,
    u"このコードはメモリリークを起こします。"_s,
    u"数据库的性能取决于索引的设计。"_s,
    u"请用中文解释这个函数的作用。"_s,
};

class TextMaker
{
public:
    explicit TextMaker(quint32 seed)
        : m_random(seed)
    {
    }

    // A log-normal length with the given median.
    int length(double median, int minimum, int maximum)
    {
        std::lognormal_distribution<double> dist(std::log(median), 0.8);
        return std::clamp(static_cast<int>(dist(m_random)), minimum, maximum);
    }

    QString prose(int characters)
    {
        QString text;
        text.reserve(characters + 16);
        std::exponential_distribution<double> zipf(1.0 / 25.0);
        bool sentenceStart = true;
        while (text.size() < characters) {
            const auto index = std::min<qsizetype>(static_cast<qsizetype>(zipf(m_random)), vocabulary.size() - 1);
            QString word = vocabulary.at(index);
            if (sentenceStart) {
                word[0] = word[0].toUpper();
                sentenceStart = false;
            }
            text += word;
            if (chance(0.08)) {
                text += u". "_s;
                sentenceStart = true;
            } else {
                text += u' ';
            }
        }
        return text;
    }

    QString prompt()
    {
        QString text = prose(length(100, 8, 4000));
        if (chance(0.05)) {
            text += cjkSentences.at(pick(cjkSentences.size()));
        }
        return text;
    }

    QString answer()
    {
        const int size = length(600, 40, 12000);
        QString text = prose(size * 2 / 3);
        if (chance(0.2)) {
            text += u"\n\n"_s + codeBlocks.at(pick(codeBlocks.size())) + u"\n\n"_s;
        }
        if (chance(0.05)) {
            text += cjkSentences.at(pick(cjkSentences.size()));
        }
        text += prose(size - static_cast<int>(text.size()));
        return text;
    }

    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    qsizetype pick(qsizetype n) { return std::uniform_int_distribution<qsizetype>(0, n - 1)(m_random); }

private:
    std::mt19937 m_random;
};

inline const QStringList threeModels
    = {u"openai/gpt-4.1"_s, u"anthropic/claude-sonnet-4-5"_s, u"google/gemini-2.5-pro"_s};

inline ConversationStore::Import makeConversation(
    TextMaker &maker, int turns, qint64 when, const QStringList &models = threeModels)
{
    ConversationStore::Import item;
    item.conversation.title = maker.prose(40).trimmed();
    item.conversation.createdAt = when;
    item.conversation.updatedAt = when + turns * 60'000LL;
    for (int t = 0; t < turns; ++t) {
        TurnRecord turn;
        turn.id = t + 1;
        turn.prompt = maker.prompt();
        turn.createdAt = when + t * 60'000LL;
        for (const QString &target : models) {
            ResponseRecord r;
            r.providerId = target.section(u'/', 0, 0);
            r.model = target.section(u'/', 1);
            r.text = maker.answer();
            r.status = ResponseStatus::Done;
            r.finishReason = u"stop"_s;
            r.inputTokens = turn.prompt.size() / 4;
            r.outputTokens = r.text.size() / 4;
            r.costNanos = *r.outputTokens * 8;
            r.ttftMs = 400;
            r.durationMs = 4000;
            r.createdAt = r.updatedAt = turn.createdAt + 1000;
            turn.responses.append(r);
        }
        item.turns.append(turn);
    }
    return item;
}

} // namespace Quorum::Bench
