// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "providers/awscredentials.h"

#include <algorithm>

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
struct SharedFile {
    QString path;
    AwsCredentialChain::Sections sections;
};

SharedFile readShared(const QProcessEnvironment &environment, const char *variable, const QString &fallback)
{
    QString path = environment.value(QString::fromLatin1(variable));
    if (path.isEmpty()) {
        const QString home = environment.value(u"HOME"_s, QDir::homePath());
        path = QDir(home).filePath(fallback);
    } else if (path.startsWith(u"~/"_s)) {
        path = QDir(environment.value(u"HOME"_s, QDir::homePath())).filePath(path.mid(2));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {path, {}};
    }
    return {path, AwsCredentialChain::parseIni(file.readAll())};
}
} // namespace

AwsCredentialChain::Sections AwsCredentialChain::parseIni(const QByteArray &text)
{
    Sections sections;
    QString current;
    bool inSection = false;
    for (const QByteArray &rawLine : text.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';')) {
            continue;
        }
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            current = line.mid(1, line.size() - 2).simplified();
            inSection = true;
            sections[current]; // an empty section exists too
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (!inSection || equals <= 0) {
            continue;
        }
        QString value = line.mid(equals + 1).trimmed();
        // An inline comment needs a space before it; '#' inside a value is kept.
        for (const QLatin1StringView marker : {" #"_L1, " ;"_L1}) {
            if (const qsizetype at = value.indexOf(marker); at >= 0) {
                value = value.left(at).trimmed();
            }
        }
        sections[current].insert(line.left(equals).trimmed().toLower(), value);
    }
    return sections;
}

QString AwsCredentialChain::environmentRegion(const QProcessEnvironment &environment)
{
    for (const QString &variable : {u"AWS_REGION"_s, u"AWS_DEFAULT_REGION"_s}) {
        if (const QString region = environment.value(variable); !region.isEmpty()) {
            return region;
        }
    }
    return {};
}

QStringList AwsCredentialChain::profileNames(const QProcessEnvironment &environment)
{
    QStringList names = readShared(environment, "AWS_SHARED_CREDENTIALS_FILE", u".aws/credentials"_s).sections.keys();
    for (const QString &section : readShared(environment, "AWS_CONFIG_FILE", u".aws/config"_s).sections.keys()) {
        if (section == "default"_L1) {
            names << section;
        } else if (section.startsWith("profile "_L1)) {
            names << section.sliced(8).trimmed();
        } // "sso-session NAME" and "services NAME" are no profiles
    }
    names.removeDuplicates();
    std::ranges::sort(names, [](const QString &a, const QString &b) {
        return a == "default"_L1 ? b != "default"_L1 : b == "default"_L1 ? false : a < b;
    });
    return names;
}

std::expected<AwsIdentity, QString> AwsCredentialChain::resolve(
    const QString &profile, const QString &region, const QProcessEnvironment &environment)
{
    const SharedFile credentials = readShared(environment, "AWS_SHARED_CREDENTIALS_FILE", u".aws/credentials"_s);
    const SharedFile config = readShared(environment, "AWS_CONFIG_FILE", u".aws/config"_s);
    const QString profileName = !profile.isEmpty() ? profile : environment.value(u"AWS_PROFILE"_s, u"default"_s);
    // ~/.aws/config names profiles "[profile NAME]", except "[default]".
    const QHash<QString, QString> fromConfig = config.sections.value(
        profileName == "default"_L1 && !config.sections.contains(u"profile default"_s) ? u"default"_s
                                                                                       : u"profile "_s + profileName);
    const QHash<QString, QString> fromCredentials = credentials.sections.value(profileName);

    AwsIdentity identity;
    identity.bearerToken = environment.value(u"AWS_BEARER_TOKEN_BEDROCK"_s);
    identity.region = !region.isEmpty() ? region : environmentRegion(environment);
    if (identity.region.isEmpty()) {
        identity.region = fromConfig.value(u"region"_s);
    }

    const auto fromProfile = [&]() -> std::optional<AwsCredentials> {
        for (const auto *section : {&fromCredentials, &fromConfig}) {
            const AwsCredentials found {section->value(u"aws_access_key_id"_s),
                section->value(u"aws_secret_access_key"_s),
                section->value(u"aws_session_token"_s)};
            if (found.isValid()) {
                identity.source = section == &fromCredentials
                    ? tr("profile %1 in %2").arg(profileName, credentials.path)
                    : tr("profile %1 in %2").arg(profileName, config.path);
                return found;
            }
        }
        return std::nullopt;
    };
    const AwsCredentials fromEnvironment {environment.value(u"AWS_ACCESS_KEY_ID"_s),
        environment.value(u"AWS_SECRET_ACCESS_KEY"_s),
        environment.value(u"AWS_SESSION_TOKEN"_s)};

    if (!profile.isEmpty()) {
        if (auto found = fromProfile()) {
            identity.credentials = *found;
        }
    } else if (fromEnvironment.isValid()) {
        identity.credentials = fromEnvironment;
        identity.source = tr("the environment (AWS_ACCESS_KEY_ID)");
    } else if (auto found = fromProfile()) {
        identity.credentials = *found;
    }

    if (!identity.credentials.isValid() && identity.bearerToken.isEmpty()) {
        for (const char *key :
            {"sso_session", "sso_start_url", "credential_process", "role_arn", "web_identity_token_file"}) {
            if (fromConfig.contains(QString::fromLatin1(key))) {
                return std::unexpected(tr("the AWS profile “%1” gets its credentials through %2, which Quorum does not "
                                          "run: put keys in %3 or in the environment")
                        .arg(profileName, QString::fromLatin1(key), credentials.path));
            }
        }
        if (!profile.isEmpty() && !credentials.sections.contains(profileName) && fromConfig.isEmpty()) {
            return std::unexpected(
                tr("there is no AWS profile “%1” in %2 or %3").arg(profileName, credentials.path, config.path));
        }
        return std::unexpected(tr("none found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, a profile in "
                                  "%1, or a Bedrock API key in AWS_BEARER_TOKEN_BEDROCK")
                .arg(credentials.path));
    }
    if (identity.credentials.isValid() == false && !identity.bearerToken.isEmpty()) {
        identity.source = tr("a Bedrock API key (AWS_BEARER_TOKEN_BEDROCK)");
    }
    if (identity.region.isEmpty()) {
        return std::unexpected(tr("no AWS region: give --region, or set AWS_REGION, or region in %1").arg(config.path));
    }
    return identity;
}

} // namespace Quorum
