// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>

#include "providers/sigv4.h"

namespace Quorum
{

//! What Bedrock is called with: a region, and keys or a Bedrock API key (bearer token).
struct AwsIdentity {
    AwsCredentials credentials;
    QString bearerToken; //!< AWS_BEARER_TOKEN_BEDROCK; used instead of signing when set
    QString region;
    QString source; //!< where the credentials came from, for people ("profile work in ~/.aws/credentials")
};

/*!
 * Finds AWS credentials and the region the way the AWS CLI and SDKs do, so a user who has
 * `aws configure`d needs to enter nothing:
 *
 * - credentials: a profile named for the account (its credentials in `~/.aws/credentials`, or
 *   in `~/.aws/config` under `[profile NAME]`) wins; else the environment
 *   (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN); else the profile in
 *   AWS_PROFILE, else `default`. AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE move the
 *   files. A Bedrock API key in AWS_BEARER_TOKEN_BEDROCK is used as a bearer token.
 * - region: the account's; else AWS_REGION, AWS_DEFAULT_REGION; else the profile's `region`.
 *
 * Errors are written to follow "No AWS credentials for ACCOUNT: ".
 *
 * A profile that gets its credentials from SSO, a credential process or a role to assume is
 * named as such in the error: Quorum does not run those yet.
 */
class AwsCredentialChain final
{
    Q_DECLARE_TR_FUNCTIONS(Quorum::AwsCredentialChain)

public:
    using Sections = QHash<QString, QHash<QString, QString>>;

    [[nodiscard]] static std::expected<AwsIdentity, QString> resolve(const QString &profile,
        const QString &region,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    //! The region the environment names: AWS_REGION, else AWS_DEFAULT_REGION; empty if neither.
    static QString environmentRegion(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    //! The profiles in the shared files (credentials and config), sorted, "default" first.
    static QStringList profileNames(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    /*!
     * The AWS shared-file INI dialect: `[section]`, `key = value`, `#` and `;` comments, keys
     * lower-cased. Hand-written: QSettings' INI reads commas as lists and escapes values.
     */
    static Sections parseIni(const QByteArray &text);
};

} // namespace Quorum
