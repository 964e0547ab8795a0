// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace Quorum
{

class Database;

/*!
 * What changed in one database connection's file, for views that show it (the item models
 * of app/core/models) so they follow without being told to refresh. The stores say what they
 * changed through this connection as soon as it is committed. What other connections (an
 * import on its worker thread) or other processes (`quorum ask`, `quorum import`) changed is
 * noticed by watchElsewhere(): SQLite's `PRAGMA data_version` moves exactly when another
 * connection committed, and reading it costs microseconds.
 */
class DatabaseChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseChanges)

public:
    explicit DatabaseChanges(const Database &database);
    ~DatabaseChanges() override;

    //! Looks for other connections' commits every \a intervalMs (the window; the CLI need not).
    void watchElsewhere(int intervalMs = 1000);
    //! Looks once, now (tests, and after a job on another connection ended).
    void checkElsewhere();

Q_SIGNALS:
    //! A conversation was created, renamed, pinned, tagged, or got a new turn.
    void conversationChanged(qint64 id);
    void conversationRemoved(qint64 id);
    //! The routing rules changed (added, edited, moved, turned on or off, removed, imported).
    void rulesChanged();
    //! The judges' custom modes or a conversation's judge changed.
    void judgesChanged();
    //! A variant was saved or removed.
    void variantsChanged();
    //! An experiment or one of its runs was saved, started, stopped or removed.
    void experimentsChanged();
    //! A prompt library item was added, edited, renamed or removed.
    void promptsChanged();
    //! An account's model list changed (listed again, a model hidden or shown, removed).
    void modelsChanged(const QString &accountId);
    //! Another connection or process committed: anything may have changed.
    void changedElsewhere();

private:
    const Database &m_database;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
};

} // namespace Quorum
