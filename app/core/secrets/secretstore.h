// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <functional>

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QString>

namespace Quorum
{

//! Why a secret could not be read or written, with a message for the user (never the secret).
struct SecretError {
    enum class Kind {
        NotFound,     //!< no secret stored under that name
        NoKeychain,   //!< no keychain service is running (no Secret Service, no KWallet)
        AccessDenied, //!< the user or the keychain refused
        Other,
    };
    Kind kind = Kind::Other;
    QString message;
};

/*!
 * Where API keys are kept: the operating system's keychain, never the database, a file or a
 * log (docs/reliability.md). Secrets are named by provider account id. The interface is
 * asynchronous because keychains may ask the user to unlock them; the blocking helpers run
 * a local event loop and are for the command line.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadDone = std::function<void(std::expected<QString, SecretError>)>;
    using WriteDone = std::function<void(std::expected<void, SecretError>)>;

    using QObject::QObject;

    virtual void read(const QString &accountId, ReadDone done) = 0;
    virtual void write(const QString &accountId, const QString &secret, WriteDone done) = 0;
    virtual void remove(const QString &accountId, WriteDone done) = 0;
    //! A short description for messages: "the system keychain", "memory (this session only)".
    virtual QString description() const = 0;

    [[nodiscard]] std::expected<QString, SecretError> readBlocking(const QString &accountId);
    [[nodiscard]] std::expected<void, SecretError> writeBlocking(const QString &accountId, const QString &secret);
    [[nodiscard]] std::expected<void, SecretError> removeBlocking(const QString &accountId);

Q_SIGNALS:
    //! The key of \a accountId was written or removed through this store.
    void changed(const QString &accountId);
};

/*!
 * The system keychain through QtKeychain: Secret Service or KWallet on Linux, Keychain on
 * macOS, Credential Store on Windows. Never falls back to a plain-text file.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    //! \a service names Quorum's entries in the keychain (tests use their own).
    explicit KeychainSecretStore(QString service = defaultService(), QObject *parent = nullptr);
    static QString defaultService();

    void read(const QString &accountId, ReadDone done) override;
    void write(const QString &accountId, const QString &secret, WriteDone done) override;
    void remove(const QString &accountId, WriteDone done) override;
    QString description() const override;

private:
    QString m_service;
};

//! Secrets kept in memory only: for tests, and for "this session only" when there is no keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &accountId, ReadDone done) override;
    void write(const QString &accountId, const QString &secret, WriteDone done) override;
    void remove(const QString &accountId, WriteDone done) override;
    QString description() const override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Quorum
