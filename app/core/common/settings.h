// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Quorum
{

/*!
 * Typed facade over Quorum's settings file (INI). Every key has one accessor with its
 * default; changes are announced with changed(key). The file carries a settings version
 * and numbered migrations run on open. Passed to whoever needs it: there is no global.
 */
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    //! The version written by this build; migrate() brings older files up to it.
    static constexpr int currentVersion = 1;

    explicit Settings(const QString &fileName, QObject *parent = nullptr);
    ~Settings() override;

    QString fileName() const;
    int version() const;

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    //! Saved state of a named splitter (QSplitter::saveState()).
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);
    bool conversationListVisible() const;
    void setConversationListVisible(bool visible);
    //! The proxy for providers without their own: "" or "system" (the system's), "none",
    //! "http://host:port" or "socks5://host:port" (see ProxySetting).
    QString networkProxy() const;
    void setNetworkProxy(const QString &proxy);
    //! Seconds to wait for a response to start for providers without their own (0: 60 s).
    int networkTimeoutSeconds() const;
    void setNetworkTimeoutSeconds(int seconds);
    //! HTTP headers sent to every provider, "Name: value" per line (an account's own win).
    QString networkHeaders() const;
    void setNetworkHeaders(const QString &headers);
    //! The user chose to start with the local Ollama on the first-run screen.
    bool startedWithOllama() const;
    void setStartedWithOllama(bool started);

    //! The composer's models, as "account/model" labels (restored at start).
    QStringList composerTargets() const;
    void setComposerTargets(const QStringList &targets);
    //! Named sets of models ("Frontier 3"), each a list of "account/model" labels.
    QMap<QString, QStringList> modelSets() const;
    void setModelSets(const QMap<QString, QStringList> &sets);
    //! Enter sends the prompt (Shift+Enter: new line); false: Ctrl+Enter sends.
    bool enterSends() const;
    void setEnterSends(bool enterSends);
    //! Blind compare: model names stay hidden until the user picks the best answer.
    bool blindCompare() const;
    void setBlindCompare(bool on);
    //! "system" (follow the desktop), "light" or "dark".
    QString colorScheme() const;
    void setColorScheme(const QString &scheme);

    //! The language of the user interface ("de", "en"); empty: the system's. Read at start.
    QString language() const;
    void setLanguage(const QString &language);
    //! The follow-up policy for new turns ("own-thread", "picked-answer" or "synthesis").
    QString followUpPolicy() const;
    void setFollowUpPolicy(const QString &policy);
    //! How many rounds of tool calls an answer may make (docs/tools.md, "The loop"): 1-50, 8.
    int maxToolRounds() const;
    void setMaxToolRounds(int rounds);
    //! The tool servers a new conversation starts with (the last toolset chosen).
    QStringList toolset() const;
    void setToolset(const QStringList &servers);
    //! The judge last chosen in the window ("account/model"; empty: none yet).
    QString judgeTarget() const;
    void setJudgeTarget(const QString &target);

    //! The conversation open when the window last closed (0: none), reopened at start.
    qint64 lastConversation() const;
    void setLastConversation(qint64 id);

    //! Writes pending changes to disk; returns false (with the reason in errorString()) on failure.
    bool sync();
    QString errorString() const;

Q_SIGNALS:
    void changed(const QString &key);

private:
    void migrate();
    void setValue(const QString &key, const QVariant &value);

    QSettings m_settings;
};

} // namespace Quorum
