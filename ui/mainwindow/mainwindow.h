// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <expected>
#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include "attachments/preparedmedia.h"
#include "chat/appservices.h"
#include "documents/attachmentreader.h"
#include "storage/judgestore.h"
#include "tools/toolbox.h"
#include "types/judgement.h"

class QAction;
class QSplitter;

class QLabel;
class QStackedWidget;

namespace Quorum
{

class ChatSession;
class Dispatcher;
struct RouteDecision;
struct SendRequest;
struct TurnRecord;
class ExportDialog;
class ImportJob;
class FirstRunPanel;
class JudgeModesDialog;
class ExperimentWindow;
class PromptLibraryDialog;
class PromptListModel;
class OllamaModelJob;
class LeaderboardDialog;
class SettingsDialog;
struct ChatTarget;

class CompareArea;
class Composer;
class ConversationListPanel;
class Settings;

/*!
 * Quorum's main window: the conversation list on the left, the compare area in the
 * centre, the composer below it, and the menu bar. Restores its geometry, state and
 * splitter sizes from Settings and saves them when it closes.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings &settings, AppServices services = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! The text of Help -> About: version, licence, and the Qt and KDE Frameworks versions.
    static QString aboutText();

    ConversationListPanel *conversationList() const { return m_conversationList; }
    CompareArea *compareArea() const { return m_compareArea; }
    Composer *composer() const { return m_composer; }

    /*!
     * Says in the status bar, until cleared with an empty text, that something is wrong with
     * storage (for example: answers are not being saved).
     */
    void setStorageNotice(const QString &text);
    QString storageNotice() const;
    //! Edit -> Settings (Providers first); returns the dialog while it is open.
    SettingsDialog *showSettings();
    //! View -> Leaderboard: the user's votes and the rules they suggest.
    LeaderboardDialog *showLeaderboard();
    //! View -> Experiments (one window, kept while this one lives).
    ExperimentWindow *showExperiments();
    /*!
     * View -> Prompt Library (and the composer's Library menu): one window; \a text non-empty
     * starts a new item with it (the composer's prompt, to save).
     */
    PromptLibraryDialog *showPromptLibrary(const QString &text = {});
    //! Pulls \a model into Ollama account \a accountId (the picker's "Pull" row), then lists
    //! the account's models and chooses it.
    void pullModel(const QString &accountId, const QString &model);
    //! Asks, then deletes \a model from Ollama account \a accountId (the picker's context menu).
    void deleteModel(const QString &accountId, const QString &model);
    //! The judge modes (built-in and the user's own); null without a database.
    JudgeModesDialog *showJudgeModes();
    //! File -> Export: this conversation or all, as Markdown, JSON or CSV.
    ExportDialog *showExport();
    //! File -> Import: reads \a fileName on a worker thread; a summary is shown when it ends.
    ImportJob *importFile(const QString &fileName);
    QString lastImportSummary() const { return m_lastImportSummary; }
    //! True while no provider is set up: the first-run panel is shown instead of the compare view.
    bool needsSetup() const;
    //! The first-run panel while it is shown, else null (it is built only then).
    FirstRunPanel *firstRunPanel() const { return m_firstRun; }
    ChatSession *session() const { return m_session; }
    //! The engine the window sends with (null in tests of the bare window).
    Dispatcher *dispatcher() const { return m_dispatcher; }
    //! Opens a stored conversation in the compare view.
    void openConversation(qint64 id);
    //! Sends the composer's prompt to its models (what Send and Enter do).
    void sendPrompt();
    void onGovernanceConfirmed(bool override);
    //! The text of Help -> Keyboard Shortcuts, made from the actions themselves.
    QString shortcutsText() const;
    //! View -> Colour Scheme: "system", "light" or "dark".
    void setColorScheme(const QString &scheme);
    //! Lists the models of the enabled accounts for the model picker (from what was stored).
    void refreshModelChoices();
    //! Asks \a target turn \a turnId's prompt too (with the history before it), after finding its key.
    void addTarget(qint64 turnId, const ChatTarget &target);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    //! The open conversation's own judge (JudgeStore), if it has one.
    std::optional<ConversationJudge> conversationJudge() const;
    void createMenus();
    void restoreLayout();
    void saveLayout();
    void showAbout();
    void newConversation();
    void invokeOnFocusWidget(const char *slot);
    void createSession();
    void onSent(const TurnRecord &turn, const SendRequest &request);
    //! The models that answered the open conversation's last turn.
    QList<ChatTarget> lastTurnTargets() const;
    void beginEdit(qint64 turnId, const QString &prompt);
    void cancelEdit();
    void addTargetTo(qint64 turnId);
    //! \a request with the judge chosen before, unless it names its own.
    JudgeRequest withRememberedJudge(JudgeRequest request) const;
    //! Sends \a request to its judge, else the one chosen before, else asks for one.
    void synthesize(JudgeRequest request);
    //! Asks which model judges (remembered), then sends \a request; false: cancelled.
    bool chooseJudge(const JudgeRequest &request);
    void revealSearchHit(qint64 conversationId, qint64 turnId, qint64 responseId);
    void showShortcuts();
    void showProblem(const QString &message);
    //! Stored rules that cannot be used, said once in the status bar.
    void showRoutingProblems();
    void onAccountsChanged();
    void onComposerSettingsChanged();
    /*!
     * Reads attached files off the GUI thread (a 100-page PDF's text and first page take a
     * while): the composer shows them as they arrive, or says why one cannot be attached.
     */
    void attachFiles(const QStringList &paths);
    void attachData(const QByteArray &data, const QString &name);
    void readAttachment(const QString &name, std::function<std::expected<Attachment, QString>()> read);
    void readNextAttachment();
    //! Prepares (off the GUI thread) what sending the composer's files to its targets needs.
    void prepareAttachments();
    QAction *addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &key, const QString &name);

    Settings &m_settings;
    AppServices m_services;
    AttachmentReader m_media; //!< fits images and draws pages for the models that receive them
    //! What a send of the composer's files will need, made while the user types (off this thread).
    PreparedMedia m_prepared {&m_media};
    //! The MCP servers' tools (docs/tools.md), started when an answer first needs them.
    ToolBox m_tools;
    //! Reads mcp.json (and the servers' secrets) into m_tools and the composer's Tools menu.
    void loadToolServers();
    //! The servers' per-tool settings changed ("remember"): written to mcp.json.
    void saveToolApprovals();
    QTimer *m_prepareTimer = nullptr;
    QList<ChatTarget> m_prepareTargets; //!< the targets estimated since the last preparation
    //! Files waiting to be read for the composer, the first being read now.
    QList<std::pair<QString, std::function<std::expected<Attachment, QString>()>>> m_toRead;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<LeaderboardDialog> m_leaderboard;
    ExperimentWindow *m_experiments = nullptr;
    PromptListModel *m_promptLibrary = nullptr;
    QPointer<PromptLibraryDialog> m_promptLibraryDialog;
    QPointer<OllamaModelJob> m_pull; //!< the model being pulled from the picker
    QPointer<JudgeModesDialog> m_judgeModes;
    QString m_lastImportSummary;
    QStackedWidget *m_centreStack = nullptr;
    FirstRunPanel *m_firstRun = nullptr;
    void updateFirstRun();
    //! Routes requests through the providers' and the global proxies.
    void applyNetworkSettings();
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    ConversationListPanel *m_conversationList = nullptr;
    CompareArea *m_compareArea = nullptr;
    Composer *m_composer = nullptr;
    QAction *m_showConversationListAction = nullptr;
    QLabel *m_storageNotice = nullptr;
    Dispatcher *m_dispatcher = nullptr;
    QStringList m_shownRoutingProblems;
    ChatSession *m_session = nullptr;
    std::optional<qint64> m_editTurn;
    QList<QAction *> m_shortcutActions;
    QString m_colorScheme;
    //! A turn sent in a conversation that fuses every turn: judged once its answers end.
    qint64 m_autoJudgeTurn = 0;
};

} // namespace Quorum
