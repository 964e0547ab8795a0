// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Quorum authors
#include "composer/modelpicker.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
}

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
        if (visibleCount() == 1) {
            for (int i = 0; i < m_list->count(); ++i) {
                if (QListWidgetItem *item = m_list->item(i); !item->isHidden()) {
                    item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
                    return;
                }
            }
        }
        addTyped();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        Q_EMIT toggled(item->data(labelRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
}

ModelPicker::~ModelPicker() = default;

void ModelPicker::setChoices(
    const QList<ModelChoice> &choices, const QStringList &chosen, const QStringList &accountIds)
{
    m_accountIds = accountIds;
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
            add(label, label, label);
        }
    }
    m_hint->setText(choices.isEmpty()
            ? tr("No models listed yet. Type account/model (for example openai/gpt-4.1), "
                 "or list an account's models in Settings → Providers.")
            : tr("%n model(s). Check the ones that should answer.", nullptr, static_cast<int>(choices.size())));
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
        visible += m_list->item(i)->isHidden() ? 0 : 1;
    }
    return visible;
}

void ModelPicker::applyFilter()
{
    const QStringList words = m_filter->text().split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString haystack = item->text() + u' ' + item->data(labelRole).toString();
        item->setHidden(!std::ranges::all_of(
            words, [&haystack](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); }));
    }
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
        m_hint->setText(
            tr("There is no provider account '%1'. Accounts: %2.").arg(target->accountId, m_accountIds.join(u", "_s)));
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
