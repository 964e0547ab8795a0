// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
//
// libFuzzer target: error bodies, model lists and Retry-After values from a hostile server.
#include <QByteArray>
#include <QString>

#include "providers/errorclassifier.h"
#include "providers/protocoladapter.h"

using namespace Quorum;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const QList<ProviderAccount> accounts = [] {
        QList<ProviderAccount> list;
        for (const char *preset : {"openai", "mistral", "azure", "anthropic", "gemini", "ollama"}) {
            ProviderAccount account = *ProviderAccount::create(QStringLiteral("f"), QString::fromLatin1(preset));
            account.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
            list.append(account);
        }
        return list;
    }();
    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    for (const ProviderAccount &account : accounts) {
        const auto adapter = ProtocolAdapter::create(account);
        StreamError error = adapter->parseError(status, input);
        error.describe(account.id, QStringLiteral("m"));
        adapter->parseModels(input);
    }
    ErrorClassifier::parseRetryAfter(input);
    ErrorClassifier::parseRetryAfterMs(input);
    ErrorClassifier::parseProtobufDuration(QString::fromUtf8(input));
    return 0;
}
