// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#pragma once

#include <functional>
#include <optional>

#include <QHash>
#include <QImage>
#include <QMap>
#include <QTimer>
#include <QWidget>

#include "composer/targetparametersdialog.h"
#include "routing/router.h"
#include "types/attachment.h"
#include "types/chattarget.h"
#include "types/followuppolicy.h"
#include "types/libraryprompt.h"

class QHBoxLayout;
class QMimeData;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Quorum
{

class ModelPicker;
class PromptListModel;

//! A model the picker offers: which account, its display name, and the model.
struct ModelChoice {
    QString accountId;
    QString accountLabel;
    QString model;
    QString displayName;
    QString label() const { return accountId + u'/' + model; }
};

//! An enabled provider account the picker offers: any of its models can be typed as
//! "account/model", listed or not.
struct AccountChoice {
    QString id;
    bool modelsListed = false; //!< false: its models were never listed (the picker offers to)
    bool pullsModels = false;  //!< Ollama: a typed model it does not have can be pulled
};

/*!
 * The composer at the bottom of the main window: the prompt, the models it goes to (chips
 * with the provider's mark and the model's name, each with its own temperature and token
 * limit), saved sets of models, the conversation's system prompt, the estimated input
 * tokens and cost of this prompt with its history for each model, and Send / Stop. Enter
 * sends and Shift+Enter starts a new line (or Ctrl+Enter sends, as configured).
 */
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    struct Estimate {
        qint64 inputTokens = 0;
        std::optional<qint64> costNanos;
        qint64 reasoningTokens = 0; //!< a thinking budget, in the cost
    };
    using Estimator = std::function<Estimate(const QString &prompt, const ChatTarget &target)>;
    /*!
     * Where a prompt goes and why: the routing rules with "Auto" on (\a automatic), and the
     * governance rules (restrict, redact, block) always. \a chosen are the chips.
     */
    using Router = std::function<RouteDecision(const QString &prompt, const QList<ChatTarget> &chosen, bool automatic)>;

    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    QString prompt() const;
    void setPrompt(const QString &text);
    void clear();
    void focusPrompt();

    QList<ChatTarget> targets() const { return m_targets; }
    void setTargets(const QList<ChatTarget> &targets);
    void addTarget(const ChatTarget &target);
    void removeTarget(const QString &label);
    //! What the model picker lists: the listed models, and every enabled account.
    void setModelChoices(const QList<ModelChoice> &choices, const QList<AccountChoice> &accounts);
    void setModelSets(const QMap<QString, QStringList> &sets);
    //! Saves the chosen models with their parameters (variants and a chip's own) as set \a name.
    void saveSet(const QString &name);
    //! Chooses the models of set \a name, each with the parameters it was saved with.
    void useSet(const QString &name);
    QMap<QString, QStringList> modelSets() const { return m_sets; }
    void setEstimator(Estimator estimator);
    //! What the engine would refuse of a target's parameters (shown in the Parameters dialog).
    void setParameterCheck(TargetParametersDialog::Check check) { m_parameterCheck = std::move(check); }
    /*!
     * The saved variants (to start a chip's parameters from) and how to save one: \a save
     * returns why it could not be saved (empty: saved).
     */
    void setVariantLibrary(
        std::function<QList<Variant>()> variants, std::function<QString(const Variant &variant)> save)
    {
        m_variants = std::move(variants);
        m_saveVariant = std::move(save);
    }
    /*!
     * Opens the Parameters dialog of chip \a label (\a again: for a new chip of the same
     * model, under a variant's name); its OK changes or adds the chip and saves a named variant.
     */
    void editParameters(const QString &label, bool again = false);
    void setEnterSends(bool enterSends) { m_enterSends = enterSends; }
    QString systemPrompt() const { return m_systemPrompt; }
    //! \a persona: the library persona \a prompt is the text of (none: typed by hand).
    void setSystemPrompt(const QString &prompt, const std::optional<PromptRef> &persona = std::nullopt);
    std::optional<PromptRef> persona() const { return m_persona; }
    //! What the Library menu offers (null: no library).
    void setPromptLibrary(PromptListModel *library);
    /*!
     * Uses library item \a prompt: a form asks for its {{variables}} (if it has any), then a
     * prompt's text goes into the prompt box, and a persona's becomes the system prompt; each
     * answer sent with them records which version. False: the form was cancelled.
     */
    bool useLibraryPrompt(const LibraryPrompt &prompt);
    //! The library prompt the prompt box's text was filled from (until it is sent or cleared).
    std::optional<PromptRef> libraryPrompt() const { return m_libraryPrompt; }
    //! While answers stream: Stop is offered (Send stays available for the next prompt).
    void setBusy(bool busy);
    bool canSend() const;
    //! "Auto": the router picks the models for each prompt (without rules: the chosen ones).
    bool isAuto() const;
    void setAuto(bool on);
    void setRouter(Router router);
    //! The router's decision for the prompt as it is now.
    RouteDecision route() const;
    //! The models the prompt goes to now: the router's choice with Auto on, else the chips
    //! (less what a governance rule keeps the prompt from).
    QList<ChatTarget> effectiveTargets() const { return route().targets; }
    //! The badge beside Auto: which rule routed the prompt (its tooltip says why).
    QString routeText() const;
    QString routeToolTip() const;
    /*!
     * The user chose the models, and a governance rule changes that (\a route): a bar above
     * the prompt says how and asks; confirmed() says which way the user went.
     */
    void askGovernanceConfirmation(const RouteDecision &route);
    bool isAskingConfirmation() const;
    QString estimateText() const;
    //! Recomputes the estimate now (history or prices changed).
    void refreshEstimate();
    //! Recomputes the estimate after a short pause (typing, opening a conversation).
    void scheduleEstimate() { m_estimateTimer.start(); }
    ModelPicker *modelPicker() const { return m_picker; }
    //! Says above the prompt that sending makes a new branch from an earlier prompt.
    void setEditing(bool editing);
    bool isEditing() const;

    //! Files attached to the next prompt, read (their chips show them).
    QList<Attachment> attachments() const;
    //! A file read for the next prompt: a chip with \a thumbnail (null: the kind's mark),
    //! its name, kind and size, and a remove button. The same content twice is one chip.
    void addAttachment(const Attachment &attachment, const QImage &thumbnail);
    void removeAttachment(int index);
    void clearAttachments();
    //! Files still being read: said beside the chips until they arrive.
    void setReading(const QStringList &names);
    QStringList attachmentsBeingRead() const { return m_reading; }
    //! Why a file could not be attached, above the prompt (what is typed stays).
    void showAttachmentProblem(const QString &message);
    /*!
     * The tool servers there are (their names) and those the conversation uses: the Tools
     * menu ticks them. With \a webSearch, the menu also offers the web search: off, as a tool
     * ("web" in the toolset) or shared ("web:shared": one search, the same results for all).
     */
    void setToolServers(const QStringList &servers, const QStringList &chosen, bool webSearch = false);
    QStringList chosenToolServers() const { return m_chosenTools; }
    QStringList toolServers() const { return m_toolServers; }
    bool webSearchAvailable() const { return m_webSearch; }
    QString attachmentProblem() const;

Q_SIGNALS:
    //! The user chose, dropped or pasted files to attach (read them, then addAttachment()).
    void attachFilesRequested(const QStringList &paths);
    //! An image or text pasted or dropped without a file: \a data named \a name.
    void attachDataRequested(const QByteArray &data, const QString &name);
    void sendRequested(const QString &prompt);
    void stopRequested();
    void targetsChanged(const QList<Quorum::ChatTarget> &targets);
    void modelSetsChanged(const QMap<QString, QStringList> &sets);
    void systemPromptChanged(const QString &prompt);
    //! Library -> Manage…: open the prompt library (\a text: the prompt box's, to save as new).
    void promptLibraryRequested(const QString &text);
    //! The picker opened: a chance to list models not known yet.
    void modelChoicesWanted();
    //! The user asked, in the picker, to list the models of \a accountId.
    void listModelsRequested(const QString &accountId);
    //! The picker's "Pull ACCOUNT/MODEL" row was clicked (again while pulling: cancel).
    void pullModelRequested(const QString &accountId, const QString &model);
    void pullCancelRequested();
    void deleteModelRequested(const QString &accountId, const QString &model);
    void editCancelled();
    //! The user ticked or unticked tool servers in the Tools menu.
    void toolServersChosen(const QStringList &servers);
    //! Tools → Settings…
    void toolSettingsRequested();
    //! From the governance bar: send as the rules say (\a override false) or to the chosen models anyway.
    void governanceConfirmed(bool override);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSendState();
    void updateRoute();
    void rebuildChips();
    void rebuildFileChips();
    //! Files or an image in \a mime (a drop, a paste) are attached; false: it is text.
    bool offerAttachments(const QMimeData *mime);
    void rebuildSetsMenu();
    void rebuildLibraryMenu();

    void send();

    QPlainTextEdit *m_promptEdit = nullptr;
    struct FileChip {
        Attachment attachment;
        QImage thumbnail;
    };
    QList<FileChip> m_files;
    QStringList m_reading;
    QWidget *m_filesRow = nullptr;
    QHBoxLayout *m_fileChips = nullptr;
    QLabel *m_readingLabel = nullptr;
    QLabel *m_attachProblem = nullptr;
    QToolButton *m_attachButton = nullptr;
    QHBoxLayout *m_chips = nullptr;
    QToolButton *m_modelsButton = nullptr;
    QToolButton *m_autoButton = nullptr;
    QLabel *m_routeLabel = nullptr;
    Router m_router;
    QToolButton *m_setsButton = nullptr;
    QToolButton *m_systemButton = nullptr;
    QToolButton *m_libraryButton = nullptr;
    QToolButton *m_toolsButton = nullptr;
    QStringList m_toolServers;
    QStringList m_chosenTools;
    bool m_webSearch = false;
    void rebuildToolsMenu();
    PromptListModel *m_library = nullptr;
    std::optional<PromptRef> m_persona;
    std::optional<PromptRef> m_libraryPrompt;
    QHash<QString, QString> m_lastValues; //!< variable -> the value used last (any library item)
    QLabel *m_targetsLabel = nullptr;
    QLabel *m_estimateLabel = nullptr;
    QWidget *m_editBar = nullptr;
    QWidget *m_governanceBar = nullptr;
    QLabel *m_governanceLabel = nullptr;
    QPushButton *m_asRulesButton = nullptr;
    QPushButton *m_overrideButton = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    ModelPicker *m_picker = nullptr;
    QList<ChatTarget> m_targets;
    QList<ModelChoice> m_choices;
    QList<AccountChoice> m_accounts;
    QMap<QString, QStringList> m_sets;
    QString m_systemPrompt;
    Estimator m_estimator;
    QTimer m_estimateTimer;
    bool m_enterSends = true;
    TargetParametersDialog::Check m_parameterCheck;
    std::function<QList<Variant>()> m_variants;
    std::function<QString(const Variant &)> m_saveVariant;
};

} // namespace Quorum
