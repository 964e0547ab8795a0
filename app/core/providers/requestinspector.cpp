// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/requestinspector.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include "providers/protocoladapter.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
QString redacted()
{
    return u"••••••"_s; // not a Latin-1 literal: these are not Latin-1 characters
}

bool isSecretHeader(const QByteArray &name)
{
    static const QList<QByteArray> secret {"authorization",
        "x-api-key",
        "api-key",
        "x-goog-api-key",
        "proxy-authorization",
        "cookie",
        "x-amz-security-token"};
    return secret.contains(name.toLower());
}
} // namespace

QString describeRequest(const ProviderAccount &account, const ChatRequest &request)
{
    const std::unique_ptr<ProtocolAdapter> adapter = ProtocolAdapter::create(account);
    QByteArray body;
    const QNetworkRequest http = adapter->chatRequest(request, body);
    const QString key = account.apiKey;
    const auto scrub = [&key](QString text) {
        if (key.size() >= 4) {
            text.replace(key, redacted());
        }
        return text;
    };

    QUrl url = http.url();
    QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems()) {
        if (name.compare("key"_L1, Qt::CaseInsensitive) == 0) {
            query.removeAllQueryItems(name);
            query.addQueryItem(name, redacted());
        }
    }
    url.setQuery(query);
    QString text = u"POST "_s + scrub(url.toString(QUrl::FullyDecoded)) + u'\n';
    for (const QByteArray &name : http.rawHeaderList()) {
        const QString value = isSecretHeader(name) ? redacted() : scrub(QString::fromUtf8(http.rawHeader(name)));
        text += QString::fromLatin1(name) + u": "_s + value + u'\n';
    }
    text += u'\n';
    const QJsonDocument json = QJsonDocument::fromJson(body);
    text += scrub(json.isNull() ? QString::fromUtf8(body) : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
    return text;
}

QString describeResponse(int httpStatus, const QByteArray &body, bool truncated)
{
    QString text = httpStatus > 0 ? u"HTTP %1\n\n"_s.arg(httpStatus) : QString();
    const QJsonDocument json = QJsonDocument::fromJson(body);
    text += json.isNull() ? QString::fromUtf8(body) : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    if (truncated) {
        text += u"\n…"_s;
    }
    return text;
}

} // namespace Quorum
