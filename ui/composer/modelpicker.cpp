// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "composer/modelpicker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QScreen>
#include <QVBoxLayout>

#include "composer/composer.h"
#include "providers/bedrockconverse.h"

using namespace Qt::StringLiterals;

namespace Quorum
{

namespace
{
constexpr int labelRole = Qt::UserRole;
constexpr int listAccountRole = Qt::UserRole + 1; //!< a row that lists an account's models
constexpr int pullRole = Qt::UserRole + 2;        //!< the row that pulls a typed model
} // namespace

ModelPicker::ModelPicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(u"modelPicker"_s);
    setFrameShape(QFrame::StyledPanel);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"modelFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Search models, or type account/model"));
    m_filter->setAccessibleName(tr("Search models"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"modelList"_s);
    m_list->setAccessibleName(tr("Models"));
    m_list->setUniformItemSizes(true);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"modelPickerHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    resize(420, 440);

    connect(m_filter, &QLineEdit::textChanged, this, &ModelPicker::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        // Enter chooses the only match, or adds what was typed.
        if (visibleCount() == 1 && !ChatTarget::parse(m_filter->text().trimmed())) {
            for (int i = 0; i < m_list->count(); ++i) {
                if (QListWidgetItem *item = m_list->item(i); !item->isHidden()) {
                    activate(item);
                    return;
                }
            }
        }
        addTyped();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (item->data(listAccountRole).isNull() && item->data(pullRole).isNull()) {
            Q_EMIT toggled(item->data(labelRole).toString(), item->checkState() == Qt::Checked);
        }
    });
    connect(m_list, &QListWidget::itemActivated, this, &ModelPicker::activate);
    // A model of an Ollama account can be deleted from the machine from its context menu.
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QListWidgetItem *item = m_list->itemAt(at);
        const std::optional<ChatTarget> target
            = item ? ChatTarget::parse(item->data(labelRole).toString()) : std::nullopt;
        if (!target || !m_pullAccounts.contains(target->accountId) || !target->variant.isEmpty()) {
            return;
        }
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        QAction *remove = menu->addAction(tr("&Delete %1 from Ollama…").arg(target->model));
        remove->setObjectName(u"deleteOllamaModel"_s);
        connect(remove, &QAction::triggered, this, [this, target] {
            Q_EMIT deleteRequested(target->accountId, target->model);
        });
        menu->popup(m_list->viewport()->mapToGlobal(at));
    });
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (!item->data(listAccountRole).isNull() || !item->data(pullRole).isNull()) {
            activate(item); // a click is enough for a row that is a button
        }
    });
}

void ModelPicker::activate(QListWidgetItem *item)
{
    if (item == m_pullItem) {
        if (!m_pulling.isEmpty()) {
            Q_EMIT pullCancelRequested();
            return;
        }
        const std::optional<ChatTarget> target = ChatTarget::parse(item->data(pullRole).toString());
        if (target) {
            m_pulling = target->label();
            item->setText(tr("Pulling %1… Click to cancel").arg(m_pulling));
            Q_EMIT pullRequested(target->accountId, target->model);
        }
        return;
    }
    if (const QString account = item->data(listAccountRole).toString(); !account.isEmpty()) {
        item->setText(tr("%1: listing its models…").arg(account));
        Q_EMIT listModelsRequested(account);
        return;
    }
    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
}

void ModelPicker::setListingFailed(const QString &accountId, const QString &message)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (QListWidgetItem *item = m_list->item(i); item->data(listAccountRole).toString() == accountId) {
            item->setText(tr("%1: its models could not be listed. Try again").arg(accountId));
            item->setToolTip(message);
        }
    }
    m_hint->setText(message);
}

void ModelPicker::makePullItem()
{
    m_pullItem = new QListWidgetItem(m_list);
    m_pullItem->setData(pullRole, QString());
    m_pullItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_pullItem->setForeground(palette().brush(QPalette::Link));
    m_pullItem->setHidden(true);
    if (!m_pulling.isEmpty()) {
        m_pullItem->setData(pullRole, m_pulling);
        m_pullItem->setText(tr("Pulling %1… Click to cancel").arg(m_pulling));
        m_pullItem->setHidden(false);
    }
}

void ModelPicker::setPullProgress(const QString &label, const QString &text)
{
    if (m_pullItem && label == m_pulling) {
        m_pullItem->setText(tr("Pulling %1: %2. Click to cancel").arg(label, text));
        m_pullItem->setHidden(false);
        m_hint->setText(tr("Pulling %1; you can go on working meanwhile.").arg(label));
    }
}

void ModelPicker::setPullEnded(const QString &label, const QString &problem)
{
    if (label != m_pulling) {
        return;
    }
    m_pulling.clear();
    if (m_pullItem) {
        m_pullItem->setText(problem.isEmpty() ? tr("Pulled %1.").arg(label) : tr("%1 was not pulled.").arg(label));
        m_pullItem->setToolTip(problem);
    }
    m_hint->setText(problem.isEmpty() ? tr("Pulled %1: it is on the list now.").arg(label) : problem);
}

ModelPicker::~ModelPicker() = default;

void ModelPicker::setChoices(
    const QList<ModelChoice> &choices, const QStringList &chosen, const QList<AccountChoice> &accounts)
{
    m_accountIds.clear();
    m_pullAccounts.clear();
    for (const AccountChoice &account : accounts) {
        m_accountIds.append(account.id);
        if (account.pullsModels) {
            m_pullAccounts.append(account.id);
        }
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QStringList listed;
    const auto add = [this, &chosen, &listed](const QString &label, const QString &text, const QString &tip) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(labelRole, label);
        item->setToolTip(tip);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(chosen.contains(label) ? Qt::Checked : Qt::Unchecked);
        listed.append(label);
    };
    for (const ModelChoice &choice : choices) {
        // An ARN (a Bedrock prompt router) reads better by its name; the whole ARN is the tooltip.
        const QString name = choice.displayName.isEmpty() || choice.displayName == choice.model ? choice.model
            : choice.model.startsWith("arn:"_L1)
            ? u"%1 — %2"_s.arg(choice.displayName, BedrockConverse::modelIdFromArn(choice.model))
            : u"%1 — %2"_s.arg(choice.model, choice.displayName);
        add(choice.label(), u"%1  ·  %2"_s.arg(choice.accountLabel, name), choice.label());
    }
    // Chosen models the list does not have (typed, or not listed yet) stay visible.
    for (const QString &label : chosen) {
        if (!listed.contains(label)) {
            const std::optional<ChatTarget> target = ChatTarget::parse(label);
            add(label, target ? u"%1  ·  %2"_s.arg(target->accountId, target->model) : label, label);
        }
    }
    // Accounts whose models were never listed: a row that lists them (their models can be
    // typed as account/model meanwhile).
    for (const AccountChoice &account : accounts) {
        if (account.modelsListed) {
            continue;
        }
        auto *item = new QListWidgetItem(tr("%1: its models were never listed. List them").arg(account.id), m_list);
        item->setData(listAccountRole, account.id);
        item->setToolTip(tr("Asks %1 for its models; or type %1/MODEL above").arg(account.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        item->setForeground(palette().brush(QPalette::Link)); // it does something when clicked
    }
    m_idleHint = choices.isEmpty()
        ? tr("No models listed yet. Type account/model (for example openai/gpt-4.1), "
             "or list an account's models in Settings → Providers.")
        : tr("%n model(s). Check the ones that should answer.", nullptr, static_cast<int>(choices.size()));
    makePullItem();
    m_hint->setText(m_idleHint);
    m_hintShowsTyped = false;
    applyFilter();
}

void ModelPicker::setChosen(const QStringList &chosen)
{
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(chosen.contains(item->data(labelRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

int ModelPicker::visibleCount() const
{
    int visible = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        visible += m_list->item(i)->isHidden() || m_list->item(i) == m_pullItem ? 0 : 1;
    }
    return visible;
}

void ModelPicker::applyFilter()
{
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item == m_pullItem) {
            continue;
        }
        const QString haystack = item->text() + u' ' + item->data(labelRole).toString();
        item->setHidden(!std::ranges::all_of(
            words, [&haystack](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); }));
    }
    // A typed ACCOUNT/MODEL that no row holds: say that Enter adds it, rather than show an
    // empty list.
    const std::optional<ChatTarget> typed = ChatTarget::parse(m_filter->text().trimmed());
    if (m_pullItem) {
        m_pullItem->setHidden(true);
    }
    const bool offerTyped = typed && m_accountIds.contains(typed->accountId) && visibleCount() == 0;
    // A model an Ollama account does not have yet can be pulled from here.
    if (m_pullItem && (!m_pulling.isEmpty() || (offerTyped && m_pullAccounts.contains(typed->accountId)))) {
        if (m_pulling.isEmpty()) {
            m_pullItem->setData(pullRole, typed->label());
            m_pullItem->setText(tr("Pull %1 from the Ollama library").arg(typed->label()));
            m_pullItem->setToolTip(tr("Downloads the model into %1; it can take a while").arg(typed->accountId));
        }
        m_pullItem->setHidden(false);
    }
    if (!m_pulling.isEmpty()) {
        m_hint->setText(tr("Pulling %1; you can go on working meanwhile.").arg(m_pulling));
    } else if (offerTyped) {
        m_hint->setText(tr("Press Enter to add %1.").arg(typed->label()));
    } else if (m_hintShowsTyped && m_pulling.isEmpty()) {
        m_hint->setText(m_idleHint);
    }
    m_hintShowsTyped = offerTyped;
}

void ModelPicker::addTyped()
{
    const QString typed = m_filter->text().trimmed();
    const std::optional<ChatTarget> target = ChatTarget::parse(typed);
    if (!target) {
        m_hint->setText(tr("Type a model as account/model, for example openai/gpt-4.1."));
        return;
    }
    if (!m_accountIds.contains(target->accountId)) {
        m_hint->setText(m_accountIds.isEmpty()
                ? tr("There is no provider account '%1', and no account is turned on.").arg(target->accountId)
                : tr("There is no provider account '%1'. Accounts: %2.")
                      .arg(target->accountId, m_accountIds.join(u", "_s)));
        return;
    }
    Q_EMIT toggled(target->label(), true);
    m_filter->clear();
}

void ModelPicker::popup(const QPoint &at)
{
    QRect geometry(at - QPoint(0, height()), size());
    if (const QScreen *screen = QWidget::screen()) {
        const QRect available = screen->availableGeometry();
        if (geometry.top() < available.top()) {
            geometry.moveTop(at.y());
        }
        geometry.moveLeft(qBound(available.left(), geometry.left(), available.right() - geometry.width()));
    }
    setGeometry(geometry);
    show();
    m_filter->setFocus(Qt::PopupFocusReason);
}

} // namespace Quorum
