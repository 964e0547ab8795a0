// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "secrets/secretstore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

#include "common/version.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
SecretError errorFrom(const QKeychain::Job &job, const QString &accountId)
{
    SecretError error;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        error.kind = SecretError::Kind::NotFound;
        error.message = SecretStore::tr("No key is stored for %1.").arg(accountId);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = SecretError::Kind::NoKeychain;
        error.message = SecretStore::tr("No keychain is available (no Secret Service or KWallet is running): %1")
                            .arg(job.errorString());
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.kind = SecretError::Kind::AccessDenied;
        error.message = SecretStore::tr("The keychain refused access: %1").arg(job.errorString());
        break;
    default:
        // QtKeychain reports a session bus without any Secret Service (nothing provides
        // org.freedesktop.secrets, or no bus at all) only as OtherError with D-Bus's text.
        if (const QString text = job.errorString(); text.contains("org.freedesktop.secrets"_L1)
            || text.contains("ServiceUnknown"_L1) || text.contains("D-Bus"_L1) || text.contains("DBus"_L1)) {
            error.kind = SecretError::Kind::NoKeychain;
            error.message
                = SecretStore::tr("No keychain is available (no Secret Service or KWallet is running): %1").arg(text);
        } else {
            error.kind = SecretError::Kind::Other;
            error.message = SecretStore::tr("The keychain failed: %1").arg(text);
        }
        break;
    }
    return error;
}

QString entryKey(const QString &accountId)
{
    return u"provider/"_s + accountId;
}

template<typename Result, typename Start> Result waitFor(Start &&start)
{
    std::optional<Result> result;
    QEventLoop loop;
    start([&](Result r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result) {
        loop.exec();
    }
    return std::move(*result);
}
} // namespace

std::expected<QString, SecretError> SecretStore::readBlocking(const QString &accountId)
{
    using R = std::expected<QString, SecretError>;
    return waitFor<R>([&](auto done) { read(accountId, done); });
}

std::expected<void, SecretError> SecretStore::writeBlocking(const QString &accountId, const QString &secret)
{
    using R = std::expected<void, SecretError>;
    return waitFor<R>([&](auto done) { write(accountId, secret, done); });
}

std::expected<void, SecretError> SecretStore::removeBlocking(const QString &accountId)
{
    using R = std::expected<void, SecretError>;
    return waitFor<R>([&](auto done) { remove(accountId, done); });
}

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::defaultService()
{
    return applicationId();
}

QString KeychainSecretStore::description() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::read(const QString &accountId, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(entryKey(accountId));
    connect(job, &QKeychain::Job::finished, this, [job, accountId, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(std::unexpected(errorFrom(*job, accountId)));
        } else {
            done(job->textData());
        }
    });
    job->start(); // the job deletes itself after finished()
}

void KeychainSecretStore::write(const QString &accountId, const QString &secret, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryKey(accountId));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, accountId, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(std::unexpected(errorFrom(*job, accountId)));
        } else {
            Q_EMIT changed(accountId);
            done({});
        }
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &accountId, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(entryKey(accountId));
    connect(job, &QKeychain::Job::finished, this, [this, job, accountId, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(std::unexpected(errorFrom(*job, accountId)));
        } else {
            Q_EMIT changed(accountId);
            done({});
        }
    });
    job->start();
}

QString MemorySecretStore::description() const
{
    return tr("memory (this session only)");
}

void MemorySecretStore::read(const QString &accountId, ReadDone done)
{
    if (const auto it = m_secrets.constFind(accountId); it != m_secrets.cend()) {
        done(*it);
    } else {
        done(std::unexpected(SecretError {SecretError::Kind::NotFound, tr("No key is stored for %1.").arg(accountId)}));
    }
}

void MemorySecretStore::write(const QString &accountId, const QString &secret, WriteDone done)
{
    m_secrets.insert(accountId, secret);
    Q_EMIT changed(accountId);
    done({});
}

void MemorySecretStore::remove(const QString &accountId, WriteDone done)
{
    m_secrets.remove(accountId);
    Q_EMIT changed(accountId);
    done({});
}

} // namespace Quorum
