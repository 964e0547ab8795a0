// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "composer/composer.h"

#include <QActionGroup>
#include <QBuffer>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "composer/modelpicker.h"
#include "library/promptvariablesdialog.h"
#include "models/promptlistmodel.h"
#include "providers/bedrockconverse.h"
#include "theme/theme.h"
#include "tools/websearchtool.h"
#include "types/modelprice.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr int promptMinimumHeight = 48;
} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"composer"_s);

    m_promptEdit = new QPlainTextEdit(this);
    m_promptEdit->setObjectName(u"promptEdit"_s);
    m_promptEdit->setPlaceholderText(tr("Ask anything… (Enter sends, Shift+Enter for a new line)"));
    m_promptEdit->setAccessibleName(tr("Prompt"));
    m_promptEdit->setTabChangesFocus(true);
    m_promptEdit->installEventFilter(this);
    m_promptEdit->viewport()->installEventFilter(this); // files dropped on the prompt
    setAcceptDrops(true);
    installEventFilter(this); // and anywhere else on the composer

    m_attachButton = new QToolButton(this);
    m_attachButton->setObjectName(u"attachButton"_s);
    m_attachButton->setText(tr("Attach"));
    m_attachButton->setIcon(QIcon::fromTheme(u"mail-attachment"_s));
    m_attachButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_attachButton->setAccessibleName(tr("Attach files"));
    m_attachButton->setToolTip(
        tr("Attach images, PDFs or text files; each model receives what it can read of them. You can also drop "
           "files here or paste an image."));
    connect(m_attachButton, &QToolButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this,
            tr("Attach Files"),
            QString(),
            tr("Images, PDFs and text (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.pdf *.txt *.md *.csv *.json *.xml "
               "*.html *.py *.cpp *.h *.js *.ts *.rs *.go *.java *.sql *.yaml *.yml *.toml);;All files (*)"));
        if (!paths.isEmpty()) {
            Q_EMIT attachFilesRequested(paths);
        }
    });
    m_filesRow = new QWidget(this);
    m_filesRow->setObjectName(u"attachmentsRow"_s);
    m_fileChips = new QHBoxLayout;
    m_fileChips->setSpacing(6);
    m_readingLabel = new QLabel(m_filesRow);
    m_readingLabel->setObjectName(u"readingLabel"_s);
    m_readingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_readingLabel->hide();
    auto *filesLayout = new QHBoxLayout(m_filesRow);
    filesLayout->setContentsMargins(0, 0, 0, 0);
    filesLayout->addLayout(m_fileChips);
    filesLayout->addWidget(m_readingLabel);
    filesLayout->addStretch(1);
    m_filesRow->hide();
    m_attachProblem = new QLabel(this);
    m_attachProblem->setObjectName(u"attachmentProblem"_s);
    m_attachProblem->setTextFormat(Qt::PlainText);
    m_attachProblem->setWordWrap(true);
    m_attachProblem->setForegroundRole(QPalette::Link);
    m_attachProblem->hide();

    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    m_targetsLabel = new QLabel(this);
    m_targetsLabel->setObjectName(u"targetsLabel"_s);
    m_targetsLabel->setForegroundRole(QPalette::PlaceholderText);

    m_autoButton = new QToolButton(this);
    m_autoButton->setObjectName(u"autoButton"_s);
    m_autoButton->setText(tr("Auto"));
    m_autoButton->setCheckable(true);
    m_autoButton->setAccessibleName(tr("Choose models automatically"));
    m_autoButton->setToolTip(tr("Let the routing rules choose the models for each prompt"));
    m_routeLabel = new QLabel(this);
    m_routeLabel->setObjectName(u"routeLabel"_s);
    m_routeLabel->setTextFormat(Qt::PlainText);
    m_routeLabel->setForegroundRole(QPalette::Link);
    m_routeLabel->hide();
    connect(m_autoButton, &QToolButton::toggled, this, [this] {
        updateRoute();
        updateSendState();
        refreshEstimate();
    });
    // Without a router (no rules to read) every prompt goes to the chosen models.
    m_router = [](const QString &prompt, const QList<ChatTarget> &chosen, bool automatic) {
        RouteContext context;
        context.prompt = prompt;
        context.selection = chosen;
        context.governanceOnly = !automatic;
        return Quorum::Router().decide(context);
    };

    m_modelsButton = new QToolButton(this);
    m_modelsButton->setObjectName(u"modelPickerButton"_s);
    m_modelsButton->setText(tr("+ Models"));
    m_modelsButton->setAccessibleName(tr("Choose models"));
    m_modelsButton->setToolTip(tr("Choose the models that answer (Ctrl+M)"));
    m_modelsButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_picker = new ModelPicker(this);
    connect(m_modelsButton, &QToolButton::clicked, this, [this] {
        Q_EMIT modelChoicesWanted();
        setModelChoices(m_choices, m_accounts);
        m_picker->popup(m_modelsButton->mapToGlobal(QPoint(0, 0)));
    });
    connect(m_picker, &ModelPicker::listModelsRequested, this, &Composer::listModelsRequested);
    connect(m_picker, &ModelPicker::pullRequested, this, &Composer::pullModelRequested);
    connect(m_picker, &ModelPicker::pullCancelRequested, this, &Composer::pullCancelRequested);
    connect(m_picker, &ModelPicker::deleteRequested, this, &Composer::deleteModelRequested);
    connect(m_picker, &ModelPicker::toggled, this, [this](const QString &label, bool chosen) {
        if (chosen) {
            if (const auto target = ChatTarget::parse(label)) {
                addTarget(*target);
            }
        } else {
            removeTarget(label);
        }
    });

    m_setsButton = new QToolButton(this);
    m_setsButton->setObjectName(u"modelSetsButton"_s);
    m_setsButton->setText(tr("Sets"));
    m_setsButton->setAccessibleName(tr("Saved sets of models"));
    m_setsButton->setToolTip(tr("Choose a saved set of models, or save the current ones as a set"));
    m_setsButton->setPopupMode(QToolButton::InstantPopup);
    m_setsButton->setMenu(new QMenu(m_setsButton));
    rebuildSetsMenu();

    m_systemButton = new QToolButton(this);
    m_systemButton->setObjectName(u"systemPromptButton"_s);
    m_systemButton->setText(tr("System"));
    m_systemButton->setAccessibleName(tr("System prompt"));
    m_systemButton->setCheckable(true);
    connect(m_systemButton, &QToolButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this,
            tr("System Prompt"),
            tr("Instructions every model gets with this conversation:"),
            m_systemPrompt,
            &ok);
        if (ok) {
            setSystemPrompt(text, text == m_systemPrompt ? m_persona : std::nullopt); // edited: no longer the persona
            Q_EMIT systemPromptChanged(m_systemPrompt);
        }
        m_systemButton->setChecked(!m_systemPrompt.isEmpty());
    });

    m_libraryButton = new QToolButton(this);
    m_libraryButton->setObjectName(u"libraryButton"_s);
    m_libraryButton->setText(tr("Library"));
    m_libraryButton->setAccessibleName(tr("Prompt library"));
    m_libraryButton->setToolTip(tr("Use a saved prompt or persona, or manage the library (Ctrl+Shift+P)"));
    m_libraryButton->setPopupMode(QToolButton::InstantPopup);
    m_libraryButton->setMenu(new QMenu(m_libraryButton));
    connect(m_libraryButton->menu(), &QMenu::aboutToShow, this, &Composer::rebuildLibraryMenu);

    m_toolsButton = new QToolButton(this);
    m_toolsButton->setObjectName(u"toolsButton"_s);
    m_toolsButton->setAccessibleName(tr("Tools the models may call"));
    m_toolsButton->setToolTip(tr("Which tool servers the models of this conversation may call"));
    m_toolsButton->setPopupMode(QToolButton::InstantPopup);
    m_toolsButton->setMenu(new QMenu(m_toolsButton));
    m_toolsButton->hide(); // until there are servers
    connect(m_toolsButton->menu(), &QMenu::aboutToShow, this, &Composer::rebuildToolsMenu);
    setToolServers({}, {});

    m_estimateLabel = new QLabel(this);
    m_estimateLabel->setObjectName(u"estimateLabel"_s);
    m_estimateLabel->setTextFormat(Qt::PlainText);
    m_estimateLabel->setForegroundRole(QPalette::PlaceholderText);
    m_estimateLabel->setWordWrap(true);

    m_sendButton = new QPushButton(tr("Send"), this);
    m_sendButton->setObjectName(u"sendButton"_s);
    m_sendButton->setAccessibleName(tr("Send prompt"));
    m_sendButton->setDefault(true);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(u"stopButton"_s);
    m_stopButton->setAccessibleName(tr("Stop all answers"));
    m_stopButton->setToolTip(tr("Stop every answer still streaming (Esc)"));
    m_stopButton->setEnabled(false);
    connect(m_stopButton, &QPushButton::clicked, this, &Composer::stopRequested);

    connect(m_promptEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_promptEdit->document()->isEmpty()) {
            m_libraryPrompt.reset(); // a new prompt is typed from scratch
        }
        updateSendState();
        if (isAuto()) {
            m_estimateTimer.start(); // the route is worked out with the estimate, after a pause
        }
        m_estimateTimer.start();
    });
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);
    m_estimateTimer.setSingleShot(true);
    m_estimateTimer.setInterval(150);
    connect(&m_estimateTimer, &QTimer::timeout, this, &Composer::refreshEstimate);

    m_editBar = new QWidget(this);
    m_editBar->setObjectName(u"editBar"_s);
    auto *editLabel = new QLabel(tr("Editing an earlier prompt: sending starts a new branch from there."), m_editBar);
    editLabel->setForegroundRole(QPalette::Link);
    auto *cancelEdit = new QPushButton(tr("Cancel Editing"), m_editBar);
    cancelEdit->setObjectName(u"cancelEditButton"_s);
    cancelEdit->setAccessibleName(tr("Cancel editing"));
    connect(cancelEdit, &QPushButton::clicked, this, [this] {
        setEditing(false);
        Q_EMIT editCancelled();
    });
    auto *editLayout = new QHBoxLayout(m_editBar);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(editLabel, 1);
    editLayout->addWidget(cancelEdit);
    m_editBar->hide();

    // Governance rules cannot be skipped silently: when they change what the user chose,
    // this bar says how and asks before anything is sent.
    m_governanceBar = new QFrame(this);
    m_governanceBar->setObjectName(u"governanceBar"_s);
    m_governanceLabel = new QLabel(m_governanceBar);
    m_governanceLabel->setObjectName(u"governanceLabel"_s);
    m_governanceLabel->setTextFormat(Qt::PlainText);
    m_governanceLabel->setWordWrap(true);
    m_asRulesButton = new QPushButton(tr("Send as the Rules Say"), m_governanceBar);
    m_asRulesButton->setObjectName(u"sendAsRulesButton"_s);
    m_asRulesButton->setAccessibleName(tr("Send as the routing rules say"));
    m_overrideButton = new QPushButton(tr("Send to My Choice Anyway"), m_governanceBar);
    m_overrideButton->setObjectName(u"overrideRulesButton"_s);
    m_overrideButton->setAccessibleName(tr("Send to the models I chose, past the rules"));
    auto *cancelGovernance = new QPushButton(tr("Cancel"), m_governanceBar);
    cancelGovernance->setObjectName(u"cancelGovernanceButton"_s);
    cancelGovernance->setAccessibleName(tr("Do not send"));
    connect(m_asRulesButton, &QPushButton::clicked, this, [this] {
        m_governanceBar->hide();
        Q_EMIT governanceConfirmed(false);
    });
    connect(m_overrideButton, &QPushButton::clicked, this, [this] {
        m_governanceBar->hide();
        Q_EMIT governanceConfirmed(true);
    });
    connect(cancelGovernance, &QPushButton::clicked, m_governanceBar, &QWidget::hide);
    auto *governanceLayout = new QHBoxLayout(m_governanceBar);
    governanceLayout->setContentsMargins(0, 0, 0, 0);
    governanceLayout->addWidget(m_governanceLabel, 1);
    governanceLayout->addWidget(m_asRulesButton);
    governanceLayout->addWidget(m_overrideButton);
    governanceLayout->addWidget(cancelGovernance);
    m_governanceBar->hide();

    auto *targetsRow = new QHBoxLayout;
    targetsRow->addWidget(m_autoButton);
    targetsRow->addWidget(m_routeLabel);
    targetsRow->addLayout(m_chips);
    targetsRow->addWidget(m_targetsLabel);
    targetsRow->addWidget(m_modelsButton);
    targetsRow->addWidget(m_setsButton);
    targetsRow->addStretch(1);
    targetsRow->addWidget(m_attachButton);
    targetsRow->addWidget(m_libraryButton);
    targetsRow->addWidget(m_toolsButton);
    targetsRow->addWidget(m_systemButton);

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_estimateLabel, 1);
    sendRow->addWidget(m_stopButton);
    sendRow->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(m_editBar);
    layout->addWidget(m_governanceBar);
    layout->addLayout(targetsRow);
    layout->addWidget(m_attachProblem);
    layout->addWidget(m_filesRow);
    layout->addWidget(m_promptEdit, 1);
    layout->addLayout(sendRow);

    // The composer's least height is its rows' and a few lines of prompt: shown chips add to
    // it (the window gives them room) rather than being squeezed.
    m_promptEdit->setMinimumHeight(promptMinimumHeight);
    rebuildChips();
}

Composer::~Composer() = default;

QString Composer::prompt() const
{
    return m_promptEdit->toPlainText();
}

void Composer::setPrompt(const QString &text)
{
    m_promptEdit->setPlainText(text);
}

void Composer::clear()
{
    m_promptEdit->clear();
    clearAttachments();
}

QList<Attachment> Composer::attachments() const
{
    QList<Attachment> list;
    for (const FileChip &chip : m_files) {
        list.append(chip.attachment);
    }
    return list;
}

void Composer::addAttachment(const Attachment &attachment, const QImage &thumbnail)
{
    m_reading.removeOne(attachment.name);
    m_attachProblem->hide();
    if (std::ranges::none_of(
            m_files, [&](const FileChip &chip) { return chip.attachment.sha256 == attachment.sha256; })) {
        m_files.append({attachment, thumbnail});
    }
    rebuildFileChips();
    m_estimateTimer.start(); // the files cost tokens too
    updateRoute();           // and the rules read them
}

void Composer::removeAttachment(int index)
{
    if (index >= 0 && index < m_files.size()) {
        m_files.removeAt(index);
        rebuildFileChips();
        m_estimateTimer.start();
        updateRoute();
    }
}

void Composer::clearAttachments()
{
    if (!m_files.isEmpty()) {
        m_files.clear();
        rebuildFileChips();
    }
    m_attachProblem->hide();
}

void Composer::setReading(const QStringList &names)
{
    m_reading = names;
    rebuildFileChips();
}

void Composer::showAttachmentProblem(const QString &message)
{
    m_attachProblem->setText(message);
    m_attachProblem->show();
}

QString Composer::attachmentProblem() const
{
    return m_attachProblem->isVisibleTo(this) ? m_attachProblem->text() : QString();
}

void Composer::rebuildFileChips()
{
    while (QLayoutItem *item = m_fileChips->takeAt(0)) {
        // Later: this may run from a chip's own remove button, still inside its click.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    for (int i = 0; i < m_files.size(); ++i) {
        const Attachment &a = m_files.at(i).attachment;
        auto *chip = new QFrame(m_filesRow);
        chip->setObjectName(u"fileChip"_s);
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setAccessibleName(tr("Attached: %1").arg(a.name));
        auto *mark = new QLabel(chip);
        mark->setObjectName(u"fileChipThumbnail"_s);
        mark->setFixedSize(36, 36);
        mark->setAlignment(Qt::AlignCenter);
        if (const QImage &thumbnail = m_files.at(i).thumbnail; !thumbnail.isNull()) {
            const qreal ratio = devicePixelRatioF();
            QPixmap pixmap = QPixmap::fromImage(
                thumbnail.scaled(QSize(36, 36) * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
            pixmap.setDevicePixelRatio(ratio);
            mark->setPixmap(pixmap);
        } else {
            mark->setText(a.kind == AttachmentKind::Pdf ? u"PDF"_s : u"TXT"_s);
            mark->setFrameShape(QFrame::Box);
        }
        const QString detail = attachmentDescription(a);
        auto *name = new QLabel(chip);
        name->setTextFormat(Qt::PlainText);
        name->setText(QFontMetrics(name->font()).elidedText(a.name, Qt::ElideMiddle, 180));
        name->setToolTip(a.name);
        auto *details = new QLabel(detail, chip);
        details->setForegroundRole(QPalette::PlaceholderText);
        auto *texts = new QVBoxLayout;
        texts->setSpacing(0);
        texts->addWidget(name);
        texts->addWidget(details);
        auto *remove = new QToolButton(chip);
        remove->setObjectName(u"removeFileButton"_s);
        remove->setText(u"✕"_s);
        remove->setAutoRaise(true);
        remove->setAccessibleName(tr("Remove %1").arg(a.name));
        remove->setToolTip(tr("Remove %1").arg(a.name));
        connect(remove, &QToolButton::clicked, this, [this, i] { removeAttachment(i); });
        auto *row = new QHBoxLayout(chip);
        row->setContentsMargins(4, 3, 2, 3);
        row->setSpacing(6);
        row->addWidget(mark);
        row->addLayout(texts);
        row->addWidget(remove);
        m_fileChips->addWidget(chip);
    }
    m_readingLabel->setText(m_reading.isEmpty() ? QString() : tr("Reading %1…").arg(m_reading.join(u", "_s)));
    m_readingLabel->setVisible(!m_reading.isEmpty());
    m_filesRow->setVisible(!m_files.isEmpty() || !m_reading.isEmpty());
}

bool Composer::offerAttachments(const QMimeData *mime)
{
    if (!mime) {
        return false;
    }
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty()) {
        Q_EMIT attachFilesRequested(paths);
        return true;
    }
    if (mime->hasImage()) {
        // A screenshot on the clipboard: sent as the PNG it becomes here.
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.isNull() && image.save(&buffer, "PNG")) {
            Q_EMIT attachDataRequested(png, tr("pasted image.png"));
            return true;
        }
    }
    return false;
}

void Composer::focusPrompt()
{
    m_promptEdit->setFocus(Qt::OtherFocusReason);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    // Files dropped on the composer or its prompt are attached; dropped text is typed.
    if (watched == this || watched == m_promptEdit->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (drag->mimeData()->hasUrls() || drag->mimeData()->hasImage()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            if (offerAttachments(drop->mimeData())) {
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    // Pasting an image or copied files attaches them; pasting text types it.
    if (watched == m_promptEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        // Copied files count even with text beside them: a file manager offers their paths as text too.
        const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
        const bool files
            = clipboard && clipboard->hasUrls() && std::ranges::all_of(clipboard->urls(), &QUrl::isLocalFile);
        if (clipboard && (!clipboard->hasText() || files) && offerAttachments(clipboard)) {
            return true;
        }
    }
    if (watched == m_promptEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
            const bool sends = m_enterSends ? mods == Qt::NoModifier : mods == Qt::ControlModifier;
            if (sends) {
                send();
                return true;
            }
            if (m_enterSends && mods == Qt::ShiftModifier) {
                m_promptEdit->insertPlainText(u"\n"_s);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::send()
{
    m_governanceBar->hide();
    updateRoute();
    if (canSend()) {
        Q_EMIT sendRequested(prompt());
    }
}

void Composer::setTargets(const QList<ChatTarget> &targets)
{
    m_targets.clear();
    for (const ChatTarget &t : targets) {
        if (std::ranges::none_of(m_targets, [&t](const ChatTarget &o) { return o.label() == t.label(); })) {
            m_targets.append(t);
        }
    }
    rebuildChips();
    Q_EMIT targetsChanged(m_targets);
}

void Composer::addTarget(const ChatTarget &target)
{
    if (std::ranges::any_of(m_targets, [&target](const ChatTarget &t) { return t.label() == target.label(); })) {
        return;
    }
    m_targets.append(target);
    rebuildChips();
    Q_EMIT targetsChanged(m_targets);
}

void Composer::removeTarget(const QString &label)
{
    if (m_targets.removeIf([&label](const ChatTarget &t) { return t.label() == label; }) > 0) {
        rebuildChips();
        Q_EMIT targetsChanged(m_targets);
    }
}

void Composer::setModelChoices(const QList<ModelChoice> &choices, const QList<AccountChoice> &accounts)
{
    m_choices = choices;
    m_accounts = accounts;
    QStringList chosen;
    for (const ChatTarget &t : std::as_const(m_targets)) {
        chosen.append(t.label());
    }
    m_picker->setChoices(choices, chosen, accounts);
}

void Composer::setModelSets(const QMap<QString, QStringList> &sets)
{
    m_sets = sets;
    rebuildSetsMenu();
}

void Composer::saveSet(const QString &name)
{
    // A chip's own parameters (named as a variant or not) are kept with the set, so using it
    // again asks each model as it was asked: a plain label, or {"target", "parameters"}.
    QStringList entries;
    for (const ChatTarget &t : std::as_const(m_targets)) {
        entries.append(t.parameters.isEmpty()
                ? t.label()
                : QString::fromUtf8(
                      QJsonDocument(QJsonObject {{u"target"_s, t.label()}, {u"parameters"_s, t.parameters.toJson()}})
                          .toJson(QJsonDocument::Compact)));
    }
    m_sets.insert(name, entries);
    rebuildSetsMenu();
    Q_EMIT modelSetsChanged(m_sets);
}

void Composer::useSet(const QString &name)
{
    QList<ChatTarget> targets;
    for (const QString &entry : m_sets.value(name)) {
        if (!entry.startsWith(u'{')) {
            if (const auto target = ChatTarget::parse(entry)) {
                targets.append(*target);
            }
            continue;
        }
        const QJsonObject json = QJsonDocument::fromJson(entry.toUtf8()).object();
        if (auto target = ChatTarget::parse(json.value(u"target"_s).toString())) {
            target->parameters = GenerationParameters::fromJson(json.value(u"parameters"_s).toObject())
                                     .value_or(GenerationParameters {});
            targets.append(*target);
        }
    }
    setTargets(targets);
}

void Composer::rebuildSetsMenu()
{
    QMenu *menu = m_setsButton->menu();
    menu->clear();
    for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it) {
        const QString name = it.key();
        QAction *use = menu->addAction(tr("%1 (%n model(s))", nullptr, static_cast<int>(it.value().size())).arg(name));
        use->setObjectName(u"useSet:"_s + name);
        QStringList labels;
        for (const QString &entry : it.value()) {
            labels << (entry.startsWith(u'{')
                    ? QJsonDocument::fromJson(entry.toUtf8())[u"target"_s].toString() + u" (…)"_s
                    : entry);
        }
        use->setToolTip(labels.join(u", "_s));
        connect(use, &QAction::triggered, this, [this, name] { useSet(name); });
    }
    if (!m_sets.isEmpty()) {
        menu->addSeparator();
    }
    QAction *save = menu->addAction(tr("Save Current Models as a Set…"));
    save->setObjectName(u"saveSetAction"_s);
    save->setEnabled(!m_targets.isEmpty());
    connect(save, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Save Models as a Set"), tr("Name of the set:"), QLineEdit::Normal, tr("My set"), &ok)
                                 .trimmed();
        if (!ok || name.isEmpty()) {
            return;
        }
        saveSet(name);
    });
    if (!m_sets.isEmpty()) {
        QMenu *remove = menu->addMenu(tr("Delete a Set"));
        for (auto it = m_sets.cbegin(); it != m_sets.cend(); ++it) {
            const QString name = it.key();
            remove->addAction(name, this, [this, name] {
                m_sets.remove(name);
                rebuildSetsMenu();
                Q_EMIT modelSetsChanged(m_sets);
            });
        }
    }
}

void Composer::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const ChatTarget &target : std::as_const(m_targets)) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(u"targetChip"_s);
        chip->setProperty("target", target.label());
        // A Bedrock ARN (prompt router, profile) by its last part; the whole stays in the tooltip.
        QString text = BedrockConverse::modelIdFromArn(target.model);
        if (!target.variant.isEmpty()) {
            text += u" #"_s + target.variant;
        }
        if (const QString extras = target.parameters.summary(); !extras.isEmpty()) {
            text += u" ("_s + extras + u')';
        }
        chip->setText(text);
        chip->setIcon(Theme::accountIcon(target.accountId, devicePixelRatioF()));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        QString tip = tr("%1 — click for its parameters or to remove it").arg(target.label());
        if (const QString summary = target.parameters.summary(); !summary.isEmpty()) {
            tip += u'\n' + summary;
        }
        chip->setToolTip(tip);
        chip->setAccessibleName(tr("Model %1").arg(target.label()));
        chip->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(chip);
        const QString label = target.label();
        // After the menu closes, as for Remove: the chip that owns it is rebuilt.
        menu->addAction(tr("Parameters…"),
                this,
                [this, label] {
                    QMetaObject::invokeMethod(this, [this, label] { editParameters(label); }, Qt::QueuedConnection);
                })
            ->setObjectName(u"parametersAction"_s);
        menu->addAction(tr("Add Again as a Variant…"),
                this,
                [this, label] {
                    QMetaObject::invokeMethod(
                        this, [this, label] { editParameters(label, true); }, Qt::QueuedConnection);
                })
            ->setObjectName(u"addVariantAction"_s);
        menu->addSeparator();
        menu->addAction(tr("Remove"),
                this,
                [this, label] {
                    // After the menu closes: the chip that owns it is deleted by the rebuild.
                    QMetaObject::invokeMethod(this, [this, label] { removeTarget(label); }, Qt::QueuedConnection);
                })
            ->setObjectName(u"removeTargetAction"_s);
        chip->setMenu(menu);
        m_chips->addWidget(chip);
    }
    m_targetsLabel->setText(m_targets.isEmpty() ? tr("No models chosen") : QString());
    m_targetsLabel->setVisible(m_targets.isEmpty());
    QStringList chosen;
    for (const ChatTarget &t : std::as_const(m_targets)) {
        chosen.append(t.label());
    }
    m_picker->setChosen(chosen);
    rebuildSetsMenu();
    updateSendState();
    // After a pause, as for typing: the estimate reads the conversation's whole branch, and
    // opening a long conversation sets its models before its first paint.
    scheduleEstimate();
}

void Composer::editParameters(const QString &label, bool again)
{
    const auto it = std::ranges::find_if(m_targets, [&label](const ChatTarget &t) { return t.label() == label; });
    if (it == m_targets.end()) {
        return;
    }
    ChatTarget start = *it;
    if (again) {
        start.variant.clear(); // a new chip of the same model: a name of its own
    }
    auto *dialog = new TargetParametersDialog(
        start, m_variants ? m_variants() : QList<Variant> {}, m_parameterCheck, again, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, label, again] {
        const ChatTarget edited = dialog->target();
        if (edited.label() != label
            && std::ranges::any_of(m_targets, [&edited](const ChatTarget &t) { return t.label() == edited.label(); })) {
            QMessageBox::warning(
                this, tr("Parameters"), tr("%1 is chosen already: give the variant another name.").arg(edited.label()));
            return;
        }
        if (!edited.variant.isEmpty() && m_saveVariant) {
            if (const QString problem = m_saveVariant(Variant {edited.variant, edited.parameters, 1, 0});
                !problem.isEmpty()) {
                QMessageBox::warning(this, tr("Parameters"), tr("The variant could not be saved: %1").arg(problem));
                return;
            }
        }
        if (again) {
            m_targets.append(edited);
        } else if (const auto at
            = std::ranges::find_if(m_targets, [&label](const ChatTarget &t) { return t.label() == label; });
            at != m_targets.end()) {
            *at = edited;
        }
        rebuildChips();
        Q_EMIT targetsChanged(m_targets);
    });
    dialog->open();
}

void Composer::setEstimator(Estimator estimator)
{
    m_estimator = std::move(estimator);
    refreshEstimate();
}

void Composer::setSystemPrompt(const QString &prompt, const std::optional<PromptRef> &persona)
{
    m_systemPrompt = prompt;
    m_persona = prompt.isEmpty() ? std::nullopt : persona;
    m_systemButton->setChecked(!prompt.isEmpty());
    m_systemButton->setText(m_persona ? tr("Persona: %1").arg(m_persona->name) : tr("System"));
    m_systemButton->setToolTip(prompt.isEmpty() ? tr("Set a system prompt for this conversation")
            : m_persona                         ? tr("Persona %1: %2").arg(m_persona->label(), prompt.left(200))
                                                : tr("System prompt: %1").arg(prompt.left(200)));
    // After a pause, as typing does: opening a conversation sets its system prompt, and the
    // estimate reads the whole branch (48 ms for 2,000 turns, before the first paint).
    scheduleEstimate();
}

void Composer::setPromptLibrary(PromptListModel *library)
{
    m_library = library;
}

void Composer::rebuildLibraryMenu()
{
    QMenu *menu = m_libraryButton->menu();
    menu->clear();
    const auto addItems = [this, menu](LibraryPrompt::Kind kind, const QString &title) {
        menu->addSection(title);
        int added = 0;
        for (int row = 0; m_library && row < m_library->rowCount(); ++row) {
            const LibraryPrompt &item = m_library->at(row);
            if (item.kind != kind) {
                continue;
            }
            QAction *action = menu->addAction(tr("%1 (v%2)").arg(item.name).arg(item.version));
            action->setToolTip(item.text.left(300));
            connect(action, &QAction::triggered, this, [this, item] { useLibraryPrompt(item); });
            ++added;
        }
        if (added == 0) {
            menu->addAction(kind == LibraryPrompt::Kind::Persona ? tr("No personas yet") : tr("No prompts yet"))
                ->setEnabled(false);
        }
    };
    menu->setToolTipsVisible(true);
    addItems(LibraryPrompt::Kind::Prompt, tr("Prompts"));
    addItems(LibraryPrompt::Kind::Persona, tr("Personas"));
    menu->addSeparator();
    QAction *manage = menu->addAction(tr("&Manage Prompt Library…"));
    connect(manage, &QAction::triggered, this, [this] { Q_EMIT promptLibraryRequested(QString()); });
    QAction *save = menu->addAction(tr("&Save This Prompt to the Library…"));
    save->setEnabled(!m_promptEdit->toPlainText().trimmed().isEmpty());
    connect(save, &QAction::triggered, this, [this] { Q_EMIT promptLibraryRequested(m_promptEdit->toPlainText()); });
}

bool Composer::useLibraryPrompt(const LibraryPrompt &prompt)
{
    QString text = prompt.text;
    if (!prompt.variables().isEmpty()) {
        PromptVariablesDialog form(prompt, m_lastValues, this);
        if (form.exec() != QDialog::Accepted) {
            return false;
        }
        m_lastValues.insert(form.values());
        text = form.filledText();
    }
    if (prompt.kind == LibraryPrompt::Kind::Persona) {
        setSystemPrompt(text, prompt.ref());
        Q_EMIT systemPromptChanged(m_systemPrompt);
    } else {
        m_promptEdit->setPlainText(text);
        m_libraryPrompt = prompt.ref();
        focusPrompt();
    }
    return true;
}

void Composer::setEditing(bool editing)
{
    m_editBar->setVisible(editing);
}

bool Composer::isEditing() const
{
    return m_editBar->isVisibleTo(this);
}

void Composer::setBusy(bool busy)
{
    m_stopButton->setEnabled(busy);
}

bool Composer::canSend() const
{
    // A prompt a rule blocks can still be sent: the window says why (and may ask).
    return (isAuto() || !m_targets.isEmpty()) && !prompt().trimmed().isEmpty();
}

bool Composer::isAuto() const
{
    return m_autoButton->isChecked();
}

void Composer::setAuto(bool on)
{
    m_autoButton->setChecked(on);
}

void Composer::setRouter(Router router)
{
    m_router = std::move(router);
    updateRoute();
}

RouteDecision Composer::route() const
{
    return m_router(prompt(), m_targets, isAuto());
}

QString Composer::routeText() const
{
    return m_routeLabel->isVisibleTo(this) ? m_routeLabel->text() : QString();
}

QString Composer::routeToolTip() const
{
    return m_routeLabel->toolTip();
}

namespace
{
QString modelNames(const QList<ChatTarget> &targets, const QString &separator)
{
    QStringList names;
    for (const ChatTarget &t : targets) {
        names << BedrockConverse::modelIdFromArn(t.model);
    }
    return names.join(separator);
}

QString explanation(const RouteDecision &route)
{
    QStringList lines {route.blocked ? route.message : route.summary()};
    if (!route.redaction.isEmpty()) {
        QStringList placeholders;
        for (const auto &[placeholder, original] : route.redaction.placeholders) {
            placeholders << placeholder;
        }
        lines << QCoreApplication::translate("Quorum::Composer", "Sent with placeholders (restored in the answers): %1")
                     .arg(placeholders.join(u", "_s));
    }
    lines << QString();
    for (const QString &reason : route.reasons) {
        lines << u"• "_s + reason;
    }
    return lines.join(u'\n');
}
} // namespace

void Composer::updateRoute()
{
    if (!m_router) {
        m_routeLabel->hide();
        return;
    }
    const RouteDecision route = this->route();
    // With Auto off the badge only appears when a governance rule changes the choice.
    if (!isAuto() && !route.overridesSelection()) {
        m_routeLabel->hide();
        return;
    }
    const QString separator = route.action == Action::Type::Fallback ? u" → "_s : u", "_s;
    QString text;
    if (route.blocked) {
        // ⊘ rather than ⛔: DejaVu Sans, the fallback font of most Linux desktops, has no ⛔.
        text = tr("⊘ %1").arg(route.rule.isEmpty() || route.rule == "default"_L1 ? route.message : route.rule);
    } else if (!isAuto()) {
        text = tr("⚠ %1").arg(route.governedBy.join(u", "_s));
    } else if (route.rule == "default"_L1) {
        text = tr("→ %1").arg(modelNames(route.targets, separator));
    } else {
        text = tr("→ %1: %2").arg(route.rule, modelNames(route.targets, separator));
    }
    if (isAuto() && !route.blocked && !route.governedBy.isEmpty()) {
        text = u"⚠ "_s + text;
    }
    m_routeLabel->setText(text);
    m_routeLabel->setToolTip(explanation(route));
    m_routeLabel->setAccessibleDescription(explanation(route));
    m_routeLabel->show();
}

void Composer::askGovernanceConfirmation(const RouteDecision &route)
{
    QString text;
    if (route.blocked) {
        text = tr("Your rule “%1” blocks this prompt: %2").arg(route.governedBy.value(0, route.rule), route.message);
    } else {
        QStringList parts;
        if (!route.excluded.isEmpty()) {
            parts << tr("only accounts tagged “%1” may receive it, so %2 would be left out")
                         .arg(route.restrictedTo, route.excluded.join(u", "_s));
        }
        if (!route.redaction.isEmpty()) {
            parts << tr("%n item(s) of sensitive data would be replaced by placeholders",
                nullptr,
                static_cast<int>(route.redaction.placeholders.size()));
        }
        text = tr("Your rules (%1) change this prompt: %2.").arg(route.governedBy.join(u", "_s), parts.join(u"; "_s));
    }
    m_governanceLabel->setText(text);
    m_asRulesButton->setVisible(!route.blocked);
    m_governanceBar->show();
    (route.blocked ? m_overrideButton : m_asRulesButton)->setFocus();
}

bool Composer::isAskingConfirmation() const
{
    return m_governanceBar->isVisibleTo(this);
}

QString Composer::estimateText() const
{
    return m_estimateLabel->text();
}

void Composer::refreshEstimate()
{
    updateRoute();
    const QList<ChatTarget> targets = effectiveTargets();
    if (!m_estimator || targets.isEmpty()) {
        m_estimateLabel->clear();
        return;
    }
    // Before sending: what this prompt with its history will cost at most on input.
    QStringList parts;
    qint64 total = 0;
    bool totalKnown = true;
    qint64 tokens = 0;
    for (const ChatTarget &target : std::as_const(targets)) {
        const Estimate estimate = m_estimator(prompt(), target);
        tokens = qMax(tokens, estimate.inputTokens);
        // Two chips of one model are told apart by their variants.
        const QString name = target.variant.isEmpty()
            ? BedrockConverse::modelIdFromArn(target.model)
            : BedrockConverse::modelIdFromArn(target.model) + u" #"_s + target.variant;
        // A thinking budget is paid whatever the answer: it is in the cost, and said.
        const QString thinking
            = estimate.reasoningTokens > 0 ? tr(" + %1 thinking").arg(estimate.reasoningTokens) : QString();
        if (estimate.costNanos) {
            total += *estimate.costNanos;
            parts << u"%1 ~%2 tok%3 %4"_s.arg(name)
                         .arg(estimate.inputTokens)
                         .arg(thinking, formatCost(*estimate.costNanos));
        } else {
            totalKnown = false;
            parts << tr("%1 ~%2 tok%3, price unknown").arg(name).arg(estimate.inputTokens).arg(thinking);
        }
    }
    QString text = tr("Input estimate: %1").arg(parts.join(u"  ·  "_s));
    if (targets.size() > 1) {
        text += totalKnown ? tr("  ·  total ~%1").arg(formatCost(total)) : tr("  ·  total ≥ %1").arg(formatCost(total));
    }
    m_estimateLabel->setText(text);
    m_estimateLabel->setToolTip(tr("Input tokens estimated at 4 characters a token, with each model's history; "
                                   "the answers' output is billed on top."));
}

void Composer::updateSendState()
{
    m_sendButton->setEnabled(canSend());
    m_sendButton->setToolTip(m_targets.isEmpty()
            ? tr("Choose at least one model to send the prompt to.")
            : tr("Send to %n model(s) (Enter)", nullptr, static_cast<int>(m_targets.size())));
}

void Composer::setToolServers(const QStringList &servers, const QStringList &chosen, bool webSearch)
{
    m_toolServers = servers;
    m_webSearch = webSearch;
    m_chosenTools.clear();
    const QStringList searchEntries {WebSearchTool::serverName(), WebSearchTool::sharedEntry()};
    for (const QString &server : chosen) {
        if (servers.contains(server) || (webSearch && searchEntries.contains(server))) {
            m_chosenTools << server;
        }
    }
    QStringList named;
    for (const QString &entry : std::as_const(m_chosenTools)) {
        named << (entry == WebSearchTool::sharedEntry() ? tr("shared web search")
                : entry == WebSearchTool::serverName()  ? tr("web search")
                                                        : entry);
    }
    m_toolsButton->setVisible(!servers.isEmpty() || webSearch);
    m_toolsButton->setText(m_chosenTools.isEmpty() ? tr("Tools") : tr("Tools (%1)").arg(m_chosenTools.size()));
    m_toolsButton->setToolTip(m_chosenTools.isEmpty()
            ? tr("The models may call no tools. Choose tool servers for this conversation.")
            : tr("The models may call the tools of: %1").arg(named.join(u", "_s)));
}

void Composer::rebuildToolsMenu()
{
    QMenu *menu = m_toolsButton->menu();
    menu->clear();
    const auto choose = [this](const QStringList &chosen) {
        setToolServers(m_toolServers, chosen, m_webSearch);
        Q_EMIT toolServersChosen(m_chosenTools);
    };
    for (const QString &server : std::as_const(m_toolServers)) {
        QAction *action = menu->addAction(server);
        action->setObjectName(u"toolServer_"_s + server);
        action->setCheckable(true);
        action->setChecked(m_chosenTools.contains(server));
        connect(action, &QAction::toggled, this, [this, server, choose](bool on) {
            QStringList chosen = m_chosenTools;
            if (on && !chosen.contains(server)) {
                chosen << server;
            } else if (!on) {
                chosen.removeAll(server);
            }
            choose(chosen);
        });
    }
    if (m_webSearch) {
        // One of three: off, a tool each model may call, or one search whose results every
        // model is given (docs/tools.md, "Web search").
        menu->addSection(tr("Web Search"));
        auto *group = new QActionGroup(menu);
        const QString tool = WebSearchTool::serverName();
        const QString shared = WebSearchTool::sharedEntry();
        const QList<std::tuple<QString, QString, QString>> modes {{u"webSearchOff"_s, tr("Off"), QString()},
            {u"webSearchTool"_s, tr("As a Tool the Models May Call"), tool},
            {u"webSearchShared"_s, tr("Shared: One Search, the Same Results for All"), shared}};
        for (const auto &[name, text, entry] : modes) {
            QAction *action = menu->addAction(text);
            action->setObjectName(name);
            action->setCheckable(true);
            action->setActionGroup(group);
            action->setChecked(entry.isEmpty() ? !m_chosenTools.contains(tool) && !m_chosenTools.contains(shared)
                                               : m_chosenTools.contains(entry));
            connect(action, &QAction::triggered, this, [this, entry, tool, shared, choose] {
                QStringList chosen = m_chosenTools;
                chosen.removeAll(tool);
                chosen.removeAll(shared);
                if (!entry.isEmpty()) {
                    chosen << entry;
                }
                choose(chosen);
            });
        }
    }
    menu->addSeparator();
    menu->addAction(tr("Tool Settings…"), this, &Composer::toolSettingsRequested)
        ->setObjectName(u"toolSettingsAction"_s);
}

} // namespace Quorum
