// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFuture>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPromise>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyleHints>
#include <QTextBrowser>
#include <QThreadPool>

#include "chat/chatsession.h"
#include "chat/dispatcher.h"
#include "common/settings.h"
#include "common/version.h"
#include "compare/answerpane.h"
#include "compare/comparearea.h"
#include "compare/judgemodesdialog.h"
#include "compare/turnview.h"
#include "composer/composer.h"
#include "composer/modelpicker.h"
#include "conversations/conversationlistpanel.h"
#include "exchange/exportdialog.h"
#include "experiments/experimentwindow.h"
#include "export/importjob.h"
#include "leaderboard/leaderboarddialog.h"
#include "library/promptlibrarydialog.h"
#include "models/promptlistmodel.h"
#include "providers/ollamamodeljob.h"
#include "providers/providerconfig.h"
#include "providers/proxysetting.h"
#include "routing/routeenvironment.h"
#include "settings/providerspage.h"
#include "settings/settingsdialog.h"
#include "storage/conversationstore.h"
#include "storage/database.h"
#include "storage/databasechanges.h"
#include "storage/modelstore.h"
#include "storage/variantstore.h"
#include "theme/theme.h"
#include "tools/mcpconfig.h"
#include "types/modelprice.h"
#include "welcome/firstrunpanel.h"

#include <ksyntaxhighlighting_version.h>

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr auto mainSplitterName = "main"_L1;
constexpr auto centreSplitterName = "centre"_L1;
} // namespace

MainWindow::MainWindow(Settings &settings, AppServices services, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_services(std::move(services))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Quorum"));

    m_conversationList = new ConversationListPanel(this);
    m_compareArea = new CompareArea(this);
    m_composer = new Composer(this);

    m_centreSplitter = new QSplitter(Qt::Vertical, this);
    m_centreSplitter->setObjectName(u"centreSplitter"_s);
    m_centreSplitter->setChildrenCollapsible(false);
    // The compare view, or while no provider is set up the first-run panel in its place.
    m_centreStack = new QStackedWidget(this);
    m_centreStack->setObjectName(u"centreStack"_s);
    m_centreStack->addWidget(m_compareArea);
    m_centreSplitter->addWidget(m_centreStack);
    m_centreSplitter->addWidget(m_composer);
    m_centreSplitter->setStretchFactor(0, 1);
    m_centreSplitter->setStretchFactor(1, 0);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_conversationList);
    m_mainSplitter->addWidget(m_centreSplitter);
    m_mainSplitter->setCollapsible(1, false);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);

    connect(m_conversationList, &ConversationListPanel::newConversationRequested, this, &MainWindow::newConversation);

    createSession();
    createMenus();
    restoreLayout();
    updateFirstRun();
    applyNetworkSettings();
    m_colorScheme = m_settings.colorScheme();
    if (m_colorScheme != "system"_L1) {
        setColorScheme(m_colorScheme);
    }
    m_compareArea->setDark(Theme::isDark(palette()));
    m_composer->focusPrompt();
}

void MainWindow::createSession()
{
    if (m_services.database) {
        // What `quorum ask` or an import writes while the window runs: the lists follow.
        m_services.database->changes().watchElsewhere();
    }
    m_conversationList->setDatabase(m_services.database);
    m_composer->setModelSets(m_settings.modelSets());
    m_composer->setEnterSends(m_settings.enterSends());
    QList<ChatTarget> targets;
    for (const QString &label : m_settings.composerTargets()) {
        if (const auto target = ChatTarget::parse(label)) {
            targets.append(*target);
        }
    }
    m_composer->setTargets(targets);
    connect(m_composer, &Composer::targetsChanged, this, [this](const QList<ChatTarget> &chosen) {
        QStringList labels;
        for (const ChatTarget &t : chosen) {
            labels.append(t.label());
        }
        m_settings.setComposerTargets(labels);
    });
    connect(m_composer, &Composer::modelSetsChanged, &m_settings, &Settings::setModelSets);
    connect(m_composer, &Composer::modelChoicesWanted, this, &MainWindow::refreshModelChoices);
    connect(m_composer, &Composer::sendRequested, this, &MainWindow::sendPrompt);
    connect(m_composer, &Composer::attachFilesRequested, this, &MainWindow::attachFiles);
    connect(m_composer, &Composer::attachDataRequested, this, &MainWindow::attachData);
    connect(m_composer, &Composer::editCancelled, this, [this] { m_editTurn.reset(); });
    connect(m_composer, &Composer::governanceConfirmed, this, &MainWindow::onGovernanceConfirmed);
    connect(m_conversationList, &ConversationListPanel::problem, this, &MainWindow::showProblem);
    connect(m_conversationList, &ConversationListPanel::exportRequested, this, [this](const QList<qint64> &ids) {
        showExport()->setSelection(ids);
    });
    connect(m_conversationList, &ConversationListPanel::tagsChanged, this, [this](qint64 id, const QStringList &tags) {
        if (m_session && m_session->conversationId() == id) {
            // Stored by the list already (nothing to fail here); conversation-tag rules see them at once.
            (void)m_session->setTags(tags, false);
            m_composer->refreshEstimate();
        }
    });
    connect(m_compareArea, &CompareArea::problem, this, &MainWindow::showProblem);
    if (!m_services.network || !m_services.providers) {
        return; // tests of the bare window: nothing to send with
    }

    m_services.media = &m_prepared; // what a send draws, drawn before it where it can be
    m_prepareTimer = new QTimer(this);
    m_prepareTimer->setSingleShot(true);
    m_prepareTimer->setInterval(150); // the targets and files settle first (typing, picking)
    connect(m_prepareTimer, &QTimer::timeout, this, &MainWindow::prepareAttachments);
    m_services.tools = &m_tools;
    m_dispatcher = new Dispatcher(m_services, Dispatcher::Governance::Ask, this);
    m_services.keys = &m_dispatcher->keys(); // Settings finds keys the same way
    m_session = &m_dispatcher->session();
    m_compareArea->setSession(m_session, m_services.database);
    m_compareArea->setAccountLabels([this](const QString &id) {
        const auto account = m_services.providers->find(id);
        return account ? u"%1 (%2)"_s.arg(id, account->baseUrl.host()) : id;
    });
    connect(m_compareArea->followUpBox(), &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setFollowUpPolicy(m_compareArea->followUpBox()->currentData().toString());
        m_composer->refreshEstimate();
    });
    m_composer->setParameterCheck([dispatcher = QPointer<Dispatcher>(m_dispatcher)](const ChatTarget &target) {
        return dispatcher ? dispatcher->targetProblems({target}) : QStringList {};
    });
    m_promptLibrary = new PromptListModel(m_services.database, this);
    m_composer->setPromptLibrary(m_promptLibrary);
    connect(m_composer, &Composer::promptLibraryRequested, this, &MainWindow::showPromptLibrary);
    if (m_services.database) {
        const Database *database = m_services.database;
        m_composer->setVariantLibrary(
            [database] { return VariantStore(*database).variants().value_or(QList<Variant> {}); },
            [database](const Variant &variant) {
                const auto saved = VariantStore(*database).save(variant);
                return saved ? QString() : saved.error().message;
            });
    }
    m_composer->setEstimator([this](const QString &prompt, const ChatTarget &target) {
        // The estimate is asked for every target whenever the prompt, the targets or the files
        // change: what a send of them will draw is prepared after.
        if (!m_prepareTargets.contains(target)) {
            m_prepareTargets.append(target);
        }
        m_prepareTimer->start();
        const ChatSession::Estimate e = m_session->estimate(prompt, target, m_composer->attachments());
        return Composer::Estimate {e.inputTokens, e.costNanos, e.reasoningTokens};
    });
    connect(m_session, &ChatSession::answerStarted, this, [this] { m_composer->setBusy(true); });
    connect(m_session, &ChatSession::idle, this, [this] {
        m_composer->setBusy(false);
        m_composer->refreshEstimate();
    });
    connect(m_dispatcher, &Dispatcher::routingChanged, this, [this] {
        // This month's spend moved, or the rules or accounts changed: budget rules may route
        // differently now.
        m_composer->refreshEstimate();
        showRoutingProblems();
    });
    connect(m_dispatcher, &Dispatcher::confirmationNeeded, m_composer, &Composer::askGovernanceConfirmation);
    connect(m_dispatcher, &Dispatcher::sent, this, &MainWindow::onSent);
    connect(m_dispatcher, &Dispatcher::answerAdded, this, [this](const ResponseRecord &added) {
        for (TurnView *view : m_compareArea->turnViews()) {
            if (view->turnId() == added.turnId) {
                view->addAnswer(added);
            }
        }
    });
    connect(m_dispatcher, &Dispatcher::judgesAdded, m_compareArea, &CompareArea::addJudges);
    connect(m_compareArea, &CompareArea::autoSynthesisToggled, this, [this](bool on) {
        if (!m_services.database || m_session->conversationId() == 0) {
            return;
        }
        std::optional<ConversationJudge> judge;
        if (on) {
            const auto target = ChatTarget::parse(m_settings.judgeTarget());
            if (!target) {
                showProblem(tr("Choose the judge first (Synthesize → Choose the Judge…)."));
                return;
            }
            judge = ConversationJudge {*target, JudgeMode::Fuse, {}, true};
        }
        if (auto stored = JudgeStore(*m_services.database).setConversationJudge(m_session->conversationId(), judge);
            !stored) {
            showProblem(stored.error().message);
        }
    });
    // A conversation that fuses every turn: its judge is asked once the turn's answers end.
    connect(m_dispatcher, &Dispatcher::sent, this, [this](const TurnRecord &turn) {
        const auto judge = conversationJudge();
        m_autoJudgeTurn = judge && judge->automatic ? turn.id : 0;
    });
    connect(m_session, &ChatSession::idle, this, [this] {
        const qint64 turnId = std::exchange(m_autoJudgeTurn, 0);
        const auto judge = conversationJudge();
        if (turnId == 0 || !judge || !judge->automatic) {
            return;
        }
        JudgeRequest request;
        request.turnId = turnId;
        request.mode = judge->mode;
        request.custom = judge->custom;
        request.judge = judge->target;
        if (const JudgePlan plan = m_dispatcher->planJudge(request); plan.refused) {
            showProblem(tr("No automatic synthesis: %1").arg(plan.refused->message));
            return;
        }
        m_dispatcher->judge(request);
    });
    JudgeMenuHooks judgeMenu;
    judgeMenu.estimate = [this](JudgeRequest request) -> QString {
        request = withRememberedJudge(std::move(request));
        if (!request.judge && request.mode != JudgeMode::Rank) {
            return tr("choose a judge first");
        }
        const JudgePlan plan = m_dispatcher->planJudge(request);
        if (plan.refused) {
            return plan.refused->message;
        }
        // Exact on input: the answers are known by now.
        const QString by = request.judge ? request.judge->label() : tr("the answering models");
        return plan.costNanos
            ? tr("%1 · ~%2 tokens in, ~%3").arg(by).arg(plan.inputTokens).arg(formatCost(*plan.costNanos))
            : tr("%1 · ~%2 tokens in, price unknown").arg(by).arg(plan.inputTokens);
    };
    judgeMenu.customModes = [this] {
        QList<std::pair<QString, JudgeMode>> modes;
        if (m_services.database) {
            if (const auto custom = JudgeStore(*m_services.database).customModes()) {
                for (const CustomJudgeMode &mode : *custom) {
                    modes.append({mode.name, mode.base});
                }
            }
        }
        return modes;
    };
    judgeMenu.automatic = [this] {
        const auto judge = conversationJudge();
        return judge && judge->automatic;
    };
    m_compareArea->setJudgeMenu(judgeMenu);
    connect(m_compareArea, &CompareArea::judgeModesRequested, this, &MainWindow::showJudgeModes);
    connect(m_dispatcher, &Dispatcher::failed, this, [this](const SendFailure &failure) {
        showProblem(failure.message); // the prompt stays in the composer
    });
    connect(m_compareArea, &CompareArea::regenerateRequested, m_dispatcher, &Dispatcher::regenerate);
    connect(m_composer, &Composer::listModelsRequested, m_dispatcher, &Dispatcher::listModels);
    connect(m_composer, &Composer::pullModelRequested, this, &MainWindow::pullModel);
    connect(m_composer, &Composer::deleteModelRequested, this, &MainWindow::deleteModel);
    connect(m_composer, &Composer::pullCancelRequested, this, [this] {
        if (m_pull) {
            m_pull->cancel();
        }
    });
    connect(m_dispatcher, &Dispatcher::modelsListed, this, [this](const QString &accountId, int count) {
        refreshModelChoices();
        statusBar()->showMessage(tr("%n model(s) of %1 listed.", nullptr, count).arg(accountId), 5000);
    });
    connect(
        m_dispatcher, &Dispatcher::modelsListFailed, this, [this](const QString &accountId, const QString &message) {
            m_composer->modelPicker()->setListingFailed(accountId, message);
            showProblem(message);
        });
    // An account added or changed elsewhere (quorum providers add, while the window runs) is
    // here at once.
    m_services.providers->watch();
    connect(m_services.providers, &ProviderConfig::changed, this, &MainWindow::onAccountsChanged);
    connect(m_services.providers, &ProviderConfig::problem, this, &MainWindow::showProblem);
    connect(m_session, &ChatSession::storageFailed, this, [this](const StorageError &error) {
        setStorageNotice(tr("Answers are not being saved: %1").arg(error.message));
    });
    connect(m_compareArea, &CompareArea::continueOnlyRequested, this, [this](const ChatTarget &target) {
        m_composer->setTargets({target});
        m_composer->focusPrompt();
    });
    connect(m_compareArea, &CompareArea::editRequested, this, &MainWindow::beginEdit);
    connect(m_compareArea, &CompareArea::addTargetRequested, this, &MainWindow::addTargetTo);
    connect(m_compareArea, &CompareArea::synthesizeRequested, this, &MainWindow::synthesize);
    connect(m_compareArea, &CompareArea::chooseJudgeRequested, this, &MainWindow::chooseJudge);
    connect(m_conversationList, &ConversationListPanel::conversationActivated, this, &MainWindow::openConversation);
    connect(m_conversationList, &ConversationListPanel::searchHitActivated, this, &MainWindow::revealSearchHit);
    connect(m_conversationList, &ConversationListPanel::conversationDeleted, this, [this](qint64 id) {
        if (m_session->conversationId() == id) {
            newConversation();
        }
    });
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_colorScheme == "system"_L1) {
            setColorScheme(m_colorScheme);
        }
    });
    m_composer->setRouter([dispatcher = QPointer<Dispatcher>(m_dispatcher), composer = QPointer<Composer>(m_composer)](
                              const QString &prompt, const QList<ChatTarget> &chosen, bool automatic) {
        return dispatcher
            ? dispatcher->decide(prompt, chosen, automatic, composer ? composer->attachments() : QList<Attachment> {})
            : RouteDecision {};
    });
    if (m_services.database) {
        // A model list made or changed (Settings, the picker, quorum models): the picker follows.
        connect(
            &m_services.database->changes(), &DatabaseChanges::modelsChanged, this, &MainWindow::refreshModelChoices);
    }
    refreshModelChoices();
    showRoutingProblems();
    connect(
        m_session, &ChatSession::conversationChanged, this, [this](qint64 id) { m_settings.setLastConversation(id); });
    // Tools: a new conversation starts with the toolset last chosen; an opened one has its own.
    (void)m_session->setToolset(m_settings.toolset());
    connect(m_session, &ChatSession::conversationChanged, this, [this] {
        m_composer->setToolServers(m_composer->toolServers(), m_session->toolset(), m_composer->webSearchAvailable());
    });
    connect(m_composer, &Composer::toolServersChosen, this, [this](const QStringList &servers) {
        if (auto set = m_session->setToolset(servers); !set) {
            showProblem(set.error());
        }
        m_settings.setToolset(servers);
    });
    connect(m_composer, &Composer::toolSettingsRequested, this, [this] { showSettings(); });
    connect(&m_tools, &ToolBox::approvalsChanged, this, &MainWindow::saveToolApprovals);
    QTimer::singleShot(0, this, &MainWindow::loadToolServers); // after the first paint
    // Where the user left off (a conversation deleted meanwhile is simply not there).
    if (const qint64 last = m_settings.lastConversation(); last > 0 && m_services.database) {
        if (const auto found = ConversationStore(*m_services.database).conversation(last);
            found && found->has_value()) {
            openConversation(last);
        }
    }
}

void MainWindow::loadToolServers()
{
    if (m_session) {
        m_session->setMaxToolRounds(m_settings.maxToolRounds());
    }
    const auto loaded = m_tools.load(m_services.dataDir, m_services.keychain, m_services.network);
    if (!loaded) {
        showProblem(loaded.error());
        return;
    }
    for (const QString &problem : *loaded) {
        showProblem(problem);
    }
    QStringList names;
    for (const McpServerConfig &server : m_tools.servers()) {
        if (server.enabled) {
            names << server.name;
        }
    }
    m_composer->setToolServers(
        names, m_session ? m_session->toolset() : QStringList {}, m_tools.webSearch().configured());
}

void MainWindow::saveToolApprovals()
{
    McpConfig config(m_services.dataDir);
    if (auto loaded = config.load(); !loaded) {
        showProblem(loaded.error());
        return;
    }
    for (const McpServerConfig &running : m_tools.servers()) {
        if (std::optional<McpServerConfig> stored = config.find(running.name)) {
            stored->approvals = running.approvals; // only the approvals: the file keeps the rest
            config.upsert(*stored);
        }
    }
    if (config.webSearch().configured()) {
        WebSearchConfig search = config.webSearch();
        search.approval = m_tools.webSearch().approval;
        config.setWebSearch(search);
    }
    if (auto saved = config.save(); !saved) {
        showProblem(saved.error());
    }
}

void MainWindow::refreshModelChoices()
{
    if (!m_services.providers) {
        return;
    }
    QList<ModelChoice> choices;
    QList<AccountChoice> accountChoices;
    // The accounts themselves (providers.json, with the built-in local Ollama unless the user
    // has one), and each one's models as last listed.
    for (const ProviderAccount &account : m_services.providers->accounts()) {
        if (!account.enabled) {
            continue;
        }
        QList<ModelInfo> shown;
        bool listed = false;
        if (m_services.database) {
            const QList<StoredModel> stored
                = ModelStore(*m_services.database).models(account.id).value_or(QList<StoredModel> {});
            listed = !stored.isEmpty(); // hidden models count: the list was made
            for (const StoredModel &model : stored) {
                if (!model.hidden) {
                    shown.append({model.id, model.displayName, model.contextWindow, model.reads});
                }
            }
        } else if (m_dispatcher) {
            shown = m_dispatcher->unstoredModels(account.id);
            listed = !shown.isEmpty();
        }
        accountChoices.append({account.id, listed, account.kind == ProviderKind::Ollama});
        for (const ModelInfo &model : std::as_const(shown)) {
            choices.append({account.id, account.id, model.id, model.displayName});
        }
    }
    m_composer->setModelChoices(choices, accountChoices);
}

void MainWindow::sendPrompt()
{
    if (!m_dispatcher || !m_composer->canSend()) {
        return;
    }
    SendRequest request;
    request.prompt = m_composer->prompt();
    request.chosen = m_composer->targets();
    request.automatic = m_composer->isAuto();
    request.editOf = m_editTurn;
    request.systemPrompt = m_composer->systemPrompt();
    request.persona = m_composer->persona();
    request.libraryPrompt = m_composer->libraryPrompt();
    request.attachments = m_composer->attachments();
    m_dispatcher->send(request);
}

namespace
{
struct ReadFile {
    QString name;
    std::expected<Attachment, QString> attachment;
    QImage thumbnail;
};

//! Runs \a read on the thread pool; \a done gets its result on \a context's thread, unless
//! \a context is gone by then.
void readOffThread(QObject *context, std::function<ReadFile()> read, std::function<void(const ReadFile &)> done)
{
    auto promise = std::make_shared<QPromise<ReadFile>>();
    QFuture<ReadFile> future = promise->future();
    QThreadPool::globalInstance()->start([promise, read = std::move(read)] {
        promise->start();
        promise->addResult(read());
        promise->finish();
    });
    future.then(context, [done = std::move(done)](const ReadFile &file) { done(file); });
}

constexpr int thumbnailEdge = 96;
} // namespace

void MainWindow::attachFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        readAttachment(QFileInfo(path).fileName(), [path] { return AttachmentReader::readFile(path); });
    }
}

void MainWindow::attachData(const QByteArray &data, const QString &name)
{
    readAttachment(name, [data, name] { return AttachmentReader::read(data, name); });
}

void MainWindow::prepareAttachments()
{
    // A follow-up sends the earlier prompts' files again: made ready like the new ones.
    const QList<Attachment> attachments = m_composer->attachments() + m_session->branchAttachments();
    QList<PreparedMedia::Target> targets;
    for (const ChatTarget &target : std::as_const(m_prepareTargets)) {
        if (const auto account = m_services.providers->find(target.accountId); account && !attachments.isEmpty()) {
            targets.append({*account, target.model, m_session->readsOf(*account, target.model)});
        }
    }
    m_prepareTargets.clear();
    m_prepared.prepare(attachments, targets); // no files: what was made for earlier ones goes
}

void MainWindow::readAttachment(const QString &name, std::function<std::expected<Attachment, QString>()> read)
{
    // One file at a time, in the order given: the chips keep the user's order, and two large
    // PDFs are not decoded at once.
    m_toRead.append({name, std::move(read)});
    m_composer->setReading(m_composer->attachmentsBeingRead() << name);
    if (m_toRead.size() == 1) {
        readNextAttachment();
    }
}

void MainWindow::readNextAttachment()
{
    if (m_toRead.isEmpty()) {
        return;
    }
    const auto &[name, read] = m_toRead.constFirst();
    readOffThread(
        this,
        [name, read] {
            ReadFile file {name, read(), {}};
            if (file.attachment) {
                file.thumbnail = AttachmentReader::thumbnail(*file.attachment, thumbnailEdge);
            }
            return file;
        },
        [this](const ReadFile &file) {
            m_toRead.removeFirst();
            if (file.attachment) {
                m_composer->addAttachment(*file.attachment, file.thumbnail);
            } else {
                QStringList still = m_composer->attachmentsBeingRead();
                still.removeOne(file.name);
                m_composer->setReading(still);
                m_composer->showAttachmentProblem(file.attachment.error()); // it names the file
            }
            readNextAttachment();
        });
}

void MainWindow::onGovernanceConfirmed(bool override)
{
    if (m_dispatcher) {
        m_dispatcher->confirm(override);
    }
}

void MainWindow::onSent(const TurnRecord &turn, const SendRequest &request)
{
    if (m_composer->prompt() == request.prompt) {
        m_composer->clear();
    }
    m_composer->setEditing(false);
    m_editTurn.reset();
    if (request.editOf) {
        m_compareArea->reload(); // the new branch replaces the old one on screen
    } else {
        m_compareArea->appendTurn(turn);
    }
    m_conversationList->setCurrent(m_session->conversationId()); // the list has it already
}

void MainWindow::showRoutingProblems()
{
    const QStringList problems = m_dispatcher ? m_dispatcher->routingProblems() : QStringList {};
    if (!problems.isEmpty() && problems != m_shownRoutingProblems) {
        showProblem(tr("Some routing rules cannot be used: %1").arg(problems.join(u' ')));
    }
    m_shownRoutingProblems = problems; // said once, not at every answer
}

void MainWindow::openConversation(qint64 id)
{
    if (!m_session) {
        return;
    }
    if (const auto opened = m_session->open(id); !opened) {
        showProblem(opened.error());
        return;
    }
    cancelEdit();
    m_composer->setSystemPrompt(m_session->systemPrompt(), m_session->persona());
    // Continuing it means asking the models of its last turn again (as the CLI does with
    // --conversation and the same --target): they go into the composer.
    if (const QList<ChatTarget> last = lastTurnTargets(); !last.isEmpty()) {
        m_composer->setTargets(last);
    }
    m_compareArea->reload();
    m_conversationList->setCurrent(id);
    m_composer->scheduleEstimate(); // after the first paint: it reads the whole branch
}

QList<ChatTarget> MainWindow::lastTurnTargets() const
{
    std::optional<TurnRecord> last;
    if (m_services.database) {
        // The newest turn is the tip of the current branch; reading it alone keeps a long
        // conversation's first paint fast.
        if (const auto newest = ConversationStore(*m_services.database).recentTurns(m_session->conversationId(), 1);
            newest && !newest->isEmpty()) {
            last = newest->constLast();
        }
    } else if (const auto branch = m_session->branch(); branch && !branch->isEmpty()) {
        last = branch->constLast();
    }
    QList<ChatTarget> targets;
    if (last) {
        for (const ResponseRecord &response : last->responses) {
            const ChatTarget target = ChatTarget::fromResponse(response);
            if (!std::ranges::any_of(targets, [&](const ChatTarget &t) { return t.label() == target.label(); })) {
                targets.append(target);
            }
        }
    }
    return targets;
}

void MainWindow::revealSearchHit(qint64 conversationId, qint64 turnId, qint64 responseId)
{
    if (!m_session) {
        return;
    }
    if (m_session->conversationId() != conversationId) {
        openConversation(conversationId);
    }
    if (!m_compareArea->reveal(turnId, responseId, m_conversationList->searchEdit()->text().trimmed())) {
        statusBar()->showMessage(tr("That match is on another branch of the conversation."), 5000);
    }
}

void MainWindow::beginEdit(qint64 turnId, const QString &prompt)
{
    m_editTurn = turnId;
    m_composer->setPrompt(prompt);
    m_composer->setEditing(true);
    m_composer->focusPrompt();
}

void MainWindow::cancelEdit()
{
    m_editTurn.reset();
    m_composer->setEditing(false);
}

std::optional<ConversationJudge> MainWindow::conversationJudge() const
{
    if (!m_services.database || !m_session || m_session->conversationId() == 0) {
        return std::nullopt;
    }
    return JudgeStore(*m_services.database).conversationJudge(m_session->conversationId()).value_or(std::nullopt);
}

JudgeRequest MainWindow::withRememberedJudge(JudgeRequest request) const
{
    if (!request.judge) {
        request.judge = ChatTarget::parse(m_settings.judgeTarget());
    }
    return request;
}

void MainWindow::synthesize(JudgeRequest request)
{
    if (!m_dispatcher) {
        return;
    }
    request = withRememberedJudge(std::move(request));
    if (!request.judge && request.mode != JudgeMode::Rank) {
        chooseJudge(request);
        return;
    }
    m_dispatcher->judge(request); // judgesAdded() shows it; failed() says why not
}

bool MainWindow::chooseJudge(const JudgeRequest &request)
{
    refreshModelChoices();
    QStringList labels;
    if (const QString last = m_settings.judgeTarget(); !last.isEmpty()) {
        labels.append(last);
    }
    for (const ChatTarget &t : m_composer->targets()) {
        if (!labels.contains(t.label())) {
            labels.append(t.label());
        }
    }
    bool ok = false;
    const QString label = QInputDialog::getItem(this,
        tr("Choose the Judge"),
        tr("The model that reads the answers (account/model). It sees them as A, B, C, never "
           "the models' names; the rules that governed the answers hold for it too:"),
        labels,
        0,
        true,
        &ok);
    const std::optional<ChatTarget> target = ChatTarget::parse(label.trimmed());
    if (!ok || !target) {
        return false;
    }
    m_settings.setJudgeTarget(target->label());
    JudgeRequest chosen = request;
    chosen.judge = target;
    synthesize(chosen);
    return true;
}

void MainWindow::addTargetTo(qint64 turnId)
{
    refreshModelChoices();
    QStringList labels;
    for (const ChatTarget &t : m_composer->targets()) {
        labels.append(t.label());
    }
    for (const QString &label : m_settings.composerTargets()) {
        if (!labels.contains(label)) {
            labels.append(label);
        }
    }
    bool ok = false;
    const QString label = QInputDialog::getItem(this,
        tr("Add a Model to This Turn"),
        tr("Model (account/model); it gets the same history the others had:"),
        labels,
        0,
        true,
        &ok);
    const std::optional<ChatTarget> target = ChatTarget::parse(label.trimmed());
    if (!ok || !target) {
        return;
    }
    addTarget(turnId, *target);
}

void MainWindow::addTarget(qint64 turnId, const ChatTarget &target)
{
    if (m_dispatcher) {
        m_dispatcher->addTarget(turnId, target);
    }
}

void MainWindow::onComposerSettingsChanged()
{
    m_composer->setEnterSends(m_settings.enterSends());
}

void MainWindow::onAccountsChanged()
{
    refreshModelChoices();
    updateFirstRun();
}

void MainWindow::showProblem(const QString &message)
{
    statusBar()->showMessage(u"⚠ "_s + message, 10000);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_compareArea) {
        m_compareArea->setDark(Theme::isDark(palette()));
    }
}

void MainWindow::setColorScheme(const QString &scheme)
{
    m_colorScheme = scheme;
    m_settings.setColorScheme(scheme);
    const bool dark = Theme::apply(scheme);
    m_compareArea->setDark(dark);
}

QAction *MainWindow::addShortcutAction(QMenu *menu, const QString &text, const QKeySequence &key, const QString &name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    if (menu) {
        menu->addAction(action);
    } else {
        addAction(action); // window-wide, without a menu entry
    }
    m_shortcutActions.append(action);
    return action;
}

QString MainWindow::shortcutsText() const
{
    QStringList rows;
    const QList<QAction *> all = findChildren<QAction *>();
    for (QAction *action : all) {
        if (action->shortcut().isEmpty() || action->text().isEmpty()) {
            continue;
        }
        QString text = action->text();
        text.remove(u'&');
        text.remove(u"…"_s);
        rows << u"<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td></tr>"_s.arg(
            text.toHtmlEscaped(), action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
    }
    rows.sort();
    rows.removeDuplicates();
    return u"<table>"_s + rows.join(QString()) + u"</table>"_s;
}

void MainWindow::showShortcuts()
{
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), QString(), QMessageBox::Close, this);
    box.setObjectName(u"shortcutsBox"_s);
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<p>In the prompt: <b>Enter</b> sends, <b>Shift+Enter</b> starts a new line.</p>") + shortcutsText());
    box.exec();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Conversation"), this, &MainWindow::newConversation);
    newAction->setObjectName(u"newConversationAction"_s);
    newAction->setShortcut(QKeySequence::New);
    fileMenu->addSeparator();
    QAction *sendAction
        = addShortcutAction(fileMenu, tr("&Send Prompt"), QKeySequence(Qt::CTRL | Qt::Key_Return), u"sendAction"_s);
    connect(sendAction, &QAction::triggered, this, &MainWindow::sendPrompt);
    QAction *stopAction
        = addShortcutAction(fileMenu, tr("S&top All Answers"), QKeySequence(Qt::Key_Escape), u"stopAction"_s);
    connect(stopAction, &QAction::triggered, this, [this] {
        if (m_session && m_session->isRunning()) {
            m_session->stopAll();
        } else if (m_composer->isEditing()) {
            cancelEdit();
        }
    });
    connect(m_composer, &Composer::stopRequested, stopAction, &QAction::trigger);
    fileMenu->addSeparator();
    QAction *exportAction = fileMenu->addAction(tr("&Export…"), this, &MainWindow::showExport);
    exportAction->setObjectName(u"exportAction"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setEnabled(m_services.database != nullptr);
    QAction *importAction = fileMenu->addAction(tr("&Import…"), this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import Conversations"), QString(), tr("Quorum exports (*.json);;All files (*)"));
        if (!file.isEmpty()) {
            importFile(file);
        }
    });
    importAction->setObjectName(u"importAction"_s);
    importAction->setEnabled(m_services.database != nullptr);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &MainWindow::close);
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    // Edit actions work on whichever text field has the focus (prompt, search box, ...).
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    const auto addEditAction = [this, editMenu](const QString &text, QKeySequence::StandardKey key, const char *slot) {
        QAction *action = editMenu->addAction(text, this, [this, slot] { invokeOnFocusWidget(slot); });
        action->setObjectName(QLatin1StringView(slot) + "Action"_L1);
        // Text fields claim these standard keys first (ShortcutOverride), so the window-wide
        // shortcut only fires where no field handles the key itself.
        action->setShortcut(key);
        return action;
    };
    addEditAction(tr("&Undo"), QKeySequence::Undo, "undo");
    addEditAction(tr("&Redo"), QKeySequence::Redo, "redo");
    editMenu->addSeparator();
    addEditAction(tr("Cu&t"), QKeySequence::Cut, "cut");
    addEditAction(tr("&Copy"), QKeySequence::Copy, "copy");
    addEditAction(tr("&Paste"), QKeySequence::Paste, "paste");
    editMenu->addSeparator();
    addEditAction(tr("Select &All"), QKeySequence::SelectAll, "selectAll");

    editMenu->addSeparator();
    QAction *settingsAction = editMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setEnabled(m_services.canConfigureProviders());

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *searchAction
        = addShortcutAction(viewMenu, tr("&Search Conversations"), QKeySequence::Find, u"searchAction"_s);
    connect(searchAction, &QAction::triggered, this, [this] {
        m_conversationList->show();
        m_conversationList->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_conversationList->searchEdit()->selectAll();
    });
    QAction *focusAction = addShortcutAction(
        viewMenu, tr("F&ocus the Prompt"), QKeySequence(Qt::CTRL | Qt::Key_L), u"focusPromptAction"_s);
    connect(focusAction, &QAction::triggered, m_composer, &Composer::focusPrompt);
    QAction *nextPane
        = addShortcutAction(viewMenu, tr("&Next Answer"), QKeySequence(Qt::ALT | Qt::Key_Right), u"nextPaneAction"_s);
    connect(nextPane, &QAction::triggered, this, [this] { m_compareArea->focusPane(1); });
    QAction *previousPane = addShortcutAction(
        viewMenu, tr("&Previous Answer"), QKeySequence(Qt::ALT | Qt::Key_Left), u"previousPaneAction"_s);
    connect(previousPane, &QAction::triggered, this, [this] { m_compareArea->focusPane(-1); });
    viewMenu->addSeparator();
    QMenu *schemeMenu = viewMenu->addMenu(tr("Colour Sc&heme"));
    auto *schemes = new QActionGroup(this);
    const QList<std::pair<QString, QString>> schemeNames {
        {u"system"_s, tr("Follow the &System")}, {u"light"_s, tr("&Light")}, {u"dark"_s, tr("&Dark")}};
    for (const auto &[scheme, label] : schemeNames) {
        QAction *action = schemeMenu->addAction(label);
        action->setObjectName(u"colorScheme:"_s + scheme);
        action->setCheckable(true);
        action->setChecked(m_settings.colorScheme() == scheme);
        schemes->addAction(action);
        connect(action, &QAction::triggered, this, [this, scheme] { setColorScheme(scheme); });
    }
    viewMenu->addSeparator();
    QAction *blindAction = viewMenu->addAction(tr("&Blind Compare"));
    blindAction->setObjectName(u"blindCompareAction"_s);
    blindAction->setCheckable(true);
    blindAction->setChecked(m_settings.blindCompare());
    blindAction->setToolTip(tr("Hide which model wrote which answer until you pick the best"));
    m_compareArea->setBlind(m_settings.blindCompare());
    connect(blindAction, &QAction::toggled, this, [this](bool on) {
        m_settings.setBlindCompare(on);
        m_compareArea->setBlind(on);
    });
    QAction *leaderboardAction = viewMenu->addAction(tr("&Leaderboard…"), this, &MainWindow::showLeaderboard);
    leaderboardAction->setObjectName(u"leaderboardAction"_s);
    viewMenu->addAction(tr("&Judge Modes…"), this, &MainWindow::showJudgeModes)
        ->setObjectName(u"judgeModesMenuAction"_s);
    QAction *experimentsAction = viewMenu->addAction(tr("E&xperiments…"), this, &MainWindow::showExperiments);
    experimentsAction->setObjectName(u"experimentsAction"_s);
    experimentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    QAction *libraryAction = viewMenu->addAction(tr("Prompt L&ibrary…"), this, [this] { showPromptLibrary(); });
    libraryAction->setObjectName(u"promptLibraryAction"_s);
    libraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    viewMenu->addSeparator();
    m_showConversationListAction = viewMenu->addAction(tr("Show &Conversation List"));
    m_showConversationListAction->setObjectName(u"showConversationListAction"_s);
    m_showConversationListAction->setCheckable(true);
    m_showConversationListAction->setChecked(true);
    m_showConversationListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_showConversationListAction, &QAction::toggled, m_conversationList, &QWidget::setVisible);
    connect(m_showConversationListAction, &QAction::toggled, &m_settings, &Settings::setConversationListVisible);
    viewMenu->addSeparator();
    QAction *fullScreenAction = viewMenu->addAction(tr("&Full Screen"));
    fullScreenAction->setCheckable(true);
    fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcutsAction = addShortcutAction(
        helpMenu, tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), u"shortcutsAction"_s);
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *aboutAction = helpMenu->addAction(tr("&About Quorum"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setMenuRole(QAction::AboutRole);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::invokeOnFocusWidget(const char *slot)
{
    // QLineEdit, QPlainTextEdit and QTextEdit share these slot names.
    if (QWidget *focus = QApplication::focusWidget()) {
        QMetaObject::invokeMethod(focus, slot);
    }
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: a comfortable size for two to three panes, centred on the screen.
        const QRect available = screen()->availableGeometry();
        const QSize size(qMin(1280, available.width() * 9 / 10), qMin(800, available.height() * 9 / 10));
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
        m_mainSplitter->setSizes({260, size.width() - 260});
        m_centreSplitter->setSizes({size.height() - 150, 150});
    }
    restoreState(m_settings.mainWindowState());
    m_mainSplitter->restoreState(m_settings.splitterState(mainSplitterName));
    m_centreSplitter->restoreState(m_settings.splitterState(centreSplitterName));
    m_showConversationListAction->setChecked(m_settings.conversationListVisible());
    m_conversationList->setVisible(m_settings.conversationListVisible());
}

void MainWindow::saveLayout()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setSplitterState(mainSplitterName, m_mainSplitter->saveState());
    m_settings.setSplitterState(centreSplitterName, m_centreSplitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_conversationList->commitDeletes();
    event->accept();
}

void MainWindow::newConversation()
{
    if (m_session) {
        m_session->startNew();
        m_compareArea->reload();
    }
    cancelEdit();
    m_conversationList->setCurrent(0);
    m_composer->setSystemPrompt({});
    m_composer->clear();
    m_composer->focusPrompt();
}

QString MainWindow::aboutText()
{
    return tr("<h3>Quorum %1</h3>"
              "<p>Ask several large language models at once and compare their answers.</p>"
              "<p>Qt %2 (built with %3)<br>KDE Frameworks Syntax Highlighting %4</p>"
              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
        .arg(applicationVersion(),
            QString::fromLatin1(qVersion()),
            QStringLiteral(QT_VERSION_STR),
            QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Quorum"), aboutText());
}

void MainWindow::setStorageNotice(const QString &text)
{
    if (!m_storageNotice) {
        m_storageNotice = new QLabel(this);
        m_storageNotice->setObjectName(u"storageNotice"_s);
        m_storageNotice->setTextFormat(Qt::PlainText);
        m_storageNotice->setAccessibleName(tr("Storage problem"));
        statusBar()->addPermanentWidget(m_storageNotice, 1);
    }
    m_storageNotice->setText(u"⚠ "_s + text);
    m_storageNotice->setVisible(!text.isEmpty());
}

QString MainWindow::storageNotice() const
{
    return m_storageNotice && m_storageNotice->isVisible() ? m_storageNotice->text() : QString();
}

ImportJob *MainWindow::importFile(const QString &fileName)
{
    if (!m_services.database) {
        return nullptr;
    }
    auto *job = new ImportJob(this);
    job->setExaminer(&AttachmentReader::read); // a ChatGPT export's images, attached again
    statusBar()->showMessage(tr("Importing %1…").arg(fileName));
    connect(job, &ImportJob::finished, this, [this, job](bool ok, const QString &summary, const QList<qint64> &ids) {
        m_lastImportSummary = summary;
        statusBar()->showMessage((ok ? QString() : u"⚠ "_s) + summary, 15000);
        // Imported through the job's own connection: the lists notice it now, not in a second.
        m_services.database->changes().checkElsewhere();
        if (ok && ids.size() == 1) {
            openConversation(ids.constFirst());
        }
        auto *box = new QMessageBox(
            ok ? QMessageBox::Information : QMessageBox::Warning, tr("Import"), summary, QMessageBox::Ok, this);
        box->setObjectName(u"importSummary"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): nothing waits on it
        job->deleteLater();
    });
    job->start(m_services.database->path(), fileName);
    return job;
}

ExportDialog *MainWindow::showExport()
{
    auto *dialog = new ExportDialog(m_services.database, m_session ? m_session->conversationId() : 0, this);
    dialog->setSelection(m_conversationList->selectedIds());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::pullModel(const QString &accountId, const QString &model)
{
    const std::optional<ProviderAccount> account = m_dispatcher->account(accountId);
    const QString label = accountId + u'/' + model;
    if (!account || m_pull) {
        m_composer->modelPicker()->setPullEnded(label,
            account ? tr("Another model is being pulled.") : tr("There is no provider account '%1'.").arg(accountId));
        return;
    }
    m_pull = new OllamaModelJob(m_services.network, *account, OllamaModelJob::Operation::Pull, model, this);
    connect(m_pull, &OllamaModelJob::progress, this, [this, label](const QString &step, qint64 done, qint64 total) {
        const QString text
            = total > 0 ? tr("%1% of %2 MB").arg(done * 100 / total).arg(double(total) / 1e6, 0, 'f', 1) : step;
        m_composer->modelPicker()->setPullProgress(label, text);
        statusBar()->showMessage(tr("Pulling %1: %2").arg(label, text));
    });
    connect(m_pull, &OllamaModelJob::finished, this, [this, label, accountId] {
        m_pull->deleteLater();
        m_pull.clear(); // another pull may start at once
        m_composer->modelPicker()->setPullEnded(label, {});
        statusBar()->showMessage(tr("Pulled %1.").arg(label), 5000);
        m_dispatcher->listModels(accountId); // it is on the list from now on
        if (const auto target = ChatTarget::parse(label); target && !m_composer->targets().contains(*target)) {
            m_composer->setTargets(m_composer->targets() << *target);
        }
    });
    connect(m_pull, &OllamaModelJob::failed, this, [this, label](const QString &message) {
        m_pull->deleteLater();
        m_pull.clear(); // another pull may start at once
        m_composer->modelPicker()->setPullEnded(label, message);
        statusBar()->clearMessage();
        showProblem(message);
    });
    m_pull->start();
}

void MainWindow::deleteModel(const QString &accountId, const QString &model)
{
    auto *ask = new QMessageBox(QMessageBox::Question,
        tr("Delete a Model"),
        tr("Delete %1 from %2? Its files are removed from the machine; pulling it again downloads it again.")
            .arg(model, accountId),
        QMessageBox::Cancel,
        this);
    ask->setObjectName(u"deleteModelQuestion"_s);
    QPushButton *remove = ask->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QMessageBox::finished, this, [this, ask, remove, accountId, model] {
        if (ask->clickedButton() != remove) {
            return;
        }
        const std::optional<ProviderAccount> account = m_dispatcher->account(accountId);
        if (!account) {
            return;
        }
        auto *job = new OllamaModelJob(m_services.network, *account, OllamaModelJob::Operation::Delete, model, this);
        const QString label = accountId + u'/' + model;
        connect(job, &OllamaModelJob::finished, this, [this, job, accountId, label] {
            job->deleteLater();
            statusBar()->showMessage(tr("Deleted %1.").arg(label), 5000);
            QList<ChatTarget> targets = m_composer->targets();
            targets.removeIf([&label](const ChatTarget &t) { return t.label() == label; });
            m_composer->setTargets(targets);
            m_dispatcher->listModels(accountId);
        });
        connect(job, &OllamaModelJob::failed, this, [this, job](const QString &message) {
            job->deleteLater();
            showProblem(message);
        });
        job->start();
    });
    ask->open();
}

PromptLibraryDialog *MainWindow::showPromptLibrary(const QString &text)
{
    if (!m_promptLibraryDialog) {
        m_promptLibraryDialog = new PromptLibraryDialog(m_services.database, this);
        m_promptLibraryDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_promptLibraryDialog, &PromptLibraryDialog::useRequested, this, [this](const LibraryPrompt &prompt) {
            raise();
            activateWindow();
            m_composer->useLibraryPrompt(prompt);
        });
    }
    if (!text.trimmed().isEmpty()) {
        m_promptLibraryDialog->startNew(text);
    }
    m_promptLibraryDialog->show();
    m_promptLibraryDialog->raise();
    m_promptLibraryDialog->activateWindow();
    return m_promptLibraryDialog;
}

ExperimentWindow *MainWindow::showExperiments()
{
    if (!m_experiments) {
        // Kept while the main window lives: a run goes on when its window is closed.
        m_experiments = new ExperimentWindow(m_services, this);
        connect(m_experiments, &ExperimentWindow::openConversation, this, [this](qint64 id) {
            openConversation(id);
            raise();
            activateWindow();
        });
    }
    m_experiments->show();
    m_experiments->raise();
    return m_experiments;
}

LeaderboardDialog *MainWindow::showLeaderboard()
{
    if (!m_leaderboard) {
        m_leaderboard = new LeaderboardDialog(m_services.database, this);
        m_leaderboard->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_leaderboard->reload();
    }
    m_leaderboard->show();
    m_leaderboard->raise();
    return m_leaderboard;
}

JudgeModesDialog *MainWindow::showJudgeModes()
{
    if (!m_services.database) {
        showProblem(tr("Judge modes are kept with the conversations, and the database is not open."));
        return nullptr;
    }
    if (!m_judgeModes) {
        m_judgeModes = new JudgeModesDialog(*m_services.database, this);
        m_judgeModes->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_judgeModes->show();
    m_judgeModes->raise();
    return m_judgeModes;
}

SettingsDialog *MainWindow::showSettings()
{
    if (!m_services.canConfigureProviders()) {
        return nullptr;
    }
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_services, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Accounts, keys, model lists and rules changed in Settings reach the window through the
    // core's own signals (ProviderConfig, SecretStore, DatabaseChanges); only the settings
    // that live in the settings file are said here.
    connect(m_settingsDialog,
        &SettingsDialog::networkSettingsChanged,
        this,
        &MainWindow::applyNetworkSettings,
        Qt::UniqueConnection);
    connect(m_settingsDialog,
        &SettingsDialog::composerSettingsChanged,
        this,
        &MainWindow::onComposerSettingsChanged,
        Qt::UniqueConnection);
    connect(m_settingsDialog, &SettingsDialog::toolsChanged, this, &MainWindow::loadToolServers, Qt::UniqueConnection);
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
    return m_settingsDialog;
}

bool MainWindow::needsSetup() const
{
    if (!m_services.providers || m_settings.startedWithOllama()) {
        return false;
    }
    const QList<ProviderAccount> accounts = m_services.providers->accounts();
    return std::ranges::none_of(accounts, [](const ProviderAccount &a) { return a.id != u"ollama"_s; });
}

void MainWindow::updateFirstRun()
{
    // The first-run panel is built only while it is shown: a user with accounts never pays for
    // it (its wrapped text, asked for its height at every layout pass of the stack even when
    // hidden, and its look for a local Ollama server), and it goes once an account is added.
    const bool wanted = m_services.canConfigureProviders() && needsSetup();
    if (wanted && !m_firstRun) {
        const ProviderAccount ollama
            = m_services.providers->find(u"ollama"_s).value_or(ProviderAccount::builtInOllama());
        m_firstRun = new FirstRunPanel(ollama, m_services.network, this);
        m_centreStack->addWidget(m_firstRun);
        connect(m_firstRun, &FirstRunPanel::addProviderRequested, this, [this](const QString &preset) {
            if (SettingsDialog *dialog = showSettings(); dialog && !preset.isEmpty()) {
                dialog->providersPage()->addAccount(preset);
            }
        });
        connect(m_firstRun, &FirstRunPanel::useOllamaRequested, this, [this] {
            m_settings.setStartedWithOllama(true);
            updateFirstRun();
        });
    }
    if (wanted) {
        m_centreStack->setCurrentWidget(m_firstRun);
    } else if (m_firstRun) {
        m_centreStack->setCurrentWidget(m_compareArea);
        m_centreStack->removeWidget(m_firstRun);
        m_firstRun->deleteLater(); // it may be sending the signal that brought us here
        m_firstRun = nullptr;
    }
}

void MainWindow::applyNetworkSettings()
{
    if (m_dispatcher) {
        m_dispatcher->applyNetworkSettings();
    }
}

} // namespace Quorum
