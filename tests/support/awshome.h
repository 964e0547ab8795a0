// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "providers/sigv4.h"

namespace Quorum::Testing
{

/*!
 * A home directory of its own with an ~/.aws/credentials file, and an environment without
 * the AWS variables of the machine running the tests: what Bedrock tests sign with is what
 * the test wrote, never someone's real keys.
 */
class AwsHome final
{
public:
    AwsHome() { QDir(m_dir.path()).mkpath(QStringLiteral(".aws")); }

    QString path() const { return m_dir.path(); }
    QString credentialsPath() const { return m_dir.filePath(QStringLiteral(".aws/credentials")); }

    //! Writes ~/.aws/credentials: one section per profile (no keys for empty credentials).
    bool writeCredentials(const QList<std::pair<QString, AwsCredentials>> &profiles) const
    {
        QByteArray text;
        for (const auto &[name, c] : profiles) {
            text += '[' + name.toUtf8() + "]\n";
            if (!c.accessKeyId.isEmpty()) {
                text += "aws_access_key_id = " + c.accessKeyId.toUtf8()
                    + "\naws_secret_access_key = " + c.secretAccessKey.toUtf8() + '\n';
            }
            if (!c.sessionToken.isEmpty()) {
                text += "aws_session_token = " + c.sessionToken.toUtf8() + '\n';
            }
            text += '\n';
        }
        QFile file(credentialsPath());
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
    }

    //! For a child process: HOME here, every AWS variable set empty.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), path());
        for (const char *name : variables) {
            env.insert(QString::fromLatin1(name), QString());
        }
        return env;
    }

    //! For this process (in-process tests): HOME here, the AWS variables unset, until destroyed.
    void applyToThisProcess()
    {
        m_oldHome = qgetenv("HOME");
        m_applied = true;
        qputenv("HOME", path().toLocal8Bit());
        for (const char *name : variables) {
            qunsetenv(name);
        }
    }

    ~AwsHome()
    {
        if (m_applied) {
            qputenv("HOME", m_oldHome);
        }
    }

    Q_DISABLE_COPY_MOVE(AwsHome)

private:
    static constexpr const char *variables[] = {"AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "AWS_PROFILE",
        "AWS_REGION",
        "AWS_DEFAULT_REGION",
        "AWS_BEARER_TOKEN_BEDROCK",
        "AWS_SHARED_CREDENTIALS_FILE",
        "AWS_CONFIG_FILE"};

    QTemporaryDir m_dir;
    QByteArray m_oldHome;
    bool m_applied = false;
};

} // namespace Quorum::Testing
