// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "startup/databaseopener.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include "storage/backups.h"
#include "storage/conversationstore.h"
#include "storage/database.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr qint64 staleAfterMs = 30'000; // as the CLI: a writer touches its answers every 5 s
}

DatabaseOpener::DatabaseOpener(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_path(QDir(m_dataDir).filePath(u"quorum.db"_s))
{
}

std::optional<DatabaseOpener::Result> DatabaseOpener::open(QWidget *parent)
{
    Backups backups(QDir(m_dataDir).filePath(u"backups"_s));
    for (;;) {
        auto database = Database::open(m_path);
        if (database) {
            return Result {opened(std::move(*database)), {}};
        }
        const QStringList available = backups.list();
        switch (ask(parent, database.error(), available.isEmpty() ? QString() : available.first())) {
        case Choice::Restore: {
            QString keptAs;
            auto restored = backups.restoreOver(m_path, available.first(), &keptAs);
            if (!restored) {
                warn(parent, tr("The backup could not be restored: %1").arg(restored.error().message));
                continue;
            }
            QMessageBox::information(parent,
                tr("Backup Restored"),
                tr("Your conversations were restored from %1.\n\nThe damaged file is kept as %2.")
                    .arg(QDir::toNativeSeparators(available.first()), QDir::toNativeSeparators(keptAs)));
            return Result {opened(std::move(*restored)), {}};
        }
        case Choice::StartNew: {
            const auto keptAs = Database::setAside(m_path);
            if (!keptAs) {
                warn(parent, keptAs.error().message);
                continue;
            }
            auto fresh = Database::open(m_path);
            if (!fresh) {
                warn(parent, fresh.error().message);
                continue;
            }
            QMessageBox::information(parent,
                tr("New Database"),
                tr("Quorum starts with a new, empty database.\n\nThe damaged file is kept as %1.")
                    .arg(QDir::toNativeSeparators(*keptAs)));
            return Result {opened(std::move(*fresh)), {}};
        }
        case Choice::Retry:
            continue;
        case Choice::WithoutSaving:
            return Result {nullptr, tr("Not saving: %1").arg(database.error().message)};
        case Choice::Quit:
            return std::nullopt;
        }
    }
}

std::unique_ptr<Database> DatabaseOpener::opened(std::unique_ptr<Database> database)
{
    // Recovery may not keep the user from their conversations: a failure is only logged. (The
    // daily backup is BackgroundBackup's, once the window is up.)
    ConversationStore store(*database);
    if (auto recovered = store.recoverInterrupted(QDateTime::currentMSecsSinceEpoch() - staleAfterMs); !recovered) {
        qWarning("%s", qUtf8Printable(recovered.error().message));
    }
    return database;
}

DatabaseOpener::Choice DatabaseOpener::ask(QWidget *parent, const StorageError &error, const QString &newestBackup)
{
    QMessageBox box(parent);
    box.setObjectName(u"databaseProblem"_s);
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(tr("Quorum Cannot Open Its Database"));
    box.setText(error.message);
    QPushButton *restore = nullptr;
    QPushButton *startNew = nullptr;
    QPushButton *retry = nullptr;
    QPushButton *withoutSaving = nullptr;
    switch (error.kind) {
    case StorageError::Kind::NotADatabase:
    case StorageError::Kind::Corrupt:
    case StorageError::Kind::Migration: {
        QString info;
        if (!newestBackup.isEmpty()) {
            const QDateTime when = QFileInfo(newestBackup).lastModified();
            info = tr("The newest backup is from %1.").arg(QLocale().toString(when, QLocale::LongFormat)) + u' ';
            restore = box.addButton(tr("Restore Latest Backup"), QMessageBox::AcceptRole);
            restore->setObjectName(u"restore"_s);
        } else {
            info = tr("There is no backup to restore.") + u' ';
        }
        if (error.kind != StorageError::Kind::Migration) {
            info += tr("Either way, the damaged file is kept under a new name.");
            startNew = box.addButton(tr("Start With a New File"), QMessageBox::DestructiveRole);
            startNew->setObjectName(u"startNew"_s);
        }
        box.setInformativeText(info);
        break;
    }
    case StorageError::Kind::NewerSchema:
        box.setInformativeText(tr("Update Quorum to open it. Nothing was changed."));
        break;
    case StorageError::Kind::ReadOnly:
    case StorageError::Kind::Full:
    case StorageError::Kind::Busy:
    case StorageError::Kind::NotFound:
    case StorageError::Kind::Invalid:
    case StorageError::Kind::Io:
        box.setInformativeText(
            tr("You can fix the cause and try again, or continue: answers are then shown but not saved."));
        retry = box.addButton(tr("Try Again"), QMessageBox::AcceptRole);
        retry->setObjectName(u"retry"_s);
        withoutSaving = box.addButton(tr("Continue Without Saving"), QMessageBox::DestructiveRole);
        withoutSaving->setObjectName(u"withoutSaving"_s);
        break;
    }
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    quit->setObjectName(u"quit"_s);
    box.setDefaultButton(restore ? restore : retry ? retry : quit);
    box.setEscapeButton(quit);
    box.exec();
    QAbstractButton *clicked = box.clickedButton();
    if (clicked && clicked == restore) {
        return Choice::Restore;
    }
    if (clicked && clicked == startNew) {
        return Choice::StartNew;
    }
    if (clicked && clicked == retry) {
        return Choice::Retry;
    }
    if (clicked && clicked == withoutSaving) {
        return Choice::WithoutSaving;
    }
    return Choice::Quit;
}

void DatabaseOpener::warn(QWidget *parent, const QString &text)
{
    QMessageBox::warning(parent, tr("Quorum"), text);
}

} // namespace Quorum
